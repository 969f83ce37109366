"""Exporting a list (the caseload, alerts, breaches, the audit trail...) to CSV or XLSX, audited.

Children's data leaving the system: every export is an audit entry (``export_list``: which list, the
file's name, the format, the row count and the filters), written before the file is put in place. The
file is written next to its destination under a temporary name and renamed only once the entry is
committed, so there is never an exported file without its entry (a failure removes the temporary file).

Values are written as the user sees them (the caller passes display text); in XLSX, text that is a
displayed date or time (``2026-06-15 10:00 BST``, ``2026-06-15``, ``15 Jun 2026``) becomes a real date
cell and a plain number a number. CSV is UTF-8 with a byte order mark (Excel reads it as UTF-8 then).
Text that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) is prefixed with ``'`` in both formats (CSV formula injection), unless it is a plain
number.

The caseload is exported through its service query (``iter_caseload``: the same scope and filters as
the screen, every matching row, fetched in pages), not through the windowed table on the screen.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import _
from . import audit, caseload
from .actor import Actor
from .caseload import CaseloadQuery, CaseloadRow
from .context import Context

FORMATS = ("csv", "xlsx")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_LOCAL_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?: (?:GMT|BST|UTC))?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MON_YEAR = re.compile(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                       "Dec"), start=1)}
CHUNK = 1_000


def safe_text(text: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    if text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def xlsx_value(value: Any) -> Any:
    """What an XLSX cell holds for a displayed value: a date, a date and time, a number, or (safe) text."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date | int | float):
        return value
    text = str(value)
    try:
        if m := _LOCAL_TIME.fullmatch(text):
            return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]))
        if m := _ISO_DATE.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _DAY_MON_YEAR.fullmatch(text)) and m[2] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    except ValueError:
        pass
    if _NUMBER.fullmatch(text) and len(text) < 15:
        return float(text) if "." in text else int(text)
    return safe_text(text)


def _check_path(path: str | os.PathLike, fmt: str) -> Path:
    if fmt not in FORMATS:
        raise ValidationError("format", "choice", _("export as {formats}, not {format}").format(
            formats=" or ".join(FORMATS), format=repr(fmt)))
    target = Path(path)
    if not target.parent.is_dir():
        raise ValidationError("file", "no_folder", _("there is no folder {folder} to save into").format(
            folder=repr(str(target.parent))))
    return target


def write_table(path: str | os.PathLike, fmt: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                *, title: str = "Export") -> int:
    """Write a header row and the rows (streaming); returns how many rows were written."""
    target = Path(path)
    count = 0
    if fmt == "csv":
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([safe_text(_text(h)) for h in headers])
            for row in rows:
                writer.writerow([safe_text(_text(v)) for v in row])
                count += 1
        return count
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Export")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=safe_text(_text(header)))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells = []
        for value in row:
            converted = xlsx_value(value)
            if isinstance(converted, datetime):
                cell = WriteOnlyCell(sheet, value=converted)
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(converted, date):
                cell = WriteOnlyCell(sheet, value=converted)
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(converted, str):
                cell = WriteOnlyCell(sheet, value=converted)
                cell.data_type = "s"  # never a formula, whatever it starts with
            else:
                cell = WriteOnlyCell(sheet, value=converted)
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(target)
    return count


def export_table(ctx: Context, actor: Actor, what: str, path: str | os.PathLike, fmt: str, headers: Sequence[str],
                 rows: Iterable[Sequence[Any]], *, filters: dict[str, Any] | None = None,
                 progress: Callable[[int], None] | None = None) -> int:
    """Write the list to ``path`` and audit the export; returns the row count. Nothing is left on disk
    without its audit entry."""
    if actor is None:
        raise ValidationError("user", "required", "sign in to export")
    target = _check_path(path, fmt)
    handle, temporary = tempfile.mkstemp(prefix=".casework-export-", suffix="." + fmt, dir=target.parent)
    os.close(handle)
    try:
        def counted() -> Iterator[Sequence[Any]]:
            for index, row in enumerate(rows, start=1):
                if progress is not None and index % CHUNK == 0:
                    progress(index)
                yield row

        try:
            count = write_table(temporary, fmt, headers, counted(), title=what)
        except OSError as exc:
            raise ValidationError("file", "unwritable", _("cannot write {name}: {reason}").format(
                name=target.name, reason=exc.strerror or exc)) from None
        with ctx.write() as s:
            audit.record(s, actor, ctx.clock.now(), "export_list", "list", None,
                         details={"list": what, "file": target.name, "format": fmt, "rows": count,
                                  "filters": audit._plain(filters or {})})
        try:
            os.replace(temporary, target)
        except OSError as exc:
            raise ValidationError("file", "unwritable", _("cannot save {name}: {reason}").format(
                name=target.name, reason=exc.strerror or exc)) from None
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return count


def iter_caseload(ctx: Context, actor: Actor, query: CaseloadQuery, chunk: int = CHUNK) -> Iterator[CaseloadRow]:
    """Every row the caseload query matches (its scope and filters, pinned at one instant), in its order,
    fetched a page at a time: what the screen would show if scrolled to the end."""
    pinned = query if query.as_of is not None else query.at(ctx.clock.now())
    ids = caseload.ordered_ids(ctx, actor, pinned)
    for start in range(0, len(ids), chunk):
        yield from caseload.rows(ctx, actor, pinned, ids[start:start + chunk])


def caseload_filters(query: CaseloadQuery) -> dict[str, Any]:
    return {k: v for k, v in {
        "scope": query.scope, "team_id": query.team_id, "open_only": query.open_only, "pathway": query.pathway,
        "stage": query.stage, "worker": query.worker, "sla_state": query.sla_state, "search": bool(query.search),
        "sort": query.sort, "descending": query.descending}.items() if v not in (None, "", False)}


def export_caseload(ctx: Context, actor: Actor, query: CaseloadQuery, path: str | os.PathLike, fmt: str,
                    headers: Sequence[str], cells: Callable[[CaseloadRow], Sequence[Any]], *,
                    progress: Callable[[int], None] | None = None) -> int:
    """The caseload as the user filtered it, every row, through the service (never the screen's window).
    ``cells`` turns a row into what the screen shows in each column. The search text is not audited (it
    may be a name); that a search was applied is."""
    rows = (cells(row) for row in iter_caseload(ctx, actor, query))
    return export_table(ctx, actor, "caseload", path, fmt, headers, rows, filters=caseload_filters(query),
                        progress=progress)
