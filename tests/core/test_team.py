"""The team board's numbers: workload per worker and the team's live timers, on the engine under test."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import event

from casework.errors import Conflict, NotPermitted, ValidationError
from casework.services import directory, referrals, sla, team
from casework.services.team import WorkerLoad

from ..conftest import PASSWORD
from .factories import act_now, young_person

MIN = timedelta(minutes=1)


@pytest.fixture
def board(ctx, world, clock):
    """A hand-made team at t0+100 min (Act Now custody: due after 90 min, warning at 67.5):

    casey  r1 notified t0      -> breached (due t0+90); swept, so its breach awaits a reason
           r2 notified t0+20   -> warning (warned t0+87.5, due t0+110)
           r5 notified t0, closed at t0+10 -> not counted
    tl     r3 notified t0+60   -> running (due t0+150)
           r6 notified t0, attended at t0+95 (late) -> no live timer; reason given, awaits review
    cara   nothing
    nobody r4 notified t0+60   -> running, unassigned
    """
    directory.create_user(ctx, world.admin, "cara", PASSWORD, "caseworker", world.team, "Cara Newman")
    t0 = clock.now()
    r1 = act_now(ctx, world.caseworker, person=young_person(given_name="Rhys"))
    r5 = act_now(ctx, world.caseworker, person=young_person(given_name="Evan"))
    r6 = act_now(ctx, world.team_lead, person=young_person(given_name="Owen"), assigned_to="tl")
    clock.advance(10 * MIN)
    referrals.close_referral(ctx, world.caseworker, r5.id, "no_further_action")
    clock.advance(10 * MIN)
    r2 = act_now(ctx, world.caseworker, person=young_person(given_name="Liam"))
    clock.advance(40 * MIN)
    r3 = act_now(ctx, world.team_lead, person=young_person(given_name="Noah"), assigned_to="tl")
    r4 = act_now(ctx, world.team_lead, person=young_person(given_name="Ivy"), assigned_to=None)
    clock.advance(35 * MIN)
    referrals.record_event(ctx, world.team_lead, r6.id, "custody_attended")  # t0+95: five minutes late
    [late] = sla.list_breaches(ctx, world.team_lead, referral_id=r6.id)
    sla.give_breach_reason(ctx, world.team_lead, late.id, "staff_unavailable", "Both of us were at Slough")
    clock.advance(5 * MIN)
    assert clock.now() == t0 + 100 * MIN
    return dict(t0=t0, r1=r1.id, r2=r2.id, r3=r3.id, r4=r4.id, r5=r5.id, r6=r6.id)


def numbers(load: WorkerLoad) -> tuple:
    return (load.open_referrals, load.breached, load.warning, load.running, load.awaiting_reason,
            load.awaiting_review)


def test_workload_counts_open_referrals_timers_and_breaches_per_worker(ctx, world, board):
    sla.run_sweep(ctx)
    rows = {load.username: load for load in team.workload(ctx, world.team_lead)}
    assert list(rows) == ["cara", "casey", "tl", None]  # by display name; unassigned work last
    assert numbers(rows["casey"]) == (2, 1, 1, 0, 1, 0)
    assert numbers(rows["tl"]) == (2, 0, 0, 1, 0, 1)
    assert numbers(rows["cara"]) == (0, 0, 0, 0, 0, 0)
    assert numbers(rows[None]) == (1, 0, 0, 1, 0, 0)
    assert rows[None].display_name == "Unassigned"
    assert rows["casey"].next_due_at == board["t0"] + 90 * MIN  # the overdue one comes first
    assert rows["tl"].next_due_at == board["t0"] + 150 * MIN
    assert rows["cara"].next_due_at is None
    assert (rows["tl"].role, rows["casey"].display_name) == ("team_lead", "Casey Worker")


def test_workload_timer_states_follow_the_clock_before_any_sweep(ctx, world, board, clock):
    # GIVEN no sweep has run since the custody deadline passed (the cache still says running)
    rows = {load.username: load for load in team.workload(ctx, world.team_lead)}
    # THEN the counts still say what is true now, exactly as list_timers does row by row
    assert (rows["casey"].breached, rows["casey"].warning) == (1, 1)
    listed = Counter((t.assigned_to, t.state) for t in sla.list_timers(ctx, world.team_lead, team=world.team))
    for username, load in rows.items():
        assert (load.breached, load.warning, load.running) == \
               (listed[(username, "breached")], listed[(username, "warning")], listed[(username, "running")])
    # An hour later everything still open is overdue.
    later = {load.username: load for load in team.workload(ctx, world.team_lead, as_of=clock.now() + 60 * MIN)}
    assert (later["casey"].breached, later["tl"].breached, later[None].breached) == (2, 1, 1)


def test_workload_takes_the_same_few_queries_whatever_the_team_size(ctx, world, board):
    def selects() -> int:
        statements: list[str] = []

        def count(conn, cursor, statement, *args):
            if statement.lstrip().upper().startswith("SELECT"):
                statements.append(statement)

        event.listen(ctx.engine, "before_cursor_execute", count)
        try:
            team.workload(ctx, world.team_lead)
        finally:
            event.remove(ctx.engine, "before_cursor_execute", count)
        return len(statements)

    before = selects()
    assert before <= 3  # the team, its members, one aggregate
    for n in range(4):
        directory.create_user(ctx, world.admin, f"extra{n}", PASSWORD, "caseworker", world.team, f"Extra {n}")
        act_now(ctx, world.team_lead, person=young_person(given_name=f"More{n}"), assigned_to=f"extra{n}")
    assert selects() == before


def test_live_timers_carry_the_referral_version_for_reassignment(ctx, world, board):
    timers = team.live_timers(ctx, world.team_lead)
    assert [(t.timer.referral_id, t.timer.state) for t in timers] == [
        (board["r1"], "breached"), (board["r2"], "warning"), (board["r3"], "running"), (board["r4"], "running")]
    r3 = next(t for t in timers if t.timer.referral_id == board["r3"])
    moved = referrals.assign(ctx, world.team_lead, board["r3"], "cara", expected_version=r3.referral_version)
    assert moved.assigned_to == "cara"
    with pytest.raises(Conflict):
        referrals.assign(ctx, world.team_lead, board["r3"], "casey", expected_version=r3.referral_version)
    rows = {load.username: load for load in team.workload(ctx, world.team_lead)}
    assert (rows["cara"].open_referrals, rows["cara"].running) == (1, 1)
    assert (rows["tl"].open_referrals, rows["tl"].running) == (1, 0)


def test_work_held_by_someone_outside_the_team_stays_on_the_board(ctx, world, board):
    directory.create_user(ctx, world.admin, "lee", PASSWORD, "caseworker", "Leeds Navigators", "Lee Navigator")
    referrals.assign(ctx, world.team_lead, board["r4"], "tl")  # assignable: tl is in the referral's team
    rows = {load.username: load for load in team.workload(ctx, world.team_lead)}
    assert None not in rows
    assert rows["tl"].open_referrals == 3


def test_assignable_workers_are_the_teams_active_caseworkers_and_leads(ctx, world, board):
    assert [u.username for u in team.assignable_workers(ctx, world.team_lead)] == ["cara", "casey", "tl"]
    assert [u.username for u in team.assignable_workers(ctx, world.manager, "Leeds Navigators")] == []


def test_the_board_is_for_team_leads_of_their_own_team_and_managers(ctx, world, board):
    with pytest.raises(NotPermitted):
        team.workload(ctx, world.caseworker)
    with pytest.raises(NotPermitted):
        team.workload(ctx, world.team_lead, "Leeds Navigators")
    with pytest.raises(NotPermitted):
        team.live_timers(ctx, world.admin, world.team)
    with pytest.raises(ValidationError) as err:
        team.workload(ctx, world.manager)
    assert (err.value.field, err.value.rule) == ("team", "required")
    with pytest.raises(ValidationError) as err:
        team.workload(ctx, world.manager, "No Such Team")
    assert err.value.rule == "unknown_team"
    rows = {load.username: load for load in team.workload(ctx, world.manager, world.team)}
    assert rows["casey"].open_referrals == 2
    assert team.workload(ctx, world.manager, "Leeds Navigators") == []
