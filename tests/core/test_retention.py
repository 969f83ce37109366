"""Retention: closed referrals past their pathway's period are erased, exactly those, and nothing else moves.

The fixture closes referrals either side of the boundary: on 29 February 2020 (whose sixth
anniversary is 1 March 2026), on the day before and a minute after, one still open, one closed
recently, and an INTACT referral under a pathway file that keeps them only two years.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func, select

from casework.errors import NotPermitted, PathwayFileError
from casework.pathways import DEFAULT_RETENTION_YEARS, load_pathways
from casework.services import audit, referrals, retention, sla
from casework.services.people import ContactInput
from casework.services.retention import retention_ends
from casework.store.models import Alert, AuditEntry, Base, Breach, Contact, Event, Person, Referral, SlaTimer

from .factories import young_person
from .test_pathways import SHIPPED, broken

UTC = timezone.utc


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- the period ---------------------------------------------------------------------------------------

def test_retention_ends_on_the_local_anniversary_and_29_february_waits_for_1_march():
    assert retention_ends(at("2020-02-29 12:00"), 6) == at("2026-03-01 12:00")
    assert retention_ends(at("2020-02-29 12:00"), 4) == at("2024-02-29 12:00")  # a leap year has the day
    assert retention_ends(at("2020-02-28 12:00"), 6) == at("2026-02-28 12:00")


def test_retention_ends_at_the_same_london_wall_clock_time_across_clock_changes():
    # Closed 00:30 BST on 27 October 2019 (23:30 UTC the day before); the sixth anniversary, 27 October
    # 2025, is in GMT: 00:30 local is 00:30 UTC, an hour later than adding six years in UTC would say.
    assert retention_ends(at("2019-10-26 23:30"), 6) == at("2025-10-27 00:30")
    # 01:30 on 29 March 2026 does not exist in London (the clocks go forward at 01:00): moved on with them.
    assert retention_ends(at("2019-03-29 01:30"), 7) == at("2026-03-29 01:30")


def test_pathway_files_set_retention_years_with_a_default():
    registry = load_pathways()
    assert {p.id: p.retention_years for p in registry} == {"act_now": 6, "intact": 6, "ae_navigator": 6}
    assert DEFAULT_RETENTION_YEARS == 6


def test_a_pathway_file_without_retention_years_gets_the_default(tmp_path):
    text = (SHIPPED / "act_now.toml").read_text().replace("retention_years = 6\n", "")
    (tmp_path / "act_now.toml").write_text(text)
    assert load_pathways(tmp_path).get("act_now").retention_years == DEFAULT_RETENTION_YEARS


@pytest.mark.parametrize("new, problem", [
    ("retention_years = 0", "must be from 1 to 100 years after closure, not 0"),
    ("retention_years = 101", "must be from 1 to 100 years after closure, not 101"),
    ('retention_years = "six"', "must be a whole number, not str"),
    ("retention_years = 6.5", "must be a whole number, not float"),
    ("retention_years = true", "must be a whole number"),
])
def test_a_broken_retention_years_names_the_file_key_and_problem(tmp_path, new, problem):
    err = broken(tmp_path, "retention_years = 6", new)
    assert isinstance(err, PathwayFileError)
    assert err.key == "retention_years"
    assert problem in err.problem


# --- the fixture --------------------------------------------------------------------------------------

def _referral(ctx, clock, actor, *, pathway="act_now", received: str, closed: str | None, given: str,
              person_id: int | None = None, breach: bool = False, born: date = date(2005, 8, 9)) -> tuple[int, int]:
    """A referral received and (optionally) closed at the given UTC times, with events and timers."""
    clock.set(at(received))
    source = {"act_now": "custody", "intact": "marf"}[pathway]
    values = dict(pathway=pathway, source=source, team="YOT Milton Keynes", assigned_to="casey")
    if pathway == "act_now":
        values["site"] = "mk-custody"
    if person_id is None:
        values["person"] = young_person(given_name=given, family_name="Fixture", date_of_birth=born,
                                        pnc_id=None, postcode="MK9 3AB",
                                        contacts=(ContactInput(f"{given}'s mother", "mother", "07700 900456", True),))
    else:
        values["person_id"] = person_id
    detail = referrals.create_referral(ctx, actor, referrals.NewReferral(**values, note=f"note about {given}"))
    if pathway == "act_now" and not breach:
        clock.set(at(received) + timedelta(minutes=30))
        referrals.record_event(ctx, actor, detail.id, "custody_attended", details={"outcome_of_visit": "engaged"},
                               note=f"{given} was seen")
    if breach:
        clock.set(at(received) + timedelta(hours=3))
        sla.run_sweep(ctx)
    if closed is not None:
        clock.set(at(closed))
        referrals.close_referral(ctx, actor, detail.id, "completed" if pathway == "act_now" else "completed")
    return detail.person.id, detail.id


@pytest.fixture
def fixture(ctx, world, clock, tmp_path):
    # INTACT keeps closed referrals two years in this area.
    folder = tmp_path / "pathways"
    folder.mkdir()
    text = (SHIPPED / "intact.toml").read_text().replace("retention_years = 6", "retention_years = 2")
    (folder / "intact.toml").write_text(text)
    ctx.pathways = load_pathways(folder)
    casey = world.caseworker
    people: dict[str, int] = {}
    refs: dict[str, int] = {}
    # Ann: one referral, closed on 29 February 2020 at noon (GMT), with a breach and alerts.
    people["ann"], refs["leap"] = _referral(ctx, clock, casey, received="2020-02-10 10:00", closed="2020-02-29 12:00",
                                            given="Annabel", breach=True)
    # Ben: closed the day before (past) and a referral closed in 2022 (kept): not anonymised.
    people["ben"], refs["before"] = _referral(ctx, clock, casey, received="2020-02-03 10:00",
                                              closed="2020-02-28 12:00", given="Benedict")
    _, refs["recent"] = _referral(ctx, clock, casey, received="2022-01-06 10:00", closed="2022-02-01 12:00",
                                  given="Benedict", person_id=people["ben"])
    # Cat: closed a minute after Ann's closure's anniversary instant would allow.
    people["cat"], refs["after"] = _referral(ctx, clock, casey, received="2020-02-10 10:00", closed="2020-03-01 12:01",
                                             given="Catriona")
    # Dan: received in 2019 and still open.
    people["dan"], refs["open"] = _referral(ctx, clock, casey, received="2019-05-07 10:00", closed=None,
                                            given="Daniel")
    # Eve: INTACT, closed 1 March 2024 (two years ago at the run) and INTACT keeps two years here.
    people["eve"], refs["intact"] = _referral(ctx, clock, casey, pathway="intact", received="2024-01-08 10:00",
                                              closed="2024-03-01 11:00", given="Evelyn",
                                              born=date(2010, 8, 9))
    # Fay: INTACT, closed 2 March 2024: still within its two years.
    people["fay"], refs["intact_kept"] = _referral(ctx, clock, casey, pathway="intact", received="2024-01-08 10:00",
                                                   closed="2024-03-02 11:00", given="Fayola",
                                                   born=date(2010, 8, 9))
    clock.set(at("2026-03-01 12:00"))
    return people, refs


def snapshot(ctx) -> dict[str, list]:
    """Every row of every table but the audit trail's (the dry run is audited), in a comparable form."""
    with ctx.read() as s:
        return {t.name: sorted((tuple(repr(v) for v in row) for row in s.execute(select(t))), key=repr)
                for t in Base.metadata.sorted_tables if not t.name.startswith("audit")}


def counts_for(ctx, referral_id: int) -> dict[str, int]:
    with ctx.read() as s:
        return {
            "event": s.scalar(select(func.count()).select_from(Event).where(Event.referral_id == referral_id)),
            "sla_timer": s.scalar(select(func.count()).select_from(SlaTimer).where(SlaTimer.referral_id == referral_id)),
            "alert": s.scalar(select(func.count()).select_from(Alert).where(Alert.referral_id == referral_id)),
            "breach": s.scalar(select(func.count()).select_from(Breach).where(Breach.referral_id == referral_id)),
        }


# --- the run --------------------------------------------------------------------------------------------

def test_retention_erases_exactly_the_referrals_past_their_pathways_period(ctx, world, clock, fixture):
    people, refs = fixture
    assert counts_for(ctx, refs["leap"])["breach"] >= 1 and counts_for(ctx, refs["leap"])["alert"] >= 1
    kept = ("after", "recent", "open", "intact_kept")
    before = {name: counts_for(ctx, refs[name]) for name in kept}

    # One second before the 29 February closure's anniversary instant, it is still kept.
    clock.set(at("2026-03-01 11:59:59"))
    early = retention.run(ctx, world.admin, dry_run=True)
    assert early.referrals == 2  # "before" (28 Feb 2020) and the INTACT one closed 1 Mar 2024 11:00

    clock.set(at("2026-03-01 12:00"))
    result = retention.run(ctx, world.admin)
    assert result.referrals == 3
    assert {p.pathway: p.referrals for p in result.pathways} == {"act_now": 2, "intact": 1, "ae_navigator": 0}
    assert {p.pathway: p.retention_years for p in result.pathways}["intact"] == 2
    assert result.people == 2  # Ann and Eve have nothing left; Ben keeps his 2022 referral

    with ctx.read() as s:
        erased = set(s.scalars(select(Referral.id).where(Referral.erased_at.is_not(None))))
    assert erased == {refs["leap"], refs["before"], refs["intact"]}
    for name in ("leap", "before", "intact"):
        assert counts_for(ctx, refs[name]) == {"event": 0, "sla_timer": 0, "alert": 0, "breach": 0}
    for name in kept:
        assert counts_for(ctx, refs[name]) == before[name]
    assert result.rows["event"] >= 6 and result.rows["sla_timer"] >= 3 and result.rows["contact"] == 2

    with ctx.read() as s:
        ann = s.get(Person, people["ann"])
        assert (ann.given_name, ann.family_name) == ("Erased", "person")
        assert ann.date_of_birth == date(2005, 7, 1)
        assert (ann.gender, ann.postcode, ann.pnc_id, ann.nhs_number) == (None, None, None, None)
        assert ann.home_local_authority == "Milton Keynes"
        assert ann.erased_at == at("2026-03-01 12:00")
        assert s.scalar(select(func.count()).select_from(Contact).where(Contact.person_id == ann.id)) == 0
        ben = s.get(Person, people["ben"])
        assert (ben.given_name, ben.postcode, ben.erased_at) == ("Benedict", "MK9 3AB", None)
        assert s.scalar(select(func.count()).select_from(Contact).where(Contact.person_id == ben.id)) == 1
        for name in ("cat", "dan", "fay"):
            assert s.get(Person, people[name]).erased_at is None
        # The anonymous row keeps the counts: pathway, source, team, outcome, the day received and closed.
        leap = s.get(Referral, refs["leap"])
        assert (leap.pathway, leap.source, leap.outcome, leap.stage) == ("act_now", "custody", "completed", "closed")
        assert leap.received_at == at("2020-02-10 00:00") and leap.closed_at == at("2020-02-29 00:00")
        assert leap.next_due_at is None


def test_retention_dry_run_changes_nothing_and_forecasts_the_run(ctx, world, clock, fixture):
    before = snapshot(ctx)
    plan = retention.run(ctx, world.admin, dry_run=True)
    assert snapshot(ctx) == before
    assert plan.dry_run and plan.referrals == 3 and plan.people == 2 and plan.rows
    text = json.dumps(plan.to_json())
    for secret in ("Annabel", "Benedict", "Evelyn", "MK9 3AB", "note about"):
        assert secret not in text
    done = retention.run(ctx, world.admin)
    assert (done.referrals, done.people, done.rows) == (plan.referrals, plan.people, plan.rows)


def test_retention_run_twice_erases_nothing_the_second_time(ctx, world, clock, fixture):
    first = retention.run(ctx, world.admin)
    assert first.referrals == 3
    after_first = snapshot(ctx)
    second = retention.run(ctx, world.admin)
    assert (second.referrals, second.people, second.rows) == (0, 0, {})
    assert second.nothing_to_do
    assert snapshot(ctx) == after_first
    # Rebuilding every referral's timers does not bring an erased referral's clocks back.
    sla.rebuild_timers(ctx)
    assert counts_for(ctx, fixture[1]["leap"])["sla_timer"] == 0


def test_retention_is_audited_without_the_erased_personal_data(ctx, world, clock, fixture):
    people, refs = fixture
    with ctx.read() as s:
        last = s.scalar(select(func.max(AuditEntry.id)))
    retention.run(ctx, world.admin, dry_run=True)
    retention.run(ctx, world.admin)
    with ctx.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.id > last).order_by(AuditEntry.id)))
    actions = [e.action for e in entries]
    assert actions[0] == "retention_dry_run" and actions[-1] == "retention_run"
    assert sorted((e.entity_type, e.entity_id) for e in entries if e.action == "retention_erase") == sorted(
        ("referral", refs[n]) for n in ("leap", "before", "intact"))
    assert sorted(e.entity_id for e in entries if e.action == "retention_anonymise") == sorted(
        [people["ann"], people["eve"]])
    assert all(e.user_id == world.admin.user_id for e in entries)
    text = json.dumps([e.details for e in entries])
    for secret in ("Annabel", "Benedict", "Evelyn", "Fixture", "2005-08-09", "MK9 3AB", "07700", "was seen",
                   "note about"):
        assert secret not in text
    erase = next(e for e in entries if e.action == "retention_erase" and e.entity_id == refs["leap"])
    assert erase.details["after"]["closed_on"] == "2020-02-29"
    assert erase.details["after"]["retention_years"] == 6
    assert erase.details["after"]["rows_deleted"]["event"] >= 2


def test_retention_is_for_administrators(ctx, world, fixture):
    for actor in (world.caseworker, world.team_lead, world.manager):
        with pytest.raises(NotPermitted):
            retention.run(ctx, actor, dry_run=True)


def test_retention_erases_rows_of_tables_added_later_and_unhooks_rows_that_only_point_at_them(ctx, world, clock,
                                                                                                 fixture):
    people, refs = fixture
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    follow_up = Table("tmp_follow_up", metadata, Column("id", Integer, primary_key=True),
                      Column("referral_id", ForeignKey("referral.id"), nullable=False), Column("what", String(80)))
    outcome = Table("tmp_follow_up_outcome", metadata, Column("id", Integer, primary_key=True),
                    Column("follow_up_id", ForeignKey("tmp_follow_up.id"), nullable=False),
                    Column("text", String(80)))
    group = Table("tmp_group_session", metadata, Column("id", Integer, primary_key=True),
                  Column("started_from_event_id", ForeignKey("event.id")), Column("name", String(80)))
    attendance = Table("tmp_attendance", metadata, Column("id", Integer, primary_key=True),
                       Column("session_id", ForeignKey("tmp_group_session.id"), nullable=False),
                       Column("referral_id", ForeignKey("referral.id"), nullable=False))
    session_note = Table("tmp_session_note", metadata, Column("id", Integer, primary_key=True),
                         Column("session_id", ForeignKey("tmp_group_session.id"), nullable=False),
                         Column("text", String(80)))
    flag = Table("tmp_risk_flag", metadata, Column("id", Integer, primary_key=True),
                 Column("person_id", ForeignKey("person.id"), nullable=False), Column("flag", String(40)))
    new_tables = [follow_up, outcome, group, attendance, session_note, flag]
    for table in new_tables:
        table.create(ctx.engine)
    try:
        with ctx.read() as s:
            leap_event = s.scalar(select(func.min(Event.id)).where(Event.referral_id == refs["leap"]))
        with ctx.engine.begin() as conn:
            conn.execute(follow_up.insert(), [{"id": 1, "referral_id": refs["leap"], "what": "call Annabel"},
                                              {"id": 2, "referral_id": refs["after"], "what": "call Catriona"}])
            conn.execute(outcome.insert(), [{"id": 1, "follow_up_id": 1, "text": "Annabel answered"},
                                            {"id": 2, "follow_up_id": 2, "text": "Catriona answered"}])
            # Session 1 is a group other young people attend; session 2 was Annabel's alone (a 1-2-1).
            conn.execute(group.insert(), [{"id": 1, "started_from_event_id": leap_event, "name": "Boxing group"},
                                          {"id": 2, "started_from_event_id": leap_event, "name": "1-2-1"}])
            conn.execute(attendance.insert(), [{"id": 1, "session_id": 1, "referral_id": refs["leap"]},
                                               {"id": 2, "session_id": 1, "referral_id": refs["after"]}])
            conn.execute(session_note.insert(), [{"id": 1, "session_id": 2, "text": "Annabel talked about school"}])
            conn.execute(flag.insert(), [{"id": 1, "person_id": people["ann"], "flag": "weapon"},
                                         {"id": 2, "person_id": people["ben"], "flag": "exploited"}])
        result = retention.run(ctx, world.admin, metadata=metadata)
        assert result.rows["tmp_follow_up"] == 1 and result.rows["tmp_follow_up_outcome"] == 1
        assert result.rows["tmp_risk_flag"] == 1
        assert result.rows["tmp_group_session"] == 1 and result.rows["tmp_session_note"] == 1
        assert result.rows["tmp_attendance"] == 1
        with ctx.engine.connect() as conn:
            assert [r.id for r in conn.execute(select(follow_up))] == [2]
            assert [r.id for r in conn.execute(select(outcome))] == [2]
            # The group session other young people attend stays; it only loses its pointer to the erased event,
            # and Annabel's attendance goes. Her 1-2-1 session, linked to nobody else, goes with its note.
            assert [tuple(r) for r in conn.execute(select(group))] == [(1, None, "Boxing group")]
            assert [tuple(r) for r in conn.execute(select(attendance))] == [(2, 1, refs["after"])]
            assert list(conn.execute(select(session_note))) == []
            assert [r.id for r in conn.execute(select(flag))] == [2]  # Ben is not anonymised: his flag stays
    finally:
        for table in reversed(new_tables):
            table.drop(ctx.engine)


@pytest.mark.skipif(not hasattr(audit, "redact_details"),
                    reason="audit.redact_details (the audit engineer's) has not landed: earlier audit entries about "
                           "erased records keep their personal data until it does")
def test_retention_redacts_personal_data_in_earlier_audit_entries(ctx, world, clock, fixture):
    people, refs = fixture
    result = retention.run(ctx, world.admin)
    assert result.audit_entries_redacted
    with ctx.read() as s:
        about = list(s.scalars(select(AuditEntry).where(
            ((AuditEntry.entity_type == "person") & (AuditEntry.entity_id == people["ann"]))
            | ((AuditEntry.entity_type == "referral") & (AuditEntry.entity_id == refs["leap"])))))
    text = json.dumps([e.details for e in about])
    for secret in ("Annabel", "2005-08-09", "MK9 3AB", "07700"):
        assert secret not in text
    with ctx.read() as s:
        assert audit.check_chain(s).ok   # redacted through the audited path: the hash chain still verifies


def test_an_erased_referral_and_an_anonymised_person_cannot_be_written_to_again(ctx, world, clock, fixture):
    from casework.errors import ValidationError
    from casework.services import people as people_service

    people, refs = fixture
    retention.run(ctx, world.admin)
    with pytest.raises(ValidationError) as err:
        referrals.record_event(ctx, world.caseworker, refs["leap"], "note", note="Annabel rang")
    assert (err.value.field, err.value.rule) == ("referral", "erased")
    with ctx.read() as s:
        version = s.get(Person, people["ann"]).version
    with pytest.raises(ValidationError) as err:
        people_service.update_person(ctx, world.caseworker, people["ann"], version, given_name="Annabel")
    assert (err.value.field, err.value.rule) == ("person", "erased")
    with pytest.raises(ValidationError) as err:
        referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
            pathway="act_now", source="custody", person_id=people["ann"], site="mk-custody", team="YOT Milton Keynes"))
    assert (err.value.field, err.value.rule) == ("person_id", "erased_person")
    with ctx.read() as s:
        assert s.get(Person, people["ann"]).given_name == "Erased"
