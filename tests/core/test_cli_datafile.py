"""`casework init --encrypt`, `backup`, `restore`, `encrypt`, `rekey` and the PostgreSQL TLS options."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from casework.cli import prompts
from casework.cli.main import main
from casework.store.encryption import FileState, file_state, load_from_keyring

from ..conftest import ENGINE, PASSWORD, PG_URL, TEST_KEYRING

PASSPHRASE = "correct horse battery staple"
sqlite_only = pytest.mark.skipif(ENGINE != "sqlite", reason="a SQLite file")
pg_only = pytest.mark.skipif(ENGINE != "postgresql", reason="a PostgreSQL server")


@pytest.fixture(autouse=True)
def _environment(monkeypatch):
    for name in ("CASEWORK_DB", "CASEWORK_USER", "CASEWORK_NEW_PASSWORD", "CASEWORK_DB_PASSPHRASE",
                 "CASEWORK_NEW_DB_PASSPHRASE", "CASEWORK_DB_SSLMODE", "CASEWORK_DB_SSLROOTCERT",
                 "CASEWORK_DB_SSLCERT", "CASEWORK_DB_SSLKEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEWORK_PASSWORD", PASSWORD)
    monkeypatch.setattr(prompts, "stdin_is_tty", lambda: False)


@pytest.fixture
def run(capsys, clock):
    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args), clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return invoke


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(TEST_KEYRING)


# --- init --------------------------------------------------------------------------------------

@sqlite_only
def test_init_encrypts_a_new_database_by_default_with_a_key_in_the_keyring(tmp_path, run):
    path = tmp_path / "new.sqlite3"
    code, out, err = run("--db", f"sqlite:///{path}", "init")
    assert code == 0, err
    assert "encrypted (SQLCipher) with a random key kept in this computer's keyring" in out
    assert file_state(path) is FileState.ENCRYPTED and load_from_keyring(path) is not None
    code, out, _ = run("--db", f"sqlite:///{path}", "user", "list", "--json")
    assert code == 0 and json.loads(out)[0]["username"] == "admin"


@sqlite_only
def test_init_without_a_keyring_needs_a_passphrase_and_says_how_to_give_one(tmp_path, run, no_keyring, monkeypatch):
    path = tmp_path / "new.sqlite3"
    code, _, err = run("--db", f"sqlite:///{path}", "init")
    assert code == 2
    assert "passphrase" in err and "CASEWORK_DB_PASSPHRASE" in err and "--no-encrypt" in err
    assert not path.exists()
    monkeypatch.setenv("CASEWORK_DB_PASSPHRASE", "too short")
    code, _, err = run("--db", f"sqlite:///{path}", "init")
    assert code == 2 and "at least 12 characters" in err and not path.exists()
    monkeypatch.setenv("CASEWORK_DB_PASSPHRASE", PASSPHRASE)
    code, out, err = run("--db", f"sqlite:///{path}", "init")
    assert code == 0, err
    assert "with your passphrase" in out and file_state(path) is FileState.ENCRYPTED


@sqlite_only
def test_an_encrypted_database_asks_for_its_passphrase_and_refuses_a_wrong_one(tmp_path, run, monkeypatch):
    path = tmp_path / "new.sqlite3"
    url = f"sqlite:///{path}"
    monkeypatch.setenv("CASEWORK_DB_PASSPHRASE", PASSPHRASE)
    assert run("--db", url, "init", "--passphrase")[0] == 0
    monkeypatch.delenv("CASEWORK_DB_PASSPHRASE")
    code, _, err = run("--db", url, "team", "list")
    assert code == 2 and "encrypted" in err and "CASEWORK_DB_PASSPHRASE" in err
    monkeypatch.setenv("CASEWORK_DB_PASSPHRASE", "not the right passphrase")
    code, _, err = run("--db", url, "team", "list")
    assert code == 3 and "does not open the database" in err and "Traceback" not in err
    assert "ERROR CORE" not in err  # SQLCipher's own log is kept quiet
    # on a terminal it is asked for
    monkeypatch.delenv("CASEWORK_DB_PASSPHRASE")
    monkeypatch.setattr(prompts, "stdin_is_tty", lambda: True)
    asked = []
    monkeypatch.setattr(prompts, "ask", lambda prompt: asked.append(prompt) or PASSPHRASE)
    code, out, err = run("--db", url, "team", "list")
    assert code == 0, err
    assert asked == [f"Passphrase for the database {path}: "]


@sqlite_only
def test_init_no_encrypt_makes_a_plain_file_and_encrypt_converts_it(tmp_path, run, monkeypatch):
    path = tmp_path / "plain.sqlite3"
    url = f"sqlite:///{path}"
    code, out, _ = run("--db", url, "init", "--no-encrypt")
    assert code == 0 and "NOT encrypted" in out and file_state(path) is FileState.PLAIN
    monkeypatch.setenv("CASEWORK_DB_PASSPHRASE", PASSPHRASE)
    code, out, err = run("--db", url, "encrypt", "--passphrase")
    assert code == 0, err
    assert "encrypted" in out and "deleted" in out and file_state(path) is FileState.ENCRYPTED
    code, _, err = run("--db", url, "encrypt")
    assert code == 2 and "already encrypted" in err
    monkeypatch.setenv("CASEWORK_NEW_DB_PASSPHRASE", "a brand new passphrase")
    code, out, err = run("--db", url, "rekey", "--passphrase")
    assert code == 0 and "new passphrase" in out, err
    assert run("--db", url, "team", "list")[0] == 3  # the old passphrase no longer opens it
    code, out, err = run("--db", url, "rekey", "--keyring")
    assert code == 3, "the current key is the new passphrase, not the old one in the environment"
    monkeypatch.setenv("CASEWORK_DB_PASSPHRASE", "a brand new passphrase")
    code, out, err = run("--db", url, "rekey", "--keyring")
    assert code == 0 and "keyring" in out, err
    monkeypatch.delenv("CASEWORK_DB_PASSPHRASE")
    assert run("--db", url, "team", "list")[0] == 0


# --- backup and restore ------------------------------------------------------------------------

@sqlite_only
def test_backup_then_restore_from_the_command_line(tmp_path, run, monkeypatch):
    path = tmp_path / "casework.sqlite3"
    url = f"sqlite:///{path}"
    assert run("--db", url, "init")[0] == 0
    assert run("--db", url, "team", "add", "YOT Milton Keynes")[0] == 0
    code, out, err = run("--db", url, "backup", str(tmp_path / "monday.bak"), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["encrypted"] is True and made["pages"] > 0 and Path(made["file"]).exists()
    code, _, err = run("--db", url, "backup", str(tmp_path / "monday.bak"))
    assert code == 2 and "already exists" in err
    assert run("--db", url, "team", "add", "Leeds Navigators")[0] == 0

    code, out, err = run("--db", url, "restore", str(tmp_path / "monday.bak"), "--check")
    assert code == 0, err
    assert "integrity check ok" in out and "referral" in out and "team" in out
    code, _, err = run("--db", url, "restore", str(tmp_path / "monday.bak"))
    assert code == 2 and "--yes" in err
    code, out, err = run("--db", url, "restore", str(tmp_path / "monday.bak"), "--yes", "--json")
    assert code == 0, err
    done = json.loads(out)
    assert done["restored"] is True and done["check"]["counts"]["team"] == 1
    assert Path(done["previous"]).exists()
    code, out, _ = run("--db", url, "team", "list", "--json")
    assert [t["name"] for t in json.loads(out)] == ["YOT Milton Keynes"]


@sqlite_only
def test_restore_refuses_a_file_that_is_not_a_casework_backup_naming_the_problem(tmp_path, run):
    url = f"sqlite:///{tmp_path / 'casework.sqlite3'}"
    assert run("--db", url, "init")[0] == 0
    (tmp_path / "notes.txt").write_text("not a database\n")
    code, _, err = run("--db", url, "restore", str(tmp_path / "notes.txt"), "--yes")
    assert code == 2 and "not a database file" in err and "nothing was changed" in err
    code, _, err = run("--db", url, "restore", str(tmp_path / "missing.bak"), "--yes")
    assert code == 2 and "no such file" in err


@pg_only
def test_backup_on_postgresql_runs_pg_dump_when_it_is_on_the_path(tmp_path, run, db_url, monkeypatch):
    bindir = Path(os.environ.get("PG_BINDIR", "/usr/lib/postgresql/15/bin"))
    if shutil.which("pg_dump") is None and not (bindir / "pg_dump").exists():
        pytest.skip("no pg_dump on this machine")
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    target = tmp_path / "casework.dump"
    code, out, err = run("--db", db_url, "backup", str(target), "--json")
    assert code == 0, err
    assert json.loads(out)["tool"] == "pg_dump" and target.read_bytes().startswith(b"PGDMP")


@pg_only
def test_backup_and_restore_on_postgresql_without_pg_dump_print_the_steps(tmp_path, run, db_url, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing there
    code, _, err = run("--db", db_url, "backup", str(tmp_path / "x.dump"))
    assert code == 1 and "pg_dump is not on PATH" in err and "pg_restore" in err
    assert not (tmp_path / "x.dump").exists()
    code, _, err = run("--db", db_url, "restore", str(tmp_path / "x.dump"), "--yes")
    assert code == 1 and "pg_restore" in err


# --- PostgreSQL TLS options --------------------------------------------------------------------

def test_tls_options_are_checked_and_name_the_field(tmp_path, run):
    url = PG_URL or "postgresql+psycopg://casework@127.0.0.1:1/casework"
    code, _, err = run("--db", url, "--db-sslmode", "verify-full", "--db-sslrootcert",
                       str(tmp_path / "missing-ca.pem"), "team", "list")
    assert code == 2 and "sslrootcert" in err and "no such file" in err
    code, _, err = run("--db", url, "--db-sslmode", "sometimes", "team", "list")
    assert code == 2 and "sslmode" in err
