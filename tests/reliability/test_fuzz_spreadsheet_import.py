"""Bad input to the spreadsheet import: random bytes, encodings, headers and cells.

Reading either gives a sheet or a ValidationError naming the file or the sheet; the dry run gives a
report (never raises for a cell); the import writes every row or nothing (the harness's digest of every
table is unchanged after a rejected import), and a successful one adds exactly one referral per row.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from casework.errors import ValidationError
from casework.services import spreadsheet_import as si
from casework.store.models import Referral

from ..core import sheet_data as sd
from .conftest import FIGURES
from .fuzz import CASES, EDGE_TEXT, REJECTED, attempt, nasty_text

EXAMPLES = 30
FUZZ = settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                              HealthCheck.function_scoped_fixture])
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]
HEADER_WORDS = ["Name", "DOB", "Gender", "Postcode", "NHS number", "PNC ID", "Referral date/time", "Source", "Pathway",
                "Team", "Worker", "Notes", "First name", "Surname", "Time", "", "Name"]


@pytest.fixture(autouse=True, scope="module")
def _report():
    yield
    names = [n for n in sorted(CASES) if n.startswith("spreadsheet_import")]
    FIGURES.append("spreadsheet import fuzz cases (rejected): "
                   + "; ".join(f"{n} {CASES[n]} ({REJECTED[n]} rejected)" for n in names)
                   + f"; files read {READS[0]}")


READS = [0]


def cell_values():
    valid = st.sampled_from(["Sam Jones", "03/02/2012", "3/2/12", "F", "MK9 2AA", "943 476 5919", "12/3456789A",
                             "01/06/2026 10:00", "Custody", "Act Now", "YOT Milton Keynes", "casey", "note",
                             "29/03/2026 01:30", "26/10/2025 01:30", "31/02/2009", "=SUM(A1)", "Leeds Navigators"])
    odd = st.one_of(nasty_text(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                    st.dates(), st.datetimes(), st.booleans(), st.none(), st.sampled_from(EDGE_TEXT))
    return st.one_of(valid, valid, odd)


def _csv_bytes(headers, rows, encoding, delimiter) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding, "replace" if encoding != "utf-16" else "surrogatepass")


def test_fuzz_reading_random_bytes_gives_a_sheet_or_a_typed_error():
    @settings(max_examples=300)
    @given(data=st.one_of(st.binary(max_size=400), st.binary(max_size=50).map(lambda b: b"PK\x03\x04" + b),
                          st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))),
           name=st.sampled_from(["r.csv", "r.xlsx", "r.xls", "r", "r.txt"]),
           sheet=st.one_of(st.none(), st.text(max_size=5)))
    def run(data, name, sheet):
        READS[0] += 1
        try:
            read = si.read_bytes(data, name, sheet)
        except ValidationError as exc:
            assert exc.field in ("file", "sheet") and exc.message
            return
        assert read.headers and read.rows and all(n >= 2 for n, _ in read.rows)

    run()


def test_fuzz_dry_run_and_import_of_random_sheets_are_all_or_nothing(ctx, world):
    before_total = [0]

    @FUZZ
    @given(headers=st.lists(st.one_of(st.sampled_from(HEADER_WORDS), nasty_text()), min_size=1, max_size=8),
           rows=st.lists(st.lists(cell_values(), max_size=9), min_size=1, max_size=4),
           kind=st.sampled_from(["csv", "xlsx"]),
           encoding=st.sampled_from(ENCODINGS), delimiter=st.sampled_from([",", ";", "\t"]),
           fixed=st.dictionaries(st.sampled_from(["pathway", "source", "team", "site"]),
                                 st.one_of(st.sampled_from(["Act Now", "intact", "custody", "YOT Milton Keynes"]),
                                           nasty_text()), max_size=2))
    # Always among the cases, whatever the random draw: files that read and reach the import (one of them
    # imports, one is refused for a bad date).
    @example(headers=sd.HEADERS, rows=[list(r) for r in sd.referral_rows(2, seed=91)], kind="csv",
             encoding="utf-8", delimiter=",", fixed={})
    @example(headers=sd.HEADERS, rows=[["Ann Lee", "31/02/2012", "", "", "", "", "01/06/2026 10:00", "Custody",
                                        "Act Now", "", "", ""]], kind="xlsx", encoding="utf-8", delimiter=",", fixed={})
    @example(headers=["Name", "DOB", "Referral date"], rows=[["Bo Ray", "01/01/2012", "01/06/2026 10:00"]], kind="csv",
             encoding="cp1252", delimiter=";", fixed={"pathway": "Act Now"})
    def run(headers, rows, kind, encoding, delimiter, fixed):
        try:
            if kind == "xlsx":
                cells = [[v if not isinstance(v, str) else v.encode("utf-8", "replace").decode("utf-8")
                          for v in row] for row in rows]
                head = [h.encode("utf-8", "replace").decode("utf-8") for h in headers]
                data = sd.to_xlsx(head, cells)
            else:
                data = _csv_bytes(headers, rows, encoding, delimiter)
        except Exception:  # noqa: BLE001 - the generator (openpyxl refusing a control character), not the import
            return
        try:
            sheet = si.read_bytes(data, f"fuzz.{kind}")
        except ValidationError as exc:
            assert exc.field in ("file", "sheet")
            return
        mapping = si.propose_mapping(sheet.headers)
        mapping.fixed.update(fixed)
        report = si.dry_run(ctx, world.caseworker, sheet, mapping)
        assert all(p.severity in (si.ERROR, si.WARNING) and p.message for p in report.problems)
        with ctx.read() as s:
            before = s.scalar(select(func.count(Referral.id)))
        result = attempt(ctx, "spreadsheet_import", lambda: si.import_referrals(ctx, world.caseworker, sheet, mapping))
        with ctx.read() as s:
            after = s.scalar(select(func.count(Referral.id)))
        if result is None:
            assert after == before
        else:
            assert report.ok, "the import took a file the dry run had errors in"
            assert after == before + len(sheet.rows) == before + len(result.referral_ids)
            before_total[0] += 1

    run()


def test_fuzz_a_valid_file_with_one_random_cell_changed(ctx, world):
    base = sd.referral_rows(3)

    @FUZZ
    @given(row=st.integers(0, 2), column=st.integers(0, len(sd.HEADERS) - 1), value=cell_values(),
           kind=st.sampled_from(["csv", "xlsx"]))
    @example(row=1, column=1, value="31/02/2009", kind="csv")
    @example(row=0, column=7, value="MARF", kind="xlsx")
    @example(row=2, column=2, value="F", kind="csv")
    def run(row, column, value, kind):
        rows = [list(r) for r in base]
        rows[row][column] = value
        # each example is a new file: fresh identities, so earlier successful imports are not matched
        for r in rows:
            r[sd.HEADERS.index("NHS number")] = ""
        try:
            data = sd.to_csv(sd.HEADERS, rows) if kind == "csv" else sd.to_xlsx(sd.HEADERS, rows)
        except Exception:  # noqa: BLE001 - the generator, not the import
            return
        try:
            sheet = si.read_bytes(data, f"one.{kind}")
        except ValidationError as exc:  # a NUL in a CSV, a lone surrogate in the workbook's XML
            assert exc.field == "file"
            return
        mapping = si.propose_mapping(sheet.headers)
        report = si.dry_run(ctx, world.caseworker, sheet, mapping)
        for problem in report.errors:
            assert problem.row is None or 2 <= problem.row <= 4
        result = attempt(ctx, "spreadsheet_import (one cell)",
                         lambda: si.import_referrals(ctx, world.caseworker, sheet, mapping))
        if result is not None:
            assert report.ok and len(result.referral_ids) == 3

    run()


def test_fuzz_dates_and_times_parse_or_raise_typed_errors():
    @settings(max_examples=400)
    @given(value=st.one_of(nasty_text(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**20, 10**20),
                           st.dates(), st.datetimes(), st.times(),
                           st.from_regex(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}( \d{1,2}:\d{2})?", fullmatch=True)),
           time_value=st.one_of(st.none(), nasty_text(), st.floats(), st.times()))
    def run(value, time_value):
        try:
            si.parse_date_cell(value, "date_of_birth", date(2026, 6, 15))
        except ValidationError as exc:
            assert exc.field == "date_of_birth"
        try:
            when, _ = si.parse_datetime_cell(value, time_value, "received_at", date(2026, 6, 15))
            assert when.tzinfo is not None and isinstance(when, datetime)
        except ValidationError as exc:
            assert exc.field in ("received_at", "received_time")

    run()


def test_fuzz_spreadsheet_cases_ran():
    """The fuzzing above really reached the import (not only files the generator could not write)."""
    assert CASES["spreadsheet_import"] >= 3 and CASES["spreadsheet_import (one cell)"] >= 3, dict(CASES)
