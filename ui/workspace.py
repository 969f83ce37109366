"""The signed-in user's workspace: the main window's pages for their role, and the wiring between them.

The main window knows pages and shortcuts; this module decides which pages a role gets and connects
them: "New referral" opens the intake form for a source, Ctrl+E records an event on the selected
referral, opening a referral from any page shows its record in a window of its own, and the SLA
scheduler's sweeps feed the alert centre, the badge and the tray. After every write made here the
scheduler is asked to look again, so a new deadline is armed at once.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from casework.services import audit
from casework.services.access import REPORTING_ROLES
from casework.services.actor import Actor, allowed
from casework.services.context import Context
from casework.store.models import Role

from .alerts import AlertBadge, AlertCentre
from .database_actions import BackupAction
from .import_wizard import ImportReferralsAction
from .list_export import ExportListAction
from .idle_lock import IdleLock
from .main_window import MainWindow
from .notifier import AlertNotifier
from .qt import QCursor, QMainWindow, QMenu, QObject, Qt, QThreadPool, QTimer, QWidget
from .scheduler import SlaScheduler
from .settings import IDLE_LOCK_MINUTES, Settings
from .tasks import Task, run_in_background
from .wording import error_text, tr

# The pages other than the caseload and the alerts are built when first shown (MainWindow.add_page
# with a factory), and their modules imported then: start-up makes only what the first screen shows.
# The record window, the intake form and the event form are imported when first opened.

if TYPE_CHECKING:
    from .event_dialog import EventDialog
    from .intake import IntakeChoice

RECORD_WINDOW_SIZE = (1280, 820)
# How long the first sweep and the alerts wait for the caseload's first rows at most.
START_DELAY_MS = 3_000


class RecordWindow(QMainWindow):
    """One referral's record in a window of its own, so several can be open beside the caseload."""

    def __init__(self, ctx: Context, actor: Actor, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .referral_record import ReferralRecord

        self.record = ReferralRecord(ctx, actor, referral_id, self)
        self.setCentralWidget(self.record)
        self.setObjectName(f"referralWindow{referral_id}")
        self.setWindowTitle(self.tr("Referral {id} — Casework").format(id=referral_id))
        self.record.title_changed.connect(
            lambda title: self.setWindowTitle(self.tr("{title} — Casework").format(title=title)))
        self.resize(*RECORD_WINDOW_SIZE)


class Workspace(QObject):
    def __init__(self, window: MainWindow, ctx: Context, actor: Actor, settings: Settings | None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.actor = window, ctx, actor
        self.records: dict[int, RecordWindow] = {}
        self._task: Task | None = None
        self._started = False
        self._start_timer: QTimer | None = None
        self.scheduler = (SlaScheduler.from_settings(ctx, settings, parent=window) if settings is not None
                          else SlaScheduler(ctx, parent=window))
        self.alerts = AlertCentre(ctx, actor, scheduler=self.scheduler)
        if actor.has_case_role:
            window.add_page("alerts", tr("Alerts"), self.alerts)
            window.add_page("breaches", tr("Breach review"), self._breach_review_page)
            if actor.role in (Role.TEAM_LEAD, Role.MANAGER):
                window.add_page("team", tr("Team board"), self._team_board_page)
            window.add_page("reports", tr("Reports"), lambda: _page("reports_page", "ReportsPage")(
                ctx, actor, settings=settings))
        if actor.is_admin:
            # An administrator without a case role sees only these pages: no case content at all.
            window.add_page("administration", tr("Administration"),
                            lambda: _page("administration", "AdministrationPage")(ctx, actor))
            window.add_page("retention", tr("Data retention"), lambda: _page("retention_page", "RetentionPage")(ctx, actor))
        if audit.may_read(actor):
            window.add_page("audit", tr("Audit trail"), lambda: _page("audit_view", "AuditPage")(ctx, actor))
        window.add_page("followups", tr("Follow-ups"), lambda: _page("followups_page", "FollowUpsPage")(ctx, actor))
        window.add_page("programmes", tr("Group programmes"),
                        lambda: _page("programmes_page", "ProgrammesPage")(ctx, actor))
        if actor.role in REPORTING_ROLES:  # ui.evidence_page.evidence_roles()
            window.add_page("evidence", tr("Evidence"), lambda: _page("evidence_page", "EvidencePage")(ctx, actor))
        if allowed(actor, "review_duplicates"):
            window.add_page("duplicates", tr("Duplicate people"),
                            lambda: _page("duplicates_page", "DuplicatesPage")(ctx, actor))
        minutes = settings.get(IDLE_LOCK_MINUTES) if settings is not None else IDLE_LOCK_MINUTES.default
        self.lock = IdleLock(window, ctx, actor, minutes=minutes)
        self.lock.sign_out_requested.connect(window.sign_out)
        window.lock_requested.connect(self.lock.lock)

        self.badge = AlertBadge()
        self.badge.follow(self.alerts)
        self.badge.clicked.connect(lambda: window.show_page("alerts"))
        window.statusBar().addWidget(self.badge)
        self.notifier = (AlertNotifier.from_settings(window, settings) if settings is not None
                         else AlertNotifier(window))
        self.notifier.follow(self.alerts)
        self.notifier.follow_scheduler(self.scheduler)
        self.notifier.activated.connect(self._show_alerts)

        self.backup = BackupAction(window, ctx, actor)
        window.file_menu.insertAction(window.quit_action, self.backup.action)
        # File: … Record event, Import referrals…, Export list…, then the rest.
        self.importer = ImportReferralsAction(window, ctx, actor)
        self.list_export = ExportListAction(window)
        file_actions = window.file_menu.actions()
        after_record = file_actions.index(window.record_event_action) + 1
        anchor = file_actions[after_record] if after_record < len(file_actions) else None
        window.file_menu.insertAction(anchor, self.importer.action)
        window.file_menu.insertAction(anchor, self.list_export.action)
        self.importer.imported.connect(lambda _result: self._changed())

        window.open_referral_requested.connect(self.open_referral)
        window.new_referral_requested.connect(self.choose_new_referral)
        window.record_event_requested.connect(self.record_event)
        window.destroyed.connect(self.shutdown)

    # --- pages made when first shown -----------------------------------------------------------------

    def _breach_review_page(self) -> QWidget:
        return _page("breach_review", "BreachReviewPage")(self.ctx, self.actor, scheduler=self.scheduler)

    def _team_board_page(self) -> QWidget:
        return _page("team_board", "TeamBoardPage")(self.ctx, self.actor, scheduler=self.scheduler)

    # --- start and stop ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the SLA scheduler (its first sweep) and load the alerts, once the first screen is up.

        While the caseload's first rows are loading they wait (at most ``START_DELAY_MS``), so the
        first frame does not share the machine with a sweep and the alerts' query."""
        caseload = self.window.caseload
        if caseload is None or not caseload.model.loading:
            self._start_now()
            return
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._start_now)
        self._start_timer.start(START_DELAY_MS)
        caseload.model.loaded.connect(self._first_screen_loaded)
        caseload.model.failed.connect(self._first_screen_loaded)

    def _first_screen_loaded(self, *_args) -> None:
        QTimer.singleShot(0, self._start_now)  # after the rows are painted (posted paints go first)

    def _start_now(self) -> None:
        if self._started:
            return
        self._started = True
        caseload = self.window.caseload
        if caseload is not None:
            for signal in (caseload.model.loaded, caseload.model.failed):
                try:
                    signal.disconnect(self._first_screen_loaded)
                except (RuntimeError, TypeError):
                    pass  # never connected
        if self._start_timer is not None:
            self._start_timer.stop()
        self.scheduler.start()
        if self.actor.has_case_role:
            self.alerts.reload()

    def shutdown(self) -> None:
        if self._start_timer is not None:
            self._start_timer.stop()
        self._started = True  # a first load that lands after this starts nothing
        self.lock.stop()
        self.scheduler.stop()
        self.notifier.hide()
        for record in list(self.records.values()):
            record.close()
        QThreadPool.globalInstance().waitForDone(5_000)

    def _show_alerts(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.window.show_page("alerts")

    # --- after a write -------------------------------------------------------------------------------

    def _changed(self, referral_id: int | None = None) -> None:
        """Something was saved here: refresh the lists and let the scheduler arm the next deadline."""
        self.scheduler.check_now()
        caseload = self.window.current_page()
        if caseload is not None and hasattr(caseload, "reload"):
            caseload.reload()
        if referral_id is not None and referral_id in self.records:
            self.records[referral_id].record.reload()

    # --- referrals -----------------------------------------------------------------------------------

    def open_referral(self, referral_id: int) -> RecordWindow:
        window = self.records.get(referral_id)
        if window is None:
            window = RecordWindow(self.ctx, self.actor, referral_id)
            window.record.changed.connect(self._changed)
            window.record.open_referral_requested.connect(self.open_referral)
            window.destroyed.connect(lambda _obj=None, rid=referral_id: self.records.pop(rid, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.records[referral_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def choose_new_referral(self) -> None:
        """Ctrl+N: the form for the one referral source there is, or a menu of sources to choose from."""
        from .intake import intake_choices

        choices = intake_choices(self.ctx.pathways)
        if len(choices) == 1:
            self.new_referral(choices[0])
            return
        menu = QMenu(self.window)
        menu.setAccessibleName(tr("New referral from"))
        for choice in choices:
            menu.addAction(choice.text, lambda c=choice: self.new_referral(c))
        menu.exec(QCursor.pos() if self.window.underMouse() else self.window.mapToGlobal(
            self.window.rect().center()))

    def new_referral(self, choice: IntakeChoice):
        from .intake import open_intake

        dialog = open_intake(self.ctx, self.actor, choice.pathway, choice.source, parent=self.window)
        dialog.created.connect(self._referral_created)
        return dialog

    def _referral_created(self, detail) -> None:
        self._changed()
        self.open_referral(detail.id)

    def record_event(self, referral_id: int) -> None:
        """Ctrl+E on a list: load the referral in the background, then the record-event form."""
        if referral_id in self.records:
            self.records[referral_id].record.record_action.trigger()
            return
        from casework.services import referrals

        self._task = run_in_background(lambda: referrals.get_referral(self.ctx, self.actor, referral_id, view="event_form"),
                                       self._show_event_dialog, self._load_failed)

    def _show_event_dialog(self, detail) -> EventDialog:
        from .event_dialog import EventDialog

        dialog = EventDialog(self.ctx, self.actor, detail, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda rid=detail.id: self._changed(rid))
        dialog.open()
        return dialog

    def _load_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(error_text(error), 10_000)


def _page(module: str, name: str) -> type:
    """A page class from its module in ``ui``, imported on first use."""
    return getattr(import_module(f"{__package__}.{module}"), name)


def build_workspace(window: MainWindow, ctx: Context, actor: Actor, settings: Settings | None) -> Workspace:
    return Workspace(window, ctx, actor, settings)
