"""The event timeline of a referral, as a table model (newest first), and events in words."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from casework.pathways import Pathway
from casework.services.views import EventView
from casework.timeutil import to_local

from .qt import QAbstractTableModel, QFont, QModelIndex, QPersistentModelIndex, Qt
from .theme import status_colour
from .wording import N_, code_text, tr

EventRole = Qt.ItemDataRole.UserRole + 1
# A recording this long after the event is shown as back-dated ("recorded … later").
BACKDATED_AFTER = timedelta(minutes=10)


def local_time(value) -> str:
    return "" if value is None else f"{to_local(value):%d/%m/%Y %H:%M}"


def value_text(spec_type: str | None, value: Any) -> str:
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):
        return ", ".join(code_text(str(v)) for v in value)
    if spec_type == "date" and isinstance(value, str):
        try:
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    if spec_type == "choice" and isinstance(value, str):
        return code_text(value)
    return str(value)


def details_text(pathway: Pathway, event: EventView, users: dict[str, str] | None = None) -> str:
    """An event's details in words: "Release type: Bail; Where: Home"; system events read as sentences."""
    d = event.details
    who = (lambda name: (users or {}).get(name, name))
    if event.kind == "stage_moved":
        return tr("From {a} to {b}").format(a=pathway.stage_label(d.get("from_stage", "")),
                                            b=pathway.stage_label(d.get("to_stage", "")))
    if event.kind == "assigned":
        text = tr("To {user}").format(user=who(d.get("to_user", "")))
        if d.get("from_user"):
            text += tr(" (was {user})").format(user=who(d["from_user"]))
        return text
    if event.kind == "closed":
        return tr("Outcome: {outcome}").format(outcome=code_text(d.get("outcome")))
    kind = pathway.event_kind(event.kind)
    parts = []
    for name, value in d.items():
        spec = kind.field(name) if kind else None
        label = spec.label if spec else code_text(name)
        parts.append(f"{label}: {value_text(spec.type if spec else None, value)}")
    return "; ".join(parts)


class Column:
    ID, WHEN, EVENT, DETAILS, RECORDED = range(5)
    TITLES = ("#", N_("When (UK)"), N_("Event"), N_("Details and note"), N_("Recorded by"))


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pathway: Pathway | None = None
        self.events: list[EventView] = []
        self._details: list[str] = []

    def set_events(self, pathway: Pathway, events: list[EventView]) -> None:
        self.beginResetModel()
        self.pathway = pathway
        self.events = sorted(events, key=lambda e: (e.occurred_at, e.id), reverse=True)
        self._details = [details_text(pathway, e) for e in self.events]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column.TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(Column.TITLES[section])
        return None

    def event_at(self, row: int) -> EventView:
        return self.events[row]

    def row_of(self, event_id: int) -> int:
        return next((i for i, e in enumerate(self.events) if e.id == event_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.events[index.row()]
        column = index.column()
        if role == EventRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event, index.row())
        if role == Qt.ItemDataRole.FontRole and event.voided_at is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and event.voided_at is not None:
            return status_colour("muted")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(event, index.row(), column)
            return (tr("void: ") + text) if event.voided_at is not None and column == Column.EVENT else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, event: EventView, row: int, column: int) -> str:
        if column == Column.ID:
            return str(event.id)
        if column == Column.WHEN:
            return local_time(event.occurred_at)
        if column == Column.EVENT:
            label = event.label
            if event.voided_at is not None:
                label = tr("{label} (void)").format(label=label)
            if event.corrects_event_id is not None:
                label = tr("{label} — corrects #{id}").format(label=label, id=event.corrects_event_id)
            return label
        if column == Column.DETAILS:
            parts = [self._details[row]] if self._details[row] else []
            if event.note:
                parts.append(f"“{event.note.replace(chr(10), ' ')}”")
            if event.voided_at is not None and event.void_reason:
                parts.append(tr("Void: {reason}").format(reason=event.void_reason))
            return " · ".join(parts)
        if column == Column.RECORDED:
            if abs(event.recorded_at - event.occurred_at) > BACKDATED_AFTER:
                return tr("{user}, at {when}").format(user=event.recorded_by, when=local_time(event.recorded_at))
            return event.recorded_by
        return ""

    def _tooltip(self, event: EventView, row: int) -> str:
        lines = [f"#{event.id} {event.label} — {local_time(event.occurred_at)}"]
        if self._details[row]:
            lines.append(self._details[row])
        if event.note:
            lines.append(tr("Note: {note}").format(note=event.note))
        lines.append(tr("Recorded by {user} at {when}").format(user=event.recorded_by,
                                                               when=local_time(event.recorded_at)))
        if event.corrects_event_id is not None:
            lines.append(tr("Corrects event #{id}").format(id=event.corrects_event_id))
        if event.voided_at is not None:
            lines.append(tr("Void since {when}: {reason}").format(when=local_time(event.voided_at),
                                                                  reason=event.void_reason or ""))
        return "\n".join(lines)


INTERVENTION_KINDS = ("intervention_chosen", "session_attended", "session_missed")


def interventions_summary(pathway: Pathway, events: list[EventView]) -> list[str] | None:
    """Interventions and sessions in lines, from the events; None when the pathway has none of those kinds."""
    if not any(pathway.event_kind(k) for k in INTERVENTION_KINDS):
        return None
    live = sorted((e for e in events if e.voided_at is None and e.kind in INTERVENTION_KINDS),
                  key=lambda e: (e.occurred_at, e.id))
    lines: list[str] = []
    chosen = [e for e in live if e.kind == "intervention_chosen"]
    for event in chosen:
        kind = code_text(event.details.get("type"))
        programme = event.details.get("programme")
        lines.append(tr("{type}{programme}, chosen {when}").format(
            type=kind, programme=f" — {programme}" if programme else "", when=f"{to_local(event.occurred_at):%d/%m/%Y}"))
    attended = [e for e in live if e.kind == "session_attended"]
    missed = [e for e in live if e.kind == "session_missed"]
    if not chosen:
        lines.append(tr("No intervention chosen yet."))
    lines.append(tr("Sessions: {a} attended, {m} missed.").format(a=len(attended), m=len(missed)))
    for event in [e for e in live if e.kind in ("session_attended", "session_missed")][-6:]:
        what = event.details.get("programme") or ""
        mark = "✓" if event.kind == "session_attended" else "✗"
        reason = event.details.get("reason")
        lines.append(f"  {mark} {to_local(event.occurred_at):%d/%m/%Y %H:%M} {event.label}"
                     + (f" — {what}" if what else "") + (f" ({reason})" if reason else ""))
    return lines
