"""Possible matches at intake: the same identifier, or the same date of birth and a similar name."""

from __future__ import annotations

from datetime import date

import pytest

from casework.services import matching, referrals
from casework.services.matching import possible_matches

from .factories import act_now, young_person

DOB = date(2010, 3, 4)
NHS = "9434765919"  # a valid NHS number (check digit 9)
PNC = "10/0012345"  # serial only; the check letter is added below


def _pnc() -> str:
    from casework.identifiers import pnc_check_letter
    return f"{PNC}{pnc_check_letter('10', '0012345')}"


def _find(ctx, actor, **query):
    return possible_matches(ctx, actor, **query)


def test_same_nhs_number_matches_whatever_the_name_and_date_of_birth(ctx, world):
    planted = act_now(ctx, world.caseworker, person=young_person(nhs_number=NHS))
    found = _find(ctx, world.caseworker, given_name="Somebody", family_name="Else", date_of_birth=date(2011, 1, 1),
                  nhs_number="943 476 5919")
    assert [m.person.id for m in found] == [planted.person.id]
    assert found[0].score == 100 and found[0].reasons == [matching.SAME_NHS_NUMBER]


def test_same_pnc_id_matches_in_any_written_form(ctx, world):
    pnc = _pnc()
    planted = act_now(ctx, world.caseworker, person=young_person(pnc_id=pnc))
    found = _find(ctx, world.caseworker, pnc_id="2010/12345" + pnc[-1])
    assert [m.person.id for m in found] == [planted.person.id]
    assert found[0].reasons == [matching.SAME_PNC_ID]


def test_identifier_matches_come_before_name_matches(ctx, world):
    by_name = act_now(ctx, world.caseworker, person=young_person(given_name="Samuel"))
    by_nhs = act_now(ctx, world.caseworker, person=young_person(given_name="Kai", family_name="Obi",
                                                                 date_of_birth=date(2009, 1, 1), nhs_number=NHS))
    found = _find(ctx, world.caseworker, given_name="Sam", family_name="Jones", date_of_birth=DOB, nhs_number=NHS)
    assert [m.person.id for m in found] == [by_nhs.person.id, by_name.person.id]
    assert found[0].score > found[1].score


def test_an_invalid_identifier_is_ignored_rather_than_an_error(ctx, world):
    act_now(ctx, world.caseworker, person=young_person(nhs_number=NHS))
    assert _find(ctx, world.caseworker, nhs_number="1234567890") == []
    assert _find(ctx, world.caseworker, pnc_id="not a pnc") == []


def test_same_name_and_date_of_birth_scores_highest_of_the_name_matches(ctx, world):
    planted = act_now(ctx, world.caseworker)
    [found] = _find(ctx, world.caseworker, given_name="sam", family_name="JONES", date_of_birth=DOB)
    assert found.person.id == planted.person.id
    assert found.reasons == [matching.SAME_DOB_SAME_NAME]
    assert found.score == matching.SAME_NAME_SCORE


def test_swapped_given_and_family_names_still_match(ctx, world):
    planted = act_now(ctx, world.caseworker)
    [found] = _find(ctx, world.caseworker, given_name="Jones", family_name="Sam", date_of_birth=DOB)
    assert found.person.id == planted.person.id
    assert matching.NAMES_SWAPPED in found.reasons


@pytest.mark.parametrize("stored, typed", [
    ("Morgan-Evans", "Evans"),
    ("Morgan-Evans", "Morgan Evans"),
    ("Evans", "Morgan-Evans"),
    ("O'Brien", "OBrien"),
])
def test_hyphenated_and_punctuated_family_names_match(ctx, world, stored, typed):
    planted = act_now(ctx, world.caseworker, person=young_person(given_name="Dylan", family_name=stored))
    [found] = _find(ctx, world.caseworker, given_name="Dylan", family_name=typed, date_of_birth=DOB)
    assert found.person.id == planted.person.id
    assert found.reasons[0] in (matching.SAME_DOB_SIMILAR_NAME, matching.SAME_DOB_SAME_NAME)


@pytest.mark.parametrize("stored, typed", [
    ("Jayden", "Jaden"),
    ("Mohammed", "Muhammad"),
    ("Aisha", "Ayesha"),
    ("Samuel", "Sam"),
    ("Samuel", "S"),
    ("Zoë", "Zoe"),
])
def test_spelling_variants_short_forms_and_initials_match_on_the_same_date_of_birth(ctx, world, stored, typed):
    planted = act_now(ctx, world.caseworker, person=young_person(given_name=stored, family_name="Okafor"))
    [found] = _find(ctx, world.caseworker, given_name=typed, family_name="okafor", date_of_birth=DOB)
    assert found.person.id == planted.person.id
    assert found.reasons[0] == matching.SAME_DOB_SIMILAR_NAME or stored == "Zoë"
    assert 70 <= found.score <= matching.SAME_NAME_SCORE


def test_a_similar_name_on_a_different_date_of_birth_is_no_match(ctx, world):
    # 2010-07-19 is no typing slip of 2010-03-04 (those are matched: tests/core/test_people_matching.py).
    act_now(ctx, world.caseworker, person=young_person(given_name="Jayden", family_name="Okafor"))
    assert _find(ctx, world.caseworker, given_name="Jayden", family_name="Okafor", date_of_birth=date(2010, 7, 19)) == []


@pytest.mark.parametrize("given, family", [("Tom", "Jones"), ("Sam", "Patel"), ("Priya", "Shah")])
def test_a_different_name_on_the_same_date_of_birth_is_no_match(ctx, world, given, family):
    act_now(ctx, world.caseworker)  # Sam Jones
    assert _find(ctx, world.caseworker, given_name=given, family_name=family, date_of_birth=DOB) == []


def test_a_different_nhs_number_marks_and_lowers_a_name_match(ctx, world):
    planted = act_now(ctx, world.caseworker, person=young_person(nhs_number=NHS))
    [found] = _find(ctx, world.caseworker, given_name="Sam", family_name="Jones", date_of_birth=DOB,
                    nhs_number="401 023 2137")
    assert found.person.id == planted.person.id
    assert matching.DIFFERENT_NHS_NUMBER in found.reasons
    assert found.score == matching.SAME_NAME_SCORE - matching.CONFLICTING_IDENTIFIER_PENALTY


def test_a_match_carries_its_referrals_open_first_with_pathway_and_stage(ctx, world):
    first = act_now(ctx, world.caseworker)
    referrals.close_referral(ctx, world.caseworker, first.id, "completed")
    second = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person_id=first.person.id, site="mk-custody", team="YOT Milton Keynes",
        assigned_to="casey"))
    referrals.move_stage(ctx, world.caseworker, second.id, "engagement")
    [found] = _find(ctx, world.caseworker, given_name="Sam", family_name="Jones", date_of_birth=DOB)
    assert [(r.id, r.open) for r in found.referrals] == [(second.id, True), (first.id, False)]
    assert found.open_referrals[0].pathway_label == "Act Now"
    assert found.open_referrals[0].stage_label == "Engaging family"
    assert found.referrals[1].outcome == "completed"


def test_nothing_to_go_on_finds_nothing(ctx, world):
    act_now(ctx, world.caseworker)
    assert _find(ctx, world.caseworker, given_name="Sam", family_name="Jones") == []
    assert _find(ctx, world.caseworker, date_of_birth=DOB) == []


def test_limit_and_exclude(ctx, world):
    made = [act_now(ctx, world.caseworker, person=young_person(given_name=name))
            for name in ("Sam", "Samuel", "Sami", "Sammy")]
    found = _find(ctx, world.caseworker, given_name="Sam", family_name="Jones", date_of_birth=DOB, limit=2)
    assert len(found) == 2 and found[0].person.id == made[0].person.id
    rest = _find(ctx, world.caseworker, given_name="Sam", family_name="Jones", date_of_birth=DOB,
                 exclude_person_id=made[0].person.id)
    assert made[0].person.id not in [m.person.id for m in rest]
