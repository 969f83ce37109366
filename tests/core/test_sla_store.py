"""The SLA cache, sweep, alerts and breach review through the services, on the engine under test."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from casework.errors import NotPermitted, ValidationError
from casework.services import referrals, sla
from casework.services.context import Context
from casework.sla import cache
from casework.store.models import Alert, Breach, Referral, SlaTimer

from .factories import act_now, young_person

MIN = timedelta(minutes=1)


def timers_of(ctx, referral_id) -> dict[str, SlaTimer]:
    with ctx.read() as s:
        return {t.rule_id: t for t in s.scalars(select(SlaTimer).where(SlaTimer.referral_id == referral_id))}


def alerts(ctx) -> list[tuple[int, str, str]]:
    with ctx.read() as s:
        return sorted(s.execute(select(Alert.user_id, Alert.rule_id, Alert.threshold)).tuples())


def test_a_new_custody_referral_starts_the_custody_clock(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    rows = timers_of(ctx, detail.id)
    assert rows["custody_attendance"].state == "running"
    assert rows["custody_attendance"].due_at == clock.now() + timedelta(minutes=90)
    assert rows["parent_meeting"].state == "not_started"
    assert rows["mash_referral"].state == "not_applicable"


def test_recording_the_stop_event_meets_the_timer_in_the_same_transaction(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(50 * MIN)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    row = timers_of(ctx, detail.id)["custody_attendance"]
    assert (row.state, row.stopped_at, row.next_check_at) == ("met", clock.now(), None)


def test_the_sweep_alerts_worker_and_team_lead_once_per_threshold(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(60 * MIN)
    assert sla.run_sweep(ctx).alerts == 0
    clock.advance(10 * MIN)  # 70 of 90 minutes: past 75%
    first = sla.run_sweep(ctx)
    assert (first.warnings, first.alerts) == (1, 2)
    assert sla.run_sweep(ctx).alerts == 0
    clock.advance(21 * MIN)  # 91 minutes
    breach = sla.run_sweep(ctx)
    assert (breach.breaches, breach.alerts) == (1, 2)
    assert sla.run_sweep(ctx).alerts == 0
    cw, tl = world.caseworker.user_id, world.team_lead.user_id
    assert alerts(ctx) == sorted([(cw, "custody_attendance", "warning"), (tl, "custody_attendance", "warning"),
                                  (cw, "custody_attendance", "breach"), (tl, "custody_attendance", "breach")])
    assert timers_of(ctx, detail.id)["custody_attendance"].state == "breached"
    [listed] = sla.list_breaches(ctx, world.team_lead)
    assert (listed.referral_id, listed.rule_id, listed.review_state) == (detail.id, "custody_attendance",
                                                                          "awaiting_reason")


def test_alerts_are_unique_per_timer_threshold_and_person_in_the_database(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    timer_id = timers_of(ctx, detail.id)["custody_attendance"].id
    row = dict(timer_id=timer_id, referral_id=detail.id, rule_id="custody_attendance", threshold="breach",
               user_id=world.caseworker.user_id, created_at=clock.now())
    with ctx.write() as s:
        s.add(Alert(**row))
    with pytest.raises(IntegrityError), ctx.write() as s:
        s.add(Alert(**row))
    with ctx.write() as s:
        assert cache._insert_ignore(s, Alert, row, ["timer_id", "threshold", "user_id"]) is False


def test_concurrent_sweeps_from_several_desktops_create_no_duplicate_alert(ctx, world, clock, db_url):
    for n in range(6):
        act_now(ctx, world.caseworker, person=young_person(given_name=f"Kid{n}"))
    clock.advance(2 * 60 * MIN)
    desktops = [Context.open(db_url, clock=clock, migrate=False) for _ in range(4)]
    barrier = threading.Barrier(len(desktops))
    results, errors = [], []

    def sweep(desktop):
        barrier.wait()
        try:
            results.append(sla.run_sweep(desktop))
        except Exception as exc:  # pragma: no cover - shown in the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=sweep, args=(d,)) for d in desktops]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for d in desktops:
        d.close()
    assert errors == []
    assert sum(r.alerts for r in results) == 12  # 6 breaches x (worker + team lead)
    with ctx.read() as s:
        keys = s.execute(select(Alert.timer_id, Alert.threshold, Alert.user_id)).all()
        assert len(keys) == len(set(keys)) == 12
        assert s.scalar(select(func.count(Breach.id))) == 6


def test_a_back_dated_stop_event_rescinds_the_breach(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(3 * 60 * MIN)
    sla.run_sweep(ctx)
    assert len(sla.list_breaches(ctx, world.team_lead)) == 1
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended",
                           occurred_at=clock.now() - timedelta(minutes=150))  # 30 minutes after notification
    assert timers_of(ctx, detail.id)["custody_attendance"].state == "met"
    assert sla.list_breaches(ctx, world.team_lead) == []
    [withdrawn] = sla.list_breaches(ctx, world.team_lead, include_rescinded=True)
    assert withdrawn.rescinded_at == clock.now()


def test_voiding_the_stop_event_re_times_the_timer(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(30 * MIN)
    attended = referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    clock.advance(2 * 60 * MIN)
    referrals.void_event(ctx, world.caseworker, attended.id, "recorded on the wrong young person")
    assert timers_of(ctx, detail.id)["custody_attendance"].state == "breached"
    assert [b.rule_id for b in sla.list_breaches(ctx, world.team_lead)] == ["custody_attendance"]
    shown = referrals.get_referral(ctx, world.caseworker, detail.id)
    voided = next(e for e in shown.events if e.id == attended.id)
    assert voided.voided_at == clock.now() and voided.void_reason == "recorded on the wrong young person"


def test_correcting_an_event_time_re_times_and_keeps_the_original(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(2 * 60 * MIN)
    late = referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    assert timers_of(ctx, detail.id)["custody_attendance"].state == "met_late"
    fixed = referrals.correct_event(ctx, world.caseworker, late.id, occurred_at=clock.now() - 100 * MIN,
                                    reason="typed the time it was written up")
    assert fixed.corrects_event_id == late.id
    assert timers_of(ctx, detail.id)["custody_attendance"].state == "met"


def test_void_needs_a_reason_and_not_a_system_event(ctx, world):
    detail = act_now(ctx, world.caseworker)
    with pytest.raises(ValidationError) as err:
        referrals.void_event(ctx, world.caseworker, detail.events[0].id, " ")
    assert (err.value.field, err.value.rule) == ("reason", "required")
    assigned = next(e for e in detail.events if e.kind == "assigned")
    with pytest.raises(ValidationError) as err:
        referrals.void_event(ctx, world.caseworker, assigned.id, "mistake")
    assert err.value.rule == "system_event"


def test_closing_before_the_stop_event_makes_the_timer_not_applicable(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(20 * MIN)
    referrals.close_referral(ctx, world.caseworker, detail.id, "no_further_action")
    assert timers_of(ctx, detail.id)["custody_attendance"].state == "not_applicable"


def test_out_of_area_young_person_gets_the_mash_clock_after_custody_attendance(ctx, world, clock):
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Luton"))
    clock.advance(40 * MIN)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    row = timers_of(ctx, detail.id)["mash_referral"]
    assert (row.state, row.due_at) == ("running", clock.now() + timedelta(hours=24))


def test_breach_reason_then_review(ctx, world, clock):
    act_now(ctx, world.caseworker)
    clock.advance(2 * 60 * MIN)
    sla.run_sweep(ctx)
    [breach] = sla.list_breaches(ctx, world.caseworker)
    with pytest.raises(ValidationError) as err:
        sla.review_breach(ctx, world.team_lead, breach.id, "accept")
    assert err.value.rule == "not_awaiting_review"
    with pytest.raises(ValidationError) as err:
        sla.give_breach_reason(ctx, world.caseworker, breach.id, "aliens", "x")
    assert (err.value.field, err.value.rule) == ("category", "choice")
    with pytest.raises(ValidationError) as err:
        sla.give_breach_reason(ctx, world.caseworker, breach.id, "staff_unavailable", "  ")
    assert (err.value.field, err.value.rule) == ("text", "required")
    given = sla.give_breach_reason(ctx, world.caseworker, breach.id, "staff_unavailable",
                                   "Both caseworkers were at Slough custody")
    assert (given.review_state, given.reason_by) == ("awaiting_review", "casey")
    with pytest.raises(NotPermitted):
        sla.review_breach(ctx, world.caseworker, breach.id, "accept")
    with pytest.raises(ValidationError) as err:
        sla.review_breach(ctx, world.team_lead, breach.id, "challenge")
    assert (err.value.field, err.value.rule) == ("comment", "required")
    challenged = sla.review_breach(ctx, world.team_lead, breach.id, "challenge", "Why was on-call not used?")
    assert challenged.review_state == "challenged"
    sla.give_breach_reason(ctx, world.caseworker, breach.id, "staff_unavailable", "On-call was at Milton Keynes too")
    accepted = sla.review_breach(ctx, world.team_lead, breach.id, "accept", "Understood; rota to be reviewed")
    assert (accepted.review_state, accepted.reviewed_by) == ("accepted", "tl")
    assert [b.id for b in sla.list_breaches(ctx, world.manager, review_state="accepted")] == [breach.id]
    assert sla.list_breaches(ctx, world.manager, review_state="awaiting_review") == []
    assert sla.list_breaches(ctx, world.manager, pathway="intact") == []
    assert len(sla.list_breaches(ctx, world.manager, team="YOT Milton Keynes", rule="custody_attendance",
                                 due_from=clock.now() - timedelta(days=1), due_to=clock.now())) == 1


def test_alerts_read_and_acknowledged_per_user(ctx, world, clock):
    act_now(ctx, world.caseworker)
    clock.advance(2 * 60 * MIN)
    sla.run_sweep(ctx)
    assert sla.unread_alert_count(ctx, world.caseworker) == 1
    [alert] = sla.list_alerts(ctx, world.caseworker)
    assert (alert.threshold, alert.rule_label) == ("breach", "Custody attendance")
    acknowledged = sla.acknowledge_alert(ctx, world.caseworker, alert.id)
    assert acknowledged.acknowledged_at == clock.now()
    assert sla.unread_alert_count(ctx, world.caseworker) == 0
    assert sla.unread_alert_count(ctx, world.team_lead) == 1
    assert sla.mark_alerts_read(ctx, world.team_lead) == 1
    assert sla.list_alerts(ctx, world.team_lead, unread_only=True) == []


def test_list_timers_derives_state_from_the_cache_and_recomputes_for_the_past(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    start = clock.now()
    clock.advance(100 * MIN)
    [custody] = [t for t in sla.list_timers(ctx, world.team_lead) if t.rule_id == "custody_attendance"]
    assert (custody.state, custody.remaining_seconds) == ("breached", -10 * 60)
    past = [t for t in sla.list_timers(ctx, world.team_lead, as_of=start + 10 * MIN) if t.rule_id == "custody_attendance"]
    assert past[0].state == "running" and past[0].remaining_seconds == 80 * 60
    assert [t.referral_id for t in sla.list_timers(ctx, world.team_lead, states=["breached"])] == [detail.id]
    assert sla.next_deadline(ctx) == start + timedelta(minutes=67, seconds=30)


def test_explain_reads_as_plain_words(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(100 * MIN)
    custody = next(e for e in sla.explain(ctx, world.caseworker, detail.id) if e.rule_id == "custody_attendance")
    text = "\n".join(custody.lines)
    assert "Custody attendance: BREACHED" in text
    assert "Overdue by: 10 min" in text
    assert "custody attended has not been recorded" in text
    mash = next(e for e in sla.explain(ctx, world.caseworker, detail.id) if e.rule_id == "mash_referral")
    assert "inside the service area" in "\n".join(mash.lines)


OPS = st.lists(st.tuples(st.sampled_from(["attended", "released", "meeting", "void", "close", "wait", "note"]),
                         st.integers(min_value=0, max_value=72 * 60)), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_the_cache_equals_the_pure_function_after_any_sequence_of_writes(ctx, world, clock, ops):
    detail = act_now(ctx, world.caseworker, received_at=clock.now(), person=young_person(home_local_authority="Luton"))
    kinds = {"attended": "custody_attended", "released": "released_from_custody", "meeting": "parent_meeting_held",
             "note": "note"}
    recorded: list[int] = []
    for op, minutes in ops:
        clock.advance(timedelta(minutes=minutes % 240 + 1))
        back = timedelta(minutes=minutes) if minutes < (clock.now() - detail.received_at).total_seconds() / 60 else None
        try:
            if op in kinds:
                event = referrals.record_event(ctx, world.caseworker, detail.id, kinds[op],
                                               occurred_at=clock.now() - back if back else None,
                                               note="n" if op == "note" else None)
                recorded.append(event.id)
            elif op == "void" and recorded:
                referrals.void_event(ctx, world.caseworker, recorded.pop(minutes % len(recorded)), "mistake")
            elif op == "close":
                referrals.close_referral(ctx, world.caseworker, detail.id, "completed")
            elif op == "wait":
                sla.run_sweep(ctx)
        except ValidationError as err:
            assert err.rule == "closed"
    with ctx.read() as s:
        referral = s.get(Referral, detail.id)
        pathway = ctx.pathways.get(referral.pathway)
        facts, nation, events = cache.load_facts(s, pathway, referral)
    expected = {t.rule.id: t for t in cache.compute_all(pathway, facts, nation, events, clock.now())}
    cached = timers_of(ctx, detail.id)
    for rule_id, timer in expected.items():
        row = cached[rule_id]
        derived, _ = sla._state_from_cache(row, clock.now(), timer.rule.calendar.build(nation))
        assert (derived, row.started_at, row.due_at, row.stopped_at) == \
               (timer.state.value, timer.started_at, timer.due_at, timer.stopped_at)


def test_the_referral_carries_its_next_deadline_for_caseload_sorting(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)

    def next_deadline():
        with ctx.read() as s:
            return s.execute(select(Referral.next_due_at, Referral.next_warn_at)
                             .where(Referral.id == detail.id)).one()

    assert tuple(next_deadline()) == (clock.now() + 90 * MIN, clock.now() + timedelta(minutes=67, seconds=30))
    clock.advance(30 * MIN)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    assert tuple(next_deadline()) == (None, None)
    clock.advance(60 * MIN)
    referrals.record_event(ctx, world.caseworker, detail.id, "released_from_custody")
    assert next_deadline()[0] == clock.now() + timedelta(hours=48)
    referrals.close_referral(ctx, world.caseworker, detail.id, "completed")
    assert tuple(next_deadline()) == (None, None)


def test_recording_events_does_not_move_the_referral_version(ctx, world, clock):
    """Only a person's change to the referral moves its version; timers re-timing do not."""
    detail = act_now(ctx, world.caseworker)
    clock.advance(30 * MIN)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    referrals.record_event(ctx, world.caseworker, detail.id, "released_from_custody")
    moved = referrals.move_stage(ctx, world.team_lead, detail.id, "engagement", expected_version=detail.version)
    assert moved.version == detail.version + 1


def test_a_rule_removed_from_the_pathway_file_stops_holding_the_next_deadline(ctx, world, clock):
    from dataclasses import replace

    from casework.pathways import PathwayRegistry

    act_now(ctx, world.caseworker)
    act_now_without = replace(ctx.pathways.get("act_now"), sla_rules=tuple(
        r for r in ctx.pathways.get("act_now").sla_rules if r.id != "custody_attendance"))
    ctx.pathways = PathwayRegistry({**{p.id: p for p in ctx.pathways}, "act_now": act_now_without})
    clock.advance(2 * 60 * MIN)
    sla.run_sweep(ctx)
    assert sla.next_deadline(ctx) is None
    with ctx.read() as s:
        assert cache.anything_due(s, clock.now()) is False


def test_caseworkers_and_team_leads_see_only_their_own_teams_breaches(ctx, world, clock):
    from casework.services import directory

    from ..conftest import PASSWORD

    act_now(ctx, world.caseworker)
    directory.create_user(ctx, world.admin, "leeds.lead", PASSWORD, "team_lead", "Leeds Navigators")
    other_lead = directory.authenticate(ctx, "leeds.lead", PASSWORD)
    clock.advance(2 * 60 * MIN)
    sla.run_sweep(ctx)
    assert len(sla.list_breaches(ctx, world.team_lead)) == 1
    assert len(sla.list_breaches(ctx, world.manager)) == 1
    assert sla.list_breaches(ctx, other_lead) == []
    assert sla.list_breaches(ctx, other_lead, team="YOT Milton Keynes") == []


def test_the_sweeps_due_query_reads_the_partial_index_of_live_timers(ctx, world, clock, engine_name):
    # The statement is built once with the instant bound; the index must still be usable with it.
    act_now(ctx, world.caseworker)
    with ctx.read() as s:
        statement = cache._statements(s)["any_due"]
        following = cache._statements(s)["next"]
    dialect = ctx.engine.dialect
    compiled = statement.compile(dialect=dialect)
    params = {}
    for name, value in compiled.construct_params({"as_of": clock.now()}).items():
        process = compiled.binds[name].type.bind_processor(dialect)
        params[name] = process(value) if process else value
    with ctx.engine.connect() as conn:
        if engine_name == "sqlite":
            bound = tuple(params[name] for name in compiled.positiontup)
            plan = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", bound)]
            assert any("ix_sla_timer_live" in line for line in plan), plan
            assert not any(line.startswith("SCAN sla_timer") for line in plan), plan
            assert not any("TEMP B-TREE" in line for line in plan), plan
            plan = [row[-1] for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {following.compile(dialect=dialect)}")]
            assert any("ix_sla_timer_live" in line for line in plan), plan
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = [row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled}", params)]
            conn.rollback()
            assert any("ix_sla_timer_live" in line for line in plan), plan
