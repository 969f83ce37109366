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
