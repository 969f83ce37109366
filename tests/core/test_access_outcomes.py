"""Access scoping of the interventions and outcomes services: the same matrix as ``test_access.py``.

Role (caseworker, team lead, manager, administrator without a case role, manager who is also an
administrator) × referral (own team or other team × assigned to the actor, to someone else, or to
nobody) × read / change, through interventions and sessions of a referral, group programme rosters
and attendance, follow-up checks, the evidence report and the evaluation export. Every refusal is a
``NotPermitted`` written to the audit trail, and nothing of the refused attempt is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from casework.errors import NotPermitted
from casework.reports.evidence import evidence_figures
from casework.services import directory, evaluation, followups, referrals
from casework.services import interventions as iv
from casework.services.followups import FollowUpInput
from casework.store.models import Attendance, FollowUp, Intervention, InterventionSession

from ..conftest import PASSWORD, START
from ..kept import kept
from .test_access import CHANGE, LEEDS, MK, READ, REFERRALS, ROLES, refusals, setup  # noqa: F401 (fixture)

CASE_ROLES = ("caseworker", "team_lead", "manager", "manager_admin")
GOOD = dict(further_police_contact="no", ed_reattendances="0", suspect_before="2", victim_before="1")


@dataclass
class Work:
    one_to_one: dict[str, int]   # referral key -> its 1-2-1 intervention
    sessions: dict[str, int]     # referral key -> a held-able 1-2-1 session (started an hour ago)
    places: dict[str, int]       # referral key -> its place on the group programme
    programme: int
    group_session: int


def changer(ctx, setup, which: str):
    """Someone who may change the referral: the team lead of its team."""
    return setup.actors["team_lead"] if which.startswith("own") else directory.authenticate(ctx, "lee", PASSWORD)


@pytest.fixture
def work(ctx, setup) -> Work:
    return kept("access_outcomes.work", ctx, lambda: _work(ctx, setup))


def _work(ctx, setup) -> Work:
    started = START.date()
    programme = iv.create_programme(ctx, setup.actors["team_lead"], "Boxing, Tuesdays")
    one, sessions, places = {}, {}, {}
    for which in REFERRALS:
        by, referral_id = changer(ctx, setup, which), setup.ids[which]
        one[which] = iv.add_intervention(ctx, by, referral_id, "one_to_one", started_on=started).id
        sessions[which] = iv.plan_session(ctx, by, intervention_id=one[which], starts_at=START - timedelta(hours=1)).id
        places[which] = iv.add_intervention(ctx, by, referral_id, "group", programme=programme.id, started_on=started).id
    group_session = iv.plan_session(ctx, setup.actors["team_lead"], programme=programme.id,
                                    starts_at=START - timedelta(hours=1)).id
    for which in REFERRALS:  # everyone came to the group session, recorded by their own team lead
        iv.record_attendance(ctx, changer(ctx, setup, which), group_session, "attended", group=True,
                             intervention_id=places[which])
    return Work(one, sessions, places, programme.id, group_session)


def count(ctx, model, *where) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def refused(ctx, before: int, actor, referral_id: int | None, attempts: int = 1) -> None:
    entries = refusals(ctx)
    assert len(entries) == before + attempts
    for entry in entries[before:]:
        assert entry.user_id == actor.user_id
        if referral_id is not None and entry.entity_type == "referral":
            assert entry.entity_id == referral_id


# --- interventions and sessions of a referral ------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_reading_a_referrals_interventions_follows_the_matrix(ctx, setup, work, role, which):
    actor, referral_id = setup.actors[role], setup.ids[which]
    before = len(refusals(ctx))
    calls = (lambda: iv.referral_interventions(ctx, actor, referral_id),
             lambda: iv.get_intervention(ctx, actor, work.one_to_one[which]),
             lambda: iv.get_session(ctx, actor, work.sessions[which]))
    if which in READ[role]:
        listed = calls[0]()
        assert {i.id for i in listed} == {work.one_to_one[which], work.places[which]}
        # The group place shows this participant's attendance, and only readable ones besides.
        place = next(i for i in listed if i.kind == "group")
        shown = {a.referral_id for s in place.sessions for a in s.attendance}
        assert shown == {setup.ids[w] for w in READ[role]}
        assert calls[1]().referral_id == referral_id
        assert calls[2]().intervention_id == work.one_to_one[which]
        assert len(refusals(ctx)) == before
    else:
        for call in calls:
            with pytest.raises(NotPermitted):
                call()
        refused(ctx, before, actor, referral_id, attempts=3)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_changing_a_referrals_interventions_follows_the_matrix(ctx, setup, work, role, which):
    actor, referral_id = setup.actors[role], setup.ids[which]
    interventions = count(ctx, Intervention, Intervention.referral_id == referral_id)
    sessions = count(ctx, InterventionSession)
    attendance = count(ctx, Attendance)
    before = len(refusals(ctx))
    calls = (
        lambda: iv.add_intervention(ctx, actor, referral_id, "one_to_one", with_parents=True, started_on=START.date()),
        lambda: iv.plan_session(ctx, actor, intervention_id=work.one_to_one[which], starts_at=START + timedelta(days=2)),
        lambda: iv.record_attendance(ctx, actor, work.sessions[which], "did_not_attend"),
        lambda: iv.end_intervention(ctx, actor, work.one_to_one[which]),
    )
    if which in CHANGE[role]:
        for call in calls:
            call()
        assert count(ctx, Intervention, Intervention.referral_id == referral_id) == interventions + 1
        assert count(ctx, InterventionSession) == sessions + 1
        assert count(ctx, Attendance) == attendance + 1
        assert len(refusals(ctx)) == before
    else:
        for call in calls:
            with pytest.raises(NotPermitted):
                call()
        assert count(ctx, Intervention, Intervention.referral_id == referral_id) == interventions
        assert count(ctx, InterventionSession) == sessions
        assert count(ctx, Attendance) == attendance
        assert count(ctx, Intervention, Intervention.id == work.one_to_one[which], Intervention.ended_on.is_(None)) == 1
        refused(ctx, before, actor, referral_id, attempts=4)


@pytest.mark.parametrize("role", ROLES)
def test_cancelling_a_one_to_one_session_is_a_change_to_its_referral(ctx, setup, work, role):
    actor = setup.actors[role]
    for which in REFERRALS:
        planned = iv.plan_session(ctx, changer(ctx, setup, which), intervention_id=work.one_to_one[which],
                                  starts_at=START + timedelta(days=3))
        if which in CHANGE[role]:
            assert iv.cancel_session(ctx, actor, planned.id).status == "cancelled"
        else:
            with pytest.raises(NotPermitted):
                iv.cancel_session(ctx, actor, planned.id)
            assert count(ctx, InterventionSession, InterventionSession.id == planned.id,
                         InterventionSession.status == "planned") == 1


# --- group programmes ------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_a_roster_names_only_the_participants_the_reader_may_read(ctx, setup, work, role):
    actor = setup.actors[role]
    if role not in CASE_ROLES:
        before = len(refusals(ctx))
        with pytest.raises(NotPermitted):
            iv.programme_detail(ctx, actor, work.programme)
        with pytest.raises(NotPermitted):
            iv.list_programmes(ctx, actor)
        refused(ctx, before, actor, None, attempts=2)
        return
    assert [p.participants for p in iv.list_programmes(ctx, actor)] == [len(REFERRALS)]
    detail = iv.programme_detail(ctx, actor, work.programme)
    readable = {setup.ids[w] for w in READ[role]}
    assert {p.referral_id for p in detail.participants} == readable
    assert detail.others == len(REFERRALS) - len(readable)
    assert {p.referral_id for p in detail.participants if p.changeable} == {setup.ids[w] for w in CHANGE[role]}
    (session,) = detail.sessions
    assert {a.referral_id for a in session.attendance} == readable
    group = iv.get_session(ctx, actor, work.group_session, group=True)
    assert {a.referral_id for a in group.attendance} == readable
    # No name of an unreadable participant anywhere in what the roster returns.
    text = repr(detail) + repr(group)
    for which in set(REFERRALS) - READ[role]:
        assert {"other_theirs": "Dee", "other_nobody": "Eve"}.get(which, "\x00") not in text


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_roster_places_and_group_attendance_follow_the_matrix(ctx, setup, work, role, which):
    actor, referral_id = setup.actors[role], setup.ids[which]
    other = iv.create_programme(ctx, setup.actors["team_lead"], "Cooking, Thursdays")
    places = count(ctx, Intervention, Intervention.programme_id == other.id)
    before = len(refusals(ctx))
    add = lambda: iv.add_intervention(ctx, actor, referral_id, "group", programme=other.id,  # noqa: E731
                                      started_on=START.date())
    mark = lambda: iv.record_attendance(ctx, actor, work.group_session, "did_not_attend", group=True,  # noqa: E731
                                        intervention_id=work.places[which])
    if which in CHANGE[role]:
        add()
        assert mark().attendance_of(work.places[which]).status == "did_not_attend"
        assert count(ctx, Intervention, Intervention.programme_id == other.id) == places + 1
        assert len(refusals(ctx)) == before
    else:
        with pytest.raises(NotPermitted):
            add()
        with pytest.raises(NotPermitted):
            mark()
        assert count(ctx, Intervention, Intervention.programme_id == other.id) == places
        with ctx.read() as s:
            status = s.scalar(select(Attendance.status).where(Attendance.intervention_id == work.places[which]))
        assert status == "attended"
        refused(ctx, before, actor, referral_id, attempts=2)


# --- follow-up checks ------------------------------------------------------------------------------

@pytest.fixture
def checks(ctx, setup, clock) -> dict[str, int]:
    """Each referral closed now; the clock moved on to when the 3-month checks are due."""
    for which in REFERRALS:
        referrals.close_referral(ctx, changer(ctx, setup, which), setup.ids[which], "completed", at=START)
    clock.set(START + timedelta(days=100))
    with ctx.read() as s:
        return {which: s.scalar(select(FollowUp.id).where(FollowUp.referral_id == setup.ids[which],
                                                          FollowUp.months == 3)) for which in REFERRALS}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", REFERRALS)
def test_follow_up_checks_follow_the_matrix(ctx, setup, checks, role, which):
    actor, referral_id, check = setup.actors[role], setup.ids[which], checks[which]
    before = len(refusals(ctx))
    if which in READ[role]:
        assert [c.months for c in followups.list_follow_ups(ctx, actor, referral_id)] == [3, 6, 12]
        assert followups.get_follow_up(ctx, actor, check).status == "due"
    else:
        with pytest.raises(NotPermitted):
            followups.list_follow_ups(ctx, actor, referral_id)
        with pytest.raises(NotPermitted):
            followups.get_follow_up(ctx, actor, check)
        refused(ctx, before, actor, referral_id, attempts=2)
    before = len(refusals(ctx))
    if which in CHANGE[role]:
        assert followups.record_follow_up(ctx, actor, check, FollowUpInput(**GOOD)).status == "done"
        assert len(refusals(ctx)) == before
    else:
        with pytest.raises(NotPermitted):
            followups.record_follow_up(ctx, actor, check, FollowUpInput(**GOOD))
        assert count(ctx, FollowUp, FollowUp.id == check, FollowUp.status == "due") == 1
        refused(ctx, before, actor, referral_id)


@pytest.mark.parametrize("role", ROLES)
def test_due_lists_hold_only_readable_referrals(ctx, setup, checks, role):
    actor = setup.actors[role]
    if role not in CASE_ROLES:
        with pytest.raises(NotPermitted):
            followups.due_follow_ups(ctx, actor, everyone=True)
        return
    readable = {setup.ids[w] for w in READ[role]}
    # Asking for another team's worker gives nothing the actor may not read.
    for worker in ("casey", "tl", "nav"):
        due = followups.due_follow_ups(ctx, actor, worker=worker)
        assert {d.referral_id for d in due} <= readable
    assert {d.referral_id for d in followups.due_follow_ups(ctx, actor, worker="nav")} == (
        {setup.ids["other_theirs"]} if "other_theirs" in READ[role] else set())
    if role != "caseworker":
        everyone = {d.referral_id for d in followups.due_follow_ups(ctx, actor, everyone=True)}
        assert everyone == readable


# --- evidence report and evaluation export ---------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_evaluation_export_is_for_managers_only(ctx, setup, role, tmp_path):
    actor = setup.actors[role]
    before = len(refusals(ctx))
    if role in ("manager", "manager_admin"):
        result = evaluation.export_evaluation(ctx, actor, tmp_path / "out")
        assert result.rows["referrals.csv"] == len(REFERRALS)
        assert len(refusals(ctx)) == before
    else:
        with pytest.raises(NotPermitted):
            evaluation.export_evaluation(ctx, actor, tmp_path / "out")
        assert not (tmp_path / "out").exists()
        refused(ctx, before, actor, None)
        assert refusals(ctx)[-1].details["after"]["attempted"] == "export_evaluation"


@pytest.mark.parametrize("role", ROLES)
def test_evidence_report_is_for_managers_and_team_leads_of_their_own_team(ctx, setup, role):
    actor = setup.actors[role]
    before = len(refusals(ctx))
    if role in ("manager", "manager_admin"):
        evidence_figures(ctx, actor)
        evidence_figures(ctx, actor, team=LEEDS)
    elif role == "team_lead":
        evidence_figures(ctx, actor)
        evidence_figures(ctx, actor, team=MK)
        with pytest.raises(NotPermitted):
            evidence_figures(ctx, actor, team=LEEDS)
        before += 1
    else:
        with pytest.raises(NotPermitted):
            evidence_figures(ctx, actor)
        before += 1
    assert len(refusals(ctx)) == before
