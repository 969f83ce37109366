"""The live sweep's rules, pinned row by row (casework.sla.cache.sweep): which timers it takes, what
each becomes, which alerts and breaches it writes, a breach that comes back after a correction had
rescinded it, a timer whose rule left the pathway file, and the idle check's edge (due exactly at
its next check)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from casework.pathways import PathwayRegistry
from casework.services import referrals, sla
from casework.sla import cache
from casework.store.models import Alert, Breach, SlaTimer

from .factories import act_now, young_person

MIN = timedelta(minutes=1)
TICK = timedelta(microseconds=1)


def _custody_timer(ctx, referral_id: int) -> int:
    with ctx.read() as s:
        return s.scalar(select(SlaTimer.id).where(SlaTimer.referral_id == referral_id,
                                                  SlaTimer.rule_id == "custody_attendance"))


def _set_timer(ctx, timer_id: int, **values) -> None:
    if "warn_times" in values:
        values["warn_times"] = [w.isoformat() for w in values["warn_times"]]
    with ctx.write() as s:
        s.execute(update(SlaTimer).where(SlaTimer.id == timer_id).values(**values))


def _timer(ctx, timer_id: int) -> tuple:
    with ctx.read() as s:
        row = s.get(SlaTimer, timer_id)
        return row.state, row.next_check_at, row.thresholds_passed


def _alerts(ctx) -> list[tuple[int, str, int]]:
    with ctx.read() as s:
        return sorted(s.execute(select(Alert.timer_id, Alert.threshold, Alert.user_id)).tuples())


def test_the_sweep_moves_each_due_timer_as_its_thresholds_say(ctx, world, clock):
    # GIVEN five live custody timers, set by hand around the sweep's instant T
    ids = [_custody_timer(ctx, act_now(ctx, world.caseworker, person=young_person(given_name=f"Kid{n}")).id)
           for n in range(5)]
    t = clock.now()
    two_passed, warned_before, overdue, no_warnings, not_yet = ids
    _set_timer(ctx, two_passed, state="running", warn_times=[t - 30 * MIN, t - 10 * MIN, t + 20 * MIN],
               thresholds_passed=0, due_at=t + 40 * MIN, next_check_at=t - 30 * MIN)
    _set_timer(ctx, warned_before, state="warning", warn_times=[t - 30 * MIN], thresholds_passed=1,
               due_at=t + 10 * MIN, next_check_at=t - MIN)
    _set_timer(ctx, overdue, state="warning", warn_times=[t - 20 * MIN], thresholds_passed=1,
               due_at=t - MIN, next_check_at=t - MIN)
    _set_timer(ctx, no_warnings, state="running", warn_times=[], thresholds_passed=0, due_at=t + 60 * MIN,
               next_check_at=t)  # due exactly at T: taken
    _set_timer(ctx, not_yet, state="running", warn_times=[t + 5 * MIN], thresholds_passed=0,
               due_at=t + 60 * MIN, next_check_at=t + TICK)  # a microsecond later: left alone

    # WHEN the sweep runs at T
    result = sla.run_sweep(ctx, as_of=t)

    # THEN each timer is where its thresholds put it, and only the new thresholds alerted
    assert result == cache.SweepResult(checked=4, warnings=2, breaches=1, alerts=6)
    assert _timer(ctx, two_passed) == ("warning", t + 20 * MIN, 2)
    assert _timer(ctx, warned_before) == ("warning", t + 10 * MIN, 1)
    assert _timer(ctx, overdue) == ("breached", None, 1)
    assert _timer(ctx, no_warnings) == ("running", t + 60 * MIN, 0)
    assert _timer(ctx, not_yet) == ("running", t + TICK, 0)
    cw, tl = world.caseworker.user_id, world.team_lead.user_id
    assert _alerts(ctx) == sorted([(two_passed, "warning", cw), (two_passed, "warning", tl),
                                   (two_passed, "warning_2", cw), (two_passed, "warning_2", tl),
                                   (overdue, "breach", cw), (overdue, "breach", tl)])
    with ctx.read() as s:
        [breach] = s.scalars(select(Breach)).all()
        assert (breach.timer_id, breach.rule_id, breach.pathway, breach.due_at, breach.detected_at,
                breach.review_state, breach.version, breach.rescinded_at) == (
            overdue, "custody_attendance", "act_now", t - MIN, t, "awaiting_reason", 1, None)
        alert = s.scalar(select(Alert).where(Alert.timer_id == two_passed, Alert.threshold == "warning_2",
                                             Alert.user_id == cw))
        assert (alert.due_at, alert.created_at, alert.rule_id) == (t + 40 * MIN, t, "custody_attendance")
    # ... and a second sweep at the same instant finds nothing due.
    assert sla.run_sweep(ctx, as_of=t) == cache.NOTHING_DUE


def test_a_sweep_writes_nothing_twice_when_its_timers_are_found_due_again(ctx, world, clock):
    # As if a second desktop had read the same due rows before the first one's writes: the unique
    # keys, not the reading, keep the alerts and the breach single.
    timer_id = _custody_timer(ctx, act_now(ctx, world.caseworker).id)
    clock.advance(2 * 60 * MIN)
    first = sla.run_sweep(ctx)
    assert (first.breaches, first.alerts) == (1, 2)
    _set_timer(ctx, timer_id, state="running", next_check_at=clock.now() - MIN)
    again = sla.run_sweep(ctx)
    assert (again.checked, again.breaches, again.alerts) == (1, 0, 0)
    assert len(_alerts(ctx)) == 2
    with ctx.read() as s:
        assert [(b.version, b.rescinded_at) for b in s.scalars(select(Breach))] == [(1, None)]


def test_a_breach_a_correction_rescinded_comes_back_when_the_new_due_time_passes(ctx, world, clock):
    start = clock.now()
    detail = act_now(ctx, world.caseworker)
    timer_id = _custody_timer(ctx, detail.id)
    clock.advance(100 * MIN)
    assert sla.run_sweep(ctx).breaches == 1
    # The notification was in fact 30 minutes later: due at start + 120 minutes, not yet passed.
    notified = next(e for e in detail.events if e.kind == "custody_notified")
    referrals.correct_event(ctx, world.caseworker, notified.id, occurred_at=start + 30 * MIN,
                            reason="notified later than first written")
    assert sla.list_breaches(ctx, world.team_lead) == []
    assert _timer(ctx, timer_id)[0] in ("running", "warning")
    clock.advance(30 * MIN)  # start + 130 minutes: past the corrected due time
    result = sla.run_sweep(ctx)
    assert result.checked == 1 and _timer(ctx, timer_id)[0] == "breached"
    [back] = sla.list_breaches(ctx, world.team_lead)
    assert (back.rule_id, back.due_at, back.rescinded_at, back.version) == (
        "custody_attendance", start + 120 * MIN, None, 3)  # made, rescinded, back
    with ctx.read() as s:
        assert len(s.scalars(select(Breach)).all()) == 1


def test_a_timer_whose_rule_left_the_pathway_file_stops_being_swept(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    timer_id = _custody_timer(ctx, detail.id)
    clock.advance(2 * 60 * MIN)
    act_now_pathway = ctx.pathways.get("act_now")
    trimmed = dataclasses.replace(act_now_pathway, sla_rules=tuple(
        r for r in act_now_pathway.sla_rules if r.id != "custody_attendance"))
    pathways = PathwayRegistry({p.id: (trimmed if p.id == "act_now" else p) for p in ctx.pathways},
                               ctx.pathways.risk_flags)
    with ctx.write() as s:
        result = cache.sweep(s, pathways, clock.now())
    assert result == cache.SweepResult(checked=1, warnings=0, breaches=0, alerts=0)
    assert _timer(ctx, timer_id) == ("not_applicable", None, 0)
    assert _alerts(ctx) == []
    assert sla.run_sweep(ctx) == cache.NOTHING_DUE


def test_a_team_without_an_active_lead_alerts_the_worker_only(ctx, world, clock, admin):
    from casework.services import directory

    from ..conftest import PASSWORD

    directory.create_user(ctx, admin, "leeds.worker", PASSWORD, "caseworker", "Leeds Navigators", "Lee Worker")
    leeds_worker = directory.authenticate(ctx, "leeds.worker", PASSWORD)
    mk = _custody_timer(ctx, act_now(ctx, world.caseworker).id)
    leeds = _custody_timer(ctx, act_now(ctx, leeds_worker, team="Leeds Navigators", assigned_to="leeds.worker",
                                        person=young_person(given_name="Other")).id)
    clock.advance(2 * 60 * MIN)
    assert sla.run_sweep(ctx).alerts == 3
    assert _alerts(ctx) == sorted([(mk, "breach", world.caseworker.user_id), (mk, "breach", world.team_lead.user_id),
                                   (leeds, "breach", leeds_worker.user_id)])


@pytest.mark.parametrize("offset", [-TICK, timedelta(0), TICK])
def test_the_idle_check_agrees_with_the_due_query_at_a_timers_next_check(ctx, world, clock, offset):
    timer_id = _custody_timer(ctx, act_now(ctx, world.caseworker).id)
    at = clock.now() + 10 * MIN
    _set_timer(ctx, timer_id, next_check_at=at)
    with ctx.read() as s:
        expected = cache.anything_due(s, at + offset)
    assert expected is (offset >= timedelta(0))
    assert cache.quick_anything_due(ctx.quick, at + offset) is expected
    assert (sla.run_sweep(ctx, as_of=at + offset).checked == 1) is expected


@pytest.mark.parametrize("url", ["sqlite://", "postgresql+psycopg://nobody@localhost/nothing"])
def test_the_sweeps_statements_lock_on_postgresql_and_let_unique_keys_refuse_doubles(url):
    from sqlalchemy import create_engine

    engine = create_engine(url)  # compiling needs no connection
    statements = cache._sweep_statements(engine)
    due = statements["due"].sql
    assert ("FOR UPDATE OF sla_timer SKIP LOCKED" in due) is (engine.dialect.name == "postgresql")
    assert "ON CONFLICT (timer_id) DO NOTHING" in statements["breach"].sql
    assert "ON CONFLICT (timer_id, threshold, user_id) DO NOTHING" in statements["alert"].sql
    engine.dispose()


def test_a_sweep_statement_refuses_a_value_it_would_not_convert():
    from sqlalchemy import create_engine
    from sqlalchemy import bindparam as bind

    from casework.store.quick import compile_rows
    from casework.store.types import UTCDateTime

    dialect = create_engine("sqlite://").dialect
    statement = update(SlaTimer.__table__).values(next_check_at=bind("next_check_at", type_=UTCDateTime()))
    with pytest.raises(ValueError, match="next_check_at"):
        compile_rows(dialect, statement, ("next_check_at",))
    assert compile_rows(dialect, statement, ("next_check_at",), frozenset({"next_check_at"})).positional
