"""The spreadsheet import's bulk writer writes exactly the rows intake writes one referral at a time."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from casework.services import audit, referrals
from casework.services import spreadsheet_import as si
from casework.store.models import Alert, AuditEntry, Breach, Contact, Event, Person, Referral, SlaTimer
from tests.core import sheet_data as sd
from tests.core.factories import young_person
from tests.core.test_name_search import assert_initials_match_names

TABLES = (Person, Contact, Referral, Event, SlaTimer, Alert, Breach)
# Which table each id column points at (ids are compared by their rank among the rows the import wrote).
REFERENCES = {"person_id": Person, "referral_id": Referral, "timer_id": SlaTimer, "corrects_event_id": Event}

HEADERS = ["Name", "DOB", "NHS number", "Home LA", "Referral date/time", "Pathway", "Site", "Team", "Worker", "Notes"]


class _RolledBack(Exception):
    pass


def _sheet(rows: list[list[str]]) -> si.Sheet:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return si.read_bytes(buffer.getvalue().encode("utf-8"), "mixed.csv")


def _rows() -> list[list[str]]:
    """Referrals on every pathway, at times that leave their clocks running, in warning, breached and not
    started (the clock reads 15/06/2026 10:00 in London); new people, one already held (by NHS number),
    two rows of one new young person; with and without a worker, a note and a site."""
    nhs = sd.nhs_numbers(8, seed=11)
    rows = [
        ["Ann Able", "04/03/2010", nhs[0], "Milton Keynes", "15/06/2026 09:30", "Act Now", "mk-custody",
         "YOT Milton Keynes", "casey", "knife found"],
        ["Ben Bold", "05/04/2009", nhs[1], "Luton", "15/06/2026 08:50", "Act Now", "", "YOT Milton Keynes", "",
         ""],
        ["Cai Cole", "06/05/2011", "", "", "12/06/2026 10:00", "Act Now", "mk-custody", "YOT Milton Keynes",
         "casey", ""],
        ["Sam Jones", "04/03/2010", "943 476 5919", "", "01/03/2026 10:00", "Act Now", "", "YOT Milton Keynes",
         "casey", "held already"],
        ["Dee Dunn", "07/06/2008", nhs[2], "Leeds", "15/06/2026 08:30", "A&E Navigator", "lgi-ed",
         "YOT Milton Keynes", "casey", ""],
        ["Eve Ely", "08/07/2007", "", "Bradford", "11/06/2026 16:30", "A&E Navigator", "lgi-ed",
         "YOT Milton Keynes", "", "seen in ED"],
        ["Fay Ford", "09/08/2012", nhs[3], "Powys", "10/06/2026 10:00", "INTACT", "carmarthen",
         "YOT Milton Keynes", "casey", ""],
        ["Gus Gray", "10/09/2013", nhs[4], "Ceredigion", "12/06/2026 15:00", "INTACT", "carmarthen",
         "YOT Milton Keynes", "", ""],
        ["Fay Ford", "09/08/2012", nhs[3], "Powys", "14/06/2026 11:00", "Act Now", "mk-custody",
         "YOT Milton Keynes", "casey", "second referral"],
        ["Hal Hunt", "11/10/2010", nhs[5], "Milton Keynes", "01/12/2025 10:00", "Act Now", "",
         "YOT Milton Keynes", "casey", ""],
    ]
    return rows


def _import_one_by_one(ctx, actor, sheet: si.Sheet, mapping: si.Mapping, track_overdue: bool) -> tuple[dict, list]:
    """The rows as intake (``referrals.insert_referral``) writes them, one referral at a time, as the import
    did before its bulk writer: snapshotted inside the transaction, which is then rolled back."""
    now = ctx.clock.now()
    checker = si._Checker(ctx, actor, sheet, mapping, now)  # noqa: SLF001 - the import's own checks
    captured: dict[str, Any] = {}
    try:
        with ctx.write() as s:
            baseline = _baseline(s)
            rows = checker.run(s)
            report = checker.report(rows)
            assert report.ok, [p.text() for p in report.errors]
            created: dict[int, Person] = {}
            ids = []
            for row in rows:
                prepared, resolved = row.prepared, row.resolved
                if row.link_to is not None or row.same_as_row is not None:
                    person = s.get(Person, row.link_to) if row.link_to is not None else created[row.same_as_row]
                    prepared = replace(prepared, person=None, new=replace(prepared.new, person=None,
                                                                          person_id=person.id))
                    resolved = replace(resolved, existing=person)
                referral = referrals.insert_referral(s, ctx, actor, prepared, resolved, now,
                                                     untracked_before=None if track_overdue else now)
                if row.link_to is None and row.same_as_row is None:
                    created[row.number] = s.get(Person, referral.person_id)
                ids.append(referral.id)
            late = s.execute(select(SlaTimer.referral_id).where(
                SlaTimer.referral_id.in_(ids), SlaTimer.state.in_(("breached", "met_late", "not_tracked")))).all()
            audit.record(s, actor, now, "import_referrals", "import", None,
                         details={"file": sheet.file_name, "sha256": sheet.sha256, "sheet": sheet.sheet_name,
                                  "rows": len(rows), "referral_ids": ids, "new_people": report.new_people,
                                  "linked_people": report.linked_people,
                                  "overdue_rows": len({r.referral_id for r in late}), "overdue_clocks": len(late),
                                  "overdue_tracked": track_overdue})
            s.flush()
            captured["tables"] = _written(s, baseline)
            captured["audit"] = [(p.at, p.user_id, p.action, p.entity_type, p.entity_id, p.details)
                                 for p in s.info[audit._PENDING]]  # noqa: SLF001 - entries not yet chained
            captured["ranks"] = _ranks(s, baseline)
            raise _RolledBack
    except _RolledBack:
        pass
    return captured["tables"], _audit(captured["audit"], captured["ranks"])


def _baseline(s) -> dict[type, int]:
    return {model: s.scalar(select(func.coalesce(func.max(model.id), 0))) for model in TABLES}


def _ranks(s, baseline) -> dict[type, dict[int, int]]:
    return {model: {id_: rank for rank, id_ in enumerate(s.scalars(select(model.id).where(model.id > baseline[model])
                                                                  .order_by(model.id)))}
            for model in TABLES}


def _ref(ranks, model, value):
    if value is None:
        return None
    return ("new", ranks[model][value]) if value in ranks[model] else ("held", value)


def _written(s, baseline) -> dict[str, list[dict]]:
    """Every row the import wrote, in id order, ids replaced by their rank among the new rows."""
    ranks = _ranks(s, baseline)
    out = {}
    for model in TABLES:
        table = model.__table__
        rows = []
        for row in s.execute(select(table).where(table.c.id > baseline[model]).order_by(table.c.id)).mappings():
            values = {k: v for k, v in row.items() if k != "id"}
            for column, target in REFERENCES.items():
                if column in values:
                    values[column] = _ref(ranks, target, values[column])
            rows.append(values)
        out[model.__tablename__] = rows
    return out


def _audit(entries, ranks) -> list[tuple]:
    shown = []
    for at, user_id, action, entity_type, entity_id, details in entries:
        details = dict(details)
        after = dict(details.get("after") or {})
        if "event_id" in after:
            after["event_id"] = _ref(ranks, Event, after["event_id"])
        if "person_id" in after:
            after["person_id"] = _ref(ranks, Person, after["person_id"])
        if after:
            details["after"] = after
        if "referral_ids" in details:
            details["referral_ids"] = [_ref(ranks, Referral, i) for i in details["referral_ids"]]
        model = {"person": Person, "referral": Referral}.get(entity_type)
        shown.append((at, user_id, action, entity_type, _ref(ranks, model, entity_id) if model else entity_id,
                      details))
    return shown


@pytest.mark.parametrize("track_overdue", [True, False], ids=["overdue tracked", "overdue not tracked"])
def test_the_bulk_import_writes_the_rows_intake_writes_one_by_one(ctx, world, track_overdue):
    # GIVEN a young person already held, and a file of referrals on every pathway
    referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(nhs_number="9434765919"), team=world.team))
    sheet = _sheet(_rows())
    mapping = si.propose_mapping(sheet.headers)
    mapping.columns["home_local_authority"] = "Home LA"
    # WHEN it is written one referral at a time (rolled back), then imported in bulk
    one_by_one, one_by_one_audit = _import_one_by_one(ctx, world.caseworker, sheet, mapping, track_overdue)
    with ctx.read() as s:
        baseline = _baseline(s)
        first_seq = s.scalar(select(func.coalesce(func.max(AuditEntry.seq), 0)))
    result = si.import_referrals(ctx, world.caseworker, sheet, mapping, track_overdue=track_overdue)
    with ctx.read() as s:
        bulk = _written(s, baseline)
        entries = [(e.at, e.user_id, e.action, e.entity_type, e.entity_id, e.details)
                   for e in s.scalars(select(AuditEntry).where(AuditEntry.seq > first_seq).order_by(AuditEntry.seq))]
        bulk_audit = _audit(entries, _ranks(s, baseline))
    # THEN every row of every table, and every audit entry in its order, is the same
    assert len(result.referral_ids) == 10 and result.linked_people == 1
    for name in one_by_one:
        assert bulk[name] == one_by_one[name], name
    assert bulk_audit == one_by_one_audit
    # AND the file exercised what it is meant to: a held and a shared person, and timers in every live state
    states = {t["state"] for t in bulk["sla_timer"]}
    overdue = "breached" if track_overdue else "not_tracked"
    assert {"running", "warning", overdue, "not_started"} <= states, states
    assert {a["threshold"] for a in bulk["alert"]} == ({"warning", "breach"} if track_overdue else {"warning"})
    assert len({a["user_id"] for a in bulk["alert"]}) == 2  # the worker and the team lead
    assert bool(bulk["breach"]) == track_overdue and len(bulk["person"]) == 8
    assert any(r["person_id"][0] == "held" for r in bulk["referral"])
    assert audit.verify(ctx, world.manager).ok
    # AND the referrals written in bulk carry their people's initials (SQLite's triggers, revision 0017)
    assert_initials_match_names(ctx)
