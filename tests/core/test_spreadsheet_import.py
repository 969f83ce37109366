"""Importing referrals from CSV/XLSX: reading, mapping, the dry run's report, the all-or-nothing import."""

from __future__ import annotations

import time
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from casework.errors import NotPermitted, ValidationError
from casework.services import audit, referrals
from casework.services import spreadsheet_import as si
from casework.store.models import AuditEntry, Person, Referral
from tests.core import sheet_data as sd
from tests.core.factories import young_person

TIMINGS: dict[str, float] = {}


def _counts(ctx) -> tuple[int, int]:
    with ctx.read() as s:
        return s.scalar(select(func.count(Referral.id))), s.scalar(select(func.count(Person.id)))


def _errors(report: si.ImportReport) -> set[tuple[int | None, str | None, str]]:
    return {(p.row, p.column, p.rule) for p in report.errors}


def _planted(gen: sd.Generated) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.rule) for p in gen.planted}


# --- the 10,000-row file -------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_ten_thousand_rows_with_planted_errors_report_each_and_import_nothing_until_fixed(ctx, world, kind,
                                                                                         engine_name):
    if kind == "xlsx" and engine_name == "postgresql":
        pytest.skip("reading the workbook does not depend on the engine; the CSV run checks the database side")
    # GIVEN a young person already held, whose NHS number the file gives with another date of birth
    held = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(nhs_number="9434765919"), team=world.team))
    before = _counts(ctx)
    gen = sd.with_planted_errors(10_000, real_dates=(kind == "xlsx"), existing_nhs="943 476 5919")
    data = sd.to_csv(sd.HEADERS, gen.rows) if kind == "csv" else sd.to_xlsx(sd.HEADERS, gen.rows)
    started = time.perf_counter()
    sheet = si.read_bytes(data, f"referrals.{kind}")
    mapping = si.propose_mapping(sheet.headers)
    # WHEN the file is checked
    report = si.dry_run(ctx, world.caseworker, sheet, mapping)
    TIMINGS[f"dry run {kind} 10000"] = time.perf_counter() - started
    # THEN every planted error is reported at its row and column, and nothing else is an error
    assert report.rows == 10_000
    assert _errors(report) == _planted(gen)
    assert all(p.header == sd.HEADERS[ord(p.column) - 65] for p in report.errors)
    if kind == "xlsx":
        return  # the import and the fixed file: once is enough (the CSV run), the checks are the same
    # AND the import refuses the file and writes nothing (rows for another team: an audited refusal)
    with pytest.raises(NotPermitted):
        si.import_referrals(ctx, world.caseworker, sheet, mapping)
    assert _counts(ctx) == before
    # WHEN the errors are put right, the whole file checks clean
    fixed = [row for row in gen.fixed_rows()]
    fixed[10_000 - 4][sd.HEADERS.index("NHS number")] = ""  # the clash with the held person: identifier left out
    sheet = si.read_bytes(sd.to_csv(sd.HEADERS, fixed), "referrals.csv")
    started = time.perf_counter()
    report = si.dry_run(ctx, world.caseworker, sheet, mapping)
    TIMINGS[f"dry run fixed {kind} 10000"] = time.perf_counter() - started
    assert report.errors == [], [p.text() for p in report.errors[:5]]
    assert report.rows == 9_999 and report.new_people == 9_999
    assert held.person.id  # (still held; nothing of theirs changed)
    assert _counts(ctx) == before


def test_a_fixed_file_imports_every_row_in_one_audited_transaction(ctx, world, monkeypatch):
    gen = sd.with_planted_errors(80)
    fixed = gen.fixed_rows()
    sheet = si.read_bytes(sd.to_csv(sd.HEADERS, fixed), "referrals.csv")
    mapping = si.propose_mapping(sheet.headers)
    monkeypatch.setattr(si, "PROGRESS_EVERY", 25)
    told = []
    started = time.perf_counter()
    result = si.import_referrals(ctx, world.caseworker, sheet, mapping, progress=lambda step, done, total: told.append(
        (step, done, total)))
    # the cells checked again (every 25 rows), then against the records held, then each writing step
    assert told == [("check", 25, 79), ("check", 50, 79), ("check", 75, 79), ("check", 79, 79), ("match", 79, 79),
                    ("people", 79, 79), ("referrals", 79, 79), ("events", 79, 79), ("timers", 79, 79),
                    ("audit", 79, 79)]
    TIMINGS["import csv 79"] = time.perf_counter() - started
    assert len(result.referral_ids) == 79 == result.rows
    assert _counts(ctx) == (79, 79)
    with ctx.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import_referrals"))
        assert entry.details["sha256"] == sheet.sha256
        assert entry.details["file"] == "referrals.csv"
        assert entry.details["rows"] == 79
        assert entry.details["referral_ids"] == result.referral_ids
        first = s.get(Referral, result.referral_ids[0])
        # the spreadsheet's local time (GMT in January) is UTC inside
        assert first.received_at == datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
        assert first.assigned_user_id is not None
    assert audit.verify(ctx, world.manager).ok


def test_rows_are_linked_to_a_young_person_held_by_nhs_number_and_to_each_other(ctx, world):
    held = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(nhs_number="9434765919"), team=world.team))
    rows = sd.referral_rows(3)
    rows[0][sd.HEADERS.index("NHS number")] = "943 476 5919"
    rows[0][sd.HEADERS.index("DOB")] = "04/03/2010"
    rows[0][sd.HEADERS.index("Name")] = "Samuel Jones"
    rows[2][sd.HEADERS.index("NHS number")] = rows[1][sd.HEADERS.index("NHS number")]
    rows[2][sd.HEADERS.index("DOB")] = rows[1][sd.HEADERS.index("DOB")]
    sheet = si.read_bytes(sd.to_csv(sd.HEADERS, rows), "r.csv")
    mapping = si.propose_mapping(sheet.headers)
    report = si.dry_run(ctx, world.caseworker, sheet, mapping)
    assert report.errors == []
    assert ("linked_name_differs", 2) in {(p.rule, p.row) for p in report.warnings}
    assert report.new_people == 1 and report.linked_people == 1
    result = si.import_referrals(ctx, world.caseworker, sheet, mapping)
    with ctx.read() as s:
        people = [s.get(Referral, i).person_id for i in result.referral_ids]
    assert people[0] == held.person.id
    assert people[1] == people[2] != held.person.id


def test_a_similar_name_with_the_same_date_of_birth_is_a_warning_not_an_error(ctx, world):
    referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="act_now", source="custody", person=young_person(), team=world.team))
    sheet = si.read_bytes(b"First name,Surname,DOB,Referral date,Pathway\nSam,Jones,4/3/10,01/06/2026 10:00,Act Now\n",
                          "r.csv")
    report = si.dry_run(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers))
    assert report.errors == []
    assert [p.rule for p in report.warnings] == ["possible_match"]
    assert report.new_people == 1


def test_a_manager_may_not_import_and_the_refusal_is_audited(ctx, world):
    sheet = si.read_bytes(sd.to_csv(sd.HEADERS, sd.referral_rows(2)), "r.csv")
    with pytest.raises(NotPermitted):
        si.import_referrals(ctx, world.manager, sheet, si.propose_mapping(sheet.headers))
    with ctx.read() as s:
        assert s.scalar(select(func.count(AuditEntry.seq)).where(AuditEntry.action == "refused")) >= 1
    assert _counts(ctx) == (0, 0)


# --- reading -----------------------------------------------------------------------------------

def test_csv_in_windows_1252_is_read_and_the_fallback_is_reported():
    text = "Name;DOB\nSiân Ní Bhriain;03/02/2012\n"
    sheet = si.read_bytes(text.encode("cp1252"), "r.csv")
    assert sheet.encoding == "cp1252" and sheet.delimiter == ";"
    assert sheet.rows == [(2, ["Siân Ní Bhriain", "03/02/2012"])]
    assert any("Windows-1252" in n for n in sheet.notices)
    bom = si.read_bytes(("\ufeff" + text).encode("utf-8"), "r.csv")
    assert bom.headers == ["Name", "DOB"] and bom.encoding == "utf-8-sig" and not bom.notices
    utf16 = si.read_bytes(text.replace(";", "\t").encode("utf-16"), "r.csv")
    assert utf16.delimiter == "\t" and utf16.rows[0][1][0] == "Siân Ní Bhriain"


def test_rows_keep_the_numbers_the_spreadsheet_shows_blank_rows_and_multi_line_cells_included():
    sheet = si.read_bytes(b'Name,Notes\nA B,"two\nlines"\n,\n\nC D,x\n', "r.csv")
    assert [n for n, _ in sheet.rows] == [2, 5]


@pytest.mark.parametrize("data,rule", [
    (b"", "no_header"), (b"\n\nName\n", "no_header"), (b"Name,DOB\n", "no_rows"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "xls_not_supported"), (b"PK\x03\x04garbage", "unreadable"),
    (b"Name\x00,DOB\nx,y\n", "not_text"), (b"\x81\x8d\x8f\x90\x9d", "encoding"),
])
def test_unreadable_files_are_typed_errors_naming_the_file(data, rule):
    with pytest.raises(ValidationError) as caught:
        si.read_bytes(data, "bad.csv")
    assert caught.value.field == "file" and caught.value.rule == rule


def test_xlsx_sheet_is_chosen_by_name_and_an_unknown_one_is_refused():
    data = sd.to_xlsx(["Name"], [["A B"]], sheet="Custody 2025")
    assert si.read_bytes(data, "r.xlsx", "custody 2025").sheet_name == "Custody 2025"
    with pytest.raises(ValidationError) as caught:
        si.read_bytes(data, "r.xlsx", "Nope")
    assert caught.value.rule == "unknown_sheet" and "Custody 2025" in caught.value.message


# --- values -----------------------------------------------------------------------------------

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize("cell,expected", [
    ("03/02/2009", date(2009, 2, 3)), ("3/2/09", date(2009, 2, 3)), ("3.2.2009", date(2009, 2, 3)),
    ("2009-02-03", date(2009, 2, 3)), ("3 Feb 2009", date(2009, 2, 3)), ("03-Feb-09", date(2009, 2, 3)),
    ("3rd February 2009", date(2009, 2, 3)), ("3 Chwefror 2009", date(2009, 2, 3)),
    (39847, date(2009, 2, 3)), (39847.0, date(2009, 2, 3)), ("39847", date(2009, 2, 3)),
    (datetime(2009, 2, 3, 0, 0), date(2009, 2, 3)), (date(2009, 2, 3), date(2009, 2, 3)),
    ("1/1/26", date(2026, 1, 1)), ("1/1/27", date(1927, 1, 1)),
])
def test_dates_are_read_in_the_formats_spreadsheets_hold(cell, expected):
    assert si.parse_date_cell(cell, "date_of_birth", TODAY) == expected


@pytest.mark.parametrize("cell", ["31/02/2009", "12/25/2011", "2009-13-01", "tomorrow", "3 Foo 2009", 12.5, "0/1/2009",
                                  float("nan")])
def test_what_is_not_a_date_is_a_typed_error_quoting_the_cell(cell):
    with pytest.raises(ValidationError) as caught:
        si.parse_date_cell(cell, "date_of_birth", TODAY)
    assert caught.value.field == "date_of_birth" and caught.value.rule == "date_format"


@pytest.mark.parametrize("cell,time_cell,expected", [
    ("15/01/2026 14:30", None, datetime(2026, 1, 15, 14, 30, tzinfo=timezone.utc)),
    ("15/06/2026 08:30", None, datetime(2026, 6, 15, 7, 30, tzinfo=timezone.utc)),  # BST
    ("15/06/2026", "2:30 pm", datetime(2026, 6, 15, 13, 30, tzinfo=timezone.utc)),
    (datetime(2026, 6, 1, 10, 0), None, datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)),
    (46174.5, None, datetime(2026, 6, 1, 11, 0, tzinfo=timezone.utc)),
    ("2025-10-26 01:30+00:00", None, datetime(2025, 10, 26, 1, 30, tzinfo=timezone.utc)),
    ("2025-10-26T01:30+01:00", None, datetime(2025, 10, 26, 0, 30, tzinfo=timezone.utc)),
    ("3 Feb 2026 14:30", None, datetime(2026, 2, 3, 14, 30, tzinfo=timezone.utc)),
])
def test_referral_times_are_london_wall_clock_times_stored_as_utc(cell, time_cell, expected):
    assert si.parse_datetime_cell(cell, time_cell, "received_at", TODAY)[0] == expected


@pytest.mark.parametrize("cell,rule", [("29/03/2026 01:30", "nonexistent_time"), ("26/10/2025 01:30", "ambiguous_time"),
                                       ("15/01/2026 25:00", "time_format"), ("15/01/2026 1:30 xm", "time_format")])
def test_times_the_clocks_skip_or_pass_twice_are_errors(cell, rule):
    with pytest.raises(ValidationError) as caught:
        si.parse_datetime_cell(cell, None, "received_at", TODAY)
    assert caught.value.rule == rule


# --- mapping -----------------------------------------------------------------------------------

def test_a_mapping_is_proposed_from_header_synonyms_in_any_case_and_spacing():
    mapping = si.propose_mapping(["FIRST NAME", "surname", "D.O.B.", "nhs no", "Date Received", "Time", "Programme",
                                  "Key worker", "Comments", "Something else"])
    assert mapping.columns == {"given_name": "FIRST NAME", "family_name": "surname", "date_of_birth": "D.O.B.",
                               "nhs_number": "nhs no", "received_at": "Date Received", "received_time": "Time",
                               "pathway": "Programme", "assigned_to": "Key worker", "note": "Comments"}


def test_a_mapping_saved_as_json_loads_again_and_a_broken_one_is_refused(tmp_path):
    mapping = si.Mapping({"full_name": "Young person", "date_of_birth": "Born"}, {"pathway": "intact"})
    path = tmp_path / "m.json"
    si.save_mapping(mapping, path)
    assert si.load_mapping(path) == mapping
    path.write_text('{"format": "casework-referral-mapping", "columns": {"shoe_size": "X"}}')
    with pytest.raises(ValidationError) as caught:
        si.load_mapping(path)
    assert caught.value.field == "mapping" and caught.value.rule == "unknown_field"
    path.write_text("not json")
    with pytest.raises(ValidationError):
        si.load_mapping(path)


def test_fixed_values_fill_fields_the_file_has_no_column_for(ctx, world):
    sheet = si.read_bytes(b"Young person,Born,Referred\nCerys Evans,01/05/2012,02/06/2026 11:00\n", "r.csv")
    mapping = si.Mapping({"full_name": "Young person", "date_of_birth": "Born", "received_at": "Referred"},
                         {"pathway": "INTACT"})
    world_lead = world.team_lead
    report = si.dry_run(ctx, world_lead, sheet, mapping)
    assert report.errors == []
    result = si.import_referrals(ctx, world_lead, sheet, mapping)
    with ctx.read() as s:
        referral = s.get(Referral, result.referral_ids[0])
        assert (referral.pathway, referral.source) == ("intact", "marf")


def test_a_mapping_naming_a_missing_column_or_leaving_out_a_required_field_is_reported(ctx, world):
    sheet = si.read_bytes(b"Name,DOB\nA B,01/01/2012\n", "r.csv")
    report = si.dry_run(ctx, world.caseworker, sheet, si.Mapping({"full_name": "Name", "date_of_birth": "Birth"}))
    rules = {(p.field, p.rule) for p in report.errors}
    assert ("date_of_birth", "column_missing") in rules
    assert ("received_at", "not_mapped") in rules and ("pathway", "not_mapped") in rules
    assert all(p.row is None for p in report.errors)


def test_every_problem_of_one_row_is_reported_not_only_the_first(ctx, world):
    sheet = si.read_bytes("First name,Surname,DOB,Gender,Postcode,NHS number,Referral date,Pathway,Worker\n"
                          ",Jones,31/02/2012,banana,XX,123,01/06/2030,Act Now,nobody\n".encode(), "r.csv")
    report = si.dry_run(ctx, world.caseworker, sheet, si.propose_mapping(sheet.headers))
    assert {(p.column, p.rule) for p in report.errors} == {
        ("A", "required"), ("C", "date_format"), ("D", "choice"), ("E", "postcode_format"),
        ("F", "nhs_number_format"), ("G", "in_future"), ("I", "unknown_user")}
    assert report.errors[0].text().startswith("Row 2, column ")


# --- the command -------------------------------------------------------------------------------

def test_cli_import_referrals_dry_run_reports_by_row_and_column_then_imports(ctx, world, db_url, clock, capsys,
                                                                             monkeypatch, tmp_path):
    from .test_cli import _runner

    monkeypatch.setenv("CASEWORK_PASSWORD", "correct-horse-battery")
    rows = sd.referral_rows(5)
    rows[2][sd.HEADERS.index("DOB")] = "31/02/2009"
    bad = tmp_path / "referrals.csv"
    bad.write_bytes(sd.to_csv(sd.HEADERS, rows))
    capsys.readouterr()
    cli = _runner(db_url, clock, capsys)
    saved = tmp_path / "mapping.json"
    result = cli("import", "referrals", str(bad), "--dry-run", "--save-mapping", str(saved), user="casey")
    assert result.code == 2
    assert "Row 4, column B (DOB): 31/02/2009 is not a date" in result.out
    assert si.load_mapping(saved).columns["date_of_birth"] == "DOB"
    refused = cli("import", "referrals", str(bad), "--json", user="casey")
    assert refused.code == 2 and refused.json()["errors"] == 1 and "nothing was imported" in refused.err
    assert _counts(ctx) == (0, 0)
    rows[2][sd.HEADERS.index("DOB")] = "28/02/2012"
    good = tmp_path / "fixed.csv"
    good.write_bytes(sd.to_csv(sd.HEADERS, rows))
    done = cli("import", "referrals", str(good), "--mapping", str(saved), "--json", user="casey")
    assert done.code == 0, done.err
    assert len(done.json()["referral_ids"]) == 5
    assert _counts(ctx) == (5, 5)
    assert cli("import", "referrals", str(good), "--set", "note=x", user="casey").code == 2
    assert cli("import", "referrals", str(tmp_path / "missing.csv"), user="casey").code == 2
    assert cli("import", "referrals", str(good), user="morgan").code == 3
