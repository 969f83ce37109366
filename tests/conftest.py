"""Fixtures shared by every test: a fresh database per test on the engine under test, an injected clock.

The engine is SQLite unless ``CASEWORK_TEST_PG_URL`` names a PostgreSQL database, in which case the
whole suite runs against it (``make test`` runs the suite once on each).

Under pytest-xdist (``make test`` runs ``-n 2``) every worker has its own databases: on SQLite each
test's file is a copy in the worker's own temporary folder anyway; on PostgreSQL each worker uses a
database of its own on the same server, ``<database>_<worker>`` (``casework_test_gw0`` ...), made on
first use (the test role may create databases), and the URL in ``CASEWORK_TEST_PG_URL`` is the
worker's, for the tests that read it.
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
from tests import kept

from argon2 import PasswordHasher

import casework.passwords

# Production hashing costs ~85 ms a hash; tests sign in hundreds of times, so hash cheaply here.
casework.passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

# The xdist worker this process is ("gw0", "gw1" ...), or None when the tests run in one process.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER") or None
_SERVER_PG_URL = os.environ.get("CASEWORK_TEST_PG_URL")


def _worker_url(url: str | None, worker: str | None) -> str | None:
    if not url or not worker:
        return url
    base = make_url(url)
    return base.set(database=f"{base.database}_{worker}").render_as_string(hide_password=False)


PG_URL = _worker_url(_SERVER_PG_URL, XDIST_WORKER)
if PG_URL:
    os.environ["CASEWORK_TEST_PG_URL"] = PG_URL
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
    kept.folder = tmp_path_factory.mktemp("kept")  # the copies of kept fixtures' databases (tests/kept.py)
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


def _create_worker_database() -> None:
    """This worker's own database on the server (once; a later run on the same server reuses it)."""
    assert _SERVER_PG_URL and PG_URL
    name = make_url(PG_URL).database
    server = create_engine(_SERVER_PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}).first() is None:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        server.dispose()


@pytest.fixture(scope="session")
def _pg_ready() -> bool:
    if not PG_URL:
        return False
    if PG_URL != _SERVER_PG_URL:
        _create_worker_database()
    engine = make_engine(PG_URL)
    with engine.begin() as conn:
        kept.drop_pg_copies(conn)
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    ensure_schema(engine)
    engine.dispose()
    return True


@pytest.fixture
def db_url(tmp_path, _sqlite_template, _pg_ready) -> str:
    """A fresh database at the head revision."""
    if PG_URL:
        kept.pg_empty(PG_URL)
        return PG_URL
    target = tmp_path / "casework.sqlite3"
    shutil.copyfile(_sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def empty_db_url(tmp_path, _pg_ready):
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


def _make_admin(ctx) -> Actor:
    directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
    return directory.authenticate(ctx, "admin", PASSWORD)


@pytest.fixture
def admin(ctx) -> Actor:
    return kept.kept("admin", ctx, lambda: _make_admin(ctx))


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
    return kept.kept("world", ctx, lambda: _make_world(ctx, admin))


def _make_world(ctx, admin: Actor) -> World:
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


# --- the longest files first ---------------------------------------------------------------------------
# Under xdist (--dist loadfile) each worker takes the next whole file as it finishes one, in collection
# order: a long file collected last keeps one worker busy after the other has run out of work. These
# files (the longest at the last measurement, on either engine) are collected first; the order of the
# tests inside a file is kept.
LONGEST_FIRST = (
    "tests/reliability/test_crash.py",
    "tests/reliability/test_concurrency.py",
    "tests/reliability/test_fuzz_services.py",
    "tests/ui/test_accessibility.py",
    "tests/ui/test_keyboard_workflows.py",
    "tests/core/test_demo.py",
)


def pytest_collection_modifyitems(session, config, items):
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))


# --- the reliability figures (tests/reliability) at the end of the run ----------------------------------
# The tests append their figures (kills survived, rows checked, conflicts, fuzz cases) to
# ``tests.reliability.conftest.FIGURES``. Under xdist they are appended in the workers: each worker hands
# its list to the controller when it finishes, and the controller prints them all.


def _figures() -> list[str]:
    from tests.reliability import conftest as reliability

    return reliability.FIGURES


class _WorkerFigures:
    """Registered on the xdist controller only: collects each worker's figures as it goes down."""

    def pytest_testnodedown(self, node, error):
        _figures().extend((getattr(node, "workeroutput", None) or {}).get("reliability_figures", []))


def pytest_configure(config):
    if config.pluginmanager.hasplugin("xdist") and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_WorkerFigures(), "casework-worker-figures")


def pytest_sessionfinish(session):
    output = getattr(session.config, "workeroutput", None)
    if output is not None:  # an xdist worker
        output["reliability_figures"] = list(_figures())


def pytest_terminal_summary(terminalreporter):
    figures = _figures()
    if figures:
        terminalreporter.section("reliability figures")
        for line in figures:
            terminalreporter.write_line(line)
