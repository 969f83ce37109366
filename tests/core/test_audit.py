"""The audit trail: views and changes recorded, the hash chain, append-only triggers, redaction,
concurrent appends, the listing and who may read it."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text

from casework.errors import NotPermitted, ValidationError
from casework.reports import ReportRequest, run_report
from casework.services import audit, people, referrals, sla
from casework.services.context import Context
from casework.store import chain
from casework.store.engine import make_engine
from casework.store.migrate import ensure_schema
from casework.store.models import AuditChainHead, AuditEntry

from ..conftest import ENGINE
from .factories import act_now


def entries(ctx, **where) -> list[AuditEntry]:
    with ctx.read() as s:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        for name, value in where.items():
            query = query.where(getattr(AuditEntry, name) == value)
        return list(s.scalars(query))


def views_of(ctx, entity_type: str, entity_id: int) -> list[AuditEntry]:
    return [e for e in entries(ctx, action="view", entity_type=entity_type) if e.entity_id == entity_id]


def verified(ctx) -> audit.VerifyResult:
    with ctx.read() as s:
        return audit.check_chain(s)


def tamper(ctx, sql: str, **params) -> None:
    """Change the trail behind the application's back: triggers off, raw SQL, triggers on again."""
    with ctx.engine.begin() as conn:
        if ENGINE == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
            conn.execute(text("ALTER TABLE audit_chain DISABLE TRIGGER USER"))
        else:
            saved = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name IN ('audit_entry', 'audit_chain')")).all()
            for name, _sql in saved:
                conn.execute(text(f"DROP TRIGGER {name}"))
        conn.execute(text(sql), params)
        if ENGINE == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
            conn.execute(text("ALTER TABLE audit_chain ENABLE TRIGGER USER"))
        else:
            for _name, sql_text in saved:
                conn.execute(text(sql_text))


# --- what is recorded --------------------------------------------------------------------------------

def test_every_change_and_view_is_chained_in_order_with_no_gaps(ctx, world):
    detail = act_now(ctx, world.caseworker)
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    referrals.get_referral(ctx, world.caseworker, detail.id)
    all_entries = entries(ctx)
    assert [e.seq for e in all_entries] == list(range(1, len(all_entries) + 1))
    assert all_entries[0].prev_hash == chain.GENESIS
    for before, after in zip(all_entries, all_entries[1:]):
        assert after.prev_hash == before.entry_hash
    result = verified(ctx)
    assert result.ok and result.entries == len(all_entries) and result.head_seq == all_entries[-1].seq


def test_opening_a_referral_is_one_view_entry_and_a_reload_is_none(ctx, world):
    detail = act_now(ctx, world.caseworker)
    referrals.get_referral(ctx, world.caseworker, detail.id, view="record_window")
    referrals.get_referral(ctx, world.caseworker, detail.id, view=None)
    (view,) = views_of(ctx, "referral", detail.id)
    assert (view.user_id, view.details) == (world.caseworker.user_id, {"via": "record_window"})


def test_opening_a_person_and_explaining_timers_are_views(ctx, world):
    detail = act_now(ctx, world.caseworker)
    people.get_person(ctx, world.team_lead, detail.person.id, view="person_editor")
    sla.explain(ctx, world.team_lead, detail.id)
    sla.explain(ctx, world.team_lead, detail.id, view=None)
    assert [v.details["via"] for v in views_of(ctx, "person", detail.person.id)] == ["person_editor"]
    assert [v.details["via"] for v in views_of(ctx, "referral", detail.id)] == ["sla_explanation"]


def test_a_case_file_pdf_is_recorded_against_the_referral(ctx, world, tmp_path):
    detail = act_now(ctx, world.caseworker)
    run_report(ctx, world.manager, ReportRequest(kind="case", referral_id=detail.id), tmp_path / "case.pdf")
    listed = audit.list_entries(ctx, world.manager, audit.AuditFilter(referral_id=detail.id), record_read=False)
    assert "report" in [e.action for e in listed]


def test_listing_a_list_records_no_views(ctx, world):
    act_now(ctx, world.caseworker)
    before = len(entries(ctx))
    referrals.list_referrals(ctx, world.caseworker)
    sla.list_breaches(ctx, world.caseworker)
    assert len(entries(ctx)) == before


def test_changes_carry_before_and_after_values(ctx, world):
    detail = act_now(ctx, world.caseworker)
    people.update_person(ctx, world.caseworker, detail.person.id, detail.person.version, postcode="MK9 3BB")
    referrals.move_stage(ctx, world.caseworker, detail.id, "criminal_justice")
    person_update = [e for e in entries(ctx, action="update", entity_type="person")][-1]
    assert (person_update.details["before"]["postcode"], person_update.details["after"]["postcode"]) == \
        ("MK9 2AA", "MK9 3BB")
    stage_update = [e for e in entries(ctx, action="update", entity_type="referral")][-1]
    assert stage_update.details == {"before": {"stage": "custody"}, "after": {"stage": "criminal_justice"}}


def test_marking_alerts_read_and_acknowledging_them_are_audited_with_before_and_after(ctx, world, clock):
    act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(minutes=5))
    clock.advance(timedelta(hours=3))
    sla.run_sweep(ctx)
    alerts = sla.list_alerts(ctx, world.caseworker)
    assert alerts
    sla.acknowledge_alert(ctx, world.caseworker, alerts[0].id)
    (ack,) = entries(ctx, action="acknowledge")
    assert ack.details["before"] == {"read_at": None, "acknowledged_at": None}
    assert ack.details["after"]["acknowledged_at"] is not None
    marked = sla.mark_alerts_read(ctx, world.caseworker)
    assert marked == len(alerts) - 1
    if marked:
        (mark,) = entries(ctx, action="mark_read")
        assert sorted(mark.details["after"]["alert_ids"]) == sorted(a.id for a in alerts[1:])
    assert sla.mark_alerts_read(ctx, world.caseworker) == 0
    assert len(entries(ctx, action="mark_read")) == (1 if marked else 0)


def test_a_transaction_that_fails_writes_no_entry_and_leaves_no_gap(ctx, world):
    act_now(ctx, world.caseworker)
    before = [e.seq for e in entries(ctx)]
    with pytest.raises(RuntimeError), ctx.write() as s:
        audit.record(s, world.caseworker, ctx.clock.now(), "update", "referral", 1, after={"x": 1})
        raise RuntimeError("boom")
    assert [e.seq for e in entries(ctx)] == before
    referrals.get_referral(ctx, world.caseworker, 1)
    assert [e.seq for e in entries(ctx)] == list(range(1, len(before) + 2))
    assert verified(ctx).ok


# --- append-only ---------------------------------------------------------------------------------------

def _refused(ctx, sql: str) -> str:
    with pytest.raises(sa_exc.DBAPIError) as err, ctx.engine.begin() as conn:
        conn.execute(text(sql))
    return str(err.value)


def test_the_database_refuses_to_change_or_delete_audit_entries(ctx, world):
    act_now(ctx, world.caseworker)
    assert "append-only" in _refused(ctx, "UPDATE audit_entry SET action = 'nothing' WHERE seq = 1")
    assert "append-only" in _refused(ctx, "UPDATE audit_entry SET details_digest = 'x', redacted_by_seq = 99 "
                                          "WHERE seq = 1")
    assert "append-only" in _refused(ctx, "UPDATE audit_entry SET details = '{}', redacted_by_seq = 1 WHERE seq = 1")
    assert "append-only" in _refused(ctx, "DELETE FROM audit_entry WHERE seq = 1")
    assert "append-only" in _refused(ctx, "DELETE FROM audit_entry")
    assert "only moves forward" in _refused(ctx, "UPDATE audit_chain SET last_seq = last_seq - 1")
    assert "only moves forward" in _refused(ctx, "DELETE FROM audit_chain")
    if ENGINE == "postgresql":
        assert "append-only" in _refused(ctx, "TRUNCATE audit_entry CASCADE")
        assert "append-only" in _refused(ctx, "TRUNCATE audit_chain")
    assert verified(ctx).ok


# --- tampering is detected -----------------------------------------------------------------------------

@pytest.fixture
def trail(ctx, world):
    """A trail of a dozen entries or more."""
    detail = act_now(ctx, world.caseworker)
    for kind in ("custody_attended", "released_from_custody"):
        referrals.record_event(ctx, world.caseworker, detail.id, kind)
    for _ in range(3):
        referrals.get_referral(ctx, world.caseworker, detail.id)
    assert verified(ctx).ok
    return entries(ctx)


def test_changed_details_are_detected_and_named_by_sequence_number(ctx, trail):
    target = next(e for e in trail if e.entity_type == "person")
    tamper(ctx, "UPDATE audit_entry SET details = :d WHERE seq = :s",
           d='{"after": {"given_name": "Someone Else"}}', s=target.seq)
    result = verified(ctx)
    assert not result.ok and result.first_bad_seq == target.seq
    assert result.problems[0].kind == "details_altered"


def test_a_changed_action_user_or_time_is_detected(ctx, trail, world):
    tamper(ctx, "UPDATE audit_entry SET action = 'create' WHERE seq = :s", s=trail[-1].seq)
    tamper(ctx, "UPDATE audit_entry SET user_id = :u WHERE seq = :s", u=world.admin.user_id, s=trail[-2].seq)
    result = verified(ctx)
    assert result.first_bad_seq == trail[-2].seq
    assert {p.seq for p in result.problems} == {trail[-2].seq, trail[-1].seq}
    assert {p.kind for p in result.problems} == {"altered"}


def test_a_deleted_entry_is_detected(ctx, trail):
    tamper(ctx, "DELETE FROM audit_entry WHERE seq = 5")
    result = verified(ctx)
    assert result.first_bad_seq == 5
    assert result.problems[0].kind == "missing"


def test_reordered_entries_are_detected(ctx, trail):
    # Swap the places of entries 3 and 4.
    tamper(ctx, "UPDATE audit_entry SET seq = -seq WHERE seq IN (3, 4)")
    tamper(ctx, "UPDATE audit_entry SET seq = CASE seq WHEN -3 THEN 4 ELSE 3 END WHERE seq IN (-3, -4)")
    result = verified(ctx)
    assert result.first_bad_seq == 3


def test_entries_cut_off_the_end_are_detected(ctx, trail):
    last = trail[-1].seq
    tamper(ctx, "DELETE FROM audit_entry WHERE seq >= :s", s=last - 1)
    result = verified(ctx)
    assert result.first_bad_seq == last - 1
    assert "removed" in result.problems[0].message


def test_a_rewritten_entry_with_a_fresh_hash_breaks_the_next_link(ctx, trail):
    entry = trail[3]
    forged_digest = chain.details_digest({"forged": True})
    forged_hash = chain.entry_hash(entry.seq, entry.prev_hash, entry.at, entry.user_id, entry.action,
                                   entry.entity_type, entry.entity_id, forged_digest)
    tamper(ctx, "UPDATE audit_entry SET details = :d, details_salt = NULL, details_digest = :g, entry_hash = :h "
                "WHERE seq = :s", d='{"forged": true}', g=forged_digest, h=forged_hash, s=entry.seq)
    result = verified(ctx)
    assert result.first_bad_seq == entry.seq + 1
    assert result.problems[0].kind == "out_of_order"


# --- redaction -------------------------------------------------------------------------------------------

def _person_entries(ctx, person_id: int) -> list[AuditEntry]:
    return [e for e in entries(ctx, entity_type="person") if e.entity_id == person_id]


def test_redaction_removes_personal_data_and_the_chain_still_verifies(ctx, world):
    detail = act_now(ctx, world.caseworker)
    people.update_person(ctx, world.caseworker, detail.person.id, detail.person.version, given_name="Samuel")
    targets = _person_entries(ctx, detail.person.id)
    assert any("Samuel" in str(e.details) for e in targets)
    with ctx.write() as s:
        done = audit.redact_details(s, [e.id for e in targets], actor=world.admin, at=ctx.clock.now(),
                                    reason="retention: closed over 6 years")
    assert done.entries == len(targets)
    after = _person_entries(ctx, detail.person.id)
    assert all(e.details == {"redacted": True} and e.details_salt is None for e in after)
    assert all(e.redacted_by_seq == done.redaction_seqs[0] for e in after)
    assert [e.action for e in after] == [e.action for e in targets]   # who/when/what stay
    (redaction,) = entries(ctx, action="audit_redact")
    assert redaction.user_id == world.admin.user_id and "Samuel" not in str(redaction.details)
    assert verified(ctx).ok


def test_redacting_named_fields_keeps_the_rest(ctx, world):
    detail = act_now(ctx, world.caseworker)
    people.update_person(ctx, world.caseworker, detail.person.id, detail.person.version, postcode="MK9 3BB")
    update = [e for e in _person_entries(ctx, detail.person.id) if e.action == "update"][0]
    with ctx.write() as s:
        audit.redact_details(s, [update.id], actor=None, at=ctx.clock.now(), reason="anonymise",
                             fields=["given_name", "family_name", "date_of_birth", "postcode", "contacts"])
    (redacted,) = [e for e in _person_entries(ctx, detail.person.id) if e.action == "update"]
    assert "postcode" not in redacted.details["before"] and "given_name" not in redacted.details["after"]
    assert redacted.details["after"]["gender"] == "male"
    assert "postcode" in redacted.details["redacted"]
    # A second, fuller redaction later is allowed and still verifies.
    with ctx.write() as s:
        audit.redact_details(s, [update.id], actor=None, at=ctx.clock.now(), reason="erase")
    assert verified(ctx).ok


def test_details_changed_outside_the_audited_redaction_are_detected(ctx, world):
    detail = act_now(ctx, world.caseworker)
    target = _person_entries(ctx, detail.person.id)[0]
    with ctx.write() as s:
        audit.redact_details(s, [target.id], actor=None, at=ctx.clock.now(), reason="erase")
    # The trigger lets redacted_by_seq move forward; pointing it at any entry that is not a redaction
    # covering this one, or changing the redacted text, is caught.
    referrals.get_referral(ctx, world.caseworker, detail.id)   # a later entry that is not a redaction
    last = entries(ctx)[-1].seq
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET details = :d, redacted_by_seq = :r WHERE seq = :s"),
                     {"d": '{"after": {"given_name": "Planted"}}', "r": last, "s": target.seq})
    result = verified(ctx)
    assert result.first_bad_seq == target.seq and result.problems[0].kind == "bad_redaction"


def test_a_redaction_entry_itself_cannot_be_redacted(ctx, world):
    detail = act_now(ctx, world.caseworker)
    target = _person_entries(ctx, detail.person.id)[0]
    with ctx.write() as s:
        audit.redact_details(s, [target.id], actor=None, at=ctx.clock.now(), reason="erase")
    (redaction,) = entries(ctx, action="audit_redact")
    with pytest.raises(ValidationError) as err, ctx.write() as s:
        audit.redact_details(s, [redaction.id], actor=None, at=ctx.clock.now(), reason="hide")
    assert err.value.rule == "not_redactable"


def test_a_redaction_of_many_entries_is_split_into_batches(ctx, world, monkeypatch):
    monkeypatch.setattr(audit, "REDACTION_CHUNK", 3)
    detail = act_now(ctx, world.caseworker)
    for _ in range(6):
        referrals.get_referral(ctx, world.caseworker, detail.id)
    targets = views_of(ctx, "referral", detail.id)
    with ctx.write() as s:
        done = audit.redact_details(s, [e.id for e in targets], actor=None, at=ctx.clock.now(), reason="erase")
    assert len(done.redaction_seqs) == 2
    assert verified(ctx).ok


# --- concurrent appends ----------------------------------------------------------------------------------

THREADS = 8
PER_THREAD = 15


def test_concurrent_writers_in_threads_never_fork_the_chain(ctx, world):
    detail = act_now(ctx, world.caseworker)
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            for n in range(PER_THREAD):
                if n % 3 == 0:
                    referrals.record_event(ctx, world.caseworker, detail.id, "note", note=f"thread {index} note {n}")
                else:
                    referrals.get_referral(ctx, world.team_lead, detail.id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    before = len(entries(ctx))
    threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    all_entries = entries(ctx)
    assert len(all_entries) == before + THREADS * PER_THREAD
    assert [e.seq for e in all_entries] == list(range(1, len(all_entries) + 1))
    assert verified(ctx).ok


def _process_writer(url: str, referral_id: int, user_id: int, count: int, keys: dict) -> None:
    from casework.clock import SystemClock
    from casework.services.actor import Actor
    from casework.store.models import Role
    from tests.conftest import TEST_KEYRING   # the test keyring, with the keys of encrypted test files

    TEST_KEYRING.entries.update(keys)

    ctx = Context.open(url, clock=SystemClock(), migrate=False)
    actor = Actor(user_id, "tl", "Terry Lead", Role.TEAM_LEAD, None)
    try:
        for _ in range(count):
            audit.record_view(ctx, actor, "referral", referral_id, via="process")
    finally:
        ctx.close()


def test_concurrent_writer_processes_never_fork_the_chain(ctx, world, db_url):
    detail = act_now(ctx, world.caseworker)
    before = len(entries(ctx))
    spawn = multiprocessing.get_context("spawn")
    from tests.conftest import TEST_KEYRING

    keys = dict(TEST_KEYRING.entries)
    processes = [spawn.Process(target=_process_writer, args=(db_url, detail.id, world.team_lead.user_id, 20, keys))
                 for _ in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join(120)
    assert [p.exitcode for p in processes] == [0] * 4
    all_entries = entries(ctx)
    assert len(all_entries) == before + 80
    assert [e.seq for e in all_entries] == list(range(1, len(all_entries) + 1))
    assert verified(ctx).ok


# --- reading the trail -----------------------------------------------------------------------------------

def test_only_managers_and_administrators_read_the_trail_and_refusals_are_recorded(ctx, world):
    for actor in (world.caseworker, world.team_lead):
        with pytest.raises(NotPermitted):
            audit.list_entries(ctx, actor)
        with pytest.raises(NotPermitted):
            audit.verify(ctx, actor)
    assert audit.list_entries(ctx, world.manager)
    assert audit.verify(ctx, world.admin).ok
    refused = entries(ctx, action="refused")
    assert [(e.user_id, e.entity_type, e.details["after"]["attempted"]) for e in refused] == [
        (world.caseworker.user_id, "audit", "read_audit"), (world.caseworker.user_id, "audit", "verify_audit"),
        (world.team_lead.user_id, "audit", "read_audit"), (world.team_lead.user_id, "audit", "verify_audit")]


def test_an_administrator_sees_who_when_and_what_but_not_the_details(ctx, world):
    detail = act_now(ctx, world.caseworker)
    as_admin = audit.list_entries(ctx, world.admin, audit.AuditFilter(person_id=detail.person.id))
    as_manager = audit.list_entries(ctx, world.manager, audit.AuditFilter(person_id=detail.person.id))
    assert [(e.seq, e.user, e.action) for e in as_admin] == [(e.seq, e.user, e.action) for e in as_manager]
    assert all(e.details is None for e in as_admin)
    assert any(e.details and "Sam" in str(e.details) for e in as_manager)
    assert "Sam" not in str([e.to_json() for e in as_admin])


def test_filters_by_referral_person_user_date_and_action(ctx, world, clock):
    first = act_now(ctx, world.caseworker)
    clock.advance(timedelta(days=2))
    second = act_now(ctx, world.caseworker, person_id=first.person.id, person=None)
    referrals.get_referral(ctx, world.team_lead, second.id)
    f = audit.AuditFilter
    by_referral = audit.list_entries(ctx, world.manager, f(referral_id=second.id), record_read=False)
    assert by_referral and {(e.entity_type, e.entity_id) for e in by_referral} == {("referral", second.id)}
    by_person = audit.list_entries(ctx, world.manager, f(person_id=first.person.id), record_read=False)
    assert {(e.entity_type, e.entity_id) for e in by_person} == {
        ("person", first.person.id), ("referral", first.id), ("referral", second.id)}
    by_user = audit.list_entries(ctx, world.manager, f(user="tl"), record_read=False)
    assert [(e.action, e.entity_id) for e in by_user] == [("view", second.id)]
    today = (clock.now()).date()
    recent = audit.list_entries(ctx, world.manager, f(date_from=today), record_read=False)
    assert {e.entity_id for e in recent if e.entity_type == "referral"} == {second.id}
    early = audit.list_entries(ctx, world.manager, f(date_to=today - timedelta(days=1)), record_read=False)
    assert second.id not in {e.entity_id for e in early if e.entity_type == "referral"}
    views = audit.list_entries(ctx, world.manager, f(action="view"), record_read=False)
    assert [e.seq for e in views] == sorted((e.seq for e in views), reverse=True)
    with pytest.raises(ValidationError) as err:
        audit.list_entries(ctx, world.manager, f(user="nobody"))
    assert err.value.field == "user"
    with pytest.raises(ValidationError) as err:
        audit.list_entries(ctx, world.manager, f(date_from=today, date_to=today - timedelta(days=1)))
    assert err.value.field == "to"


def test_refused_attempts_are_listed_like_any_entry(ctx, world):
    detail = act_now(ctx, world.caseworker)
    with ctx.write() as s:
        audit.record(s, world.caseworker, ctx.clock.now(), "refused", "referral", detail.id,
                     after={"attempted": "read_cases", "reason": "other team"})
    listed = audit.list_entries(ctx, world.manager, audit.AuditFilter(referral_id=detail.id))
    assert listed[0].action == "refused" and listed[0].refused


def test_reading_and_verifying_the_trail_are_themselves_recorded(ctx, world):
    act_now(ctx, world.caseworker)
    audit.list_entries(ctx, world.manager, audit.AuditFilter(person_id=1))
    audit.verify(ctx, world.admin)
    (read,) = entries(ctx, action="audit_read")
    assert read.user_id == world.manager.user_id and read.details["filters"] == {"person_id": 1}
    (check,) = entries(ctx, action="audit_verify")
    assert check.details["ok"] is True and check.user_id == world.admin.user_id


# --- the migration chains the entries written before it -------------------------------------------------

def test_the_migration_chains_existing_entries(empty_db_url):
    from alembic import command

    from casework.store import migrate

    engine = make_engine(empty_db_url)
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
    at = datetime(2026, 6, 1, 9, 30, 15, 123456, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO app_user (id, username, display_name, role, password_hash, active, "
                          "created_at, version) VALUES (1, 'u', 'U', 'admin', 'x', true, :t, 1)"), {"t": at})
        for n in range(1, 6):
            conn.execute(text("INSERT INTO audit_entry (at, user_id, action, entity_type, entity_id, details) "
                              "VALUES (:t, 1, 'create', 'team', :n, :d)"),
                         {"t": at + timedelta(seconds=n), "n": n, "d": '{"after": {"name": "T%d"}}' % n})
    ensure_schema(engine)
    ctx = Context.open(empty_db_url, migrate=False)
    try:
        chained = entries(ctx)
        assert [(e.seq, e.entity_id) for e in chained] == [(n, n) for n in range(1, 6)]
        result = verified(ctx)
        assert result.ok and result.head_seq == 5
        with ctx.write() as s:
            audit.record(s, None, datetime.now(timezone.utc), "create", "team", 6)
        assert entries(ctx)[-1].seq == 6 and verified(ctx).ok
        with ctx.read() as s:
            assert s.scalar(select(func.count()).select_from(AuditChainHead)) == 1
    finally:
        ctx.close()
        engine.dispose()


def test_canonical_encoding_is_stable():
    """The v1 format is stored: these values must never change."""
    at = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
    assert chain.at_text(at) == "2026-06-15T09:00:00.000000Z"
    assert chain.details_digest({"b": 1, "a": "é"}) == chain.details_digest({"a": "é", "b": 1})
    assert chain.details_digest({}) == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    assert chain.seq_ranges([5, 1, 2, 3, 9]) == [[1, 3], [5, 5], [9, 9]]
    assert chain.expand_ranges([[1, 3], [9, 9]]) == [1, 2, 3, 9]
    assert len(chain.entry_hash(1, chain.GENESIS, at, None, "view", "referral", 1, chain.details_digest({}))) == 64
