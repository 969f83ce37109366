"""The house style of Casework's printed reports (ReportLab platypus), and how long reports stream.

Every page carries the protective marking at the top and bottom, the report's title and filters
(from the second page, as a running header), and a footer "Generated 15 Jun 2026 10:00 BST by Ada
Admin — Page x of y". The total page count is a PDF form XObject drawn on every page and defined once
at the end (ReportLab resolves forms when the file is saved), so, unlike the usual two-pass
"numbered canvas" recipe, no page is held back in memory to learn the total.

Long tables stream: :class:`StreamingTable` takes an iterator of rows and, each time platypus asks it
to split, pulls only the rows that fit on the current page into a real ``Table`` (with the header
row, zebra stripes continuing across pages); :class:`LazyStory` hands platypus the flowables from a
generator. So a 100,000-row list is never a Python list: at any moment one page of rows exists.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..i18n import _
from . import fonts
from ..timeutil import to_local
from .params import MARKING, local_time_text

# --- the palette ------------------------------------------------------------------------------------

NAVY = colors.HexColor("#1B365D")
INK = colors.HexColor("#1F2328")
GREY = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C9D1DB")
ZEBRA = colors.HexColor("#F2F5F9")
TILE = colors.HexColor("#EDF1F6")
NOTE_FILL = colors.HexColor("#FFF8E6")
NOTE_EDGE = colors.HexColor("#E3B341")
WHITE = colors.white
# One colour per pathway (in the registry's order), chosen to stay apart in grey print too.
SERIES = [colors.HexColor(c) for c in ("#1B365D", "#2A9D8F", "#E9A23B", "#9C4F96", "#6C8EBF", "#B5523B")]

MARGIN = 46
TOP_MARKING = 20
HEADER_LINE = 44
FRAME_TOP = 54
FRAME_BOTTOM = 56
FOOTER_LINE = 44
BOTTOM_MARKING = 16
PAGE_TOTAL_FORM = "CaseworkPageTotal"

CELL_PAD_X = 4
CELL_PAD_Y = 2.6
CELL_SIZE = 8
NO_DATA = "—"


# --- styles -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    italic: str
    kicker: ParagraphStyle
    title: ParagraphStyle
    filters: ParagraphStyle
    generated: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_muted: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    tile_number: ParagraphStyle
    tile_label: ParagraphStyle
    empty: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    family = fonts.family()
    r, b, i = family.regular, family.bold, family.italic

    def style(name: str, **kw: Any) -> ParagraphStyle:
        values = dict(fontName=r, fontSize=9, leading=12, textColor=INK)
        values.update(kw)
        return ParagraphStyle(name, **values)

    return Styles(
        regular=r, bold=b, italic=i,
        kicker=style("kicker", fontName=b, fontSize=7.5, leading=10, textColor=GREY),
        title=style("title", fontName=b, fontSize=19, leading=23, textColor=NAVY, spaceBefore=2, spaceAfter=4),
        filters=style("filters", fontSize=9, leading=12, textColor=INK),
        generated=style("generated", fontSize=8, leading=11, textColor=GREY),
        h1=style("h1", fontName=b, fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=12, spaceAfter=5),
        h2=style("h2", fontName=b, fontSize=10, leading=13, textColor=NAVY, spaceBefore=8, spaceAfter=3),
        body=style("body"),
        small=style("small", fontSize=8, leading=10.5),
        note=style("note", fontSize=7.5, leading=10, textColor=GREY, spaceBefore=3),
        caption=style("caption", fontName=i, fontSize=7.5, leading=10, textColor=GREY, spaceBefore=2, spaceAfter=4),
        cell=style("cell", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25),
        cell_right=style("cell_right", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25, alignment=TA_RIGHT),
        cell_muted=style("cell_muted", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25, textColor=GREY),
        head=style("head", fontName=b, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25, textColor=WHITE),
        head_right=style("head_right", fontName=b, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25, textColor=WHITE,
                         alignment=TA_RIGHT),
        tile_number=style("tile_number", fontName=b, fontSize=17, leading=20, textColor=NAVY),
        tile_label=style("tile_label", fontSize=7.5, leading=9.5, textColor=GREY),
        empty=style("empty", fontName=i, fontSize=9, leading=12, textColor=GREY, spaceBefore=2, spaceAfter=6),
    )


def text(value: Any) -> str:
    """Plain text made safe for a Paragraph (which reads a little XML)."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def para(value: Any, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(text(value), style or styles().body)


def heading(title: str, *, level: int = 1, room: float = 110) -> list[Flowable]:
    """A section heading that does not sit alone at the foot of a page."""
    s = styles()
    return [CondPageBreak(room), Paragraph(text(title), s.h1 if level == 1 else s.h2)]


def note(value: str) -> Paragraph:
    return Paragraph(text(value), styles().note)


def caption(value: str) -> Paragraph:
    return Paragraph(text(value), styles().caption)


def empty(value: str) -> Paragraph:
    """What a section says when it has nothing to show ("No breaches in this period.")."""
    return Paragraph(text(value), styles().empty)


def fit(value: str, width: float, font: str, size: float) -> str:
    """``value`` cut with an ellipsis to fit ``width`` points."""
    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(value[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low].rstrip() + "…"


def clip(value: str | None, limit: int) -> str:
    """Free text cut at ``limit`` characters (whole words) so that one table row fits on a page."""
    words = (value or "").strip()
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;: ") + " …"


# --- tables -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    title: str
    width: float
    """A share of the frame's width; the shares of one table add up to 1."""
    align: str = "left"
    wrap: bool = False
    """Wrap the text over lines (a Paragraph); otherwise one line, cut to fit with an ellipsis."""


class Strong(list):
    """A table row set in bold (a pathway's line above its stages, a worker above their cases)."""


class TextCell(Flowable):
    """Plain text wrapped to its column: a much lighter cell than a Paragraph (no markup to parse).

    Long reports are mostly table cells, and parsing every cell as Paragraph markup (and wrapping it
    twice: once to measure the row, once when the table draws it) was most of their time. The lines
    are worked out once per width; a word too long for the column is cut with an ellipsis.
    """

    def __init__(self, value: str, font: str, size: float = CELL_SIZE, align: str = "left", colour=INK) -> None:
        super().__init__()
        self.value = value
        self.font = font
        self.size = size
        self.leading = size * 1.25
        self.align = align
        self.colour = colour
        self._lines: list[str] = []
        self._for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._for != availWidth:
            lines: list[str] = []
            for part in self.value.split("\n"):
                for line in simpleSplit(part, self.font, self.size, availWidth) or [""]:
                    lines.append(fit(line, availWidth, self.font, self.size))
            self._lines, self._for = lines, availWidth
        self.width, self.height = availWidth, len(self._lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.colour)
        y = self.height - self.size  # the first baseline where a Table puts a plain string's
        for line in self._lines:
            if self.align == "right":
                canvas.drawRightString(self.width, y, line)
            else:
                canvas.drawString(0, y, line)
            y -= self.leading


def _spans(row: Sequence[Any]) -> bool:
    return isinstance(row, Strong) and len(row) > 1 and all(v in (None, "") for v in row[1:])


class StreamingTable(Flowable):
    """A table fed by an iterator, laid out a page at a time.

    Platypus asks a flowable that does not fit to split itself; this one always says it does not
    fit while rows remain, and on each split takes from the iterator only the rows that fit in the
    space offered. Each piece is an ordinary ``Table`` with the header row; zebra stripes continue
    from piece to piece. ``total`` is a last, bold row (a totals line). ``on_rows(n)`` is told how
    many data rows each piece placed (for progress).
    """

    def __init__(self, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, total: Sequence[Any] | None = None,
                 on_rows: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: Iterator[Sequence[Any]] = iter(rows)
        self._back: list[Sequence[Any]] = []
        self._total = list(total) if total is not None else None
        self._on_rows = on_rows
        self._placed = 0
        self._widths: list[float] = []
        self._head_cells: list[Paragraph] = []
        self._head_height = 0.0

    # iteration --------------------------------------------------------------------------------------
    def _take(self) -> Sequence[Any] | None:
        if self._back:
            return self._back.pop()
        return next(self._rows, None)

    def _more_rows(self) -> bool:
        if self._back:
            return True
        row = next(self._rows, None)
        if row is None:
            return False
        self._back.append(row)
        return True

    def has_content(self) -> bool:
        return self._more_rows() or self._total is not None

    # cells ------------------------------------------------------------------------------------------
    def _layout(self, width: float) -> None:
        if self._widths and abs(sum(self._widths) - width) < 0.5:
            return
        self._widths = [c.width * width for c in self.columns]
        s = styles()
        self._head_cells = [TextCell(c.title, s.bold, align=c.align, colour=WHITE) for c in self.columns]
        self._head_height = self._height(self._head_cells)

    def _cell(self, value: Any, column: Column, width: float, bold: bool = False) -> Any:
        s = styles()
        if isinstance(value, Flowable):
            return value
        words = "" if value is None else str(value)
        if column.wrap:
            return TextCell(words, s.bold if bold else s.regular, align=column.align, colour=NAVY if bold else INK)
        if "\n" in words:
            return "\n".join(fit(w, width - 2 * CELL_PAD_X, s.bold if bold else s.regular, CELL_SIZE)
                             for w in words.split("\n"))
        return fit(words, width - 2 * CELL_PAD_X, s.bold if bold else s.regular, CELL_SIZE)

    def _cells(self, row: Sequence[Any], bold: bool = False) -> list[Any]:
        if _spans(row):
            # A heading row across the table (a worker above their cases).
            whole = Column(self.columns[0].title, 1.0)
            return [self._cell(row[0], whole, sum(self._widths), bold), *([""] * (len(self.columns) - 1))]
        return [self._cell(v, c, w, bold) for v, c, w in zip(row, self.columns, self._widths)]

    def _height(self, cells: Sequence[Any]) -> float:
        line = CELL_SIZE * 1.25
        tallest = line
        for cell, width in zip(cells, self._widths):
            if isinstance(cell, Flowable):
                tallest = max(tallest, cell.wrap(width - 2 * CELL_PAD_X, 1e6)[1])
            elif isinstance(cell, str) and "\n" in cell:
                tallest = max(tallest, line * (cell.count("\n") + 1))
        return tallest + 2 * CELL_PAD_Y

    # platypus ---------------------------------------------------------------------------------------
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        # While anything is left, claim more room than there is, so platypus asks for a split.
        return availWidth, (availHeight + 1 if self.has_content() else 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        used = self._head_height
        raws: list[Sequence[Any]] = []
        rows: list[list[Any]] = []
        heights: list[float] = [self._head_height]
        while used < availHeight:
            raw = self._take()
            if raw is None:
                break
            cells = self._cells(raw, bold=isinstance(raw, Strong))
            height = self._height(cells)
            if used + height > availHeight:
                self._back.append(raw)
                break
            raws.append(raw)
            rows.append(cells)
            heights.append(height)
            used += height
        # A bold heading row is not left alone at the foot of a page: it goes over with its rows.
        while raws and isinstance(raws[-1], Strong) and self._more_rows() and len(raws) > 1:
            self._back.append(raws.pop())
            rows.pop()
            heights.pop()
        with_total = False
        if self._total is not None and not self._more_rows():
            cells = self._cells(self._total, bold=True)
            height = self._height(cells)
            if sum(heights) + height <= availHeight:
                rows.append(cells)
                heights.append(height)
                with_total = True
        if not rows:
            return []  # nothing fits here: platypus moves on to a new page and asks again
        # Placed something: let platypus postpone us again later (it refuses a second postponement).
        self.__dict__.pop("_postponed", None)
        strong = [(index + 1, _spans(raw)) for index, raw in enumerate(raws) if isinstance(raw, Strong)]
        piece = Table([self._head_cells, *rows], colWidths=self._widths, rowHeights=heights, repeatRows=0)
        piece.setStyle(self._style(len(rows), with_total, strong))
        placed = len(raws)
        self._placed += placed
        if with_total:
            self._total = None
        if self._on_rows is not None and placed:
            self._on_rows(placed)
        return [piece, self] if self.has_content() else [piece]

    def _style(self, count: int, with_total: bool, strong: Sequence[tuple[int, bool]] = ()) -> TableStyle:
        s = styles()
        stripes = [WHITE, ZEBRA] if self._placed % 2 == 0 else [ZEBRA, WHITE]
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), s.regular, CELL_SIZE, CELL_SIZE * 1.25),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        last_data = count - (1 if with_total else 0)
        if last_data >= 1:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_data), stripes))
        for index, column in enumerate(self.columns):
            if column.align == "right":
                commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
            elif column.align == "center":
                commands.append(("ALIGN", (index, 1), (index, -1), "CENTER"))
        for row, spans in strong:
            commands += [("FONT", (0, row), (-1, row), s.bold, CELL_SIZE, CELL_SIZE * 1.25),
                         ("TEXTCOLOR", (0, row), (-1, row), NAVY)]
            if spans:
                commands += [("SPAN", (0, row), (-1, row)), ("ALIGN", (0, row), (-1, row), "LEFT")]
        if with_total:
            commands += [("FONT", (0, -1), (-1, -1), s.bold, CELL_SIZE, CELL_SIZE * 1.25),
                         ("LINEABOVE", (0, -1), (-1, -1), 0.9, NAVY),
                         ("LINEBELOW", (0, -1), (-1, -1), 0.9, NAVY)]
        return TableStyle(commands)

    def draw(self) -> None:  # never drawn itself: only its pieces are
        pass


def fixed_table(columns: Sequence[Column], rows: Iterable[Sequence[Any]], width: float, *,
                total: Sequence[Any] | None = None) -> Table:
    """A short house-style table as one ordinary ``Table`` (to sit beside another, or keep together)."""
    pieces = StreamingTable(columns, rows, total=total).split(width, 1e9)
    return pieces[0]


def table(columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, empty_text: str,
          total: Sequence[Any] | None = None, on_rows: Callable[[int], None] | None = None) -> Flowable:
    """A house-style table, or the empty-state sentence when there are no rows."""
    streaming = StreamingTable(columns, rows, total=total, on_rows=on_rows)
    if not streaming._more_rows():
        return empty(empty_text)
    return streaming


def facts(pairs: Sequence[tuple[str, Any]], width: float, *, columns: int = 2, label_share: float = 0.38) -> Table:
    """Label/value pairs in ``columns`` column pairs, for a record's particulars (the case file)."""
    s = styles()
    pair_width = width / columns
    widths = [pair_width * label_share, pair_width * (1 - label_share)] * columns
    label = ParagraphStyle("fact_label", parent=s.cell, textColor=GREY)
    cells = [(Paragraph(text(k), label), Paragraph(text(v if v not in (None, "") else NO_DATA), s.cell))
             for k, v in pairs]
    rows = []
    for start in range(0, len(cells), columns):
        row: list[Any] = []
        for label_cell, value_cell in cells[start:start + columns]:
            row += [label_cell, value_cell]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    result = Table(rows, colWidths=widths)
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE),
    ]))
    return result


def key_figures(items: Sequence[tuple[str, str, str]], width: float) -> Table:
    """A row of tiles: (big number, label, small print under it)."""
    s = styles()
    cells = [[Paragraph(text(number), s.tile_number), Paragraph(text(label), s.tile_label),
              Paragraph(text(sub), s.tile_label)] for number, label, sub in items]
    tiles = Table([cells], colWidths=[width / len(items)] * len(items))
    tiles.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TILE),
        ("LINEAFTER", (0, 0), (-2, -1), 6, WHITE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return tiles


def callout(value: str, width: float) -> Table:
    """A boxed note (the small-count suppression notice)."""
    box = Table([[Paragraph(text(value), styles().small)]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, NOTE_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return box


def together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


# --- the story, lazily --------------------------------------------------------------------------------

class LazyStory:
    """The list platypus consumes, filled from a generator as it goes.

    ``BaseDocTemplate.build`` only looks at the front of its list (reads, deletes and inserts at
    index 0, and peeks a few ahead for keep-with-next), so a few flowables buffered at a time are
    enough, and the story's generator runs, and queries, as the document is laid out.
    """

    LOOKAHEAD = 8

    def __init__(self, source: Iterable[Flowable]) -> None:
        self._source = iter(source)
        self._buffer: list[Flowable] = []

    def _fill(self, count: int) -> None:
        while len(self._buffer) < count:
            item = next(self._source, None)
            if item is None:
                return
            self._buffer.append(item)

    def __len__(self) -> int:
        self._fill(self.LOOKAHEAD)
        return len(self._buffer)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            self._fill((index.stop or self.LOOKAHEAD) if (index.stop or 0) >= 0 else self.LOOKAHEAD)
            return self._buffer[index]
        self._fill(index + 1 if index >= 0 else self.LOOKAHEAD)
        return self._buffer[index]

    def __setitem__(self, index, value) -> None:
        if isinstance(index, slice):
            self._fill(index.stop or 0)
        self._buffer[index] = value

    def __delitem__(self, index) -> None:
        if isinstance(index, slice):
            self._fill(index.stop or 0)
        else:
            self._fill(index + 1)
        del self._buffer[index]

    def insert(self, index: int, value: Flowable) -> None:
        self._buffer.insert(index, value)


# --- the document -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportMeta:
    title: str
    filters: str
    """One line: the period and filters, e.g. "Period: 1 May 2026 to 31 May 2026 · Team: all teams"."""
    generated_at: datetime
    generated_by: str
    landscape: bool = False
    marking: str = ""
    """The protective marking (default: OFFICIAL-SENSITIVE, in the chosen language)."""
    subject: str = ""

    @property
    def generated_line(self) -> str:
        return _("Generated {when} by {who}").format(when=local_time_text(self.generated_at, zone=True),
                                                     who=self.generated_by)


@dataclass
class BuildResult:
    pages: int = 0


def page_size(is_landscape: bool) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def frame_width(is_landscape: bool = False) -> float:
    """The text width of a page (portrait or landscape A4)."""
    return page_size(is_landscape)[0] - 2 * MARGIN


def _decorate(meta: ReportMeta) -> Callable[[Canvas, BaseDocTemplate], None]:
    s = styles()

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        # The protective marking, top and bottom, centred, in capitals.
        canvas.setFillColor(INK)
        canvas.setFont(s.bold, 10)
        marking = meta.marking or marking_text()
        canvas.drawCentredString(width / 2, height - TOP_MARKING, marking)
        canvas.drawCentredString(width / 2, BOTTOM_MARKING - 4, marking)
        if doc.page > 1:
            canvas.setFont(s.bold, 8)
            canvas.setFillColor(NAVY)
            canvas.drawString(MARGIN, height - HEADER_LINE + 5, meta.title)
            title_width = stringWidth(meta.title, s.bold, 8)
            canvas.setFont(s.regular, 7.5)
            canvas.setFillColor(GREY)
            room = width - 2 * MARGIN - title_width - 24
            canvas.drawRightString(width - MARGIN, height - HEADER_LINE + 5, fit(meta.filters, room, s.regular, 7.5))
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, height - HEADER_LINE, width - MARGIN, height - HEADER_LINE)
        # The footer: generated when and by whom, and "Page x of y" (y is a form filled in at the end).
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, FOOTER_LINE, width - MARGIN, FOOTER_LINE)
        canvas.setFont(s.regular, 7.5)
        canvas.setFillColor(GREY)
        total_room = stringWidth("000", s.regular, 7.5)
        right = width - MARGIN - total_room
        canvas.drawRightString(right, FOOTER_LINE - 10, _("{generated} — Page {page} of").format(
            generated=meta.generated_line, page=doc.page))
        canvas.translate(right + stringWidth(" ", s.regular, 7.5), FOOTER_LINE - 10)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()

    return on_page


def _compress_now(canvas: Canvas) -> None:
    """Compress the page just finished, now rather than when the file is saved.

    ReportLab keeps every page's drawing operators as text until ``save`` and compresses them then;
    a 2,000-page breach list held some 35 KB a page that way. Compressed at once (Flate; binary,
    without ReportLab's default ASCII85 layer, which only makes the file a quarter larger) a page
    keeps a small part of that. Left alone when ReportLab's internals are not as expected: the
    document is then the same, only held uncompressed until the end.
    """
    try:
        page = canvas._doc.Pages.pages[-1]
        stream = page.stream
        if not getattr(page, "compression", 0) or page.Contents or not stream:
            return
        dictionary = pdfdoc.PDFDictionary()
        dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        data = stream.encode("utf8") if isinstance(stream, str) else stream
        page.Contents = pdfdoc.PDFStream(dictionary, zlib.compress(data))
        page.Contents.__Comment__ = "page stream"
        page.stream = None
    except (AttributeError, IndexError, TypeError):
        return


def _canvas_class(result: BuildResult, font: str, generated_at: datetime) -> type[Canvas]:
    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # The file's creation date is the report's (the injected clock's), not the system's.
            local = to_local(generated_at)
            offset = int(local.utcoffset().total_seconds()) // 60 if local.utcoffset() else 0
            stamp = getattr(self._doc, "_timeStamp", None)
            if stamp is not None and hasattr(stamp, "YMDhms"):
                stamp.YMDhms = local.timetuple()[:6]
                stamp.dhh, stamp.dmm = divmod(offset, 60)

        def showPage(self) -> None:
            super().showPage()
            _compress_now(self)

        def save(self) -> None:
            result.pages = self.getPageNumber() - 1
            self.beginForm(PAGE_TOTAL_FORM, 0, -3, 40, 10)
            self.setFont(font, 7.5)
            self.setFillColor(GREY)
            self.drawString(0, 0, str(result.pages))
            self.endForm()
            super().save()

    return ReportCanvas


def marking_text() -> str:
    """OFFICIAL-SENSITIVE; in Welsh both, as Welsh Government documents carry it."""
    words = _(MARKING)
    return words if words == MARKING else f"{words} / {MARKING}"


def title_block(meta: ReportMeta, width: float, *, kicker: str | None = None,
                notice: str | None = None) -> list[Flowable]:
    s = styles()
    kicker = kicker or _("Casework · youth violence referral pathways")
    parts: list[Flowable] = [
        Paragraph(text(kicker.upper()), s.kicker),
        Paragraph(text(meta.title), s.title),
        Paragraph(text(meta.filters), s.filters),
        Spacer(1, 1),
        Paragraph(text(meta.generated_line), s.generated),
        Paragraph(text(_("Handling: contains personal data about children. Share it only with people who need it "
                         "for this work; do not copy or forward it further.")), s.generated),
        Spacer(1, 5),
        Rule(1.4, NAVY),
        Spacer(1, 6),
    ]
    if notice:
        parts += [callout(notice, width), Spacer(1, 6)]
    return parts


class Rule(Flowable):
    def __init__(self, thickness: float = 0.6, colour=RULE) -> None:
        super().__init__()
        self.thickness = thickness
        self.colour = colour

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


def build(path: str | os.PathLike, meta: ReportMeta, story: Callable[[float], Iterable[Flowable]]) -> int:
    """Lay out ``story(frame_width)`` into a PDF at ``path``; returns the number of pages.

    The file appears only when complete: it is written next to ``path`` under a temporary name and
    renamed, so a failed run never leaves half a report (or clobbers an earlier one).
    """
    target = Path(path)
    size = page_size(meta.landscape)
    family = fonts.family()
    result = BuildResult()
    handle, temporary = tempfile.mkstemp(prefix=".casework-report-", suffix=".pdf", dir=str(target.parent))
    os.close(handle)
    try:
        doc = BaseDocTemplate(temporary, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=FRAME_TOP, bottomMargin=FRAME_BOTTOM, title=meta.title,
                              author=meta.generated_by, subject=meta.subject or meta.marking or marking_text(),
                              creator="Casework", allowSplitting=1)
        frame = Frame(MARGIN, FRAME_BOTTOM, size[0] - 2 * MARGIN, size[1] - FRAME_TOP - FRAME_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=_decorate(meta))])
        doc.build(LazyStory(story(size[0] - 2 * MARGIN)), canvasmaker=_canvas_class(result, family.regular, meta.generated_at))  # type: ignore[arg-type]
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return result.pages


__all__ = [
    "Column", "LazyStory", "ReportMeta", "Rule", "StreamingTable", "build", "callout", "caption", "empty", "facts",
    "fit", "frame_width", "heading", "key_figures", "note", "para", "styles", "table", "text", "title_block",
    "together", "SERIES", "NAVY", "GREY", "RULE", "INK",
]
