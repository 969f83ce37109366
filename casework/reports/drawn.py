"""A long house-style table drawn straight on the canvas: the caseload summary's list of open cases.

:class:`~casework.reports.pdf.StreamingTable` lays each page's rows into a platypus ``Table``; for a
list of 10,000 or 100,000 cases that was most of the report's time: the ``Table`` measures every
cell again, applies its style commands cell by cell, and draws every string through its own text
object. :class:`DrawnTable` keeps everything else of the streaming table (rows pulled from an
iterator a page at a time, the header row on every page, zebra stripes carried over from page to
page, a bold worker's row that spans the table and never sits alone at a page's foot, the progress
callback) and draws each page itself: one fill for the header, one for the stripes, one path for
the rules, and one text object for every cell of the page. Cells are laid out as the ``Table``
did: a wrapping column breaks its text over lines (a word too long for the column is cut with an
ellipsis), any other column is one line cut to fit; widths of repeated texts (labels, dates) are
measured once. The rest of the report stays platypus, and the page decoration (marking, running
header, "Page x of y") is the document's, as on every other page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from .pdf import (
    CELL_PAD_X,
    CELL_PAD_Y,
    CELL_SIZE,
    INK,
    NAVY,
    RULE,
    WHITE,
    ZEBRA,
    Column,
    StreamingTable,
    Strong,
    _spans,
    empty,
    fit,
    styles,
)

LEADING = CELL_SIZE * 1.25
_CACHE_LIMIT = 20_000


class _Measure:
    """Widths and line breaks of cell texts in one font, remembered for texts that come back."""

    def __init__(self, font: str) -> None:
        self.font = font
        self._width_of = getFont(font).stringWidth
        self._widths: dict[str, float] = {}
        self._lines: dict[tuple[str, float, bool], tuple[str, ...]] = {}

    def width(self, value: str) -> float:
        found = self._widths.get(value)
        if found is None:
            if len(self._widths) > _CACHE_LIMIT:
                self._widths.clear()
            found = self._widths[value] = self._width_of(value, CELL_SIZE)
        return found

    def lines(self, value: str, room: float, wrap: bool) -> tuple[str, ...]:
        """``value`` as the lines it takes in ``room`` points: wrapped, or one line cut to fit."""
        if "\n" not in value and self.width(value) <= room:
            return (value,)
        key = (value, room, wrap)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > _CACHE_LIMIT:
                self._lines.clear()
            if wrap:
                found = tuple(fit(line, room, self.font, CELL_SIZE)
                              for part in value.split("\n")
                              for line in (simpleSplit(part, self.font, CELL_SIZE, room) or [""]))
            else:
                found = tuple(fit(part, room, self.font, CELL_SIZE) for part in value.split("\n"))
            self._lines[key] = found
        return found


class _Row:
    __slots__ = ("bold", "cells", "height", "spans")

    def __init__(self, cells: list[tuple[str, ...]], height: float, bold: bool, spans: bool) -> None:
        self.cells = cells
        self.height = height
        self.bold = bold
        self.spans = spans


class DrawnTable(StreamingTable):
    """A streaming house-style table whose pages are drawn on the canvas (no totals row)."""

    def __init__(self, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *,
                 on_rows: Callable[[int], None] | None = None) -> None:
        super().__init__(columns, rows, on_rows=on_rows)
        s = styles()
        self._regular = _Measure(s.regular)
        self._bold = _Measure(s.bold)
        self._head: _Row | None = None
        self._encoded: dict[tuple[str, str], list[tuple[int, str]]] = {}

    def _layout(self, width: float) -> None:
        if self._widths and abs(sum(self._widths) - width) < 0.5:
            return
        self._widths = self._fitted(width)
        titles = [self._bold.lines(c.title, w - 2 * CELL_PAD_X, True) for c, w in zip(self.columns, self._widths)]
        self._head = _Row(titles, max(len(t) for t in titles) * LEADING + 2 * CELL_PAD_Y, True, False)
        self._head_height = self._head.height

    def _fitted(self, width: float) -> list[float]:
        """The columns' widths: their shares of ``width``, widened where a word of the header would
        not fit (a Welsh title is often longer than the English one: "Atgyfeiriad" over a column of
        referral numbers), taking the room from columns with room to spare."""
        widths = [c.width * width for c in self.columns]
        needs = [max((self._bold.width(word) for word in c.title.split()), default=0.0) + 2 * CELL_PAD_X + 0.5
                 for c in self.columns]
        short = sum(max(0.0, n - w) for n, w in zip(needs, widths))
        spare = [max(0.0, w - n) for n, w in zip(needs, widths)]
        if short <= 0 or sum(spare) < short:
            return widths
        scale = short / sum(spare)
        return [max(n, w) if n > w else w - s * scale for n, w, s in zip(needs, widths, spare)]

    def _row(self, raw: Sequence[Any]) -> _Row:
        bold = isinstance(raw, Strong)
        measure = self._bold if bold else self._regular
        if bold and _spans(raw):
            whole = sum(self._widths) - 2 * CELL_PAD_X
            value = "" if raw[0] is None else str(raw[0])
            cells = [measure.lines(value, whole, False)]
            return _Row(cells, len(cells[0]) * LEADING + 2 * CELL_PAD_Y, True, True)
        cells = [measure.lines("" if value is None else str(value), width - 2 * CELL_PAD_X, column.wrap)
                 for value, column, width in zip(raw, self.columns, self._widths)]
        return _Row(cells, max(len(c) for c in cells) * LEADING + 2 * CELL_PAD_Y, bold, False)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        used = self._head_height
        raws: list[Sequence[Any]] = []
        rows: list[_Row] = []
        while used < availHeight:
            raw = self._take()
            if raw is None:
                break
            row = self._row(raw)
            if used + row.height > availHeight:
                self._back.append(raw)
                break
            raws.append(raw)
            rows.append(row)
            used += row.height
        # A bold heading row is not left alone at the foot of a page: it goes over with its rows.
        while raws and isinstance(raws[-1], Strong) and self._more_rows() and len(raws) > 1:
            self._back.append(raws.pop())
            used -= rows.pop().height
        if not rows:
            return []  # nothing fits here: platypus moves on to a new page and asks again
        self.__dict__.pop("_postponed", None)
        assert self._head is not None
        piece = _DrawnPage(self, self._head, rows, self._placed, used)
        self._placed += len(rows)
        if self._on_rows is not None:
            self._on_rows(len(rows))
        return [piece, self] if self.has_content() else [piece]


class _DrawnPage(Flowable):
    """One page's piece of a :class:`DrawnTable`, laid out already; draws itself on the canvas."""

    def __init__(self, table: DrawnTable, head: _Row, rows: list[_Row], first: int, height: float) -> None:
        super().__init__()
        self.columns = table.columns
        self.widths = table._widths
        self.regular = table._regular
        self.bold = table._bold
        self.head = head
        self.rows = rows
        self.first = first
        """How many rows earlier pieces placed (the zebra stripes carry on from them)."""
        self.width = sum(self.widths)
        self.height = height
        self.table_cache = table._encoded

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        width = self.width
        lefts = []
        x = 0.0
        for w in self.widths:
            lefts.append(x)
            x += w
        # Backgrounds: the header, then every other row.
        top = self.height
        canvas.setFillColor(NAVY)
        canvas.rect(0, top - self.head.height, width, self.head.height, stroke=0, fill=1)
        y = top - self.head.height
        stripes: list[tuple[float, float]] = []
        rules: list[tuple[float, float, float, float]] = []
        for index, row in enumerate(self.rows):
            bottom = y - row.height
            if (self.first + index) % 2:
                stripes.append((bottom, row.height))
            rules.append((0, bottom, width, bottom))
            y = bottom
        if stripes:
            canvas.setFillColor(ZEBRA)
            for bottom, height in stripes:
                canvas.rect(0, bottom, width, height, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.lines(rules)
        # Every cell's text in one text object.
        text = canvas.beginText()
        self.out = _TextOut(text, self.table_cache)
        font = (self.bold.font, WHITE)
        text.setFont(self.bold.font, CELL_SIZE, LEADING)
        text.setFillColor(WHITE)
        self._cells(text, self.head, top, lefts, self.bold)
        y = top - self.head.height
        regular = (self.regular.font, INK)
        for row in self.rows:
            wanted = (self.bold.font, NAVY) if row.bold else regular
            if wanted != font:
                text.setFont(wanted[0], CELL_SIZE, LEADING)
                text.setFillColor(wanted[1])
                font = wanted
            self._cells(text, row, y, lefts, self.bold if row.bold else self.regular)
            y -= row.height
        canvas.drawText(text)

    def _cells(self, text, row: _Row, top: float, lefts: list[float], measure: _Measure) -> None:
        baseline = top - CELL_PAD_Y - CELL_SIZE
        columns = self.columns[:1] if row.spans else self.columns
        for lines, column, left, width in zip(row.cells, columns, lefts, self.widths):
            y = baseline
            for line in lines:
                if line:
                    if column.align == "right" and not row.spans:
                        x = left + width - CELL_PAD_X - measure.width(line)
                    else:
                        x = left + CELL_PAD_X
                    text.setTextOrigin(x, y)
                    self.out(line)
                y -= LEADING


class _TextOut:
    """``text.textOut(line)`` without its repeated work, for the cells of a page.

    For an embedded TrueType font ReportLab splits every string into the font's 256-glyph subsets
    (assigning glyphs to subsets as it first meets them) and escapes each part, and measures the
    string to move a cursor this table never uses. A case list repeats the same dates, labels and
    ages thousands of times: the split and escaped parts of a string are remembered per document
    (a glyph keeps its subset for the life of the document), and the operators written are the ones
    ``textOut`` writes. Any other kind of font goes through ``textOut`` itself.
    """

    def __init__(self, text, cache: dict[tuple[str, str], list[tuple[int, str]]]) -> None:
        self.text = text
        self.cache = cache

    def __call__(self, line: str) -> None:
        text = self.text
        font = getFont(text._fontname)
        if not getattr(font, "_dynamicFont", False) or getattr(font, "shapable", False):
            text.textOut(line)
            return
        key = (text._fontname, line)
        parts = self.cache.get(key)
        canvas = text._canvas
        if parts is None:
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            parts = self.cache[key] = [(subset, canvas._escape(piece))
                                       for subset, piece in font.splitString(line, canvas._doc)]
        code = text._code
        for subset, escaped in parts:
            if subset != text._curSubset:
                code.append(f"{font.getSubsetInternalName(subset, canvas._doc)} "
                            f"{fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL")
                text._curSubset = subset
            code.append(f"({escaped}) Tj")


def drawn_table(columns: Sequence[Column], rows: Iterable[Sequence[Any]], *, empty_text: str,
                on_rows: Callable[[int], None] | None = None) -> Flowable:
    """A long house-style table drawn on the canvas, or the empty-state sentence when there are no rows."""
    table = DrawnTable(columns, rows, on_rows=on_rows)
    if not table._more_rows():
        return empty(empty_text)
    return table


__all__ = ["DrawnTable", "drawn_table"]
