"""Engines and sessions for the two supported stores: SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "Casework"
DB_ENV = "CASEWORK_DB"
SQLITE_BUSY_TIMEOUT_MS = 15_000


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "casework.sqlite3"


def resolve_url(explicit: str | None = None) -> str:
    """`--db URL` first, then ``CASEWORK_DB``, then the SQLite file in the user data directory."""
    if explicit:
        return explicit
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return from_env
    return f"sqlite:///{default_database_path()}"


def _configure_sqlite(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling is switched off so that BEGIN is ours (see _begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


WRITE_OPTION = "casework_write"


class _NoRowData(logging.Filter):
    """SQLAlchemy logs every fetched row when its engine logger is at DEBUG; rows hold names, dates
    of birth and notes, so those records are dropped (statements stay, their parameters hidden)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


_ROW_FILTER = _NoRowData()


def _keep_personal_data_out_of_logs() -> None:
    logger = logging.getLogger("sqlalchemy.engine.Engine")
    if _ROW_FILTER not in logger.filters:
        logger.addFilter(_ROW_FILTER)


def _begin(conn) -> None:
    # A writing transaction takes the write lock up front (BEGIN IMMEDIATE), so two writers queue
    # on the busy timeout instead of one failing with "database is locked" when it upgrades a
    # read lock. Readers stay deferred and, under WAL, never wait for a writer.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str | None = None, *, echo: bool = False) -> Engine:
    """An engine for ``url``. SQL parameters (names, dates of birth, notes) are never put in log
    records or in the text of database errors: ``hide_parameters``."""
    _keep_personal_data_out_of_logs()
    resolved = make_url(resolve_url(url))
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database
        if database and database != ":memory:":
            # Open the file whose folder is made: sqlite3 itself does not expand "~".
            path = Path(database).expanduser()
            path.parent.mkdir(parents=True, exist_ok=True)
            resolved = resolved.set(database=str(path))
        engine = create_engine(resolved, echo=echo, hide_parameters=True,
                               connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(resolved, echo=echo, pool_pre_ping=True, hide_parameters=True)


def make_sessionmakers(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """Sessions for reading and sessions for writing (the latter lock SQLite up front)."""
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    return reader, writer
