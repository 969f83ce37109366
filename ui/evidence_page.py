"""Evidence: outcomes of the referrals closed in a period, by pathway, for team leads and managers.

The figures are the evidence report's (:mod:`casework.reports.evidence`), shown as a table (a row per
figure, a column per pathway and one for all pathways), each "n of N (p%)" with counts under 5
suppressed. From here the same figures print as a PDF, and managers make the pseudonymised export
for evaluators (a folder of CSV files with its data dictionary).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path

from typing import TYPE_CHECKING

from casework.reports.params import ReportRequest, last_full_month
from casework.services import evaluation
from casework.services.access import REPORTING_ROLES
from casework.services.actor import Actor
from casework.services.context import Context
from casework.timeutil import to_local

from .forms import heading, small_print
from .qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QDate,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import N_, error_text, tr

if TYPE_CHECKING:  # ReportLab is imported on first use, not when the desktop starts
    from casework.reports.evidence import EvidenceFigures, PathwayEvidence

FIGURES: list[tuple[str, Callable[[PathwayEvidence], str]]] = [
    (N_("Referrals closed"), lambda p: p.closed.text),
    (N_("Completed"), lambda p: p.completed.text),
    (N_("Engaged (a session attended)"), lambda p: p.engaged.text),
    (N_("No further police contact at 6 months"), lambda p: p.no_contact_6.text),
    ("    " + N_("6-month checks recorded"), lambda p: p.checks_6.text),
    (N_("No further police contact at 12 months"), lambda p: p.no_contact_12.text),
    ("    " + N_("12-month checks recorded"), lambda p: p.checks_12.text),
    (N_("Occurrences as suspect: before → after"), lambda p: f"{p.suspect.before_text} → {p.suspect.after_text}"),
    ("    " + N_("change"), lambda p: p.suspect.change_text),
    (N_("Occurrences as victim: before → after"), lambda p: f"{p.victim.before_text} → {p.victim.after_text}"),
    ("    " + N_("change"), lambda p: p.victim.change_text),
    (N_("Fewer occurrences after referral"), lambda p: p.fewer_after.text),
    (N_("ED re-attendance by 12 months"), lambda p: p.ed_reattended.text),
]


class EvidenceModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[PathwayEvidence] = []

    def set_figures(self, figures: EvidenceFigures | None) -> None:
        self.beginResetModel()
        self.columns = ([*figures.pathways, figures.total] if figures and len(figures.pathways) != 1
                        else (list(figures.pathways) if figures else []))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.columns else len(FIGURES)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self.columns)

    def text(self, row: int, column: int) -> str:
        label, pick = FIGURES[row]
        return tr(label.strip()) if column == 0 else pick(self.columns[column - 1])

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label, pick = FIGURES[index.row()]
            return ("      " + tr(label.strip()) if label.startswith(" ") else tr(label)) if index.column() == 0 \
                else pick(self.columns[index.column() - 1])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if index.column() == 0:
                return self.text(index.row(), 0)
            return f"{self.columns[index.column() - 1].label}, {self.text(index.row(), 0)}: " \
                   f"{self.text(index.row(), index.column())}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr("Figure") if section == 0 else self.columns[section - 1].label


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EvidencePage(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None, *,
                 choose_file: Callable[[str], str | None] | None = None,
                 choose_folder: Callable[[], str | None] | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setObjectName("evidencePage")
        self.started = False
        self.figures: EvidenceFigures | None = None
        self._task: Task | None = None
        self._choose_file = choose_file or self._ask_for_file
        self._choose_folder = choose_folder or self._ask_for_folder
        today = to_local(ctx.clock.now()).date()
        first, last = last_full_month(today)
        first = date(first.year - 1, first.month, 1)  # a year of closures by default
        self.from_edit = self._date_edit(first, tr("Closed from"))
        self.to_edit = self._date_edit(last, tr("Closed to"))
        self.pathway_combo = QComboBox()
        self.pathway_combo.setAccessibleName(tr("Pathway"))
        self.pathway_combo.addItem(tr("All pathways"), None)
        for p in ctx.pathways:
            self.pathway_combo.addItem(p.label, p.id)
        self.show_button = QPushButton(tr("&Show figures"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.reload)
        self.pdf_button = QPushButton(tr("&Print as PDF…"))
        self.pdf_button.clicked.connect(self.make_pdf)
        self.export_button = QPushButton(tr("E&xport for evaluators…"))
        self.export_button.setToolTip(tr("Pseudonymised CSV files and their data dictionary, for the referrals "
                                         "received in the period"))
        self.export_button.clicked.connect(self.export)
        if actor.role not in evaluation.EXPORT_ROLES:  # hidden, never setVisible(True): no parent yet
            self.export_button.hide()
        self.model = EvidenceModel(self)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Evidence figures"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))
        from casework.reports.evidence import DEFINITIONS  # noqa: PLC0415 - see TYPE_CHECKING above
        notes = small_print("\n".join(f"{tr(term)}: {tr(text)}" for term, text in DEFINITIONS))
        notes.setAccessibleName(tr("What the figures mean"))

        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        label = QLabel(tr("&Closed from:"))
        label.setBuddy(self.from_edit)
        form.addRow(label, dates)
        label = QLabel(tr("P&athway:"))
        label.setBuddy(self.pathway_combo)
        form.addRow(label, self.pathway_combo)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.pdf_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Outcomes and evidence")))
        layout.addWidget(small_print(tr("Referrals closed in the period, followed up at 6 and 12 months. Counts under "
                                        "5 are shown as <5.")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(notes)

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def request(self) -> ReportRequest:
        return ReportRequest("evidence", date_from=_pydate(self.from_edit.date()), date_to=_pydate(self.to_edit.date()),
                             pathway=self.pathway_combo.currentData())

    def reload(self) -> None:
        if self.busy:
            return
        self.started = True
        ctx, actor, r = self._ctx, self._actor, self.request()
        self.status.setText(tr("Working out the figures…"))
        def load():
            from casework.reports.evidence import evidence_figures
            return evidence_figures(ctx, actor, date_from=r.date_from, date_to=r.date_to, pathway=r.pathway)
        self._task = run_in_background(load, self._loaded, self._failed)

    def focus_search(self) -> None:
        self.from_edit.setFocus()

    def _loaded(self, figures: EvidenceFigures) -> None:
        self.figures = figures
        self.model.set_figures(figures)
        self.status.setText(tr("{n} referrals closed in the period.").format(n=figures.total.closed.text)
                            if figures.pathways else tr("No referrals were closed in this period."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def _ask_for_file(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the evidence report as"), suggested,
                                              tr("PDF documents (*.pdf)"))
        return path or None

    def _ask_for_folder(self) -> str | None:
        return QFileDialog.getExistingDirectory(self, tr("Folder for the evaluation export")) or None

    def make_pdf(self) -> None:
        if self.busy:
            return
        request = self.request()
        chosen = self._choose_file(str(Path.home() / f"Outcomes and evidence {request.date_from}.pdf"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        ctx, actor = self._ctx, self._actor
        self.status.setText(tr("Making the PDF…"))
        def run():
            from casework.reports import run_report
            return run_report(ctx, actor, request, path)
        self._task = run_in_background(run, self._pdf_done, self._failed)

    def _pdf_done(self, result) -> None:
        words = tr("Saved the evidence report as {path}").format(path=result.path)
        self.status.setText(words)
        self.message.emit(words)

    def export(self) -> None:
        if self.busy or self._actor.role not in evaluation.EXPORT_ROLES:
            return
        folder = self._choose_folder()
        if not folder:
            return
        request = self.request()
        ctx, actor = self._ctx, self._actor
        self.status.setText(tr("Exporting…"))
        self._task = run_in_background(
            lambda: evaluation.export_evaluation(ctx, actor, folder, date_from=request.date_from,
                                                 date_to=request.date_to), self._exported, self._failed)

    def _exported(self, result) -> None:
        counts = ", ".join(f"{name} {n}" for name, n in result.rows.items())
        words = tr("Exported to {folder}: {counts} rows, with the data dictionary.").format(
            folder=result.folder, counts=counts)
        self.status.setText(words)
        self.message.emit(words)

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.discard()


def evidence_roles() -> tuple[Role, ...]:
    return REPORTING_ROLES
