"""Concurrency: two desktops saving one record, sweeps racing sweeps and writers, many writers at once.

Each "desktop" is its own Context (its own engine, connections and sessions) on the database under
test, as two copies of the app on one SQLite file or one PostgreSQL server would be. The races are
real: threads released together by a barrier, or forked processes released together.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from casework.clock import FixedClock
from casework.errors import Conflict
from casework.services import people, referrals, sla
from casework.services.context import Context
from casework.sla import cache
from casework.store.models import Alert, AuditEntry, Breach, Event, Referral, SlaTimer

from ..conftest import START
from ..core.factories import act_now, young_person
from .conftest import FIGURES
from .processes import run_in_processes
from .store_checks import check_referrals_whole, engine_checks

MIN = timedelta(minutes=1)
ROUNDS = 8


def race(*calls):
    """Run the calls at once (released by a barrier); return each one's result or the exception it raised."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            outcomes[index] = call()
        except Exception as exc:  # kept and examined by the caller
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


@pytest.fixture
def desktops(db_url, clock, ctx):
    opened = [Context.open(db_url, clock=clock, pathways=ctx.pathways, migrate=False) for _ in range(2)]
    yield opened
    for d in opened:
        d.close()


def edits_audited(ctx, person_id) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.entity_type == "person", AuditEntry.entity_id == person_id, AuditEntry.action == "update"))


def one_conflict(outcomes) -> object:
    """Exactly one call raised Conflict, the other succeeded: return the winner's result."""
    conflicts = [o for o in outcomes if isinstance(o, Conflict)]
    others = [o for o in outcomes if not isinstance(o, Conflict)]
    assert len(conflicts) == 1 and len(others) == 1, outcomes
    assert not isinstance(others[0], Exception), others[0]
    return others[0]


CONFLICTS: Counter[str] = Counter()


def _figure(line: str) -> None:
    print(line)
    FIGURES[:] = [f for f in FIGURES if not (f.startswith("conflicts detected") and line.startswith("conflicts"))]
    FIGURES.append(line)


def test_two_desktops_editing_one_person_give_exactly_one_conflict_and_no_lost_update(ctx, world, desktops):
    a, b = desktops
    for n in range(ROUNDS):
        person = act_now(ctx, world.caseworker, person=young_person(given_name=f"P{n}")).person
        audits = edits_audited(ctx, person.id)
        winner = one_conflict(race(
            lambda: people.update_person(a, world.caseworker, person.id, person.version, given_name="Alpha",
                                         postcode="SL1 1AA"),
            lambda: people.update_person(b, world.team_lead, person.id, person.version, given_name="Bravo",
                                         home_local_authority="Luton")))
        CONFLICTS["person edit"] += 1
        saved = people.get_person(ctx, world.caseworker, person.id)
        # The winner's whole edit is there, nothing of the loser's: no lost update, no mixed record.
        assert saved == winner and saved.version == person.version + 1
        assert (saved.given_name, saved.postcode, saved.home_local_authority) in (
            ("Alpha", "SL1 1AA", "Milton Keynes"), ("Bravo", "MK9 2AA", "Luton"))
        assert edits_audited(ctx, person.id) == audits + 1  # the loser's edit was not audited either
    _figure(f"conflicts detected: {dict(CONFLICTS)} (each one of a pair of simultaneous saves)")


def test_two_desktops_changing_one_referral_give_exactly_one_conflict(ctx, world, desktops):
    a, b = desktops
    pairs = {
        "move vs assign": (lambda d, r: referrals.move_stage(d, world.team_lead, r.id, "engagement",  # the lead: once reassigned, the caseworker is refused, not in conflict
                                                             expected_version=r.version),
                           lambda d, r: referrals.assign(d, world.team_lead, r.id, "tl", expected_version=r.version)),
        "move vs move": (lambda d, r: referrals.move_stage(d, world.caseworker, r.id, "engagement",
                                                           expected_version=r.version),
                         lambda d, r: referrals.move_stage(d, world.team_lead, r.id, "criminal_justice",
                                                           expected_version=r.version)),
        "close vs move": (lambda d, r: referrals.close_referral(d, world.team_lead, r.id, "declined",
                                                                expected_version=r.version),
                          lambda d, r: referrals.move_stage(d, world.caseworker, r.id, "engagement",
                                                            expected_version=r.version)),
    }
    for name, (first, second) in pairs.items():
        for n in range(ROUNDS):
            detail = act_now(ctx, world.caseworker, person=young_person(given_name=f"R{n}"))
            with ctx.read() as s:
                events = s.scalar(select(func.count(Event.id)).where(Event.referral_id == detail.id))
            winner = one_conflict(race(lambda: first(a, detail), lambda: second(b, detail)))
            CONFLICTS[f"referral {name}"] += 1
            saved = referrals.get_referral(ctx, world.caseworker, detail.id)
            assert saved.version == detail.version + 1 == winner.version
            assert (saved.stage, saved.assigned_to, saved.outcome) == (winner.stage, winner.assigned_to, winner.outcome)
            assert len(saved.events) == events + 1  # the loser wrote no event
    _figure(f"conflicts detected: {dict(CONFLICTS)} (each one of a pair of simultaneous saves)")


def test_two_desktops_giving_a_breach_reason_give_exactly_one_conflict(ctx, world, desktops, clock):
    a, b = desktops
    made = [act_now(ctx, world.caseworker, person=young_person(given_name=f"B{n}")) for n in range(ROUNDS)]
    clock.advance(3 * 60 * MIN)
    sla.run_sweep(ctx)
    breaches = sla.list_breaches(ctx, world.team_lead)
    assert len(breaches) == len(made)
    for breach in breaches:
        winner = one_conflict(race(
            lambda: sla.give_breach_reason(a, world.caseworker, breach.id, "notified_late", "Told late",
                                           expected_version=breach.version),
            lambda: sla.give_breach_reason(b, world.team_lead, breach.id, "staff_unavailable", "No one free",
                                           expected_version=breach.version)))
        CONFLICTS["breach reason"] += 1
        [saved] = [x for x in sla.list_breaches(ctx, world.team_lead) if x.id == breach.id]
        assert (saved.reason_category, saved.reason_text, saved.version) == (
            winner.reason_category, winner.reason_text, breach.version + 1)
    _figure(f"conflicts detected: {dict(CONFLICTS)} (each one of a pair of simultaneous saves)")


def _cache_matches_events(ctx, referral_id) -> None:
    with ctx.read() as s:
        referral = s.get(Referral, referral_id)
        pathway = ctx.pathways.get(referral.pathway)
        rows = {t.rule_id: t for t in s.scalars(select(SlaTimer).where(SlaTimer.referral_id == referral_id))}
        facts, nation, events = cache.load_facts(s, pathway, referral)
    for timer in cache.compute_all(pathway, facts, nation, events, ctx.clock.now()):
        row = rows[timer.rule.id]
        assert (row.state, row.due_at, row.stopped_at) == (timer.state.value, timer.due_at, timer.stopped_at), \
            f"referral {referral_id} {timer.rule.id}: the cache missed a concurrent event"


def test_events_recorded_at_once_on_one_referral_are_both_kept_and_both_counted_by_the_timers(
        ctx, world, desktops, clock):
    a, b = desktops
    for n in range(ROUNDS):
        detail = act_now(ctx, world.caseworker, person=young_person(given_name=f"E{n}", home_local_authority="Luton"))
        clock.advance(20 * MIN)
        outcomes = race(
            lambda: referrals.record_event(a, world.caseworker, detail.id, "custody_attended",
                                           details={"outcome_of_visit": "engaged"}),
            lambda: referrals.record_event(b, world.team_lead, detail.id, "released_from_custody",
                                           details={"release_type": "bail"}))
        assert not any(isinstance(o, Exception) for o in outcomes), outcomes
        kinds = [e.kind for e in referrals.get_referral(ctx, world.caseworker, detail.id).events]
        assert {"custody_attended", "released_from_custody"} <= set(kinds)
        # Whichever committed second re-timed the clocks seeing the first one's event.
        _cache_matches_events(ctx, detail.id)
        states = {e.rule_id: e.state for e in sla.explain(ctx, world.caseworker, detail.id)}
        assert (states["custody_attendance"], states["parent_meeting"], states["mash_referral"]) == (
            "met", "running", "running")


def test_sweepers_racing_each_other_and_a_writer_make_no_duplicate_alert_or_breach(ctx, world, db_url, engine_name):
    made = [act_now(ctx, world.caseworker, person=young_person(given_name=f"S{n}")) for n in range(24)]
    ids = [m.id for m in made]
    pathways, worker = ctx.pathways, world.caseworker
    ctx.engine.dispose()
    steps = 30  # 5 minutes apart from 30 minutes after intake: past the 90-minute custody deadline and on

    def desktop(index):
        clock = FixedClock(START)
        d = Context.open(db_url, clock=clock, pathways=pathways, migrate=False)
        done = Counter()
        try:
            for step in range(steps):
                clock.set(START + (30 + step * 5) * MIN)
                if index < 3:  # three sweepers
                    result = sla.run_sweep(d)
                    done["alerts"] += result.alerts
                    done["breaches"] += result.breaches
                else:  # one worker recording custody visits (some late), and a correction or two
                    referral_id = ids[step % len(ids)]
                    attended = referrals.record_event(d, worker, referral_id, "custody_attended",
                                                      occurred_at=clock.now() - (step % 4) * 10 * MIN)
                    done["events"] += 1
                    if step % 7 == 0:
                        referrals.void_event(d, worker, attended.id, "wrong young person")
                        done["voids"] += 1
        finally:
            d.close()
        return done

    results = run_in_processes(4, desktop)
    engine_checks(ctx.engine)
    check_referrals_whole(ctx.engine, ctx.pathways)
    with ctx.read() as s:
        keys = s.execute(select(Alert.timer_id, Alert.threshold, Alert.user_id)).all()
        assert len(keys) == len(set(keys))
        breach_timers = s.scalars(select(Breach.timer_id)).all()
        assert len(breach_timers) == len(set(breach_timers))
        # Every timer breached now has its one live breach and a breach alert for the worker and the lead.
        for timer in s.scalars(select(SlaTimer).where(SlaTimer.state == "breached")):
            live = s.scalars(select(Breach).where(Breach.timer_id == timer.id, Breach.rescinded_at.is_(None))).all()
            assert len(live) == 1
            assert s.scalar(select(func.count(Alert.id)).where(Alert.timer_id == timer.id,
                                                              Alert.threshold == "breach")) == 2
        alerts, breaches = len(keys), len(breach_timers)
    _figure(f"{engine_name}: 3 sweepers x {steps} sweeps racing a writer: {alerts} alerts, {breaches} breaches, "
          f"no duplicates; per process {results}")


def test_many_writers_wait_their_turn_and_all_succeed(ctx, world, db_url, engine_name):
    """8 processes x 50 writes, half of them on one hot referral: every write waits (busy timeout on
    SQLite, row lock on PostgreSQL) and succeeds; none fails with "database is locked"."""
    processes, writes = 8, 50
    hot = act_now(ctx, world.caseworker)
    pathways, worker, lead = ctx.pathways, world.caseworker, world.team_lead
    ctx.engine.dispose()

    def writer(index):
        clock = FixedClock(START)
        d = Context.open(db_url, clock=clock, pathways=pathways, migrate=False)
        slowest = 0.0
        try:
            for n in range(writes):
                began = time.monotonic()
                if n % 2:
                    referrals.record_event(d, lead if index % 2 else worker, hot.id, "note", note=f"w{index} n{n}")
                else:
                    act_now(d, worker, person=young_person(given_name=f"W{index}", family_name=f"N{n}"))
                slowest = max(slowest, time.monotonic() - began)
        finally:
            d.close()
        return slowest

    began = time.monotonic()
    slowest = run_in_processes(processes, writer)
    elapsed = time.monotonic() - began
    engine_checks(ctx.engine)
    check_referrals_whole(ctx.engine, ctx.pathways, contacts_per_person=1)
    with ctx.read() as s:
        notes = s.scalar(select(func.count(Event.id)).where(Event.referral_id == hot.id, Event.kind == "note"))
        created = s.scalar(select(func.count(Referral.id))) - 1
    assert (notes, created) == (processes * writes // 2, processes * writes // 2)
    _figure(f"{engine_name}: {processes} processes x {writes} writes all succeeded in {elapsed:.1f}s; "
          f"longest single write (waiting included) {max(slowest):.2f}s")


def test_a_breach_rescinded_by_a_correction_comes_back_when_the_sweep_finds_the_new_due_time_passed(
        ctx, world, clock):
    """Found by the racing sweepers above: the sweep's insert of the breach was ignored because the
    rescinded one still held the timer's unique key, leaving a breached timer with no live breach."""
    detail = act_now(ctx, world.caseworker)
    notified = next(e for e in detail.events if e.kind == "custody_notified")
    clock.advance(100 * MIN)
    assert sla.run_sweep(ctx).breaches == 1
    # The notification was really 60 minutes later: due 150 minutes after the first reading; not breached yet.
    referrals.correct_event(ctx, world.caseworker, notified.id, occurred_at=notified.occurred_at + 60 * MIN)
    assert sla.list_breaches(ctx, world.team_lead) == []
    clock.advance(60 * MIN)
    sla.run_sweep(ctx)
    [breach] = sla.list_breaches(ctx, world.team_lead)
    assert (breach.rule_id, breach.due_at) == ("custody_attendance", notified.occurred_at + 150 * MIN)
