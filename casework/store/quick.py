"""Quick reads: read-only statements compiled once and run straight on a DB-API connection, outside any session.

Some reads run all the time: every desktop asks "is any SLA timer due?" every minute, and the caseload
reads a page of rows at every scroll and a list of ids at every keystroke of a search. Through a
session each paid for a pool checkout, ``BEGIN``, SQLAlchemy's execution path (for an expanding
``IN``, the statement rendered again), its row processing, ``ROLLBACK`` and the pool's reset: on
SQLite about 150 µs for an indexed read the engine answers in 4 µs, and three times the engine's own
time for a page of 100 rows. A ``QuickReader`` keeps a few DB-API connections of the engine (made by
the engine's pool, so with its connect-time settings: SQLite's pragmas, a SQLCipher key, PostgreSQL's
TLS) in autocommit, so each statement is its own snapshot and nothing stays open between calls; a
statement is compiled once (``compile_quick``), and its parameters and columns go through the column
types' own processors, as SQLAlchemy would put them. A connection that fails is dropped and a new one
made, once per call. ``snapshot`` runs several reads on one connection that all see the same state of
the database (a read transaction on SQLite; PostgreSQL's READ COMMITTED gives each statement its own
snapshot, as a session there did).

The engine's ``before_cursor_execute`` listeners are told of each statement (with no SQLAlchemy
connection, cursor or execution context: ``None``), so what traces or counts an engine's statements still
sees these (the engine's echo log does not).

Only for statements that read: there is no transaction to write in. (``compile_rows`` is the same
compile-once for a write of many rows, run on a session's connection, inside its transaction.)
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.sql import Executable

# Idle connections kept for the next quick read (more are made while many threads read at once).
MAX_IDLE = 4


@dataclass(frozen=True)
class QuickStatement:
    """A statement compiled for one engine: its SQL, and how to bind its parameters and read its columns."""

    sql: str
    names: tuple[str, ...]                              # the bound parameters, in the order the SQL wants
    template: tuple[Any, ...]                           # their values fixed when the statement was made (a LIMIT)
    given: tuple[tuple[int, str, Callable[[Any], Any] | None], ...]  # (place, name, bind processor) of the rest
    positional: bool
    results: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column, result processor) of the columns that have one
    # ``parameters`` made for this statement's shape (most have none, or one among constants): what a
    # quick read calls every time, so it does no more than build the driver's tuple.
    bind: Callable[[dict[str, Any] | None], Any] = field(  # type: ignore[assignment]
        default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.bind is None:
            object.__setattr__(self, "bind", _binder(self))

    def parameters(self, given: dict[str, Any] | None):
        """The driver's parameters (a tuple, or a dict for a driver that names them) from ``given``."""
        return self.bind(given)

    def _generic(self, given: dict[str, Any] | None):
        given = given or {}
        values = list(self.template)
        for place, name, bind in self.given:
            value = given[name]
            values[place] = value if bind is None else bind(value)
        return tuple(values) if self.positional else dict(zip(self.names, values))

    def convert(self, rows: list) -> list:
        """The driver's rows with each column as SQLAlchemy would give it (lists where a column changed)."""
        results = self.results
        if not results:
            return rows
        converted = []
        for raw in rows:
            row = list(raw)
            for column, process in results:
                value = row[column]
                if value is not None:
                    row[column] = process(value)
            converted.append(row)
        return converted


def _binder(statement: QuickStatement) -> Callable[[dict[str, Any] | None], Any]:
    """``statement.parameters`` for its shape: no parameter to bind, or one (with constants around it,
    a LIMIT), made into the driver's tuple in one step; any other shape by the general loop."""
    template, given = statement.template, statement.given
    if not given:
        constant = template if statement.positional else dict(zip(statement.names, template))
        return lambda _given=None: constant
    if len(given) == 1 and statement.positional:
        [(place, name, process)] = given
        head, tail = template[:place], template[place + 1:]
        if process is None:
            return lambda values: (*head, values[name], *tail)
        return lambda values: (*head, process(values[name]), *tail)
    return statement._generic


def _bound_names(compiled) -> tuple[str, ...]:
    """The names of a compiled statement's parameters, in the driver's order where it is positional.
    (``compiled.binds`` also holds an anonymous parameter under its unrendered key: the names the SQL
    uses are ``bind_names``'.)"""
    if compiled.positional:
        return tuple(compiled.positiontup or ())
    return tuple(dict.fromkeys(compiled.bind_names.values()))


def compile_quick(engine: Engine, statement: Executable) -> QuickStatement:
    """``statement`` compiled for ``engine``'s dialect once (what SQLAlchemy would send, and how)."""
    dialect = engine.dialect
    compiled = statement.compile(dialect=dialect)
    if "__[POSTCOMPILE" in compiled.string:
        raise ValueError("a quick statement has no expanding or literal-execute parameters")
    names = _bound_names(compiled)
    template: list[Any] = []
    given = []
    for place, name in enumerate(names):
        bind = compiled.binds[name]
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if bind.value is not None or bind.callable is not None:
            value = bind.effective_value
            template.append(value if process is None else process(value))
        else:
            template.append(None)
            given.append((place, name, process))
    results = []
    for index, column in enumerate(getattr(statement, "selected_columns", ())):
        process = column.type.dialect_impl(dialect).result_processor(dialect, None)
        if process is not None:
            results.append((index, process))
    return QuickStatement(compiled.string, names, tuple(template), tuple(given), compiled.positional, tuple(results))


class QuickReader:
    """Held connections of ``engine`` for quick reads (thread-safe: a connection serves one read at a time)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._dispatch = engine.dispatch  # its listener lists change in place as listeners come and go
        self.dialect = engine.dialect.name
        self._idle: list[Any] = []        # DB-API connections not in use
        self._statements: dict[Any, QuickStatement] = {}
        self._lock = threading.Lock()
        self._closed = False

    def prepare(self, key: Any, build: Callable[[], Executable]) -> QuickStatement:
        """The statement ``build`` makes, compiled once under ``key`` (for this engine: one dialect).

        Only for statements that are the same for everyone: a statement that holds a user's scope is
        kept by its caller under a key that names the user (``Context.statements``)."""
        found = self._statements.get(key)
        if found is None:
            found = self._statements[key] = compile_quick(self._engine, build())
        return found

    def compile(self, statement: Executable) -> QuickStatement:
        return compile_quick(self._engine, statement)

    def all(self, statement: QuickStatement, parameters: dict[str, Any] | None = None) -> list:
        """Every row (fetched to the end, so SQLite's statement is finished and its snapshot let go)."""
        rows = self._fetch(statement, parameters)
        return statement.convert(rows) if statement.results else rows

    def first(self, statement: QuickStatement, parameters: dict[str, Any] | None = None):
        rows = self.all(statement, parameters)
        return rows[0] if rows else None

    def scalar(self, statement: QuickStatement, parameters: dict[str, Any] | None = None) -> Any:
        """The first column of the first row (None if there is none); only that value is converted."""
        rows = self._fetch(statement, parameters)
        if not rows:
            return None
        value = rows[0][0]
        results = statement.results
        if value is not None and results and results[0][0] == 0:
            return results[0][1](value)
        return value

    def _fetch(self, statement: QuickStatement, parameters: dict[str, Any] | None) -> list:
        """Every row as the driver gives it, on a held connection (what every quick read runs: kept lean)."""
        bound = statement.bind(parameters)
        try:
            connection = self._idle.pop()
        except IndexError:
            connection = self._connect()
        try:
            if self._dispatch.before_cursor_execute:
                self._tell(statement.sql, bound)
            rows = connection.execute(statement.sql, bound).fetchall()
        except self._engine.dialect.loaded_dbapi.Error:
            # A dropped connection (a server restarted, a network gone) is made again, once;
            # a statement that fails on a fresh connection too is raised as it is.
            self._discard(connection)
            connection = self._connect()
            try:
                rows = self._run(connection, statement.sql, bound)
            except BaseException:
                self._discard(connection)
                raise
        except BaseException:
            self._discard(connection)
            raise
        self._give_back(connection)
        return rows

    @contextmanager
    def snapshot(self, *, consistent: bool = True) -> Iterator[QuickReads]:
        """Several reads on one connection; with ``consistent`` (on SQLite, a read transaction) they
        all see one state of the database."""
        reads = QuickReads(self, self._take(), begin=consistent and self.dialect == "sqlite")
        try:
            yield reads
            reads.end()
        except BaseException:
            self._discard(reads.connection)
            raise
        self._give_back(reads.connection)

    def column(self, statement: QuickStatement, parameters: dict[str, Any] | None = None) -> array:
        """``QuickReads.column`` of one statement."""
        with self.snapshot(consistent=False) as reads:
            return reads.column(statement, parameters)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            self._discard(connection)

    # --- connections -------------------------------------------------------------------------------

    def _take(self):
        try:
            return self._idle.pop()
        except IndexError:
            return self._connect()

    def _give_back(self, connection) -> None:
        # Without the lock (list.append is atomic): a close() that ran meanwhile either finds the
        # connection in the list it empties, or is seen by the second look at _closed.
        idle = self._idle
        if not self._closed and len(idle) < MAX_IDLE:
            idle.append(connection)
            if self._closed:
                self._discard(connection)
            return
        self._discard(connection)

    def _connect(self):
        if self._closed:
            raise RuntimeError("this database has been closed")
        pooled = self._engine.raw_connection()  # the pool's connect-time settings and events
        connection = pooled.driver_connection
        pooled.detach()                         # ours alone from now on: never reset or lent by the pool
        if self.dialect == "sqlite":
            connection.isolation_level = None   # no implicit BEGIN: each statement its own snapshot
        else:
            connection.autocommit = True        # never "idle in transaction" between calls
        return connection

    @staticmethod
    def _discard(connection) -> None:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - it is being thrown away
            pass

    def _tell(self, sql: str, bound) -> None:
        dispatch = self._dispatch
        if dispatch.before_cursor_execute:
            dispatch.before_cursor_execute(None, None, sql, bound, None, False)

    def _run(self, connection, sql: str, bound) -> list:
        self._tell(sql, bound)
        return connection.execute(sql, bound).fetchall()


class QuickReads:
    """The reads of one ``QuickReader.snapshot``, on one connection."""

    def __init__(self, reader: QuickReader, connection, *, begin: bool) -> None:
        self._reader = reader
        self.connection = connection
        self._begin = begin
        self._begun = False
        self._used = False

    def _execute(self, sql: str, bound):
        for attempt in (0, 1):
            try:
                if self._begin and not self._begun:
                    self.connection.execute("BEGIN")
                    self._begun = True
                self._reader._tell(sql, bound)
                cursor = self.connection.execute(sql, bound)
                self._used = True
                return cursor
            except self._reader._engine.dialect.loaded_dbapi.Error:
                # A connection found dropped at the first read is made again (once); later, the
                # reads would no longer be one snapshot: raised.
                if self._used or attempt:
                    raise
                self._reader._discard(self.connection)
                self.connection = self._reader._connect()
                self._begun = False
        raise AssertionError("unreachable")

    def end(self) -> None:
        if self._begun:
            self.connection.execute("COMMIT")
            self._begun = False

    def all(self, statement: QuickStatement, parameters: dict[str, Any] | None = None) -> list:
        return statement.convert(self.fetch(statement, parameters))

    def fetch(self, statement: QuickStatement, parameters: dict[str, Any] | None = None) -> list:
        """Every row as the driver gives it (``statement.results`` says which columns need converting)."""
        return self._execute(statement.sql, statement.bind(parameters)).fetchall()

    def scalar(self, statement: QuickStatement, parameters: dict[str, Any] | None = None) -> Any:
        rows = self.all(statement, parameters)
        return rows[0][0] if rows else None

    def column(self, statement: QuickStatement, parameters: dict[str, Any] | None = None,
               chunk: int = 50_000) -> array:
        """The first column of every row, as 64-bit integers (ids), fetched in chunks: a million ids
        take 8 MB, never a million row objects at once."""
        cursor = self._execute(statement.sql, statement.bind(parameters))
        found = array("q")
        while True:
            rows = cursor.fetchmany(chunk)
            if not rows:
                return found
            found.extend([row[0] for row in rows])


# --- writes of many rows, compiled once ----------------------------------------------------------------

@dataclass(frozen=True)
class RowsStatement:
    """A write compiled for one dialect, run with the driver's ``executemany`` on a session's connection
    (so inside its transaction, and seen by the engine's statement events) from rows of values given as
    tuples: what a write of thousands of rows needs, where the ORM's bulk paths cost about 40 µs of
    Python a row (the SLA sweep's day of due timers)."""

    sql: str
    order: tuple[int, ...] | None   # positional: the place in ``columns`` of each parameter the SQL wants
    columns: tuple[str, ...]        # the order in which the caller gives a row's values
    positional: bool

    def rows(self, rows: list[tuple]) -> list:
        if not self.positional:
            columns = self.columns
            return [dict(zip(columns, row)) for row in rows]
        order = self.order
        if order is None:
            return rows
        return [tuple([row[i] for i in order]) for row in rows]

    def run(self, connection, rows: list[tuple]) -> int:
        """``executemany`` of ``rows`` on ``connection`` (a session's); the rows changed."""
        if not rows:
            return 0
        return connection.exec_driver_sql(self.sql, self.rows(rows)).rowcount


def compile_rows(dialect, statement: Executable, columns: tuple[str, ...],
                 ready: frozenset[str] = frozenset()) -> RowsStatement:
    """``statement`` with its bound parameters named ``columns``, for rows given in that order.

    Values go to the driver as given, so only values that need no conversion, or that the caller gives
    as the driver wants them (``ready``: instants), may be bound: a parameter with a type processor
    outside ``ready`` is refused here."""
    compiled = statement.compile(dialect=dialect)
    names = _bound_names(compiled)
    if set(names) != set(columns):
        raise ValueError(f"statement binds {sorted(set(names))}, expected {sorted(columns)}")
    for name in names:
        if name not in ready and compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect):
            raise ValueError(f"parameter {name} needs converting: give it ready (the driver's value)")
    order = tuple(columns.index(name) for name in names) if compiled.positional else None
    if order == tuple(range(len(columns))):
        order = None
    return RowsStatement(compiled.string, order, columns, compiled.positional)
