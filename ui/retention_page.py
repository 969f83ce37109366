"""Data retention, for administrators: what has passed its pathway's retention period, and erasing it.

The page opens on a dry run (counts only, nothing changed): per pathway, how long closed referrals
are kept, how many are past it and how many people would be anonymised. "Erase…" asks to confirm
those numbers, then runs the same service as ``casework retention run`` off the UI thread, and
shows what was done. Runs can also be scheduled from the command line (see docs/cli.md).
"""

from __future__ import annotations

from typing import Any

from casework.reports.params import local_time_text
from casework.services import retention
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.retention import RetentionResult

from .forms import heading, small_print
from .qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import N_, error_text, plural, tr

POLICY = N_(
    "Each pathway file says how many years closed referrals are kept after closure (retention_years; six unless "
    "it says otherwise). When that time has passed, erasing deletes the referral's events, notes, timers, alerts, "
    "breaches and every other record hanging from it, and keeps an anonymous line (pathway, team, outcome, the "
    "days received and closed) so that the counts in reports do not change. A young person with no other "
    "referral left is anonymised: names replaced, date of birth cut to the year, gender, postcode, PNC ID, NHS "
    "number and contacts removed. Every erasure is recorded in the audit trail, without the erased details.")


class RetentionModel(QAbstractTableModel):
    PATHWAY, KEPT, REFERRALS, PEOPLE = range(4)
    HEADERS = (N_("Pathway"), N_("Kept after closure"), N_("Referrals past it"), N_("People to anonymise"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[retention.PathwayRetention] = []

    def set_result(self, result: RetentionResult | None) -> None:
        self.beginResetModel()
        self.rows = list(result.pathways) if result is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.PATHWAY: row.label,
                    self.KEPT: plural(row.retention_years, tr("{n} year"), tr("{n} years")),
                    self.REFERRALS: f"{row.referrals:,}", self.PEOPLE: f"{row.people:,}"}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.REFERRALS, self.PEOPLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RetentionPage(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.plan: RetentionResult | None = None
        self.result: RetentionResult | None = None
        self.task: Task | None = None
        self.started = False
        self.setObjectName("retentionPage")
        title = heading(tr("Data retention"))
        policy = small_print(tr(POLICY))
        policy.setWordWrap(True)
        self.model = RetentionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Retention by pathway"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        self.summary_label = QLabel(tr("Checking…"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(tr("What would be erased"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAccessibleName(tr("What was erased"))
        self.done_label.setVisible(False)
        self.check_button = QPushButton(tr("&Check again"))
        self.check_button.setAccessibleName(tr("Check again what has passed its retention period"))
        self.check_button.clicked.connect(self.reload)
        self.erase_button = QPushButton(tr("&Erase…"))
        self.erase_button.setAccessibleName(tr("Erase what has passed its retention period"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.confirm_erase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(policy)
        layout.addWidget(self.table)
        layout.addWidget(self.done_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.erase_button.setEnabled(not busy and self.plan is not None and not self.plan.nothing_to_do)

    def reload(self) -> None:
        """The dry run: what would be erased now (nothing is changed)."""
        if self.busy:
            return
        self.started = True
        self.summary_label.setText(tr("Checking…"))
        self._set_busy(True)
        ctx, actor = self._ctx, self._actor
        self.task = run_in_background(lambda: retention.run(ctx, actor, dry_run=True), self._planned, self._failed)

    def _planned(self, plan: RetentionResult) -> None:
        self.plan = plan
        self.model.set_result(plan)
        self.table.resizeRowsToContents()
        self.summary_label.setText(summary_text(plan))
        self._set_busy(False)

    def confirm_erase(self) -> None:
        plan = self.plan
        if plan is None or plan.nothing_to_do or self.busy:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Erase records past retention"),
                          confirmation_text(plan), QMessageBox.StandardButton.Cancel, self)
        erase = box.addButton(tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("retentionConfirm")
        self.confirm_box = box
        box.buttonClicked.connect(lambda button: self.erase() if button is erase else None)
        box.open()

    def erase(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.summary_label.setText(tr("Erasing…"))
        ctx, actor = self._ctx, self._actor
        self.task = run_in_background(lambda: retention.run(ctx, actor), self._erased, self._failed)

    def _erased(self, result: RetentionResult) -> None:
        """Say what was done, then check again (which should now find nothing)."""
        self.result = result
        self.plan = None
        words = done_text(result)
        self.done_label.setText(words)
        self.done_label.setVisible(True)
        self.message.emit(words)
        self.task = None
        self.reload()

    def _failed(self, error: BaseException) -> None:
        words = error_text(error)
        self.summary_label.setText(words)
        self.message.emit(words)
        self._set_busy(False)


def summary_text(plan: RetentionResult) -> str:
    when = local_time_text(plan.as_of, zone=True)
    if plan.nothing_to_do:
        return tr("Nothing has passed its retention period (checked {when}).").format(when=when)
    rows = ", ".join(f"{table.replace('_', ' ')}: {count:,}" for table, count in plan.rows.items())
    text = tr("Erasing now would erase {referrals} and anonymise {people} (checked {when}). Rows deleted: {rows}.").format(
        referrals=plural(plan.referrals, tr("{n} referral"), tr("{n} referrals")),
        people=plural(plan.people, tr("{n} person"), tr("{n} people")), when=when, rows=rows or tr("none"))
    if plan.unknown_pathways:
        kept = sum(plan.unknown_pathways.values())
        text += " " + tr("{n} closed referrals of pathways no longer configured are kept.").format(n=kept)
    return text


def confirmation_text(plan: RetentionResult) -> str:
    return tr("Erase {referrals} and anonymise {people}? Their details cannot be brought back.").format(
        referrals=plural(plan.referrals, tr("{n} referral"), tr("{n} referrals")),
        people=plural(plan.people, tr("{n} person"), tr("{n} people")))


def done_text(result: RetentionResult) -> str:
    return tr("Erased {referrals} and anonymised {people}.").format(
        referrals=plural(result.referrals, tr("{n} referral"), tr("{n} referrals")),
        people=plural(result.people, tr("{n} person"), tr("{n} people")))


__all__ = ["RetentionModel", "RetentionPage", "confirmation_text", "done_text", "summary_text"]
