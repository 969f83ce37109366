"""The store: migrations agree with the models, times are aware UTC, upgrades are safe."""

from __future__ import annotations

from datetime import datetime, timezone
import shutil
from importlib.resources import files
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, select, text
from sqlalchemy.exc import StatementError

from casework.errors import DatabaseTooNew
from casework.store.engine import make_engine, resolve_url
from casework.store.migrate import current_revision, ensure_schema, head_revision
from casework.store.models import Base, Team, compared, compared_index

SHIPPED_HEAD = head_revision()


def test_migrations_at_head_match_the_models(empty_db_url):
    engine = make_engine(empty_db_url)
    ensure_schema(engine)
    with engine.connect() as conn:
        # (The FTS5 name index of 0014 and the SQLite-only initials of 0017 are no models: skipped
        # as env.py skips them.)
        opts = {"compare_type": True,
                "include_name": compared,
                "include_object": lambda _o, name, type_, _r, _c: compared_index(name, type_, conn.dialect.name)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diff == []


def test_init_creates_then_is_a_no_op(empty_db_url):
    engine = make_engine(empty_db_url)
    first = ensure_schema(engine)
    assert (first.before, first.after) == (None, head_revision())
    second = ensure_schema(engine)
    assert (second.before, second.after, second.backup) == (head_revision(),) * 2 + (None,)
    engine.dispose()


def test_database_newer_than_the_app_is_refused(empty_db_url):
    engine = make_engine(empty_db_url)
    ensure_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(DatabaseTooNew) as err:
        ensure_schema(engine)
    assert "ffff_from_the_future" in str(err.value)
    assert current_revision(engine) == "ffff_from_the_future"
    engine.dispose()


NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "9999_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("upgrade_probe")
"""


@pytest.fixture
def app_with_a_newer_revision(tmp_path, monkeypatch):
    """The shipped migrations plus one more revision, as a newer version of the app would have."""
    from casework.store import migrate

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(str(files("casework_migrations"))), scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test_next.py").write_text(NEXT_REVISION.format(head=head_revision()))

    monkeypatch.setattr(migrate, "script_location", lambda: scripts)
    return "9999_test_next"


def test_sqlite_file_is_copied_before_an_upgrade_and_data_is_kept(tmp_path, engine_name, app_with_a_newer_revision):
    if engine_name != "sqlite":
        pytest.skip("file copies are for the SQLite store")
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.execute(insert(Team).values(name="Kept", created_at=datetime.now(timezone.utc), version=1))
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SHIPPED_HEAD})
    result = ensure_schema(engine)
    assert (result.before, result.after) == (SHIPPED_HEAD, app_with_a_newer_revision)
    assert result.backup is not None and result.backup.exists()
    with engine.connect() as conn:
        assert conn.execute(select(Team.name)).scalars().all() == ["Kept"]
        conn.execute(text("SELECT count(*) FROM upgrade_probe"))
    engine.dispose()
    copy = make_engine(f"sqlite:///{result.backup}")
    assert current_revision(copy) == SHIPPED_HEAD
    with copy.connect() as conn:
        assert conn.execute(select(Team.name)).scalars().all() == ["Kept"]
    copy.dispose()


def test_upgrade_from_the_previous_revision_works_on_both_engines(empty_db_url, app_with_a_newer_revision):
    engine = make_engine(empty_db_url)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SHIPPED_HEAD})
    assert ensure_schema(engine).after == app_with_a_newer_revision
    assert current_revision(engine) == app_with_a_newer_revision
    engine.dispose()


def test_naive_datetimes_are_refused_at_the_boundary(db_url):
    engine = make_engine(db_url)
    with pytest.raises(StatementError) as err, engine.begin() as conn:
        conn.execute(insert(Team).values(name="Naive", created_at=datetime(2026, 1, 1, 12), version=1))
    assert "naive datetime refused" in str(err.value)
    engine.dispose()


def test_times_come_back_aware_utc_on_both_engines(db_url):
    engine = make_engine(db_url)
    bst = datetime(2026, 7, 1, 14, 30, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(insert(Team).values(name="Aware", created_at=bst, version=1))
        got = conn.execute(select(Team.created_at)).scalar_one()
    engine.dispose()
    assert got == bst and got.utcoffset().total_seconds() == 0


def test_sqlite_runs_in_wal_with_foreign_keys_busy_timeout_and_full_sync(db_url, engine_name):
    if engine_name != "sqlite":
        pytest.skip("SQLite pragmas")
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    engine.dispose()


def test_database_url_comes_from_the_option_then_the_environment_then_the_user_data_dir(monkeypatch):
    monkeypatch.setenv("CASEWORK_DB", "postgresql+psycopg://x@127.0.0.1/y")
    assert resolve_url("sqlite:///explicit.db") == "sqlite:///explicit.db"
    assert resolve_url(None) == "postgresql+psycopg://x@127.0.0.1/y"
    monkeypatch.delenv("CASEWORK_DB")
    default = resolve_url(None)
    assert default.startswith("sqlite:///") and default.endswith("casework.sqlite3")


def test_core_never_imports_qt():
    root = Path(__file__).resolve().parents[2] / "casework"
    offenders = [str(p) for p in root.rglob("*.py")
                 if any(line.lstrip().startswith(("import PySide6", "from PySide6", "import shiboken6"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []


def test_upgrading_a_database_with_records_from_the_first_revision_keeps_them(empty_db_url):
    from alembic import command

    from casework.store import migrate

    engine = make_engine(empty_db_url)
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    now = datetime(2026, 6, 1, 9, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO team (id, name, created_at, version) VALUES (1, 'T', :t, 1)"), {"t": now})
        conn.execute(text("INSERT INTO app_user (id, username, display_name, role, password_hash, active, "
                          "created_at, version) VALUES (1, 'u', 'U', 'caseworker', 'x', true, :t, 1)"), {"t": now})
        conn.execute(text("INSERT INTO person (id, given_name, family_name, date_of_birth, created_at, updated_at, "
                          "version) VALUES (1, 'A', 'B', '2010-01-01', :t, :t, 1)"), {"t": now})
        conn.execute(text("INSERT INTO referral (id, pathway, source, person_id, stage, received_at, created_at, "
                          "updated_at, version) VALUES (1, 'act_now', 'custody', 1, 'custody', :t, :t, :t, 1)"),
                     {"t": now})
        conn.execute(text("INSERT INTO event (id, referral_id, kind, occurred_at, recorded_at, recorded_by_id, "
                          "details) VALUES (1, 1, 'custody_notified', :t, :t, 1, '{}')"), {"t": now})
    result = ensure_schema(engine)
    assert result.before == "0001" and result.after == head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT kind FROM event")).scalars().all() == ["custody_notified"]
        assert conn.execute(text("SELECT voided_at FROM event")).scalar() is None
    engine.dispose()


def test_the_head_read_from_the_migration_files_is_alembics(tmp_path):
    """Opening a current database skips Alembic on the strength of this (casework.store.migrate)."""
    from casework.store.migrate import scripted_head, script_location

    assert scripted_head() == head_revision()
    # A branch (two heads) is left to Alembic to judge.
    scripts = tmp_path / "migrations"
    shutil.copytree(script_location(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9998_branch.py").write_text(NEXT_REVISION.replace("9999_test_next", "9998_branch")
                                                         .format(head="0001"))
    assert scripted_head(scripts) is None


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"  # (a plain file: the child has no test keyring)
    engine = make_engine(url)
    ensure_schema(engine)
    engine.dispose()
    probe = ("import sys; from casework.store.engine import make_engine; from casework.store.migrate import ensure_schema; "
             f"r = ensure_schema(make_engine({url!r})); "
             "print(r.before == r.after, any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]
