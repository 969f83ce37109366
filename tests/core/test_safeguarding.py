"""Risk flags on a person, the MASH safeguarding referral task of out-of-area young people, and a
referral's view of the person's other referrals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from casework.errors import NotFound, NotPermitted, ValidationError
from casework.services import overlap, people, referrals, risk, sla
from casework.store.models import Alert, AuditEntry

from .factories import act_now, young_person

MIN = timedelta(minutes=1)


# --- risk flags ---------------------------------------------------------------------------------------

def test_a_flag_records_who_set_it_and_when(ctx, world, clock):
    person = act_now(ctx, world.caseworker).person
    view = risk.set_flag(ctx, world.caseworker, person.id, "missing_episodes", " reported missing twice in May ")
    assert (view.flag, view.label, view.set_by, view.set_at, view.note) == (
        "missing_episodes", "Missing episodes", "Casey Worker", clock.now(), "reported missing twice in May")
    assert view.active


def test_removing_a_flag_keeps_it_in_the_history_and_audits_both(ctx, world, clock):
    person = act_now(ctx, world.caseworker).person
    view = risk.set_flag(ctx, world.caseworker, person.id, "county_lines")
    clock.advance(timedelta(days=3))
    removed = risk.remove_flag(ctx, world.team_lead, view.id, "no longer involved, per police intelligence")
    assert (removed.removed_by, removed.removed_at) == ("Terry Lead", clock.now())
    assert [f.id for f in risk.list_flags(ctx, world.caseworker, person.id)] == [view.id]
    assert risk.list_flags(ctx, world.caseworker, person.id, include_removed=False) == []
    with ctx.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "person",
                                                            AuditEntry.entity_id == person.id)
                            .order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["set_risk_flag", "remove_risk_flag"]
    # Set again later: a new flag, the old one stays removed.
    again = risk.set_flag(ctx, world.caseworker, person.id, "county_lines")
    assert again.id != view.id and len(risk.list_flags(ctx, world.caseworker, person.id)) == 2


def test_flag_errors_name_the_field(ctx, world):
    person = act_now(ctx, world.caseworker).person
    with pytest.raises(ValidationError) as error:
        risk.set_flag(ctx, world.caseworker, person.id, "likes_football")
    assert (error.value.field, error.value.rule) == ("flag", "choice")
    risk.set_flag(ctx, world.caseworker, person.id, "weapon_carrying")
    with pytest.raises(ValidationError) as error:
        risk.set_flag(ctx, world.caseworker, person.id, "weapon_carrying")
    assert error.value.rule == "already_set"
    with pytest.raises(ValidationError) as error:
        risk.remove_flag(ctx, world.caseworker, 1, "  ")
    assert (error.value.field, error.value.rule) == ("reason", "required")
    with pytest.raises(NotFound):
        risk.set_flag(ctx, world.caseworker, 999, "weapon_carrying")
    with pytest.raises(NotPermitted):
        risk.set_flag(ctx, world.manager, person.id, "self_harm")


def test_the_flags_come_from_the_pathway_files(ctx):
    ids = [f.id for f in ctx.pathways.risk_flags]
    assert {"criminal_exploitation", "county_lines", "weapon_carrying", "missing_episodes"} <= set(ids)


# --- the person's other referrals ----------------------------------------------------------------------

def test_a_referral_shows_the_persons_other_referrals_on_any_pathway_open_first(ctx, world, clock):
    first = act_now(ctx, world.caseworker)
    referrals.close_referral(ctx, world.caseworker, first.id, "completed")
    clock.advance(timedelta(days=30))
    ae = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", person_id=first.person.id, site="lgi-ed",
        team="YOT Milton Keynes", assigned_to="casey"))
    clock.advance(timedelta(days=1))
    current = act_now(ctx, world.caseworker, person=None, person_id=first.person.id)
    act_now(ctx, world.caseworker, person=young_person(given_name="Someone", family_name="Else"))
    found = overlap.referral_overlap(ctx, world.caseworker, current.id)
    assert [(r.id, r.pathway, r.open) for r in found.other_referrals] == [
        (ae.id, "ae_navigator", True), (first.id, "act_now", False)]
    assert [r.id for r in found.open_elsewhere] == [ae.id]
    assert found.other_referrals[1].outcome == "completed"
    assert overlap.referral_overlap(ctx, world.caseworker, first.id).other_referrals[0].id == current.id


# --- the MASH safeguarding referral ------------------------------------------------------------------

def _mash(ctx, actor, referral_id):
    return overlap.referral_overlap(ctx, actor, referral_id).mash


def test_in_area_young_people_need_no_mash_referral(ctx, world):
    detail = act_now(ctx, world.caseworker)  # Milton Keynes
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.needed, task.reason, task.state) == (False, "in_service_area", "not_applicable")


def test_unknown_home_area_is_said_so(ctx, world):
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority=None))
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.needed, task.reason) == (False, "home_area_unknown")


def test_out_of_area_task_names_the_home_mash_and_times_from_custody_attendance(ctx, world, clock):
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Luton"))
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.needed, task.mash, task.state, task.due_at) == (True, "Luton MASH", "not_started", None)
    clock.advance(40 * MIN)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.state, task.due_at) == ("running", clock.now() + timedelta(hours=24))
    assert [t.referral_id for t in overlap.mash_tasks(ctx, world.caseworker)] == [detail.id]


def test_recording_the_mash_referral_as_sent_stops_the_clock_with_who_and_when(ctx, world, clock):
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Luton"))
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    clock.advance(timedelta(hours=3))
    sent = referrals.record_event(ctx, world.caseworker, detail.id, "mash_referral_sent",
                                  details={"mash": "Luton MASH", "reference": "LU-123"})
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.state, task.sent_at, task.sent_by, task.sent_to, task.reference, task.event_id) == (
        "met", clock.now(), "Casey Worker", "Luton MASH", "LU-123", sent.id)
    assert overlap.mash_tasks(ctx, world.caseworker) == []
    # Voided by mistake: the task is outstanding again.
    referrals.void_event(ctx, world.caseworker, sent.id, "sent to the wrong MASH")
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.sent, task.state) == (False, "running")


def test_an_unsent_mash_referral_alerts_and_breaches_like_any_timer(ctx, world, clock):
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Luton"))
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    referrals.record_event(ctx, world.caseworker, detail.id, "parent_meeting_held")  # other clocks aside
    clock.advance(timedelta(hours=19))
    sla.run_sweep(ctx)
    clock.advance(timedelta(hours=6))
    sla.run_sweep(ctx)
    with ctx.read() as s:
        alerts = s.execute(select(Alert.rule_id, Alert.threshold, Alert.user_id)
                           .where(Alert.referral_id == detail.id, Alert.rule_id == "mash_referral")).all()
    assert {(a.threshold, a.user_id) for a in alerts} >= {
        ("warning", world.caseworker.user_id), ("breach", world.caseworker.user_id),
        ("warning", world.team_lead.user_id), ("breach", world.team_lead.user_id)}
    assert _mash(ctx, world.caseworker, detail.id).state == "breached"
    assert any(b.rule_id == "mash_referral" for b in sla.list_breaches(ctx, world.caseworker, referral_id=detail.id))


def test_moving_the_young_person_out_of_area_makes_the_task_appear(ctx, world):
    detail = act_now(ctx, world.caseworker)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    assert not _mash(ctx, world.caseworker, detail.id).needed
    person = people.get_person(ctx, world.caseworker, detail.person.id)
    people.update_person(ctx, world.caseworker, person.id, person.version, home_local_authority="Bedford")
    task = _mash(ctx, world.caseworker, detail.id)
    assert (task.needed, task.mash, task.state) == (True, "Bedford MASH", "running")


def test_pathways_without_a_mash_rule_have_no_task(ctx, world):
    ae = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", person=young_person(home_local_authority="Luton"),
        site="lgi-ed", team="YOT Milton Keynes", assigned_to="casey"))
    assert _mash(ctx, world.caseworker, ae.id) is None
