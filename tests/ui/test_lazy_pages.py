"""Start-up builds only the first screen: the other pages are made (and their modules imported) when
first shown, and the first sweep waits for the caseload's first rows (issue 9's cold-start target)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.ui.keyboard import WAIT, activate
from ui.main_window import MainWindow
from ui.qt import QApplication, QDialog, QEvent, QLabel, QMenu, QObject, QThreadPool, QWidget, Signal
from ui.workspace import build_workspace

# Modules only a page other than the caseload (or a later action) needs.
PAGE_MODULES = (
    "ui.reports_page", "ui.evidence_page", "ui.duplicates_page", "ui.followups_page", "ui.programmes_page",
    "ui.audit_view", "ui.administration", "ui.retention_page", "ui.team_board", "ui.breach_review",
    "ui.referral_record", "ui.intake", "ui.event_dialog",
    "casework.services.spreadsheet_import", "casework.services.bulk_intake", "casework.services.matching",
    "casework.services.evaluation",
    "casework.store.backup", "rapidfuzz", "jellyfish", "openpyxl", "reportlab",
)


class _WindowsShown(QObject):
    """Every top-level widget shown while installed on the application (dialogs and menus aside)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and not isinstance(watched, (MainWindow, QDialog, QMenu)) and not watched.inherits("QTipLabel"):
            self.shown.append(f"{type(watched).__name__} {watched.accessibleName() or watched.objectName()}")
        return False


@pytest.fixture
def desktop(qtbot, ctx, world, settings):
    opened = []

    def open_as(actor):
        window = MainWindow(ctx, actor, settings=settings)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, actor, settings)
        opened.append(workspace)
        return window, workspace

    yield open_as
    for workspace in opened:
        workspace.shutdown()
    QThreadPool.globalInstance().waitForDone(WAIT)


def test_importing_the_desktop_leaves_every_other_page_and_its_libraries_unimported():
    code = ("import json, sys; import ui.app, ui.workspace, ui.main_window; "
            f"print(json.dumps(sorted(m for m in {PAGE_MODULES!r} if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_pages_are_made_when_first_shown_and_then_kept(qtbot, world, desktop):
    window, _workspace = desktop(world.manager)
    assert window.built_page_keys() == ["caseload", "alerts"]
    keys = window.page_keys()
    assert {"breaches", "team", "reports", "audit", "followups", "programmes", "evidence", "duplicates"} <= set(keys)
    window.show()
    window.show_page("reports")
    reports = window.current_page()
    assert type(reports).__name__ == "ReportsPage"
    assert reports.accessibleName() and "reports" in window.built_page_keys()
    assert window.page("reports") is reports and window.stack.indexOf(reports) == keys.index("reports")
    assert window.stack.count() == len(keys)  # the stand-in is gone, not beside it
    # Asking for a page by key makes it too (tests and the list export ask like that), in its place.
    duplicates = window.page("duplicates")
    assert window.stack.indexOf(duplicates) == keys.index("duplicates")
    assert window.current_page() is reports


def test_a_page_made_later_is_wired_to_the_window_like_one_added_built(qtbot, world, desktop):
    class Page(QLabel):
        open_referral = Signal(int)
        message = Signal(str)
        selection_changed = Signal(object)

        def __init__(self) -> None:
            super().__init__("later")
            self.reloads = 0

        @property
        def started(self) -> bool:
            return bool(self.reloads)

        def reload(self) -> None:
            self.reloads += 1

        def selected_referral_id(self) -> int:
            return 7

    made = []
    window, _workspace = desktop(world.team_lead)
    window.add_page("later", "Later", lambda: made.append(Page()) or made[-1])
    assert made == []
    window.show()
    opened = []
    window.open_referral_requested.connect(opened.append)
    window.show_page("later")
    (page,) = made
    assert window.current_page() is page and page.reloads == 1  # loaded on first show, as before
    page.open_referral.emit(12)
    page.message.emit("hello")
    page.selection_changed.emit(7)
    assert opened == [12] and window.statusBar().currentMessage() == "hello"
    assert window.record_event_action.isEnabled()
    window.show_page("caseload")
    window.show_page("later")
    assert made == [page] and page.reloads == 1  # shown again: the same page, not made (or loaded) again


def test_closing_the_window_makes_no_page_that_was_never_shown(qtbot, world, desktop):
    window, _workspace = desktop(world.manager)
    window.show()
    window.close()
    assert window.built_page_keys() == ["caseload", "alerts"]


def test_making_a_page_shows_no_window_of_its_own_and_keeps_the_focus(qtbot, world, desktop):
    """A page that called setVisible(True) on a widget with no parent yet flashed it as a window of
    its own, which took the focus from the main window once pages were made after it was shown."""
    for actor in (world.caseworker, world.team_lead, world.manager, world.admin):
        window, _workspace = desktop(actor)
        activate(qtbot, window)
        spy = _WindowsShown()
        QApplication.instance().installEventFilter(spy)
        try:
            for key in window.page_keys():
                window.show_page(key)
                QThreadPool.globalInstance().waitForDone(WAIT)
                qtbot.wait(10)
        finally:
            QApplication.instance().removeEventFilter(spy)
        assert spy.shown == [], (actor.username, spy.shown)
        assert QApplication.activeWindow() is window, actor.username
        window.close()


def test_the_first_sweep_and_the_alerts_wait_for_the_caseloads_first_rows(qtbot, world, desktop, samples):
    window, workspace = desktop(world.team_lead)
    started = []
    workspace.scheduler.start = lambda: started.append("sweep")
    workspace.alerts.reload = lambda: started.append("alerts")
    window.show()
    window.reload()
    assert window.caseload.model.loading
    workspace.start()
    assert started == []  # not while the caseload's first rows load
    qtbot.waitUntil(lambda: started == ["sweep", "alerts"], timeout=WAIT)
    assert window.caseload.model.rowCount() > 0
    window.caseload.model.loaded.emit(4)  # a later load starts nothing again
    qtbot.wait(20)
    assert started == ["sweep", "alerts"]


def test_the_first_sweep_starts_at_once_when_nothing_is_loading(qtbot, world, desktop):
    window, workspace = desktop(world.admin)  # no caseload at all
    started = []
    workspace.scheduler.start = lambda: started.append("sweep")
    workspace.start()
    assert started == ["sweep"]
