"""The Reports page: choose a report and its period and filters, generate the PDF in the background, then
open it in the system's PDF viewer or print it from there.

Everything the report needs is read from the form on the UI thread as plain values; the run itself
(``casework.reports.run_report``, the same service the ``casework report`` command uses) happens on a
worker thread. The core reports its progress as (done, total) through a plain callback; a small relay
object turns each call into a queued signal for the progress bar, so no widget is touched off the UI
thread.

Printing: Qt's own print support (QtPrintSupport) can drive a printer, but it cannot read a PDF, and
the module that renders PDF pages (QtPdf) ships only in PySide6-Addons, which Casework does not
depend on. "Print…" therefore opens the report in the system's PDF viewer and says to print from
there; a desktop that has the viewer set up prints from it with Ctrl+P as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from casework.errors import ValidationError
from casework.reports.params import KINDS, ReportRequest, check, last_full_month
from casework.services import access, directory
from casework.services.actor import Actor
from casework.services.context import Context
from casework.store.models import Role
from casework.timeutil import to_local

from . import settings as options
from .forms import ErrorLabel, heading, small_print, with_error
from .qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDesktopServices,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QIntValidator,
    QLabel,
    QLineEdit,
    QObject,
    QProgressBar,
    QPushButton,
    QStandardPaths,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .settings import Settings
from .tasks import Task, run_in_background
from .wording import error_text, plural, report_description, report_name

if TYPE_CHECKING:  # ReportLab is imported when a report is first run, not at start-up
    from casework.reports import ReportResult


def run_report(*args, **kwargs) -> ReportResult:
    """``casework.reports.run_report``, imported (with ReportLab) when a report is first run."""
    from casework.reports import run_report as run

    return run(*args, **kwargs)


def default_file_name(request: ReportRequest) -> str:
    from casework.reports import default_file_name as name

    return name(request)


REPORTING_ROLES = access.REPORTING_ROLES
ASSIGNABLE = ("caseworker", "team_lead")


def allowed_kinds(actor: Actor) -> list[str]:
    """The reports a role may run: a caseworker prints case files only."""
    return list(KINDS) if actor.role in REPORTING_ROLES else ["case"]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _ProgressRelay(QObject):
    """Lives on the UI thread; ``moved`` is emitted from the worker and delivered queued."""

    moved = Signal(int, int)


class ReportsPage(QWidget):
    """A page of the main window: the report form, the progress bar, and what to do with the PDF."""

    message = Signal(str)              # a line for the status bar
    generated = Signal(object)         # the ReportResult
    failed = Signal(str)               # what went wrong, in words

    def __init__(self, ctx: Context, actor: Actor, *, settings: Settings | None = None,
                 choose_file: Callable[[str], str | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._settings = settings
        self._choose_file = choose_file or self._ask_for_file
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._load_task: Task | None = None
        self._run_task: Task | None = None
        self._relay = _ProgressRelay()
        self._relay.moved.connect(self._progress_moved)
        self._users: list = []
        self.result: ReportResult | None = None
        self.started = False
        self.setObjectName("reportsPage")
        self.setAccessibleName(self.tr("Reports"))
        self._build()
        self._kind_changed()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_combo = QComboBox()
        for kind in allowed_kinds(self._actor):
            self.kind_combo.addItem(report_name(kind), kind)
        self.kind_combo.setAccessibleName(self.tr("Report"))
        self.kind_combo.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.description = small_print("")
        self.description.setAccessibleName(self.tr("About this report"))

        today = to_local(self._ctx.clock.now()).date()
        first, last = last_full_month(today)
        self.from_edit = self._date_edit(first, self.tr("Period from"))
        self.to_edit = self._date_edit(last, self.tr("Period to"))
        self.from_error = ErrorLabel(self.tr("Period from error"))
        self.to_error = ErrorLabel(self.tr("Period to error"))
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(with_error(self.from_edit, self.from_error))
        self.to_label = QLabel(self.tr("&to"))
        self.to_label.setBuddy(self.to_edit)
        period.addWidget(self.to_label, 0, Qt.AlignmentFlag.AlignTop)
        period.addWidget(with_error(self.to_edit, self.to_error))
        period.addStretch(1)
        self.period_box = QWidget()
        self.period_box.setLayout(period)

        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.team_combo.setMinimumContentsLength(24)
        self.team_combo.currentIndexChanged.connect(lambda _: self._fill_workers())
        self.team_error = ErrorLabel(self.tr("Team error"))
        self.worker_combo = QComboBox()
        self.worker_combo.setAccessibleName(self.tr("Worker"))
        self.worker_combo.setMinimumContentsLength(24)
        self.worker_error = ErrorLabel(self.tr("Worker error"))

        self.referral_edit = QLineEdit()
        self.referral_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.referral_edit.setPlaceholderText(self.tr("Referral number, e.g. 1234"))
        self.referral_edit.setAccessibleName(self.tr("Referral"))
        self.referral_edit.setMaximumWidth(220)
        self.referral_edit.returnPressed.connect(self.generate)
        self.referral_error = ErrorLabel(self.tr("Referral error"))

        self.suppress_check = QCheckBox(self.tr("&Suppress counts under 5 (for reports that leave the team)"))
        self.suppress_check.setAccessibleName(self.tr("Suppress counts under 5"))
        self.suppress_check.setToolTip(self.tr("Counts from 1 to 4 are shown as <5 and their percentages as —"))
        if self._settings is not None:
            self.suppress_check.setChecked(self._settings.get(options.REPORTS_SUPPRESS_SMALL_COUNTS))
        self.case_list_check = QCheckBox(self.tr("&List every open case, worker by worker"))
        self.case_list_check.setAccessibleName(self.tr("List every open case"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Report:"), self.kind_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("&Period from:"), self.period_box)
        self.period_label = form.labelForField(self.period_box)
        if isinstance(self.period_label, QLabel):
            self.period_label.setBuddy(self.from_edit)
        form.addRow(self.tr("T&eam:"), with_error(self.team_combo, self.team_error))
        form.addRow(self.tr("&Worker:"), with_error(self.worker_combo, self.worker_error))
        form.addRow(self.tr("Referr&al:"), with_error(self.referral_edit, self.referral_error))
        form.addRow("", self.suppress_check)
        form.addRow("", self.case_list_check)
        self.form = form

        self.generate_button = QPushButton(self.tr("&Generate…"))
        self.generate_button.setDefault(True)
        self.generate_button.setAccessibleName(self.tr("Generate report"))
        self.generate_button.setToolTip(self.tr("Choose where to save the PDF, then make it in the background"))
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setAccessibleName(self.tr("Open PDF"))
        self.open_button.setToolTip(self.tr("Open the report in your PDF viewer"))
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button = QPushButton(self.tr("Pri&nt…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Opens the report in your PDF viewer; print it from there (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_pdf)
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)

        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.print_button)

        self.status_label = small_print("")
        self.status_label.setAccessibleName(self.tr("Report status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = ErrorLabel(self.tr("Report error"))
        self.load_error_label = ErrorLabel(self.tr("Teams and workers loading error"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports")))
        layout.addWidget(small_print(self.tr(
            "Reports are printed as PDF documents marked OFFICIAL-SENSITIVE. They contain children's personal "
            "data: save them only where your organisation allows, and share them only with those who need them.")))
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.load_error_label)
        layout.addStretch(1)
        self._fill_teams([])

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setMinimumWidth(130)
        return edit

    # --- the form --------------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index < 0:
            raise ValueError(f"{kind!r} is not a report this user may run")
        self.kind_combo.setCurrentIndex(index)

    def _kind_changed(self) -> None:
        kind = self.kind
        case = kind == "case"
        self.description.setText(report_description(kind))
        for widget in (self.from_edit, self.to_edit, self.to_label, self.team_combo, self.worker_combo,
                       self.suppress_check):
            widget.setEnabled(not case)
        self.team_combo.setEnabled(not case and self._actor.role is not Role.TEAM_LEAD)
        self.referral_edit.setEnabled(case)
        self.case_list_check.setEnabled(kind == "caseload")
        self._clear_errors()

    def request(self) -> ReportRequest:
        """The form as a request: plain values only, read on the UI thread."""
        kind = self.kind
        if kind == "case":
            text = self.referral_edit.text().strip()
            return ReportRequest("case", referral_id=int(text) if text.isdigit() else None)
        return ReportRequest(
            kind, date_from=_pydate(self.from_edit.date()), date_to=_pydate(self.to_edit.date()),
            team=self.team_combo.currentData(), worker=self.worker_combo.currentData(),
            suppress_small_counts=self.suppress_check.isChecked(),
            case_list=kind == "caseload" and self.case_list_check.isChecked(),
        )

    def _fill_teams(self, teams: list) -> None:
        current = self.team_combo.currentData()
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        if self._actor.role is Role.TEAM_LEAD:
            own = [t for t in teams if t.id == self._actor.team_id]
            for team in own:
                self.team_combo.addItem(team.name, team.name)
            if not own:
                self.team_combo.addItem(self.tr("Your team"), None)
        else:
            self.team_combo.addItem(self.tr("All teams"), None)
            for team in teams:
                self.team_combo.addItem(team.name, team.name)
        index = self.team_combo.findData(current)
        self.team_combo.setCurrentIndex(max(0, index))
        self.team_combo.blockSignals(False)
        self._fill_workers()

    def _fill_workers(self) -> None:
        current = self.worker_combo.currentData()
        team = self.team_combo.currentData()
        self.worker_combo.clear()
        self.worker_combo.addItem(self.tr("All workers"), None)
        for user in self._users:
            if user.active and user.role in ASSIGNABLE and (team is None or user.team == team):
                self.worker_combo.addItem(user.display_name, user.username)
        self.worker_combo.setCurrentIndex(max(0, self.worker_combo.findData(current)))

    def reload(self) -> None:
        """Load the teams and workers for the filters (in the background)."""
        self.started = True
        if self._load_task is not None:
            self._load_task.discard()
        ctx, actor = self._ctx, self._actor

        def load():
            return directory.list_teams(ctx, actor), directory.list_users(ctx, actor)

        def loaded(result) -> None:
            self._load_task = None
            teams, users = result
            self._users = users
            self.load_error_label.clear_error()
            self._fill_teams(teams)

        def failed(error: BaseException) -> None:
            self._load_task = None
            self.load_error_label.show_error(self.tr("Could not load the teams and workers: {error}")
                                             .format(error=error_text(error)))

        self._load_task = run_in_background(load, loaded, failed)

    # --- running -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._run_task is not None

    def _clear_errors(self) -> None:
        for label in (self.error_label, self.from_error, self.to_error, self.team_error, self.worker_error,
                      self.referral_error):
            label.clear_error()

    def _field_error(self, error: ValidationError) -> bool:
        """Show a ValidationError beside its field (and focus it); False when the field is not on the form."""
        fields = {"from": (self.from_edit, self.from_error), "to": (self.to_edit, self.to_error),
                  "team": (self.team_combo, self.team_error), "worker": (self.worker_combo, self.worker_error),
                  "referral": (self.referral_edit, self.referral_error)}
        if error.field not in fields:
            return False
        widget, label = fields[error.field]
        label.show_error(error_text(error))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and self._field_error(error):
            words = error_text(error)
        else:
            words = error_text(error)
            self.error_label.show_error(words)
        self.failed.emit(words)
        self.message.emit(words)

    def _default_path(self, request: ReportRequest) -> str:
        folder = self._settings.get(options.REPORTS_FOLDER) if self._settings is not None else ""
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / default_file_name(request))

    def _ask_for_file(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), suggested,
                                              self.tr("PDF documents (*.pdf)"))
        return path or None

    def generate(self) -> None:
        """Check the form, ask where to save, then run the report in the background."""
        if self.busy:
            return
        self._clear_errors()
        request = self.request()
        if request.kind == "case" and request.referral_id is None:
            self._show_error(ValidationError("referral", "required", self.tr("enter the referral's number")))
            return
        try:
            check(request)  # no database: safe on the UI thread, and names the field at once
        except ValidationError as error:
            self._show_error(error)
            return
        chosen = self._choose_file(self._default_path(request))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if self._settings is not None:
            self._settings.set(options.REPORTS_FOLDER, str(path.parent))
            self._settings.set(options.REPORTS_SUPPRESS_SMALL_COUNTS, self.suppress_check.isChecked())

        self.result = None
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)
        self.generate_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status_label.setText(self.tr("Making the {report} …").format(report=report_name(request.kind)))
        ctx, actor, relay = self._ctx, self._actor, self._relay

        def run() -> ReportResult:
            return run_report(ctx, actor, request, path, lambda done, total: relay.moved.emit(done, total))

        self._run_task = run_in_background(run, self._finished, self._run_failed)

    def _progress_moved(self, done: int, total: int) -> None:
        if self._run_task is None:
            return
        self.progress.setValue(round(100 * done / max(1, total)))

    def _finished(self, result: ReportResult) -> None:
        self._run_task = None
        self.result = result
        self.progress.setValue(100)
        self.generate_button.setEnabled(True)
        for button in (self.open_button, self.print_button):
            button.setEnabled(True)
        pages = plural(result.pages, self.tr("{n} page"), self.tr("{n} pages"))
        words = self.tr("Saved the {report} ({pages}) as {path}").format(
            report=report_name(result.kind), pages=pages, path=result.path)
        self.status_label.setText(words)
        self.message.emit(words)
        self.generated.emit(result)
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run_failed(self, error: BaseException) -> None:
        self._run_task = None
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        self.status_label.setText("")
        self._show_error(error)

    # --- the PDF ----------------------------------------------------------------------------------------

    def open_pdf(self) -> bool:
        if self.result is None:
            return False
        opened = bool(self.open_url(QUrl.fromLocalFile(self.result.path)))
        if not opened:
            self.error_label.show_error(self.tr("No PDF viewer opened {path}; open the file yourself.")
                                        .format(path=self.result.path))
        return opened

    def print_pdf(self) -> bool:
        """Open the PDF in the system viewer to print it there (Qt alone cannot print a PDF file)."""
        if not self.open_pdf():
            return False
        words = self.tr("The report is open in your PDF viewer: print it from there (Ctrl+P).")
        self.status_label.setText(words)
        self.message.emit(words)
        return True

    def shutdown(self) -> None:
        """Drop the results of anything still running (the page is going away)."""
        for task in (self._load_task, self._run_task):
            if task is not None:
                task.discard()
        try:
            self._relay.moved.disconnect(self._progress_moved)
        except (RuntimeError, TypeError):
            pass
