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
from ..store.engine import resolve_url
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

    @property
    def url(self) -> str:
        return resolve_url(getattr(self.args, "db", None))

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

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
        ctx = Context.open(url, clock=self.clock, pathways=self.pathways, migrate=False)
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
        return self._actor

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None
