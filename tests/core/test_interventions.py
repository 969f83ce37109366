"""Interventions: 1-2-1 and group programmes, sessions, attendance, rosters across referrals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from casework.errors import Conflict, NotFound, NotPermitted, ValidationError
from casework.services import interventions as iv
from casework.services import referrals
from casework.services.people import ContactInput
from casework.store.models import AuditEntry

from .factories import act_now, young_person


def rule_of(excinfo) -> tuple[str, str]:
    return excinfo.value.field, excinfo.value.rule


@pytest.fixture
def two_referrals(ctx, world, clock):
    a = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=20))
    b = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=20),
                person=young_person(given_name="Kai", family_name="Evans", date_of_birth=date(2009, 1, 2),
                                    contacts=(ContactInput("Bea Evans", "mother", "07700 900456", True),
                                              ContactInput("Cal Evans", "father", None, True))))
    return a, b


def test_one_to_one_sessions_planned_held_with_who_attended(ctx, world, clock, two_referrals):
    a, _ = two_referrals
    work = iv.add_intervention(ctx, world.caseworker, a.id, "one_to_one", with_child=True, with_parents=True,
                               started_on=(clock.now() - timedelta(days=10)).date())
    assert work.label == "1-2-1 with child and parents/carers"
    past = iv.plan_session(ctx, world.caseworker, intervention_id=work.id, starts_at=clock.now() - timedelta(days=2),
                           minutes=90, location="Home")
    future = iv.plan_session(ctx, world.caseworker, intervention_id=work.id, starts_at=clock.now() + timedelta(days=5))
    mother = a.person.contacts[0].id
    held = iv.record_attendance(ctx, world.caseworker, past.id, "attended", contact_ids=[mother])
    assert held.status == "held"
    assert held.attendance[0].child_attended is True
    assert held.attendance[0].contacts == ["Ann Jones"]
    # a planned session cannot be attended ahead of time, only cancelled by the participant
    with pytest.raises(ValidationError) as e:
        iv.record_attendance(ctx, world.caseworker, future.id, "attended")
    assert rule_of(e) == ("status", "not_yet_held")
    iv.record_attendance(ctx, world.caseworker, future.id, "cancelled")
    counts = iv.referral_interventions(ctx, world.caseworker, a.id)[0].counts()
    assert counts == {"planned": 1, "held": 1, "cancelled": 0, "attended": 1, "did_not_attend": 0,
                      "participant_cancelled": 1}


def test_attendance_names_the_field_for_each_mistake(ctx, world, clock, two_referrals):
    a, b = two_referrals
    work = iv.add_intervention(ctx, world.caseworker, a.id, "one_to_one", with_child=False, with_parents=True,
                               started_on=(clock.now() - timedelta(days=10)).date())
    s = iv.plan_session(ctx, world.caseworker, intervention_id=work.id, starts_at=clock.now() - timedelta(hours=3))
    with pytest.raises(ValidationError) as e:
        iv.record_attendance(ctx, world.caseworker, s.id, "attended")  # the work is with parents only: who came?
    assert rule_of(e) == ("attended", "nobody")
    with pytest.raises(ValidationError) as e:
        iv.record_attendance(ctx, world.caseworker, s.id, "attended", contact_ids=[b.person.contacts[0].id])
    assert rule_of(e) == ("contacts", "not_a_contact")
    with pytest.raises(ValidationError) as e:
        iv.record_attendance(ctx, world.caseworker, s.id, "did_not_attend", child_attended=True)
    assert rule_of(e) == ("attended", "not_attended")
    with pytest.raises(ValidationError) as e:
        iv.record_attendance(ctx, world.caseworker, s.id, "came")
    assert rule_of(e) == ("status", "choice")
    with pytest.raises(ValidationError) as e:
        iv.add_intervention(ctx, world.caseworker, a.id, "one_to_one", with_child=False, with_parents=False)
    assert rule_of(e) == ("with", "required")
    with pytest.raises(ValidationError) as e:
        iv.add_intervention(ctx, world.caseworker, a.id, "group")
    assert rule_of(e) == ("programme", "required")
    with pytest.raises(ValidationError) as e:
        iv.plan_session(ctx, world.caseworker, intervention_id=work.id, starts_at=clock.now(), minutes=0)
    assert rule_of(e) == ("minutes", "range")
    # an attendance can be changed; the change is audited with the values before
    iv.record_attendance(ctx, world.caseworker, s.id, "did_not_attend")
    changed = iv.record_attendance(ctx, world.caseworker, s.id, "attended", contact_ids=[a.person.contacts[0].id])
    assert [x.status for x in changed.attendance] == ["attended"]
    with ctx.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "record_attendance")
                                  .order_by(AuditEntry.id)).all()
    assert entries[-1].details["before"]["status"] == "did_not_attend"
    assert entries[-1].details["after"]["status"] == "attended"


def test_group_programme_roster_comes_from_several_referrals(ctx, world, clock, two_referrals):
    a, b = two_referrals
    boxing = iv.create_programme(ctx, world.caseworker, "Boxing — Bletchley", pathway="act_now")
    with pytest.raises(ValidationError) as e:
        iv.create_programme(ctx, world.caseworker, "boxing — bletchley")
    assert rule_of(e) == ("name", "duplicate")
    start = (clock.now() - timedelta(days=10)).date()
    ia = iv.add_intervention(ctx, world.caseworker, a.id, "group", programme=boxing.id, started_on=start)
    ib = iv.add_intervention(ctx, world.caseworker, b.id, "group", programme="Boxing — Bletchley", started_on=start)
    with pytest.raises(ValidationError) as e:
        iv.add_intervention(ctx, world.caseworker, b.id, "group", programme=boxing.id)
    assert rule_of(e) == ("programme", "already_on_roster")
    s1 = iv.plan_session(ctx, world.caseworker, programme=boxing.id, starts_at=clock.now() - timedelta(days=7))
    s2 = iv.plan_session(ctx, world.caseworker, programme=boxing.id, starts_at=clock.now() - timedelta(days=1))
    s3 = iv.plan_session(ctx, world.caseworker, programme=boxing.id, starts_at=clock.now() + timedelta(days=6))
    with pytest.raises(ValidationError) as e:
        iv.record_attendance(ctx, world.caseworker, s1.id, "attended", group=True)  # which of the two?
    assert rule_of(e) == ("intervention", "required")
    iv.record_attendance(ctx, world.caseworker, s1.id, "attended", group=True, intervention_id=ia.id)
    iv.record_attendance(ctx, world.caseworker, s1.id, "did_not_attend", group=True, intervention_id=ib.id)
    iv.record_attendance(ctx, world.caseworker, s2.id, "attended", group=True, intervention_id=ib.id)
    iv.cancel_session(ctx, world.caseworker, s3.id, group=True)
    with pytest.raises(ValidationError) as e:
        iv.cancel_session(ctx, world.caseworker, s1.id, group=True)
    assert rule_of(e) == ("session", "has_attendance")

    detail = iv.programme_detail(ctx, world.team_lead, boxing.id)
    assert [p.referral_id for p in detail.participants] == [b.id, a.id]  # by family name: Evans, Jones
    grid = {(p.referral_id, x.id): (x.attendance_of(p.intervention_id).status if x.attendance_of(p.intervention_id)
                                    else x.status) for p in detail.participants for x in detail.sessions}
    assert grid == {(a.id, s1.id): "attended", (b.id, s1.id): "did_not_attend",
                    (a.id, s2.id): "held", (b.id, s2.id): "attended",
                    (a.id, s3.id): "cancelled", (b.id, s3.id): "cancelled"}
    assert detail.programme.participants == 2 and detail.programme.sessions == 3
    # each referral sees the programme's sessions with its own attendance
    mine = iv.referral_interventions(ctx, world.caseworker, a.id)[0]
    assert mine.label == "Group: Boxing — Bletchley"
    assert mine.counts()["attended"] == 1 and mine.counts()["did_not_attend"] == 0


def test_group_programme_for_another_pathway_or_a_closed_referral_is_refused(ctx, world, clock, two_referrals):
    a, _ = two_referrals
    football = iv.create_programme(ctx, world.caseworker, "Football — Llanelli", pathway="intact")
    with pytest.raises(ValidationError) as e:
        iv.add_intervention(ctx, world.caseworker, a.id, "group", programme=football.id)
    assert rule_of(e) == ("programme", "other_pathway")
    referrals.close_referral(ctx, world.caseworker, a.id, "completed")
    with pytest.raises(ValidationError) as e:
        iv.add_intervention(ctx, world.caseworker, a.id, "one_to_one")
    assert rule_of(e) == ("referral", "closed")


def test_stale_session_version_is_a_conflict_and_managers_cannot_write(ctx, world, clock, two_referrals):
    a, _ = two_referrals
    work = iv.add_intervention(ctx, world.caseworker, a.id, "one_to_one")
    s = iv.plan_session(ctx, world.caseworker, intervention_id=work.id, starts_at=clock.now() - timedelta(hours=1))
    iv.record_attendance(ctx, world.caseworker, s.id, "did_not_attend", expected_version=s.version)
    with pytest.raises(Conflict):
        iv.record_attendance(ctx, world.team_lead, s.id, "attended", expected_version=s.version)
    with pytest.raises(NotPermitted):
        iv.add_intervention(ctx, world.manager, a.id, "one_to_one")
    with pytest.raises(NotFound):
        iv.get_session(ctx, world.caseworker, 9999)


def test_retention_erases_a_referrals_interventions_attendance_and_checks_but_not_the_group_sessions(
        ctx, world, clock):
    from casework.services import retention
    from casework.store.models import Attendance, FollowUp, Intervention, InterventionSession, ProgrammeSession
    from sqlalchemy import func

    # GIVEN two referrals received and closed in 2018-2019 (past the 6 years), one on a group programme
    # with another young person still open on the same programme, both with 1-2-1 work and checks
    clock.set(clock.now().replace(year=2018, month=3))
    old = act_now(ctx, world.caseworker, person=young_person(date_of_birth=date(2003, 5, 5)))
    keep = act_now(ctx, world.caseworker,
                   person=young_person(given_name="Kai", family_name="Evans", date_of_birth=date(2005, 1, 2)))
    boxing = iv.create_programme(ctx, world.caseworker, "Boxing — erasure test")
    start = clock.now().date()
    places = [iv.add_intervention(ctx, world.caseworker, r.id, "group", programme=boxing.id, started_on=start)
              for r in (old, keep)]
    work = iv.add_intervention(ctx, world.caseworker, old.id, "one_to_one", started_on=start)
    clock.set(clock.now() + timedelta(days=7))
    group_session = iv.plan_session(ctx, world.caseworker, programme=boxing.id, starts_at=clock.now() - timedelta(hours=1))
    own = iv.plan_session(ctx, world.caseworker, intervention_id=work.id, starts_at=clock.now() - timedelta(hours=2))
    for place in places:
        iv.record_attendance(ctx, world.caseworker, group_session.id, "attended", group=True, intervention_id=place.id)
    iv.record_attendance(ctx, world.caseworker, own.id, "attended")
    referrals.close_referral(ctx, world.caseworker, old.id, "completed")
    clock.set(clock.now().replace(year=2026))
    # WHEN retention runs
    retention.run(ctx, world.admin)
    # THEN the old referral's own rows are gone, the group session and the other young person's place stay
    with ctx.read() as s:
        def count(model, *where):
            return s.scalar(select(func.count()).select_from(model).where(*where))
        assert count(Intervention, Intervention.referral_id == old.id) == 0
        assert count(FollowUp, FollowUp.referral_id == old.id) == 0
        assert count(InterventionSession, InterventionSession.id == own.id) == 0
        assert count(ProgrammeSession, ProgrammeSession.id == group_session.id) == 1
        assert count(Attendance, Attendance.intervention_id == places[1].id) == 1
        assert count(Attendance) == 1
