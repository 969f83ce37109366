"""The caseload summary's list of open cases, drawn straight on the canvas (``casework.reports.drawn``):
every row and every header is in the PDF's text, in English and in Welsh, each word inside its column
and inside the page's body, with the header row on every page and as many rows a page as fit."""

from __future__ import annotations

import html
import math
import os
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone

import pytest

from casework import i18n
from casework.reports import figures, pdf
from casework.reports.drawn import DrawnTable, drawn_table
from casework.reports.params import local_date_text, local_time_text
from casework.reports.pdf import CELL_PAD_X, CELL_PAD_Y, CELL_SIZE, Column, ReportMeta, Strong

from .test_reports import figures_of, read_pdf, report, scope_for, table_columns
from .test_reports_demo import SPRING, demo_data  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None and os.environ.get("CI") != "true",
                                reason="needs poppler's pdftotext")

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
BOX = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)

COLUMNS = [Column("Referral", 0.095, "right"), Column("Young person", 0.2, wrap=True), Column("Age", 0.06, "right"),
           Column("Pathway", 0.14, wrap=True), Column("Stage", 0.165, wrap=True), Column("Received", 0.14),
           Column("Next deadline", 0.2)]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


def boxes(path) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Each page's width, height and words (x0, y0, x1, y1, text; y from the top)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [(float(w), float(h), [(float(a), float(b), float(c), float(d), html.unescape(t))
                                  for a, b, c, d, t in BOX.findall(body)])
            for w, h, body in PAGE.findall(out)]


def table_story(rows, on_rows=None):
    def story(width):
        yield DrawnTable(COLUMNS, rows, on_rows=on_rows)
    return story


def synthetic_rows(n: int) -> list[list[str]]:
    """Cases of three workers, with names and stages long enough to wrap, and one word too long for
    its column at all (cut with an ellipsis)."""
    rows: list[list[str]] = []
    for i in range(n):
        if i % 150 == 0:
            rows.append(Strong([f"Worker {i // 150}", "", "", "", "", "", ""]))
        name = f"Person{i:05d} " + ("Featherstonehaugh-Cholmondeley Smythe" if i % 7 == 0 else "Jones")
        stage = "Criminal-justice route" if i % 5 == 0 else "Intervention"
        if i == 42:
            stage = "Supercalifragilisticexpialidocious-stage"
        rows.append([str(100000 + i), name, str(10 + i % 8), "Act Now", stage, "12 May 2026",
                     "" if i % 3 else "15 Jun 2026 10:00"])
    return rows


def test_every_row_is_drawn_once_in_order_inside_its_column_and_page(tmp_path):
    rows = synthetic_rows(400)
    placed = []
    pages = pdf.build(tmp_path / "t.pdf", ReportMeta("Cases", "All", NOW, "Ada Admin"),
                      table_story(iter(rows), placed.append))
    assert sum(placed) == len(rows) and pages == len(placed) > 5
    width = pdf.frame_width()
    lefts = [pdf.MARGIN + sum(c.width for c in COLUMNS[:i]) * width for i in range(len(COLUMNS))]
    rights = [*lefts[1:], pdf.MARGIN + width]
    ids_seen: list[str] = []
    names_seen: list[str] = []
    for page_width, height, words in boxes(tmp_path / "t.pdf"):
        body = [w for w in words if pdf.FRAME_TOP - 1 <= w[1] and w[3] <= height - pdf.FRAME_BOTTOM + 1]
        # Nothing is drawn between the body and the running header or the footer.
        assert all(w in body or w[3] <= pdf.FRAME_TOP or w[1] >= height - pdf.FRAME_BOTTOM for w in words)
        # The header row opens every page, in the top line of the body.
        header_y = min(w[1] for w in body)
        assert [w[4] for w in sorted(body) if abs(w[1] - header_y) < 1] == \
            ["Referral", "Young", "person", "Age", "Pathway", "Stage", "Received", "Next", "deadline"]
        spanning = {round(w[1]) for w in body if w[4] == "Worker"}  # a worker's row runs across the table
        for x0, y0, x1, y1, word in body:
            if round(y0) in spanning:
                assert x0 >= lefts[0] + CELL_PAD_X - 0.5 and x1 <= rights[-1] - CELL_PAD_X + 0.5
                continue
            column = max(i for i, left in enumerate(lefts) if x0 >= left - 0.5)
            # Each word lies inside its column's padding: no cell runs into the next one.
            assert lefts[column] + CELL_PAD_X - 0.5 <= x0 and x1 <= rights[column] - CELL_PAD_X + 0.5, word
            if column == 0 and y0 > header_y + 1:
                ids_seen.append(word)
            if column == 1 and word.startswith("Person"):
                names_seen.append(word)
    expected = [r[0] for r in rows if not isinstance(r, Strong)]
    assert ids_seen == expected  # every row once, in order, across the pages
    assert names_seen == [r[1].split()[0] for r in rows if not isinstance(r, Strong)]
    plain = subprocess.run(["pdftotext", str(tmp_path / "t.pdf"), "-"], check=True, capture_output=True,
                           text=True).stdout
    assert "Featherstonehaugh-…" in plain and "Criminal-justice" in plain  # wrapped; a word too long is cut
    assert "Supercalifragilis…" in plain  # cut to its column, with an ellipsis
    assert "Supercalifragilisticexpialidocious-stage" not in plain


def test_a_page_holds_as_many_rows_as_fit(tmp_path):
    """One-line rows: the page count is what the frame's height allows, no fewer rows a page (wasted
    paper) and no more (rows past the foot of the page)."""
    rows = [[str(i), "Sam Jones", "15", "Act Now", "Intervention", "12 May 2026", "—"] for i in range(1_000)]
    pages = pdf.build(tmp_path / "t.pdf", ReportMeta("Cases", "All", NOW, "Ada Admin"), table_story(iter(rows)))
    line = CELL_SIZE * 1.25 + 2 * CELL_PAD_Y
    room = pdf.page_size(False)[1] - pdf.FRAME_TOP - pdf.FRAME_BOTTOM - line  # less the header row
    per_page = math.floor(room / line + 1e-9)
    assert pages == math.ceil(len(rows) / per_page)
    for _width, height, words in boxes(tmp_path / "t.pdf"):
        lowest = max(w[3] for w in words if w[4].isdigit() and w[0] < 100)
        assert lowest <= height - pdf.FRAME_BOTTOM


def test_an_empty_list_says_so():
    assert isinstance(drawn_table(COLUMNS, iter([]), empty_text="No open cases."), pdf.Paragraph)


HEADERS = {
    "en": ["Referral", "Young person", "Age", "Pathway", "Stage", "Received", "Next deadline"],
    "cy": ["Atgyfeiriad", "Person ifanc", "Oed", "Llwybr", "Cam", "Derbyniwyd", "Terfyn amser nesaf"],
}
AFTER = {"en": "About", "cy": "Ynghylch"}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_case_list_has_every_open_case_in_english_and_welsh(ctx, demo_data, tmp_path, language):  # noqa: F811
    with i18n.using(language):
        printed, result = report(ctx, demo_data, tmp_path, "caseload", **SPRING, case_list=True)
        scope = scope_for(ctx, **SPRING)
        cases = figures_of(ctx, figures.open_case_rows, scope)
        expected = {name: [] for name in HEADERS[language]}
        worker = None
        for row in cases:
            if row.worker != worker:
                worker = row.worker
                expected[HEADERS[language][0]].append(worker)
            values = [str(row.referral_id), row.person_name, str(row.age), row.pathway_label, row.stage_label,
                      local_date_text(row.received_at), local_time_text(row.next_due_at) or "—"]
            for name, value in zip(HEADERS[language], values):
                expected[name].append(value)
    assert len(cases) > 30 and result.pages >= 4
    columns = table_columns(printed, HEADERS[language], until=AFTER[language])
    for name, values in expected.items():
        assert columns[name] == " ".join(" ".join(values).split()), name
    if language == "cy":
        assert "Open cases" not in printed.text and "Young person" not in printed.text
    # The header row is on every page the list runs over, and nothing is drawn past the page's body.
    first = next(i for i, page in enumerate(printed.plain) if HEADERS[language][-1] in page)
    last = next(i for i, page in enumerate(printed.plain) if re.search(rf"\b{cases[-1].referral_id}\b", page))
    assert last > first
    for index in range(first, last + 1):
        assert HEADERS[language][-1] in printed.plain[index], index
    for _width, height, words in boxes(printed.path):
        body = [w for w in words if w[3] > pdf.FRAME_TOP and w[1] < height - pdf.FRAME_BOTTOM]
        assert all(pdf.MARGIN - 1 <= w[0] and w[2] <= _width - pdf.MARGIN + 1 for w in body)


def test_local_days_of_stored_instants_match_the_zone_conversion():
    """The SQLite functions behind the monthly and age figures remember a UTC hour's local date; they
    agree with the conversion itself across the clock changes, month ends and leap days."""
    start = datetime(2023, 12, 31, 0, 0, tzinfo=timezone.utc)
    dob = "2010-03-01"
    for hours in range(0, 24 * 800, 1):
        instant = start + timedelta(hours=hours, minutes=(hours * 17) % 60)
        stamp = instant.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        local = instant.astimezone(figures.LONDON).date()
        assert figures._sqlite_local_month(stamp) == f"{local.year:04d}-{local.month:02d}", stamp
        born = date.fromisoformat(dob)
        assert figures._sqlite_age(dob, stamp) == local.year - born.year - ((local.month, local.day) <
                                                                             (born.month, born.day)), stamp
    # Before 1900 nothing is remembered (London's offset was not whole hours before 1847).
    assert figures._sqlite_local_month("1840-01-01 00:00:30.000000") == "1839-12"
    assert figures._sqlite_local_month(None) is None and figures._sqlite_age(None, "2026-01-01 00:00:00") is None


def test_cells_are_written_with_the_operators_textout_writes():
    """The drawn table writes a cell's text as ReportLab's ``textOut`` would (remembering the split
    into font subsets), whether the string is new or met again, in the regular and the bold face."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from casework.reports.drawn import _TextOut

    s = pdf.styles()
    lines = ["Sam Jones", "Siôn Ŵyn-Llŷr", "15 Meh 2026", "Sam Jones", "—", "Łukasz Kamiński", "15 Meh 2026", ""]
    canvas = Canvas(io.BytesIO())
    reference = canvas.beginText()
    fast = canvas.beginText()
    out = _TextOut(fast, {})
    for face in (s.regular, s.bold, s.regular):
        reference.setFont(face, CELL_SIZE, CELL_SIZE * 1.25)
        fast.setFont(face, CELL_SIZE, CELL_SIZE * 1.25)
        for index, line in enumerate(lines):
            reference.setTextOrigin(10, index * 10)
            reference.textOut(line)
            fast.setTextOrigin(10, index * 10)
            out(line)
    assert fast.getCode().split() == reference.getCode().split()  # ("" adds an empty operand list to textOut's)


def test_sqlite_reads_local_months_and_ages_from_the_stored_text_as_python_would():
    """On SQLite the monthly and age figures read most instants' local month and date from the stored
    text in SQL, and leave the hour after 23:00 UTC (and odd forms) to the Python functions: the two
    agree, across clock changes, month ends, leap days, a 'T' separator, before 1900 and NULLs."""
    from sqlalchemy import Date, column, create_engine, select, table, type_coerce, String
    from sqlalchemy.orm import Session

    from casework.store.types import UTCDateTime
    from casework.timeutil import age_on, to_local

    start = datetime(2023, 12, 28, 0, 0, tzinfo=timezone.utc)
    stamps = [(start + timedelta(hours=h, minutes=(h * 23) % 60)).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
              for h in range(0, 24 * 760)]
    stamps += ["2026-03-31 23:30:00.000000", "2026-10-31 23:59:59.999999", "2026-12-31 23:00:00.000000",
               "2026-05-31T23:30:00", "1840-01-01 00:00:30.000000", "1899-12-31 23:30:00.000000", None]
    births = ["2008-02-29", "2010-03-01", "2009-12-31", "2012-01-01", None]
    engine = create_engine("sqlite://")
    with Session(engine) as session:
        figures.prepare(session)
        connection = session.connection()
        connection.exec_driver_sql("CREATE TABLE stamps (t TEXT, dob TEXT)")
        connection.exec_driver_sql("INSERT INTO stamps VALUES (?, ?)",
                                   [(t, births[i % len(births)]) for i, t in enumerate(stamps)])
        rows = table("stamps", column("t", UTCDateTime()), column("dob", Date()))
        found = session.execute(select(type_coerce(rows.c.t, String), type_coerce(rows.c.dob, String),
                                       figures.local_month(session, rows.c.t),
                                       figures.age_years(session, rows.c.dob, rows.c.t),
                                       figures.age_years(session, rows.c.dob, NOW))).all()
    assert len(found) == len(stamps)
    today = to_local(NOW).date()
    for stamp, dob, month, age, age_now in found:
        assert month == figures._sqlite_local_month(stamp), stamp
        assert age == figures._sqlite_age(dob, stamp), (dob, stamp)
        assert age_now == (None if dob is None else age_on(date.fromisoformat(dob), today)), dob
