"""Printed reports: every figure in the PDF's text equals the figures module's own query for the same
filters, and the hand-worked values of a small service built through the real services.

The PDFs are read back with ``pdftotext`` (poppler): ``-layout`` keeps table rows on one line, with
cells two or more spaces apart; the plain mode keeps a wrapped cell's lines together.
"""

from __future__ import annotations

import html
import re
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from casework.errors import NotFound, NotPermitted, ValidationError
from casework.reports import ReportRequest, run_report
from casework.reports import figures
from casework.reports.params import date_and_time, local_date_text, local_time_text, long_date, period_bounds
from casework.services import directory, referrals, sla
from casework.services.people import ContactInput
from casework.store.models import AuditEntry

from ..conftest import PASSWORD, START
from .factories import young_person

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None and os.environ.get("CI") != "true", reason="needs poppler's pdftotext")

MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
MAY = dict(date_from=date(2026, 5, 1), date_to=date(2026, 5, 31))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


# --- reading PDFs ---------------------------------------------------------------------------------

@dataclass
class Pdf:
    path: Path
    layout: list[str]
    """Each page's text with its layout kept (table rows on one line)."""
    plain: list[str]
    """Each page's text in reading order, white space collapsed (wrapped cells read as one)."""

    @property
    def pages(self) -> int:
        return len(self.layout)

    def rows(self) -> list[list[str]]:
        """Every line of every page as cells (split where there are two or more spaces)."""
        return [re.split(r"\s{2,}", line.strip()) for page in self.layout for line in page.splitlines()
                if line.strip()]

    def has_row(self, *cells: str) -> bool:
        return list(cells) in self.rows()

    def row(self, first: str) -> list[str]:
        found = [r for r in self.rows() if r[0] == first]
        assert found, f"no row starting {first!r}"
        return found

    @property
    def text(self) -> str:
        return " ".join(self.plain)


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>')


def table_columns(pdf: Pdf, headers: list[str], until: str | None = None) -> dict[str, str]:
    """Each column's text, top to bottom over every page the table is on (wrapped cells read whole).

    Words are placed by their position (``pdftotext -bbox``): a column runs from its header's left
    edge to the next header's. ``until`` is the heading that follows the table.
    """
    columns: dict[str, list[str]] = {h: [] for h in headers}
    firsts = [h.split()[0] for h in headers]
    for number in range(1, pdf.pages + 1):
        page = subprocess.run(["pdftotext", "-bbox", "-f", str(number), "-l", str(number), str(pdf.path), "-"],
                              check=True, capture_output=True, text=True).stdout
        height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', page).group(1))
        words = [(float(x), float(y), html.unescape(w)) for x, y, w in WORD.findall(page)]
        heads = [y for x, y, w in words if w == firsts[0]
                 and all(any(w2 == f and abs(y2 - y) < 1 for _, y2, w2 in words) for f in firsts[1:])]
        if not heads:
            continue
        top = heads[0]
        starts = [min(x for x, y, w in words if w == f and abs(y - top) < 1) for f in firsts]
        for x, y, w in sorted(words, key=lambda t: (round(t[1], 1), t[0])):
            if y <= top + 1 or y >= height - 56:
                continue
            if w == until:
                return {h: " ".join(ws) for h, ws in columns.items()}
            index = max(i for i, start in enumerate(starts) if x >= start - 6 or i == 0)
            columns[headers[index]].append(w)
    return {h: " ".join(ws) for h, ws in columns.items()}


def read_pdf(path: Path) -> Pdf:
    layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                            text=True).stdout.split("\f")
    plain = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout.split("\f")
    # pdftotext ends the last page with a form feed too.
    layout = [p for p in layout if p.strip()]
    plain = [" ".join(p.split()) for p in plain if p.strip()]
    return Pdf(path, layout, plain)


def report(ctx, actor, tmp_path, kind: str, **options) -> tuple[Pdf, object]:
    path = tmp_path / f"{kind}-{len(list(tmp_path.glob('*.pdf')))}.pdf"
    result = run_report(ctx, actor, ReportRequest(kind, **options), path)
    return read_pdf(path), result


def scope_for(ctx, *, date_from=None, date_to=None, team_id=None, worker_id=None, suppress=False) -> figures.Scope:
    start, end = period_bounds(date_from, date_to)
    return figures.Scope(as_of=ctx.clock.now(), start=start, end=end, team_id=team_id, worker_id=worker_id,
                         suppress_under=5 if suppress else None)


def figures_of(ctx, fn, *args):
    with ctx.read() as s:
        figures.prepare(s)
        result = fn(s, ctx.pathways, *args)
        return list(result) if not hasattr(result, "__dataclass_fields__") else result


# --- a small service, built through the real services with a moving clock --------------------------

@dataclass
class Service:
    a: int  # Act Now, in area, seen 4 May, parent meeting met, moved to engagement (casey)
    b: int  # Act Now, out of area (Bedford), custody met late, MASH and parent meeting breached (ali)
    c: int  # Act Now, custody attended but "not seen" (casey)
    d: int  # INTACT, triaged in time, closed 28 May (rhian)
    e: int  # A&E Navigator, April, open (nav)
    f: int  # Act Now, June (casey)
    custody_breach: int


@pytest.fixture
def service(ctx, world, clock) -> Service:
    admin = world.admin
    directory.create_team(ctx, admin, "INTACT Dyfed-Powys")
    directory.create_user(ctx, admin, "ali", PASSWORD, "caseworker", "YOT Milton Keynes", "Ali Khan")
    directory.create_user(ctx, admin, "nav", PASSWORD, "caseworker", "Leeds Navigators", "Nia Navigator")
    directory.create_user(ctx, admin, "rhian", PASSWORD, "caseworker", "INTACT Dyfed-Powys", "Rhian Davies")
    ali = directory.authenticate(ctx, "ali", PASSWORD)
    # Each referral is taken in and worked by the caseworker it is assigned to.
    workers = {name: directory.authenticate(ctx, name, PASSWORD) for name in ("casey", "ali", "nav", "rhian")}
    worker_of: dict[int, object] = {}
    new = referrals.NewReferral

    def act_now(person, assigned, **kw):
        referral_id = referrals.create_referral(ctx, workers[assigned], new(
            pathway="act_now", source="custody", person=person, site="mk-custody", team="YOT Milton Keynes",
            assigned_to=assigned, **kw)).id
        worker_of[referral_id] = workers[assigned]
        return referral_id

    def event(referral_id, kind, **details):
        referrals.record_event(ctx, worker_of[referral_id], referral_id, kind, details=details or None)

    clock.set(at("2026-04-20 10:00"))  # a Monday
    e = referrals.create_referral(ctx, workers["nav"], new(
        pathway="ae_navigator", source="emergency_department", site="lgi-ed", team="Leeds Navigators", assigned_to="nav",
        person=young_person(given_name="Erin", family_name="Lloyd", date_of_birth=date(2005, 6, 1),
                            home_local_authority="Leeds", postcode="LS1 1AA", contacts=()))).id
    worker_of[e] = workers["nav"]
    clock.advance(HOUR)
    event(e, "engaged_in_ed")

    clock.set(at("2026-05-04 08:00"))
    a = act_now(young_person(), "casey")
    clock.advance(30 * MIN)
    event(a, "custody_attended", outcome_of_visit="engaged")
    clock.advance(90 * MIN)
    event(a, "released_from_custody", release_type="bail")
    clock.set(at("2026-05-05 10:00"))
    event(a, "parent_meeting_held", location="home")
    referrals.move_stage(ctx, workers["casey"], a, "engagement", note="Family met at home; agreed weekly sessions.")

    clock.set(at("2026-05-10 22:00"))
    b = act_now(young_person(given_name="Llŷr", family_name="Prydderch", date_of_birth=date(2011, 7, 1),
                             home_local_authority="Bedford", postcode="MK40 1AA",
                             contacts=(ContactInput("Sian Prydderch", "mother", "07700 900456", True),)), "ali")
    clock.set(at("2026-05-11 00:00"))
    event(b, "custody_attended", outcome_of_visit="engaged")
    clock.set(at("2026-05-11 02:00"))
    event(b, "released_from_custody", release_type="released_under_investigation")

    clock.set(at("2026-05-12 09:00"))
    d = referrals.create_referral(ctx, workers["rhian"], new(
        pathway="intact", source="marf", site="carmarthen", team="INTACT Dyfed-Powys", assigned_to="rhian",
        person=young_person(given_name="Cai", family_name="Evans", date_of_birth=date(2016, 1, 1),
                            home_local_authority="Carmarthenshire", postcode="SA31 1AA", contacts=()))).id
    worker_of[d] = workers["rhian"]
    clock.set(at("2026-05-13 09:00"))
    event(d, "triage_decision", threshold_met=False, destination="other_services")

    clock.set(at("2026-05-20 08:00"))
    c = act_now(young_person(given_name="Kai", family_name="Turner", date_of_birth=date(2009, 5, 20)), "casey")
    clock.advance(45 * MIN)
    event(c, "custody_attended", outcome_of_visit="not_seen")

    clock.set(at("2026-05-28 12:00"))
    referrals.close_referral(ctx, workers["rhian"], d, "no_further_police_contact", note="Signposted to the youth club.")

    clock.set(at("2026-06-02 09:00"))
    f = act_now(young_person(given_name="Finley", family_name="Shaw", date_of_birth=date(2012, 6, 16)), "casey")
    clock.advance(20 * MIN)
    event(f, "custody_attended", outcome_of_visit="engaged")

    clock.set(START)
    sla.run_sweep(ctx)
    [custody] = [x for x in sla.list_breaches(ctx, world.manager, referral_id=b) if x.rule_id == "custody_attendance"]
    sla.give_breach_reason(ctx, ali, custody.id, "notified_late", "Custody called us 80 minutes after booking-in.")
    sla.review_breach(ctx, world.team_lead, custody.id, "accept")
    return Service(a, b, c, d, e, f, custody.id)


# --- every page ------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["caseload", "sla", "meeting", "case"])
def test_every_page_is_marked_and_numbered(ctx, world, service, tmp_path, kind):
    options = {"referral_id": service.b} if kind == "case" else dict(MAY, case_list=kind == "caseload")
    pdf, result = report(ctx, world.manager, tmp_path, kind, **options)
    assert result.pages == pdf.pages
    for number, page in enumerate(pdf.layout, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "OFFICIAL-SENSITIVE", (number, lines[0])
        assert lines[-1] == "OFFICIAL-SENSITIVE", (number, lines[-1])
        assert f"Generated 15 Jun 2026 10:00 BST by Morgan Manager — Page {number} of {pdf.pages}" in lines[-2]
        if number > 1:
            assert lines[1].startswith(result.title)


def test_a_long_report_numbers_every_page_of_many(ctx, world, service, tmp_path, monkeypatch):
    # A breach list of 600 rows runs over many pages; each says which of how many it is.
    rows = figures_of(ctx, figures.breach_rows, scope_for(ctx, **MAY))
    monkeypatch.setattr(figures, "breach_rows", lambda *a: iter(rows * 200))
    pdf, result = report(ctx, world.manager, tmp_path, "sla", **MAY)
    assert pdf.pages == result.pages > 10
    for number, page in enumerate(pdf.layout, start=1):
        assert f"Page {number} of {pdf.pages}" in page
        assert page.strip().startswith("OFFICIAL-SENSITIVE") and page.strip().endswith("OFFICIAL-SENSITIVE")
    # The table's header row is repeated on every page of the list.
    list_pages = [p for p in pdf.layout if "Reason given" in p and "Notified late" in p]
    assert len(list_pages) >= pdf.pages - 2
    assert sum(p.count(service_person) for p in pdf.layout for service_person in ["Llŷr Prydderch"]) == 600


def test_title_block_names_the_report_filters_and_who_made_it(ctx, world, service, tmp_path):
    pdf, result = report(ctx, world.team_lead, tmp_path, "caseload", **MAY, worker="casey")
    first = pdf.plain[0]
    assert "Caseload summary" in first
    assert "Period: 1 May 2026 to 31 May 2026 · Team: YOT Milton Keynes · Worker: Casey Worker" in first
    assert "Generated 15 Jun 2026 10:00 BST by Terry Lead" in first
    assert result.filters == "Period: 1 May 2026 to 31 May 2026 · Team: YOT Milton Keynes · Worker: Casey Worker"


# --- caseload summary --------------------------------------------------------------------------------

def test_caseload_figures_by_hand(ctx, world, service):
    f = figures_of(ctx, figures.caseload, scope_for(ctx, **MAY))
    assert (f.open_total.text, f.new_total.text, f.closed_total.text) == ("5", "4", "1")
    stages = {(g.label, line.label): line.share.text for g in f.open_by_stage for line in g.lines}
    assert stages[("Act Now", "In custody")] == "3 of 4 (75%)"
    assert stages[("Act Now", "Engaging family")] == "1 of 4 (25%)"
    assert stages[("Act Now", "Intervention")] == "0 of 4 (0%)"
    assert stages[("A&E Navigator", "In the ED")] == "1 of 1 (100%)"
    assert [(g.label, g.total.text) for g in f.open_by_stage] == [("Act Now", "4 of 5 (80%)"),
                                                                  ("A&E Navigator", "1 of 5 (20%)")]
    assert [(g.label, g.total.text, [(x.label, x.share.text) for x in g.lines]) for g in f.new_by_source] == [
        ("Act Now", "3 of 4 (75%)", [("Custody notification", "3 of 3 (100%)")]),
        ("INTACT", "1 of 4 (25%)", [("MARF (multi-agency referral form)", "1 of 1 (100%)")]),
    ]
    [closed] = f.closed_by_outcome
    assert closed.total.text == "1 of 1 (100%)"
    assert ("No further police contact", "1 of 1 (100%)") in [(x.label, x.share.text) for x in closed.lines]
    bands = {b.label: (b.new.text, b.open.text) for b in f.age_bands}
    assert bands == {
        "Under 10": ("0 of 4 (0%)", "0 of 5 (0%)"),
        "10 to 12": ("1 of 4 (25%)", "0 of 5 (0%)"),       # Cai, 10 when referred
        "13 to 15": ("1 of 4 (25%)", "2 of 5 (40%)"),      # Llŷr 14; Finley 13 until tomorrow
        "16 to 17": ("2 of 4 (50%)", "2 of 5 (40%)"),      # Kai was referred on his 17th birthday
        "18 to 20": ("0 of 4 (0%)", "0 of 5 (0%)"),
        "21 to 24": ("0 of 4 (0%)", "1 of 5 (20%)"),       # Erin, 21 on 1 June
        "25 and over": ("0 of 4 (0%)", "0 of 5 (0%)"),
    }
    # A one-month period's trend covers the 12 months to its end.
    assert [m.month for m in f.months] == [date(2025, x, 1) for x in range(6, 13)] + [date(2026, x, 1) for x in range(1, 6)]
    assert f.months_before_period == 11
    by_month = {m.month: {p: c.text for p, c in m.counts.items()} for m in f.months}
    assert by_month[date(2026, 4, 1)] == {"act_now": "0", "ae_navigator": "1", "intact": "0"}
    assert by_month[date(2026, 5, 1)] == {"act_now": "3", "ae_navigator": "0", "intact": "1"}
    assert f.months_total.total.text == "5"
    workers = f.worker_rows
    assert [(w.name, w.team, w.open.text, w.new.text, w.closed.text) for w in workers] == [
        ("Ali Khan", "YOT Milton Keynes", "1 of 5 (20%)", "1", "0"),
        ("Casey Worker", "YOT Milton Keynes", "3 of 5 (60%)", "2", "0"),
        ("Nia Navigator", "Leeds Navigators", "1 of 5 (20%)", "0", "0"),
        ("Rhian Davies", "INTACT Dyfed-Powys", "0 of 5 (0%)", "1", "1"),
    ]


def check_caseload_pdf(pdf: Pdf, ctx, scope: figures.Scope, *, case_list: bool = False) -> None:
    """Every figure of the caseload summary is in the PDF, in its row."""
    f = figures_of(ctx, figures.caseload, scope)
    assert f.open_total.text in pdf.plain[0] and f.new_total.text in pdf.plain[0]
    for groups, total_label, total in ((f.open_by_stage, "All open cases", f.open_total),
                                       (f.new_by_source, "All new referrals", f.new_total),
                                       (f.closed_by_outcome, "All closures", f.closed_total)):
        for group in groups:
            assert pdf.has_row(group.label, group.total.text), (group.label, group.total.text)
            for line in group.lines:
                assert pdf.has_row(line.label, line.share.text), (group.label, line.label, line.share.text)
        if groups:
            assert pdf.has_row(total_label, total.text)
    for m in f.months:
        assert pdf.has_row(m.month.strftime("%B %Y"), *(m.counts[p].text for p, _ in f.month_pathways), m.total.text)
    if f.months:
        assert pdf.has_row("All months", *(f.months_total.counts[p].text for p, _ in f.month_pathways),
                           f.months_total.total.text)
    for band in f.age_bands:
        assert pdf.has_row(band.label, band.new.text, band.open.text)
    assert pdf.has_row("All ages", f.new_total.text, f.open_total.text)
    for w in f.worker_rows:
        # The team's name may wrap onto a second line; the row itself holds the name and the figures.
        figures_cells = [w.open.text, w.new.text, w.closed.text]
        assert any(r[0] == w.name and r[-3:] == figures_cells and (not w.team or w.team.startswith(r[1]))
                   for r in pdf.rows() if len(r) >= 4), (w.name, figures_cells)
    assert pdf.has_row("All workers", f.open_total.text, f.new_total.text, f.closed_total.text)
    if case_list:
        columns = table_columns(pdf, ["Referral", "Young person", "Age", "Pathway", "Stage", "Received",
                                      "Next deadline"], until="About")
        expected = {name: [] for name in columns}
        worker = None
        for row in figures_of(ctx, figures.open_case_rows, scope):
            if row.worker != worker:
                worker = row.worker
                expected["Referral"].append(worker)  # the worker's heading row spans the table
            for name, value in (("Referral", str(row.referral_id)), ("Young person", row.person_name),
                                ("Age", str(row.age)), ("Pathway", row.pathway_label), ("Stage", row.stage_label),
                                ("Received", local_date_text(row.received_at)),
                                ("Next deadline", local_time_text(row.next_due_at) or "—")):
                expected[name].append(value)
        for name, values in expected.items():
            assert columns[name] == " ".join(" ".join(values).split()), name


def test_caseload_pdf_shows_every_figure_of_the_query(ctx, world, service, tmp_path):
    pdf, _ = report(ctx, world.manager, tmp_path, "caseload", **MAY, case_list=True)
    check_caseload_pdf(pdf, ctx, scope_for(ctx, **MAY), case_list=True)
    # and the hand-worked values, as printed
    assert pdf.has_row("In custody", "3 of 4 (75%)")
    assert pdf.has_row("Casey Worker", "YOT Milton Keynes", "3 of 5 (60%)", "2", "0")
    assert pdf.has_row("All workers", "5", "4", "1")
    assert pdf.has_row("May 2026", "3", "0", "1", "4")
    # the case list: each worker, then their cases
    assert pdf.has_row("Casey Worker")
    assert "Llŷr Prydderch" in pdf.text  # Welsh names print as written


def test_caseload_for_a_team_and_a_worker(ctx, world, service, tmp_path):
    with ctx.read() as s:
        team_id = directory.find_team(s, "YOT Milton Keynes").id
        casey_id = directory.find_user(s, "casey").id
    pdf, _ = report(ctx, world.manager, tmp_path, "caseload", **MAY, team="YOT Milton Keynes")
    scope = scope_for(ctx, **MAY, team_id=team_id)
    check_caseload_pdf(pdf, ctx, scope)
    assert figures_of(ctx, figures.caseload, scope).open_total.value == 4
    pdf, _ = report(ctx, world.manager, tmp_path, "caseload", **MAY, worker="casey")
    scope = scope_for(ctx, **MAY, worker_id=casey_id)
    check_caseload_pdf(pdf, ctx, scope)
    f = figures_of(ctx, figures.caseload, scope)
    assert (f.open_total.value, f.new_total.value, f.closed_total.value) == (3, 2, 0)


def test_empty_sections_say_so(ctx, world, tmp_path):
    pdf, result = report(ctx, world.manager, tmp_path, "caseload", **MAY)
    assert "No open cases." in pdf.text
    assert "No referrals were received in this period." in pdf.text
    assert "No cases were closed in this period." in pdf.text
    assert "No worker has cases in this selection." in pdf.text
    pdf, _ = report(ctx, world.manager, tmp_path, "sla", **MAY)
    assert "No SLA timers were due in this period." in pdf.text
    assert "No breaches in this period." in pdf.text
    pdf, _ = report(ctx, world.manager, tmp_path, "meeting", **MAY)
    assert "No young person was seen in custody in this period." in pdf.text


# --- SLA ------------------------------------------------------------------------------------------

def test_sla_figures_by_hand(ctx, world, service):
    f = figures_of(ctx, figures.sla, scope_for(ctx, **MAY))
    table = {(r.pathway_label, r.rule_label): [r.outcomes.on_time.text, r.outcomes.late.text, r.outcomes.breached.text,
                                               r.outcomes.running.text, r.outcomes.total.text] for r in f.rules}
    assert table == {
        ("Act Now", "Custody attendance"): ["2 of 3 (67%)", "1 of 3 (33%)", "0 of 3 (0%)", "0 of 3 (0%)", "3"],
        ("Act Now", "Parent/carer meeting"): ["1 of 2 (50%)", "0 of 2 (0%)", "1 of 2 (50%)", "0 of 2 (0%)", "2"],
        ("Act Now", "MASH safeguarding referral"): ["0 of 1 (0%)", "0 of 1 (0%)", "1 of 1 (100%)", "0 of 1 (0%)", "1"],
        ("INTACT", "MARF triage"): ["1 of 1 (100%)", "0 of 1 (0%)", "0 of 1 (0%)", "0 of 1 (0%)", "1"],
        ("INTACT", "First intervention contact"): ["0 of 0 (—)", "0 of 0 (—)", "0 of 0 (—)", "0 of 0 (—)", "0"],
    }
    o = f.overall
    assert [o.on_time.text, o.late.text, o.breached.text, o.running.text, o.total.text] == [
        "4 of 7 (57%)", "1 of 7 (14%)", "2 of 7 (29%)", "0 of 7 (0%)", "7"]
    months = {m.month: m.outcomes for m in f.months}
    assert months[date(2026, 4, 1)].on_time.text == "1 of 1 (100%)"  # Erin's navigator contact
    assert months[date(2026, 5, 1)].total.text == "7"
    assert f.months_overall.total.text == "8"
    assert f.breaches.text == "3"
    assert {x.key: x.share.text for x in f.by_review_state} == {
        "awaiting_reason": "2 of 3 (67%)", "awaiting_review": "0 of 3 (0%)", "accepted": "1 of 3 (33%)",
        "challenged": "0 of 3 (0%)"}
    rows = figures_of(ctx, figures.breach_rows, scope_for(ctx, **MAY))
    assert [(b.referral_id, b.rule_label, b.reason_category, b.review_state) for b in rows] == [
        (service.b, "Custody attendance", "notified_late", "accepted"),
        (service.b, "MASH safeguarding referral", None, "awaiting_reason"),
        (service.b, "Parent/carer meeting", None, "awaiting_reason"),
    ]


def test_sla_outcomes_agree_with_the_live_timer_service(ctx, world, service):
    """A live timer past its due time counts as breached, as `sla list` shows it, sweep or no sweep."""
    f = figures_of(ctx, figures.sla, scope_for(ctx))
    timers = sla.list_timers(ctx, world.manager, states=list(sla.STATES))
    expected: dict[str, dict[str, int]] = {}
    names = {"met": "on_time", "met_late": "late", "breached": "breached", "running": "running",
             "warning": "running", "paused": "running"}
    for t in timers:
        if t.due_at is not None and t.state in names:
            expected.setdefault(t.rule_label, {}).setdefault(names[t.state], 0)
            expected[t.rule_label][names[t.state]] += 1
    got = {r.rule_label: {k: getattr(r.outcomes, k).n.value for k in figures.OUTCOME_CLASSES
                          if getattr(r.outcomes, k).n.value} for r in f.rules}
    assert {k: v for k, v in got.items() if v} == expected


def check_sla_pdf(pdf: Pdf, ctx, scope: figures.Scope) -> None:
    f = figures_of(ctx, figures.sla, scope)

    def cells(o):
        return [o.on_time.text, o.late.text, o.breached.text, o.running.text, o.total.text]

    for rule in f.rules:
        assert pdf.has_row(rule.rule_label, *cells(rule.outcomes)), rule
    if f.rules:
        assert pdf.has_row("All rules", *cells(f.overall))
    for m in f.months:
        assert pdf.has_row(m.month.strftime("%B %Y"), *cells(m.outcomes)), m.month
    if f.months:
        assert pdf.has_row("All months", *cells(f.months_overall))
    if f.breaches.value:
        for line in f.by_review_state:
            assert pdf.has_row(line.label, line.share.text) or any(
                r[:2] == [line.label, line.share.text] for r in pdf.rows()), line
        assert any("All breaches" in r and f.breaches.text in r for r in pdf.rows())
    rows = figures_of(ctx, figures.breach_rows, scope)
    text = pdf.text
    for b in rows:
        assert f"{b.referral_id} {b.person_name}" in text, b
    assert text.count("Reason given") >= 1


def test_sla_pdf_shows_every_figure_of_the_query(ctx, world, service, tmp_path):
    pdf, _ = report(ctx, world.manager, tmp_path, "sla", **MAY)
    check_sla_pdf(pdf, ctx, scope_for(ctx, **MAY))
    assert pdf.has_row("Custody attendance", "2 of 3 (67%)", "1 of 3 (33%)", "0 of 3 (0%)", "0 of 3 (0%)", "3")
    assert pdf.has_row("All rules", "4 of 7 (57%)", "1 of 7 (14%)", "2 of 7 (29%)", "0 of 7 (0%)", "7")
    assert "57%" in pdf.plain[0]
    assert "Notified late: Custody called us 80 minutes after booking-in." in pdf.text
    assert "Reason accepted" in pdf.text and "Reason needed" in pdf.text


# --- meeting list --------------------------------------------------------------------------------------

def test_meeting_list_by_hand(ctx, world, service, tmp_path):
    summary = figures_of(ctx, figures.meeting_summary, scope_for(ctx, **MAY))
    assert (summary.seen.text, summary.still_open.text, summary.out_of_area.text, summary.not_seen.text) == (
        "2", "2 of 2 (100%)", "1 of 2 (50%)", "1")
    rows = figures_of(ctx, figures.meeting_rows, scope_for(ctx, **MAY))
    assert [r.referral_id for r in rows] == [service.a, service.b]  # Kai was not seen; Finley was seen in June
    a, b = rows
    assert [t.text for t in a.timers] == ["Custody attendance: met on time", "Parent/carer meeting: met on time"]
    assert a.next_action == "Agree the next step" and a.stage_label == "Engaging family"
    assert [t.text for t in b.timers] == [
        "Custody attendance: met late",
        "Parent/carer meeting: breached (was due 13 May 2026 03:00)",
        "MASH safeguarding referral: breached (was due 12 May 2026 01:00)",
    ]
    assert b.next_action == "Overdue: MASH safeguarding referral (was due 12 May 2026 01:00)"
    assert b.out_of_area and b.age == 14

    pdf, _ = report(ctx, world.manager, tmp_path, "meeting", **MAY)
    assert pdf.layout[0].count("OFFICIAL-SENSITIVE") == 2
    check_meeting_pdf(pdf, rows)
    text = pdf.text
    assert "Bedford Outside the service area" in text
    assert "2 of 2 (100%) of those seen" in text and "1 of 2 (50%); MASH referral due" in text
    assert "Kai Turner" not in text and "Finley Shaw" not in text


def check_meeting_pdf(pdf: Pdf, rows: list) -> None:
    columns = table_columns(pdf, ["Seen", "Referral", "Young person", "Home area", "Worker", "Stage", "Timers",
                                  "Next action"])

    def joined(values) -> str:
        return " ".join(" ".join(values).split())

    assert columns["Referral"] == joined(str(r.referral_id) for r in rows)
    assert columns["Young person"] == joined(f"{r.person_name} Age {r.age}, born {long_date(r.date_of_birth)}"
                                             for r in rows)
    assert columns["Worker"] == joined(r.worker for r in rows)
    assert columns["Stage"] == joined(r.stage_label for r in rows)
    assert columns["Timers"] == joined(" ".join(t.text for t in r.timers) or "No timers" for r in rows)
    assert columns["Next action"] == joined(r.next_action for r in rows)
    assert columns["Seen"] == joined(date_and_time(r.seen_at) for r in rows)


# --- case file -----------------------------------------------------------------------------------------

def test_case_file_of_an_open_referral(ctx, world, service, tmp_path):
    pdf, result = report(ctx, world.caseworker, tmp_path, "case", referral_id=service.b)
    text = pdf.text
    assert result.filters == f"Referral {service.b} · Llŷr Prydderch · Act Now · YOT Milton Keynes"
    assert "Llŷr Prydderch" in text and "1 Jul 2011 (age 14 now, 14 when referred)" in text
    assert "Sian Prydderch" in text and "07700 900456" in text
    assert "Custody attendance Met late, 30 min after the due time" in text
    assert "MASH safeguarding referral Breached: overdue by" in text
    assert "Custody notified" in text and "Released from custody" in text
    assert "Release type: Released under investigation" in text
    assert "Assigned to: Ali Khan" in text


def test_case_file_of_a_closed_referral(ctx, world, service, tmp_path):
    pdf, _ = report(ctx, world.manager, tmp_path, "case", referral_id=service.d)
    text = pdf.text
    assert "Cai Evans" in text and "28 May 2026 13:00: No further police contact" in text
    assert "MARF triage Met on time" in text
    assert "First intervention contact Does not apply: closed before the clock started" in text
    assert "Signposted to the youth club." in text  # the closing note, in full


def test_case_file_interventions_timeline_and_void_events(ctx, world, service, tmp_path, clock):
    referrals.record_event(ctx, world.caseworker, service.a, "note", note="Mum says school is going better. " * 30)
    wrong = referrals.record_event(ctx, world.caseworker, service.a, "parent_meeting_held", details={"location": "office"})
    referrals.void_event(ctx, world.caseworker, wrong.id, "Entered on the wrong young person")
    pdf, _ = report(ctx, world.caseworker, tmp_path, "case", referral_id=service.a)
    text = pdf.text
    assert "Parent/carer meeting held (void)" in text and "Void: Entered on the wrong young person" in text
    assert "Stage moved" in text and "Moved: In custody → Engaging family" in text
    assert "Interventions and sessions" in text and "Where: Home" in text
    assert "Family met at home; agreed weekly sessions." in text
    assert text.count("Mum says school is going better.") >= 30  # the note in full, after the timeline


# --- suppression ---------------------------------------------------------------------------------------

def test_suppression_replaces_counts_under_five_in_the_figures_and_the_pdf(ctx, world, service, tmp_path):
    scope = scope_for(ctx, **MAY, suppress=True)
    f = figures_of(ctx, figures.caseload, scope)
    assert f.open_total.text == "5"  # 5 is not small
    assert f.new_total.text == "<5" and f.closed_total.text == "<5"
    stages = {line.label: line.share.text for g in f.open_by_stage for line in g.lines}
    assert stages["In custody"] == "<5 of <5 (—)"
    assert stages["Intervention"] == "0 of <5 (—)"  # zero is never suppressed
    pdf, _ = report(ctx, world.manager, tmp_path, "caseload", **MAY, suppress_small_counts=True)
    check_caseload_pdf(pdf, ctx, scope)
    assert "Counts from 1 to 4 are shown as “<5” and their percentages as “—”" in pdf.plain[0]
    assert "Counts under 5 suppressed" in pdf.plain[0]
    assert pdf.has_row("Casey Worker", "YOT Milton Keynes", "<5 of 5 (—)", "<5", "0")
    assert not re.search(r"\b[1-4] of [\d<,]+ \(", pdf.text)

    s = figures_of(ctx, figures.sla, scope)
    assert s.overall.total.text == "7" and s.overall.on_time.text == "<5 of 7 (—)"
    pdf, _ = report(ctx, world.manager, tmp_path, "sla", **MAY, suppress_small_counts=True)
    check_sla_pdf(pdf, ctx, scope)
    assert pdf.has_row("All rules", "<5 of 7 (—)", "<5 of 7 (—)", "<5 of 7 (—)", "0 of 7 (0%)", "7")


def test_share_text():
    count = figures.Count
    assert figures.Share(count(1), count(300)).text == "1 of 300 (<1%)"
    assert figures.Share(count(299), count(300)).text == "299 of 300 (>99%)"
    assert figures.Share(count(1234), count(2468)).text == "1,234 of 2,468 (50%)"
    assert figures.Share(count(0), count(0)).text == "0 of 0 (—)"
    assert figures.Share(count(3, True), count(12)).text == "<5 of 12 (—)"


# --- periods are local dates ----------------------------------------------------------------------------

def test_the_period_is_local_dates_inclusive(ctx, world, clock):
    """1 May 00:30 BST (30 April 23:30 UTC) is in May; 1 June 00:30 BST (31 May 23:30 UTC) is not."""
    for when in ("2026-04-30 23:30", "2026-05-31 23:30", "2026-04-30 22:30"):
        clock.set(at(when))
        referrals.create_referral(ctx, world.team_lead, referrals.NewReferral(
            pathway="act_now", source="custody", person=young_person(), team="YOT Milton Keynes"))
    clock.set(START)
    f = figures_of(ctx, figures.caseload, scope_for(ctx, **MAY))
    assert f.new_total.value == 1
    months = {m.month: m.total.value for m in f.months}
    assert months[date(2026, 4, 1)] == 1 and months[date(2026, 5, 1)] == 1
    assert date(2026, 6, 1) not in months  # the trend ends with the period
    assert period_bounds(date(2026, 5, 1), date(2026, 5, 31)) == (at("2026-04-30 23:00"), at("2026-05-31 23:00"))
    assert period_bounds(date(2026, 1, 1), date(2026, 1, 31)) == (at("2026-01-01 00:00"), at("2026-02-01 00:00"))


# --- who may run what, and the audit trail ----------------------------------------------------------------

def test_caseworkers_print_case_files_of_their_own_team_only(ctx, world, service, tmp_path):
    with pytest.raises(NotPermitted):
        run_report(ctx, world.caseworker, ReportRequest("caseload"), tmp_path / "x.pdf")
    with pytest.raises(NotPermitted):
        run_report(ctx, world.caseworker, ReportRequest("case", referral_id=service.d), tmp_path / "x.pdf")
    run_report(ctx, world.caseworker, ReportRequest("case", referral_id=service.a), tmp_path / "x.pdf")
    assert not list(tmp_path.glob(".casework-report-*"))


def test_team_leads_report_on_their_own_team(ctx, world, service, tmp_path):
    with pytest.raises(NotPermitted):
        run_report(ctx, world.team_lead, ReportRequest("sla", team="Leeds Navigators"), tmp_path / "x.pdf")
    result = run_report(ctx, world.team_lead, ReportRequest("sla", **MAY), tmp_path / "x.pdf")
    assert "Team: YOT Milton Keynes" in result.filters
    pdf = read_pdf(tmp_path / "x.pdf")
    assert "MARF triage" not in pdf.text  # another team's pathway


def test_bad_requests_name_the_field(ctx, world, service, tmp_path):
    cases = [
        (ReportRequest("caseload", date(2026, 6, 1), date(2026, 5, 1)), "to"),
        (ReportRequest("case"), "referral"),
        (ReportRequest("caseload", team="Nobody"), "team"),
        (ReportRequest("caseload", worker="nobody"), "worker"),
        (ReportRequest("weekly"), "report"),
    ]
    for request, field in cases:
        with pytest.raises(ValidationError) as caught:
            run_report(ctx, world.manager, request, tmp_path / "x.pdf")
        assert caught.value.field == field
    with pytest.raises(ValidationError) as caught:
        run_report(ctx, world.manager, ReportRequest("sla"), tmp_path / "missing" / "x.pdf")
    assert caught.value.field == "pdf"
    with pytest.raises(NotFound):
        run_report(ctx, world.manager, ReportRequest("case", referral_id=999_999), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_every_run_is_audited_with_ids_only(ctx, world, service, tmp_path):
    run_report(ctx, world.manager, ReportRequest("caseload", **MAY, worker="casey"), tmp_path / "a.pdf")
    run_report(ctx, world.caseworker, ReportRequest("case", referral_id=service.b), tmp_path / "b.pdf")
    with ctx.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "report").order_by(AuditEntry.id)).all()
        casey = directory.find_user(s, "casey").id
    assert [(e.entity_type, e.entity_id) for e in entries] == [("report", None), ("referral", service.b)]
    assert entries[0].details["after"] == {"report": "caseload", "from": "2026-05-01", "to": "2026-05-31",
                                           "team_id": None, "worker_id": casey, "referral_id": None,
                                           "suppress_small_counts": False, "case_list": False}
    assert entries[1].user_id == world.caseworker.user_id
    for e in entries:
        assert "Prydderch" not in str(e.details) and "casey" not in str(e.details)


def test_progress_is_reported_as_done_and_total(ctx, world, service, tmp_path):
    seen: list[tuple[int, int]] = []
    run_report(ctx, world.manager, ReportRequest("caseload", case_list=True), tmp_path / "p.pdf",
               lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
