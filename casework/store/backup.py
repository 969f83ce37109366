"""Backup, restore, encrypt and rekey for the SQLite file. Qt-free; the CLI and the desktop app call these.

- ``backup_sqlite``: a consistent copy while the app is in use, through SQLite's online backup API,
  in steps of a few hundred pages (a progress callback sees each step). The copy is taken inside
  one read transaction, so it is the database as it was when the backup started (WAL lets writers
  go on meanwhile) and never restarts however busy the writers are. An encrypted database gives an
  encrypted copy with the same key.
- ``check_backup``: what ``restore`` checks before touching anything: the file opens (with its key),
  ``PRAGMA integrity_check`` is ok, it is a Casework database, its schema revision is one this
  version knows, and how many rows each table has.
- ``restore_sqlite``: refuses while another program has the database open, keeps a copy of the
  current database, then puts the checked file in its place.
- ``encrypt_sqlite`` (plain → SQLCipher, with sqlcipher_export, after a backup) and ``rekey_sqlite``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from ..errors import BadBackupFile, DatabaseInUse, ValidationError, WrongDatabaseKey
from .encryption import (
    DatabaseKey,
    FileState,
    KeyKind,
    file_state,
    forget_in_keyring,
    keyring_usable,
    load_from_keyring,
    store_in_keyring,
)
from ..i18n import _

DEFAULT_STEP_PAGES = 256  # 1 MiB at SQLCipher's 4 KiB pages: a progress tick every few milliseconds
Progress = Callable[[int, int], None]  # (pages copied, pages in all)


def _dbapi():
    from .encryption import sqlcipher_module

    return sqlcipher_module()  # opens plain SQLite files too (it is SQLite with the codec added)


def _connect(path: Path, key: DatabaseKey | None, *, busy_ms: int = 0):
    # Plain files through the standard library's sqlite3, as the app opens them: two copies of the
    # SQLite library in one process do not see each other's POSIX locks, so a file must only ever be
    # opened by one of them in a process. Encrypted files are only ever opened by sqlcipher3.
    dbapi = _dbapi() if key is not None else sqlite3
    conn = dbapi.connect(str(path), isolation_level=None, timeout=busy_ms / 1000, check_same_thread=False)
    if key is not None:
        conn.execute(key.pragma_sql())
    conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
    return conn


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def sibling(path: Path, what: str) -> Path:
    """``casework.sqlite3`` → ``casework.sqlite3.before-restore-20260615-101500.bak`` (never an existing file)."""
    base = f"{path.name}.{what}-{stamp()}"
    candidate = path.with_name(f"{base}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{base}-{n}.bak")
    return candidate


def _fsync(path: Path) -> None:
    # opened for writing: Windows flushes a file (FlushFileBuffers) only through a handle that may write
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def _remember_key(target: Path, key: DatabaseKey | None) -> None:
    # A raw key lives in the keyring under the file's salt; a copy has a salt of its own.
    if key is not None and key.kind is KeyKind.RAW and keyring_usable():
        store_in_keyring(target, key)


def engine_key(engine: Engine) -> DatabaseKey | None:
    """The key an engine made by make_engine opens its file with (None for a plain file)."""
    if engine.url.drivername != "sqlite+pysqlcipher":
        return None
    value = engine.url.password or ""
    if value.startswith("x'") and value.endswith("'"):
        return DatabaseKey(KeyKind.RAW, value[2:-1])
    return DatabaseKey.from_passphrase(value)


# --- backup ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupResult:
    target: Path
    pages: int
    seconds: float
    encrypted: bool


def backup_connection(source, target: Path, key: DatabaseKey | None, *, step_pages: int = DEFAULT_STEP_PAGES,
                      progress: Progress | None = None) -> BackupResult:
    """Copy the database open on DB-API connection ``source`` to the new file ``target``."""
    started = time.perf_counter()
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    pages_total = 0

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal pages_total
        pages_total = total
        if progress is not None:
            progress(total - remaining, total)

    # The copy is made by the same binding as the source (a sqlite3 connection cannot take a
    # sqlcipher3 one, nor the other way round).
    dbapi = _dbapi() if _is_cipher(source) else sqlite3
    dest = dbapi.connect(str(partial), isolation_level=None)
    try:
        if key is not None:
            dest.execute(key.pragma_sql())
        # One read transaction around the whole copy: a consistent snapshot that writers on other
        # connections (WAL) cannot disturb, so the stepped copy never has to start again.
        in_tx = getattr(source, "in_transaction", False)
        if not in_tx:
            source.execute("BEGIN")
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()
            source.backup(dest, pages=step_pages, progress=step, sleep=0)
        finally:
            if not in_tx:
                source.execute("COMMIT")
        dest.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    _fsync(partial)
    os.replace(partial, target)
    _remember_key(target, key)
    return BackupResult(target, pages_total, time.perf_counter() - started, key is not None)


def _is_cipher(connection) -> bool:
    return type(connection).__module__.startswith("sqlcipher3")


def backup_sqlite(engine: Engine, target: Path, *, step_pages: int = DEFAULT_STEP_PAGES,
                  progress: Progress | None = None, overwrite: bool = False) -> BackupResult:
    """A consistent copy of the SQLite database behind ``engine``, safe while others read and write."""
    target = Path(target).expanduser()
    if target.exists() and not overwrite:
        raise ValidationError("file", "exists", _("{target} already exists; choose a new file name").format(target=target))
    if not target.parent.is_dir():
        raise ValidationError("file", "no_folder", _("the folder {folder} does not exist").format(folder=target.parent))
    source_file = engine.url.database
    if source_file and Path(source_file).resolve() == target.resolve():
        raise ValidationError("file", "same_file", _("the backup cannot be the database file itself"))
    raw = engine.raw_connection()
    try:
        return backup_connection(raw.driver_connection, target, engine_key(engine),
                                 step_pages=step_pages, progress=progress)
    finally:
        raw.close()


# --- checking a backup -------------------------------------------------------------------------

CASEWORK_TABLES = ("alembic_version", "app_user", "referral")


@dataclass(frozen=True)
class BackupCheck:
    file: Path
    encrypted: bool
    revision: str
    counts: dict[str, int] = field(default_factory=dict)


def precheck_backup(path: Path) -> FileState:
    """The checks that need no key: the file is there and is the size of a database file."""
    path = Path(path).expanduser()
    where = str(path)
    state = file_state(path)
    if state is FileState.MISSING:
        raise BadBackupFile(where, _("there is no such file"))
    if state is FileState.EMPTY:
        raise BadBackupFile(where, _("the file is empty"))
    size = path.stat().st_size
    if size < 512 or size % 512:
        raise BadBackupFile(where, _("it is not a database file ({size} bytes is no whole number of pages)").format(size=f"{size:,}"))
    return state


def check_backup(path: Path, key: DatabaseKey | None) -> BackupCheck:
    """Everything restore checks before it replaces anything; BadBackupFile names the first problem."""
    from .migrate import known_revision  # late: migrate imports this module

    path = Path(path).expanduser()
    where = str(path)
    state = precheck_backup(path)
    encrypted = state is FileState.ENCRYPTED
    if encrypted and key is None:
        key = load_from_keyring(path)
        if key is None:
            from ..errors import DatabaseKeyRequired

            raise DatabaseKeyRequired(where, _("give the passphrase it was made with (set CASEWORK_DB_PASSPHRASE, "
                                               "or run on a terminal to be asked)"))
    dbapi = _dbapi() if encrypted else sqlite3
    try:
        conn = _connect(path, key if encrypted else None, busy_ms=5000)
    except dbapi.Error as exc:
        raise BadBackupFile(where, _("it cannot be opened ({error})").format(error=exc)) from None
    with closing(conn):
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError:
            if encrypted:
                raise WrongDatabaseKey(where) from None
            raise BadBackupFile(where, _("it is not a SQLite database")) from None
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except dbapi.DatabaseError as exc:
            raise BadBackupFile(where, _("the integrity check could not run ({error}): the file is damaged").format(error=exc)) from None
        if result != ["ok"]:
            raise BadBackupFile(where, _("the integrity check failed: {problems}").format(problems="; ".join(result[:3])))
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        missing = [t for t in CASEWORK_TABLES if t not in tables]
        if missing:
            raise BadBackupFile(where, _("it is not a Casework database (no {tables} table)").format(tables=", ".join(missing)))
        revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        if len(revisions) != 1:
            raise BadBackupFile(where, _("it is not a Casework database (no schema revision recorded)"))
        revision = revisions[0]
        if not known_revision(revision):
            raise BadBackupFile(where, _("its schema revision {revision} is newer than this version of Casework "
                                         "knows; restore it with a newer Casework").format(revision=revision))
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    return BackupCheck(path, encrypted, revision, counts)


# --- having the database to ourselves ----------------------------------------------------------

def _take_exclusive(path: Path, key: DatabaseKey | None, action: str):
    """A connection that is the only one on the file, in rollback-journal mode (the WAL folded in).

    Leaving WAL mode needs every other connection closed: SQLite refuses with "database is locked"
    while the desktop app or another command has the file open, which is how we tell it is in use.
    """
    dbapi = _dbapi() if key is not None else sqlite3
    conn = _connect(path, key, busy_ms=0)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except dbapi.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUse(str(path), action) from None
        raise
    except dbapi.DatabaseError:
        conn.close()
        raise WrongDatabaseKey(str(path)) from None
    if str(mode).lower() != "delete":
        conn.close()
        raise DatabaseInUse(str(path), action)
    return conn


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --- restore -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    check: BackupCheck
    previous: Path | None  # the copy of the database that was replaced


def restore_sqlite(database: Path, backup_file: Path, *, current_key: DatabaseKey | None,
                   backup_key: DatabaseKey | None) -> RestoreResult:
    database = Path(database).expanduser()
    backup_file = Path(backup_file).expanduser()
    if database.exists() and backup_file.resolve() == database.resolve():
        raise BadBackupFile(str(backup_file), _("it is the database itself"))
    check = check_backup(backup_file, backup_key)
    previous = None
    conn = None
    if file_state(database) in (FileState.PLAIN, FileState.ENCRYPTED):
        key = current_key if file_state(database) is FileState.ENCRYPTED else None
        conn = _take_exclusive(database, key, _("restore"))
        previous = sibling(database, "before-restore")
        try:
            backup_connection(conn, previous, key)
        except BaseException:
            conn.close()
            raise
    try:
        incoming = database.with_name(database.name + ".restoring")
        shutil.copyfile(backup_file, incoming)
        _fsync(incoming)
        if conn is not None:
            conn.close()
            conn = None
        _remove_sidecars(database)
        os.replace(incoming, database)
    finally:
        if conn is not None:
            conn.close()
    return RestoreResult(check, previous)


# --- encrypt and rekey -------------------------------------------------------------------------

@dataclass(frozen=True)
class EncryptResult:
    database: Path
    plain_backup: Path | None  # kept only when asked for: it holds the records unencrypted
    tables: int
    rows: int


def _row_counts(conn) -> dict[str, int]:
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def encrypt_sqlite(database: Path, key: DatabaseKey, *, keep_plain_backup: bool = False) -> EncryptResult:
    """Turn a plain SQLite database into an SQLCipher one with ``key`` (raw keys go to the keyring).

    A plain backup is made first; the encrypted copy is checked (integrity, the same row count in
    every table) before it replaces the original. The plain backup is then deleted unless kept on
    request, since it holds every record in clear.
    """
    database = Path(database).expanduser()
    state = file_state(database)
    if state is FileState.ENCRYPTED:
        raise ValidationError("database", "already_encrypted", _("{database} is already encrypted").format(database=database))
    if state is not FileState.PLAIN:
        raise ValidationError("database", "not_initialised", _("no database at {database}").format(database=database))
    if key.kind is KeyKind.RAW and not keyring_usable():
        raise ValidationError("passphrase", "required",
                              _("no system keyring to keep the key in; encrypt with a passphrase instead"))
    plain = _take_exclusive(database, None, _("encrypt it"))
    plain_backup = sibling(database, "before-encrypt")
    try:
        backup_connection(plain, plain_backup, None)
        before = _row_counts(plain)
    finally:
        plain.close()
    work = database.with_name(database.name + ".encrypting")
    work.unlink(missing_ok=True)
    # SQLCipher reads the plain file (sqlcipher_export needs it); the standard library's connection is
    # closed first (see _connect), and the file is in rollback-journal mode now, the WAL folded in.
    conn = _dbapi().connect(str(database), isolation_level=None, check_same_thread=False)
    try:
        quoted = str(work).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS encrypted KEY \"{key.pragma_value().replace(chr(34), chr(34) * 2)}\"")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
        with closing(_connect(work, key)) as check:
            if [r[0] for r in check.execute("PRAGMA integrity_check")] != ["ok"]:
                raise RuntimeError("the encrypted copy failed its integrity check; the database was left as it was")
            after = _row_counts(check)
        if after != before:
            raise RuntimeError("the encrypted copy does not hold the same rows; the database was left as it was")
        _fsync(work)
        if key.kind is KeyKind.RAW:
            store_in_keyring(work, key)
        conn.close()
        conn = None
        _remove_sidecars(database)
        os.replace(work, database)
    except BaseException:
        work.unlink(missing_ok=True)
        if conn is not None:
            conn.close()
        raise
    kept = plain_backup if keep_plain_backup else None
    if not keep_plain_backup:
        plain_backup.unlink(missing_ok=True)
    return EncryptResult(database, kept, len(after), sum(after.values()))


def rekey_sqlite(database: Path, old_key: DatabaseKey, new_key: DatabaseKey) -> None:
    """Re-encrypt an encrypted database under ``new_key`` (SQLCipher's PRAGMA rekey, one transaction).

    A new raw key goes to the keyring first and the old entry comes back if the rekey fails; moving
    to a passphrase removes the database's keyring entry once the rekey has succeeded.
    """
    database = Path(database).expanduser()
    if file_state(database) is not FileState.ENCRYPTED:
        raise ValidationError("database", "not_encrypted",
                              _("{database} is not encrypted; use `casework encrypt` to encrypt it").format(database=database))
    if new_key.kind is KeyKind.RAW and not keyring_usable():
        raise ValidationError("passphrase", "required", _("no system keyring to keep a key in; rekey to a passphrase"))
    conn = _take_exclusive(database, old_key, _("change its key"))
    try:
        if new_key.kind is KeyKind.RAW:
            store_in_keyring(database, new_key)
        try:
            conn.execute(new_key.pragma_sql("rekey"))
            with closing(_connect(database, new_key)) as check:
                check.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            if new_key.kind is KeyKind.RAW:
                if old_key.kind is KeyKind.RAW:
                    store_in_keyring(database, old_key)
                else:
                    forget_in_keyring(database)
            raise
        if new_key.kind is KeyKind.PASSPHRASE:
            forget_in_keyring(database)
    finally:
        conn.close()
