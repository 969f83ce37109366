"""Follow-ups: the 3-, 6- and 12-month checks overdue or due in the next 14 days, for the signed-in worker
(team leads and managers can switch to everyone's). Enter records the selected check; Ctrl+O opens
its referral."""

from __future__ import annotations

from enum import IntEnum

from casework.services import followups
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.followups import DueFollowUp
from casework.store.models import Role

from .field_widgets import FormDialog
from .forms import heading, small_print
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole, bold_font
from .outcome_dialogs import FollowUpDialog
from .qt import (
    QAbstractItemView,
    QCheckBox,
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
from .theme import status_colour
from .tasks import Task, run_in_background
from .wording import N_, error_text, tr


class DueColumn(IntEnum):
    DUE = 0
    CHECK = 1
    PERSON = 2
    REFERRAL = 3
    PATHWAY = 4
    WORKER = 5


class DueModel(RecordListModel[DueFollowUp]):
    columns = DueColumn
    headers = {DueColumn.DUE: N_("Due"), DueColumn.CHECK: N_("Check"), DueColumn.PERSON: N_("Young person"),
               DueColumn.REFERRAL: N_("Referral"), DueColumn.PATHWAY: N_("Pathway"), DueColumn.WORKER: N_("Worker")}

    def __init__(self, pathways, parent=None) -> None:
        super().__init__(parent)
        self.pathways = pathways

    def display(self, record: DueFollowUp, column):
        if column == DueColumn.DUE:
            return f"{record.due_on:%d/%m/%Y}" + (tr(" — overdue") if record.overdue else "")
        if column == DueColumn.CHECK:
            return tr("{n} months after closure").format(n=record.months)
        if column == DueColumn.PERSON:
            return record.person_name
        if column == DueColumn.REFERRAL:
            return f"#{record.referral_id}"
        if column == DueColumn.PATHWAY:
            return self.pathways.get(record.pathway).label if record.pathway in self.pathways.ids() else record.pathway
        return record.assigned_to or tr("Unassigned")

    def foreground(self, record: DueFollowUp, column):
        return status_colour("alarm") if record.overdue and column == DueColumn.DUE else None

    def font(self, record: DueFollowUp, column):
        return bold_font() if record.overdue and column == DueColumn.DUE else None


class FollowUpsPage(QWidget):
    message = Signal(str)
    open_referral = Signal(int)

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setObjectName("followUpsPage")
        self.started = False
        self.dialog: FormDialog | None = None
        self._task: Task | None = None
        self.title = heading(tr("Follow-up checks due"))
        self.about = small_print(tr("Checks 3, 6 and 12 months after closure that are overdue or due within "
                                    "{n} days. Enter records the selected check; Ctrl+O opens the referral.")
                                 .format(n=followups.DUE_SOON_DAYS))
        self.everyone_check = QCheckBox(tr("&Everyone's (not only mine)"))
        if actor.role not in (Role.TEAM_LEAD, Role.MANAGER):
            # Only ever hidden here: setVisible(True) on a check box with no parent yet would show it
            # as a window of its own for a moment (and take the focus from the main window).
            self.everyone_check.hide()
        self.everyone_check.setChecked(actor.role is Role.MANAGER)
        self.everyone_check.toggled.connect(lambda _c: self.reload())
        self.model = DueModel(ctx.pathways, self)
        self.table = QTableView()
        self.table.setObjectName("followUpsTable")
        self.table.setModel(self.model)
        self.exporter = ListExporter(self.table, self._ctx, self._actor, "follow_ups", title=tr("Follow-ups"))
        self.table.setAccessibleName(tr("Follow-up checks due"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_record())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_record)
        opener = QShortcut(QKeySequence("Ctrl+O"), self)
        opener.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        opener.activated.connect(self.open_selected_referral)
        self.record_button = QPushButton(tr("&Record check…"))
        self.record_button.clicked.connect(self.open_record)
        self.referral_button = QPushButton(tr("&Open referral"))
        self.referral_button.clicked.connect(self.open_selected_referral)
        self.status = QLabel()
        self.status.setAccessibleName(tr("Status"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.everyone_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.referral_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def reload(self) -> None:
        self.started = True
        ctx, actor, everyone = self._ctx, self._actor, self.everyone_check.isChecked()
        if actor.role is Role.CASEWORKER:
            everyone = False
        self._task = run_in_background(lambda: followups.due_follow_ups(ctx, actor, everyone=everyone),
                                       self._loaded, self._failed)

    def focus_search(self) -> None:
        self.table.setFocus()

    def _loaded(self, rows: list[DueFollowUp]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        row = self.model.row_of(current.id) if current else None
        self.table.selectRow(row if row is not None else 0)
        overdue = sum(1 for r in rows if r.overdue)
        self.status.setText(tr("{n} checks due, {o} overdue").format(n=len(rows), o=overdue) if rows
                            else tr("No follow-up checks due."))
        self.record_button.setEnabled(bool(rows))
        self.referral_button.setEnabled(bool(rows))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def selected(self) -> DueFollowUp | None:
        index = self.table.currentIndex()
        return self.model.data(index, RecordRole) if index.isValid() else None

    def open_record(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, actor = self._ctx, self._actor

        def show(check) -> None:
            self.dialog = FollowUpDialog(ctx, actor, check, row.person_name, self)
            self.dialog.saved.connect(lambda _r: self.reload())
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.open()
        self._task = run_in_background(lambda: followups.get_follow_up(ctx, actor, row.id), show, self._failed)

    def open_selected_referral(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_referral.emit(row.referral_id)

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.discard()
