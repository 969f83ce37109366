"""Exporting lists to CSV/XLSX: values as seen, real date cells, no formula injection, audited, the caseload
through its service query."""

from __future__ import annotations

import csv
from datetime import datetime

import openpyxl
import pytest
from sqlalchemy import select

from casework.errors import NotPermitted, ValidationError
from casework.services import caseload, list_export
from casework.store.models import AuditEntry

from .factories import act_now, young_person


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _audit_entries(ctx):
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "export_list").order_by(AuditEntry.seq)))


@pytest.mark.parametrize("text,safe", [("=SUM(A1)", "'=SUM(A1)"), ("+44 7700", "'+44 7700"), ("-x", "'-x"),
                                       ("@cmd", "'@cmd"), ("\t=1", "'\t=1"), ("-12", "-12"), ("3.5", "3.5"),
                                       ("Sam", "Sam"), ("", "")])
def test_text_a_spreadsheet_would_run_as_a_formula_is_prefixed(text, safe):
    assert list_export.safe_text(text) == safe


def test_csv_export_is_utf8_with_bom_values_as_shown_and_audited(ctx, world, out):
    path = out / "alerts.csv"
    count = list_export.export_table(ctx, world.caseworker, "alerts", path, "csv", ["Person", "Due"],
                                     [["Siân =HYPERLINK(\"x\")", "2026-06-15 10:00 BST"], ["=cmd|' /C calc'!A0", ""]],
                                     filters={"state": "unread"})
    assert count == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows == [["Person", "Due"], ["Siân =HYPERLINK(\"x\")", "2026-06-15 10:00 BST"], ["'=cmd|' /C calc'!A0", ""]]
    [entry] = _audit_entries(ctx)
    assert entry.user_id == world.caseworker.user_id
    assert entry.details == {"list": "alerts", "file": "alerts.csv", "format": "csv", "rows": 2,
                             "filters": {"state": "unread"}}
    assert [p.name for p in out.iterdir()] == ["alerts.csv"]  # no temporary file left


def test_xlsx_export_has_a_header_row_real_date_cells_numbers_and_no_formulas(ctx, world, out):
    path = out / "breaches.xlsx"
    list_export.export_table(ctx, world.team_lead, "breaches", path, "xlsx", ["Name", "Due", "Born", "Age", "Note"],
                             [["Sam Jones", "2026-06-15 10:00 BST", "04 Mar 2010", "16", "=1+1"],
                              ["Ava", "", "2010-03-04", "-3", "@x"]])
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Name", "Due", "Born", "Age", "Note"]
    assert sheet["A1"].font.bold
    assert values[1] == ["Sam Jones", datetime(2026, 6, 15, 10, 0), datetime(2010, 3, 4), 16, "'=1+1"]
    assert values[2][2] == datetime(2010, 3, 4) and values[2][3] == -3 and values[2][4] == "'@x"
    assert sheet["B2"].is_date and sheet["B2"].data_type == "d"


def test_a_failed_export_leaves_no_file_and_no_audit_entry(ctx, world, out):
    def rows():
        yield ["a"]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        list_export.export_table(ctx, world.caseworker, "alerts", out / "x.csv", "csv", ["A"], rows())
    assert list(out.iterdir()) == [] and _audit_entries(ctx) == []
    with pytest.raises(ValidationError) as caught:
        list_export.export_table(ctx, world.caseworker, "alerts", out / "nope" / "x.csv", "csv", ["A"], [])
    assert caught.value.rule == "no_folder"
    with pytest.raises(ValidationError):
        list_export.export_table(ctx, world.caseworker, "alerts", out / "x.pdf", "pdf", ["A"], [])


def test_the_caseload_export_goes_through_the_service_query_with_the_screens_scope_and_filters(ctx, world, out):
    for i in range(7):
        act_now(ctx, world.caseworker, person=young_person(given_name=f"Kid{i}", nhs_number=None),
                assigned_to="casey" if i % 2 else None)
    query = caseload.CaseloadQuery(scope="mine", sort="name")
    shown = caseload.page(ctx, world.caseworker, query.at(ctx.clock.now()), 0, 100)
    path = out / "caseload.xlsx"
    count = list_export.export_caseload(ctx, world.caseworker, query, path, "xlsx", ["Name", "Received"],
                                        lambda r: [r.name, r.received_at], progress=None)
    assert count == len(shown) == 3
    sheet = openpyxl.load_workbook(path).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [r.name for r in shown]
    [entry] = _audit_entries(ctx)
    assert entry.details["filters"] == {"scope": "mine", "open_only": True, "sort": "name"}
    assert entry.details["rows"] == 3
    # more rows than one fetch: every one comes, in order
    assert len(list(list_export.iter_caseload(ctx, world.team_lead, caseload.CaseloadQuery(scope="team"), chunk=2))) == 7


def test_someone_who_may_not_read_the_caseload_cannot_export_it(ctx, world, out):
    with pytest.raises(NotPermitted):
        list_export.export_caseload(ctx, world.admin, caseload.CaseloadQuery(scope="all"), out / "c.csv", "csv",
                                    ["Name"], lambda r: [r.name])
    assert list(out.iterdir()) == [] and _audit_entries(ctx) == []
