"""The desktop's side of encryption and backup: the new-database choice, unlocking, the backup action."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from casework.store import encryption
from casework.store.encryption import DatabaseKey, FileState, file_state, load_from_keyring
from casework.store.engine import create_encrypted, make_engine
from casework.store.migrate import ensure_schema
from ui.app import main
from ui.database_actions import BackupAction
from ui.database_key_dialog import NewDatabaseDialog, UnlockDialog
from ui.first_run_dialog import FirstRunDialog
from ui.main_window import MainWindow
from ui.qt import QThreadPool
from ui.workspace import build_workspace

from ..conftest import ENGINE, TEST_KEYRING
from .test_app import _when_modal

pytestmark = pytest.mark.skipif(ENGINE != "sqlite", reason="the SQLite file's key")
PASSPHRASE = "correct horse battery staple"
WAIT = 10_000


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch):
    monkeypatch.delenv(encryption.PASSPHRASE_ENV, raising=False)


def _cancel(dialog) -> None:
    dialog.reject()


def test_a_new_database_is_encrypted_with_a_keyring_key_by_default(qapp, tmp_path):
    path = tmp_path / "casework.sqlite3"
    seen: list[str] = []
    _when_modal(NewDatabaseDialog, lambda d: d.submit(), seen)
    _when_modal(FirstRunDialog, _cancel, seen)
    assert main(["--db", f"sqlite:///{path}"]) == 0
    assert seen == ["NewDatabaseDialog", "FirstRunDialog"]
    assert file_state(path) is FileState.ENCRYPTED and load_from_keyring(path) is not None


def test_a_new_database_with_a_passphrase_then_unlocking_it_asks_again_and_refuses_a_wrong_one(qapp, tmp_path):
    path = tmp_path / "casework.sqlite3"
    url = f"sqlite:///{path}"
    seen: list[str] = []

    def choose_passphrase(dialog: NewDatabaseDialog) -> None:
        dialog.passphrase_radio.setChecked(True)
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.confirm_edit.setText(PASSPHRASE)
        dialog.submit()

    _when_modal(NewDatabaseDialog, choose_passphrase, seen)
    _when_modal(FirstRunDialog, _cancel, seen)
    assert main(["--db", url]) == 0
    assert file_state(path) is FileState.ENCRYPTED and load_from_keyring(path) is None

    attempts: list[str] = []

    def unlock(dialog: UnlockDialog) -> None:
        if not attempts:
            dialog.passphrase_edit.setText("not the passphrase")
            attempts.append("wrong")
            dialog.submit()
            _when_modal(UnlockDialog, unlock, seen)  # it stays open and says why
            return
        attempts.append(dialog.error_label.text())
        assert dialog.isVisible() and dialog.passphrase_edit.text() == ""
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.submit()

    seen.clear()
    _when_modal(UnlockDialog, unlock, seen)
    _when_modal(FirstRunDialog, _cancel, seen)
    assert main(["--db", url]) == 0
    assert seen == ["UnlockDialog", "UnlockDialog", "FirstRunDialog"]
    assert attempts[1] == "That passphrase does not open this database. Check it and try again."


def test_the_new_database_dialog_names_a_short_or_mismatched_passphrase(qtbot):
    dialog = NewDatabaseDialog(keyring_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase_radio.isChecked() and not dialog.keyring_radio.isEnabled()
    dialog.passphrase_edit.setText("short")
    dialog.submit()
    assert dialog.result() == 0 and "at least 12 characters" in dialog.passphrase_error.text()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE + "!")
    dialog.submit()
    assert "does not match" in dialog.confirm_error.text() and dialog.key is None
    assert dialog.passphrase_edit.text() == PASSPHRASE  # nothing typed is lost
    dialog.encrypt_check.setChecked(False)
    assert not dialog.passphrase_form.isVisible()
    dialog.submit()
    assert dialog.key is None and dialog.result() == 1


def test_without_a_keyring_the_new_database_needs_a_passphrase(qapp, tmp_path):
    keyring.set_keyring(fail.Keyring())
    try:
        path = tmp_path / "casework.sqlite3"
        seen: list[str] = []
        states: list[bool] = []

        def look_and_cancel(dialog: NewDatabaseDialog) -> None:
            states.append(dialog.uses_passphrase)
            dialog.reject()

        _when_modal(NewDatabaseDialog, look_and_cancel, seen)
        assert main(["--db", f"sqlite:///{path}"]) == 0
        assert states == [True] and not path.exists()
    finally:
        keyring.set_keyring(TEST_KEYRING)


def test_the_smoke_check_refuses_a_locked_database_without_a_traceback(qapp, tmp_path, capsys):
    path = tmp_path / "casework.sqlite3"
    engine = create_encrypted(f"sqlite:///{path}", DatabaseKey.from_passphrase(PASSPHRASE))
    ensure_schema(engine)
    engine.dispose()
    assert main(["--db", f"sqlite:///{path}", "--offscreen-smoke"]) == 2
    err = capsys.readouterr().err
    assert "encrypted" in err and "Traceback" not in err


def test_an_administrator_backs_up_from_the_file_menu(qtbot, ctx, world, settings, tmp_path):
    window = MainWindow(ctx, world.admin, settings=settings)
    qtbot.addWidget(window)
    workspace = build_workspace(window, ctx, world.admin, settings)
    action = workspace.backup
    assert action.action in window.file_menu.actions() and action.action.isVisible()
    target = tmp_path / "backup.sqlite3"
    told: list[str] = []
    action.choose_file = lambda: str(target)
    action.inform = lambda title, text: told.append(text)
    action.warn = lambda title, text: told.append("WARN " + text)
    action.action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    assert told[0].startswith("The database was copied to") and str(target) in told[0]
    copy = make_engine(f"sqlite:///{target}")
    with copy.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("SELECT count(*) FROM app_user").scalar() == 4
    copy.dispose()
    workspace.shutdown()
    QThreadPool.globalInstance().waitForDone(WAIT)


def test_the_backup_action_is_for_administrators_only(qtbot, ctx, world, settings):
    window = MainWindow(ctx, world.caseworker, settings=settings)
    qtbot.addWidget(window)
    action = BackupAction(window, ctx, world.caseworker)
    assert not action.action.isVisible()
