"""Signing in: a failure never says which half was wrong, keeps the user name and clears the password."""

from __future__ import annotations

import pytest

from casework.services import directory
from ui.qt import QDialog, Qt
from ui.sign_in_dialog import SignInDialog
from ui.wording import SIGN_IN_FAILED

from ..conftest import PASSWORD


@pytest.fixture
def dialog(qtbot, ctx, world):
    dlg = SignInDialog(ctx, database="test.sqlite3")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def attempt(qtbot, dlg, username: str, password: str) -> None:
    dlg.username_edit.setText(username)
    dlg.password_edit.setText(password)
    dlg.submit()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)


def test_wrong_password_is_refused_without_saying_which_half_was_wrong(qtbot, dialog):
    attempt(qtbot, dialog, "casey", "not-the-password")
    message = dialog.error_label.text()
    assert message == SIGN_IN_FAILED
    assert not dialog.error_label.isHidden()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    # The user name stays; the password goes, and the cursor waits in it.
    assert dialog.username_edit.text() == "casey"
    assert dialog.password_edit.text() == ""
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()

    attempt(qtbot, dialog, "nobody-by-this-name", PASSWORD)
    assert dialog.error_label.text() == message  # an unknown user reads exactly the same
    lowered = message.lower()
    for giveaway in ("unknown user", "wrong password", "no such user", "incorrect password", "not found"):
        assert giveaway not in lowered


def test_the_right_password_signs_in(qtbot, dialog, world):
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        attempt(qtbot, dialog, "casey", PASSWORD)
    assert dialog.actor == world.caseworker
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""  # not kept in the widget once used


def test_a_failure_then_success(qtbot, dialog):
    attempt(qtbot, dialog, "CASEY ", "nope-nope-nope")
    assert dialog.error_label.has_error
    with qtbot.waitSignal(dialog.signed_in, timeout=5000) as signed_in:
        attempt(qtbot, dialog, dialog.username_edit.text(), PASSWORD)
    assert signed_in.args[0].username == "casey"


def test_enter_submits(qtbot, dialog):
    dialog.username_edit.setText("casey")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "casey"


def test_escape_cancels(qtbot, dialog):
    dialog.username_edit.setText("casey")
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.actor is None


def test_empty_fields_are_asked_for_without_a_lookup(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(directory, "authenticate", lambda *a: pytest.fail("should not be called"))
    dialog.submit()
    assert dialog.error_label.text() == "Enter your user name and password."
    assert not dialog.busy


def test_inputs_are_disabled_while_checking(qtbot, dialog):
    dialog.username_edit.setText("casey")
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    assert dialog.busy
    assert not dialog.sign_in_button.isEnabled() and not dialog.password_edit.isEnabled()
    dialog.submit()  # a second Enter while busy does nothing
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_cancelling_while_checking_drops_the_result(qtbot, dialog):
    dialog.username_edit.setText("casey")
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    task = dialog._task
    dialog.reject()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert dialog.actor is None and dialog.result() == QDialog.DialogCode.Rejected


def test_a_given_user_name_is_filled_in_and_the_password_has_focus(qtbot, ctx, world):
    dlg = SignInDialog(ctx, username="admin")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.username_edit.text() == "admin"
    assert dlg.focusWidget() is dlg.password_edit


def test_sign_in_is_the_default_button(dialog):
    assert dialog.sign_in_button.isDefault()
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert dialog.username_edit.accessibleName() == "User name"
    assert dialog.password_edit.accessibleName() == "Password"
