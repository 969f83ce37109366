"""Create or upgrade a database to the head revision, safely.

Alembic is imported only when a database is not at the head revision already: opening a current
database (every start of the desktop app) reads ``alembic_version`` with one query and the
revision ids from the migration files' text, which costs about a millisecond where importing
Alembic and loading its scripts cost a tenth of a second or more.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from ..errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config


def script_location() -> Path:
    """The folder of the migration scripts (``env.py`` and ``versions/``)."""
    return Path(str(files("casework_migrations")))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION = re.compile(r"""^revision\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*=\s*(?:['"]([^'"]+)['"]|None)""", re.MULTILINE)


def scripted_head(location: Path | None = None) -> str | None:
    """The head revision read from the text of the migration files, without Alembic; None when the
    files do not say plainly (a branch, a merge, a computed id): then Alembic decides."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for script in sorted((location or script_location()).joinpath("versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None:
            if script.name == "__init__.py":
                continue
            return None
        if down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def _stored_revision(engine: Engine) -> str | None:
    """The one revision in ``alembic_version``, or None (no table, no row, or more than one)."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except sa_exc.DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def _sqlite_file(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    path = Path(database)
    return path if path.exists() and path.stat().st_size > 0 else None


def _backup_sqlite(engine: Engine, source: Path, revision: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe with WAL and other readers).

    An encrypted database is copied encrypted, with the same key (store.backup)."""
    from .backup import backup_sqlite, sibling

    target = sibling(source, f"before-{revision}")
    try:
        backup_sqlite(engine, target)
    except Exception:
        if engine.url.drivername != "sqlite":
            raise  # an encrypted file is never copied byte-wise mid-use: stop the upgrade instead
        target.unlink(missing_ok=True)
        shutil.copy2(source, target)
    return target


def known_revision(revision: str) -> bool:
    """Whether this version of Casework has ``revision`` among its migrations."""
    try:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def ensure_schema(engine: Engine) -> UpgradeResult:
    """Bring the database to head. Refuses a database newer than this app; backs a SQLite file up first."""
    stored = _stored_revision(engine)
    if stored is not None and stored == scripted_head():
        return UpgradeResult(stored, stored, None)  # current: no Alembic at all

    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    before = current_revision(engine)
    if before is not None and before != head:
        try:
            script.get_revision(before)
        except Exception as exc:
            raise DatabaseTooNew(before, head) from exc
    if before == head:
        return UpgradeResult(before, head, None)
    backup = None
    source = _sqlite_file(engine)
    if source is not None and before is not None:
        backup = _backup_sqlite(engine, source, before)
    config = alembic_config()
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys enforced, dropping the old copy of a
            # referenced table would fail. The check afterwards proves nothing was left dangling.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
    return UpgradeResult(before, head, backup)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
