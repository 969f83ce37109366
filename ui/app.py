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

from casework.errors import CaseworkError, DatabaseKeyRequired, PathwayFileError
from casework.i18n import pathway_word
from casework.pathways import load_pathways
from casework.services import directory
from casework.services.actor import Actor
from casework.services.context import Context
from casework.store.encryption import FileState, file_state, key_for_existing, keyring_usable
from casework.store.engine import (
    DB_ENV,
    SSLMODES,
    TlsOptions,
    create_encrypted,
    make_engine,
    resolve_url,
    sqlite_file,
)
from casework.store.migrate import ensure_schema
from casework.store.models import Role

from . import app_version
from .database_key_dialog import NewDatabaseDialog, UnlockDialog
from .first_run_dialog import FirstRunDialog
from .main_window import MainWindow
from .workspace import build_workspace
from .qt import QT_BINDING, QT_BINDING_VERSION, QApplication, QDialog, QGuiApplication, QMessageBox, QThreadPool
from .settings import APPLICATION, COLOUR_SCHEME, LANGUAGE, ORGANISATION, Settings
from . import i18n
from .sign_in_dialog import SignInDialog
from .theme import apply_theme, current_theme
from .wording import describe_database, error_text

EXIT_OK = 0
EXIT_FAILED = 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="casework-gui", description="Casework desktop: case management for youth-violence referral pathways.")
    parser.add_argument("--db", metavar="URL",
                        help=f"database URL (default: ${DB_ENV}, else the SQLite file in your user data folder)")
    tls = parser.add_argument_group("PostgreSQL TLS (default: $CASEWORK_DB_SSLMODE etc., else libpq's sslmode prefer)")
    tls.add_argument("--db-sslmode", metavar="MODE", choices=SSLMODES, help="verify-full is recommended")
    tls.add_argument("--db-sslrootcert", metavar="FILE", help="the CA that signed the server's certificate")
    tls.add_argument("--db-sslcert", metavar="FILE", help="a client certificate")
    tls.add_argument("--db-sslkey", metavar="FILE", help="the client certificate's key")
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
    # The look (icon, style, palette) before any window; the smoke check uses the default (and so
    # proves the icon and palette files are in the install).
    apply_theme(app, COLOUR_SCHEME.default if args.offscreen_smoke else Settings.for_user().get(COLOUR_SCHEME))
    language = i18n.install(app, i18n.resolve(Settings.for_user().get(LANGUAGE))).language
    url = resolve_url(args.db)
    where = describe_database(url)
    try:
        # Pathway files first: a broken one stops the app before the database is touched.
        pathways = load_pathways()
        if language != i18n.ENGLISH:
            pathways = pathways.localised(pathway_word)
        tls = TlsOptions.from_env(sslmode=args.db_sslmode, sslrootcert=args.db_sslrootcert,
                                  sslcert=args.db_sslcert, sslkey=args.db_sslkey)
        ctx = open_database(url, pathways, where, interactive=not args.offscreen_smoke, tls=tls)
    except (CaseworkError, SQLAlchemyError, OSError) as exc:
        return _cannot_open(exc, where, smoke=args.offscreen_smoke)
    if ctx is None:  # the person cancelled the new-database or unlock dialog
        return EXIT_OK
    try:
        if args.offscreen_smoke:
            return smoke(ctx, app, where)
        return run(ctx, app, where)
    finally:
        ctx.close()


def open_database(url: str, pathways, where: str, *, interactive: bool = True,
                  tls: TlsOptions | None = None) -> Context | None:
    """The database at ``url``, created or upgraded; None if the person cancelled.

    A new SQLite file: the new-database dialog offers encryption (on by default). An encrypted file
    whose key is neither in the keyring nor in $CASEWORK_DB_PASSPHRASE: the unlock dialog asks for
    the passphrase. Off screen (the smoke check) nothing is asked: a new file is plain, and a locked
    one is an error.
    """
    path = sqlite_file(url)
    state = file_state(path) if path is not None else None
    if interactive and state in (FileState.MISSING, FileState.EMPTY):
        choice = NewDatabaseDialog(database=where, keyring_available=keyring_usable())
        if choice.exec() != QDialog.DialogCode.Accepted:
            return None
        engine = create_encrypted(url, choice.key) if choice.key is not None else make_engine(url)
    elif state is FileState.ENCRYPTED:
        try:
            engine = make_engine(url, key=key_for_existing(path))
        except DatabaseKeyRequired:
            if not interactive:
                raise
            unlock = UnlockDialog(url, database=where)
            if unlock.exec() != QDialog.DialogCode.Accepted or unlock.engine is None:
                return None
            engine = unlock.engine
    else:
        engine = make_engine(url, tls=tls)
    try:
        ensure_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Context.from_engine(engine, pathways=pathways)


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
    while True:
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
            code = app.exec()
        finally:
            workspace.shutdown()
            # Let background reads finish before the caller closes the database under them.
            QThreadPool.globalInstance().waitForDone(10_000)
        if not window.signed_out:
            return code
        # Signed out (from the menu or the lock screen): the next person signs in.
        username = ""
        window.deleteLater()


def current_look(app: QApplication) -> str:
    theme = current_theme(app)
    return theme.look if theme is not None else "default"


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
    if app.windowIcon().isNull():
        print("casework-gui: the application icon (casework_resources/icons) could not be loaded", file=sys.stderr)
        return EXIT_FAILED
    print(f"casework-gui smoke check ok: database {where} ({'has users' if users else 'no users yet'}), "
          f"{len(ctx.pathways.ids())} pathways, {QT_BINDING} {QT_BINDING_VERSION} "
          f"on the {QGuiApplication.platformName()} platform, {current_look(app)} look")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
