"""Subject access: everything held about one person, and nothing about anyone else, as JSON and PDF.

The rows expected are listed by hand here, table by table (not found the way the export finds them),
so a table the export forgot, or a row of another person it picked up, fails the comparison.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from sqlalchemy import Column, Date, ForeignKey, Integer, MetaData, String, Table, select

from casework.errors import NotFound, NotPermitted, ValidationError
from casework.reports.subject_access import export_subject_access
from casework.services import referrals, sla
from casework.services.people import ContactInput
from casework.services.subject_access import gather
from casework.store.models import Alert, AuditEntry, Base, Breach, Contact, Event, FollowUp, Referral, SlaTimer

from ..conftest import START
from .factories import act_now, young_person

HOUR = timedelta(hours=1)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None and os.environ.get("CI") != "true",
                                   reason="needs poppler's pdftotext")


def subject_and_other(ctx, world, clock):
    """Sam (two referrals: one breached and reasoned, one closed; two contacts) and Zed, another young person."""
    casey, tl = world.caseworker, world.team_lead
    sam = act_now(ctx, casey, person=young_person(
        given_name="Samwise", family_name="Gamgee", pnc_id="19/0012345G", nhs_number="943 476 5919",
        contacts=(ContactInput("Rosie Gamgee", "mother", "07700 900123", True),
                  ContactInput("Hamfast Gamgee", "grandfather", None, True))),
        first_event_details={"offence": "possession of a bladed article"})
    zed = act_now(ctx, casey, person=young_person(given_name="Zebedee", family_name="Otherperson",
                                                  postcode="MK1 1ZZ",
                                                  contacts=(ContactInput("Zara Otherperson", "mother", None, True),)),
                  note="Zebedee's own private note")
    # Sam's custody visit is late: the sweep breaches it and alerts the worker and the team lead.
    clock.set(START + 3 * HOUR)
    sla.run_sweep(ctx)
    referrals.record_event(ctx, casey, sam.id, "custody_attended", details={"outcome_of_visit": "engaged"},
                           note="Samwise was calm; his mother attended")
    referrals.record_event(ctx, casey, zed.id, "custody_attended", details={"outcome_of_visit": "declined"},
                           note="Zebedee declined to talk")
    with ctx.read() as s:
        breach_id = s.scalar(select(Breach.id).where(Breach.referral_id == sam.id))
        alert_id = s.scalar(select(Alert.id).where(Alert.referral_id == sam.id, Alert.user_id == casey.user_id))
    assert breach_id is not None and alert_id is not None
    sla.give_breach_reason(ctx, casey, breach_id, "notified_late", "Custody rang us two hours late")
    sla.acknowledge_alert(ctx, casey, alert_id)
    clock.set(START + 4 * HOUR)
    second = act_now(ctx, casey, person=None, person_id=sam.person.id)
    referrals.close_referral(ctx, casey, second.id, "declined")
    # Zed gets a breach too, so that another person's breach exists to leak.
    clock.set(START + 30 * HOUR)
    sla.run_sweep(ctx)
    clock.set(START + 48 * HOUR)
    return sam.person.id, [sam.id, second.id], zed.person.id, zed.id


def expected_rows(ctx, person_id: int, referral_ids: list[int]) -> dict[str, set[int]]:
    """The hand-listed fixture: what is held about the person, table by table."""
    with ctx.read() as s:
        timers = set(s.scalars(select(SlaTimer.id).where(SlaTimer.referral_id.in_(referral_ids))))
        expected = {
            "person": {person_id},
            "contact": set(s.scalars(select(Contact.id).where(Contact.person_id == person_id))),
            "referral": set(referral_ids),
            "event": set(s.scalars(select(Event.id).where(Event.referral_id.in_(referral_ids)))),
            "sla_timer": timers,
            "alert": set(s.scalars(select(Alert.id).where(Alert.timer_id.in_(timers)))),
            "breach": set(s.scalars(select(Breach.id).where(Breach.timer_id.in_(timers)))),
            # Closing a referral schedules its 3-, 6- and 12-month follow-up checks.
            "follow_up": set(s.scalars(select(FollowUp.id).where(FollowUp.referral_id.in_(referral_ids)))),
        }
        ids = {"person": {person_id}, "referral": set(referral_ids), "alert": expected["alert"],
               "breach": expected["breach"], "contact": expected["contact"], "event": expected["event"],
               "sla_timer": timers, "follow_up": expected["follow_up"]}
        audit_ids = set()
        for entry in s.scalars(select(AuditEntry)):
            if entry.entity_id in ids.get(entry.entity_type, set()):
                audit_ids.add(entry.id)
        expected["audit_entry"] = audit_ids
    return expected


def exported_rows(document: dict) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}

    def add(section: dict) -> None:
        for row in section["rows"]:
            found.setdefault(section["table"], set()).add(row["id"])

    add(document["person"])
    for section in document["about_the_person"]:
        add(section)
    for part in document["referrals"]:
        add(part["referral"])
        for section in part["records"]:
            add(section)
    add(document["audit_trail"])
    return found


def test_subject_access_json_holds_every_row_of_the_hand_listed_fixture_and_nothing_else(ctx, world, clock, tmp_path):
    person_id, referral_ids, other_id, other_referral = subject_and_other(ctx, world, clock)
    expected = expected_rows(ctx, person_id, referral_ids)
    assert all(expected[t] for t in ("contact", "event", "sla_timer", "alert", "breach")), expected

    result = export_subject_access(ctx, world.manager, person_id, tmp_path / "out", reference="SAR-2026-014")

    document = json.loads((tmp_path / "out" / f"person-{person_id}.json").read_text(encoding="utf-8"))
    found = exported_rows(document)
    # The export's own audit entry (written before the read) is about this person too.
    with ctx.read() as s:
        export_entry = s.scalar(select(AuditEntry.id).where(AuditEntry.action == "subject_access"))
    expected["audit_entry"].add(export_entry)
    assert found == expected
    assert result.rows == sum(len(v) for v in expected.values())
    assert document["export"]["rows_by_table"] == {t: len(v) for t, v in expected.items()}
    assert document["export"]["person_id"] == person_id
    assert document["export"]["request_reference"] == "SAR-2026-014"
    assert [p["id"] for p in document["referrals"]] == referral_ids


def test_subject_access_leaks_nothing_of_another_person(ctx, world, clock, tmp_path):
    person_id, referral_ids, other_id, other_referral = subject_and_other(ctx, world, clock)
    export_subject_access(ctx, world.manager, person_id, tmp_path)
    raw = (tmp_path / f"person-{person_id}.json").read_text(encoding="utf-8")
    for secret in ("Zebedee", "Otherperson", "Zara", "MK1 1ZZ", "declined to talk", "Zebedee's own private note"):
        assert secret not in raw
    document = json.loads(raw)

    def rows():
        yield from document["person"]["rows"]
        for section in document["about_the_person"]:
            yield from section["rows"]
        for part in document["referrals"]:
            yield from part["referral"]["rows"]
            for section in part["records"]:
                yield from section["rows"]

    for row in rows():
        assert row.get("person_id") in (None, person_id)
        assert row.get("referral_id") in (None, *referral_ids)
    with ctx.read() as s:
        other_events = set(s.scalars(select(Event.id).where(Event.referral_id == other_referral)))
    exported_events = {r["id"] for part in document["referrals"] for sec in part["records"] if sec["table"] == "event"
                       for r in sec["rows"]}
    assert other_events and not other_events & exported_events
    for entry in document["audit_trail"]["rows"]:
        assert (entry["entity_type"], entry["entity_id"]) != ("person", other_id)
        assert (entry["entity_type"], entry["entity_id"]) != ("referral", other_referral)


def test_subject_access_values_are_labelled_and_times_are_london_time(ctx, world, clock, tmp_path):
    person_id, referral_ids, *_ = subject_and_other(ctx, world, clock)
    export_subject_access(ctx, world.manager, person_id, tmp_path)
    document = json.loads((tmp_path / f"person-{person_id}.json").read_text(encoding="utf-8"))
    person = document["person"]
    assert person["fields"]["pnc_id"] == "PNC ID"
    assert person["fields"]["date_of_birth"] == "Date of birth"
    assert person["rows"][0]["date_of_birth"] == "2010-03-04"
    referral = document["referrals"][0]["referral"]
    assert referral["rows"][0]["received_at"] == "2026-06-15T10:00:00+01:00"  # 09:00 UTC in BST
    assert referral["rows"][0]["assigned_user"] == "Casey Worker"
    assert referral["fields"]["assigned_user_id"] == "Assigned to"
    events = next(s for s in document["referrals"][0]["records"] if s["table"] == "event")
    assert events["title"] == "Events (the timeline)"
    assert {"Samwise was calm; his mother attended"} <= {r["note"] for r in events["rows"]}
    assert all(r["recorded_by"] == "Casey Worker" for r in events["rows"])


def test_subject_access_is_for_managers_and_is_audited_without_personal_data(ctx, world, clock, tmp_path):
    person_id, *_ = subject_and_other(ctx, world, clock)
    for actor in (world.caseworker, world.team_lead, world.admin):
        with pytest.raises(NotPermitted):
            export_subject_access(ctx, actor, person_id, tmp_path / actor.username)
        assert not (tmp_path / actor.username / f"person-{person_id}.json").exists()
    with pytest.raises(NotFound):
        export_subject_access(ctx, world.manager, 9999, tmp_path)
    with pytest.raises(ValidationError) as err:
        export_subject_access(ctx, world.manager, person_id, tmp_path / "no" / "such" / "folder")
    assert err.value.field == "out"

    export_subject_access(ctx, world.manager, person_id, tmp_path, reference="SAR-1")
    with ctx.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "subject_access")))
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.user_id, entry.entity_type, entry.entity_id) == (world.manager.user_id, "person", person_id)
    assert entry.details["after"] == {"formats": ["json", "pdf"], "request_reference": "SAR-1"}
    assert "Samwise" not in json.dumps(entry.details)


def test_a_new_table_hanging_from_person_or_referral_is_exported_without_code_changes(ctx, world, clock):
    """Tables other engineers add (risk flags, follow-ups …) are found from the metadata alone."""
    person_id, referral_ids, other_id, other_referral = subject_and_other(ctx, world, clock)
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    flag = Table("tmp_risk_flag", metadata, Column("id", Integer, primary_key=True),
                 Column("person_id", ForeignKey("person.id"), nullable=False), Column("flag", String(40)))
    flag_note = Table("tmp_risk_flag_note", metadata, Column("id", Integer, primary_key=True),
                      Column("risk_flag_id", ForeignKey("tmp_risk_flag.id"), nullable=False),
                      Column("text", String(200)))
    follow_up = Table("tmp_follow_up", metadata, Column("id", Integer, primary_key=True),
                      Column("referral_id", ForeignKey("referral.id"), nullable=False), Column("due_on", Date),
                      Column("worker_id", ForeignKey("app_user.id")))
    new_tables = [flag, flag_note, follow_up]
    for table in new_tables:
        table.create(ctx.engine)
    try:
        with ctx.engine.begin() as conn:
            conn.execute(flag.insert(), [{"id": 1, "person_id": person_id, "flag": "weapon_carrying"},
                                         {"id": 2, "person_id": other_id, "flag": "exploitation"}])
            conn.execute(flag_note.insert(), [{"id": 1, "risk_flag_id": 1, "text": "seen with a knife"},
                                              {"id": 2, "risk_flag_id": 2, "text": "other person's flag note"}])
            conn.execute(follow_up.insert(), [
                {"id": 1, "referral_id": referral_ids[1], "due_on": date(2026, 9, 1), "worker_id": world.caseworker.user_id},
                {"id": 2, "referral_id": other_referral, "due_on": date(2026, 9, 2), "worker_id": None}])
        with ctx.read() as s:
            export = gather(s, ctx.pathways, person_id, generated_at=clock.now(), generated_by="Morgan Manager",
                            metadata=metadata)
        document = export.to_json()
        about = {sec["table"]: sec for sec in document["about_the_person"]}
        assert [r["id"] for r in about["tmp_risk_flag"]["rows"]] == [1]
        assert [r["text"] for r in about["tmp_risk_flag_note"]["rows"]] == ["seen with a knife"]
        assert about["tmp_risk_flag"]["title"] == "Tmp risk flag"
        second = next(p for p in document["referrals"] if p["id"] == referral_ids[1])
        follow = next(sec for sec in second["records"] if sec["table"] == "tmp_follow_up")
        assert follow["rows"] == [{"id": 1, "referral_id": referral_ids[1], "due_on": "2026-09-01",
                                   "worker_id": world.caseworker.user_id, "worker": "Casey Worker"}]
        assert "other person's flag note" not in json.dumps(document)
        assert export.counts["tmp_risk_flag"] == 1 and export.counts["tmp_follow_up"] == 1
    finally:
        for table in reversed(new_tables):
            table.drop(ctx.engine)


@needs_poppler
def test_subject_access_pdf_renders_the_person_with_marking_and_page_numbers(ctx, world, clock, tmp_path):
    person_id, referral_ids, *_ = subject_and_other(ctx, world, clock)
    result = export_subject_access(ctx, world.manager, person_id, tmp_path)
    text = subprocess.run(["pdftotext", "-layout", result.pdf_path, "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Samwise Gamgee" in text
    assert "OFFICIAL-SENSITIVE" in text
    assert f"Page 1 of {result.pages}" in text
    assert "Rosie Gamgee" in text and "Hamfast Gamgee" in text
    assert "Custody rang us two hours late" in text
    assert "Custody attendance" in text  # the SLA rule by its label, not its id
    assert "Zebedee" not in text and "Otherperson" not in text
    assert result.pages >= 2
