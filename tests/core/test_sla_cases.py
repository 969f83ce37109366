"""Hand-worked SLA cases: every default rule, both clock changes, bank holidays, pauses, closures.

Times are written as Europe/London wall-clock readings (local) or UTC (utc).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from casework.sla.engine import TimerState as S
from casework.sla.rules import EventMatch

from .sla_helpers import PATHWAYS, events, local, timer, utc

H = timedelta(hours=1)


# --- Act Now: custody attendance, 90 minutes, 24x7 --------------------------------------------

@pytest.mark.parametrize("attended, as_of, state", [
    (None, "2026-06-15 11:00", S.RUNNING),            # 60 of 90 minutes
    (None, "2026-06-15 11:08", S.WARNING),            # past 75% (67.5 minutes)
    (None, "2026-06-15 11:30", S.WARNING),            # due exactly now: not yet breached
    (None, "2026-06-15 11:31", S.BREACHED),
    ("2026-06-15 11:30", "2026-06-15 12:00", S.MET),  # attended exactly at the due time
    ("2026-06-15 11:31", "2026-06-15 12:00", S.MET_LATE),
])
def test_custody_attendance_90_minutes(attended, as_of, state):
    evs = [("custody_notified", local("2026-06-15 10:00"))]
    if attended:
        evs.append(("custody_attended", local(attended)))
    t = timer("act_now", "custody_attendance", events(*evs), local(as_of))
    assert t.state is state
    assert t.due_at == local("2026-06-15 11:30")


def test_custody_attendance_across_the_repeated_october_hour():
    # Notified at 01:10 BST on the night the clocks go back; 90 real minutes later it is 01:40 GMT.
    notified = local("2026-10-25 01:10", fold=0)
    assert notified == utc("2026-10-25 00:10")
    t = timer("act_now", "custody_attendance", events(("custody_notified", notified)), notified)
    assert t.due_at == utc("2026-10-25 01:40") == local("2026-10-25 01:40", fold=1)


def test_custody_attendance_across_the_missing_march_hour():
    # Notified at 00:30 GMT; 01:00-02:00 does not exist; due at 03:00 BST.
    notified = local("2026-03-29 00:30")
    t = timer("act_now", "custody_attendance", events(("custody_notified", notified)), notified)
    assert t.due_at == utc("2026-03-29 02:00") == local("2026-03-29 03:00")


def test_parent_meeting_48_real_hours_across_the_march_change():
    released = local("2026-03-28 12:00")  # GMT
    t = timer("act_now", "parent_meeting", events(("custody_notified", released - H),
                                                   ("released_from_custody", released)), released)
    assert t.due_at == released + timedelta(hours=48)
    assert t.due_at == local("2026-03-30 13:00")  # the wall clock has moved on an hour


def test_parent_meeting_not_started_until_release():
    t = timer("act_now", "parent_meeting", events(("custody_notified", local("2026-06-15 10:00"))),
              local("2026-06-16 10:00"))
    assert t.state is S.NOT_STARTED and t.due_at is None


@pytest.mark.parametrize("home, state, reason", [
    ("Milton Keynes", S.NOT_APPLICABLE, "in_service_area"),
    ("slough", S.NOT_APPLICABLE, "in_service_area"),
    ("", S.NOT_APPLICABLE, "home_area_unknown"),
    ("Luton", S.RUNNING, "running"),
])
def test_mash_referral_only_for_out_of_area_young_people(home, state, reason):
    evs = events(("custody_notified", local("2026-06-15 10:00")), ("custody_attended", local("2026-06-15 11:00")))
    t = timer("act_now", "mash_referral", evs, local("2026-06-15 12:00"), home=home)
    assert (t.state, t.reason) == (state, reason)
    if state is S.RUNNING:
        assert t.due_at == local("2026-06-16 11:00")


# --- INTACT: triage in 3 working days, first contact in 10 ------------------------------------

@pytest.mark.parametrize("received, due, why", [
    ("2026-06-11 10:00", "2026-06-16 10:00", "Thursday to Tuesday, no bank holiday"),
    ("2026-05-21 10:00", "2026-05-27 10:00", "spring bank holiday Monday skipped"),
    ("2026-12-23 14:00", "2026-12-30 14:00", "Christmas Day and Boxing Day (observed Monday 28th) skipped"),
    ("2026-04-02 10:00", "2026-04-09 10:00", "Good Friday and Easter Monday skipped"),
    ("2026-10-23 10:00", "2026-10-28 10:00", "same local time after the clocks go back"),
    ("2026-03-27 16:00", "2026-04-01 16:00", "same local time after the clocks go forward"),
    ("2026-06-13 10:00", "2026-06-17 10:00", "received on a Saturday: Monday is the first working day after"),
])
@pytest.mark.parametrize("nation", ["england", "wales"])
def test_marf_triage_3_working_days(received, due, why, nation):
    t = timer("intact", "triage", events(("marf_received", local(received))), local(received), nation=nation)
    assert t.due_at == local(due), why


def test_england_and_wales_share_bank_holidays_but_the_nation_is_honoured():
    # 2 January is a bank holiday in Scotland, not in England or Wales.
    received = local("2026-12-31 10:00")
    due = {n: timer("intact", "triage", events(("marf_received", received)), received, nation=n).due_at
           for n in ("england", "wales", "scotland")}
    assert due["england"] == due["wales"] == local("2027-01-06 10:00")
    assert due["scotland"] == local("2027-01-07 10:00")


def test_first_contact_starts_only_when_triage_accepted_the_marf():
    received = local("2026-06-01 09:00")
    declined = events(("marf_received", received),
                      ("triage_decision", local("2026-06-02 11:00"),
                       {"threshold_met": False, "destination": "other_services"}))
    assert timer("intact", "first_contact", declined, local("2026-06-03 09:00")).state is S.NOT_STARTED
    accepted = events(("marf_received", received),
                      ("triage_decision", local("2026-06-02 11:00"),
                       {"threshold_met": True, "destination": "intact_team"}))
    t = timer("intact", "first_contact", accepted, local("2026-06-03 09:00"))
    assert t.state is S.RUNNING
    assert t.due_at == local("2026-06-16 11:00")  # 10 working days, no bank holiday in between


# --- A&E Navigator: 2 service hours on 09:00-17:00 Mon-Fri; aftercare 7 days -----------------

@pytest.mark.parametrize("attended, due, why", [
    ("2026-06-19 16:30", "2026-06-22 10:30", "Friday 16:30: 30 minutes on Friday, due 10:30 Monday"),
    ("2026-05-22 16:30", "2026-05-26 10:30", "bank holiday Monday skipped"),
    ("2026-06-20 03:00", "2026-06-22 11:00", "Saturday night: the clock starts at Monday's opening"),
    ("2026-06-17 15:00", "2026-06-17 17:00", "due at closing time, not at the next opening"),
    ("2026-06-17 07:45", "2026-06-17 11:00", "before opening"),
    ("2026-10-23 16:30", "2026-10-26 10:30", "across the October change"),
    ("2026-03-27 16:30", "2026-03-30 10:30", "across the March change"),
    ("2026-12-24 16:00", "2026-12-29 10:00", "Christmas Eve: Christmas and Boxing Day (observed) skipped"),
])
def test_navigator_contact_2_service_hours(attended, due, why):
    t = timer("ae_navigator", "navigator_contact", events(("ed_attendance", local(attended))), local(attended))
    assert t.due_at == local(due), why


def test_navigator_time_remaining_counts_only_service_time():
    t = timer("ae_navigator", "navigator_contact", events(("ed_attendance", local("2026-06-19 16:30"))),
              local("2026-06-20 12:00"))  # Saturday: the clock is not running
    assert t.state is S.RUNNING
    assert t.elapsed == timedelta(minutes=30)
    assert t.remaining == timedelta(minutes=90)


def test_either_engaged_or_declined_stops_the_navigator_clock():
    for stop in ("engaged_in_ed", "declined"):
        evs = events(("ed_attendance", local("2026-06-17 10:00")), (stop, local("2026-06-17 11:00")))
        assert timer("ae_navigator", "navigator_contact", evs, local("2026-06-17 12:00")).state is S.MET


def test_aftercare_7_days_is_added_in_utc_across_the_october_change():
    discharged = local("2026-10-20 12:00")  # BST
    t = timer("ae_navigator", "aftercare", events(("ed_attendance", discharged - H), ("discharged", discharged)),
              discharged)
    assert t.due_at == discharged + timedelta(days=7)
    assert t.due_at == local("2026-10-27 11:00")  # GMT wall clock reads an hour earlier


# --- pauses, back-dating, closure ---------------------------------------------------------------

def pausable(pathway: str, rule_id: str):
    rule = PATHWAYS.get(pathway).sla_rule(rule_id)
    return replace(rule, pause=(EventMatch("note", (("pause", "yes"),)),),
                   resume=(EventMatch("note", (("pause", "no"),)),))


def test_a_pause_over_a_weekend_pushes_a_working_days_clock_out_by_the_working_time_lost():
    rule = pausable("intact", "triage")
    evs = events(("marf_received", local("2026-06-11 10:00")),            # Thursday
                 ("note", local("2026-06-12 12:00"), {"pause": "yes"}),   # Friday noon
                 ("note", local("2026-06-15 12:00"), {"pause": "no"}))    # Monday noon
    t = timer("intact", "triage", evs, local("2026-06-15 13:00"), rule=rule)
    # 12 h of Friday and 12 h of Monday were lost: one working day.
    assert t.due_at == local("2026-06-17 10:00")
    assert t.state is S.RUNNING


def test_a_pause_over_a_weekend_on_a_24x7_clock_adds_the_real_time_paused():
    rule = pausable("act_now", "parent_meeting")
    evs = events(("released_from_custody", local("2026-06-12 12:00")),
                 ("note", local("2026-06-12 18:00"), {"pause": "yes"}),
                 ("note", local("2026-06-15 09:00"), {"pause": "no"}))
    t = timer("act_now", "parent_meeting", evs, local("2026-06-15 10:00"), rule=rule)
    assert t.due_at == local("2026-06-14 12:00") + timedelta(hours=63)


def test_a_timer_still_paused_says_so_and_its_due_time_keeps_moving():
    rule = pausable("act_now", "parent_meeting")
    evs = events(("released_from_custody", local("2026-06-12 12:00")),
                 ("note", local("2026-06-12 18:00"), {"pause": "yes"}))
    early = timer("act_now", "parent_meeting", evs, local("2026-06-13 18:00"), rule=rule)
    later = timer("act_now", "parent_meeting", evs, local("2026-06-20 18:00"), rule=rule)
    assert early.state is later.state is S.PAUSED
    assert later.due_at - early.due_at == timedelta(days=7)
    assert early.remaining == timedelta(hours=42)


def test_a_back_dated_stop_event_turns_a_breach_into_met():
    notified = local("2026-06-15 10:00")
    as_of = local("2026-06-15 13:00")
    breached = timer("act_now", "custody_attendance", events(("custody_notified", notified)), as_of)
    assert breached.state is S.BREACHED
    fixed = timer("act_now", "custody_attendance",
                  events(("custody_notified", notified), ("custody_attended", local("2026-06-15 11:15"))), as_of)
    assert fixed.state is S.MET


def test_a_stop_event_before_the_start_does_not_count():
    evs = events(("custody_attended", local("2026-06-15 09:00")), ("custody_notified", local("2026-06-15 10:00")))
    assert timer("act_now", "custody_attendance", evs, local("2026-06-15 10:30")).state is S.RUNNING


def test_a_referral_closed_before_the_stop_event_is_not_applicable():
    evs = events(("released_from_custody", local("2026-06-15 10:00")))
    t = timer("act_now", "parent_meeting", evs, local("2026-06-20 10:00"), closed_at=local("2026-06-16 10:00"))
    assert (t.state, t.reason) == (S.NOT_APPLICABLE, "closed_before_stop")


def test_a_referral_closed_after_the_due_time_stays_breached():
    evs = events(("released_from_custody", local("2026-06-15 10:00")))
    t = timer("act_now", "parent_meeting", evs, local("2026-06-20 10:00"), closed_at=local("2026-06-18 10:00"))
    assert t.state is S.BREACHED


def test_closure_after_as_of_is_not_known_yet():
    evs = events(("released_from_custody", local("2026-06-15 10:00")))
    t = timer("act_now", "parent_meeting", evs, local("2026-06-15 11:00"), closed_at=local("2026-06-16 10:00"))
    assert t.state is S.RUNNING
