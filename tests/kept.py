"""Fixtures that fill the database are run for real once per process, then their rows are put back.

Most tests start from the same few rows (``admin``, ``world``: the first administrator, two teams,
three sites and three users) made through the services, a dozen write transactions each time. A
fixture wrapped in :func:`kept` is run for real the first time in a process (an xdist worker, or the
only process); its database is then copied aside with what it returned and where the clock stood. A
later test whose database and clock are exactly as they were before that first run (compared by a
digest of every row of every table and of the sequences) gets the copy put back and the same result
(a deep copy), which is what the services would have produced again: the rows are the ones they
wrote. Anything else (other rows already there, the clock moved, an encrypted file) runs the fixture
for real, so a test never sees rows its own set-up would not have made.

SQLite: the copy is a file, made and put back with SQLite's backup API through a connection of its
own (the test's context keeps its connections). PostgreSQL: the copy is a schema in the worker's own
database (``kept_1``, ``kept_2``... dropped at the start of each run); putting it back empties the
tables and copies the rows in again in one transaction, with the sequences set where they stood.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from casework.clock import FixedClock
from casework.store.models import Base

T = TypeVar("T")

# The audit tables refuse UPDATE, DELETE and TRUNCATE (append-only triggers); their owner lifts that
# for the statements that empty them between tests.
GUARDED = ("audit_entry", "audit_chain")
MODEL_TABLES = [t.name for t in Base.metadata.sorted_tables]


@dataclass
class _Copy:
    before: tuple[str, datetime]   # the database's digest and the clock before the first run
    after: datetime                # the clock after it
    value: Any                     # what the fixture returned
    where: str                     # SQLite: the file; PostgreSQL: the schema


_copies: dict[str, _Copy] = {}
folder: Path | None = None  # where SQLite copies go (tests/conftest.py: in the run's temporary folder)
_pg_engines: dict[str, Engine] = {}
_numbers = itertools.count(1)
ENABLED = os.environ.get("CASEWORK_TEST_KEPT", "1") not in ("", "0")


def kept(key: str, ctx, build: Callable[[], T], *, enabled: bool = True) -> T:
    """``build()``, or its rows and result put back when the database and the clock are as before its
    first run in this process (see the module's docstring)."""
    clock = ctx.clock
    url = ctx.engine.url.render_as_string(hide_password=False)
    backend = make_url(url).get_backend_name()
    if not (enabled and ENABLED and isinstance(clock, FixedClock) and backend in ("sqlite", "postgresql")):
        return build()
    if backend == "sqlite" and ctx.engine.dialect.driver != "pysqlite":  # encrypted: SQLCipher
        return build()
    before = (_digest(url), clock.now())
    found = _copies.get(key)
    if found is not None and found.before == before:
        _put_back(url, found.where)
        clock.set(found.after)
        return copy.deepcopy(found.value)
    value = build()
    if found is None:
        _copies[key] = _Copy(before, clock.now(), copy.deepcopy(value), _take(url))
    return value


# --- PostgreSQL --------------------------------------------------------------------------------------

def pg_engine(url: str) -> Engine:
    """One connection per database kept for the whole run (a new one per test costs a log-in)."""
    engine = _pg_engines.get(url)
    if engine is None:
        engine = _pg_engines[url] = create_engine(url, pool_size=1, max_overflow=0)
        # A forked child (the crash and concurrency tests) must never use or close the parent's connection.
        os.register_at_fork(after_in_child=lambda: engine.dispose(close=False))
    return engine


def pg_sequences(conn) -> list[str]:
    """The sequences owned by the model tables' columns (what TRUNCATE ... RESTART IDENTITY resets)."""
    return list(conn.execute(text(
        "SELECT s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
        "AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace AND t.relname = ANY(:tables) "
        "ORDER BY 1"), {"tables": MODEL_TABLES}).scalars())


def pg_empty(url: str) -> None:
    """Every model table emptied and its sequences restarted, on the one kept connection.

    TRUNCATE, not DELETE: DELETE was quicker still on a few rows, but it leaves the tables' statistics
    behind, and the plan tests then saw plans made for an earlier test's rows."""
    with pg_engine(url).begin() as conn:
        sequences = pg_sequences(conn)
        statements = [f"ALTER TABLE {t} DISABLE TRIGGER USER" for t in GUARDED]
        statements += ["TRUNCATE " + ", ".join(f'"{t}"' for t in MODEL_TABLES) + " RESTART IDENTITY"]
        statements += [f"ALTER TABLE {t} ENABLE TRIGGER USER" for t in GUARDED]
        statements += [f'ALTER SEQUENCE "{s}" RESTART' for s in sequences]
        conn.exec_driver_sql(";\n".join(statements))


def _pg_digest(conn) -> str:
    parts = [f"SELECT '{t}' AS name, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS rows "
             f'FROM "{t}" x' for t in MODEL_TABLES]
    parts.append("SELECT 'sequences', string_agg(sequencename || '=' || coalesce(last_value::text, '-'), ',' "
                 "ORDER BY sequencename) FROM pg_sequences WHERE schemaname = current_schema()")
    rows = conn.execute(text(" UNION ALL ".join(parts))).all()
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()


def _pg_take(url: str) -> str:
    schema = f"kept_{next(_numbers)}"
    with pg_engine(url).begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}")
        conn.exec_driver_sql(";\n".join(f'CREATE TABLE {schema}."{t}" AS SELECT * FROM "{t}"' for t in MODEL_TABLES))
        sequences = pg_sequences(conn)
        values = conn.execute(text(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() "
            "AND sequencename = ANY(:names)"), {"names": sequences}).all()
        filled = [t for t in MODEL_TABLES
                  if conn.exec_driver_sql(f'SELECT EXISTS (SELECT 1 FROM {schema}."{t}")').scalar()]
        triggered = set(conn.execute(text(
            "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal "
            "AND c.relnamespace = current_schema()::regnamespace")).scalars())
    # The statements that put it back, made once. User triggers are off while the rows go in: the rows
    # are copied as they were, not made again (the audit tables' triggers refuse the TRUNCATE).
    guarded = [t for t in MODEL_TABLES if t in triggered]
    statements = [f'ALTER TABLE "{t}" DISABLE TRIGGER USER' for t in guarded]
    statements += ["TRUNCATE " + ", ".join(f'"{t}"' for t in MODEL_TABLES)]
    statements += [f'INSERT INTO "{t}" OVERRIDING SYSTEM VALUE SELECT * FROM {schema}."{t}"' for t in filled]
    statements += [f'ALTER TABLE "{t}" ENABLE TRIGGER USER' for t in guarded]
    statements += [f'ALTER SEQUENCE "{name}" RESTART' if last is None else f"SELECT setval('\"{name}\"', {last}, true)"
                   for name, last in values]
    _pg_restore[schema] = ";\n".join(statements)
    return schema


_pg_restore: dict[str, str] = {}


def drop_pg_copies(conn) -> None:
    """The copies a previous run left in this database (their tables may no longer match the models)."""
    for schema in conn.execute(text(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'kept\\_%'")).scalars().all():
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


# --- SQLite ------------------------------------------------------------------------------------------

def _sqlite_connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=15)
    return conn


def _sqlite_digest(path: str) -> str:
    digest = hashlib.sha256()
    conn = _sqlite_connect(path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' "
            "ORDER BY name")]
        conn.execute("BEGIN")
        for name in names:
            digest.update(name.encode())
            digest.update(repr(sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"')))).encode())
        conn.execute("COMMIT")
    finally:
        conn.close()
    return digest.hexdigest()


def _sqlite_take(path: str) -> str:
    global folder
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="casework-kept-"))
    target = str(folder / f"{next(_numbers)}.sqlite3")
    source, copy_to = _sqlite_connect(path), sqlite3.connect(target)
    try:
        source.backup(copy_to)
    finally:
        source.close()
        copy_to.close()
    return target


def _sqlite_put_back(path: str, where: str) -> None:
    source, live = sqlite3.connect(where), _sqlite_connect(path)
    try:
        source.backup(live)
    finally:
        source.close()
        live.close()


# --- either ------------------------------------------------------------------------------------------

def _digest(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_digest(parsed.database)
    with pg_engine(url).connect() as conn:
        return _pg_digest(conn)


def _take(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_take(parsed.database)
    return _pg_take(url)


def _put_back(url: str, where: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _sqlite_put_back(parsed.database, where)
        return
    with pg_engine(url).begin() as conn:
        conn.exec_driver_sql(_pg_restore[where])
