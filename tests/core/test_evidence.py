"""The evidence figures equal the ones worked out by hand from the fixture (tests/core/outcomes_fixture.py)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from casework.errors import NotPermitted, ValidationError
from casework.reports import ReportRequest, run_report
from casework.reports.evidence import evidence
from casework.reports.figures import Scope, prepare
from casework.reports.params import period_bounds

from . import outcomes_fixture

MAY = (date(2025, 5, 1), date(2025, 5, 31))


@pytest.fixture
def planted(ctx, world):
    return outcomes_fixture.build(ctx, world.caseworker)


def _figures(ctx, clock, pathway=None):
    start, end = period_bounds(*MAY)
    with ctx.read() as s:
        prepare(s)
        return evidence(s, ctx.pathways, Scope(as_of=clock.now(), start=start, end=end), pathway)


def test_evidence_figures_equal_the_hand_computed_ones(ctx, world, clock, planted):
    f = _figures(ctx, clock)
    by = {p.key: p for p in f.pathways}
    assert list(by) == ["act_now", "intact"]  # the registry's order; A&E Navigator has nothing closed
    intact, act_now, total = by["intact"], by["act_now"], f.total

    # Cohort: closed in May 2025, London dates. INTACT: I1–I8 (I8 closed 23:30 UTC 30 April = 00:30 BST 1 May,
    # so it is in; I9 closed 23:30 UTC 31 May = 00:30 BST 1 June, so it is out; I10 was reopened) → 8.
    # Act Now: A1–A3 → 3, suppressed. All: 8 + 3 = 11.
    assert (intact.closed.text, act_now.closed.text, total.closed.text) == ("8", "<5", "11")

    # Completion: INTACT counts "completed" and "no_further_police_contact" as completed:
    # I1, I2, I3, I4 (completed) + I5 (no further police contact) = 5 of 8 = 62.5% → 63%.
    assert intact.completed.text == "5 of 8 (63%)"
    # Act Now: A1, A2 = 2 of 3 → both under 5. All: 5 + 2 = 7 of 11 = 63.6% → 64%.
    assert act_now.completed.text == "<5 of <5 (—)"
    assert total.completed.text == "7 of 11 (64%)"

    # Engagement (≥1 session attended): I1–I5 attended both group sessions, I6 attended the first → 6 of 8 = 75%.
    # I7 did not attend its 1-2-1 session; I8 had no intervention. Act Now: A1 attended (with the mother); A2's
    # session was cancelled by the family → 1. All: 6 + 1 = 7 of 11 → 64%.
    assert intact.engaged.text == "6 of 8 (75%)"
    assert total.engaged.text == "7 of 11 (64%)"

    # 6-month checks: due for all 8 INTACT closures (due Nov 2025, report June 2026); recorded for I1–I7 = 7 of 8
    # = 87.5% → 88%. No further contact: I1–I5 and I7 = 6 of the 7 recorded (I6 had contact) = 85.7% → 86%.
    assert intact.checks_6.text == "7 of 8 (88%)"
    assert intact.no_contact_6.text == "6 of 7 (86%)"
    # All: recorded 7 + 1 (A1) = 8 of 8 + 3 = 11 due → 72.7% → 73%; no contact 6 + 1 = 7 of 8 = 87.5% → 88%.
    assert total.checks_6.text == "8 of 11 (73%)"
    assert total.no_contact_6.text == "7 of 8 (88%)"

    # 12-month checks: recorded I1–I6 = 6 of 8 due → 75%; no contact: I1–I5 = 5 of 6 → 83.3% → 83%.
    assert intact.checks_12.text == "6 of 8 (75%)"
    assert intact.no_contact_12.text == "5 of 6 (83%)"
    assert total.checks_12.text == "6 of 11 (55%)"   # 6 / 11 = 54.5% → 55%

    # Occurrences over the six 12-month checks (I1..I6):
    # suspect before 3+2+4+1+2+3 = 15, after 0+1+0+0+0+4 = 5: (5 − 15) / 15 = −66.7% → "67% fall".
    assert (intact.suspect.people.text, intact.suspect.before_text, intact.suspect.after_text) == ("6", "15", "5")
    assert intact.suspect.change_text == "67% fall"
    # victim before 1+0+2+0+1+0 = 4, after 0+0+1+0+1+1 = 3: both under 5 → suppressed, no change shown.
    assert (intact.victim.before_text, intact.victim.after_text, intact.victim.change_text) == ("<5", "<5", "—")
    # fewer occurrences after (suspect + victim): I1 4→0, I2 2→1, I3 6→1, I4 1→0, I5 3→1 fall; I6 3→5 rises → 5 of 6.
    assert intact.fewer_after.text == "5 of 6 (83%)"
    # ED re-attendance at 12 months: I3 (1) and I6 (2) → 2 of 6, under 5 → suppressed.
    assert intact.ed_reattended.text == "<5 of 6 (—)"
    # Act Now has no 12-month check recorded: nothing to add up, no change.
    assert (act_now.suspect.people.text, act_now.suspect.change_text) == ("0", "—")
    assert total.suspect.change_text == "67% fall"


def test_one_pathway_and_an_empty_period(ctx, world, clock, planted):
    f = _figures(ctx, clock, "intact")
    assert [p.key for p in f.pathways] == ["intact"] and f.total.label == "INTACT"
    assert f.total.completed.text == "5 of 8 (63%)"
    start, end = period_bounds(date(2024, 1, 1), date(2024, 12, 31))
    with ctx.read() as s:
        prepare(s)
        empty = evidence(s, ctx.pathways, Scope(as_of=clock.now(), start=start, end=end))
    assert empty.pathways == [] and empty.total.closed.text == "0" and empty.total.completed.text == "0 of 0 (—)"


def test_evidence_pdf_carries_the_figures_and_their_definitions(ctx, world, clock, planted, tmp_path):
    request = ReportRequest("evidence", date_from=MAY[0], date_to=MAY[1])
    result = run_report(ctx, world.team_lead, request, tmp_path / "evidence.pdf")
    assert result.pages >= 1 and result.title == "Outcomes and evidence"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "evidence.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("5 of 8 (63%)", "7 of 11 (64%)", "6 of 7 (86%)", "5 of 6 (83%)", "67% fall",
                     "Engagement rate", "Completion rate", "Counts under 5 suppressed", "Pathway: all pathways"):
        assert expected in text, expected
    for name in planted.names:
        assert name not in text


def test_evidence_report_permissions_and_pathway_check(ctx, world, planted, tmp_path):
    with pytest.raises(NotPermitted):
        run_report(ctx, world.caseworker, ReportRequest("evidence"), tmp_path / "e.pdf")
    with pytest.raises(ValidationError) as e:
        run_report(ctx, world.manager, ReportRequest("caseload", pathway="intact"), tmp_path / "e.pdf")
    assert (e.value.field, e.value.rule) == ("pathway", "evidence_only")
    result = run_report(ctx, world.manager, ReportRequest("evidence", pathway="intact"), tmp_path / "e.pdf")
    assert "Pathway: INTACT" in result.filters
