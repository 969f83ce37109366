"""Every main workflow with the keyboard alone: key presses delivered where the focus is, Tab to move,
shortcuts and Alt+letters to act. No mouse click anywhere, and no widget method called to act.

(Qt's own file chooser and the system PDF viewer are outside the app: the reports page is handed the
file name a person would type there, and the viewer is recorded instead of started.)

Each workflow runs in English and in Welsh: the Alt+letters pressed are the ones the buttons and labels
show in that language (keyboard.alt_for), not letters fixed in the test.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import referrals, sla
from tests.core.factories import act_now, young_person
from ui.alerts import AlertCentre
from ui.breach_review import BreachReviewPage
from ui.event_dialog import EventDialog
from ui.field_widgets import FormDialog
from ui.intake import IntakeDialog, intake_choices
from ui.main_window import MainWindow
from ui.qt import QApplication, QComboBox, QMenu, QTableView, QThreadPool, Qt, QTimer
from ui.reports_page import ReportsPage
from ui.sign_in_dialog import SignInDialog
from ui.workspace import build_workspace

from ..conftest import PASSWORD
from .accessibility import controls, mnemonic_clashes
from .keyboard import WAIT, activate, alt_for, focused, press, shortcut, tab_until
from .welsh import in_language


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


@pytest.fixture(params=["en", "cy"])
def language(request, qapp, ctx):
    with in_language(qapp, ctx, request.param):
        yield request.param


@pytest.fixture
def desktop(qtbot, ctx, world, settings, language):
    """Sign in with the keyboard, then the signed-in user's window with its workspace."""
    opened = []

    def sign_in_as(username: str):
        dialog = SignInDialog(ctx, database="test")
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        assert focused() is dialog.username_edit  # the first field has the focus
        qtbot.keyClicks(focused(), username)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.password_edit
        qtbot.keyClicks(focused(), PASSWORD)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.actor is not None, timeout=WAIT)
        window = MainWindow(ctx, dialog.actor, settings=settings)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, dialog.actor, settings)
        window.reload()
        activate(qtbot, window)
        opened.append(workspace)
        return window, workspace

    yield sign_in_as
    for workspace in opened:
        workspace.shutdown()
    QThreadPool.globalInstance().waitForDone(WAIT)


def go_to_page(qtbot, window, key: str):
    """Ctrl+<n>, the page's number in the navigation list; past the ninth, Down in the list."""
    number = window.page_keys().index(key) + 1
    shortcut(qtbot, f"Ctrl+{min(number, 9)}")
    if number > 9:
        if focused() is not window.navigation:
            tab_until(qtbot, lambda w: w is window.navigation)
        for _ in range(number - 9):
            press(qtbot, Qt.Key.Key_Down)
    assert window.current_page_key() == key
    return window.page(key)


def tab_to_table(qtbot, page) -> QTableView:
    focused_table = tab_until(qtbot, lambda w: isinstance(w, QTableView) and page.isAncestorOf(w))
    return focused_table


def wait_for_rows(qtbot, table: QTableView, n: int = 1) -> None:
    qtbot.waitUntil(lambda: table.model().rowCount() >= n, timeout=WAIT)


def first_row(qtbot, table: QTableView) -> None:
    """Down onto the list (selecting a row as the cursor moves), then Up to its first row."""
    assert focused() is table
    press(qtbot, Qt.Key.Key_Down)
    while table.currentIndex().row() > 0:
        press(qtbot, Qt.Key.Key_Up)
    if not table.selectionModel().isRowSelected(0, table.rootIndex()):
        press(qtbot, Qt.Key.Key_Space)  # a list that allows several rows: Space selects the current one
    assert table.currentIndex().row() == 0 and table.selectionModel().isRowSelected(0, table.rootIndex())


def test_a_caseworker_signs_in_opens_a_referral_records_an_event_and_acknowledges_an_alert(
        qtbot, ctx, world, clock, desktop):
    detail = act_now(ctx, world.caseworker, person=young_person(given_name="Reece"))
    clock.advance(timedelta(minutes=95))
    sla.run_sweep(ctx)  # the custody attendance is overdue: an alert for casey
    window, workspace = desktop("casey")

    # the caseload: Ctrl+1, Ctrl+F to the search box, Tab to the table, Down to the row, Enter opens it
    caseload = go_to_page(qtbot, window, "caseload")
    shortcut(qtbot, "Ctrl+F")
    assert focused() is caseload.search_edit
    table = tab_to_table(qtbot, caseload)
    wait_for_rows(qtbot, table)
    first_row(qtbot, table)
    assert window.selected_referral_id() == detail.id
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.id in workspace.records, timeout=WAIT)
    record_window = workspace.records[detail.id]
    record = record_window.record
    qtbot.waitUntil(lambda: record.data is not None and not record.busy, timeout=WAIT)
    activate(qtbot, record_window)

    # the record: Ctrl+E opens the event form, the event chosen by typing, Enter saves
    record.timeline.setFocus()  # where the record puts the focus when it opens
    shortcut(qtbot, "Ctrl+E")
    dialog = QApplication.activeModalWidget() or record.findChild(EventDialog)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), EventDialog), timeout=WAIT)
    dialog = QApplication.activeWindow()
    assert focused() is dialog.kind_combo
    while dialog.kind != "custody_attended":
        before = dialog.kind_combo.currentIndex()
        press(qtbot, Qt.Key.Key_Down)
        assert dialog.kind_combo.currentIndex() != before, "custody attended is not offered"
    with qtbot.waitSignal(record.loaded, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)
    kinds = [e.kind for e in referrals.get_referral(ctx, world.caseworker, detail.id).events]
    assert "custody_attended" in kinds

    # the alert: back to the main window, Ctrl+2 to the alerts, Tab to the list, Alt+K acknowledges
    activate(qtbot, window)
    centre: AlertCentre = go_to_page(qtbot, window, "alerts")
    table = tab_to_table(qtbot, centre)
    wait_for_rows(qtbot, table)
    first_row(qtbot, table)
    assert centre.selected_alerts()
    alert_id = centre.selected_alerts()[0].id
    shortcut(qtbot, alt_for(centre.acknowledge_button))  # Alt+K in English
    qtbot.waitUntil(lambda: not centre.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: {a.id: a for a in sla.list_alerts(ctx, world.caseworker)}[alert_id].acknowledged_at
                    is not None, timeout=WAIT)
    assert not mnemonic_clashes(window), mnemonic_clashes(window)


def test_a_team_lead_reviews_a_breach_with_the_keyboard(qtbot, ctx, world, clock, desktop):
    detail = act_now(ctx, world.caseworker, person=young_person(given_name="Bea"))
    clock.advance(timedelta(minutes=95))
    sla.run_sweep(ctx)
    breach = sla.list_breaches(ctx, world.team_lead)[0]
    sla.give_breach_reason(ctx, world.caseworker, breach.id, "custody_access_delayed", "Kept waiting 40 minutes")
    window, _workspace = desktop("tl")

    page: BreachReviewPage = go_to_page(qtbot, window, "breaches")
    table = tab_to_table(qtbot, page)
    wait_for_rows(qtbot, table)
    first_row(qtbot, table)
    assert page.model.breach(table.currentIndex().row()).referral_id == detail.id
    assert not mnemonic_clashes(window), mnemonic_clashes(window)
    shortcut(qtbot, alt_for(page.comment_edit))  # the comment box (Alt+C in English)
    assert focused() is page.comment_edit
    qtbot.keyClicks(focused(), "Checked with the custody sergeant")
    shortcut(qtbot, alt_for(page.accept_button))  # Accept reason (Alt+A)
    qtbot.waitUntil(lambda: sla.list_breaches(ctx, world.team_lead)[0].review_state == "accepted", timeout=WAIT)


def test_a_manager_prints_a_caseload_summary_with_the_keyboard(qtbot, ctx, world, desktop, tmp_path, samples):
    window, _workspace = desktop("morgan")
    page: ReportsPage = go_to_page(qtbot, window, "reports")
    target = tmp_path / "caseload.pdf"
    page._choose_file = lambda suggested: str(target)  # the name typed into Qt's file chooser
    opened = []
    page.open_url = lambda url: opened.append(url.toLocalFile()) or True
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=WAIT)
    assert not mnemonic_clashes(window), mnemonic_clashes(window)

    shortcut(qtbot, alt_for(page.kind_combo))  # the report kind (Alt+R)
    assert isinstance(focused(), QComboBox) and focused() is page.kind_combo
    press(qtbot, Qt.Key.Key_Home)
    while page.kind_combo.currentData() != "caseload":
        before = page.kind_combo.currentIndex()
        press(qtbot, Qt.Key.Key_Down)
        assert page.kind_combo.currentIndex() != before, "no caseload summary offered"
    shortcut(qtbot, alt_for(page.generate_button))  # Alt+G
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT * 2)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert focused() is page.open_button  # the focus moves to what comes next
    shortcut(qtbot, alt_for(page.print_button))  # Print… (Alt+N) (a mnemonic clicks the button after its press animation)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=WAIT)


def test_a_new_referral_is_taken_in_with_the_keyboard(qtbot, ctx, world, desktop):
    window, workspace = desktop("casey")
    go_to_page(qtbot, window, "caseload")
    custody = next(c.text for c in intake_choices(ctx.pathways) if (c.pathway, c.source) == ("act_now", "custody"))

    # Ctrl+N: a menu of referral sources; Down to custody, Enter
    def choose_custody():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is not None and menu.activeAction().text() == custody:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, choose_custody)
    shortcut(qtbot, "Ctrl+N")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), IntakeDialog), timeout=WAIT)
    form: IntakeDialog = QApplication.activeWindow()
    qtbot.waitUntil(lambda: form.ready, timeout=WAIT)
    assert form.pathway.id == "act_now"
    assert not mnemonic_clashes(form), mnemonic_clashes(form)

    fields = form.person_fields
    tab_until(qtbot, lambda w: w is fields.given_edit)
    qtbot.keyClicks(focused(), "Sam")
    tab_until(qtbot, lambda w: w is fields.family_edit)
    qtbot.keyClicks(focused(), "Jones")
    tab_until(qtbot, lambda w: fields.dob_edit is w or fields.dob_edit.isAncestorOf(w))
    qtbot.keyClicks(focused(), "04/03/2010")
    offence = form.detail_inputs["offence"]
    tab_until(qtbot, lambda w: w is offence or offence.isAncestorOf(w))
    qtbot.keyClicks(focused(), "Possession of a bladed article")
    before = set(workspace.records)
    shortcut(qtbot, alt_for(form.save_button))  # Save referral (Alt+S)
    qtbot.waitUntil(lambda: bool(set(workspace.records) - before), timeout=WAIT)
    referral_id = (set(workspace.records) - before).pop()
    saved = referrals.get_referral(ctx, world.caseworker, referral_id)
    assert (saved.person.given_name, saved.person.family_name, saved.pathway) == ("Sam", "Jones", "act_now")


@pytest.mark.parametrize("language", ["en"], indirect=True)  # the order of the widgets is the same in Welsh
def test_tab_reaches_every_control_of_every_page_and_never_traps_the_focus(qtbot, ctx, world, desktop, samples):
    """From the page list, Tab visits every control of the page on show (date filters included) and
    comes back round: nothing is out of reach and nothing keeps the focus."""
    window, _workspace = desktop("morgan")
    problems = {}
    for key in window.page_keys():
        page = go_to_page(qtbot, window, key)
        QThreadPool.globalInstance().waitForDone(WAIT)
        qtbot.wait(30)
        wanted = {w for w in controls(page) if w.isVisibleTo(window) and w.isEnabled()}
        window.navigation.setFocus()
        visited = set()
        for _ in range(4 * len(wanted) + 10):
            press(qtbot, Qt.Key.Key_Tab)
            visited.add(focused())
            if focused() is window.navigation and visited >= wanted:
                break
        missing = wanted - visited
        if missing or focused() is not window.navigation:
            problems[key] = ([type(w).__name__ + " " + w.accessibleName() for w in missing],
                             f"focus ends on {type(focused()).__name__} {focused().accessibleName()!r}")
    assert not problems, problems
