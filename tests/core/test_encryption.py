"""Encryption at rest (SQLCipher), backup, restore, encrypt and rekey of the SQLite file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from casework.errors import (
    BadBackupFile,
    DatabaseInUse,
    DatabaseKeyRequired,
    ValidationError,
    WrongDatabaseKey,
)
from casework.services.context import Context
from casework.store import encryption
from casework.store.backup import (
    backup_sqlite,
    check_backup,
    encrypt_sqlite,
    engine_key,
    rekey_sqlite,
    restore_sqlite,
)
from casework.store.encryption import DatabaseKey, FileState, KeyKind, file_state, load_from_keyring
from casework.store.engine import create_encrypted, make_engine
from casework.store.migrate import ensure_schema

from ..conftest import ENCRYPTED, ENGINE, TEST_KEYRING
from .factories import act_now, young_person

pytestmark = pytest.mark.skipif(ENGINE != "sqlite", reason="encryption and file backups are for the SQLite store")

PLANTED = "Zebedee-Quillfeather"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch):
    monkeypatch.delenv(encryption.PASSPHRASE_ENV, raising=False)


def new_db(tmp_path: Path, key: DatabaseKey | None, name: str = "casework.sqlite3") -> tuple[str, Path]:
    path = tmp_path / name
    url = f"sqlite:///{path}"
    engine = create_encrypted(url, key) if key is not None else make_engine(url)
    ensure_schema(engine)
    engine.dispose()
    return url, path


def plant_a_child(url: str, clock, key: DatabaseKey | None = None) -> int:
    """A team, users and one Act Now referral for a young person called PLANTED; returns its id."""
    from casework.services import directory

    ctx = Context.from_engine(make_engine(url, key=key), clock=clock)
    try:
        directory.create_first_admin(ctx, "admin", "correct-horse-battery", None)
        admin = directory.authenticate(ctx, "admin", "correct-horse-battery")
        directory.create_team(ctx, admin, "YOT Milton Keynes")
        directory.create_site(ctx, admin, "mk-custody", "Milton Keynes custody suite", "custody_suite",
                              "Milton Keynes", "england")
        directory.create_user(ctx, admin, "casey", "correct-horse-battery", "caseworker", "YOT Milton Keynes", None)
        casey = directory.authenticate(ctx, "casey", "correct-horse-battery")  # case records are the case roles'
        referral = act_now(ctx, casey, person=young_person(given_name=PLANTED))
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return referral.id
    finally:
        ctx.close()


def every_byte(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            data += side.read_bytes()
    return data


# --- encryption at rest ------------------------------------------------------------------------

def test_the_suites_database_is_encrypted_exactly_when_the_suite_runs_encrypted(db_url):
    path = Path(db_url.removeprefix("sqlite:///"))
    assert file_state(path) is (FileState.ENCRYPTED if ENCRYPTED else FileState.PLAIN)
    engine = make_engine(db_url)
    assert (engine_key(engine) is not None) == ENCRYPTED
    engine.dispose()


def test_an_encrypted_file_does_not_contain_a_planted_name_while_a_plain_one_does(tmp_path, clock):
    plain_url, plain_path = new_db(tmp_path, None, "plain.sqlite3")
    plant_a_child(plain_url, clock)
    assert PLANTED.encode() in every_byte(plain_path)  # the control: the name is there to be found

    url, path = new_db(tmp_path, DatabaseKey.random())
    plant_a_child(url, clock)
    data = every_byte(path)
    assert PLANTED.encode() not in data
    assert PLANTED.encode("utf-16-le") not in data
    assert not data.startswith(b"SQLite format 3")
    assert file_state(path) is FileState.ENCRYPTED


def test_opening_an_encrypted_file_without_its_key_is_a_typed_error(tmp_path, clock):
    url, path = new_db(tmp_path, DatabaseKey.from_passphrase(PASSPHRASE))
    with pytest.raises(DatabaseKeyRequired) as missing:
        make_engine(url)
    assert missing.value.field == "passphrase" and str(path) in str(missing.value)
    with pytest.raises(WrongDatabaseKey):
        make_engine(url, key=DatabaseKey.from_passphrase("not the passphrase at all"))
    with pytest.raises(WrongDatabaseKey):
        make_engine(url, key=DatabaseKey.random())
    # and plain SQLite cannot read it at all
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_a_passphrase_opens_from_the_argument_or_the_environment(tmp_path, clock, monkeypatch):
    key = DatabaseKey.from_passphrase(PASSPHRASE)
    url, path = new_db(tmp_path, key)
    referral_id = plant_a_child(url, clock, key)
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, PASSPHRASE)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT given_name FROM person")).scalar_one() == PLANTED
        assert conn.execute(text("SELECT id FROM referral")).scalar_one() == referral_id
    engine.dispose()
    assert load_from_keyring(path) is None  # a passphrase is never stored


def test_a_raw_key_is_kept_in_the_keyring_under_the_salt_and_follows_the_file_when_moved(tmp_path, clock):
    key = DatabaseKey.random()
    url, path = new_db(tmp_path, key)
    plant_a_child(url, clock)
    assert load_from_keyring(path) == key
    assert key.secret in TEST_KEYRING.entries.values()
    assert not any(str(path) in name for _, name in TEST_KEYRING.entries)  # filed by salt, not by path
    moved = tmp_path / "elsewhere" / "renamed.sqlite3"
    moved.parent.mkdir()
    shutil.move(path, moved)
    engine = make_engine(f"sqlite:///{moved}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT given_name FROM person")).scalar_one() == PLANTED
    engine.dispose()


def test_an_encrypted_database_keeps_wal_foreign_keys_full_sync_and_the_busy_timeout(tmp_path):
    url, _ = new_db(tmp_path, DatabaseKey.from_passphrase(PASSPHRASE))
    engine = make_engine(url, key=DatabaseKey.from_passphrase(PASSPHRASE))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    engine.dispose()


def test_writers_on_an_encrypted_database_queue_on_begin_immediate_and_all_succeed(tmp_path, clock):
    key = DatabaseKey.random()
    url, _ = new_db(tmp_path, key)
    ctx = Context.from_engine(make_engine(url, key=key), clock=clock)
    with ctx.write() as session:
        session.execute(text("CREATE TABLE tally (n INTEGER NOT NULL)"))
        session.execute(text("INSERT INTO tally VALUES (0)"))
    errors: list[BaseException] = []

    def bump(times: int) -> None:
        try:
            for _ in range(times):
                with ctx.write() as session:
                    # read-modify-write: only correct if writers are serialised from the start
                    n = session.execute(text("SELECT n FROM tally")).scalar_one()
                    session.execute(text("UPDATE tally SET n = :n"), {"n": n + 1})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=bump, args=(25,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with ctx.read() as session:
        assert session.execute(text("SELECT n FROM tally")).scalar_one() == 100
    ctx.close()
    assert errors == []


def test_a_new_database_is_removed_again_when_the_keyring_refuses_its_key(tmp_path, monkeypatch):
    def refuse(*_args):
        raise RuntimeError("the keyring is locked")

    monkeypatch.setattr(TEST_KEYRING, "set_password", refuse)
    path = tmp_path / "casework.sqlite3"
    with pytest.raises(encryption.KeyringUnavailable, match="locked"):
        create_encrypted(f"sqlite:///{path}", DatabaseKey.random())
    assert not path.exists() and not Path(f"{path}-wal").exists()


def test_a_passphrase_that_sqlcipher_would_read_as_a_raw_key_or_too_short_is_refused():
    with pytest.raises(ValidationError) as short:
        encryption.check_new_passphrase("short")
    assert short.value.field == "passphrase"
    with pytest.raises(ValidationError):
        encryption.check_new_passphrase("x'00112233445566778899'")
    encryption.check_new_passphrase(PASSPHRASE)
    assert "hidden" in repr(DatabaseKey.from_passphrase(PASSPHRASE)) and PASSPHRASE not in repr(
        DatabaseKey.from_passphrase(PASSPHRASE))


# --- backup ------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["plain", "raw", "passphrase"])
def test_a_backup_taken_while_another_thread_writes_is_whole_and_has_every_row_committed_before_it(
        tmp_path, kind):
    key = {"plain": None, "raw": DatabaseKey.random(), "passphrase": DatabaseKey.from_passphrase(PASSPHRASE)}[kind]
    url, path = new_db(tmp_path, key)
    engine = make_engine(url, key=key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        conn.exec_driver_sql("INSERT INTO note (body) SELECT hex(randomblob(300)) FROM "
                             "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                             "SELECT i FROM n)")
    committed: list[int] = []
    stop = threading.Event()
    writer_engine = make_engine(url, key=key)  # its own connections: "another program" writing

    def keep_writing() -> None:
        while not stop.is_set():
            with writer_engine.begin() as conn:
                new_id = conn.exec_driver_sql("INSERT INTO note (body) VALUES ('during') RETURNING id").scalar()
            committed.append(new_id)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(committed) < 20:
            time.sleep(0.005)
        committed_before = list(committed)  # every one of these was committed before the backup began
        ticks: list[tuple[int, int]] = []
        result = backup_sqlite(engine, tmp_path / "copy.bak", step_pages=32, progress=lambda d, t: ticks.append((d, t)))
        during = len(committed) - len(committed_before)
    finally:
        stop.set()
        writer.join()
    writer_engine.dispose()
    engine.dispose()
    assert during > 0, "the writer must have kept writing while the backup ran"
    assert len(ticks) > 5 and ticks[-1][0] == ticks[-1][1] == result.pages
    assert all(a[0] <= b[0] for a, b in zip(ticks, ticks[1:]))
    assert result.encrypted == (key is not None)
    if key is not None:
        assert file_state(result.target) is FileState.ENCRYPTED
        assert b"during" not in result.target.read_bytes()
    copy = make_engine(f"sqlite:///{result.target}", key=key if kind == "passphrase" else None)
    with copy.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        ids = {row[0] for row in conn.exec_driver_sql("SELECT id FROM note")}
    copy.dispose()
    assert set(committed_before) <= ids
    assert len(ids) >= 5000 + len(committed_before)


def test_a_backup_refuses_an_existing_file_and_the_database_itself(tmp_path):
    url, path = new_db(tmp_path, None)
    engine = make_engine(url)
    (tmp_path / "taken.bak").write_bytes(b"x")
    with pytest.raises(ValidationError) as exists:
        backup_sqlite(engine, tmp_path / "taken.bak")
    assert exists.value.field == "file" and exists.value.rule == "exists"
    with pytest.raises(ValidationError):
        backup_sqlite(engine, tmp_path / "no-such-folder" / "x.bak")
    engine.dispose()
    assert (tmp_path / "taken.bak").read_bytes() == b"x"


# --- checking and restoring --------------------------------------------------------------------

def test_check_backup_names_the_problem_with_a_bad_file(tmp_path, clock):
    with pytest.raises(BadBackupFile, match="no such file"):
        check_backup(tmp_path / "missing.bak", None)
    (tmp_path / "empty.bak").write_bytes(b"")
    with pytest.raises(BadBackupFile, match="empty"):
        check_backup(tmp_path / "empty.bak", None)
    (tmp_path / "notes.txt").write_text("hello\n")
    with pytest.raises(BadBackupFile, match="not a database file"):
        check_backup(tmp_path / "notes.txt", None)
    other = sqlite3.connect(tmp_path / "other.sqlite3")
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(BadBackupFile, match="not a Casework database"):
        check_backup(tmp_path / "other.sqlite3", None)
    url, path = new_db(tmp_path, None, "newer.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    conn.commit()
    conn.close()
    with pytest.raises(BadBackupFile, match="revision f00d is newer"):
        check_backup(path, None)


def test_check_backup_refuses_a_damaged_file(tmp_path, clock):
    url, path = new_db(tmp_path, None)
    plant_a_child(url, clock)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) // page > 3
    for start in range(page, len(data), page):  # scribble over the cell pointers of every page after the first
        for offset in range(start + 8, start + 40):
            data[offset] = 0x5A
    damaged = tmp_path / "damaged.bak"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BadBackupFile, match="integrity|damaged|malformed"):
        check_backup(damaged, None)


def test_an_encrypted_backup_needs_its_key_to_be_checked(tmp_path, clock):
    key = DatabaseKey.from_passphrase(PASSPHRASE)
    url, path = new_db(tmp_path, key)
    engine = make_engine(url, key=key)
    result = backup_sqlite(engine, tmp_path / "copy.bak")
    engine.dispose()
    with pytest.raises(DatabaseKeyRequired):
        check_backup(result.target, None)
    with pytest.raises(WrongDatabaseKey):
        check_backup(result.target, DatabaseKey.from_passphrase("some other passphrase"))
    check = check_backup(result.target, key)
    assert check.encrypted and check.counts["referral"] == 0 and "app_user" in check.counts


def test_restore_keeps_the_current_database_and_puts_the_checked_backup_in_its_place(tmp_path, clock):
    key = DatabaseKey.random()
    url, path = new_db(tmp_path, key)
    plant_a_child(url, clock)
    engine = make_engine(url)
    backup = backup_sqlite(engine, tmp_path / "monday.bak")
    with engine.begin() as conn:  # a change after the backup, which the restore must undo
        conn.exec_driver_sql("UPDATE person SET given_name = 'Changed'")
    engine.dispose()

    result = restore_sqlite(path, backup.target, current_key=key, backup_key=None)
    assert result.check.counts["person"] == 1 and result.check.encrypted
    assert result.previous is not None and result.previous.exists()
    assert not Path(f"{path}-wal").exists()
    restored = make_engine(url)
    with restored.connect() as conn:
        assert conn.execute(text("SELECT given_name FROM person")).scalar_one() == PLANTED
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    restored.dispose()
    kept = make_engine(f"sqlite:///{result.previous}")
    with kept.connect() as conn:
        assert conn.execute(text("SELECT given_name FROM person")).scalar_one() == "Changed"
    kept.dispose()


def test_restore_is_refused_while_the_database_is_in_use_and_changes_nothing(tmp_path, clock):
    url, path = new_db(tmp_path, None)
    plant_a_child(url, clock)
    engine = make_engine(url)
    backup = backup_sqlite(engine, tmp_path / "copy.bak")
    in_use = make_engine(url)
    conn = in_use.connect()  # the desktop app, with its database open
    conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
    before = path.read_bytes()
    with pytest.raises(DatabaseInUse, match="in use"):
        restore_sqlite(path, backup.target, current_key=None, backup_key=None)
    assert list(tmp_path.glob("*.before-restore-*")) == []
    conn.close()
    in_use.dispose()
    engine.dispose()
    assert path.read_bytes()[:100] == before[:100]


def test_restore_refuses_a_bad_file_before_touching_the_database(tmp_path, clock):
    url, path = new_db(tmp_path, None)
    before = path.read_bytes()
    (tmp_path / "junk.bak").write_bytes(b"SQLite format 3\0" + b"\xff" * 4080)
    with pytest.raises(BadBackupFile, match="not a SQLite database|damaged|integrity"):
        restore_sqlite(path, tmp_path / "junk.bak", current_key=None, backup_key=None)
    (tmp_path / "noise.bak").write_bytes(bytes(range(256)) * 16)  # no SQLite header: encrypted, or noise
    with pytest.raises(DatabaseKeyRequired):
        restore_sqlite(path, tmp_path / "noise.bak", current_key=None, backup_key=None)
    with pytest.raises(WrongDatabaseKey):
        restore_sqlite(path, tmp_path / "noise.bak", current_key=None,
                       backup_key=DatabaseKey.from_passphrase(PASSPHRASE))
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.before-restore-*")) == []


# --- encrypting a plain database, changing the key ---------------------------------------------

@pytest.mark.parametrize("key_kind", [KeyKind.RAW, KeyKind.PASSPHRASE])
def test_encrypt_turns_a_plain_database_into_an_encrypted_one_with_every_row(tmp_path, clock, key_kind):
    url, path = new_db(tmp_path, None)
    referral_id = plant_a_child(url, clock)
    assert PLANTED.encode() in path.read_bytes()
    key = DatabaseKey.random() if key_kind is KeyKind.RAW else DatabaseKey.from_passphrase(PASSPHRASE)
    result = encrypt_sqlite(path, key)
    assert result.rows > 0 and result.plain_backup is None
    assert list(tmp_path.glob("*.before-encrypt-*")) == []  # the clear copy is gone
    assert PLANTED.encode() not in every_byte(path)
    engine = make_engine(url, key=None if key_kind is KeyKind.RAW else key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM referral")).scalar_one() == referral_id
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert engine_key(engine) == key
    engine.dispose()


def test_encrypt_can_keep_the_plain_backup_and_refuses_while_in_use(tmp_path, clock):
    url, path = new_db(tmp_path, None)
    plant_a_child(url, clock)
    engine = make_engine(url)
    conn = engine.connect()
    conn.exec_driver_sql("SELECT 1").scalar()
    with pytest.raises(DatabaseInUse):
        encrypt_sqlite(path, DatabaseKey.from_passphrase(PASSPHRASE))
    assert file_state(path) is FileState.PLAIN
    conn.close()
    engine.dispose()
    result = encrypt_sqlite(path, DatabaseKey.from_passphrase(PASSPHRASE), keep_plain_backup=True)
    assert result.plain_backup is not None and PLANTED.encode() in result.plain_backup.read_bytes()
    with pytest.raises(ValidationError, match="already encrypted"):
        encrypt_sqlite(path, DatabaseKey.from_passphrase(PASSPHRASE))


def test_rekey_moves_between_a_keyring_key_and_a_passphrase(tmp_path, clock):
    raw = DatabaseKey.random()
    url, path = new_db(tmp_path, raw)
    plant_a_child(url, clock)
    new = DatabaseKey.from_passphrase(PASSPHRASE)
    rekey_sqlite(path, raw, new)
    assert load_from_keyring(path) is None
    with pytest.raises(DatabaseKeyRequired):
        make_engine(url)
    with pytest.raises(WrongDatabaseKey):
        make_engine(url, key=raw)
    engine = make_engine(url, key=new)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT given_name FROM person")).scalar_one() == PLANTED
    engine.dispose()
    again = DatabaseKey.random()
    rekey_sqlite(path, new, again)
    assert load_from_keyring(path) == again
    engine = make_engine(url)
    assert engine_key(engine) == again
    engine.dispose()
    with pytest.raises(WrongDatabaseKey):
        make_engine(url, key=new)
