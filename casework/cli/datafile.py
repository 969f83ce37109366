"""backup, restore, encrypt and rekey: looking after the database file itself.

These work on the whole database, so they are gated by what opens it (the SQLite file and its key,
or the PostgreSQL credentials), not by a Casework sign-in: whoever holds the key can read every
record anyway. On PostgreSQL, `backup` runs pg_dump when it is on PATH and otherwise prints how to;
`restore` prints the pg_restore steps.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from ..errors import DatabaseKeyRequired, ValidationError
from ..store.backup import (
    BackupCheck,
    backup_sqlite,
    check_backup,
    precheck_backup,
    encrypt_sqlite,
    rekey_sqlite,
    restore_sqlite,
)
from ..store.encryption import (
    DatabaseKey,
    FileState,
    KeyKind,
    file_state,
    keyring_usable,
    load_from_keyring,
    passphrase_from_env,
)
from . import output, prompts
from .session import Invocation, display_url, sqlite_path

EXIT_FAILED = 1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="a consistent copy of the database, safe while it is in use",
                       description="Copy the database to FILE while it is in use (SQLite's online backup API: the "
                                   "copy is the database as it was when the backup started). An encrypted database "
                                   "gives an encrypted copy with the same key. On PostgreSQL, runs pg_dump (custom "
                                   "format) when it is on PATH, else prints how to.")
    p.add_argument("file", type=Path, help="the new backup file (must not exist)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", parents=[common], help="replace the database with a checked backup",
                       description="Check FILE (it opens with its key, passes PRAGMA integrity_check, is a Casework "
                                   "database whose schema revision this version knows; its row counts are shown), "
                                   "then, with --yes or a confirmation typed on a terminal, keep a copy of the "
                                   "current database beside it and put FILE in its place. Refused while another "
                                   "program (the desktop app, a sweep) has the database open. With --check, only "
                                   "check. SQLite only: on PostgreSQL it prints the pg_restore steps.")
    p.add_argument("file", type=Path, help="the backup file")
    p.add_argument("--check", action="store_true", help="only check the file; change nothing")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=restore)

    p = sub.add_parser("encrypt", parents=[common], help="encrypt an existing plain SQLite database (SQLCipher)",
                       description="Encrypt a plain SQLite database in place (sqlcipher_export), after a backup. "
                                   "The key is a random one kept in the system keyring, or a passphrase "
                                   "($CASEWORK_DB_PASSPHRASE, else asked twice) with --passphrase or where there "
                                   "is no keyring. The encrypted copy is checked (integrity, the same rows) before it "
                                   "replaces the file; the plain backup is then deleted unless --keep-plain-backup. "
                                   "Refused while the database is in use.")
    p.add_argument("--passphrase", action="store_true", help="use a passphrase even when a keyring is available")
    p.add_argument("--keep-plain-backup", action="store_true",
                   help="keep the unencrypted backup made first (it holds every record in clear)")
    p.set_defaults(handler=encrypt)

    p = sub.add_parser("rekey", parents=[common], help="change the key of an encrypted SQLite database",
                       description="Re-encrypt the database under a new key: a new passphrase "
                                   "($CASEWORK_NEW_DB_PASSPHRASE, else asked twice) with --passphrase, or a new "
                                   "random key kept in the system keyring with --keyring. The current key comes "
                                   "from the keyring, $CASEWORK_DB_PASSPHRASE or a prompt. Refused while the "
                                   "database is in use.")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--passphrase", action="store_true", help="protect the database with a new passphrase")
    how.add_argument("--keyring", action="store_true", help="a new random key, kept in the system keyring")
    p.set_defaults(handler=rekey)


def _require_sqlite(inv: Invocation, what: str) -> Path:
    path = sqlite_path(inv.url)
    if path is None:
        raise ValidationError("database", "not_sqlite", f"`casework {what}` works on a SQLite database file; "
                                                        f"{display_url(inv.url)} is not one")
    if file_state(path) in (FileState.MISSING, FileState.EMPTY):
        raise ValidationError("database", "not_initialised",
                              f"no Casework database at {display_url(inv.url)}; run `casework init` to create it")
    return path


# --- backup ------------------------------------------------------------------------------------

def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rbacking up: {done}/{total} pages")
    sys.stderr.flush()


def backup(inv: Invocation) -> int:
    url = inv.url
    if make_url(url).get_backend_name() != "sqlite":
        return _pg_backup(inv, inv.args.file)
    ctx = inv.context()
    show = not inv.json and sys.stderr.isatty()
    result = backup_sqlite(ctx.engine, inv.args.file, progress=_progress if show else None)
    if show:
        sys.stderr.write("\r" + " " * 60 + "\r")
    size = result.target.stat().st_size
    if inv.json:
        output.print_json({"file": str(result.target), "bytes": size, "pages": result.pages,
                           "seconds": round(result.seconds, 3), "encrypted": result.encrypted})
        return 0
    how = "encrypted with the database's own key" if result.encrypted else "NOT encrypted (the database is not)"
    print(f"backed up {display_url(url)} to {result.target} ({size:,} bytes, {result.pages} pages, "
          f"{result.seconds:.2f} s); the copy is {how}")
    if inv.key is not None and inv.key.kind is KeyKind.RAW:
        print("its key is in this computer's keyring only: to restore it on another computer, first move the "
              "database to a passphrase (`casework rekey --passphrase`) and back up again")
    return 0


def _libpq_env(inv: Invocation) -> dict[str, str]:
    """The connection as libpq environment variables (the password never on a command line)."""
    u = make_url(inv.url)
    env = dict(os.environ)
    pairs = {"PGHOST": u.host, "PGPORT": str(u.port) if u.port else None, "PGUSER": u.username,
             "PGPASSWORD": u.password, "PGDATABASE": u.database}
    for name, value in pairs.items():
        if value:
            env[name] = str(value)
    query = dict(u.query)
    if "options" in query:
        env["PGOPTIONS"] = str(query["options"])
    tls = inv.tls.connect_args()
    for name, var in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"), ("sslcert", "PGSSLCERT"),
                      ("sslkey", "PGSSLKEY")):
        value = tls.get(name) or query.get(name)
        if value:
            env[var] = str(value)
    return env


PG_GUIDANCE = """\
PostgreSQL is backed up with its own tools, run where they can reach the server (the same major
version as the server, or newer):

  pg_dump --format=custom --file casework.dump "host=HOST dbname=DB user=USER sslmode=verify-full"

and restored into an empty database (stop every Casework desktop first):

  createdb -T template0 casework_restored
  pg_restore --no-owner --dbname casework_restored casework.dump

then point Casework at it (--db postgresql+psycopg://HOST/casework_restored) and run `casework init`
to bring it to this version. Keep passwords in ~/.pgpass or PGPASSWORD, not on the command line.
"""


def _pg_backup(inv: Invocation, file: Path) -> int:
    target = Path(file).expanduser()
    if target.exists():
        raise ValidationError("file", "exists", f"{target} already exists; choose a new file name")
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        sys.stderr.write("error: pg_dump is not on PATH, so nothing was backed up.\n\n" + PG_GUIDANCE)
        return EXIT_FAILED
    partial = target.with_name(target.name + ".partial")
    completed = subprocess.run([pg_dump, "--format=custom", "--no-owner", "--file", str(partial)],
                               env=_libpq_env(inv), capture_output=True, text=True)
    if completed.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = (completed.stderr.strip().splitlines() or ["no message"])[-1]
        sys.stderr.write(f"error: pg_dump failed: {reason}\n")
        return EXIT_FAILED
    os.replace(partial, target)
    size = target.stat().st_size
    if inv.json:
        output.print_json({"file": str(target), "bytes": size, "tool": "pg_dump", "format": "custom"})
    else:
        print(f"backed up {display_url(inv.url)} with pg_dump to {target} ({size:,} bytes, custom format; "
              "restore with pg_restore)")
    return 0


# --- restore -----------------------------------------------------------------------------------

def _backup_key(file: Path, current: DatabaseKey | None) -> DatabaseKey | None:
    """The key of a backup file: the keyring, $CASEWORK_DB_PASSPHRASE, the current database's
    passphrase, else asked on a terminal."""
    if file_state(file) is not FileState.ENCRYPTED:
        return None
    for key in (load_from_keyring(file),
                DatabaseKey.from_passphrase(p) if (p := passphrase_from_env()) else None,
                current if current is not None and current.kind is KeyKind.PASSPHRASE else None):
        if key is not None:
            return key
    if prompts.stdin_is_tty():
        try:
            return DatabaseKey.from_passphrase(prompts.ask(f"Passphrase of the backup {file}: "))
        except EOFError:
            pass
    raise DatabaseKeyRequired(str(file), "give the passphrase it was made with (set CASEWORK_DB_PASSPHRASE, or "
                                         "run on a terminal to be asked)")


def _check_json(check: BackupCheck) -> dict:
    return {"file": str(check.file), "encrypted": check.encrypted, "revision": check.revision,
            "counts": check.counts}


def restore(inv: Invocation) -> int:
    url = inv.url
    if make_url(url).get_backend_name() != "sqlite":
        sys.stderr.write("error: `casework restore` restores a SQLite file; nothing was changed.\n\n" + PG_GUIDANCE)
        return EXIT_FAILED
    database = sqlite_path(url)
    assert database is not None
    file = Path(inv.args.file).expanduser()
    current_key = inv.database_key(database) if file_state(database) is FileState.ENCRYPTED else None
    precheck_backup(file)
    backup_key = _backup_key(file, current_key)
    check = check_backup(file, backup_key)
    if not inv.json:
        print(f"{file}: a Casework database at schema revision {check.revision}, "
              f"{'encrypted' if check.encrypted else 'NOT encrypted'}, integrity check ok")
        output.print_table(["TABLE", "ROWS"], sorted(check.counts.items()))
    if inv.args.check:
        if inv.json:
            output.print_json({"check": _check_json(check), "restored": False})
        return 0
    if not inv.args.yes:
        if not prompts.stdin_is_tty():
            raise ValidationError("yes", "required", "restoring replaces the database: give --yes to confirm")
        answer = input(f"Replace the database {database} with this backup? Type yes to go on: ")
        if answer.strip().lower() != "yes":
            print("nothing was changed")
            return 0
    result = restore_sqlite(database, file, current_key=current_key, backup_key=backup_key)
    if inv.json:
        output.print_json({"check": _check_json(check), "restored": True,
                           "previous": str(result.previous) if result.previous else None})
        return 0
    print(f"restored {database} from {file}")
    if result.previous is not None:
        print(f"the database it replaced was kept at {result.previous}")
    if not check.encrypted:
        print("the restored database is NOT encrypted: `casework encrypt` encrypts it")
    return 0


# --- encrypt and rekey -------------------------------------------------------------------------

def encrypt(inv: Invocation) -> int:
    path = _require_sqlite(inv, "encrypt")
    if file_state(path) is FileState.ENCRYPTED:
        raise ValidationError("database", "already_encrypted",
                              f"{path} is already encrypted; `casework rekey` changes its key")
    key = prompts.new_database_key(prefer_passphrase=inv.args.passphrase)
    result = encrypt_sqlite(path, key, keep_plain_backup=inv.args.keep_plain_backup)
    how = "a random key kept in this computer's keyring" if key.kind is KeyKind.RAW else "your passphrase"
    print(f"encrypted {path} with {how} ({result.tables} tables, {result.rows:,} rows checked)")
    if result.plain_backup is not None:
        print(f"the unencrypted backup made first is at {result.plain_backup}: it holds every record in clear; "
              "delete it once you no longer need it")
    else:
        print("the unencrypted backup made first was deleted once the encrypted database had been checked")
    return 0


def rekey(inv: Invocation) -> int:
    path = _require_sqlite(inv, "rekey")
    if file_state(path) is not FileState.ENCRYPTED:
        raise ValidationError("database", "not_encrypted",
                              f"{path} is not encrypted; `casework encrypt` encrypts it")
    old = prompts.database_key(path)
    if inv.args.keyring:
        if not keyring_usable():
            raise ValidationError("keyring", "unavailable", "there is no usable system keyring on this computer")
        new = DatabaseKey.random()
    else:
        new = prompts.new_database_key(prefer_passphrase=True, env_name=prompts.NEW_DB_PASSPHRASE_ENV)
    rekey_sqlite(path, old, new)
    how = "a new random key kept in this computer's keyring" if new.kind is KeyKind.RAW else "the new passphrase"
    print(f"the database {path} is now encrypted with {how}")
    return 0

