"""Editing a person: validation and optimistic concurrency."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from casework.errors import Conflict, ValidationError
from casework.services import people, referrals

from .factories import act_now


def test_update_person_bumps_the_version_and_audits(ctx, world):
    person = act_now(ctx, world.caseworker).person
    updated = people.update_person(ctx, world.caseworker, person.id, person.version, postcode="sl1 1aa",
                                   nhs_number="943 476 5919")
    assert (updated.postcode, updated.nhs_number, updated.version) == ("SL1 1AA", "9434765919", person.version + 1)


def test_stale_person_edit_is_a_conflict_and_writes_nothing(ctx, world):
    person = act_now(ctx, world.caseworker).person
    people.update_person(ctx, world.team_lead, person.id, person.version, given_name="Samuel")
    with pytest.raises(Conflict) as err:
        people.update_person(ctx, world.caseworker, person.id, person.version, given_name="Sammy")
    assert (err.value.entity, err.value.key) == ("person", person.id)
    assert people.get_person(ctx, world.caseworker, person.id).given_name == "Samuel"


@pytest.mark.parametrize("changes, field, rule", [
    ({"date_of_birth": date(2030, 1, 1)}, "date_of_birth", "in_future"),
    ({"nhs_number": "1234567890"}, "nhs_number", "nhs_number_check_digit"),
    ({"given_name": ""}, "given_name", "required"),
    ({"favourite_colour": "blue"}, "favourite_colour", "unknown_field"),
])
def test_bad_person_edit_names_the_field_and_writes_nothing(ctx, world, changes, field, rule):
    person = act_now(ctx, world.caseworker).person
    with pytest.raises(ValidationError) as err:
        people.update_person(ctx, world.caseworker, person.id, person.version, **changes)
    assert (err.value.field, err.value.rule) == (field, rule)
    again = people.get_person(ctx, world.caseworker, person.id)
    assert again == person


def test_two_desktops_saving_the_same_read_give_one_success_and_one_conflict(ctx, world):
    detail = act_now(ctx, world.caseworker)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def save(actor, stage):
        barrier.wait()
        try:
            referrals.move_stage(ctx, actor, detail.id, stage, expected_version=detail.version)
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(world.caseworker, "engagement")),
               threading.Thread(target=save, args=(world.team_lead, "criminal_justice"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "ok"]
    final = referrals.get_referral(ctx, world.caseworker, detail.id)
    assert final.version == detail.version + 1
    assert sum(1 for e in final.events if e.kind == "stage_moved") == 1


def test_contacts_are_replaced_under_the_same_version_check(ctx, world):
    from casework.services.people import ContactInput

    person = act_now(ctx, world.caseworker).person
    updated = people.update_person(ctx, world.caseworker, person.id, person.version, contacts=[
        ContactInput("Ann Jones", "mother", "07700 900123", True),
        ContactInput("Rob Jones", "uncle", "07700 900456", False)])
    assert [(c.name, c.relationship, c.is_parent_carer) for c in updated.contacts] == [
        ("Ann Jones", "mother", True), ("Rob Jones", "uncle", False)]
    with pytest.raises(ValidationError) as err:
        people.update_person(ctx, world.caseworker, person.id, updated.version,
                             contacts=[ContactInput("", "aunt")])
    assert err.value.field == "contacts[0].name"
    with pytest.raises(Conflict):
        people.update_person(ctx, world.caseworker, person.id, person.version, contacts=[])
    assert len(people.get_person(ctx, world.caseworker, person.id).contacts) == 2


def test_changing_the_home_area_re_times_the_mash_clock(ctx, world, clock):
    from datetime import timedelta

    from casework.services import sla

    detail = act_now(ctx, world.caseworker)
    clock.advance(timedelta(minutes=30))
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")

    def mash_state():
        return next(e for e in sla.explain(ctx, world.caseworker, detail.id) if e.rule_id == "mash_referral").state

    listed = {t.rule_id: t.state for t in sla.list_timers(ctx, world.caseworker, states=["running", "not_applicable"])
              if t.referral_id == detail.id}
    assert mash_state() == "not_applicable" and "mash_referral" not in listed
    people.update_person(ctx, world.caseworker, detail.person.id, detail.person.version, home_local_authority="Luton")
    assert mash_state() == "running"
    assert {t.rule_id for t in sla.list_timers(ctx, world.caseworker) if t.referral_id == detail.id} >= {"mash_referral"}
