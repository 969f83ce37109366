"""The reports over realistic demo data (casework.demo): every figure in each PDF equals the figures
module's query, and the figures equal what the ordinary services say, counted here in Python."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import event, func, select

from casework import demo
from casework.reports import figures
from casework.services import directory, referrals, sla
from casework.store.models import Person, Referral, User
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


def _counted_in_python(ctx, scope: figures.Scope) -> dict:
    """Every figure of the caseload summary for ``scope``, counted here from the referrals one by one."""
    with ctx.read() as s:
        rows = s.execute(select(Referral, Person.date_of_birth).join(Person, Person.id == Referral.person_id)).all()
        by_name = list(s.scalars(select(User.id).order_by(User.display_name, User.id)))  # as the database collates
    start, end = scope.start, scope.end
    trend = figures.trend_scope(scope)
    today = to_local(scope.as_of).date()

    def within(at, lower, upper) -> bool:
        return (lower is None or at >= lower) and (upper is None or at < upper)

    counted: dict = {key: Counter() for key in ("stage", "source", "outcome", "month", "new_age", "open_age")}
    workers: dict = {}
    imported = 0
    for r, born in rows:
        if (scope.team_id is not None and r.team_id != scope.team_id) or \
                (scope.worker_id is not None and r.assigned_user_id != scope.worker_id):
            continue
        is_open = r.closed_at is None
        received = within(r.received_at, start, end)
        closed = r.closed_at is not None and within(r.closed_at, start, end)
        if is_open:
            counted["stage"][r.pathway, r.stage] += 1
            counted["open_age"][figures.age_band(age_on(born, today))] += 1
            imported += r.sla_untracked_before is not None
        if received:
            counted["source"][r.pathway, r.source] += 1
            counted["new_age"][figures.age_band(age_on(born, to_local(r.received_at).date()))] += 1
        if closed:
            counted["outcome"][r.pathway, r.outcome or ""] += 1
        if within(r.received_at, trend.start, trend.end):
            counted["month"][to_local(r.received_at).date().replace(day=1), r.pathway] += 1
        if is_open or received or closed:
            mine = workers.setdefault(r.assigned_user_id, [0, 0, 0])
            mine[0] += is_open
            mine[1] += received
            mine[2] += closed
    order = [u for u in by_name if u in workers] + ([None] if None in workers else [])
    return {**{k: {key: n for key, n in c.items() if key is not None} for k, c in counted.items()},
            "workers": [(u, *workers[u]) for u in order], "imported": imported}


def _as_counted(f: figures.CaseloadFigures) -> dict:
    def lines(groups) -> dict:
        return {(g.key, line.key): line.share.n.value for g in groups for line in g.lines if line.share.n.value}

    return {"stage": lines(f.open_by_stage), "source": lines(f.new_by_source), "outcome": lines(f.closed_by_outcome),
            "month": {(m.month, p): c.value for m in f.months for p, c in m.counts.items() if c.value},
            "new_age": {b.label: b.new.n.value for b in f.age_bands if b.new.n.value},
            "open_age": {b.label: b.open.n.value for b in f.age_bands if b.open.n.value},
            "workers": [(w.user_id, w.open.n.value, w.new.value, w.closed.value) for w in f.worker_rows],
            "imported": f.open_imported.value}


def test_caseload_figures_from_one_scan_equal_each_referral_counted_alone(ctx, demo_data):
    """The summary's figures come from one GROUP BY over every key at once (figures.caseload): one
    statement reads the referrals. Each figure, in every scope (a period or none, a team, a worker,
    small counts suppressed), equals the referrals counted one by one in Python, and the worker table
    is in name order, unassigned last."""
    with ctx.read() as s:
        slough = directory.find_team(s, "YOT Slough").id
        busiest = s.execute(select(Referral.assigned_user_id, func.count()).where(Referral.assigned_user_id.is_not(None))
                            .group_by(Referral.assigned_user_id).order_by(func.count().desc()).limit(1)).one()[0]
    with ctx.write() as s:  # one open case nobody is assigned to, and one imported with untracked clocks
        first, second = s.scalars(select(Referral).where(Referral.closed_at.is_(None)).order_by(Referral.id).limit(2))
        first.assigned_user_id = None
        second.sla_untracked_before = ctx.clock.now()
    scopes = [scope_for(ctx, **SPRING), scope_for(ctx), scope_for(ctx, team_id=slough, suppress=True),
              scope_for(ctx, date_from=date(2026, 6, 1), date_to=date(2026, 6, 30), worker_id=busiest),
              scope_for(ctx, date_from=date(2025, 10, 26), date_to=date(2026, 3, 29), team_id=slough)]
    seen: list[str] = []

    def capture(_conn, _cursor, statement, _parameters, _context, _many):
        seen.append(statement)

    for scope in scopes:
        seen.clear()
        event.listen(ctx.engine, "before_cursor_execute", capture)
        try:
            f = figures_of(ctx, figures.caseload, scope)
        finally:
            event.remove(ctx.engine, "before_cursor_execute", capture)
        # One statement reads the referrals for every figure (a scan each was most of a large report's
        # time); the other is the worker table's names, a look-up of its users.
        assert len([s for s in seen if re.search(r"\bFROM referral\b", s)]) == 1, seen
        assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 2, seen
        assert _as_counted(f) == _counted_in_python(ctx, scope), scope
        assert f.workers == len(f.worker_rows)
        assert f.open_total.value == sum(f.worker_rows[i].open.n.value for i in range(f.workers))
    everything = _as_counted(figures_of(ctx, figures.caseload, scope_for(ctx)))
    assert everything["workers"][-1][0] is None and everything["imported"] == 1
    assert len(everything["month"]) > 12 and len(everything["new_age"]) >= 3


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
