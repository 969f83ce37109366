"""`casework sla`, `alerts` and `breach` commands, and voiding/correcting events from the command line."""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.timeutil import to_local

from .factories import act_now, young_person
from .test_cli import _environment, cli  # noqa: F401  (fixtures)

MIN = timedelta(minutes=1)


def local_text(instant) -> str:
    return to_local(instant).strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def late_custody(ctx, world, clock):
    """An Act Now referral whose custody attendance is 10 minutes overdue."""
    detail = act_now(ctx, world.caseworker)
    clock.advance(100 * MIN)
    return detail


def test_sla_explain_reads_well(cli, late_custody):
    result = cli("sla", "explain", str(late_custody.id), user="casey")
    assert result.code == 0, result.err
    assert "Custody attendance: BREACHED" in result.out
    assert "Target: 90 minutes, from custody notified to custody attended" in result.out
    assert "Overdue by: 10 min" in result.out
    assert "MASH safeguarding referral: not applicable" in result.out
    assert "lives inside the service area" in result.out


def test_sla_explain_as_of_an_earlier_time(cli, late_custody, clock):
    result = cli("sla", "explain", str(late_custody.id), "--as-of", local_text(clock.now() - 90 * MIN), "--json",
                 user="casey")
    custody = next(t for t in result.json() if t["rule_id"] == "custody_attendance")
    assert (custody["state"], custody["remaining_seconds"]) == ("running", 80 * 60)


def test_sla_list_filters_by_state_and_prints_json(cli, late_custody):
    result = cli("sla", "list", "--state", "breached", "--json", user="tl")
    assert [(t["referral_id"], t["rule_id"]) for t in result.json()] == [(late_custody.id, "custody_attendance")]
    table = cli("sla", "list", user="tl")
    assert "Custody attendance" in table.out and "10 min over" in table.out


def test_sweep_then_alerts_then_breach_reason_and_review(cli, late_custody):
    swept = cli("sla", "sweep", "--json")
    assert swept.code == 0 and swept.json()["alerts"] == 2
    assert cli("sla", "sweep", "--json").json()["alerts"] == 0
    mine = cli("alerts", "--json", user="casey").json()
    assert [(a["referral_id"], a["threshold"]) for a in mine] == [(late_custody.id, "breach")]
    assert cli("alerts", "--ack", str(mine[0]["id"]), "--unread", user="casey").out.strip() == "(no alerts)"
    [breach] = cli("breach", "list", "--json", user="tl").json()
    assert breach["review_state"] == "awaiting_reason"
    refused = cli("breach", "review", str(breach["id"]), "accept", user="tl")
    assert refused.code == 2 and "reason" in refused.err
    given = cli("breach", "reason", str(breach["id"]), "staff_unavailable", "Both workers at Slough", user="casey")
    assert given.code == 0, given.err
    not_lead = cli("breach", "review", str(breach["id"]), "accept", user="casey")
    assert not_lead.code == 3
    no_comment = cli("breach", "review", str(breach["id"]), "challenge", user="tl")
    assert no_comment.code == 2 and "comment" in no_comment.err
    accepted = cli("breach", "review", str(breach["id"]), "accept", "--comment", "ok", "--json", user="tl")
    assert accepted.json()["review_state"] == "accepted"
    assert cli("breach", "list", "--review-state", "accepted", "--json", user="tl").json()[0]["id"] == breach["id"]


def test_breach_list_filters_by_team_rule_and_period(cli, late_custody, clock, ctx, world):
    cli("sla", "sweep")
    day = to_local(clock.now()).strftime("%Y-%m-%d")
    assert len(cli("breach", "list", "--team", "YOT Milton Keynes", "--rule", "custody_attendance", "--from", day,
                   "--json", user="tl").json()) == 1
    assert cli("breach", "list", "--pathway", "intact", "--json", user="tl").json() == []
    assert cli("breach", "list", "--to", day, "--json", user="tl").json() == []


def test_void_and_correct_from_the_command_line(cli, ctx, world, clock):
    detail = act_now(ctx, world.caseworker, person=young_person(given_name="Jo"))
    clock.advance(120 * MIN)
    recorded = cli("referral", "event", str(detail.id), "custody_attended", "--json", user="casey").json()
    late = cli("sla", "explain", str(detail.id), "--json", user="casey").json()
    assert next(t for t in late if t["rule_id"] == "custody_attendance")["state"] == "met_late"
    fixed = cli("referral", "correct", str(recorded["id"]), "--at", local_text(clock.now() - 60 * MIN),
                "--reason", "time was typed wrong", "--json", user="casey")
    assert fixed.code == 0, fixed.err
    assert fixed.json()["corrects_event_id"] == recorded["id"]
    now_met = cli("sla", "explain", str(detail.id), "--json", user="casey").json()
    assert next(t for t in now_met if t["rule_id"] == "custody_attendance")["state"] == "met"
    voided = cli("referral", "void", str(fixed.json()["id"]), "--reason", "wrong young person", user="casey")
    assert voided.code == 0 and "void" in voided.out
    no_reason = cli("referral", "void", str(recorded["id"]), user="casey")
    assert no_reason.code == 2
    shown = cli("referral", "show", str(detail.id), user="casey")
    assert "VOID since" in shown.out and "wrong young person" in shown.out
