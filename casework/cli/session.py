"""One invocation of the command: its database, its signed-in user, and closing both."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from ..clock import Clock
from ..errors import ValidationError
from ..pathways import PathwayRegistry
from ..services import directory
from ..services.actor import Actor
from ..services.context import Context
from ..store.encryption import DatabaseKey, FileState, file_state
from ..store.engine import TlsOptions, create_encrypted, make_engine, resolve_url
from ..store.migrate import UpgradeResult, current_revision, ensure_schema
from . import output, prompts


def display_url(url: str) -> str:
    """A database URL fit to print: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is reported by the engine; never echo it with a secret
        return "(the given database URL)"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def sqlite_path(url: str) -> Path | None:
    return _sqlite_path(url)


def _not_initialised(url: str) -> ValidationError:
    return ValidationError("database", "not_initialised",
                           f"no Casework database at {display_url(url)}; run `casework init` to create it")


@dataclass
class Invocation:
    """What a command handler is given. Opens at most one Context and closes it at the end."""

    args: argparse.Namespace
    pathways: PathwayRegistry
    clock: Clock | None = None
    _ctx: Context | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)
    key: DatabaseKey | None = field(default=None, repr=False)  # the SQLite file's key, once opened
    _password: str | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return resolve_url(getattr(self.args, "db", None))

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def tls(self) -> TlsOptions:
        """--db-sslmode and friends, else $CASEWORK_DB_SSLMODE and friends (PostgreSQL only)."""
        a = self.args
        return TlsOptions.from_env(sslmode=getattr(a, "db_sslmode", None), sslrootcert=getattr(a, "db_sslrootcert", None),
                                   sslcert=getattr(a, "db_sslcert", None), sslkey=getattr(a, "db_sslkey", None))

    def database_key(self, path: Path) -> DatabaseKey | None:
        """The key of the SQLite file at ``path``: None if plain; the keyring, $CASEWORK_DB_PASSPHRASE,
        else the passphrase asked on a terminal."""
        if file_state(path) is not FileState.ENCRYPTED:
            return None
        return prompts.database_key(path)

    def new_database_key(self) -> DatabaseKey | None:
        """For `init` on a new SQLite file: None with --no-encrypt; a keyring key; else a passphrase."""
        if not getattr(self.args, "encrypt", False):
            return None
        return prompts.new_database_key(prefer_passphrase=bool(getattr(self.args, "passphrase", False)))

    def open(self, *, create: bool = False) -> tuple[Context, UpgradeResult]:
        """Open the database, upgrading it to head (after a backup) when it is older than the app.

        Only ``casework init`` (``create=True``) makes a new database; every other command refuses a
        missing SQLite file or an empty database rather than quietly creating one at a mistyped path.
        """
        assert self._ctx is None, "one Context per invocation"
        url = self.url
        if not create:
            path = _sqlite_path(url)
            if path is not None and not path.exists():
                raise _not_initialised(url)
        path = _sqlite_path(url)
        if path is not None and create and file_state(path) in (FileState.MISSING, FileState.EMPTY):
            key = self.new_database_key()
            engine = create_encrypted(url, key) if key is not None else make_engine(url)
        else:
            key = self.database_key(path) if path is not None else None
            engine = make_engine(url, key=key, tls=self.tls)
        self.key = key
        ctx = Context.from_engine(engine, clock=self.clock, pathways=self.pathways)
        try:
            if not create and current_revision(ctx.engine) is None:
                raise _not_initialised(url)
            result = ensure_schema(ctx.engine)
        except BaseException:
            ctx.close()
            raise
        self._ctx = ctx
        if not create and result.before != result.after:
            output.info(f"upgraded the database from revision {result.before} to {result.after}")
            if result.backup is not None:
                output.info(f"backup of the database before the upgrade: {result.backup}")
        return ctx, result

    def context(self) -> Context:
        if self._ctx is None:
            self.open()
        assert self._ctx is not None
        return self._ctx

    def actor(self) -> Actor:
        """Sign in as --user / $CASEWORK_USER / admin with $CASEWORK_PASSWORD or a prompt."""
        if self._actor is None:
            ctx = self.context()
            username = prompts.acting_user(getattr(self.args, "user", None))
            if not directory.has_users(ctx):
                raise ValidationError("database", "no_users",
                                      "this database has no users yet; run `casework init` to create the administrator")
            password = prompts.sign_in_password(username)
            self._actor = directory.authenticate(ctx, username, password)
            self._password = password
        return self._actor

    def signed_in_password(self) -> str:
        """The password the acting user signed in with (``casework password`` needs it as the current one)."""
        self.actor()
        assert self._password is not None
        return self._password

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
