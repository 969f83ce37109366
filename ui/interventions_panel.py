"""The referral record's Interventions and Follow-up checks panels.

Interventions: one row per session (and one for an intervention with none yet): which work, when,
the session's state, this young person's attendance and who came. Buttons (and keys: Insert adds an
intervention, Enter records attendance for the selected session) open the dialogs of
:mod:`ui.outcome_dialogs`. Follow-up checks: the 3-, 6- and 12-month checks of a closed referral, with
what was recorded; Enter records the selected one. Both load off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from casework.services import access, followups, interventions
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.followups import FollowUpView
from casework.services.interventions import InterventionView, SessionView
from casework.services.views import ReferralDetail
from casework.timeutil import to_local

from .field_widgets import FormDialog
from .i18n import datetime_text
from .list_model import RecordListModel, RecordRole
from .outcome_dialogs import (
    AddInterventionDialog,
    AttendanceDialog,
    FollowUpDialog,
    PlanSessionDialog,
    ReopenDialog,
    attendance_text,
    session_text,
)
from .qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import N_, error_text, tr


@dataclass(frozen=True)
class SessionRow:
    intervention: InterventionView
    session: SessionView | None

    @property
    def id(self) -> tuple[int, int | None]:
        return self.intervention.id, self.session.id if self.session else None


class SessionColumn(IntEnum):
    WORK = 0
    WHEN = 1
    STATUS = 2
    ATTENDANCE = 3
    WHO = 4


class SessionsModel(RecordListModel[SessionRow]):
    columns = SessionColumn
    headers = {SessionColumn.WORK: N_("Intervention"), SessionColumn.WHEN: N_("Session"), SessionColumn.STATUS: N_("Status"),
               SessionColumn.ATTENDANCE: N_("Attendance"), SessionColumn.WHO: N_("Who came")}

    def display(self, record: SessionRow, column):
        i, s = record.intervention, record.session
        if column == SessionColumn.WORK:
            return i.label + (tr(" (ended)") if i.ended_on else "")
        if s is None:
            return tr("no sessions yet") if column == SessionColumn.WHEN else ""
        mark = s.attendance_of(i.id)
        if column == SessionColumn.WHEN:
            return datetime_text(s.starts_at, "ddd dd/MM/yyyy HH:mm")
        if column == SessionColumn.STATUS:
            return session_text(s.status)
        if column == SessionColumn.ATTENDANCE:
            return "" if s.status == "cancelled" else attendance_text(mark.status if mark else None)
        if mark is None or mark.status != "attended":
            return ""
        return ", ".join(([tr("young person")] if mark.child_attended else []) + mark.contacts)


class CheckColumn(IntEnum):
    CHECK = 0
    DUE = 1
    STATUS = 2
    RESULT = 3


class ChecksModel(RecordListModel[FollowUpView]):
    columns = CheckColumn
    headers = {CheckColumn.CHECK: N_("Check"), CheckColumn.DUE: N_("Due"), CheckColumn.STATUS: N_("Status"),
               CheckColumn.RESULT: N_("Recorded")}

    def __init__(self, today, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def display(self, record: FollowUpView, column):
        if column == CheckColumn.CHECK:
            return tr("{n} months").format(n=record.months)
        if column == CheckColumn.DUE:
            return f"{record.due_on:%d/%m/%Y}"
        if column == CheckColumn.STATUS:
            if record.status == "done":
                return tr("Recorded")
            return tr("Overdue") if record.due_on < self.today else tr("Due")
        if record.status != "done":
            return ""
        parts = [tr("police contact {date}").format(date=f"{record.police_contact_on:%d/%m/%Y}")
                 if record.further_police_contact else tr("no police contact")]
        parts.append(tr("ED {n}").format(n=record.ed_reattendances))
        if record.suspect_after is not None:
            parts.append(tr("suspect {b}→{a}, victim {vb}→{va}").format(
                b=record.suspect_before, a=record.suspect_after, vb=record.victim_before, va=record.victim_after))
        return "; ".join(parts)


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(120)
    return view


class _Panel(QWidget):
    changed = Signal()

    def focus_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order, for the record to put them where they are seen."""
        return [self.table, *(b for b in self.findChildren(QPushButton))]

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.detail: ReferralDetail | None = None
        self.dialog: FormDialog | None = None
        self._task: Task | None = None
        self.changeable = False
        """Whether the actor may change the referral shown (loaded with its rows; the core's rule)."""
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(tr("Could not load: {message}").format(message=error_text(error)))

    def dispose(self) -> None:
        if self._task is not None:
            self._task.discard()


class InterventionsPanel(_Panel):
    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.setObjectName("interventionsPanel")
        self.setAccessibleName(tr("Interventions"))
        self.interventions: list[InterventionView] = []
        self.programmes = []
        self.model = SessionsModel(self)
        self.table = _table(self.model, tr("Interventions and sessions"))
        self.table.doubleClicked.connect(lambda _i: self.open_attendance())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.add_button = self._button(tr("&Add intervention…"), self.open_add)
        self.add_button.setToolTip(tr("1-2-1 work or a group programme place (Insert)"))
        self.plan_button = self._button(tr("&Plan session…"), self.open_plan)
        self.attend_button = self._button(tr("Record atten&dance…"), self.open_attendance)
        self.attend_button.setToolTip(tr("Who came to the selected session (Enter)"))
        self.end_button = self._button(tr("End"), self.end_selected)
        self.end_button.setAccessibleName(tr("End the selected intervention"))
        for key, slot in ((QKeySequence(Qt.Key.Key_Insert), self.open_add),
                          (QKeySequence(Qt.Key.Key_Return), self.open_attendance),
                          (QKeySequence(Qt.Key.Key_Enter), self.open_attendance)):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.plan_button, self.attend_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._enable()

    def set_detail(self, detail: ReferralDetail) -> None:
        self.detail = detail
        self.reload()

    def reload(self) -> None:
        if self.detail is None:
            return
        ctx, actor, referral_id = self._ctx, self._actor, self.detail.id

        def load():
            return (interventions.referral_interventions(ctx, actor, referral_id),
                    interventions.list_programmes(ctx, actor, active_only=True),
                    access.can_change_referral(ctx, actor, referral_id))
        self._task = run_in_background(load, self._loaded, self._failed)

    def _loaded(self, result) -> None:
        self.interventions, self.programmes, self.changeable = result
        selected = self.selected()
        rows = []
        for i in self.interventions:
            rows += [SessionRow(i, s) for s in i.sessions] or [SessionRow(i, None)]
        self.model.set_rows(rows)
        if selected is not None and self.model.row_of(selected.id) is not None:
            self.table.selectRow(self.model.row_of(selected.id))
        summary = []
        for i in self.interventions:
            c = i.counts()
            summary.append(tr("{label}: attended {a}, did not attend {d}, cancelled {c}").format(
                label=i.label, a=c["attended"], d=c["did_not_attend"], c=c["participant_cancelled"]))
        self.status_label.setText("\n".join(summary) if summary else tr("No interventions yet."))
        self._enable()

    def selected(self) -> SessionRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, RecordRole) if index.isValid() else None

    def _enable(self) -> None:
        # The core's rule (access.may_change_referral): only who may change the referral adds, plans, records.
        mine = self.changeable
        open_ = self.detail is not None and self.detail.closed_at is None and mine
        row = self.selected()
        self.add_button.setEnabled(open_)
        self.plan_button.setEnabled(open_ and row is not None and row.intervention.kind == "one_to_one"
                                    and row.intervention.ended_on is None)
        self.attend_button.setEnabled(mine and row is not None and row.session is not None
                                      and row.session.status != "cancelled")
        self.end_button.setEnabled(mine and row is not None and row.intervention.ended_on is None)

    def open_add(self) -> AddInterventionDialog | None:
        if self.detail is None or self.detail.closed_at is not None or not self.changeable:
            return None
        return self._open(AddInterventionDialog(self._ctx, self._actor, self.detail, self.programmes, self))  # type: ignore[return-value]

    def open_plan(self) -> PlanSessionDialog | None:
        row = self.selected()
        if row is None or row.intervention.kind != "one_to_one" or not self.changeable:
            return None
        return self._open(PlanSessionDialog(self._ctx, self._actor, intervention=row.intervention, parent=self))  # type: ignore[return-value]

    def open_attendance(self) -> AttendanceDialog | None:
        row = self.selected()
        if (row is None or row.session is None or row.session.status == "cancelled" or self.detail is None
                or not self.changeable):
            return None
        contacts = [c for c in self.detail.person.contacts]
        return self._open(AttendanceDialog(self._ctx, self._actor, row.session, row.intervention.id,  # type: ignore[return-value]
                                           self.detail.person.full_name, row.intervention.with_child, contacts, self))

    def end_selected(self) -> None:
        row = self.selected()
        if row is None or not self.changeable:
            return
        ctx, actor, i = self._ctx, self._actor, row.intervention
        self._task = run_in_background(
            lambda: interventions.end_intervention(ctx, actor, i.id, expected_version=i.version),
            lambda _r: self.changed.emit(), lambda e: self.status_label.setText(error_text(e)))


class FollowUpsPanel(_Panel):
    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.setObjectName("followUpsPanel")
        self.setAccessibleName(tr("Follow-up checks"))
        self.model = ChecksModel(to_local(ctx.clock.now()).date(), self)
        self.table = _table(self.model, tr("Follow-up checks"))
        self.table.setMinimumHeight(100)
        self.table.doubleClicked.connect(lambda _i: self.open_record())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_record)
        self.record_button = self._button(tr("Record &check…"), self.open_record)
        self.reopen_button = self._button(tr("Re&open referral…"), self.open_reopen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._enable()

    def set_detail(self, detail: ReferralDetail) -> None:
        self.detail = detail
        self.reload()

    def reload(self) -> None:
        if self.detail is None:
            return
        ctx, actor, referral_id = self._ctx, self._actor, self.detail.id
        self.model.today = to_local(ctx.clock.now()).date()
        self._task = run_in_background(lambda: (followups.list_follow_ups(ctx, actor, referral_id),
                                                access.can_change_referral(ctx, actor, referral_id)),
                                       self._loaded, self._failed)

    def _loaded(self, result: tuple[list[FollowUpView], bool]) -> None:
        checks, self.changeable = result
        self.model.set_rows(checks)
        if checks and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.status_label.setText("" if checks else tr("Checks at 3, 6 and 12 months are scheduled when the referral "
                                                       "closes."))
        self._enable()

    def selected(self) -> FollowUpView | None:
        index = self.table.currentIndex()
        return self.model.data(index, RecordRole) if index.isValid() else None

    def _enable(self) -> None:
        check = self.selected()
        today = to_local(self._ctx.clock.now()).date()
        self.record_button.setEnabled(self.changeable and check is not None and check.due_on <= today)
        self.record_button.setToolTip(tr("A check is recorded from its due date (Enter)"))
        self.reopen_button.setVisible(self.detail is not None and self.detail.closed_at is not None)
        self.reopen_button.setEnabled(self.changeable)

    def open_record(self) -> FollowUpDialog | None:
        check = self.selected()
        if (check is None or self.detail is None or not self.changeable
                or check.due_on > to_local(self._ctx.clock.now()).date()):
            return None
        return self._open(FollowUpDialog(self._ctx, self._actor, check, self.detail.person.full_name, self))  # type: ignore[return-value]

    def open_reopen(self) -> ReopenDialog | None:
        if self.detail is None or self.detail.closed_at is None or not self.changeable:
            return None
        return self._open(ReopenDialog(self._ctx, self._actor, self.detail, self))  # type: ignore[return-value]
