"""Demo data carries interventions, sessions with attendance, closure outcomes and follow-up checks."""

from __future__ import annotations


from sqlalchemy import func, select

from casework import demo
from casework.reports.evidence import evidence
from casework.reports.figures import Scope, prepare
from casework.services import directory, followups, interventions
from casework.store.models import Attendance, FollowUp, Intervention, InterventionSession, ProgrammeSession, Referral

SEED = 11
SIZE = 600


def _count(ctx, model, *where) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_demo_data_has_interventions_attendance_outcomes_and_follow_ups(ctx, admin, clock):
    result = demo.generate(ctx, admin, SIZE, SEED)
    assert result.counts["interventions"] == _count(ctx, Intervention) > 0
    assert result.counts["sessions"] == _count(ctx, InterventionSession) + _count(ctx, ProgrammeSession)
    assert _count(ctx, InterventionSession) > 0 and _count(ctx, ProgrammeSession) > 0
    assert result.counts["follow_ups"] == _count(ctx, FollowUp) == 3 * result.counts["closed"]
    assert _count(ctx, Intervention, Intervention.kind == "group") > 0
    assert _count(ctx, Attendance, Attendance.status == "attended") > 0
    assert _count(ctx, Attendance, Attendance.status == "did_not_attend") > 0
    assert _count(ctx, FollowUp, FollowUp.status == "done") > 0
    assert _count(ctx, FollowUp, FollowUp.status == "due") > 0
    with ctx.read() as s:
        # every closed referral's checks are due on the London dates the service would schedule
        rows = s.execute(select(FollowUp.months, FollowUp.due_on, Referral.closed_at)
                         .join(Referral, Referral.id == FollowUp.referral_id)).all()
        assert all(due == followups.due_date(closed, months) for months, due, closed in rows)
        # the 12-month checks carry the four occurrence counts; earlier ones never the "after" ones
        done = s.execute(select(FollowUp).where(FollowUp.status == "done")).scalars().all()
        assert all(f.suspect_after is not None for f in done if f.months == 12)
        assert all(f.suspect_after is None for f in done if f.months != 12)
        outcomes = set(s.scalars(select(Referral.outcome).where(Referral.closed_at.is_not(None))))
    for outcome in outcomes:
        assert any(outcome in p.outcomes for p in ctx.pathways)
    # programmes have rosters from several referrals, and the services read them
    # The demo's manager reads every programme (an administrator without a case role reads none).
    (manager_name,) = [u for u, role, _team in result.users if role == "manager"]
    admin = directory.authenticate(ctx, manager_name, result.password)
    programmes = [p for p in interventions.list_programmes(ctx, admin) if p.participants > 1]
    assert programmes
    detail = interventions.programme_detail(ctx, admin, programmes[0].id)
    assert len({p.referral_id for p in detail.participants}) > 1 and detail.sessions
    # the evidence figures have something to say
    with ctx.read() as s:
        prepare(s)
        figures = evidence(s, ctx.pathways, Scope(as_of=clock.now()))
    assert figures.total.closed.value == result.counts["closed"]
    assert figures.total.no_contact_6.of.value > 0 and figures.total.engaged.n.value > 0


def test_demo_outcomes_are_deterministic(ctx, admin, empty_db_url, clock):
    from casework.services import directory
    from casework.services.context import Context

    demo.generate(ctx, admin, 200, SEED)
    other = Context.open(empty_db_url, clock=clock)
    try:
        directory.create_first_admin(other, "admin", "correct-horse-battery", "Ada Admin")
        demo.generate(other, directory.authenticate(other, "admin", "correct-horse-battery"), 200, SEED)
        for model in (Intervention, InterventionSession, ProgrammeSession, Attendance, FollowUp):
            table = model.__table__
            with ctx.read() as a, other.read() as b:
                mine = [tuple(r) for r in a.execute(select(table).order_by(table.c.id))]
                theirs = [tuple(r) for r in b.execute(select(table).order_by(table.c.id))]
            assert mine == theirs and mine, model.__name__
    finally:
        other.close()
