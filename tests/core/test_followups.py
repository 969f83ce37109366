"""Closure outcomes and the follow-up checks at 3, 6 and 12 months."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from casework.errors import Conflict, PathwayFileError, ValidationError
from casework.pathways import load_common, load_pathway, load_pathways
from casework.services import followups, referrals
from casework.services.followups import FollowUpInput

from .factories import act_now

UTC = timezone.utc


def rule_of(excinfo) -> tuple[str, str]:
    return excinfo.value.field, excinfo.value.rule


def _close_at(ctx, world, clock, at: datetime, outcome: str = "completed"):
    clock.set(at - timedelta(days=30))
    referral = act_now(ctx, world.caseworker, received_at=at - timedelta(days=30))
    clock.set(at)
    referrals.close_referral(ctx, world.caseworker, referral.id, outcome, at=at)
    return referral, followups.list_follow_ups(ctx, world.caseworker, referral.id)


# --- outcomes --------------------------------------------------------------------------------------------

def test_every_shipped_pathway_offers_the_issue_outcomes():
    for pathway in load_pathways():
        for outcome in ("completed", "moved_away", "referred_on", "declined"):
            assert outcome in pathway.outcomes, (pathway.id, outcome)
        assert {"disengaged", "disengaged_criminal_justice"} & set(pathway.outcomes)
        assert "completed" in pathway.completed_outcomes
    assert load_pathways().get("act_now").outcome_label("disengaged_criminal_justice") == \
        "Disengaged (criminal-justice route continues)"


def _pathway_text(outcomes: str) -> str:
    return f'''id = "x"
label = "X"
sources = ["custody"]
age = {{ min = 10, max = 17 }}
initial_stage = "a"
outcomes = {outcomes}
[[stages]]
id = "a"
label = "A"
[[event_kinds]]
id = "k"
label = "K"
'''


@pytest.mark.parametrize("outcomes, key", [
    ('["completed", "moved_away", "referred_on"]', "outcomes"),
    ('["completed", "moved_away", "referred_on", "declined"]', "outcomes"),
    ('["completed", "completed", "moved_away", "referred_on", "declined", "disengaged"]', "outcomes[1].id"),
    ('["Completed!", "moved_away", "referred_on", "declined", "disengaged"]', "outcomes[0].id"),
    ('[{ id = "completed", finished = true }, "moved_away", "referred_on", "declined", "disengaged"]',
     "outcomes[0].finished"),
])
def test_a_pathway_file_with_an_incomplete_or_broken_outcome_list_is_refused(outcomes, key):
    with pytest.raises(PathwayFileError) as e:
        load_pathway(_pathway_text(outcomes), "x.toml", [])
    assert e.value.key == key


def test_close_refuses_an_outcome_not_in_the_pathway_list(ctx, world):
    referral = act_now(ctx, world.caseworker)
    with pytest.raises(ValidationError) as e:
        referrals.close_referral(ctx, world.caseworker, referral.id, "finished")
    assert rule_of(e) == ("outcome", "choice")
    assert followups.list_follow_ups(ctx, world.caseworker, referral.id) == []


# --- scheduling ------------------------------------------------------------------------------------------

def test_closing_schedules_checks_at_3_6_and_12_months_on_london_dates(ctx, world, clock):
    # 23:30 London on 14 March 2026 (GMT) is 23:30 UTC: the same date
    _, checks = _close_at(ctx, world, clock, datetime(2026, 3, 14, 23, 30, tzinfo=UTC))
    assert [(c.months, c.due_on, c.status) for c in checks] == [
        (3, date(2026, 6, 14), "due"), (6, date(2026, 9, 14), "due"), (12, date(2027, 3, 14), "due")]


def test_closure_late_in_the_london_evening_in_summer_is_that_days_closure(ctx, world, clock):
    # 23:30 BST on 10 July is 22:30 UTC on 10 July; 00:30 BST on 1 September is still 31 August in UTC
    _, checks = _close_at(ctx, world, clock, datetime(2026, 7, 10, 22, 30, tzinfo=UTC))
    assert [c.due_on for c in checks] == [date(2026, 10, 10), date(2027, 1, 10), date(2027, 7, 10)]
    _, checks = _close_at(ctx, world, clock, datetime(2026, 8, 31, 23, 30, tzinfo=UTC))
    assert [c.due_on for c in checks] == [date(2026, 12, 1), date(2027, 3, 1), date(2027, 9, 1)]


def test_month_ends_clamp_to_the_shorter_month(ctx, world, clock):
    # closed 31 August (13:00 BST): due 30 November, 28 February, 31 August
    _, checks = _close_at(ctx, world, clock, datetime(2026, 8, 31, 12, 0, tzinfo=UTC))
    assert [c.due_on for c in checks] == [date(2026, 11, 30), date(2027, 2, 28), date(2027, 8, 31)]
    # 30 November 2027 + 3 months lands in a leap February
    _, checks = _close_at(ctx, world, clock, datetime(2027, 11, 30, 12, 0, tzinfo=UTC))
    assert [c.due_on for c in checks] == [date(2028, 2, 29), date(2028, 5, 30), date(2028, 11, 30)]


def test_reopening_cancels_the_checks_and_a_new_closure_schedules_new_ones(ctx, world, clock):
    referral, checks = _close_at(ctx, world, clock, datetime(2026, 5, 1, 10, 0, tzinfo=UTC))
    clock.set(datetime(2026, 5, 2, 9, 0, tzinfo=UTC))
    with pytest.raises(ValidationError) as e:
        referrals.reopen_referral(ctx, world.caseworker, referral.id, "  ")
    assert rule_of(e) == ("reason", "required")
    detail = referrals.reopen_referral(ctx, world.caseworker, referral.id, "closed by mistake")
    assert detail.closed_at is None and detail.outcome is None and detail.stage == "custody"
    assert [e.kind for e in detail.events][-1] == "reopened"
    assert next(e for e in detail.events if e.kind == "closed").voided_at == clock.now()
    assert followups.list_follow_ups(ctx, world.caseworker, referral.id) == []
    cancelled = followups.list_follow_ups(ctx, world.caseworker, referral.id, include_cancelled=True)
    assert [c.status for c in cancelled] == ["cancelled"] * 3
    assert followups.due_follow_ups(ctx, world.caseworker, within_days=366) == []
    with pytest.raises(ValidationError) as e:
        referrals.reopen_referral(ctx, world.caseworker, referral.id, "again")
    assert rule_of(e) == ("referral", "not_closed")
    referrals.close_referral(ctx, world.caseworker, referral.id, "moved_away")
    again = followups.list_follow_ups(ctx, world.caseworker, referral.id)
    assert [c.due_on for c in again] == [date(2026, 8, 2), date(2026, 11, 2), date(2027, 5, 2)]


# --- recording -------------------------------------------------------------------------------------------

GOOD = dict(further_police_contact="no", ed_reattendances="0", suspect_before="2", victim_before="1")


def test_a_check_is_recorded_from_its_due_date_with_each_field_validated(ctx, world, clock):
    referral, checks = _close_at(ctx, world, clock, datetime(2026, 5, 1, 10, 0, tzinfo=UTC))
    three, six, twelve = checks
    with pytest.raises(ValidationError) as e:
        followups.record_follow_up(ctx, world.caseworker, three.id, FollowUpInput(**GOOD))
    assert rule_of(e) == ("follow_up", "not_due_yet")
    clock.set(datetime(2026, 8, 1, 9, 0, tzinfo=UTC))
    cases = [
        (dict(GOOD, further_police_contact=None), ("further_police_contact", "required")),
        (dict(GOOD, further_police_contact="maybe"), ("further_police_contact", "bool")),
        (dict(GOOD, further_police_contact="yes"), ("police_contact_on", "required")),
        (dict(GOOD, police_contact_on="2026-06-01"), ("police_contact_on", "not_applicable")),
        (dict(GOOD, further_police_contact="yes", police_contact_on="2026-04-30"), ("police_contact_on", "before_closure")),
        (dict(GOOD, further_police_contact="yes", police_contact_on="2026-08-02"), ("police_contact_on", "in_future")),
        (dict(GOOD, further_police_contact="yes", police_contact_on="1/6/26"), ("police_contact_on", "date_format")),
        (dict(GOOD, suspect_before="-1"), ("suspect_before", "non_negative")),
        (dict(GOOD, victim_before="two"), ("victim_before", "int")),
        (dict(GOOD, suspect_after="0"), ("suspect_after", "only_at_12_months")),
        (dict(GOOD, ed_reattendances=None), ("ed_reattendances", "required")),
        (dict(GOOD, ed_reattendances="1000"), ("ed_reattendances", "too_large")),
    ]
    for values, expected in cases:
        with pytest.raises(ValidationError) as e:
            followups.record_follow_up(ctx, world.caseworker, three.id, FollowUpInput(**values))
        assert rule_of(e) == expected, values
    done = followups.record_follow_up(ctx, world.caseworker, three.id,
                                      FollowUpInput(further_police_contact="yes", police_contact_on="2026-07-04",
                                                    ed_reattendances=1), expected_version=three.version)
    assert (done.status, done.further_police_contact, done.police_contact_on, done.ed_reattendances) == \
        ("done", True, date(2026, 7, 4), 1)
    with pytest.raises(Conflict):
        followups.record_follow_up(ctx, world.caseworker, three.id, FollowUpInput(**GOOD),
                                   expected_version=three.version)
    # at 12 months both windows are over: every occurrence count is required
    clock.set(datetime(2027, 5, 1, 9, 0, tzinfo=UTC))
    with pytest.raises(ValidationError) as e:
        followups.record_follow_up(ctx, world.caseworker, twelve.id, FollowUpInput(**GOOD))
    assert rule_of(e) == ("suspect_after", "required")
    done = followups.record_follow_up(ctx, world.caseworker, twelve.id,
                                      FollowUpInput(**GOOD, suspect_after=0, victim_after=1))
    assert (done.suspect_before, done.victim_before, done.suspect_after, done.victim_after) == (2, 1, 0, 1)


def test_due_and_overdue_checks_are_listed_for_the_assigned_worker(ctx, world, clock):
    first, _ = _close_at(ctx, world, clock, datetime(2026, 5, 1, 10, 0, tzinfo=UTC))
    second, _ = _close_at(ctx, world, clock, datetime(2026, 5, 20, 10, 0, tzinfo=UTC))
    clock.set(datetime(2026, 8, 10, 9, 0, tzinfo=UTC))
    due = followups.due_follow_ups(ctx, world.caseworker)
    # first's 3-month check (1 Aug) is overdue; second's (20 Aug) is due within 14 days
    assert [(d.referral_id, d.months, d.due_on, d.overdue) for d in due] == [
        (first.id, 3, date(2026, 8, 1), True), (second.id, 3, date(2026, 8, 20), False)]
    assert followups.due_follow_ups(ctx, world.caseworker, within_days=0)[0].referral_id == first.id
    assert followups.due_follow_ups(ctx, world.team_lead) == []  # nothing assigned to the team lead
    assert len(followups.due_follow_ups(ctx, world.team_lead, everyone=True)) == 2
    assert len(followups.due_follow_ups(ctx, world.team_lead, worker="casey")) == 2
    with pytest.raises(ValidationError) as e:
        followups.due_follow_ups(ctx, world.caseworker, everyone=True)
    assert rule_of(e) == ("everyone", "not_permitted")
