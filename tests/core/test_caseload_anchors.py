"""Keyset anchors (``casework.services.caseload_anchors``): a page sought from an anchor is the page
OFFSET gives, at any position, in either direction, through ties and rows without a deadline, for
each user's own scope; anchors made for one view serve no other."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select, update

from casework.errors import ValidationError
from casework.services import caseload, caseload_anchors, referrals
from casework.services.caseload import CaseloadQuery
from casework.store.models import Referral

from ..conftest import START
from .factories import young_person

# Deadlines with ties (several referrals share one) and referrals without a deadline, open and closed.
DUES = [30, 30, None, 10, 30, None, 10, 45, None, 30, 5, 5, None, 45, 10, None, 30, 60, None, 10, 5, None]
CLOSED = {2, 5, 9, 14, 18}
UNASSIGNED = {3, 11}
LEAD = {4, 12, 16}


def _referral(ctx, lead, n: int, assigned: str | None = "casey") -> int:
    return referrals.create_referral(ctx, lead, referrals.NewReferral(
        pathway="act_now", source="custody", site="mk-custody", team="YOT Milton Keynes", assigned_to=assigned,
        person=young_person(given_name=f"Kid{n:02d}", family_name="Tie", date_of_birth=date(2010, 1, 1) + timedelta(days=n)),
        received_at=START - timedelta(minutes=5 + n))).id


@pytest.fixture
def tied(ctx, world) -> list[int]:
    """Three referrals made by the service (one each for casey, the lead and nobody), and len(DUES)
    copies of their rows (made in SQL: the test is about ordering, not intake) with the deadlines and
    closures set outright, for ties and rows with none."""
    base = {"casey": _referral(ctx, world.team_lead, 0), "tl": _referral(ctx, world.team_lead, 1, "tl"),
            None: _referral(ctx, world.team_lead, 2, None)}
    columns = [c.name for c in Referral.__table__.columns if c.name != "id"]
    made = []
    with ctx.write() as s:
        for n, due in enumerate(DUES):
            owner = None if n in UNASSIGNED else ("tl" if n in LEAD else "casey")
            copied = s.execute(Referral.__table__.insert().from_select(
                columns, select(*[Referral.__table__.c[c] for c in columns]).where(Referral.id == base[owner]))
                .returning(Referral.id)).scalar_one()
            at = None if due is None else START + timedelta(minutes=due)
            s.execute(update(Referral).where(Referral.id == copied).values(
                next_due_at=at, next_warn_at=None if at is None else at - timedelta(minutes=1),
                closed_at=START - timedelta(minutes=1) if n in CLOSED else None))
            made.append(copied)
    return made


def offset_ids(ctx, actor, query, offset, limit) -> list[int]:
    return [r.id for r in caseload.page(ctx, actor, query, offset, limit)]


QUERIES = [
    CaseloadQuery(scope="all", open_only=False),
    CaseloadQuery(scope="all", open_only=False, descending=True),
    CaseloadQuery(scope="all"),
    CaseloadQuery(scope="team", descending=True, open_only=False),
    CaseloadQuery(scope="all", open_only=False, worker="casey"),
    CaseloadQuery(scope="all", open_only=False, sla_state="none"),
]


def test_a_page_from_the_anchors_is_the_offset_page_at_any_position(ctx, world, tied):
    """Every offset, a few page sizes, both directions, filters that pick other indexes, and anchors
    every row, every few rows and every seven (blocks that straddle the end of the deadlines)."""
    team = world.team_lead.team_id
    for query in QUERIES:
        query = replace(query, team_id=team if query.scope == "team" else None).at(START)
        whole = offset_ids(ctx, world.manager, query, 0, 100)  # the OFFSET order (pages of it: test_caseload)
        assert len(whole) == caseload.count(ctx, world.manager, query) > 5, query
        for every, limits in ((1, (2,)), (4, (1, 5)), (7, (3,))):
            anchors = caseload_anchors.build(ctx, world.manager, query, every)
            assert len(anchors.keys) == -(-len(whole) // every)  # one per block, the last block part full
            for limit in limits:
                for offset in range(len(whole) + 2):
                    assert caseload_anchors.page_ids(ctx, world.manager, query, offset, limit, anchors) == \
                        whole[offset:offset + limit], (query, every, offset, limit)
        # And the rows themselves, as the caseload shows them.
        assert caseload_anchors.page(ctx, world.manager, query, 1, 4, anchors) == \
            caseload.page(ctx, world.manager, query, 1, 4)


def test_anchors_fall_inside_runs_of_equal_deadlines_and_rows_without_one(ctx, world, tied):
    query = CaseloadQuery(scope="all", open_only=False).at(START)
    anchors = caseload_anchors.build(ctx, world.manager, query, 2)
    whole = offset_ids(ctx, world.manager, query, 0, 100)
    assert [a.id for a in anchors.keys] == whole[::2]
    dues = {a.due for a in anchors.keys if a.run == caseload_anchors.KEYED}
    assert len(dues) < len([a for a in anchors.keys if a.run == caseload_anchors.KEYED])  # ties among them
    assert any(a.run == caseload_anchors.UNKEYED and a.due is None for a in anchors.keys)


def test_each_user_seeks_within_their_own_scope_and_anchors_serve_no_one_else(ctx, world, tied):
    mine = CaseloadQuery(scope="mine", open_only=False).at(START)
    casey = caseload_anchors.build(ctx, world.caseworker, mine, 2)
    lead = caseload_anchors.build(ctx, world.team_lead, mine, 2)
    casey_ids = offset_ids(ctx, world.caseworker, mine, 0, 100)
    lead_ids = offset_ids(ctx, world.team_lead, mine, 0, 100)
    assert not set(casey_ids) & set(lead_ids)
    for offset in range(len(casey_ids)):
        assert caseload_anchors.page_ids(ctx, world.caseworker, mine, offset, 3, casey) == casey_ids[offset:offset + 3]
    for offset in range(len(lead_ids)):
        assert caseload_anchors.page_ids(ctx, world.team_lead, mine, offset, 3, lead) == lead_ids[offset:offset + 3]
    # The same query shape, another user: refused, not served from the other user's positions.
    with pytest.raises(ValidationError) as refused:
        caseload_anchors.page_ids(ctx, world.team_lead, mine, 0, 3, casey)
    assert refused.value.field == "anchors"
    everyone = caseload_anchors.build(ctx, world.manager, CaseloadQuery(scope="all").at(START), 2)
    with pytest.raises(ValidationError):
        caseload_anchors.page_ids(ctx, world.caseworker, CaseloadQuery(scope="all").at(START), 0, 3, everyone)
    # Another view of the same user: refused too.
    with pytest.raises(ValidationError):
        caseload_anchors.page_ids(ctx, world.manager, CaseloadQuery(scope="all", descending=True).at(START), 0, 3,
                                  everyone)
    with pytest.raises(ValidationError):
        caseload_anchors.page_ids(ctx, world.manager, CaseloadQuery(scope="all", sla_state="none").at(START), 0, 3,
                                  everyone)


def test_after_an_insert_and_a_close_stale_anchors_stay_in_order_and_new_ones_are_exact(ctx, world, tied):
    query = CaseloadQuery(scope="all").at(START)
    stale = caseload_anchors.build(ctx, world.manager, query, 3)
    before = offset_ids(ctx, world.manager, query, 0, 100)
    referrals.close_referral(ctx, world.team_lead, before[4], "completed")
    added = _referral(ctx, world.team_lead, 40)
    with ctx.write() as s:
        s.execute(update(Referral).where(Referral.id == added).values(next_due_at=START + timedelta(minutes=10),
                                                                      next_warn_at=START))
    now = offset_ids(ctx, world.manager, query, 0, 100)
    assert added in now and before[4] not in now
    # Stale: every page is still a run of the order as it is now, from its anchor's key on (no row
    # out of order, none that left the view); the positions may be a row out until the next build.
    for offset in range(len(before)):
        got = caseload_anchors.page_ids(ctx, world.manager, query, offset, 3, stale)
        start = now.index(got[0]) if got else len(now)
        assert got == now[start:start + len(got)]
    fresh = caseload_anchors.build(ctx, world.manager, query, 3)
    for offset in range(len(now) + 1):
        assert caseload_anchors.page_ids(ctx, world.manager, query, offset, 3, fresh) == now[offset:offset + 3]


@pytest.mark.parametrize("query", [CaseloadQuery(scope="all", sort="name"), CaseloadQuery(scope="all", search="kid")])
def test_anchors_are_only_for_the_next_deadline_order_without_a_search(ctx, world, query):
    assert not caseload_anchors.applies(query)
    with pytest.raises(ValidationError):
        caseload_anchors.build(ctx, world.manager, query)


def test_bounds_are_checked(ctx, world, tied):
    query = CaseloadQuery(scope="all").at(START)
    anchors = caseload_anchors.build(ctx, world.manager, query, 2)
    for offset, limit in ((-1, 3), (True, 3), (0, 0), (0, caseload.MAX_PAGE + 1)):
        with pytest.raises(ValidationError):
            caseload_anchors.page_ids(ctx, world.manager, query, offset, limit, anchors)
    for every in (0, True, 100_001):
        with pytest.raises(ValidationError):
            caseload_anchors.build(ctx, world.manager, query, every)
    assert caseload_anchors.page_ids(ctx, world.manager, query, 10_000, 3, anchors) == []


def test_an_empty_view_has_no_anchors(ctx, world):
    assert caseload_anchors.build(ctx, world.manager, CaseloadQuery(scope="all").at(START)).keys == ()


def test_the_seeks_read_the_deadline_index_from_the_anchor_not_the_whole_table(ctx, world, tied, engine_name):
    if engine_name != "sqlite":
        pytest.skip("the plan is checked on SQLite (PostgreSQL plans by its statistics)")
    query = CaseloadQuery(scope="all", open_only=False).at(START)
    anchors = caseload_anchors.build(ctx, world.manager, query, 2)
    seen: list[tuple] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        caseload_anchors.page_ids(ctx, world.manager, query, 5, 20, anchors)  # from a keyed anchor into the rest
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    assert len(seen) == 2
    with ctx.read() as s:
        for statement, parameters in seen:
            plan = " ".join(r[-1] for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}",
                                                                          parameters).all())
            assert "SEARCH referral USING COVERING INDEX ix_referral_due" in plan, plan
            assert "TEMP B-TREE" not in plan, plan
