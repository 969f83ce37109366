"""Quick reads (casework.store.quick): the idle sweep's "anything due?" and "when next?" on a held
connection, outside any session. They must see every committed write at once, hold nothing open
between calls, survive a dropped connection, and be seen by the engine's statement listeners."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, func, select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from casework.errors import ValidationError
from casework.services import sla
from casework.sla import cache
from casework.store.models import SlaTimer
from casework.store.quick import compile_quick
from casework.store.types import UTCDateTime
from casework.timeutil import require_aware

from .factories import act_now

MIN = timedelta(minutes=1)


def test_the_idle_check_sees_a_timer_falling_due_and_the_sweep_that_handles_it(ctx, world, clock):
    assert sla.run_sweep(ctx) == cache.SweepResult(0, 0, 0, 0)
    assert sla.next_deadline(ctx) is None
    act_now(ctx, world.caseworker)  # committed by another session than the quick reader's
    deadline = sla.next_deadline(ctx)
    assert deadline is not None and deadline > clock.now()
    with ctx.read() as s:
        assert deadline == s.scalar(select(SlaTimer.next_check_at).where(SlaTimer.next_check_at.is_not(None))
                                    .order_by(SlaTimer.next_check_at).limit(1))
    assert cache.quick_anything_due(ctx.quick, clock.now()) is False
    clock.advance(2 * 60 * MIN)
    assert cache.quick_anything_due(ctx.quick, clock.now()) is True
    result = sla.run_sweep(ctx)
    assert result.checked and result.breaches == 1
    assert cache.quick_anything_due(ctx.quick, clock.now()) is False
    assert sla.run_sweep(ctx) == cache.SweepResult(0, 0, 0, 0)


def test_a_quick_read_leaves_no_transaction_open(ctx, world, clock, engine_name):
    act_now(ctx, world.caseworker)
    assert sla.run_sweep(ctx).checked == 0
    assert sla.next_deadline(ctx) is not None
    assert len(ctx.quick._idle) == 1  # one connection served both reads, and is back
    held = ctx.quick._idle[-1]
    if engine_name == "sqlite":
        assert held.in_transaction is False
        # Nothing pins an old snapshot: a full checkpoint of the WAL succeeds at once.
        with ctx.engine.connect() as conn:
            busy, _log, _moved = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0
    else:
        from psycopg.pq import TransactionStatus

        assert held.info.transaction_status == TransactionStatus.IDLE


def test_a_dropped_connection_is_made_again(ctx, world, clock):
    act_now(ctx, world.caseworker)
    first = sla.next_deadline(ctx)
    ctx.quick._idle[-1].close()  # as if the server had gone away
    assert sla.next_deadline(ctx) == first
    assert len(ctx.quick._idle) == 1


def test_a_failing_statement_is_raised_not_retried_for_ever(ctx):
    from sqlalchemy import text

    statement = ctx.quick.prepare("broken", lambda: text("SELECT * FROM no_such_table"))
    with pytest.raises(ctx.engine.dialect.loaded_dbapi.Error):
        ctx.quick.all(statement)
    # ... and the reader still works afterwards.
    assert sla.next_deadline(ctx) is None


def test_the_reads_of_a_snapshot_see_one_state_of_the_database(ctx, world, clock, engine_name):
    if engine_name != "sqlite":
        pytest.skip("PostgreSQL's READ COMMITTED gives each statement its own snapshot, as its sessions did")
    statement = ctx.quick.prepare("test_timer_count", lambda: select(func.count()).select_from(SlaTimer))
    with ctx.quick.snapshot() as reads:
        before = reads.scalar(statement)
        act_now(ctx, world.caseworker)  # committed meanwhile by a session
        assert reads.scalar(statement) == before
    assert ctx.quick.scalar(statement) > before


def test_quick_reads_from_many_threads_at_once(ctx, world, clock):
    import threading

    from casework.services import caseload
    from casework.services.caseload import CaseloadQuery

    act_now(ctx, world.caseworker)
    expected_page = caseload.page(ctx, world.caseworker, CaseloadQuery(scope="mine"), 0, 100)
    expected_deadline = sla.next_deadline(ctx)
    failures: list[BaseException] = []

    def work():
        try:
            for _ in range(20):
                assert caseload.page(ctx, world.caseworker, CaseloadQuery(scope="mine"), 0, 100) == expected_page
                assert sla.next_deadline(ctx) == expected_deadline
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert 1 <= len(ctx.quick._idle) <= 4


def test_the_engines_statement_listeners_see_quick_reads(ctx, clock):
    seen: list[str] = []

    def listener(_conn, _cursor, statement, _parameters, _context, _many):
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", listener)
    try:
        sla.run_sweep(ctx)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", listener)
    assert len(seen) == 1 and "sla_timer" in seen[0]


def test_a_closed_context_refuses_quick_reads(db_url, clock):
    from casework.services.context import Context

    context = Context.open(db_url, clock=clock, migrate=False)
    assert sla.next_deadline(context) is None
    context.close()
    assert context.quick._idle == []
    with pytest.raises(RuntimeError):
        sla.next_deadline(context)


def test_a_quick_statement_binds_what_sqlalchemy_would():
    """The compiled SQL, the order of its parameters and their values equal SQLAlchemy's own."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    statement = cache._build_statements("sqlite")["any_due"]
    quick = compile_quick(engine, statement)
    when = datetime(2026, 6, 15, 10, 0, 1, tzinfo=timezone(timedelta(hours=1)))
    compiled = statement.compile(dialect=engine.dialect)
    expected = compiled.construct_params({"as_of": when})
    processors = compiled._bind_processors
    assert quick.sql == compiled.string
    assert quick.parameters({"as_of": when}) == tuple(
        processors[name](expected[name]) if name in processors else expected[name] for name in compiled.positiontup)
    assert quick.parameters({"as_of": when})[0] == "2026-06-15 09:00:01.000000"


AWARE = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                     timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=14)),
                                                timezone(timedelta(hours=-12, minutes=-30))]))


@given(AWARE)
def test_the_sqlite_text_of_an_instant_is_sqlalchemys_datetime_format(value):
    # Stored instants compare as text on SQLite: the fast bind must write exactly what the generic one did.
    dialect = sqlite_dialect.dialect()
    fast = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    generic = sqlite_dialect.DATETIME().bind_processor(dialect)
    try:
        utc = value.astimezone(timezone.utc)
    except OverflowError:
        return
    assert fast(value) == generic(utc.replace(tzinfo=None))


def test_the_sqlite_bind_still_refuses_naive_and_non_datetimes():
    dialect = sqlite_dialect.dialect()
    bind = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    with pytest.raises(ValueError):
        bind(datetime(2026, 1, 1))
    with pytest.raises(TypeError):
        bind("2026-01-01 00:00:00")
    assert bind(None) is None


EDGES = [datetime(1, 1, 1, tzinfo=timezone.utc), datetime(1, 1, 1, 0, 2, tzinfo=timezone.utc),
         datetime(1, 1, 1, 5, tzinfo=timezone(timedelta(hours=4))), datetime(1, 1, 3, tzinfo=timezone.utc),
         datetime(9999, 12, 31, 23, 59, tzinfo=timezone.utc), datetime(9999, 12, 28, tzinfo=timezone.utc),
         datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-2)))]


@pytest.mark.parametrize("value", EDGES)
def test_require_aware_refuses_exactly_the_instants_london_cannot_show(value):
    """It skips the London conversion away from the calendar's ends; at them it still decides."""
    from casework.timeutil import to_local

    try:
        to_local(value.astimezone(timezone.utc))
        refused = False
    except (OverflowError, ValueError):
        refused = True
    if refused:
        with pytest.raises(ValidationError) as caught:
            require_aware(value, "as_of")
        assert caught.value.field == "as_of"
    else:
        assert require_aware(value, "as_of") == value


def _sqlalchemys_parameters(engine, statement, given):
    """What SQLAlchemy itself would hand the driver for ``statement`` with ``given``."""
    compiled = statement.compile(dialect=engine.dialect)
    values = compiled.construct_params(given)
    processors = compiled._bind_processors
    processed = {name: processors[name](value) if name in processors else value for name, value in values.items()}
    if compiled.positional:
        return tuple(processed[name] for name in compiled.positiontup)
    return processed


@pytest.mark.parametrize("url", ["sqlite://", "postgresql+psycopg://nobody@localhost/nothing"])
def test_each_shape_of_quick_statement_binds_what_sqlalchemy_would(url):
    """No parameter, one among constants (a LIMIT), and several: each shape's binder, on a positional
    driver (sqlite3) and a named one (psycopg)."""
    from sqlalchemy import bindparam, create_engine

    engine = create_engine(url)  # compiling needs no connection
    when = datetime(2026, 6, 15, 10, 0, 1, tzinfo=timezone(timedelta(hours=1)))
    shapes = [
        (select(func.count()).select_from(SlaTimer), {}),
        (cache._build_statements(engine.dialect.name)["any_due"], {"as_of": when}),
        (select(SlaTimer.id).where(SlaTimer.id == bindparam("timer_id")), {"timer_id": 7}),
        (select(SlaTimer.id).where(SlaTimer.next_check_at <= bindparam("as_of", type_=UTCDateTime()),
                                   SlaTimer.id > bindparam("after"), SlaTimer.rule_id != "x").limit(5),
         {"as_of": when, "after": 3}),
    ]
    for statement, given in shapes:
        quick = compile_quick(engine, statement)
        assert quick.parameters(given) == _sqlalchemys_parameters(engine, statement, given), statement
    engine.dispose()


def test_a_quick_scalar_converts_its_value_and_gives_none_for_no_row(ctx, world, clock):
    statement = ctx.quick.prepare("test_first_check", lambda: select(SlaTimer.next_check_at)
                                  .where(SlaTimer.next_check_at.is_not(None)).order_by(SlaTimer.next_check_at).limit(1))
    assert ctx.quick.scalar(statement) is None
    act_now(ctx, world.caseworker)
    first = ctx.quick.scalar(statement)
    assert first == clock.now() + timedelta(minutes=67, seconds=30) and first.tzinfo == timezone.utc
    assert ctx.quick.all(statement) == [[first]]
