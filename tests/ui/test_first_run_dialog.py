"""First run: the administrator is created; errors name their field and keep what was typed."""

from __future__ import annotations

import pytest

from casework.services import directory
from ui.first_run_dialog import FirstRunDialog
from ui.qt import QDialog

from ..conftest import PASSWORD


@pytest.fixture
def dialog(qtbot, ctx):
    dlg = FirstRunDialog(ctx, database="test.sqlite3")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def fill(dlg, *, username=None, display_name="", password=PASSWORD, confirm=PASSWORD) -> None:
    if username is not None:
        dlg.username_edit.setText(username)
    dlg.display_name_edit.setText(display_name)
    dlg.password_edit.setText(password)
    dlg.confirm_edit.setText(confirm)


def submit(qtbot, dlg) -> None:
    dlg.submit()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)


def test_user_name_starts_as_admin(dialog):
    assert dialog.username_edit.text() == "admin"


def test_mismatched_confirmation_names_the_field_and_keeps_what_was_typed(qtbot, dialog, ctx):
    fill(dialog, username="ada.admin", display_name="Ada Admin", confirm=PASSWORD + "x")
    submit(qtbot, dialog)
    error = dialog.errors["confirm_password"]
    assert not error.isHidden()
    assert error.text().startswith("Confirm password:")
    assert "match" in error.text()
    assert dialog.username_edit.text() == "ada.admin"
    assert dialog.display_name_edit.text() == "Ada Admin"
    assert dialog.password_edit.text() == PASSWORD
    assert dialog.confirm_edit.text() == PASSWORD + "x"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not directory.has_users(ctx)
    # Only the field at fault carries an error.
    assert [f for f, label in dialog.errors.items() if label.has_error] == ["confirm_password"]


def test_short_password_names_the_password_field(qtbot, dialog, ctx):
    fill(dialog, password="short", confirm="short")
    submit(qtbot, dialog)
    assert dialog.field_error("password").startswith("Password:")
    assert "8 characters" in dialog.field_error("password")
    assert not directory.has_users(ctx)


def test_a_user_name_the_core_refuses_is_shown_under_the_user_name(qtbot, dialog, ctx):
    fill(dialog, username="9 lives")
    submit(qtbot, dialog)
    assert dialog.field_error("username").startswith("User name:")
    assert dialog.username_edit.text() == "9 lives"
    assert dialog.password_edit.text() == PASSWORD  # nothing typed is lost
    assert not directory.has_users(ctx)


def test_errors_clear_when_put_right(qtbot, dialog, ctx):
    fill(dialog, confirm="different-password")
    submit(qtbot, dialog)
    assert dialog.errors["confirm_password"].has_error
    fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert not any(label.has_error for label in dialog.errors.values())


def test_creates_the_administrator(qtbot, dialog, ctx):
    fill(dialog, username="ada", display_name="Ada Admin")
    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        dialog.submit()
    assert created.args[0].username == "ada"
    assert dialog.user is not None and dialog.user.role == "admin"
    assert dialog.result() == QDialog.DialogCode.Accepted
    actor = directory.authenticate(ctx, "ada", PASSWORD)
    assert (actor.display_name, actor.role.value) == ("Ada Admin", "admin")


def test_a_database_that_already_has_users_is_refused_in_words(qtbot, dialog, ctx, admin):
    fill(dialog, username="second")
    submit(qtbot, dialog)
    assert "already has users" in dialog.form_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
