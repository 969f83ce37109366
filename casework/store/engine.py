"""Engines and sessions for the two supported stores: SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from platformdirs import PlatformDirs, PlatformDirsABC
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ..errors import ValidationError, WrongDatabaseKey
from .encryption import DatabaseKey, FileState, file_state, key_for_existing
from ..i18n import _

APP_NAME = "Casework"
DB_ENV = "CASEWORK_DB"
SQLITE_BUSY_TIMEOUT_MS = 15_000


def default_database_path(dirs: type[PlatformDirsABC] = PlatformDirs) -> Path:
    """The SQLite file in the user's data folder: ~/.local/share/Casework on Linux (or $XDG_DATA_HOME),
    %LOCALAPPDATA%\\Casework on Windows, ~/Library/Application Support/Casework on macOS."""
    return Path(dirs(APP_NAME, appauthor=False).user_data_dir) / "casework.sqlite3"


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


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names (``~`` expanded), or None for PostgreSQL, ``:memory:`` and ``file:`` URIs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def make_engine(url: str | None = None, *, echo: bool = False, key: DatabaseKey | None = None,
                tls: TlsOptions | None = None) -> Engine:
    """An engine for ``url`` (see resolve_url).

    SQLite: an existing encrypted file is opened with ``key``, else with the key found by
    encryption.key_for_existing (keyring, $CASEWORK_DB_PASSPHRASE), else DatabaseKeyRequired; the key
    is checked at once (WrongDatabaseKey). A new file is encrypted when ``key`` is given and plain
    otherwise; an existing plain file is opened plain. PostgreSQL: ``tls`` (else the
    $CASEWORK_DB_SSL* variables) adds libpq's sslmode / sslrootcert / sslcert / sslkey. SQL
    parameters (names, dates of birth, notes) are never put in log records or in the text of
    database errors: ``hide_parameters``.
    """
    _keep_personal_data_out_of_logs()
    resolved = make_url(resolve_url(url))
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database
        path: Path | None = None
        if database and database != ":memory:" and not database.startswith("file:"):
            # Open the file whose folder is made: sqlite3 itself does not expand "~".
            path = Path(database).expanduser()
            path.parent.mkdir(parents=True, exist_ok=True)
            resolved = resolved.set(database=str(path))
        if path is not None:
            state = file_state(path)
            if state is FileState.PLAIN:
                key = None
            elif state is FileState.ENCRYPTED and key is None:
                key = key_for_existing(path)
        connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        if key is None:
            engine = create_engine(resolved, echo=echo, hide_parameters=True, connect_args=connect_args)
        else:
            engine = _sqlcipher_engine(resolved, key, echo=echo, connect_args=connect_args)
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin)
        if key is not None:
            _check_key(engine, str(path) if path is not None else ":memory:")
        return engine
    options = tls if tls is not None else TlsOptions.from_env()
    return create_engine(resolved, echo=echo, pool_pre_ping=True, hide_parameters=True,
                         connect_args=options.connect_args())


def create_encrypted(url: str, key: DatabaseKey) -> Engine:
    """A new encrypted SQLite database at ``url``; a raw key is put in the keyring at once.

    The file is written (and so its salt chosen) before the key is filed; if the keyring refuses the
    key, the new file is deleted again, so no database is ever left without a way to open it.
    """
    from .encryption import KeyKind, store_in_keyring

    path = sqlite_file(url)
    if path is None:
        raise ValidationError("database", "not_a_file", _("only a SQLite database file can be encrypted"))
    if file_state(path) not in (FileState.MISSING, FileState.EMPTY):
        raise ValidationError("database", "exists", _("{path} already exists").format(path=path))
    engine = make_engine(url, key=key)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA user_version = 0")  # writes page 1: the file and its salt exist
        if key.kind is KeyKind.RAW:
            store_in_keyring(path, key)
    except BaseException:
        engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return engine


def _sqlcipher_engine(url: URL, key: DatabaseKey, *, echo: bool, connect_args: dict) -> Engine:
    from .encryption import sqlcipher_module

    sqlcipher3 = sqlcipher_module()  # the one SQLCipher binding (its wheels carry SQLCipher itself)

    # The pysqlcipher dialect runs `PRAGMA key` first on every new connection, before SQLAlchemy or
    # our own connect hook touches the file. The key rides in the URL's password field, which
    # SQLAlchemy never prints (it shows ***). QueuePool as for plain files: the dialect's default
    # SingletonThreadPool does not suit the desktop's worker threads.
    cipher_url = URL.create("sqlite+pysqlcipher", password=key.pragma_value(), database=url.database,
                            query=url.query)
    return create_engine(cipher_url, echo=echo, module=sqlcipher3, poolclass=QueuePool, hide_parameters=True,
                         connect_args=connect_args)


def _check_key(engine: Engine, where: str) -> None:
    """Read the schema once: SQLCipher only finds out that a key is wrong when a page is decrypted."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except sa_exc.DatabaseError as exc:
        engine.dispose()
        if "file is not a database" in str(exc.orig) or "encrypted" in str(exc.orig):
            raise WrongDatabaseKey(where) from None
        raise


# --- PostgreSQL TLS ---------------------------------------------------------------------------------

SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
TLS_ENV = {
    "sslmode": "CASEWORK_DB_SSLMODE",
    "sslrootcert": "CASEWORK_DB_SSLROOTCERT",
    "sslcert": "CASEWORK_DB_SSLCERT",
    "sslkey": "CASEWORK_DB_SSLKEY",
}


@dataclass(frozen=True)
class TlsOptions:
    """libpq's TLS settings for a PostgreSQL connection. Unset ones are left to the URL and libpq
    (whose default sslmode is ``prefer``: TLS when the server offers it, unverified). ``verify-full``
    with the server's CA in ``sslrootcert`` is the setting to use across a network."""

    sslmode: str | None = None
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None

    def __post_init__(self) -> None:
        if self.sslmode is not None and self.sslmode not in SSLMODES:
            raise ValidationError("sslmode", "choice",
                                  _("{value} is not an sslmode; use one of {choices}").format(value=repr(self.sslmode), choices=", ".join(SSLMODES)))
        for name in ("sslrootcert", "sslcert", "sslkey"):
            value = getattr(self, name)
            if value and value != "system" and not Path(value).expanduser().is_file():
                raise ValidationError(name, "missing_file", _("no such file: {file}").format(file=value))
        if bool(self.sslcert) != bool(self.sslkey):
            raise ValidationError("sslkey" if self.sslcert else "sslcert", "required",
                                  _("a client certificate needs both sslcert and sslkey"))

    @classmethod
    def from_env(cls, **given: str | None) -> TlsOptions:
        """Options given explicitly (e.g. on the command line) win over the $CASEWORK_DB_SSL* variables."""
        values = {name: given.get(name) or os.environ.get(env) or None for name, env in TLS_ENV.items()}
        return cls(**values)

    def connect_args(self) -> dict[str, str]:
        args = {}
        for name in TLS_ENV:
            value = getattr(self, name)
            if value:
                args[name] = value if name == "sslmode" or value == "system" else str(Path(value).expanduser())
        return args

    def describe(self) -> str:
        return f"TLS {self.sslmode}" if self.sslmode else ""


# The write gate is an exclusive lock on a file: flock on Linux and macOS, a one-byte msvcrt lock on
# Windows. Without either, SQLite's busy timeout alone makes writers wait.
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # not Windows
    msvcrt = None  # type: ignore[assignment]

GATE_SUFFIX = "-writers.lock"


def write_gate(engine: Engine):
    """What a write transaction holds around BEGIN IMMEDIATE ... COMMIT: a queue for SQLite writers.

    SQLite's own busy handler makes a waiting writer sleep up to 100 ms between tries, so a writer
    that has waited a while loses every race to those that just finished and begin again at once: with
    many writers busy, one can be starved past the busy timeout and fail with "database is locked".
    The gate is a lock on a file next to the database that every writer takes first, trying every
    millisecond or two (with jitter) until the busy timeout, so a waiting writer gets its turn. If the
    gate cannot be had in time the write goes ahead and SQLite's busy timeout still applies. PostgreSQL
    queues writers itself: no gate.
    """
    database = engine.url.database
    if fcntl is None and msvcrt is None or engine.dialect.name != "sqlite" or not database or \
            database == ":memory:" or database.startswith("file:"):
        return nullcontext()
    return _flock_gate(Path(engine.url.database).with_name(Path(engine.url.database).name + GATE_SUFFIX))


def _try_lock(handle) -> bool:
    """Take the gate's lock without waiting; False when another transaction holds it."""
    if fcntl is not None:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
    handle.seek(0)  # msvcrt locks bytes from the file position: always the first byte
    try:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return True
    except OSError:  # locked by another handle (EACCES / EDEADLOCK)
        return False


def _unlock(handle) -> None:
    if fcntl is None:  # Windows asks for the region to be unlocked before the file is closed
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
    # flock: closing the file releases it


@contextmanager
def _flock_gate(path: Path) -> Iterator[None]:
    try:
        handle = open(path, "a+b")  # one open file per transaction: the lock excludes threads of one process too
    except OSError:  # a read-only folder: fall back on the busy timeout
        yield
        return
    locked = False
    try:
        deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
        while not (locked := _try_lock(handle)):
            if time.monotonic() > deadline:
                break
            time.sleep(random.uniform(0.0005, 0.002))
        yield
    finally:
        if locked:
            _unlock(handle)
        handle.close()


def make_sessionmakers(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """Sessions for reading and sessions for writing (the latter lock SQLite up front)."""
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    return reader, writer
