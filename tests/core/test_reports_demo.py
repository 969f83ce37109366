"""The reports over realistic demo data (casework.demo): every figure in each PDF equals the figures
module's query, and the figures equal what the ordinary services say, counted here in Python."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from casework import demo
from casework.reports import figures
from casework.services import directory, referrals, sla
from casework.timeutil import age_on, to_local

from .test_reports import check_caseload_pdf, check_meeting_pdf, check_sla_pdf, figures_of, report, scope_for

SPRING = dict(date_from=date(2026, 3, 1), date_to=date(2026, 5, 31))


@pytest.fixture
def demo_data(ctx, admin):
    """The demo's manager, who runs every report over the demo data."""
    loaded = demo.generate(ctx, admin, 400, seed=7)
    (name,) = [u for u, role, _team in loaded.users if role == "manager"]
    return directory.authenticate(ctx, name, loaded.password)


def test_caseload_pdf_matches_its_figures_over_demo_data(ctx, demo_data, tmp_path):
    pdf, result = report(ctx, demo_data, tmp_path, "caseload", **SPRING, case_list=True)
    assert result.pages >= 5
    check_caseload_pdf(pdf, ctx, scope_for(ctx, **SPRING), case_list=True)
    pdf, _ = report(ctx, demo_data, tmp_path, "caseload", team="YOT Slough", suppress_small_counts=True)
    with ctx.read() as s:
        team_id = directory.find_team(s, "YOT Slough").id
    check_caseload_pdf(pdf, ctx, scope_for(ctx, team_id=team_id, suppress=True))


def test_caseload_figures_agree_with_the_referral_list(ctx, demo_data):
    f = figures_of(ctx, figures.caseload, scope_for(ctx, **SPRING))
    everything = referrals.list_referrals(ctx, demo_data)
    open_now = Counter((r.pathway_label, r.stage_label) for r in everything if r.closed_at is None)
    assert {(g.label, line.label): line.share.n.value for g in f.open_by_stage for line in g.lines
            if line.share.n.value} == dict(open_now)
    start, end = (scope := scope_for(ctx, **SPRING)).start, scope.end
    received = [r for r in everything if start <= r.received_at < end]
    assert f.new_total.value == len(received)
    assert {(g.key, line.key): line.share.n.value for g in f.new_by_source for line in g.lines} == \
        dict(Counter((r.pathway, r.source) for r in received))
    closed = Counter((r.pathway, r.outcome) for r in everything if r.closed_at and start <= r.closed_at < end)
    assert {(g.key, line.key): line.share.n.value for g in f.closed_by_outcome for line in g.lines
            if line.share.n.value} == dict(closed)
    months = Counter((to_local(r.received_at).date().replace(day=1), r.pathway) for r in everything
                     if r.received_at < end and to_local(r.received_at).date() >= date(2025, 6, 1))
    assert {(m.month, p): c.value for m in f.months for p, c in m.counts.items() if c.value} == dict(months)
    ages = Counter(figures.age_band(age_on(r.date_of_birth, to_local(r.received_at).date())) for r in received)
    assert {b.label: b.new.n.value for b in f.age_bands if b.new.n.value} == dict(ages)
    today = to_local(ctx.clock.now()).date()
    ages_now = Counter(figures.age_band(age_on(r.date_of_birth, today)) for r in everything if r.closed_at is None)
    assert {b.label: b.open.n.value for b in f.age_bands if b.open.n.value} == dict(ages_now)


def test_sla_pdf_matches_its_figures_and_the_breach_list(ctx, demo_data, tmp_path):
    pdf, result = report(ctx, demo_data, tmp_path, "sla", **SPRING)
    assert result.pages >= 3
    scope = scope_for(ctx, **SPRING)
    check_sla_pdf(pdf, ctx, scope)
    f = figures_of(ctx, figures.sla, scope)
    listed = sla.list_breaches(ctx, demo_data, due_from=scope.start, due_to=scope.end)
    assert f.breaches.value == len(listed) == len(figures_of(ctx, figures.breach_rows, scope))
    assert {x.key: x.share.n.value for x in f.by_review_state if x.share.n.value} == \
        dict(Counter(b.review_state for b in listed))
    # Each timer in the period, as the live timer service sees it.
    states = Counter()
    names = {"met": "on_time", "met_late": "late", "breached": "breached", "running": "running",
             "warning": "running", "paused": "running"}
    for t in sla.list_timers(ctx, demo_data, states=list(sla.STATES)):
        if t.due_at is not None and scope.start <= t.due_at < scope.end and t.state in names:
            states[(t.pathway, t.rule_id, names[t.state])] += 1
    assert {(r.pathway, r.rule_id, k): getattr(r.outcomes, k).n.value for r in f.rules
            for k in figures.OUTCOME_CLASSES if getattr(r.outcomes, k).n.value} == dict(states)


def test_meeting_list_matches_custody_events(ctx, demo_data, tmp_path):
    scope = scope_for(ctx, **SPRING)
    expected = {}
    for summary in referrals.list_referrals(ctx, demo_data, pathway="act_now"):
        detail = referrals.get_referral(ctx, demo_data, summary.id)
        seen = [e.occurred_at for e in detail.events if e.kind == "custody_attended" and e.voided_at is None
                and scope.start <= e.occurred_at < scope.end and e.details.get("outcome_of_visit") != "not_seen"]
        if seen:
            expected[summary.id] = min(seen)
    rows = figures_of(ctx, figures.meeting_rows, scope)
    assert {r.referral_id: r.seen_at for r in rows} == expected
    assert [r.seen_at for r in rows] == sorted(r.seen_at for r in rows)
    pdf, result = report(ctx, demo_data, tmp_path, "meeting", **SPRING)
    assert result.pages >= 2
    summary = figures_of(ctx, figures.meeting_summary, scope)
    assert summary.seen.value == len(rows)
    check_meeting_pdf(pdf, rows)


def test_case_files_of_demo_referrals(ctx, demo_data, tmp_path):
    everything = referrals.list_referrals(ctx, demo_data)
    open_one = next(r for r in everything if r.closed_at is None and r.pathway == "intact")
    closed_one = next(r for r in everything if r.closed_at is not None and r.pathway == "ae_navigator")
    for summary in (open_one, closed_one):
        pdf, _ = report(ctx, demo_data, tmp_path, "case", referral_id=summary.id)
        detail = referrals.get_referral(ctx, demo_data, summary.id)
        text = pdf.text
        assert detail.person.full_name in text
        for event in detail.events:
            if event.note:
                assert " ".join(event.note.split()) in text
