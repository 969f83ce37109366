"""File → Import referrals…: a wizard over ``casework.services.spreadsheet_import``.

1. **Choose the file** (CSV or XLSX; the sheet of a workbook), read off the UI thread.
2. **Match the columns**: one drop-down per field, proposed from the column names; fixed values for
   fields the file has no column for; the first rows of the file as a preview; the mapping can be saved
   and loaded (JSON) for the next file.
3. **Check**: the dry run, off the UI thread; every problem by row and column in a table that can be
   filtered (errors, warnings, text), copied and exported. *Import* is enabled only with no errors.
4. **Import**: all rows or none, off the UI thread; the result.

Everything is reachable from the keyboard (mnemonics on every label, Tab order down the page, the
wizard's own Alt+N/Alt+B), and every control has an accessible name.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from casework.errors import ValidationError
from casework.services.actor import CHANGING_ROLES, Actor
from casework.services.context import Context

from .forms import ErrorLabel, small_print
from .lazy import lazy_module
from .list_export import ListExporter
from .qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGuiApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QModelIndex,
    QObject,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import error_text

# The spreadsheet reader (openpyxl, the matcher) and the bulk writer are imported when the wizard first
# uses them, not at start-up.
si = lazy_module("casework.services.spreadsheet_import")
bulk_intake = lazy_module("casework.services.bulk_intake")

PREVIEW_ROWS = 8
NOT_MAPPED = ""


# --- models -------------------------------------------------------------------------------------

class PreviewModel(QAbstractTableModel):
    """The first rows of the file, headed "A: Name", "B: DOB"..."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[int, list[Any]]] = []

    def set_sheet(self, sheet: si.Sheet | None) -> None:
        self.beginResetModel()
        self.headers = list(sheet.headers) if sheet else []
        self.rows = list(sheet.rows[:PREVIEW_ROWS]) if sheet else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return f"{si.column_letter(section)}: {self.headers[section]}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(self.rows[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        cells = self.rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else None
        return "" if value is None else si._shown(value)  # noqa: SLF001 - the same wording as the report


class ProblemsModel(QAbstractTableModel):
    ROW, COLUMN, HEADER, SEVERITY, MESSAGE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.problems: list[si.Problem] = []

    def set_problems(self, problems: list[si.Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Row"), self.tr("Column"), self.tr("Heading"), self.tr("Kind"), self.tr("Problem")][section]

    def severity_text(self, problem: si.Problem) -> str:
        return self.tr("Error") if problem.severity == si.ERROR else self.tr("Warning")

    def display(self, problem: si.Problem, column: int) -> str:
        return [str(problem.row) if problem.row is not None else "",
                problem.column or "", problem.header or "", self.severity_text(problem), problem.message][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(problem, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.MESSAGE:
            return f"{self.severity_text(problem)}: {problem.text()}"
        if role == Qt.ItemDataRole.UserRole:
            return problem
        if role == Qt.ItemDataRole.UserRole + 2:  # sort: rows as numbers
            return (problem.row or 0) if index.column() == self.ROW else self.display(problem, index.column())
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Errors, warnings or both, and a text to find in any column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.severity: str | None = None
        self.text = ""
        self.setSortRole(Qt.ItemDataRole.UserRole + 2)

    def set_filter(self, severity: str | None, text: str) -> None:
        self.beginFilterChange()
        self.severity, self.text = severity, text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: ProblemsModel = self.sourceModel()  # type: ignore[assignment]
        problem = model.problems[source_row]
        if self.severity is not None and problem.severity != self.severity:
            return False
        if self.text and self.text not in problem.text().lower():
            return False
        return True


# --- pages --------------------------------------------------------------------------------------

class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with the column names in row 1."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importFile")
        self.path_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the spreadsheet file"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setAccessibleName(self.tr("Sheet of the workbook"))
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(lambda _i: self._sheet_chosen())
        self.status = small_print("")
        self.status.setAccessibleName(self.tr("File status"))
        self.error = ErrorLabel(self.tr("Problem reading the file"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Reading the file"))
        self.busy.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        form.addRow(sheet_label, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._task: Task | None = None
        self._read_for: tuple[str, str | None] | None = None

    def choose_file(self) -> str:
        """The file to open, from a dialog ('' when cancelled). Tests replace this."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import referrals"), folder,
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        return path

    def browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path_edit.setText(path)
            self.read()

    def _path_changed(self) -> None:
        self.w.sheet = None
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.status.setText("")
        self.error.clear_error()
        self.completeChanged.emit()

    def _sheet_chosen(self) -> None:
        if self.w.sheet is not None and self.sheet_combo.currentText() != self.w.sheet.sheet_name:
            self.read(self.sheet_combo.currentText())

    def read(self, sheet: str | None = None) -> None:
        path = self.path_edit.text().strip()
        if not path or (self._task is not None and not self._task.done):
            return
        self.error.clear_error()
        self.busy.setVisible(True)
        self._read_for = (path, sheet)
        self._task = run_in_background(lambda: si.read_file(path, sheet), self._read, self._failed)

    def _read(self, sheet: si.Sheet) -> None:
        self.busy.setVisible(False)
        self.w.sheet = sheet
        self.w.file_path = self._read_for[0] if self._read_for else ""
        self.sheet_combo.clear()
        if sheet.sheet_names:
            self.sheet_combo.addItems(sheet.sheet_names)
            self.sheet_combo.setCurrentText(sheet.sheet_name or "")
            self.sheet_combo.setEnabled(len(sheet.sheet_names) > 1)
        text = self.tr("{rows} rows, {columns} columns").format(rows=len(sheet.rows), columns=len(sheet.headers))
        if sheet.notices:
            text += "\n" + "\n".join(sheet.notices)
        self.status.setText(text)
        self.w.mapping = None
        self.completeChanged.emit()
        if self.w.advance_when_read:
            self.w.advance_when_read = False
            self.w.next()

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.w.advance_when_read = False
        self.error.show_error(error_text(error))
        self.path_edit.setFocus()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        if self.w.sheet is not None:
            return True
        self.w.advance_when_read = True
        self.read()
        return False


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Which column holds each piece of the referral. Fields the file has no column for "
                                 "can be given one value for every row."))
        self.labels = self.field_labels()
        self.combos: dict[str, QComboBox] = {}
        self.fixed_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for target in si.TARGETS:
            combo = QComboBox()
            combo.setObjectName(f"map_{target.id}")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=self.labels[target.id]))
            self.combos[target.id] = combo
            label = QLabel(self.labels[target.id] + ":")
            label.setBuddy(combo)
            if target.fixed_allowed:
                fixed = QLineEdit()
                fixed.setObjectName(f"fixed_{target.id}")
                fixed.setPlaceholderText(self.tr("or one value for every row"))
                fixed.setAccessibleName(self.tr("{field} for every row").format(field=self.labels[target.id]))
                self.fixed_edits[target.id] = fixed
                row = QHBoxLayout()
                row.addWidget(combo, 1)
                row.addWidget(fixed, 1)
                form.addRow(label, row)
            else:
                form.addRow(label, combo)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Columns"))
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.load_button.setAccessibleName(self.tr("Load a saved column mapping"))
        self.load_button.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("Sa&ve mapping…"))
        self.save_button.setAccessibleName(self.tr("Save this column mapping for next time"))
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLabel(self.tr("Problem with the mapping"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        preview_label = QLabel(self.tr("&Preview:"))
        preview_label.setBuddy(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 2)

    def field_labels(self) -> dict[str, str]:
        """The fields of a referral import, in words (translated)."""
        return {
            "full_name": self.tr("Name (given and family)"),
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "date_of_birth": self.tr("Date of birth"),
            "gender": self.tr("Gender"),
            "postcode": self.tr("Postcode"),
            "home_local_authority": self.tr("Home local authority"),
            "nhs_number": self.tr("NHS number"),
            "pnc_id": self.tr("PNC ID"),
            "received_at": self.tr("Referral date/time"),
            "received_time": self.tr("Referral time (own column)"),
            "source": self.tr("Source"),
            "pathway": self.tr("Pathway"),
            "team": self.tr("Team"),
            "site": self.tr("Site"),
            "assigned_to": self.tr("Worker"),
            "note": self.tr("Notes"),
        }

    def initializePage(self) -> None:
        sheet = self.w.sheet
        assert sheet is not None
        self.preview_model.set_sheet(sheet)
        self.preview.resizeColumnsToContents()
        for combo in self.combos.values():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), NOT_MAPPED)
            for index, header in enumerate(sheet.headers):
                if header:
                    combo.addItem(f"{si.column_letter(index)}: {header}", header)
        self.apply(self.w.mapping or si.propose_mapping(sheet.headers))

    def apply(self, mapping: si.Mapping) -> None:
        for target, combo in self.combos.items():
            header = mapping.columns.get(target)
            found = combo.findData(header) if header else 0
            combo.setCurrentIndex(found if found >= 0 else 0)
        for target, edit in self.fixed_edits.items():
            edit.setText(mapping.fixed.get(target, ""))

    def mapping(self) -> si.Mapping:
        columns = {t: c.currentData() for t, c in self.combos.items() if c.currentData()}
        fixed = {t: e.text().strip() for t, e in self.fixed_edits.items() if e.text().strip()}
        return si.Mapping(columns, fixed)

    def choose_load_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a column mapping"), "",
                                              self.tr("Column mappings (*.json);;All files (*)"))
        return path

    def choose_save_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the column mapping"), "",
                                              self.tr("Column mappings (*.json)"))
        if path and not path.lower().endswith(".json"):
            path += ".json"
        return path

    def load(self) -> None:
        path = self.choose_load_file()
        if not path:
            return
        self.error.clear_error()
        try:
            self.apply(si.load_mapping(path))
        except ValidationError as exc:
            self.error.show_error(error_text(exc))

    def save(self) -> None:
        path = self.choose_save_file()
        if not path:
            return
        self.error.clear_error()
        try:
            si.save_mapping(self.mapping(), path)
        except ValidationError as exc:
            self.error.show_error(error_text(exc))

    def validatePage(self) -> bool:
        self.w.mapping = self.mapping()
        return True


class CheckPage(QWizardPage):
    checked = Signal(object)  # the ImportReport
    # Emitted from the worker thread as the check goes (step, done, total); delivered queued on the UI thread.
    progressed = Signal(str, int, int)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked as a referral taken in by hand would be. Nothing is "
                                 "imported until there are no errors."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.summary.setAccessibleName(self.tr("Result of the check"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Checking the file"))
        self.progressed.connect(self._progress)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("problemKind")
        self.show_combo.setAccessibleName(self.tr("Show errors, warnings or both"))
        self.show_combo.addItem(self.tr("Errors and warnings"), None)
        self.show_combo.addItem(self.tr("Errors only"), si.ERROR)
        self.show_combo.addItem(self.tr("Warnings only"), si.WARNING)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("problemFind")
        self.find_edit.setAccessibleName(self.tr("Find in the problems"))
        self.find_edit.setPlaceholderText(self.tr("Find, e.g. a row number or DOB"))
        self.model = ProblemsModel(self)
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("problemsTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Problems by row and column"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (ProblemsModel.ROW, ProblemsModel.COLUMN, ProblemsModel.HEADER, ProblemsModel.SEVERITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(ProblemsModel.ROW, Qt.SortOrder.AscendingOrder)
        self.exporter = ListExporter(self.table, wizard.ctx, wizard.actor, "import_problems",
                                     title=self.tr("Import problems"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the problems shown to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Save the problems shown as a spreadsheet"))
        self.export_button.clicked.connect(self.exporter.export)
        self.show_combo.currentIndexChanged.connect(self._filter)
        self.find_edit.textChanged.connect(self._filter)
        self.error = ErrorLabel(self.tr("Problem checking the file"))
        # Old referrals: what happens to the clocks whose due time passed before the import (shown when there are any).
        self.overdue_label = QLabel("")
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setObjectName("importOverdue")
        self.overdue_label.setAccessibleName(self.tr("Referrals older than their SLA windows"))
        self.overdue_label.setVisible(False)
        self.track_overdue = QCheckBox(self.tr("&Track those clocks anyway: each becomes a breach for a team lead "
                                               "to review"))
        self.track_overdue.setObjectName("importTrackOverdue")
        self.track_overdue.setAccessibleName(self.tr("Track the clocks of old referrals as breaches"))
        self.track_overdue.setVisible(False)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.show_combo)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.show_combo)
        bar.addWidget(find_label)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.track_overdue)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._task: Task | None = None
        self._generation = 0

    def initializePage(self) -> None:
        self.w.report = None
        self.model.set_problems([])
        self.error.clear_error()
        self.overdue_label.setVisible(False)
        self.track_overdue.setVisible(False)
        self.track_overdue.setChecked(False)
        self.summary.setText(self.tr("Checking {rows} rows…").format(rows=len(self.w.sheet.rows) if self.w.sheet else 0))
        self.busy.setRange(0, 0)
        self.busy.setVisible(True)
        ctx, actor, sheet, mapping = self.w.ctx, self.w.actor, self.w.sheet, self.w.mapping
        self._generation += 1
        generation, progressed = self._generation, self.progressed

        def progress(step: str, done: int, total: int) -> None:  # on the worker thread: no widgets here
            if generation == self._generation:  # not a check left by going back
                progressed.emit(step, done, total)

        self._task = run_in_background(lambda: si.dry_run(ctx, actor, sheet, mapping, progress=progress),
                                       self._checked, self._failed)
        self.completeChanged.emit()

    def _progress(self, step: str, done: int, total: int) -> None:
        if self.w.report is not None or not self.busy.isVisible():
            return  # a late signal of a check that has finished (or was left)
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done if step == si.STEP_CHECK else total)
        if step == si.STEP_CHECK:
            self.summary.setText(self.tr("Checking {rows} rows: {done} done…").format(rows=total, done=done))
        else:
            self.summary.setText(self.tr("Checking {rows} rows against the records held…").format(rows=total))

    def cleanupPage(self) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.discard()

    def _checked(self, report: si.ImportReport) -> None:
        self.busy.setVisible(False)
        self.w.report = report
        self.model.set_problems(report.problems)
        self.table.resizeColumnToContents(ProblemsModel.ROW)
        errors, warnings = len(report.errors), len(report.warnings)
        if report.ok:
            text = self.tr("No errors in {rows} rows ({warnings} warnings). Import adds {new} new young people and "
                           "links {linked} already held.").format(rows=report.rows, warnings=warnings,
                                                                  new=report.new_people, linked=report.linked_people)
        else:
            text = self.tr("{errors} errors and {warnings} warnings in {rows} rows. Put the errors right in the "
                           "spreadsheet and check it again; nothing is imported until there are none.").format(
                errors=errors, warnings=warnings, rows=report.rows)
        if report.notices:
            text += "\n" + "\n".join(report.notices)
        self.summary.setText(text)
        if report.overdue_rows:
            clocks = sum(report.overdue_clocks.values())
            by_rule = "; ".join(f"{label}: {n}" for label, n in sorted(report.overdue_clocks.items()))
            self.overdue_label.setText(self.tr(
                "{rows} rows are older than their SLA windows: {clocks} clocks had passed their due time before "
                "today ({by_rule}). The import records them as “imported — not tracked”: no alerts, no breaches to "
                "review, and counted apart in reports. Clocks still running are tracked as usual.").format(
                    rows=report.overdue_rows, clocks=clocks, by_rule=by_rule))
        self.overdue_label.setVisible(bool(report.overdue_rows))
        self.track_overdue.setVisible(bool(report.overdue_rows))
        self.completeChanged.emit()
        self.checked.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.summary.setText("")
        self.error.show_error(error_text(error))

    def _filter(self) -> None:
        self.proxy.set_filter(self.show_combo.currentData(), self.find_edit.text())

    def shown_text(self) -> str:
        """The problems shown, as tab-separated text with a header line (for the clipboard)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
        writer.writerow([self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)])
        for row in range(self.proxy.rowCount()):
            writer.writerow([self.proxy.data(self.proxy.index(row, c)) for c in range(5)])
        return buffer.getvalue()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.shown_text())

    def isComplete(self) -> bool:
        return self.w.report is not None and self.w.report.ok

    def validatePage(self) -> bool:
        return self.isComplete()


class ResultPage(QWizardPage):
    imported = Signal(object)  # ImportResult
    # Emitted from the worker thread as the import goes (step, done, total); delivered queued on the UI thread.
    progressed = Signal(str, int, int)

    @staticmethod
    def percent(step: str) -> int:
        """How far along the bar each step of the import puts it (the check of the cells fills the first
        part). A method, not a class attribute: the step codes' modules are imported on first use."""
        return {si.STEP_CHECK: 40, si.STEP_MATCH: 50, bulk_intake.STEP_PEOPLE: 60, bulk_intake.STEP_REFERRALS: 70,
                bulk_intake.STEP_EVENTS: 78, bulk_intake.STEP_TIMERS: 88, bulk_intake.STEP_AUDIT: 95}.get(step, 0)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("importResult")
        self.result_label.setAccessibleName(self.tr("Result of the import"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Importing"))
        self.progressed.connect(self._progress)
        self.error = ErrorLabel(self.tr("The import failed"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._task: Task | None = None
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.error.clear_error()
        self.busy.setVisible(True)
        self.result_label.setText(self.tr("Importing {rows} referrals in one go…").format(
            rows=self.w.report.rows if self.w.report else 0))
        ctx, actor, sheet, mapping = self.w.ctx, self.w.actor, self.w.sheet, self.w.mapping
        track = not self.w.check_page.track_overdue.isHidden() and self.w.check_page.track_overdue.isChecked()
        self.busy.setRange(0, 0)
        progressed = self.progressed
        self._task = run_in_background(
            lambda: si.import_referrals(ctx, actor, sheet, mapping, track_overdue=track, progress=progressed.emit),
            self._done, self._failed)
        self.completeChanged.emit()

    def step_text(self, step: str, done: int, total: int) -> str:
        """What the import is doing, after ``step`` (a code from the core) is done."""
        if step == si.STEP_CHECK:
            return self.tr("Checking the rows again: {done} of {total}…").format(done=done, total=total)
        return {
            si.STEP_MATCH: self.tr("Writing {total} referrals…").format(total=total),
            bulk_intake.STEP_PEOPLE: self.tr("Written the young people; writing the referrals…"),
            bulk_intake.STEP_REFERRALS: self.tr("Written the referrals; writing their events…"),
            bulk_intake.STEP_EVENTS: self.tr("Written the events; working out the SLA timers…"),
            bulk_intake.STEP_TIMERS: self.tr("Written the SLA timers; writing the audit trail…"),
            bulk_intake.STEP_AUDIT: self.tr("Saving…"),
        }.get(step, "")

    def _progress(self, step: str, done: int, total: int) -> None:
        percent = self.percent(step)
        if step == si.STEP_CHECK and total:
            percent = percent * done // total
        self.busy.setRange(0, 100)
        self.busy.setValue(percent)
        self.result_label.setText(self.step_text(step, done, total) + "\n"
                                  + self.tr("Nothing is saved until every row is written."))

    def _done(self, result: si.ImportResult) -> None:
        self.busy.setVisible(False)
        self.done = True
        self.w.result = result
        ids = result.referral_ids
        self.result_label.setText(self.tr("Imported {count} referrals from {file}: {new} new young people, {linked} "
                                          "already held. Referral numbers {first} to {last}.").format(
            count=len(ids), file=result.file_name, new=result.new_people, linked=result.linked_people,
            first=ids[0] if ids else "-", last=ids[-1] if ids else "-"))
        if result.overdue_clocks:
            if result.tracked_overdue:
                more = self.tr("{clocks} clocks of {rows} referrals had passed their due time before the import: "
                               "recorded as breaches for review.")
            else:
                more = self.tr("{clocks} clocks of {rows} referrals had passed their due time before the import: "
                               "recorded as “imported — not tracked” (no alerts, no breaches to review).")
            self.result_label.setText(self.result_label.text() + "\n"
                                      + more.format(clocks=result.overdue_clocks, rows=result.overdue_rows))
        self.completeChanged.emit()
        self.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.done = True
        self.result_label.setText(self.tr("Nothing was imported."))
        self.error.show_error(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    FILE, MAPPING, CHECK, RESULT = range(4)

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.sheet: si.Sheet | None = None
        self.file_path = ""
        self.mapping: si.Mapping | None = None
        self.report: si.ImportReport | None = None
        self.result: si.ImportResult | None = None
        self.advance_when_read = False
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import referrals"))
        self.setAccessibleName(self.tr("Import referrals from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = ChooseFilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                              (self.CHECK, self.check_page), (self.RESULT, self.result_page)):
            self.setPage(page_id, page)
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                            (QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                            (QWizard.WizardButton.CommitButton, self.tr("Import"))):
            button = self.button(which)
            if button is not None:
                button.setAccessibleName(name)
        self.resize(900, 680)


class ImportReferralsAction(QObject):
    """File → Import referrals…, for those who take referrals in (caseworkers and team leads)."""

    imported = Signal(object)

    def __init__(self, window: QMainWindow, ctx: Context, actor: Actor) -> None:
        super().__init__(window)
        self.window, self.ctx, self.actor = window, ctx, actor
        self.wizard: ImportWizard | None = None
        self.action = QAction(self.tr("&Import referrals…"), window)
        self.action.setObjectName("importReferralsAction")
        self.action.setToolTip(self.tr("Take in referrals kept in a spreadsheet (CSV or Excel)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.setVisible(actor.role in CHANGING_ROLES)
        self.action.triggered.connect(self.open)

    def open(self) -> ImportWizard:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        self.wizard = ImportWizard(self.ctx, self.actor, self.window)
        self.wizard.result_page.imported.connect(self.imported)
        self.wizard.show()
        return self.wizard

    def file_name(self) -> str:
        return Path(self.wizard.file_path).name if self.wizard is not None else ""
