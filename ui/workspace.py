"""The signed-in user's workspace: the main window's pages for their role, and the wiring between them.

The main window knows pages and shortcuts; this module decides which pages a role gets and connects
them: "New referral" opens the intake form for a source, Ctrl+E records an event on the selected
referral, opening a referral from any page shows its record in a window of its own, and the SLA
scheduler's sweeps feed the alert centre, the badge and the tray. After every write made here the
scheduler is asked to look again, so a new deadline is armed at once.
"""

from __future__ import annotations

from casework.services import audit, referrals
from casework.services.actor import Actor, allowed
from casework.services.context import Context
from casework.store.models import Role

from .administration import AdministrationPage
from .alerts import AlertBadge, AlertCentre
from .audit_view import AuditPage
from .breach_review import BreachReviewPage
from .database_actions import BackupAction
from .import_wizard import ImportReferralsAction
from .list_export import ExportListAction
from .duplicates_page import DuplicatesPage
from .event_dialog import EventDialog
from .evidence_page import EvidencePage, evidence_roles
from .followups_page import FollowUpsPage
from .idle_lock import IdleLock
from .intake import IntakeChoice, intake_choices, open_intake
from .main_window import MainWindow
from .notifier import AlertNotifier
from .programmes_page import ProgrammesPage
from .qt import QCursor, QMainWindow, QMenu, QObject, Qt, QThreadPool, QWidget
from .referral_record import ReferralRecord
from .reports_page import ReportsPage
from .retention_page import RetentionPage
from .scheduler import SlaScheduler
from .settings import IDLE_LOCK_MINUTES, Settings
from .tasks import Task, run_in_background
from .team_board import TeamBoardPage
from .wording import error_text, tr

RECORD_WINDOW_SIZE = (1280, 820)


class RecordWindow(QMainWindow):
    """One referral's record in a window of its own, so several can be open beside the caseload."""

    def __init__(self, ctx: Context, actor: Actor, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.scheduler = (SlaScheduler.from_settings(ctx, settings, parent=window) if settings is not None
                          else SlaScheduler(ctx, parent=window))
        self.alerts = AlertCentre(ctx, actor, scheduler=self.scheduler)
        if actor.has_case_role:
            window.add_page("alerts", tr("Alerts"), self.alerts)
            window.add_page("breaches", tr("Breach review"),
                            BreachReviewPage(ctx, actor, scheduler=self.scheduler))
            if actor.role in (Role.TEAM_LEAD, Role.MANAGER):
                window.add_page("team", tr("Team board"), TeamBoardPage(ctx, actor, scheduler=self.scheduler))
            window.add_page("reports", tr("Reports"), ReportsPage(ctx, actor, settings=settings))
        if actor.is_admin:
            # An administrator without a case role sees only these pages: no case content at all.
            window.add_page("administration", tr("Administration"), AdministrationPage(ctx, actor))
            window.add_page("retention", tr("Data retention"), RetentionPage(ctx, actor))
        if audit.may_read(actor):
            window.add_page("audit", tr("Audit trail"), AuditPage(ctx, actor))
        window.add_page("followups", tr("Follow-ups"), FollowUpsPage(ctx, actor))
        window.add_page("programmes", tr("Group programmes"), ProgrammesPage(ctx, actor))
        if actor.role in evidence_roles():
            window.add_page("evidence", tr("Evidence"), EvidencePage(ctx, actor))
        if allowed(actor, "review_duplicates"):
            window.add_page("duplicates", tr("Duplicate people"), DuplicatesPage(ctx, actor))
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

    # --- start and stop ------------------------------------------------------------------------------

    def start(self) -> None:
        self.scheduler.start()
        if self.actor.has_case_role:
            self.alerts.reload()

    def shutdown(self) -> None:
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
        self._task = run_in_background(lambda: referrals.get_referral(self.ctx, self.actor, referral_id, view="event_form"),
                                       self._show_event_dialog, self._load_failed)

    def _show_event_dialog(self, detail) -> EventDialog:
        dialog = EventDialog(self.ctx, self.actor, detail, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda rid=detail.id: self._changed(rid))
        dialog.open()
        return dialog

    def _load_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(error_text(error), 10_000)


def build_workspace(window: MainWindow, ctx: Context, actor: Actor, settings: Settings | None) -> Workspace:
    return Workspace(window, ctx, actor, settings)
