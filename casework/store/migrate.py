"""Create or upgrade a database to the head revision, safely."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from alembic import command

from ..errors import DatabaseTooNew


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("casework_migrations")))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def ensure_schema(engine: Engine) -> UpgradeResult:
    """Bring the database to head. Refuses a database newer than this app; backs a SQLite file up first."""
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
