"""Fixtures shared by every test: a fresh database per test on the engine under test, an injected clock.

The engine is SQLite unless ``CASEWORK_TEST_PG_URL`` names a PostgreSQL database, in which case the
whole suite runs against it (``make test`` runs the suite once on each).
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import keyring.errors
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casework.clock import FixedClock
from casework.services import directory
from casework.services.actor import Actor
from casework.services.context import Context
from casework.store.encryption import DatabaseKey
from casework.store.engine import create_encrypted, make_engine
from casework.store.migrate import ensure_schema
from casework.store.models import Base

from argon2 import PasswordHasher

import casework.passwords

# Production hashing costs ~85 ms a hash; tests sign in hundreds of times, so hash cheaply here.
casework.passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

PG_URL = os.environ.get("CASEWORK_TEST_PG_URL")
# CASEWORK_TEST_ENCRYPTED=1: every SQLite test database is SQLCipher-encrypted (a raw key, found in
# the keyring below by the file's salt), to run the suite, or part of it, on encrypted files.
ENCRYPTED = not PG_URL and os.environ.get("CASEWORK_TEST_ENCRYPTED", "") not in ("", "0")
ENGINE = "postgresql" if PG_URL else "sqlite"
PASSWORD = "correct-horse-battery"
# A Monday in British Summer Time.
START = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict: tests never read or write the developer's own keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


TEST_KEYRING = MemoryKeyring()
keyring.set_keyring(TEST_KEYRING)


def pytest_report_header(config):
    return f"casework test engine: {ENGINE}" + (" (SQLCipher-encrypted files)" if ENCRYPTED else "") + (f" ({make_url(PG_URL).render_as_string(hide_password=True)})" if PG_URL else "")


@pytest.fixture(scope="session")
def engine_name() -> str:
    return ENGINE


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> str | None:
    if PG_URL:
        return None
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    if ENCRYPTED:
        # Copies of the file keep its salt, so each test's copy finds this key in TEST_KEYRING.
        engine = create_encrypted(f"sqlite:///{path}", DatabaseKey.random())
    else:
        engine = make_engine(f"sqlite:///{path}")
    ensure_schema(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return str(path)


@pytest.fixture(scope="session")
def _pg_ready() -> bool:
    if not PG_URL:
        return False
    engine = make_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    ensure_schema(engine)
    engine.dispose()
    return True


def _truncate_pg() -> None:
    engine = create_engine(PG_URL)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    # The audit tables refuse TRUNCATE (append-only); their owner lifts that for this one statement.
    guarded = ("audit_entry", "audit_chain")
    with engine.begin() as conn:
        for table in guarded:
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        for table in guarded:
            conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
    engine.dispose()


@pytest.fixture
def db_url(tmp_path, _sqlite_template, _pg_ready) -> str:
    """A fresh database at the head revision."""
    if PG_URL:
        _truncate_pg()
        return PG_URL
    target = tmp_path / "casework.sqlite3"
    shutil.copyfile(_sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def empty_db_url(tmp_path):
    """A fresh, empty database (no tables): a new file on SQLite, a new schema on PostgreSQL."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def ctx(db_url, clock):
    context = Context.open(db_url, clock=clock, migrate=False)
    yield context
    context.close()


@pytest.fixture
def admin(ctx) -> Actor:
    directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
    return directory.authenticate(ctx, "admin", PASSWORD)


@dataclass
class World:
    """A small service: one YOT team with a caseworker and a team lead, and the sites they work at."""

    admin: Actor
    caseworker: Actor
    team_lead: Actor
    manager: Actor
    team: str = "YOT Milton Keynes"


@pytest.fixture
def world(ctx, admin) -> World:
    team = "YOT Milton Keynes"
    directory.create_team(ctx, admin, team)
    directory.create_team(ctx, admin, "Leeds Navigators")
    directory.create_site(ctx, admin, "mk-custody", "Milton Keynes custody suite", "custody_suite", "Milton Keynes", "england")
    directory.create_site(ctx, admin, "lgi-ed", "Leeds General Infirmary ED", "hospital_ed", "Leeds", "england")
    directory.create_site(ctx, admin, "carmarthen", "Carmarthen police station", "office", "Carmarthenshire", "wales")
    directory.create_user(ctx, admin, "casey", PASSWORD, "caseworker", team, "Casey Worker")
    directory.create_user(ctx, admin, "tl", PASSWORD, "team_lead", team, "Terry Lead")
    directory.create_user(ctx, admin, "morgan", PASSWORD, "manager", None, "Morgan Manager")
    return World(
        admin=admin,
        caseworker=directory.authenticate(ctx, "casey", PASSWORD),
        team_lead=directory.authenticate(ctx, "tl", PASSWORD),
        manager=directory.authenticate(ctx, "morgan", PASSWORD),
    )
