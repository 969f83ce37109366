"""The caseload query: counts and pages, filters, search, sorting, SLA states, scope rules, index use."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text, update

from casework.errors import NotPermitted, ValidationError
from casework.services import caseload, directory, referrals
from casework.services.caseload import UNASSIGNED, CaseloadQuery
from casework.store.models import Referral

from ..conftest import PASSWORD, START
from .factories import young_person

# At START (09:00 UTC) an Act Now referral received at R is due at R + 90 min, with its warning at
# R + 67.5 min.
NHS = "9434765919"
PNC = "12/0034567E"


@dataclass
class Cases:
    sam: int        # casey, running (due 10:20)
    samira: int     # casey, warning (due 09:15, warning from 08:52:30)
    jon: int        # tl, breached (due 08:30)
    alex: int       # YOT, unassigned, running (due 09:30)
    tyler: int      # casey, custody attended: no deadline running
    callum: int     # casey, closed
    ffion: int      # INTACT, no team
    kieran: int     # Leeds Navigators, nav


def _act_now(ctx, actor, given, family, minutes_ago, *, assigned_to="casey", dob=date(2010, 3, 4), **person):
    return referrals.create_referral(ctx, actor, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(given_name=given, family_name=family,
                                                                 date_of_birth=dob, **person),
        received_at=START - timedelta(minutes=minutes_ago), site="mk-custody", team="YOT Milton Keynes",
        assigned_to=assigned_to)).id


@pytest.fixture
def cases(ctx, world) -> Cases:
    admin, lead = world.admin, world.team_lead  # case data is entered by the team's lead
    directory.create_user(ctx, admin, "nav", PASSWORD, "caseworker", "Leeds Navigators", "Nadia Navigator")
    sam = _act_now(ctx, lead, "Sam", "Jones", 10, nhs_number="943 476 5919", pnc_id="2012/34567E")
    samira = _act_now(ctx, lead, "Samira", "Khan", 75, dob=date(2011, 1, 2))
    jon = _act_now(ctx, lead, "Jon", "Samuels", 120, assigned_to="tl", dob=date(2009, 5, 6))
    alex = _act_now(ctx, lead, "Alex", "Brown", 60, assigned_to=None, dob=date(2012, 7, 8))
    tyler = _act_now(ctx, lead, "Tyler", "Brennan", 30, dob=date(2008, 9, 10))
    referrals.record_event(ctx, lead, tyler, "custody_attended", details={"outcome_of_visit": "engaged"})
    callum = _act_now(ctx, lead, "Callum", "Hughes", 300)
    referrals.close_referral(ctx, lead, callum, "completed")
    ffion = referrals.create_referral(ctx, lead, referrals.NewReferral(
        pathway="intact", source="marf", site="carmarthen",
        person=young_person(given_name="Ffion", family_name="Rees", date_of_birth=date(2011, 6, 3),
                            home_local_authority="Carmarthenshire", postcode="SA31 1AA"),
        received_at=START - timedelta(hours=2))).id
    # A referral with no team (one from before teams were required): only managers see it.
    with ctx.write() as s:
        s.execute(update(Referral).where(Referral.id == ffion).values(team_id=None))
    nav = directory.authenticate(ctx, "nav", PASSWORD)
    kieran = referrals.create_referral(ctx, nav, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", site="lgi-ed", team="Leeds Navigators",
        assigned_to="nav", person=young_person(given_name="Kieran", family_name="Walsh", date_of_birth=date(2004, 3, 28),
                                               home_local_authority="Leeds", postcode="LS1 4AP"),
        received_at=START - timedelta(minutes=5))).id
    return Cases(sam, samira, jon, alex, tyler, callum, ffion, kieran)


def ids(ctx, actor, query=None, **fields) -> list[int]:
    query = query or CaseloadQuery(**fields)
    return [row.id for row in caseload.page(ctx, actor, query, 0, 100)]


def team_id(ctx, world) -> int:
    return world.caseworker.team_id


# --- count and page --------------------------------------------------------------------------------

def test_my_caseload_is_my_open_referrals_soonest_deadline_first_and_none_last(ctx, world, cases):
    rows = caseload.page(ctx, world.caseworker, CaseloadQuery(scope="mine"), 0, 100)
    assert [r.id for r in rows] == [cases.samira, cases.sam, cases.tyler]
    assert caseload.count(ctx, world.caseworker, CaseloadQuery(scope="mine")) == 3


def test_a_row_carries_what_the_table_shows(ctx, world, cases):
    (row,) = [r for r in caseload.page(ctx, world.caseworker, CaseloadQuery(scope="mine"), 0, 10) if r.id == cases.sam]
    assert (row.given_name, row.family_name, row.name) == ("Sam", "Jones", "Sam Jones")
    assert row.date_of_birth == date(2010, 3, 4)
    assert (row.nhs_number, row.pnc_id) == (NHS, PNC)
    assert (row.pathway, row.pathway_label, row.stage, row.stage_label) == ("act_now", "Act Now", "custody", "In custody")
    assert (row.assigned_username, row.assigned_name) == ("casey", "Casey Worker")
    assert row.site == "Milton Keynes custody suite"
    assert row.received_at == START - timedelta(minutes=10)
    assert row.next_due_at == START + timedelta(minutes=80)
    assert row.next_warn_at == START + timedelta(minutes=57, seconds=30)
    assert row.closed_at is None and row.version >= 1 and row.team_id == world.caseworker.team_id


def test_pages_split_the_order_without_overlap_or_gap(ctx, world, cases):
    query = CaseloadQuery(scope="all", open_only=False)
    whole = ids(ctx, world.manager, query)
    assert len(whole) == caseload.count(ctx, world.manager, query) == 8
    paged = [r.id for offset in range(0, 8, 3) for r in caseload.page(ctx, world.manager, query, offset, 3)]
    assert paged == whole
    assert caseload.page(ctx, world.manager, query, 8, 3) == []


@pytest.mark.parametrize("offset, limit", [(-1, 10), (0, 0), (0, caseload.MAX_PAGE + 1), (True, 10)])
def test_page_bounds_are_checked(ctx, world, offset, limit):
    with pytest.raises(ValidationError):
        caseload.page(ctx, world.manager, CaseloadQuery(scope="all"), offset, limit)


# --- SLA state ---------------------------------------------------------------------------------------

def test_sla_state_filter_at_now(ctx, world, cases):
    def state(value):
        return set(ids(ctx, world.manager, scope="all", sla_state=value))
    assert state("breached") == {cases.jon}
    assert state("warning") == {cases.samira}
    assert state("running") == {cases.sam, cases.alex, cases.kieran, cases.ffion} - state("none")
    assert cases.tyler in state("none")
    assert state("breached") | state("warning") | state("running") | state("none") == set(
        ids(ctx, world.manager, scope="all"))


def test_sla_state_moves_with_the_clock(ctx, world, cases, clock):
    # 09:20: Samira's 09:15 deadline has passed; Alex (due 09:30) is in warning from 09:07:30.
    clock.advance(timedelta(minutes=20))
    assert cases.samira in ids(ctx, world.manager, scope="all", sla_state="breached")
    assert cases.alex in ids(ctx, world.manager, scope="all", sla_state="warning")
    # A pinned instant wins over the clock.
    pinned = CaseloadQuery(scope="all", sla_state="breached", as_of=START)
    assert ids(ctx, world.manager, pinned) == [cases.jon]


def test_row_state_uses_the_same_rule_as_the_filter(ctx, world, cases):
    rows = {r.id: r for r in caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False), 0, 100)}
    assert rows[cases.jon].sla_state(START) == "breached"
    assert rows[cases.samira].sla_state(START) == "warning"
    assert rows[cases.sam].sla_state(START) == "running"
    assert rows[cases.tyler].sla_state(START) == "none"
    assert rows[cases.callum].sla_state(START) == "none"
    due = rows[cases.sam].next_due_at
    assert caseload.sla_state(due, None, due) == "running"          # the deadline itself is not yet over
    assert caseload.sla_state(due, due, due) == "warning"
    assert caseload.sla_state(due, None, due + timedelta(microseconds=1)) == "breached"


def test_unknown_sla_state_is_refused(ctx, world):
    with pytest.raises(ValidationError) as excinfo:
        caseload.count(ctx, world.manager, CaseloadQuery(scope="all", sla_state="late"))
    assert excinfo.value.field == "sla_state"


# --- search ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, expected", [
    ("sam jon", {"sam", "jon"}),          # every word starts the given or the family name
    ("jones s", {"sam"}),
    ("SAM", {"sam", "samira", "jon"}),
    ("samira", {"samira"}),
    ("  khan  ", {"samira"}),
    ("bren", {"tyler"}),
    ("sam x", set()),
    ("%", set()),                          # LIKE wildcards are plain characters
    ("_", set()),
    ("943 476 5919", {"sam"}),             # an NHS number, spaced as people write it
    ("943-476-5919", {"sam"}),
    ("2012/34567e", {"sam"}),              # a PNC ID, normalised to 12/0034567E
    ("12/0034567E", {"sam"}),
    ("9434765918", set()),                 # wrong check digit: compared as typed, finds nobody
    ("sam 9434765919", {"sam"}),
])
def test_search_names_and_identifiers(ctx, world, cases, typed, expected):
    names = {v: k for k, v in vars(cases).items()}
    found = {names[i] for i in ids(ctx, world.manager, scope="all", open_only=False, search=typed)}
    assert found == expected
    assert caseload.count(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, search=typed)) == len(expected)


def test_blank_search_is_no_filter(ctx, world, cases):
    assert len(ids(ctx, world.manager, scope="all", search="   ")) == 7


# --- other filters -----------------------------------------------------------------------------------

def test_open_only_off_shows_closed_referrals_without_a_deadline(ctx, world, cases):
    mine = ids(ctx, world.caseworker, scope="mine", open_only=False)
    assert mine[-2:] == sorted([cases.tyler, cases.callum])  # no deadline: last, by id
    assert cases.callum not in ids(ctx, world.caseworker, scope="mine")


def test_pathway_and_stage_filters(ctx, world, cases):
    assert set(ids(ctx, world.manager, scope="all", pathway="intact")) == {cases.ffion}
    assert set(ids(ctx, world.manager, scope="all", pathway="act_now", stage="custody")) == {
        cases.sam, cases.samira, cases.jon, cases.alex, cases.tyler}
    assert ids(ctx, world.manager, scope="all", open_only=False, stage="closed") == [cases.callum]
    with pytest.raises(ValidationError) as excinfo:
        caseload.count(ctx, world.manager, CaseloadQuery(scope="all", pathway="intact", stage="custody"))
    assert excinfo.value.field == "stage"
    with pytest.raises(ValidationError) as excinfo:
        caseload.count(ctx, world.manager, CaseloadQuery(scope="all", pathway="knife_crime"))
    assert excinfo.value.field == "pathway"


def test_worker_filter(ctx, world, cases):
    assert ids(ctx, world.team_lead, scope="team", worker="tl") == [cases.jon]
    assert ids(ctx, world.team_lead, scope="team", worker=" Casey ") == [cases.samira, cases.sam, cases.tyler]
    assert ids(ctx, world.team_lead, scope="team", worker=UNASSIGNED) == [cases.alex]
    assert ids(ctx, world.team_lead, scope="team", worker="nobody-here") == []


# --- sorting -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", caseload.SORT_KEYS)
def test_every_sort_reverses_exactly_and_is_stable(ctx, world, cases, key):
    up = ids(ctx, world.manager, scope="all", open_only=False, sort=key)
    down = ids(ctx, world.manager, scope="all", open_only=False, sort=key, descending=True)
    assert sorted(up) == sorted(down) and len(up) == 8
    assert down == list(reversed(up))


def test_sort_orders(ctx, world, cases):
    rows = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="name"), 0, 100)
    assert [r.family_name for r in rows] == sorted((r.family_name for r in rows), key=str.lower)
    rows = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="age"), 0, 100)
    assert [r.date_of_birth for r in rows] == sorted((r.date_of_birth for r in rows), reverse=True)  # youngest first
    rows = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="pathway"), 0, 100)
    assert [r.pathway_label for r in rows][0] == "A&E Navigator" and rows[-1].pathway_label == "INTACT"
    rows = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="assigned"), 0, 100)
    names = [r.assigned_name for r in rows]
    assert names[-2:] == [None, None]  # nobody assigned: last going up
    assert names[:-2] == sorted(names[:-2], key=str.lower)
    rows = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="received"), 0, 100)
    assert [r.received_at for r in rows] == sorted(r.received_at for r in rows)
    rows = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="stage"), 0, 100)
    assert [r.stage_label.lower() for r in rows] == sorted(r.stage_label.lower() for r in rows)


def test_unknown_sort_is_refused(ctx, world):
    with pytest.raises(ValidationError) as excinfo:
        caseload.page(ctx, world.manager, CaseloadQuery(scope="all", sort="colour"), 0, 10)
    assert excinfo.value.field == "sort"


# --- scope rules -------------------------------------------------------------------------------------

def test_scopes_each_role_may_use(ctx, world):
    assert caseload.allowed_scopes(world.caseworker) == ("mine", "team")
    assert caseload.allowed_scopes(world.team_lead) == ("team", "mine")
    assert caseload.allowed_scopes(world.manager) == ("all", "team")
    assert caseload.allowed_scopes(world.admin) == ()  # an administrator without a case role sees no caseload
    assert caseload.default_query(world.team_lead).scope == "team"


def test_caseworker_without_a_team_has_only_their_own_caseload(ctx, world):
    solo = replace(world.caseworker, team_id=None)  # the directory never makes one; the rule holds anyway
    assert caseload.allowed_scopes(solo) == ("mine",)
    with pytest.raises(NotPermitted):
        caseload.count(ctx, solo, CaseloadQuery(scope="team"))


def test_team_scope_is_the_own_team_for_workers_and_any_team_for_managers(ctx, world, cases):
    team = {cases.sam, cases.samira, cases.jon, cases.alex, cases.tyler}
    assert set(ids(ctx, world.caseworker, scope="team")) == team
    assert set(ids(ctx, world.team_lead, scope="team", team_id=world.team_lead.team_id)) == team
    assert set(ids(ctx, world.manager, scope="team", team_id=world.caseworker.team_id)) == team
    nav = directory.authenticate(ctx, "nav", PASSWORD)
    with pytest.raises(NotPermitted):
        caseload.count(ctx, world.caseworker, CaseloadQuery(scope="team", team_id=nav.team_id))
    assert set(ids(ctx, world.manager, scope="team", team_id=nav.team_id)) == {cases.kieran}
    with pytest.raises(ValidationError) as excinfo:
        caseload.count(ctx, world.manager, CaseloadQuery(scope="team"))
    assert excinfo.value.field == "team"


@pytest.mark.parametrize("who, scope", [("caseworker", "all"), ("team_lead", "all"), ("manager", "mine")])
def test_scopes_outside_the_role_are_not_permitted(ctx, world, who, scope):
    with pytest.raises(NotPermitted):
        caseload.page(ctx, getattr(world, who), CaseloadQuery(scope=scope), 0, 10)


def test_unknown_scope_is_refused(ctx, world):
    with pytest.raises(ValidationError):
        caseload.count(ctx, world.manager, CaseloadQuery(scope="everything"))


def test_all_scope_sees_referrals_without_a_team(ctx, world, cases):
    assert set(ids(ctx, world.manager, scope="all")) == {
        cases.sam, cases.samira, cases.jon, cases.alex, cases.tyler, cases.ffion, cases.kieran}


def test_naive_as_of_is_refused(ctx, world):
    with pytest.raises(ValidationError):
        caseload.count(ctx, world.manager, CaseloadQuery(scope="all", as_of=datetime(2026, 6, 15, 9, 0)))


# --- the plan: one worker's open caseload, first 100 by next deadline, walks the partial index ------

def _inner_plan_sqlite(plan: str) -> list[str]:
    lines = plan.splitlines()
    return lines[:lines.index("SCAN page_ids")] if "SCAN page_ids" in lines else lines


def test_first_page_of_a_workers_caseload_walks_the_partial_index(ctx, world, cases, engine_name):
    query = CaseloadQuery(scope="mine")
    if engine_name == "sqlite":
        inner = _inner_plan_sqlite(caseload.explain(ctx, world.caseworker, query, 0, 100))
        assert any("ix_referral_open_worker_due" in line for line in inner), inner
        assert not any("TEMP B-TREE" in line for line in inner), inner
        inner = _inner_plan_sqlite(caseload.explain(ctx, world.team_lead, CaseloadQuery(scope="team"), 0, 100))
        assert any("ix_referral_open_team_due" in line for line in inner), inner
        assert not any("TEMP B-TREE" in line for line in inner), inner
    else:
        _assert_pg_limit_over_index(ctx, world.caseworker, query, "ix_referral_open_worker_due")
        _assert_pg_limit_over_index(ctx, world.team_lead, CaseloadQuery(scope="team"), "ix_referral_open_team_due")


def _assert_pg_limit_over_index(ctx, actor, query, index: str) -> None:
    """On a handful of rows PostgreSQL rightly prefers a sequential scan; with that and sorting priced
    out, the plan shows whether the index can give the order by itself (no Sort under the LIMIT)."""
    statement = caseload.page_statement(ctx, actor, query, 0, 100)
    sql = str(statement.compile(dialect=ctx.engine.dialect, compile_kwargs={"literal_binds": True}))
    with ctx.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        conn.execute(text("SET enable_sort = off"))
        plan = [row[0] for row in conn.execute(text(f"EXPLAIN {sql}"))]
        conn.rollback()
    limits = [i for i, line in enumerate(plan) if "Limit" in line]
    inner = plan[limits[-1] + 1].strip() if limits else ""
    # On a handful of rows the planner may equally walk the all-open deadline index (its order is the
    # same, filtered by worker or team); what matters is that an index gives the order, not a Sort.
    assert (index in inner or "ix_referral_open_due" in inner) and "Sort" not in inner, "\n".join(plan)


def test_explain_of_the_count_uses_an_index_too(ctx, world, cases, engine_name):
    plan = caseload.explain(ctx, world.caseworker, CaseloadQuery(scope="mine"), count_query=True)
    if engine_name == "sqlite":
        assert "ix_referral_open_worker_due" in plan or "ix_referral_assigned_closed" in plan, plan
    else:
        assert "Aggregate" in plan


# --- name search: the lower-cased name indexes (revision 0006) -------------------------------------

def test_the_lower_case_name_indexes_exist_on_the_expressions_search_uses(ctx, engine_name):
    with ctx.engine.connect() as conn:
        if engine_name == "sqlite":
            found = dict(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                           "AND name LIKE 'ix_person_%_lower'")).all())
            assert "lower(given_name)" in found["ix_person_given_lower"].replace(" ", "")
            assert "lower(family_name)" in found["ix_person_family_lower"].replace(" ", "")
        else:
            found = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes "
                                           "WHERE indexname LIKE 'ix_person_%_lower'")).all())
            assert "lower((given_name)::text) text_pattern_ops" in found["ix_person_given_lower"]
            assert "lower((family_name)::text) text_pattern_ops" in found["ix_person_family_lower"]


@pytest.mark.parametrize("search", ["sam", "sam jon", "jones s"])
def test_name_search_finds_people_through_the_lower_case_name_indexes(ctx, world, cases, engine_name, search):
    query = CaseloadQuery(scope="all", open_only=False, search=search)
    if engine_name == "sqlite":
        # SQLite: the people from the FTS5 name index (revision 0014), then their referrals by index.
        for plan in (caseload.explain(ctx, world.manager, query, count_query=True),
                     "\n".join(_inner_plan_sqlite(caseload.explain(ctx, world.manager, query, 0, 100)))):
            assert "person_name_fts VIRTUAL TABLE" in plan and "SEARCH referral USING" in plan, plan
            assert "SCAN referral" not in plan and "SCAN person " not in plan, plan
        # Open referrals only (the caseload's default): from the covering index of open referrals.
        open_query = CaseloadQuery(scope="all", search=search)
        for plan in (caseload.explain(ctx, world.manager, open_query, count_query=True),
                     "\n".join(_inner_plan_sqlite(caseload.explain(ctx, world.manager, open_query, 0, 100)))):
            assert "person_name_fts VIRTUAL TABLE" in plan, plan
            assert "SEARCH referral USING COVERING INDEX ix_referral_open_person" in plan, plan
    else:
        statement = caseload.page_statement(ctx, world.manager, query, 0, 100)
        sql = str(statement.compile(dialect=ctx.engine.dialect, compile_kwargs={"literal_binds": True}))
        with ctx.engine.connect() as conn:
            # Without whole-table reads of either kind the plan must find the people by the name
            # indexes. (Plain index scans are off too: with statistics left by earlier tests, which
            # name everyone Sam, reading the whole person table along its primary key looked cheaper.)
            conn.execute(text("SET enable_seqscan = off"))
            conn.execute(text("SET enable_indexscan = off"))
            plan = "\n".join(row[0] for row in conn.execute(text(f"EXPLAIN {sql}")))
            conn.rollback()
        assert "ix_person_given_lower" in plan and "ix_person_family_lower" in plan, plan
    # ... and the rows are still the right ones.
    expected = {"sam": {cases.sam, cases.samira, cases.jon}, "sam jon": {cases.sam, cases.jon},
                "jones s": {cases.sam}}[search]
    assert set(ids(ctx, world.manager, query)) == expected


# --- paging by ids: orders no index gives ------------------------------------------------------------

@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", caseload.SORT_KEYS)
def test_ordered_ids_are_the_order_the_pages_give(ctx, world, cases, sort, descending):
    query = CaseloadQuery(scope="all", open_only=False, sort=sort, descending=descending)
    paged = [row.id for row in caseload.page(ctx, world.manager, query, 0, 1000)]
    assert list(caseload.ordered_ids(ctx, world.manager, query)) == paged
    # ... and rows() gives those referrals back in that order, whatever slice is asked for.
    assert [r.id for r in caseload.rows(ctx, world.manager, query, paged[2:5])] == paged[2:5]
    assert caseload.rows(ctx, world.manager, query, paged[2:5]) == caseload.page(ctx, world.manager, query, 2, 3)


def test_rows_by_id_leave_out_referrals_outside_the_actors_scope(ctx, world, cases):
    everything = caseload.ordered_ids(ctx, world.manager, CaseloadQuery(scope="all", open_only=False, sort="name"))
    mine = CaseloadQuery(scope="mine", open_only=False, sort="name")
    shown = {r.id for r in caseload.rows(ctx, world.caseworker, mine, everything)}
    assert shown == set(caseload.ordered_ids(ctx, world.caseworker, mine))
    assert cases.kieran not in shown and cases.jon not in shown


def test_rows_by_id_keep_a_referral_that_stopped_matching_the_filter(ctx, world, cases):
    query = CaseloadQuery(scope="all", sort="name")  # open only
    ids = caseload.ordered_ids(ctx, world.manager, query)
    referrals.close_referral(ctx, world.team_lead, cases.sam, "completed")
    rows = caseload.rows(ctx, world.manager, query, ids)
    assert [r.id for r in rows] == list(ids)
    assert next(r for r in rows if r.id == cases.sam).closed_at is not None


def test_rows_by_id_refuse_more_than_a_page(ctx, world):
    with pytest.raises(ValidationError):
        caseload.rows(ctx, world.manager, CaseloadQuery(scope="all"), list(range(1, caseload.MAX_PAGE + 2)))


@pytest.mark.parametrize("sort, search, wanted", [
    ("next_deadline", "", False), ("next_deadline", "  ", False), ("next_deadline", "sam", True),
    ("name", "sam", True), ("name", "", True), ("received", "  ", True), ("assigned", "", True)])
def test_only_orders_no_index_gives_and_searches_are_paged_by_ids(sort, search, wanted):
    assert caseload.wants_id_list(CaseloadQuery(sort=sort, search=search)) is wanted


def test_rows_by_id_carry_the_risk_flags_a_page_shows(ctx, world, cases):
    from casework.services import referrals, risk

    person_id = referrals.get_referral(ctx, world.caseworker, cases.sam).person.id
    risk.set_flag(ctx, world.caseworker, person_id, "weapon_carrying", "knife found")
    query = CaseloadQuery(scope="all", open_only=False, search="sam")
    paged = caseload.page(ctx, world.manager, query, 0, 100)
    by_id = caseload.rows(ctx, world.manager, query, [r.id for r in paged])
    assert by_id == paged
    (sam,) = [r for r in by_id if r.id == cases.sam]
    assert sam.risk_flags == ("Weapon carrying",)


def test_a_statement_kept_for_one_user_never_serves_another(ctx, world, cases):
    """Statements are kept per actor and query shape (Context.statements): the same query asked by
    two users, one after the other, gives each their own scope."""
    nav = directory.authenticate(ctx, "nav", PASSWORD)
    for query in (CaseloadQuery(scope="mine"), CaseloadQuery(scope="mine", search="s"),
                  CaseloadQuery(scope="mine", sort="name"), CaseloadQuery(scope="team")):
        casey_rows = {r.id for r in caseload.page(ctx, world.caseworker, query, 0, 100)}
        nav_rows = {r.id for r in caseload.page(ctx, nav, query, 0, 100)}
        assert casey_rows and not casey_rows & nav_rows, query
        assert {r.id for r in caseload.page(ctx, world.caseworker, query, 0, 100)} == casey_rows
        ids = caseload.ordered_ids(ctx, nav, query)
        assert set(ids) == nav_rows and caseload.count(ctx, nav, query) == len(nav_rows)
        assert {r.id for r in caseload.rows(ctx, nav, query, list(casey_rows))} <= nav_rows | {
            r.id for r in caseload.page(ctx, nav, CaseloadQuery(scope="team"), 0, 100)}


# --- a keystroke of a search: its first matches only (ordered_ids with a limit) -------------------

SEARCHES = ("s", "sam j", "b", "zz", "Sa", "ffïon", "9434765919", "S B", "j s", "x")


@pytest.mark.parametrize("walk_from", [1, 10**9], ids=["walked", "looked-up"])
def test_the_first_ids_of_a_search_are_the_first_of_its_whole_list(ctx, world, cases, monkeypatch, walk_from,
                                                                   engine_name):
    """Walked in deadline order (many people found: testing the people found, or for single letters
    the initials on the index) or looked up person by person (few), a search's first ``limit`` ids
    are exactly the first ``limit`` of its whole ordered list, in every scope."""
    monkeypatch.setattr(caseload, "WALK_FROM_PEOPLE", walk_from)
    monkeypatch.setattr(caseload, "WALK_INITIALS_FROM", walk_from)
    monkeypatch.setattr(caseload, "WALK_FROM_PEOPLE_POSTGRESQL", walk_from)
    for i in range(6):  # a few more people and deadlines, so that orders and ties are exercised
        _act_now(ctx, world.team_lead, f"Sasha{i}", f"Bell{i}", 5 * i, dob=date(2010, 1, 1 + i))
    for actor, scope in ((world.manager, "all"), (world.manager, "team"), (world.team_lead, "team"),
                         (world.caseworker, "mine")):
        for search in SEARCHES:
            for open_only in (True, False) if scope == "all" else (True,):
                query = CaseloadQuery(scope=scope, team_id=world.caseworker.team_id if scope == "team" else None,
                                      search=search, open_only=open_only)
                whole = list(caseload.ordered_ids(ctx, actor, query))
                assert whole == [r.id for r in caseload.page(ctx, actor, query, 0, 100)], (scope, search)
                for limit in (1, 3, len(whole) + 1):
                    assert list(caseload.ordered_ids(ctx, actor, query, limit=limit)) == whole[:limit], \
                        (scope, search, open_only, limit)


def test_a_search_for_many_people_walks_the_deadline_index_in_order(ctx, world, cases, monkeypatch, engine_name):
    """The walk needs no sort: the open referrals come off the partial deadline index (which carries
    the person, revision 0016) in order, and the matching people are only a test on each (on
    PostgreSQL a hashed set of them, read from the covering name indexes of 0018)."""
    monkeypatch.setattr(caseload, "WALK_FROM_PEOPLE", 1)
    monkeypatch.setattr(caseload, "WALK_INITIALS_FROM", 1)
    monkeypatch.setattr(caseload, "WALK_FROM_PEOPLE_POSTGRESQL", 1)
    walks = (("sa", "people"), ("s", "initials"), ("j s", "initials")) if engine_name == "sqlite" else \
        (("sa", "people"), ("s", "people"))
    for search, walk in walks:
        for actor, query, index in (
                (world.manager, CaseloadQuery(scope="all", search=search), "ix_referral_open_due"),
                (world.team_lead, CaseloadQuery(scope="team", search=search), "ix_referral_open_team_due"),
                (world.caseworker, CaseloadQuery(scope="mine", search=search), "ix_referral_open_worker_due")):
            assert caseload._walks(ctx, caseload._pinned(ctx, query)) == walk
            statement = caseload._ids_statement(ctx, actor, caseload._pinned(ctx, query), 1001, walk)
            compiled = statement.compile(dialect=ctx.engine.dialect, compile_kwargs={"literal_binds": True})
            with ctx.read() as s:
                if engine_name == "sqlite":
                    plan = "\n".join(str(r[-1]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
                    assert index in plan and "TEMP B-TREE" not in plan, plan
                    if walk == "initials":
                        # The initials are on the index entry: no set of people is read first.
                        assert "person_name_fts" not in plan and "SUBQUERY" not in plan, plan
                    continue
                # A few test rows are quicker read whole or sorted; with those plans priced out, what
                # is left shows the statement can be walked in order (the plan it gets at a million).
                for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
                    s.execute(text(f"SET LOCAL {setting} = off"))
                plan = "\n".join(str(r[0]) for r in s.execute(text(f"EXPLAIN {compiled}")))
                assert index in plan and "hashed SubPlan" in plan and "Sort" not in plan, plan
                assert "Index Only Scan using ix_person_given_lower" in plan, plan
                assert "Index Only Scan using ix_person_family_lower" in plan, plan
    # Few people found: looked up one by one (the open referrals of each person), then sorted.
    monkeypatch.setattr(caseload, "WALK_FROM_PEOPLE", 10**9)
    monkeypatch.setattr(caseload, "WALK_INITIALS_FROM", 10**9)
    monkeypatch.setattr(caseload, "WALK_FROM_PEOPLE_POSTGRESQL", 10**9)
    assert caseload._walks(ctx, caseload._pinned(ctx, CaseloadQuery(scope="all", search="s"))) is None
    # Only a search of one name word is walked on PostgreSQL; on SQLite, words the FTS5 index answers.
    for setting in ("WALK_FROM_PEOPLE", "WALK_INITIALS_FROM", "WALK_FROM_PEOPLE_POSTGRESQL"):
        monkeypatch.setattr(caseload, setting, 1)
    assert caseload._walks(ctx, caseload._pinned(ctx, CaseloadQuery(scope="all", search="sam jo"))) == \
        ("people" if engine_name == "sqlite" else None)
    assert caseload._walks(ctx, caseload._pinned(ctx, CaseloadQuery(scope="all", search="9434765919"))) is None


def test_a_limit_is_a_whole_number(ctx, world, cases):
    for bad in (0, -1, True, 1.5, "10"):
        with pytest.raises(ValidationError) as caught:
            caseload.ordered_ids(ctx, world.manager, CaseloadQuery(scope="all", search="s"), limit=bad)
        assert caught.value.field == "limit"


def test_rows_made_from_the_drivers_tuples_are_whole_caseload_rows(ctx, world, cases):
    """Pages are made straight from the driver's rows: every field is there, typed as the model says."""
    from dataclasses import asdict, fields

    page = caseload.page(ctx, world.manager, CaseloadQuery(scope="all", open_only=False), 0, 100)
    assert page
    for row in page:
        assert replace(row) == row and hash(replace(row)) == hash(row)  # every field, by its own name
        assert set(asdict(row)) == {f.name for f in fields(row)}
        assert isinstance(row.date_of_birth, date) and not isinstance(row.date_of_birth, datetime)
        for instant in (row.received_at, row.closed_at, row.next_due_at, row.next_warn_at):
            assert instant is None or instant.utcoffset() == timedelta(0)
        assert isinstance(row.risk_flags, tuple)
