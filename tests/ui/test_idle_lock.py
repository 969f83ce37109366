"""The window lock and the password dialogs: locking hides every name and keeps every form; only the
signed-in user's password unlocks (failures count toward lock-out); someone else may sign out."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from casework.services import signin
from ui import settings as options
from ui.field_widgets import FormDialog
from ui.idle_lock import IdleLock
from ui.intake import IntakeDialog
from ui.main_window import MainWindow
from ui.password_dialog import PasswordDialog
from ui.qt import QAbstractItemView, QApplication, QLabel, QLineEdit, QModelIndex, Qt
from ui.workspace import build_workspace

from ..conftest import PASSWORD
from .caseload_helpers import wait_loaded
from .test_intake import open_form, type_person

# Grabs to look at; not docs/screenshots/ (`make screenshots` owns those), so a test run leaves the tree clean.
SHOTS = Path(tempfile.gettempdir()) / "casework-test-screens"


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    """Closing a form with typing in it asks before discarding; a test's teardown answers yes."""
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


@pytest.fixture
def window(qtbot, ctx, world, samples, settings):
    win = MainWindow(ctx, world.team_lead, settings=settings)
    qtbot.addWidget(win)
    win.resize(1100, 620)
    win.show()
    win.reload()
    wait_loaded(qtbot, win.caseload.model)
    yield win
    win.caseload.shutdown()


def visible_texts(widget) -> str:
    """Everything a person could read on screen in and over the window."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for label in top.findChildren(QLabel):
            if label.isVisible():
                texts.append(label.text())
        for edit in top.findChildren(QLineEdit):
            if edit.isVisible() and edit.echoMode() == QLineEdit.EchoMode.Normal:
                texts.append(edit.text())
        for view in top.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None:
                model = view.model()
                try:
                    columns = model.columnCount(QModelIndex())
                except TypeError:  # a list model: one column
                    columns = 1
                for row in range(min(model.rowCount(QModelIndex()), 50)):
                    for column in range(columns):
                        texts.append(str(model.index(row, column).data() or ""))
        texts.append(top.windowTitle())
    return "\n".join(texts)


def unlock_with(qtbot, lock: IdleLock, password: str) -> None:
    lock.screen.password_edit.setText(password)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock._task is not None and lock._task.done, timeout=5000)


def test_the_window_locks_after_the_idle_time_hiding_names_and_keeping_an_open_form(qtbot, ctx, world, window):
    # GIVEN the caseload on screen and an intake form with a name typed into it
    assert "Jayden" in visible_texts(window)
    form = open_form(qtbot, ctx, world.team_lead, "act_now", "custody")
    type_person(qtbot, form, "Zebedee", "Quinlan", "01/02/2011")
    lock = IdleLock(window, ctx, world.team_lead, interval_ms=300)
    # WHEN nobody touches anything for the idle time
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    # THEN no name is on screen: the pages are out of the window, the form is hidden, the menus are gone
    assert lock.is_locked and window.centralWidget() is lock.screen and lock.screen.isVisible()
    shown = visible_texts(window)
    assert "Casework is locked" in shown and "Signed in as Terry Lead (tl)" in shown
    assert lock.screen.password_edit.isVisible()
    for name in ("Jayden", "Okafor", "Zebedee", "Quinlan"):
        assert name not in shown
    assert not form.isVisible() and not window.menuBar().isVisible()
    assert not window.new_referral_action.isEnabled()  # no shortcut works behind the lock
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "lock-screen.png"))
    # WHEN the signed-in user gives their password
    unlock_with(qtbot, lock, PASSWORD)
    # THEN everything is back as it was, the typing included
    assert not lock.is_locked and window.centralWidget() is not None and "Jayden" in visible_texts(window)
    assert form.isVisible() and form.person_fields.given_edit.text() == "Zebedee"
    assert window.new_referral_action.isEnabled() and window.menuBar().isVisible()
    lock.stop()


def test_input_keeps_the_window_unlocked(qtbot, ctx, world, window):
    lock = IdleLock(window, ctx, world.team_lead, interval_ms=600)
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.caseload.table, Qt.Key.Key_Down)
    assert not lock.is_locked  # 1.2 s went by, but never 0.6 s without a key
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    lock.stop()


def test_a_wrong_password_is_refused_and_five_lock_the_account(qtbot, ctx, world, window):
    lock = IdleLock(window, ctx, world.team_lead, interval_ms=60_000)
    lock.lock()
    unlock_with(qtbot, lock, "not-the-password")
    assert lock.is_locked
    assert "not the password of Terry Lead" in lock.screen.error_label.text()
    assert lock.screen.password_edit.text() == ""
    for _ in range(4):
        unlock_with(qtbot, lock, "not-the-password")
    assert "locked after repeated failed sign-ins until" in lock.screen.error_label.text()
    assert "sign out" in lock.screen.error_label.text()
    # Locked out: even the right password waits for the lock to end (or an administrator).
    unlock_with(qtbot, lock, PASSWORD)
    assert lock.is_locked
    signin.unlock_user(ctx, world.admin, "tl")
    unlock_with(qtbot, lock, PASSWORD)
    assert not lock.is_locked
    lock.stop()


def test_someone_else_cannot_unlock_but_may_sign_out(qtbot, ctx, world, window):
    lock = IdleLock(window, ctx, world.team_lead, interval_ms=60_000)
    lock.lock()
    assert "Signed in as Terry Lead (tl)" in "\n".join(label.text() for label in lock.screen.findChildren(QLabel))
    unlock_with(qtbot, lock, "casey-does-not-know-it")  # casey at the desk tries her own password
    assert lock.is_locked
    with qtbot.waitSignal(lock.sign_out_requested, timeout=2000):
        qtbot.mouseClick(lock.screen.sign_out_button, Qt.MouseButton.LeftButton)
    lock.stop()


def test_the_workspace_takes_the_idle_time_from_the_settings(qtbot, ctx, world, settings):
    assert options.IDLE_LOCK_MINUTES.default == 10
    settings.set(options.IDLE_LOCK_MINUTES, 3)
    win = MainWindow(ctx, world.caseworker, settings=settings)
    qtbot.addWidget(win)
    workspace = build_workspace(win, ctx, world.caseworker, settings)
    assert workspace.lock.interval_ms == 3 * 60_000
    win.lock_action.trigger()
    assert workspace.lock.is_locked
    workspace.shutdown()
    win.caseload.shutdown()


# --- the password dialog ------------------------------------------------------------------------------

@pytest.fixture
def password_dialog(qtbot, ctx, world):
    dlg = PasswordDialog(ctx, world.caseworker)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def submit(qtbot, dlg: PasswordDialog) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)


def fill(dlg: PasswordDialog, old: str, new: str, confirm: str | None = None) -> None:
    dlg.old_edit.setText(old)
    dlg.new_edit.setText(new)
    dlg.confirm_edit.setText(new if confirm is None else confirm)


def test_a_short_new_password_is_refused_under_its_field(qtbot, password_dialog):
    fill(password_dialog, PASSWORD, "short")
    submit(qtbot, password_dialog)
    error = password_dialog.errors["new_password"]
    assert error.isVisible() and "at least 8 characters" in error.text()
    assert error.accessibleName() == "New password error"
    assert password_dialog.old_edit.text() == PASSWORD  # the rest is kept
    password_dialog.grab().save(str(SHOTS / "password-dialog.png"))


def test_confirmation_must_match(qtbot, password_dialog):
    fill(password_dialog, PASSWORD, "a-brand-new-password", "a-brand-new-passwerd")
    submit(qtbot, password_dialog)
    assert "not the same" in password_dialog.errors["confirm_new_password"].text()
    assert not password_dialog.saved


def test_a_wrong_current_password_is_named_and_nothing_changes(qtbot, ctx, password_dialog):
    fill(password_dialog, "not-the-password", "a-brand-new-password")
    submit(qtbot, password_dialog)
    assert "current password is not right" in password_dialog.errors["old_password"].text()
    assert signin.authenticate(ctx, "casey", PASSWORD).username == "casey"


def test_the_password_is_changed(qtbot, ctx, password_dialog):
    fill(password_dialog, PASSWORD, "a-brand-new-password")
    with qtbot.waitSignal(password_dialog.accepted, timeout=5000):
        qtbot.mouseClick(password_dialog.save_button, Qt.MouseButton.LeftButton)
    assert password_dialog.saved
    assert signin.authenticate(ctx, "casey", "a-brand-new-password").username == "casey"


def test_the_dialog_is_reachable_from_the_file_menu(qtbot, ctx, world, settings):
    win = MainWindow(ctx, world.caseworker, settings=settings)
    qtbot.addWidget(win)
    titles = [a.text() for a in win.file_menu.actions()]
    assert "Change &password…" in titles and "&Lock" in titles
    dialog = win.change_password()
    assert isinstance(dialog, PasswordDialog) and dialog.isVisible()
    dialog.reject()
    win.caseload.shutdown()
    assert not isinstance(dialog, IntakeDialog)


# --- intake: a possible match the user may not read ------------------------------------------------

def test_a_match_in_another_team_says_who_holds_them_and_nothing_more(qtbot, ctx, world):
    from datetime import date

    from casework.services import directory, matching, referrals
    from casework.services.people import PersonInput
    from ui.intake_matches import MatchCard

    directory.create_user(ctx, world.admin, "nav", PASSWORD, "caseworker", "Leeds Navigators", "Nia Navigator")
    nav = directory.authenticate(ctx, "nav", PASSWORD)
    referrals.create_referral(ctx, nav, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", site="lgi-ed", assigned_to="nav",
        person=PersonInput("Aisha", "Rahman", date(2007, 12, 12), postcode="LS1 4AP", nhs_number="943 476 5919")))
    [match] = matching.possible_matches(ctx, world.caseworker, given_name="Aisha", family_name="Rahman",
                                        date_of_birth=date(2007, 12, 12))
    card = MatchCard(match, date(2026, 6, 15), "act_now")
    qtbot.addWidget(card)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Known to Leeds Navigators, with an open referral" in texts
    assert "LS1 4AP" not in texts and "943" not in texts and "A&E" not in texts
