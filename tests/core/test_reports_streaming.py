"""Long reports stream: rows are pulled from their iterator only as pages are laid out."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone

from reportlab.platypus import Paragraph

from casework.reports import pdf
from casework.reports.pdf import Column, ReportMeta, StreamingTable, Strong

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)


def test_a_streaming_table_holds_about_one_page_of_rows(tmp_path):
    pulled = placed = 0
    lag = []

    def rows():
        nonlocal pulled
        for i in range(3_000):
            pulled += 1
            lag.append(pulled - placed)
            yield [str(i), f"Row {i}", "long text " * (i % 4)]

    def on_rows(n: int) -> None:
        nonlocal placed
        placed += n

    def story(width):
        yield from pdf.title_block(ReportMeta("Stream", "All", NOW, "Ada Admin"), width)
        yield StreamingTable([Column("#", 0.1, "right"), Column("Name", 0.3), Column("Text", 0.6, wrap=True)],
                             rows(), total=["Total", "", "3,000"], on_rows=on_rows)

    pages = pdf.build(tmp_path / "s.pdf", ReportMeta("Stream", "All", NOW, "Ada Admin"), story)
    assert placed == 3_000 and pages > 40
    assert max(lag) <= 80  # a page holds fewer than 80 rows: never more than one page ahead
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("Row 2999") == 1 and "Total" in text
    assert text.count("Name") == pages  # the header row on every page


def test_the_story_is_generated_as_the_document_is_laid_out(tmp_path):
    """Flowables are made while earlier ones are being laid out, not gathered in a list first."""
    from reportlab.platypus import Flowable

    drawn = []

    class Probe(Flowable):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

        def wrap(self, availWidth, availHeight):
            return availWidth, 40

        def draw(self):
            drawn.append(self.index)

    made_after = []

    def story(width):
        for i in range(200):
            made_after.append(len(drawn))
            yield Probe(i)

    pages = pdf.build(tmp_path / "l.pdf", ReportMeta("Lazy", "All", NOW, "Ada Admin"), story)
    assert pages >= 10 and drawn == list(range(200))
    # The 150th flowable was made after more than 100 had been drawn: the list was never built up front.
    assert made_after[150] > 100
    assert all(made >= index - 12 for index, made in enumerate(made_after))  # a few buffered, no more


def test_a_heading_row_is_not_left_alone_at_the_foot_of_a_page(tmp_path):
    def rows():
        for worker in range(40):
            yield Strong([f"Worker {worker}", "", ""])
            for case in range(7):
                yield [str(case), f"Case {worker}-{case}", "x"]

    def story(width):
        yield StreamingTable([Column("#", 0.1, "right"), Column("Name", 0.3), Column("Text", 0.6)], rows())

    pdf.build(tmp_path / "h.pdf", ReportMeta("Heads", "All", NOW, "Ada Admin"), story)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    for page in text.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("OFFICIAL", "Generated", "Heads"))]
        if body:
            assert not body[-1].startswith("Worker"), body[-3:]


def test_a_failed_build_leaves_no_file(tmp_path):
    def story(width):
        yield Paragraph("Start", pdf.styles().body)
        raise RuntimeError("the database went away")

    target = tmp_path / "f.pdf"
    target.write_bytes(b"an earlier report")
    try:
        pdf.build(target, ReportMeta("Fail", "All", NOW, "Ada Admin"), story)
    except RuntimeError:
        pass
    assert target.read_bytes() == b"an earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["f.pdf"]
