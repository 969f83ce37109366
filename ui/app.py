"""Start the desktop app: open the database, first-run set-up, sign in, then the main window.

``casework-gui [--db URL]``: the database is ``--db``, else ``$CASEWORK_DB``, else the SQLite file in
the user data folder; it is created or upgraded on opening. ``--offscreen-smoke`` opens the
database, builds and paints the main window without a screen and exits 0: a check that an install
works (Qt plugins, fonts, migrations, pathway files) that needs no display and no user.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from sqlalchemy.exc import SQLAlchemyError

from casework.errors import CaseworkError, PathwayFileError
from casework.pathways import load_pathways
from casework.services import directory
from casework.services.actor import Actor
from casework.services.context import Context
from casework.store.engine import DB_ENV, resolve_url
from casework.store.models import Role

from . import app_version
from .first_run_dialog import FirstRunDialog
from .main_window import MainWindow
from .workspace import build_workspace
from .qt import QT_BINDING, QT_BINDING_VERSION, QApplication, QDialog, QGuiApplication, QMessageBox, QThreadPool
from .settings import APPLICATION, ORGANISATION, Settings
from .sign_in_dialog import SignInDialog
from .wording import describe_database, error_text

EXIT_OK = 0
EXIT_FAILED = 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="casework-gui", description="Casework desktop: case management for youth-violence referral pathways.")
    parser.add_argument("--db", metavar="URL",
                        help=f"database URL (default: ${DB_ENV}, else the SQLite file in your user data folder)")
    parser.add_argument("--offscreen-smoke", action="store_true",
                        help="open the database, build the main window off screen, and exit 0 if all went well")
    return parser.parse_args(argv)


def application(*, offscreen: bool = False) -> QApplication:
    """The process's QApplication (made on first call; off screen if asked)."""
    app = QApplication.instance()
    if app is None:
        qt_argv = [sys.argv[0] if sys.argv and sys.argv[0] else "casework-gui"]
        if offscreen:
            qt_argv += ["-platform", "offscreen"]
        app = QApplication(qt_argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(app_version())
    return app  # type: ignore[return-value]


def show_startup_error(title: str, text: str) -> None:
    """Tell the person at the screen why the app cannot start (replaced in tests)."""
    QMessageBox.critical(None, title, text)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    app = application(offscreen=args.offscreen_smoke)
    url = resolve_url(args.db)
    where = describe_database(url)
    try:
        # Pathway files first: a broken one stops the app before the database is touched.
        ctx = Context.open(url, pathways=load_pathways())
    except (CaseworkError, SQLAlchemyError, OSError) as exc:
        return _cannot_open(exc, where, smoke=args.offscreen_smoke)
    try:
        if args.offscreen_smoke:
            return smoke(ctx, app, where)
        return run(ctx, app, where)
    finally:
        ctx.close()


def _cannot_open(error: BaseException, where: str, *, smoke: bool) -> int:
    if isinstance(error, PathwayFileError):
        text = QApplication.translate("app", "A pathway file is broken; Casework cannot start until it is put right.")
    else:
        text = QApplication.translate("app", "Casework could not open its database ({where}).").format(where=where)
    detail = error_text(error) if not isinstance(error, OSError) else str(error)
    if smoke:
        print(f"casework-gui: {text} {detail}", file=sys.stderr)
    else:
        show_startup_error(QApplication.translate("app", "Casework cannot start"), f"{text}\n\n{detail}")
    return error.exit_code if isinstance(error, CaseworkError) else EXIT_FAILED


def run(ctx: Context, app: QApplication, where: str) -> int:
    """First run (if the database has no users), sign in, then the main window until it closes."""
    username = ""
    if not directory.has_users(ctx):
        first_run = FirstRunDialog(ctx, database=where)
        if first_run.exec() != QDialog.DialogCode.Accepted or first_run.user is None:
            return EXIT_OK
        username = first_run.user.username
    sign_in = SignInDialog(ctx, database=where, username=username)
    if sign_in.exec() != QDialog.DialogCode.Accepted or sign_in.actor is None:
        return EXIT_OK
    settings = Settings.for_user()
    window = MainWindow(ctx, sign_in.actor, settings=settings, database=where)
    workspace = build_workspace(window, ctx, sign_in.actor, settings)
    window.show()
    window.reload()
    workspace.start()
    try:
        return app.exec()
    finally:
        workspace.shutdown()
        # Let background reads finish before the caller closes the database under them.
        QThreadPool.globalInstance().waitForDone(10_000)


# Stands in for a signed-in user in the smoke check only. The smoke check loads no referrals: it
# builds and paints the window around an empty caseload, so no case data is read without a sign-in.
_SMOKE_ACTOR = Actor(user_id=0, username="smoke-check", display_name="Smoke check", role=Role.MANAGER, team_id=None)


def smoke(ctx: Context, app: QApplication, where: str) -> int:
    with tempfile.TemporaryDirectory(prefix="casework-smoke-") as folder:
        settings = Settings.at(f"{folder}/settings.ini")
        users = directory.has_users(ctx)
        window = MainWindow(ctx, _SMOKE_ACTOR, settings=settings, database=where)
        window.show()  # the caseload loads only on reload(), which the smoke check never calls
        app.processEvents()
        painted = not window.grab().isNull()
        window.close()
        app.processEvents()
        window.deleteLater()
        app.processEvents()
    if not painted:
        print("casework-gui: the main window could not be painted", file=sys.stderr)
        return EXIT_FAILED
    print(f"casework-gui smoke check ok: database {where} ({'has users' if users else 'no users yet'}), "
          f"{len(ctx.pathways.ids())} pathways, {QT_BINDING} {QT_BINDING_VERSION} "
          f"on the {QGuiApplication.platformName()} platform")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
