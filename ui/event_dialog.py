"""Recording what happened on a referral: choose the kind of event, fill its fields (built from the
pathway file), say when it happened in UK time (defaults to now; back-dating is allowed and every
timer re-times from the time given), and add a note.

The same dialog corrects an event (prefilled; the original is voided and the copy points back at it),
and :class:`VoidEventDialog` voids one with a reason. Each is one core call off the UI thread.
"""

from __future__ import annotations

from typing import Any

from casework.errors import ValidationError
from casework.pathways import EventKind, Pathway
from casework.services import referrals
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.views import EventView, ReferralDetail
from casework.timeutil import to_local

from .field_widgets import (
    FieldInput,
    FormDialog,
    LocalTimeEdit,
    LongTextInput,
    Mnemonics,
    align_labels,
    field_label,
    make_field_input,
    plain,
)
from .forms import ErrorLabel, heading, small_print, with_error
from .qt import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .wording import tr

NOTE_KIND = "note"


def recordable_kinds(pathway: Pathway) -> list[EventKind]:
    """The kinds a user records directly: not the system ones, and not a plain note (it has its own action)."""
    return [k for k in pathway.event_kinds if not k.system and k.id != NOTE_KIND]


class _KindPage(QWidget):
    """The fields of one event kind. Pages are kept while the dialog is open, so switching kinds and
    back keeps what was typed."""

    def __init__(self, kind: EventKind, mnemonics: Mnemonics) -> None:
        super().__init__()
        self.kind = kind
        self.inputs: dict[str, FieldInput] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, str] = {}
        self.label_widgets: list[QLabel] = []
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form = form
        for spec in kind.fields:
            widget = make_field_input(spec)
            error = ErrorLabel(tr("{field} error").format(field=spec.label))
            text = field_label(spec)
            label = QLabel(mnemonics(text))
            label.setBuddy(widget)
            form.addRow(label, with_error(widget, error))
            self.label_widgets.append(label)
            self.inputs[spec.name] = widget
            self.errors[spec.name] = error
            self.labels[spec.name] = text
        if not kind.fields:
            form.addRow(small_print(tr("This event has no fields of its own: the time and a note are enough.")))

    def details(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            value = widget.value()
            if value not in (None, "", []):
                values[name] = value
        return values

    def set_details(self, details: dict[str, Any]) -> None:
        for name, value in details.items():
            if name in self.inputs:
                self.inputs[name].set_value(value)


class EventDialog(FormDialog):
    """Record an event on a referral, or (``correcting``) correct one already recorded."""

    def __init__(self, ctx: Context, actor: Actor, detail: ReferralDetail, *, kind: str | None = None,
                 correcting: EventView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self.detail = detail
        self.correcting = correcting
        self.pathway = ctx.pathways.get(detail.pathway)
        self.setObjectName("eventDialog")
        self.mnemonics = Mnemonics("sc")
        self._labels: list[QLabel] = []
        fixed_kind = correcting.kind if correcting is not None else kind
        self.note_only = fixed_kind == NOTE_KIND
        if correcting is not None:
            title = tr("Correct event #{id}: {label}").format(id=correcting.id, label=correcting.label)
        elif self.note_only:
            title = tr("Add a note")
        else:
            title = tr("Record an event")
        self.setWindowTitle(tr("{title} — {name} — Casework").format(title=title, name=detail.person.full_name))

        kinds = recordable_kinds(self.pathway)
        if fixed_kind is not None and all(k.id != fixed_kind for k in kinds):
            found = self.pathway.event_kind(fixed_kind)
            kinds = [found] if found is not None else kinds
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("Event"))
        self.pages = QStackedWidget()
        self._pages: dict[str, _KindPage] = {}
        for event_kind in kinds:
            self.kind_combo.addItem(event_kind.label, event_kind.id)
        self.kind_error = ErrorLabel(tr("Event error"))
        if fixed_kind is not None:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(fixed_kind), 0))
            self.kind_combo.setEnabled(False)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        self.time_edit = LocalTimeEdit(ctx.clock, accessible_name=tr("When it happened (UK time)"))
        if correcting is not None:
            self.time_edit.set_value(correcting.occurred_at)
        self.time_error = ErrorLabel(tr("Time error"))
        received = to_local(detail.received_at)
        time_hint = small_print(tr("UK time. Back-dating is fine: timers re-time from the time given. "
                                   "Not before the referral was received ({when}).").format(
            when=f"{received:%d/%m/%Y %H:%M}"))
        self.note_edit = LongTextInput(lines=5 if self.note_only else 3)
        self.note_edit.setAccessibleName(tr("Note (required)") if self.note_only else tr("Note"))
        self.note_error = ErrorLabel(tr("Note error"))
        if correcting is not None:
            self.note_edit.set_value(correcting.note)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(tr("Reason for the correction"))
        self.reason_edit.setPlaceholderText(tr("e.g. wrong time typed"))
        self.reason_error = ErrorLabel(tr("Reason error"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        if not self.note_only:
            self._row(form, "kind", tr("Event *:"), self.kind_combo, self.kind_error)
        self._row(form, "occurred_at", tr("When *:"), self.time_edit, self.time_error)
        form.addRow("", time_hint)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        who = small_print(tr("{name} · {pathway} · {stage}").format(
            name=detail.person.full_name, pathway=detail.pathway_label, stage=detail.stage_label))
        who.setAccessibleName(tr("Referral"))
        layout.addWidget(who)
        layout.addLayout(form)
        if not self.note_only:
            layout.addWidget(self.pages)
        bottom = QFormLayout()
        bottom.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        bottom.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._row(bottom, "note", tr("Note *:") if self.note_only else tr("Note:"), self.note_edit, self.note_error)
        if correcting is not None:
            self._row(bottom, "reason", tr("Why correct it:"), self.reason_edit, self.reason_error)
        layout.addLayout(bottom)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save_text = tr("&Save correction") if correcting else tr("&Save note") if self.note_only else tr("&Save event")
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(plain(save_text))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.busy_while_saving(self.kind_combo, self.time_edit, self.pages, self.note_edit, self.reason_edit,
                               self.save_button)
        self.watch(self.time_edit.edited, self.note_edit.edited, self.reason_edit.textEdited,
                   self.kind_combo.activated)
        self._kind_changed()
        if correcting is not None:
            self.current_page().set_details(correcting.details)
            self.mark_clean()
        self.setMinimumWidth(620)
        self.save_button.setDefault(True)
        (self.note_edit if self.note_only else self.time_edit if fixed_kind else self.kind_combo).setFocus()

    def _row(self, form: QFormLayout, name: str, text: str, widget: QWidget, error: ErrorLabel) -> None:
        label = QLabel(self.mnemonics(text))
        label.setBuddy(widget)
        form.addRow(label, with_error(widget, error))
        self.errors.add(name, text, widget, error)
        self._labels.append(label)

    # --- kinds -----------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def current_page(self) -> _KindPage:
        return self._pages[self.kind]

    def _kind_changed(self, *_args: Any) -> None:
        kind_id = self.kind
        if kind_id is None:
            return
        page = self._pages.get(kind_id)
        if page is None:
            event_kind = self.pathway.event_kind(kind_id)
            assert event_kind is not None
            page = _KindPage(event_kind, self.mnemonics)
            self.watch_inputs(page.inputs.values())
            self._pages[kind_id] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        # Only the current page's fields answer to "details.*" errors.
        self.errors.remove_prefix("details.")
        for name, widget in page.inputs.items():
            self.errors.add(f"details.{name}", page.labels[name], widget, page.errors[name])
        self.pages.setFixedHeight(page.sizeHint().height())
        align_labels(self._labels + page.label_widgets)

    def field(self, name: str) -> FieldInput:
        return self.current_page().inputs[name]

    # --- saving ----------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy:
            return
        try:
            details = {} if self.note_only else self.current_page().details()
        except ValidationError as error:
            self.show_error(error)
            return
        ctx, actor = self._ctx, self._actor
        when = self.time_edit.value()
        note = self.note_edit.value()
        if self.correcting is not None:
            event_id = self.correcting.id
            reason = self.reason_edit.text().strip() or tr("corrected")
            self.run_task(lambda: referrals.correct_event(ctx, actor, event_id, occurred_at=when, details=details,
                                                          note=note or "", reason=reason), self.finish)
        else:
            referral_id, kind = self.detail.id, self.kind
            self.run_task(lambda: referrals.record_event(ctx, actor, referral_id, kind, occurred_at=when,
                                                         details=details, note=note), self.finish)


class VoidEventDialog(FormDialog):
    """Void a mistaken event: it stays on the record, struck through, and stops counting."""

    def __init__(self, ctx: Context, actor: Actor, event: EventView, summary: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self.target_event = event
        self.setObjectName("voidEventDialog")
        self.setWindowTitle(tr("Void event #{id} — Casework").format(id=event.id))
        when = to_local(event.occurred_at)
        about = QLabel(tr("<b>{label}</b> at {when}{summary}").format(
            label=event.label, when=f"{when:%d/%m/%Y %H:%M}", summary=f" — {summary}" if summary else ""))
        about.setWordWrap(True)
        about.setAccessibleName(tr("Event to void"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(tr("Why it is void (required)"))
        self.reason_edit.setPlaceholderText(tr("e.g. recorded on the wrong referral"))
        self.reason_error = ErrorLabel(tr("Reason error"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(tr("&Why is it void? *"))
        label.setBuddy(self.reason_edit)
        form.addRow(label, with_error(self.reason_edit, self.reason_error))
        self.errors.add("reason", tr("Why is it void?"), self.reason_edit, self.reason_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("V&oid event"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(tr("Void event"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Void an event")))
        layout.addWidget(about)
        layout.addWidget(small_print(tr("A void event stays on the record, struck through, and no longer counts: "
                                        "every timer re-times without it.")))
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.busy_while_saving(self.reason_edit, self.save_button)
        self.watch(self.reason_edit.textEdited)
        self.setMinimumWidth(520)
        self.save_button.setDefault(True)
        self.reason_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        ctx, actor, event_id, reason = self._ctx, self._actor, self.target_event.id, self.reason_edit.text()
        self.run_task(lambda: referrals.void_event(ctx, actor, event_id, reason), self.finish)
