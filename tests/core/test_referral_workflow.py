"""The workflow services: what they record, and every validation rule with the error it raises."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from casework.identifiers import pnc_check_letter
from casework.errors import Conflict, NotFound, NotPermitted, ValidationError
from casework.services import referrals
from casework.services.people import ContactInput
from casework.store.models import AuditEntry, Event, Person, Referral

from .factories import act_now, lead_of, young_person

WRONG_PNC_LETTER = "B" if pnc_check_letter("12", "345678") == "A" else "A"


def count(ctx, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def rule_of(excinfo) -> tuple[str, str]:
    return excinfo.value.field, excinfo.value.rule


# --- creating referrals ----------------------------------------------------------------------

def test_custody_referral_records_custody_notified_at_the_received_time(ctx, world, clock):
    received = clock.now() - timedelta(minutes=20)
    detail = act_now(ctx, world.caseworker, received_at=received,
                     first_event_details={"offence": "possession of a bladed article"})
    assert detail.stage == "custody"
    first = detail.events[0]
    assert (first.kind, first.occurred_at, first.recorded_at) == ("custody_notified", received, clock.now())
    assert first.details == {"offence": "possession of a bladed article"}
    assert first.recorded_by == "casey"
    assert detail.assigned_to == "casey"
    assert [e.kind for e in detail.events] == ["custody_notified", "assigned"]
    assert detail.person.contacts[0].relationship == "mother"


@pytest.mark.parametrize("pathway, source, first", [
    ("intact", "marf", "marf_received"),
    ("ae_navigator", "emergency_department", "ed_attendance"),
])
def test_marf_and_ed_referrals_record_their_first_event(ctx, world, pathway, source, first):
    detail = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway=pathway, source=source, person=young_person(date_of_birth=date(2011, 1, 1))))
    assert detail.events[0].kind == first


def test_referral_for_an_existing_person_reuses_the_person(ctx, world):
    first = act_now(ctx, world.caseworker)
    second = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="intact", source="marf", person_id=first.person.id))
    assert second.person.id == first.person.id
    assert count(ctx, Person) == 1


def test_every_change_is_audited_with_the_acting_user(ctx, world):
    detail = act_now(ctx, world.caseworker)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    with ctx.read() as s:
        entries = s.execute(select(AuditEntry.action, AuditEntry.entity_type, AuditEntry.user_id)
                            .where(AuditEntry.user_id == world.caseworker.user_id)).all()
    assert ("create", "person", world.caseworker.user_id) in entries
    assert ("create", "referral", world.caseworker.user_id) in entries
    assert sum(1 for e in entries if e.action == "record_event") == 3


@pytest.mark.parametrize("overrides, field, rule", [
    ({"pathway": "knife_crime"}, "pathway", "unknown_pathway"),
    ({"source": "marf"}, "source", "source_not_in_pathway"),
    ({"person": young_person(given_name="  ")}, "given_name", "required"),
    ({"person": young_person(family_name="")}, "family_name", "required"),
    ({"person": young_person(given_name="x" * 121)}, "given_name", "too_long"),
    ({"person": young_person(date_of_birth=None)}, "date_of_birth", "required"),
    ({"person": young_person(date_of_birth=date(2027, 1, 1))}, "date_of_birth", "in_future"),
    ({"person": young_person(date_of_birth=date(1899, 1, 1))}, "date_of_birth", "implausible"),
    ({"person": young_person(date_of_birth=date(2002, 1, 1))}, "date_of_birth", "age_out_of_range"),
    ({"person": young_person(date_of_birth=date(2020, 1, 1))}, "date_of_birth", "age_out_of_range"),
    ({"person": young_person(gender="robot")}, "gender", "choice"),
    ({"person": young_person(nhs_number="9434765918")}, "nhs_number", "nhs_number_check_digit"),
    ({"person": young_person(pnc_id="12/3")}, "pnc_id", "pnc_id_format"),
    ({"person": young_person(pnc_id=f"12/345678{WRONG_PNC_LETTER}")}, "pnc_id", "pnc_id_check_letter"),
    ({"person": young_person(postcode="nowhere")}, "postcode", "postcode_format"),
    ({"person": young_person(contacts=(ContactInput("", "mother"),))}, "contacts[0].name", "required"),
    ({"person": young_person(contacts=(ContactInput("Ann", "mother", "12"),))}, "contacts[0].phone", "phone_format"),
    ({"person": None}, "person", "required"),
    ({"person_id": 999}, "person", "required"),
    ({"person": None, "person_id": 999}, "person_id", "unknown_person"),
    ({"site": "nowhere"}, "site", "unknown_site"),
    ({"team": "Nobody"}, "team", "unknown_team"),
    ({"assigned_to": "ghost"}, "assigned_to", "unknown_user"),
    ({"assigned_to": "morgan"}, "assigned_to", "not_a_caseworker"),
    ({"received_at": datetime(2026, 6, 15, 10)}, "received_at", "timezone_required"),
    ({"first_event_details": {"weapon": "knife"}}, "details.weapon", "unknown_field"),
    ({"note": "x" * 10_001}, "note", "too_long"),
])
def test_bad_intake_names_the_field_and_writes_nothing(ctx, world, overrides, field, rule):
    with pytest.raises(ValidationError) as err:
        act_now(ctx, world.caseworker, **overrides)
    assert rule_of(err) == (field, rule)
    assert count(ctx, Referral) == 0
    assert count(ctx, Person) == 0
    assert count(ctx, Event) == 0


def test_received_in_the_future_is_refused(ctx, world, clock):
    with pytest.raises(ValidationError) as err:
        act_now(ctx, world.caseworker, received_at=clock.now() + timedelta(minutes=1))
    assert rule_of(err) == ("received_at", "in_future")


def test_age_is_taken_on_the_received_date_in_local_time(ctx, world, clock):
    # 17 on the day before the 18th birthday (local date), so Act Now (10-17) still applies.
    received = clock.now() - timedelta(days=1)
    dob = received.date().replace(year=received.year - 18) + timedelta(days=1)
    detail = act_now(ctx, world.caseworker, received_at=received, person=young_person(date_of_birth=dob))
    assert detail.id


def test_assignee_from_another_team_is_refused(ctx, world):
    from casework.services import directory
    directory.create_user(ctx, world.admin, "nav", "correct-horse-battery", "caseworker", "Leeds Navigators")
    with pytest.raises(ValidationError) as err:
        act_now(ctx, world.caseworker, assigned_to="nav")
    assert rule_of(err) == ("assigned_to", "other_team")


def test_a_manager_may_not_create_referrals(ctx, world):
    with pytest.raises(NotPermitted):
        act_now(ctx, world.manager)
    assert count(ctx, Referral) == 0


# --- recording events ------------------------------------------------------------------------

def test_back_dated_event_is_kept_with_when_it_happened_and_when_it_was_recorded(ctx, world, clock):
    detail = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(hours=3))
    happened = clock.now() - timedelta(hours=2)
    event = referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended", occurred_at=happened,
                                   details={"outcome_of_visit": "engaged"}, note="Seen with appropriate adult")
    assert (event.occurred_at, event.recorded_at) == (happened, clock.now())
    shown = referrals.get_referral(ctx, world.caseworker, detail.id)
    assert [e.kind for e in shown.events] == ["custody_notified", "assigned", "custody_attended"]


def test_event_defaults_to_now(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(timedelta(minutes=45))
    event = referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    assert event.occurred_at == clock.now()


@pytest.mark.parametrize("kind, kwargs, field, rule", [
    ("marf_received", {}, "kind", "unknown_event_kind"),
    ("assigned", {}, "kind", "system_event"),
    ("closed", {}, "kind", "system_event"),
    ("custody_attended", {"details": {"outcome_of_visit": "maybe"}}, "details.outcome_of_visit", "choice"),
    ("custody_attended", {"details": {"colour": "red"}}, "details.colour", "unknown_field"),
    ("mash_referral_sent", {}, "details.mash", "required"),
    ("note", {}, "note", "required"),
    ("custody_attended", {"occurred_at": datetime(2026, 6, 15, 9)}, "occurred_at", "timezone_required"),
])
def test_bad_event_names_the_field_and_writes_nothing(ctx, world, kind, kwargs, field, rule):
    detail = act_now(ctx, world.caseworker)
    before = count(ctx, Event)
    with pytest.raises(ValidationError) as err:
        referrals.record_event(ctx, world.caseworker, detail.id, kind, **kwargs)
    assert rule_of(err) == (field, rule)
    assert count(ctx, Event) == before


def test_event_in_the_future_is_refused(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    with pytest.raises(ValidationError) as err:
        referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended",
                               occurred_at=clock.now() + timedelta(seconds=1))
    assert rule_of(err) == ("occurred_at", "in_future")


def test_event_before_the_referral_was_received_is_refused(ctx, world, clock):
    detail = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(hours=1))
    with pytest.raises(ValidationError) as err:
        referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended",
                               occurred_at=clock.now() - timedelta(hours=2))
    assert rule_of(err) == ("occurred_at", "before_received")


def test_field_types_are_checked(ctx, world):
    detail = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", person=young_person(date_of_birth=date(2008, 5, 5)),
        assigned_to="casey", first_event_details={"previous_attendances": "2", "known_to_services": "yes",
                             "presenting_issues": "violence, housing"}))
    assert detail.events[0].details == {"previous_attendances": 2, "known_to_services": True,
                                        "presenting_issues": ["violence", "housing"]}
    for details, rule in [({"previous_attendances": "two"}, "int"), ({"previous_attendances": "-1"}, "non_negative"),
                          ({"known_to_services": "perhaps"}, "bool"), ({"presenting_issues": ["boredom"]}, "choice")]:
        with pytest.raises(ValidationError) as err:
            referrals.record_event(ctx, world.caseworker, detail.id, "ed_attendance", details=details)
        assert err.value.rule == rule


def test_unknown_referral_is_not_found(ctx, world):
    with pytest.raises(NotFound):
        referrals.record_event(ctx, world.caseworker, 4242, "note", note="hello")


# --- stage moves, assignment, closure --------------------------------------------------------

def test_allowed_move_changes_stage_and_is_itself_an_event(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    moved = referrals.move_stage(ctx, world.caseworker, detail.id, "engagement", expected_version=detail.version)
    assert moved.stage == "engagement"
    assert moved.version == detail.version + 1
    assert moved.events[-1].kind == "stage_moved"
    assert moved.events[-1].details == {"from_stage": "custody", "to_stage": "engagement"}
    assert moved.allowed_moves == ["intervention", "criminal_justice"]


def test_move_not_allowed_by_the_pathway_is_refused(ctx, world):
    detail = act_now(ctx, world.caseworker)
    with pytest.raises(ValidationError) as err:
        referrals.move_stage(ctx, world.caseworker, detail.id, "review")
    assert rule_of(err) == ("stage", "transition_not_allowed")
    with pytest.raises(ValidationError) as err:
        referrals.move_stage(ctx, world.caseworker, detail.id, "nowhere")
    assert rule_of(err) == ("stage", "unknown_stage")
    assert referrals.get_referral(ctx, world.caseworker, detail.id).stage == "custody"


def test_stale_version_raises_a_conflict_naming_the_record_and_writes_nothing(ctx, world):
    detail = act_now(ctx, world.caseworker)
    referrals.move_stage(ctx, world.team_lead, detail.id, "engagement", expected_version=detail.version)
    events_before = count(ctx, Event)
    with pytest.raises(Conflict) as err:
        referrals.move_stage(ctx, world.caseworker, detail.id, "criminal_justice", expected_version=detail.version)
    assert err.value.entity == "referral" and err.value.key == detail.id
    assert f"referral {detail.id}" in str(err.value)
    assert count(ctx, Event) == events_before
    assert referrals.get_referral(ctx, world.caseworker, detail.id).stage == "engagement"


def test_reassignment_records_who_it_was_from(ctx, world):
    detail = act_now(ctx, world.caseworker)
    reassigned = referrals.assign(ctx, world.team_lead, detail.id, "tl", expected_version=detail.version)
    assert reassigned.assigned_to == "tl"
    assert reassigned.events[-1].details == {"to_user": "tl", "from_user": "casey"}


def test_close_with_an_outcome_from_the_pathway_list(ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    closed = referrals.close_referral(ctx, world.caseworker, detail.id, "completed", note="Engaged well")
    assert (closed.stage, closed.outcome, closed.closed_at) == ("closed", "completed", clock.now())
    assert closed.allowed_moves == []
    assert closed.events[-1].kind == "closed"


def test_close_with_an_unknown_outcome_is_refused(ctx, world):
    detail = act_now(ctx, world.caseworker)
    with pytest.raises(ValidationError) as err:
        referrals.close_referral(ctx, world.caseworker, detail.id, "vanished")
    assert rule_of(err) == ("outcome", "choice")


def test_a_closed_referral_takes_notes_but_no_other_events_moves_or_closure(ctx, world):
    detail = act_now(ctx, world.caseworker)
    referrals.close_referral(ctx, world.caseworker, detail.id, "completed")
    referrals.record_event(ctx, world.caseworker, detail.id, "note", note="Follow-up call made")
    for call in (lambda: referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended"),
                 lambda: referrals.move_stage(ctx, world.caseworker, detail.id, "engagement"),
                 lambda: referrals.assign(ctx, world.caseworker, detail.id, "tl"),
                 lambda: referrals.close_referral(ctx, world.caseworker, detail.id, "completed")):
        with pytest.raises(ValidationError) as err:
            call()
        assert rule_of(err) == ("referral", "closed")


def test_list_filters_by_open_pathway_team_and_worker(ctx, world):
    first = act_now(ctx, world.caseworker)
    act_now(ctx, world.caseworker, assigned_to="tl", person=young_person(given_name="Alex"))
    referrals.create_referral(ctx, lead_of(ctx, world.admin, "Leeds Navigators"), referrals.NewReferral(
        pathway="intact", source="marf", person=young_person(given_name="Rhys"), team="Leeds Navigators"))
    referrals.close_referral(ctx, world.caseworker, first.id, "completed")
    everyone = referrals.list_referrals(ctx, world.manager)
    assert len(everyone) == 3
    assert len(referrals.list_referrals(ctx, world.manager, open_only=True)) == 2
    assert [r.person_name for r in referrals.list_referrals(ctx, world.manager, pathway="intact")] == ["Rhys Jones"]
    assert len(referrals.list_referrals(ctx, world.manager, team="YOT Milton Keynes")) == 2
    assert [r.assigned_to for r in referrals.list_referrals(ctx, world.manager, assigned_to="tl")] == ["tl"]


def test_times_survive_the_round_trip_as_aware_utc(ctx, world, clock):
    received = datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc)  # the night the clocks go forward
    clock.set(datetime(2026, 3, 29, 3, 0, tzinfo=timezone.utc))
    detail = act_now(ctx, world.caseworker, received_at=received)
    shown = referrals.get_referral(ctx, world.caseworker, detail.id)
    assert shown.received_at == received
    assert shown.received_at.tzinfo is not None and shown.received_at.utcoffset() == timedelta(0)
    assert shown.to_json()["received_at"] == "2026-03-29T00:30:00+00:00"
