"""Start-up: the smoke check, errors that stop the app, and the whole first-run → sign-in → window path."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from casework.services import directory
from ui import app as app_module
from ui.app import main, parse_args
from ui.first_run_dialog import FirstRunDialog
from ui.main_window import MainWindow
from ui.qt import QApplication, QTimer
from ui.sign_in_dialog import SignInDialog

from ..conftest import PASSWORD

UI_DIR = Path(app_module.__file__).parent


def test_offscreen_smoke_returns_zero(qapp, db_url, capsys):
    assert main(["--db", db_url, "--offscreen-smoke"]) == 0
    out = capsys.readouterr().out
    assert "smoke check ok" in out and "3 pathways" in out


def test_offscreen_smoke_creates_a_new_database(qapp, empty_db_url, capsys):
    assert main(["--db", empty_db_url, "--offscreen-smoke"]) == 0
    assert "no users yet" in capsys.readouterr().out


def test_db_comes_from_the_environment_when_not_given(qapp, db_url, monkeypatch, capsys):
    monkeypatch.setenv("CASEWORK_DB", db_url)
    assert main(["--offscreen-smoke"]) == 0
    assert parse_args([]).db is None


@pytest.fixture
def broken_pathways(tmp_path, monkeypatch):
    folder = tmp_path / "pathways"
    folder.mkdir()
    (folder / "knife_crime.toml").write_text('id = "knife_crime"\nlabel = "Knife crime"\n', encoding="utf-8")
    monkeypatch.setenv("CASEWORK_PATHWAYS_DIR", str(folder))
    return folder / "knife_crime.toml"


def test_a_broken_pathway_file_stops_the_app_with_a_message_naming_it(qapp, db_url, broken_pathways, monkeypatch):
    shown = []
    monkeypatch.setattr(app_module, "show_startup_error", lambda title, body: shown.append((title, body)))
    assert main(["--db", db_url]) != 0
    (title, body), = shown
    assert title == "Casework cannot start"
    assert "knife_crime.toml" in body


def test_smoke_reports_a_broken_pathway_file_on_stderr(qapp, db_url, broken_pathways, capsys):
    assert main(["--db", db_url, "--offscreen-smoke"]) != 0
    assert "knife_crime.toml" in capsys.readouterr().err


def test_a_database_newer_than_the_app_is_refused(qapp, empty_db_url, monkeypatch):
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('ffffffffffff')"))
    engine.dispose()
    shown = []
    monkeypatch.setattr(app_module, "show_startup_error", lambda title, body: shown.append(body))
    assert main(["--db", empty_db_url]) == 1
    assert "newer than this version of Casework" in shown[0]


def _when_modal(kind, action, seen: list) -> None:
    """Run ``action`` on the first modal dialog of type ``kind`` once it is open."""
    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and not widget.busy:
            seen.append(kind.__name__)
            action(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _when_window(action, seen: list) -> None:
    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            seen.append("MainWindow")
            action(windows[0])
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _fill_first_run(dialog: FirstRunDialog) -> None:
    dialog.password_edit.setText(PASSWORD)
    dialog.confirm_edit.setText(PASSWORD)
    dialog.submit()


def test_first_run_creates_the_admin_then_cancelling_sign_in_exits_zero(qapp, ctx, db_url):
    seen: list[str] = []
    _when_modal(FirstRunDialog, _fill_first_run, seen)

    def cancel(dialog: SignInDialog) -> None:
        assert dialog.username_edit.text() == "admin"  # carried over from the first-run dialog
        dialog.reject()
    _when_modal(SignInDialog, cancel, seen)
    assert main(["--db", db_url]) == 0
    assert seen == ["FirstRunDialog", "SignInDialog"]
    assert directory.authenticate(ctx, "admin", PASSWORD).role.value == "admin"


def test_sign_in_opens_the_main_window_and_quitting_exits_zero(qapp, ctx, world, db_url, _isolated_qsettings):
    seen: list[str] = []
    titles: list[str] = []

    def sign_in(dialog: SignInDialog) -> None:
        dialog.username_edit.setText("casey")
        dialog.password_edit.setText(PASSWORD)
        dialog.submit()

    def look_and_quit(window: MainWindow) -> None:
        titles.append(window.windowTitle())
        window.quit_action.trigger()

    _when_modal(SignInDialog, sign_in, seen)
    _when_window(look_and_quit, seen)
    assert main(["--db", db_url]) == 0
    assert seen == ["SignInDialog", "MainWindow"]
    assert titles == ["Casework — Casey Worker (Caseworker)"]
    # The window's place was saved to the user's settings (here: this test's folder).
    assert list(_isolated_qsettings.rglob("*.ini"))


def test_only_ui_qt_imports_pyside6():
    offenders = []
    for path in sorted(UI_DIR.glob("*.py")):
        if path.name == "qt.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []
