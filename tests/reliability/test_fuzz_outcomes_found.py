"""What fuzzing the issue-6 services found, pinned: each of these inputs used to escape as an untyped
exception (an OverflowError binding a huge id, a NUL or lone surrogate reaching the database driver, a
ValueError from ``int()`` or ``Path``, a date at the edge of the calendar), and must be a typed error (or,
for the calendar's edge, simply work) that writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casework.errors import NotFound, ValidationError
from casework.services import evaluation, followups, interventions, matching, merge, risk

from ..core.factories import act_now
from .fuzz import fingerprint

HUGE = 2**63


@pytest.fixture
def setup(ctx, world, clock):
    detail = act_now(ctx, world.team_lead, received_at=clock.now() - timedelta(days=30))
    interventions.create_programme(ctx, world.team_lead, "Boxing", pathway="act_now")
    session = interventions.plan_session(ctx, world.team_lead, programme="Boxing", starts_at=clock.now() - timedelta(days=1))
    interventions.add_intervention(ctx, world.team_lead, detail.id, "group", programme="Boxing",
                                   started_on=clock.now().date() - timedelta(days=5))
    return detail, session


def _refused(ctx, error, call, field=None):
    before = fingerprint(ctx)
    with pytest.raises(error) as raised:
        call()
    assert fingerprint(ctx) == before
    if field is not None:
        assert raised.value.field == field, raised.value


def test_huge_and_odd_ids_are_not_found(ctx, world, setup):
    detail, session = setup
    lead = world.team_lead
    _refused(ctx, ValidationError, lambda: interventions.set_programme_active(ctx, lead, HUGE, False), "programme")
    _refused(ctx, ValidationError, lambda: interventions.programme_detail(ctx, lead, "99999999999999999999"), "programme")
    _refused(ctx, ValidationError, lambda: interventions.programme_detail(ctx, lead, "²"), "programme")
    _refused(ctx, NotFound, lambda: interventions.add_intervention(ctx, lead, HUGE, "one_to_one"))
    _refused(ctx, NotFound, lambda: interventions.end_intervention(ctx, lead, -(2**63) - 1))
    _refused(ctx, NotFound, lambda: interventions.record_attendance(ctx, lead, HUGE, "attended", group=True))
    _refused(ctx, NotFound, lambda: followups.record_follow_up(ctx, lead, HUGE, followups.FollowUpInput()))
    _refused(ctx, NotFound, lambda: risk.set_flag(ctx, lead, HUGE, "county_lines"))
    _refused(ctx, NotFound, lambda: risk.remove_flag(ctx, lead, HUGE, "gone"))
    _refused(ctx, NotFound, lambda: merge.merge_people(ctx, lead, detail.person.id, HUGE, kept_version=1, other_version=1))
    _refused(ctx, NotFound, lambda: merge.undo_merge(ctx, lead, HUGE))
    _refused(ctx, NotFound, lambda: matching.mark_not_duplicate(ctx, lead, detail.person.id, "7"))
    assert merge.list_merges(ctx, lead, person_id=HUGE) == []


def test_text_the_database_cannot_take_is_a_validation_error(ctx, world, setup):
    detail, _session = setup
    lead = world.team_lead
    _refused(ctx, ValidationError, lambda: interventions.create_programme(ctx, lead, "Box\x00ing"), "name")
    _refused(ctx, ValidationError, lambda: interventions.create_programme(ctx, lead, "Art", description="\ud800"),
             "description")
    _refused(ctx, ValidationError, lambda: interventions.plan_session(
        ctx, lead, programme="Boxing", starts_at=ctx.clock.now(), location="Hall\x00"), "location")
    _refused(ctx, ValidationError, lambda: interventions.programme_detail(ctx, lead, "Box\x00"), "programme")
    _refused(ctx, ValidationError, lambda: risk.set_flag(ctx, lead, detail.person.id, "county_lines", "x\udfff"), "note")
    _refused(ctx, ValidationError, lambda: risk.set_flag(ctx, lead, detail.person.id, ["county_lines"]), "flag")
    _refused(ctx, ValidationError, lambda: matching.mark_not_duplicate(
        ctx, lead, detail.person.id, detail.person.id + 1, "a\x00b"), "note")


def test_attendance_contacts_must_be_contact_ids(ctx, world, setup):
    detail, session = setup
    [intervention] = interventions.referral_interventions(ctx, world.team_lead, detail.id)
    for contacts in (["x"], [float("nan")], [10**400], [None], "12", [True]):
        _refused(ctx, ValidationError, lambda c=contacts: interventions.record_attendance(
            ctx, world.team_lead, session.id, "attended", group=True, intervention_id=intervention.id,
            contact_ids=c), "contacts")


def test_review_and_listing_options_are_checked(ctx, world, setup):
    lead = world.team_lead
    for bad in ("70", 70.5, None, -1, 101, True):
        _refused(ctx, ValidationError, lambda b=bad: matching.find_duplicates(ctx, lead, min_score=b), "min_score")
    for bad in (0, -1, 2**63, "10", 1.5):
        _refused(ctx, ValidationError, lambda b=bad: merge.list_merges(ctx, lead, limit=b), "limit")
    kept, other = setup[0].person.id, act_now(ctx, lead).person.id
    _refused(ctx, ValidationError, lambda: merge.merge_people(ctx, lead, kept, other, kept_version=1, other_version=1,
                                                              choices=["kept"]), "choices")


def test_evaluation_export_folders_that_are_not_folders_and_the_calendars_edge(ctx, world, setup, tmp_path):
    for folder in (tmp_path / "ok\x00no", tmp_path / "\ud800", tmp_path / ("x" * 300), "~nobody-here-at-all/x", 7, "", " ", None):
        _refused(ctx, ValidationError, lambda f=folder: evaluation.export_evaluation(ctx, world.manager, f), "out")
    result = evaluation.export_evaluation(ctx, world.manager, tmp_path / "all", date_from=date.min, date_to=date.max)
    assert result.rows["referrals.csv"] == 1


def test_a_date_of_birth_at_the_calendars_edge_has_slips_within_it(ctx, world):
    """matching.possible_matches with 31 December 9999 (or 1 January 1) crashed working out the slips
    (found by the searches fuzz test)."""
    for dob in (date.max, date.min):
        slips = matching.dob_slips(dob)
        assert slips and all(date.min <= d <= date.max for d in slips)
        assert matching.possible_matches(ctx, world.caseworker, given_name="Sam", family_name="Jones",
                                         date_of_birth=dob) == []
