"""Demo data: realistic, valid against the pathway files, deterministic, and safe to load twice."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casework import demo, identifiers
from casework.errors import NotPermitted, ValidationError
from casework.pathways import CLOSED_STAGE, PathwayRegistry
from casework.services import directory, referrals
from casework.services.context import Context
from casework.services.people import GENDERS
from casework.store.models import (
    Attendance,
    AuditEntry,
    Contact,
    Event,
    FollowUp,
    Intervention,
    InterventionSession,
    Person,
    ProgrammeSession,
    Referral,
    Site,
    Team,
    User,
)
from casework.timeutil import age_on, to_local

from .factories import young_person

SIZE = 300
SEED = 7


@pytest.fixture
def loaded(ctx, admin) -> demo.DemoResult:
    return demo.generate(ctx, admin, SIZE, SEED)


def table_rows(ctx, model) -> list[tuple]:
    table = model.__table__
    with ctx.read() as s:
        return [tuple(row) for row in s.execute(select(table).order_by(table.c.id))]


def referrals_with_events(ctx) -> list[tuple[Referral, Person, list[Event]]]:
    with ctx.read() as s:
        people = {p.id: p for p in s.scalars(select(Person))}
        events: dict[int, list[Event]] = defaultdict(list)
        for event in s.scalars(select(Event).order_by(Event.occurred_at, Event.id)):
            events[event.referral_id].append(event)
        return [(r, people[r.person_id], events[r.id]) for r in s.scalars(select(Referral).order_by(Referral.id))]


def count(ctx, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- permission and input --------------------------------------------------------------------

def test_only_an_administrator_may_load_demo_data(ctx, admin, loaded):
    caseworker = directory.authenticate(ctx, "priya.shah", loaded.password)
    with pytest.raises(NotPermitted):
        demo.generate(ctx, caseworker, 10, 1)


@pytest.mark.parametrize("bad", [-1, True, 2.5])
def test_the_number_of_referrals_must_be_a_whole_number_not_below_zero(ctx, admin, bad):
    with pytest.raises(ValidationError) as excinfo:
        demo.generate(ctx, admin, bad, 1)
    assert excinfo.value.field == "referrals"


def test_a_pathway_file_the_generator_no_longer_fits_is_refused_before_anything_is_written(ctx, admin):
    act_now = ctx.pathways.get("act_now")
    without_mash = replace(act_now, event_kinds=tuple(k for k in act_now.event_kinds if k.id != "mash_referral_sent"))
    ctx.pathways = PathwayRegistry({**{p.id: p for p in ctx.pathways}, "act_now": without_mash})
    with pytest.raises(ValidationError) as excinfo:
        demo.generate(ctx, admin, 10, 1)
    assert excinfo.value.rule == "demo_incompatible"
    assert count(ctx, Team) == 0 and count(ctx, Referral) == 0


# --- what is loaded ---------------------------------------------------------------------------

def test_load_reports_counts_users_and_one_password(ctx, loaded):
    assert loaded.counts["referrals"] == SIZE == count(ctx, Referral)
    assert loaded.counts["events"] == count(ctx, Event)
    assert loaded.counts["people"] == count(ctx, Person)
    assert loaded.counts["contacts"] == count(ctx, Contact)
    assert loaded.counts["open"] + loaded.counts["closed"] == SIZE
    assert loaded.counts["open"] > 0 and loaded.counts["closed"] > 0
    roles = Counter(role for _username, role, _team in loaded.users)
    assert roles["caseworker"] >= 6 and roles["team_lead"] == len(demo.TEAMS) and roles["manager"] >= 1
    assert "admin" not in roles
    for username, role, team in loaded.users:
        assert (team is None) == (role == "manager")
    # Every demo user signs in with the one printed password.
    for username, _role, _team in loaded.users[:3]:
        directory.authenticate(ctx, username, loaded.password)


def test_one_audit_entry_records_the_whole_load(ctx, admin, loaded):
    with ctx.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_load")).all()
    assert len(entries) == 1
    (entry,) = entries
    assert entry.user_id == admin.user_id
    assert entry.details["after"]["referrals"] == SIZE
    assert entry.details["after"]["seed"] == SEED
    assert "priya.shah" in entry.details["after"]["users_created"]
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action != "demo_load", AuditEntry.user_id == admin.user_id)) == 0


def test_sites_teams_and_users_are_the_programmes_own(ctx, loaded):
    with ctx.read() as s:
        sites = {site.code: site for site in s.scalars(select(Site))}
        teams = set(s.scalars(select(Team.name)))
    assert sites["mk-custody"].local_authority == "Milton Keynes"
    assert sites["slough-custody"].kind.value == "custody_suite"
    assert sites["lgi-ed"].kind.value == "hospital_ed" and sites["bri-ed"].local_authority == "Bradford"
    welsh = {site.local_authority for site in sites.values() if site.nation.value == "wales"}
    assert welsh == {"Carmarthenshire", "Ceredigion", "Pembrokeshire", "Powys"}
    assert {"YOT Milton Keynes", "YOT Slough", "INTACT Dyfed-Powys", "Leeds A&E Navigators",
            "Bradford A&E Navigators"} <= teams


def test_referrals_come_from_their_pathways_sites_and_teams(ctx, loaded):
    with ctx.read() as s:
        rows = s.execute(select(Referral.pathway, Referral.source, Site.kind, Site.nation, Team.name,
                                User.team_id == Referral.team_id)
                         .join(Site, Site.id == Referral.site_id).join(Team, Team.id == Referral.team_id)
                         .join(User, User.id == Referral.assigned_user_id)).all()
    expected = {"act_now": ("custody", "custody_suite", "YOT"), "intact": ("marf", "office", "INTACT"),
                "ae_navigator": ("emergency_department", "hospital_ed", "A&E Navigators")}
    for pathway, source, kind, nation, team, worker_in_team in rows:
        want_source, want_kind, team_word = expected[pathway]
        assert (source, kind.value) == (want_source, want_kind)
        assert team_word in team
        assert (nation.value == "wales") == (pathway == "intact")
        assert worker_in_team
    assert set(Counter(r[0] for r in rows)) == set(expected)


def test_every_event_is_a_kind_of_its_pathway_with_details_that_validate(ctx, loaded):
    for referral, _person, events in referrals_with_events(ctx):
        pathway = ctx.pathways.get(referral.pathway)
        for event in events:
            kind = pathway.event_kind(event.kind)
            assert kind is not None, (referral.pathway, event.kind)
            assert kind.validate_details(event.details) == event.details, (event.kind, event.details)


def test_histories_start_at_receipt_and_nothing_happens_in_the_future(ctx, clock, loaded):
    now = clock.now()
    for referral, _person, events in referrals_with_events(ctx):
        pathway = ctx.pathways.get(referral.pathway)
        assert referral.received_at <= now
        assert now - referral.received_at <= timedelta(days=demo.HISTORY_DAYS + 1)
        assert [e.kind for e in events[:2]] == [pathway.first_event[referral.source], "assigned"]
        assert events[0].occurred_at == events[1].occurred_at == referral.received_at
        for event in events:
            assert referral.received_at <= event.occurred_at <= event.recorded_at <= now
            assert event.recorded_at - event.occurred_at < timedelta(days=3)
        assert referral.created_at == events[0].recorded_at
        assert referral.updated_at == max(e.recorded_at for e in events)
        assert referral.version == 1


def test_events_are_recorded_by_the_worker_assigned_at_the_time(ctx, loaded):
    with ctx.read() as s:
        users = {u.id: u for u in s.scalars(select(User))}
    for referral, _person, events in referrals_with_events(ctx):
        # The first event and the assignment are recorded together at receipt.
        worker = events[1].details["to_user"]
        for index, event in enumerate(events):
            if event.kind == "assigned":
                if index > 1:
                    assert event.details["from_user"] == worker
                    assert users[event.recorded_by_id].role.value == "team_lead"
                worker = event.details["to_user"]
                assert users[event.recorded_by_id].team_id == referral.team_id
            else:
                assert users[event.recorded_by_id].username == worker
        assert users[referral.assigned_user_id].username == worker


def test_ages_fit_the_pathway_on_the_day_of_referral(ctx, loaded):
    for referral, person, _events in referrals_with_events(ctx):
        pathway = ctx.pathways.get(referral.pathway)
        age = age_on(person.date_of_birth, to_local(referral.received_at).date())
        assert pathway.age_min <= age <= pathway.age_max, (referral.pathway, age)


def test_stages_follow_the_pathways_allowed_moves(ctx, loaded):
    for referral, _person, events in referrals_with_events(ctx):
        pathway = ctx.pathways.get(referral.pathway)
        stage = pathway.initial_stage
        for event in events:
            if event.kind == "stage_moved":
                assert event.details["from_stage"] == stage
                assert event.details["to_stage"] in pathway.allowed_moves(stage)
                stage = event.details["to_stage"]
        if referral.closed_at is None:
            assert referral.stage == stage
            assert referral.outcome is None
            assert "closed" not in [e.kind for e in events]
        else:
            assert referral.stage == CLOSED_STAGE
            assert events[-1].kind == "closed"
            assert events[-1].occurred_at == referral.closed_at
            assert referral.outcome == events[-1].details["outcome"]
            assert referral.outcome in pathway.outcomes


def test_out_of_area_young_people_seen_in_custody_are_referred_to_their_mash(ctx, clock, loaded):
    act_now = ctx.pathways.get("act_now")
    checked = 0
    for referral, person, events in referrals_with_events(ctx):
        if referral.pathway != "act_now" or clock.now() - referral.received_at < timedelta(days=2):
            continue
        mash = [e for e in events if e.kind == "mash_referral_sent"]
        if person.home_local_authority in act_now.service_area:
            assert not mash
            continue
        checked += 1
        assert len(mash) == 1
        assert mash[0].details["mash"] == person.home_local_authority
        # The YOT still meets the parents or carers before handing over to the home authority.
        if clock.now() - referral.received_at > timedelta(days=6):
            assert "parent_meeting_held" in [e.kind for e in events]
    assert checked > 0


def test_the_act_now_flow_keeps_mostly_to_its_deadlines(ctx, loaded):
    attended, met, releases = [], [], 0
    for referral, _person, events in referrals_with_events(ctx):
        if referral.pathway != "act_now":
            continue
        at = {e.kind: e.occurred_at for e in reversed(events)}
        if "custody_attended" in at:
            attended.append(at["custody_attended"] - at["custody_notified"])
            assert timedelta(minutes=20) <= attended[-1] <= timedelta(hours=6)
        if "released_from_custody" in at and "parent_meeting_held" in at:
            met.append(at["parent_meeting_held"] - at["released_from_custody"])
            assert met[-1] > timedelta(0)
    assert sum(a <= timedelta(minutes=90) for a in attended) / len(attended) > 0.7
    assert sum(m <= timedelta(hours=48) for m in met) / len(met) > 0.7


def test_intact_triage_comes_within_working_days_and_leads_to_sessions(ctx, loaded):
    kinds = Counter()
    for referral, _person, events in referrals_with_events(ctx):
        if referral.pathway != "intact":
            continue
        kinds.update(e.kind for e in events)
        triage = next((e for e in events if e.kind == "triage_decision"), None)
        if triage is not None:
            assert triage.occurred_at - referral.received_at <= timedelta(days=14)
            assert to_local(triage.occurred_at).weekday() < 5
            assert triage.details["threshold_met"] == (triage.details["destination"] == "intact_team")
        for event in events:
            if event.kind == "intervention_chosen" and event.details["type"] == "group":
                assert event.details["programme"] in demo.GROUP_PROGRAMMES
    assert kinds["session_attended"] > kinds["session_missed"] > 0


def test_ed_attendances_carry_injury_issues_and_history(ctx, loaded):
    seen = 0
    for referral, _person, events in referrals_with_events(ctx):
        if referral.pathway != "ae_navigator":
            continue
        seen += 1
        first = events[0]
        assert first.details["presenting_issues"]
        assert isinstance(first.details["known_to_services"], bool)
        assert first.details["previous_attendances"] >= 0
        kinds = [e.kind for e in events]
        assert not ("engaged_in_ed" in kinds and "declined" in kinds)
    assert seen > 0


def test_people_carry_valid_identifiers_postcodes_and_contacts(ctx, loaded):
    with ctx.read() as s:
        people = s.scalars(select(Person)).all()
        contacts = s.scalars(select(Contact)).all()
    assert sum(p.nhs_number is not None for p in people) > 0
    assert sum(p.pnc_id is not None for p in people) > 0
    for person in people:
        if person.nhs_number:
            assert identifiers.nhs_number(person.nhs_number) == person.nhs_number
            assert person.nhs_number.startswith("999")  # the NHS test range
        if person.pnc_id:
            assert identifiers.pnc_id(person.pnc_id) == person.pnc_id
        if person.postcode:
            assert identifiers.postcode(person.postcode) == person.postcode
            districts = demo.POSTCODE_DISTRICTS[person.home_local_authority]
            assert person.postcode.split()[0] in districts
        assert person.gender in GENDERS
        assert person.date_of_birth < date(2026, 1, 1)
    assert len({p.nhs_number for p in people if p.nhs_number}) == sum(1 for p in people if p.nhs_number)
    assert len({p.pnc_id for p in people if p.pnc_id}) == sum(1 for p in people if p.pnc_id)
    for contact in contacts:
        assert contact.relation
        if contact.phone:
            assert identifiers.phone(contact.phone) == contact.phone
            assert "07700 900000" <= contact.phone <= "07700 900999"
    assert any(c.is_parent_carer for c in contacts) and any(not c.is_parent_carer for c in contacts)


def test_welsh_names_for_dyfed_powys_and_out_of_area_homes_for_act_now(ctx, loaded):
    welsh_given = set(demo.NAMES["welsh"].male + demo.NAMES["welsh"].female)
    intact_given, act_now_homes = [], []
    for referral, person, _events in referrals_with_events(ctx):
        if referral.pathway == "intact":
            intact_given.append(person.given_name)
            assert person.home_local_authority in ctx.pathways.get("intact").service_area
        elif referral.pathway == "act_now":
            act_now_homes.append(person.home_local_authority)
    assert sum(name in welsh_given for name in intact_given) / len(intact_given) > 0.4
    away = sum(home not in ctx.pathways.get("act_now").service_area for home in act_now_homes)
    assert 0.05 < away / len(act_now_homes) < 0.35


def test_some_people_have_more_than_one_referral_across_pathways(ctx, loaded):
    by_person: dict[int, list[str]] = defaultdict(list)
    for referral, person, _events in referrals_with_events(ctx):
        by_person[person.id].append(referral.pathway)
    repeat = [pathways for pathways in by_person.values() if len(pathways) > 1]
    assert 0.04 < len(repeat) / len(by_person) < 0.2
    assert any(len(set(pathways)) > 1 for pathways in repeat)


def test_received_times_span_two_years_weighted_to_recent_months(ctx, clock, loaded):
    with ctx.read() as s:
        received = s.scalars(select(Referral.received_at)).all()
    recent = sum(clock.now() - r <= timedelta(days=365) for r in received)
    assert recent > len(received) - recent
    assert min(received) < clock.now() - timedelta(days=500)


# --- determinism and loading again ----------------------------------------------------------------

def test_the_same_seed_and_clock_give_the_same_rows(ctx, admin, clock, empty_db_url, loaded):
    other = Context.open(empty_db_url, clock=clock)
    try:
        directory.create_first_admin(other, "admin", "correct-horse-battery", "Ada Admin")
        other_admin = directory.authenticate(other, "admin", "correct-horse-battery")
        again = demo.generate(other, other_admin, SIZE, SEED)
        assert again.counts == loaded.counts
        assert again.users == loaded.users
        for model in (Site, Team, Person, Contact, Referral, Event):
            assert table_rows(other, model) == table_rows(ctx, model), model.__name__
    finally:
        other.close()


def test_another_seed_gives_other_data(ctx, admin, empty_db_url, clock, loaded):
    other = Context.open(empty_db_url, clock=clock)
    try:
        directory.create_first_admin(other, "admin", "correct-horse-battery", "Ada Admin")
        demo.generate(other, directory.authenticate(other, "admin", "correct-horse-battery"), SIZE, SEED + 1)
        assert table_rows(other, Person) != table_rows(ctx, Person)
    finally:
        other.close()


def test_loading_twice_adds_data_and_reuses_sites_teams_and_users(ctx, admin, loaded):
    sites, teams, users = count(ctx, Site), count(ctx, Team), count(ctx, User)
    second = demo.generate(ctx, admin, 120, SEED + 1)
    assert (count(ctx, Site), count(ctx, Team), count(ctx, User)) == (sites, teams, users)
    assert second.users == loaded.users
    assert count(ctx, Referral) == SIZE + 120
    assert count(ctx, Event) == loaded.counts["events"] + second.counts["events"]
    with ctx.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_load").order_by(AuditEntry.id)).all()
        nhs = s.scalars(select(Person.nhs_number).where(Person.nhs_number.is_not(None))).all()
    assert [e.details["after"]["users_created"] == [] for e in entries] == [False, True]
    assert len(nhs) == len(set(nhs))


def test_the_services_create_records_after_a_load(ctx, admin, loaded):
    # GIVEN a demo load that wrote its own ids (on PostgreSQL the sequences must have been moved on)
    caseworker = directory.authenticate(ctx, "priya.shah", loaded.password)
    with ctx.read() as s:
        top = {model: s.scalar(select(func.max(model.id))) for model in (Person, Referral, Event, Contact)}
    # WHEN a referral is created through the services
    detail = referrals.create_referral(ctx, caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(), site="mk-custody", team="YOT Milton Keynes",
        assigned_to="priya.shah"))
    # THEN it gets fresh ids above the generated ones
    assert detail.id > top[Referral]
    assert detail.person.id > top[Person]
    assert min(e.id for e in detail.events) > top[Event]
    assert detail.person.contacts[0].id > top[Contact]


def _demo_manager(ctx, loaded):
    """The demo's manager: who reads every referral (the administrator reads none)."""
    (name,) = [u for u, role, _team in loaded.users if role == "manager"]
    return directory.authenticate(ctx, name, loaded.password)


def test_the_services_read_generated_referrals(ctx, admin, loaded):
    with pytest.raises(NotPermitted):
        referrals.list_referrals(ctx, admin, limit=50)
    admin = _demo_manager(ctx, loaded)
    listed = referrals.list_referrals(ctx, admin, limit=50)
    assert len(listed) == 50
    assert listed[0].received_at >= listed[-1].received_at
    open_ones = referrals.list_referrals(ctx, admin, open_only=True)
    assert len(open_ones) == loaded.counts["open"]
    for summary in listed[:10]:
        detail = referrals.get_referral(ctx, admin, summary.id)
        assert detail.person.full_name == summary.person_name
        assert detail.events and detail.events[0].recorded_by == detail.events[1].details["to_user"]
        assert detail.allowed_moves == ([] if detail.closed_at else
                                        list(ctx.pathways.get(detail.pathway).allowed_moves(detail.stage)))


def test_a_generated_open_referral_can_be_worked_on(ctx, admin, loaded):
    admin = _demo_manager(ctx, loaded)
    (summary,) = referrals.list_referrals(ctx, admin, open_only=True, pathway="act_now", limit=1)
    detail = referrals.get_referral(ctx, admin, summary.id)
    worker = directory.authenticate(ctx, detail.assigned_to, loaded.password)
    if detail.allowed_moves:
        moved = referrals.move_stage(ctx, worker, detail.id, detail.allowed_moves[0], expected_version=1)
        assert moved.stage == detail.allowed_moves[0]
    closed = referrals.close_referral(ctx, worker, detail.id, "completed")
    assert closed.stage == CLOSED_STAGE


# --- progress, chunks and failures ------------------------------------------------------------------

def test_progress_is_reported_after_every_chunk(ctx, admin, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK_REFERRALS", 40)
    calls = []
    demo.generate(ctx, admin, 100, SEED, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(40, 100), (80, 100), (100, 100)]


def test_chunk_size_does_not_change_the_data(ctx, admin, clock, empty_db_url, monkeypatch):
    demo.generate(ctx, admin, 150, SEED)
    monkeypatch.setattr(demo, "CHUNK_REFERRALS", 17)
    other = Context.open(empty_db_url, clock=clock)
    try:
        directory.create_first_admin(other, "admin", "correct-horse-battery", "Ada Admin")
        demo.generate(other, directory.authenticate(other, "admin", "correct-horse-battery"), 150, SEED)
        for model in (Person, Contact, Referral, Event, Intervention, InterventionSession, ProgrammeSession, Attendance,
                      FollowUp):
            assert table_rows(other, model) == table_rows(ctx, model), model.__name__
    finally:
        other.close()


def test_a_failed_write_stops_the_load_and_audits_what_was_committed(ctx, admin, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK_REFERRALS", 30)
    calls = {"n": 0}
    real_insert = demo._Inserter.insert

    def failing_insert(self, session, rows):
        if self.name == "referral":
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("disk full")
        real_insert(self, session, rows)

    monkeypatch.setattr(demo._Inserter, "insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        demo.generate(ctx, admin, 100, SEED)
    assert count(ctx, Referral) == 30
    with ctx.read() as s:
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_load")).all()
    assert entry.details["after"]["incomplete"] is True
    assert entry.details["after"]["referrals"] == 30


def test_an_empty_load_still_creates_the_reference_data(ctx, admin):
    result = demo.generate(ctx, admin, 0, SEED)
    assert result.counts["referrals"] == 0
    assert count(ctx, Team) == len(demo.TEAMS)
    assert count(ctx, Referral) == 0


def test_rows_go_to_the_driver_directly_on_both_engines(ctx, engine_name):
    inserters = [demo._Inserter(ctx.engine.dialect, name, model) for name, model in demo._TABLES]
    if engine_name == "sqlite":
        assert all(i.sql is not None for i in inserters)
    else:
        assert all(i.copy is not None for i in inserters)


def test_the_driver_level_path_stores_what_sqlalchemy_core_would(ctx, admin, clock, empty_db_url, engine_name,
                                                                 monkeypatch):
    # GIVEN one load through the driver-level path (checking SQLite's conversions on every batch)
    checked = []
    real = demo._Inserter._fast_rows

    def spy(self, rows):
        result = real(self, rows)
        checked.append((self.name, result is not None))
        return result

    monkeypatch.setattr(demo._Inserter, "_fast_rows", spy)
    demo.generate(ctx, admin, 80, SEED)
    if engine_name == "sqlite":
        assert sorted(checked) == [("attendance", True), ("breach", True), ("contact", True), ("event", True),
                                   ("follow_up", True), ("intervention", True), ("intervention_session", True),
                                   ("person", True), ("programme_session", True), ("referral", True),
                                   ("sla_timer", True)]
    # WHEN the same load goes through plain SQLAlchemy Core insert(Model) executemany
    real_init = demo._Inserter.__init__

    def core_only(self, *args):
        real_init(self, *args)
        self.sql = self.copy = None

    monkeypatch.setattr(demo._Inserter, "__init__", core_only)
    other = Context.open(empty_db_url, clock=clock)
    try:
        directory.create_first_admin(other, "admin", "correct-horse-battery", "Ada Admin")
        demo.generate(other, directory.authenticate(other, "admin", "correct-horse-battery"), 80, SEED)
        # THEN the stored rows are the same
        for model in (Person, Contact, Referral, Event, Intervention, InterventionSession, ProgrammeSession, Attendance,
                      FollowUp):
            assert table_rows(other, model) == table_rows(ctx, model), model.__name__
    finally:
        other.close()


def test_the_sla_cache_of_demo_data_equals_the_timer_function(ctx, clock, loaded):
    from casework.services import sla as sla_service
    from casework.sla import cache
    from casework.store.models import Breach, SlaTimer

    with ctx.read() as s:
        rows = {(t.referral_id, t.rule_id): t for t in s.scalars(select(SlaTimer))}
        breaches = {b.timer_id: b for b in s.scalars(select(Breach))}
        referrals = s.scalars(select(Referral)).all()
        checked = 0
        for referral in referrals:
            pathway = ctx.pathways.get(referral.pathway)
            facts, nation, events = cache.load_facts(s, pathway, referral)
            timers = cache.compute_all(pathway, facts, nation, events, clock.now())
            for timer in timers:
                row = rows[(referral.id, timer.rule.id)]
                derived, _ = sla_service._state_from_cache(row, clock.now(), timer.rule.calendar.build(nation))
                assert (derived, row.due_at, row.started_at, row.stopped_at) == \
                       (timer.state.value, timer.due_at, timer.started_at, timer.stopped_at)
                late = timer.state.value in ("breached", "met_late")
                assert (row.id in breaches) == late
                checked += 1
            assert (referral.next_due_at, referral.next_warn_at) == cache.next_deadline(timers, referral.closed_at)
    assert checked > 100
    assert any(b.review_state == "accepted" for b in breaches.values())
    assert any(b.review_state == "awaiting_reason" for b in breaches.values())


# --- a fixed number of people (the 1,000,000-referral benchmark shares them: bench/data.py) --------

def test_referrals_can_be_shared_among_a_given_number_of_people(ctx, admin):
    result = demo.generate(ctx, admin, 400, SEED, people=80)
    assert result.counts["referrals"] == count(ctx, Referral) == 400
    assert result.counts["people"] == count(ctx, Person) == 80
    by_person: dict[int, list] = defaultdict(list)
    for referral, person, _events in referrals_with_events(ctx):
        pathway = ctx.pathways.get(referral.pathway)
        age = age_on(person.date_of_birth, to_local(referral.received_at).date())
        assert pathway.age_min <= age <= pathway.age_max, (referral.pathway, age)
        by_person[person.id].append(referral.received_at)
    for times in by_person.values():
        times.sort()
        assert all(b - a >= timedelta(days=21) for a, b in zip(times, times[1:]))
    assert max(len(times) for times in by_person.values()) > 5  # some come back again and again


@pytest.mark.parametrize("people", [0, -3, 11, True, 2.5])
def test_the_number_of_people_is_between_one_and_the_number_of_referrals(ctx, admin, people):
    with pytest.raises(ValidationError) as raised:
        demo.generate(ctx, admin, 10, SEED, people=people)
    assert raised.value.field == "people"
    assert count(ctx, Referral) == 0
