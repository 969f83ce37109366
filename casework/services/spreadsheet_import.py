"""Importing referrals from the spreadsheets teams keep today (CSV or XLSX).

Three steps, the same for the CLI and the desktop wizard:

1. **Read** the file (:func:`read_file` / :func:`read_bytes`): a CSV in UTF-8 (with or without a byte
   order mark) or UTF-16 with its mark, else Windows-1252, which is then said in the report's
   notices; the delimiter is the one of ``, ; TAB |`` the header line uses most. An XLSX is read with
   openpyxl in read-only mode (values, not formulas), the first sheet unless one is named. Row 1 is
   the header; rows are numbered as the spreadsheet shows them.
2. **Map** columns to what a referral holds (:func:`propose_mapping` guesses from the header names,
   by case- and space-insensitive synonyms; the user may change it; :func:`save_mapping` /
   :func:`load_mapping` keep one as JSON for the next file). A mapping may also give a fixed value
   for a field the file has no column for (the pathway, the source, the team).
3. **Check**, then **import**. :func:`dry_run` runs every row through the very checks a referral
   taken in at intake goes through (``referrals.prepare_referral`` → ``people.clean_person`` →
   ``referrals.resolve_referral``: identifiers, names, the age on the pathway, the team the user may
   take referrals for, the worker...) and reports *every* problem by row and column, not only each
   row's first: when a check fails, the value it refused is set aside and the row checked again.
   Times are Europe/London wall-clock times; one the clocks skip, or one they pass twice, is an
   error unless the cell carries its offset. Rows repeating another row of the file are errors;
   a young person already held is linked by the same NHS number or PNC ID (an error when the
   dates of birth differ); a similar name with the same date of birth is a warning (possible match).
   :func:`import_referrals` repeats the checks inside one write transaction and writes every row or
   nothing: any error raises :class:`ImportRejected` (or, for rows of a team the user may not take
   referrals for, an audited ``NotPermitted``). Each referral and person is audited as at intake,
   and the import itself is one more entry: the file's name, its SHA-256, the row count and the
   new referral ids.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from dateutil import tz as date_tz
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotPermitted, ValidationError
from ..i18n import L_, N_, _, number, said
from ..pathways import SOURCES
from ..store.models import Person
from ..timeutil import LONDON, to_local
from ..validation import bad_character
from . import access, audit, bulk_intake, matching
from .bulk_intake import Progress
from .actor import Actor
from .context import Context
from .people import GENDERS, PersonInput
from .referrals import NewReferral, PreparedReferral, ResolvedReferral, prepare_referral, resolve_referral
from .views import JsonView

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024  # an XLSX is a zip: refuse one that would inflate past this
MAX_ROWS = 100_000
MAX_COLUMNS = 256
MAX_CELL = 20_000
MAPPING_FORMAT = "casework-referral-mapping"
ERROR = "error"
WARNING = "warning"
IN_CHUNKS = 500
PROGRESS_EVERY = 500
# progress steps of the import before the writing (bulk_intake.STEP_*): every row's cells checked again,
# then (inside the write transaction) the rows checked against the records held
STEP_CHECK, STEP_MATCH = "check", "match"


# --- what a column can be -----------------------------------------------------------------------

@dataclass(frozen=True)
class TargetField:
    id: str
    label: str
    synonyms: tuple[str, ...]
    fixed_allowed: bool = False  # may a mapping give one value for every row instead of a column

    @property
    def words(self) -> str:
        """The label in the current language."""
        return _(self.label)


TARGETS: tuple[TargetField, ...] = (
    TargetField("full_name", N_("Name (given and family name in one column)"),
                ("name", "full name", "young person", "young person name", "child name", "client name", "yp name",
                 "child", "client", "subject")),
    TargetField("given_name", N_("Given name"), ("first name", "given name", "forename", "forenames", "firstname",
                                             "christian name", "first")),
    TargetField("family_name", N_("Family name"), ("surname", "family name", "last name", "lastname", "last")),
    TargetField("date_of_birth", N_("Date of birth"), ("dob", "d.o.b.", "date of birth", "birth date", "birthdate",
                                                   "born", "date born")),
    TargetField("gender", N_("Gender"), ("gender", "sex", "gender identity")),
    TargetField("postcode", N_("Postcode"), ("postcode", "post code", "postal code", "zip")),
    TargetField("home_local_authority", N_("Home local authority"),
                ("home la", "home local authority", "local authority", "la", "home authority", "council")),
    TargetField("nhs_number", N_("NHS number"), ("nhs number", "nhs no", "nhs", "nhs num", "nhsno")),
    TargetField("pnc_id", N_("PNC ID"), ("pnc id", "pnc", "pnc number", "pnc no", "pncid")),
    TargetField("received_at", N_("Referral date/time"),
                ("referral date/time", "referral date", "referral datetime", "referral date and time", "date received",
                 "received", "received at", "date of referral", "referred", "referral received", "date")),
    TargetField("received_time", N_("Referral time (when in its own column)"),
                ("referral time", "time received", "time of referral", "time")),
    TargetField("source", N_("Source"), ("source", "referral source", "referred from", "route"), fixed_allowed=True),
    TargetField("pathway", N_("Pathway"), ("pathway", "programme", "program", "scheme", "service"), fixed_allowed=True),
    TargetField("team", N_("Team"), ("team", "team name"), fixed_allowed=True),
    TargetField("site", N_("Site"), ("site", "site code", "location", "custody suite", "hospital"), fixed_allowed=True),
    TargetField("assigned_to", N_("Worker"), ("worker", "caseworker", "case worker", "assigned to", "allocated to",
                                          "key worker", "navigator", "officer", "assigned worker")),
    TargetField("note", N_("Notes"), ("notes", "note", "comments", "comment", "details", "concerns", "summary")),
)
TARGET_IDS = tuple(t.id for t in TARGETS)
_TARGET = {t.id: t for t in TARGETS}
# Which column a service's ValidationError field is reported in (first mapped one wins).
_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "given_name": ("given_name", "full_name"), "family_name": ("family_name", "full_name"),
    "date_of_birth": ("date_of_birth",), "gender": ("gender",), "postcode": ("postcode",),
    "home_local_authority": ("home_local_authority",), "nhs_number": ("nhs_number",), "pnc_id": ("pnc_id",),
    "received_at": ("received_at", "received_time"), "source": ("source",), "pathway": ("pathway",),
    "team": ("team",), "site": ("site",), "assigned_to": ("assigned_to",), "note": ("note",),
    "person_id": ("nhs_number", "pnc_id"),
}


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in folded.lower() if c.isalnum())


_SYNONYMS: dict[str, str] = {}
for _t in TARGETS:
    for _s in (_t.id, _t.label, *_t.synonyms):
        _SYNONYMS.setdefault(_norm(_s), _t.id)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# --- reading ------------------------------------------------------------------------------------

@dataclass
class Sheet:
    """A file's header and rows, as read. ``rows`` are (row number as the spreadsheet shows it, cells)."""

    file_name: str
    sha256: str
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    sheet_name: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    notices: list[str] = field(default_factory=list)
    date1904: bool = False

    def header_label(self, index: int) -> str:
        return self.headers[index] if index < len(self.headers) and self.headers[index] else _("column {letter}").format(letter=column_letter(index))


def _file_error(rule: str, message: str) -> ValidationError:
    return ValidationError("file", rule, message)


def read_file(path: str | os.PathLike, sheet: str | None = None) -> Sheet:
    """Read a CSV or XLSX file; ValidationError("file", ...) when it cannot be read as one."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _file_error("too_large", _("{name} is {size} MB; the limit is {limit} MB").format(
                name=p.name, size=number(size // (1024 * 1024)), limit=number(MAX_FILE_BYTES // (1024 * 1024))))
        data = p.read_bytes()
    except OSError as exc:
        raise _file_error("unreadable", _("cannot read {name}: {reason}").format(name=p.name, reason=exc.strerror or exc)) \
            from None
    return read_bytes(data, p.name, sheet)


def read_bytes(data: bytes, file_name: str, sheet: str | None = None) -> Sheet:
    if len(data) > MAX_FILE_BYTES:
        raise _file_error("too_large", _("the file is larger than {limit} MB").format(
            limit=number(MAX_FILE_BYTES // (1024 * 1024))))
    digest = hashlib.sha256(data).hexdigest()
    lower = file_name.lower()
    if data[:4] == b"PK\x03\x04" or lower.endswith((".xlsx", ".xlsm")):
        return _read_xlsx(data, file_name, digest, sheet)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or lower.endswith(".xls"):
        raise _file_error("xls_not_supported", _("{name} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV "
                                                 "and import that").format(name=file_name))
    if sheet is not None:
        raise ValidationError("sheet", "not_a_workbook", _("a CSV file has no sheets; leave out the sheet name"))
    return _read_csv(data, file_name, digest)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        notices = []
        if encoding == "cp1252":
            notices.append(_("The file is not UTF-8; it was read as Windows-1252 (Western European). "
                             "Check that names with accents look right in the preview."))
        return text, encoding, notices
    raise _file_error("encoding", _("the file is not text in UTF-8, UTF-16 or Windows-1252; "
                                    "save it from the spreadsheet as 'CSV UTF-8'"))


def _read_csv(data: bytes, file_name: str, digest: str) -> Sheet:
    text, encoding, notices = _decode(data)
    if "\x00" in text:
        raise _file_error("not_text", _("{name} holds binary data, not CSV text").format(name=file_name))
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    if counts[delimiter] == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[Any]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS + 1:
                raise _file_error("too_many_rows", _("the file has more than {limit} rows; split it").format(
                    limit=number(MAX_ROWS)))
            records.append((number, record))
    except csv.Error as exc:
        raise _file_error("csv", _("{name} is not a readable CSV file near row {row}: {detail}").format(
            name=file_name, row=reader.line_num, detail=exc)) from None
    return _sheet(file_name, digest, "csv", records, encoding=encoding, delimiter=delimiter, notices=notices)


def _read_xlsx(data: bytes, file_name: str, digest: str, sheet: str | None) -> Sheet:
    import openpyxl  # imported here: only an XLSX import pays for it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                raise _file_error("too_large", _("{name} unpacks to more than {limit} MB").format(
                    name=file_name, limit=number(MAX_UNZIPPED_BYTES // (1024 * 1024))))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _file_error("unreadable", _("{name} is not a readable XLSX workbook").format(name=file_name)) from None
    records: list[tuple[int, list[Any]]] = []
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - a hostile or broken zip can fail anywhere inside openpyxl
        raise _file_error("unreadable", _("{name} is not a readable XLSX workbook").format(name=file_name)) from None
    try:
        names = list(book.sheetnames)
        if not names:
            raise _file_error("empty", _("{name} has no sheets").format(name=file_name))
        if sheet is None:
            chosen = names[0]
        else:
            chosen = next((n for n in names if n == sheet), None) or next(
                (n for n in names if n.strip().lower() == sheet.strip().lower()), None)
            if chosen is None:
                raise ValidationError("sheet", "unknown_sheet", _("{name} has no sheet called {sheet} (its sheets: {sheets})")
                                      .format(name=file_name, sheet=repr(sheet), sheets=", ".join(names)))
        worksheet = book[chosen]
        date1904 = getattr(book, "epoch", None) == datetime(1904, 1, 1)
        try:
            for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
                if number > MAX_ROWS + 1:
                    raise _file_error("too_many_rows", _("the sheet has more than {limit} rows; split it").format(
                        limit=number(MAX_ROWS)))
                records.append((number, list(values)))
        except ValidationError:
            raise
        except Exception:  # noqa: BLE001 - as above: broken sheet XML
            raise _file_error("unreadable", _("sheet {sheet} of {name} cannot be read").format(
                sheet=repr(chosen), name=file_name)) from None
    finally:
        book.close()
    return _sheet(file_name, digest, "xlsx", records, sheet_name=chosen, sheet_names=names, date1904=date1904)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _sheet(file_name: str, digest: str, kind: str, records: list[tuple[int, list[Any]]], **extra) -> Sheet:
    if not records or all(_blank(v) for v in records[0][1]):
        raise _file_error("no_header", _("row 1 of {name} is empty; it should hold the column names").format(name=file_name))
    header_cells = list(records[0][1])
    while header_cells and _blank(header_cells[-1]):
        header_cells.pop()
    if len(header_cells) > MAX_COLUMNS:
        raise _file_error("too_many_columns", _("{name} has {count} columns; at most {limit}").format(
            name=file_name, count=number(len(header_cells)), limit=MAX_COLUMNS))
    headers = []
    for index, value in enumerate(header_cells):
        text = "" if value is None else str(value).strip()
        if bad_character(text):
            text = "".join(c for c in text if not bad_character(c))
        headers.append(text[:200])
    rows = [(number, list(cells)) for number, cells in records[1:] if not all(_blank(v) for v in cells)]
    if not rows:
        raise _file_error("no_rows", _("{name} has a header row but no referrals under it").format(name=file_name))
    return Sheet(file_name, digest, kind, headers, rows, **extra)


# --- the mapping --------------------------------------------------------------------------------

@dataclass
class Mapping:
    """Which column (by header name) holds each field, and fixed values for fields without a column."""

    columns: dict[str, str] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"format": MAPPING_FORMAT, "version": 1, "columns": dict(self.columns), "fixed": dict(self.fixed)}

    @classmethod
    def from_json(cls, data: Any) -> Mapping:
        if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
            raise ValidationError("mapping", "not_a_mapping", _("not a Casework column mapping file"))
        columns, fixed = data.get("columns", {}), data.get("fixed", {})
        if not isinstance(columns, dict) or not isinstance(fixed, dict):
            raise ValidationError("mapping", "not_a_mapping", _("a mapping's columns and fixed values are tables"))
        for key, value in [*columns.items(), *fixed.items()]:
            if key not in _TARGET:
                raise ValidationError("mapping", "unknown_field",
                                      _("{key} is not a field a referral import knows ({known})").format(
                                          key=repr(key), known=", ".join(TARGET_IDS)))
            if not isinstance(value, str) or bad_character(value) or len(value) > 200:
                raise ValidationError("mapping", "bad_value", _("the mapping of {key} must be a short text").format(key=key))
        for key in fixed:
            if not _TARGET[key].fixed_allowed:
                raise ValidationError("mapping", "not_fixable",
                                      _("{key} cannot be given one value for every row").format(key=key))
        return cls(dict(columns), dict(fixed))


def propose_mapping(headers: list[str]) -> Mapping:
    """A first guess from the header names (case, spaces and punctuation do not count)."""
    columns: dict[str, str] = {}
    for header in headers:
        target = _SYNONYMS.get(_norm(header))
        if target and target not in columns and header:
            columns[target] = header
    if "full_name" in columns and "given_name" in columns and "family_name" in columns:
        del columns["full_name"]
    return Mapping(columns)


def save_mapping(mapping: Mapping, path: str | os.PathLike) -> None:
    try:
        Path(path).write_text(json.dumps(mapping.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ValidationError("mapping", "unwritable", _("cannot write {name}: {reason}").format(
            name=Path(path).name, reason=exc.strerror or exc)) from None


def load_mapping(path: str | os.PathLike) -> Mapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError("mapping", "unreadable", _("cannot read {name}: {reason}").format(
            name=Path(path).name, reason=exc.strerror or exc)) from None
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("mapping", "not_a_mapping",
                              _("{name} is not a JSON mapping file").format(name=Path(path).name)) from None
    return Mapping.from_json(data)


# --- the report ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem(JsonView):
    severity: str  # "error" or "warning"
    row: int | None  # as the spreadsheet shows it (the header is row 1); None for the whole file
    column: str | None  # the column letter
    header: str | None
    field: str | None
    rule: str
    message: str

    def text(self) -> str:
        """``Row 37, column B (DOB): 31/02/2009 is not a date``, in the current language."""
        message = self.message if self.severity == ERROR else _("warning: {message}").format(message=self.message)
        words = dict(row=self.row, column=self.column, header=self.header, message=message)
        if self.row is not None and self.column is not None:
            return _("Row {row}, column {column} ({header}): {message}").format(**words)
        if self.row is not None:
            return _("Row {row}: {message}").format(**words)
        if self.column is not None:
            return _("column {column} ({header}): {message}").format(**words)
        return message


@dataclass(frozen=True)
class ImportReport(JsonView):
    file_name: str
    sha256: str
    sheet: str | None
    encoding: str | None
    rows: int
    new_people: int
    linked_people: int
    problems: list[Problem]
    notices: list[str]
    mapping: dict[str, Any]
    # Rows older than their SLA windows: a clock whose deadline has already passed unmet (counted among the
    # rows without errors). The import records those clocks as "imported — not tracked" unless told to
    # track them (then each is a breach for review).
    overdue_rows: int = 0
    overdue_clocks: dict[str, int] = field(default_factory=dict)  # rule label -> clocks

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data["errors"] = len(self.errors)
        data["warnings"] = len(self.warnings)
        return data


@dataclass(frozen=True)
class ImportResult(JsonView):
    file_name: str
    sha256: str
    rows: int
    referral_ids: list[int]
    new_people: int
    linked_people: int
    warnings: list[Problem]
    overdue_rows: int = 0  # referrals with a clock whose deadline had passed before the import
    overdue_clocks: int = 0
    tracked_overdue: bool = False  # those clocks became breaches (True) or "imported — not tracked"


class ImportRejected(ValidationError):
    """The file has errors: nothing was imported. ``report`` lists every one."""

    def __init__(self, report: ImportReport) -> None:
        errors = report.errors
        words = dict(count=number(len(errors)), name=report.file_name, first=errors[0].text())
        super().__init__("file", "has_errors",
                         _("1 problem in {name}; nothing was imported (first: {first})").format(**words)
                         if len(errors) == 1 else
                         _("{count} problems in {name}; nothing was imported (first: {first})").format(**words))
        self.report = report


# --- turning cells into values ------------------------------------------------------------------

_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january", "ion", "ionawr"), ("feb", "february", "chwef", "chwefror"), ("mar", "march", "maw", "mawrth"),
     ("apr", "april", "ebr", "ebrill"), ("may", "mai"), ("jun", "june", "meh", "mehefin"),
     ("jul", "july", "gor", "gorffennaf"), ("aug", "august", "aws", "awst"),
     ("sep", "sept", "september", "medi"), ("oct", "october", "hyd", "hydref"),
     ("nov", "november", "tach", "tachwedd"), ("dec", "december", "rhag", "rhagfyr")), start=1) for m in names}
_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})")
_D_MON_Y = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([A-Za-z]{3,9})\.?[\s\-/.,]+(\d{4}|\d{2})")
_SERIAL = re.compile(r"\d{1,6}(?:\.\d+)?")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2}|GMT|BST|UTC)$", re.IGNORECASE)


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = _UNPRINTABLE.sub("?", str(value).strip())
    return text if len(text) <= 60 else text[:57] + "..."


def _text_of(value: Any) -> str:
    """A cell as text: a whole number without '.0' (an NHS number read as a number)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = "" if value is None else str(value)
    return text if len(text) <= MAX_CELL else text[:MAX_CELL]


def _year(two_or_four: str, today: date) -> int:
    year = int(two_or_four)
    if len(two_or_four) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _not_a_date(shown: str) -> str:
    return _("{value} is not a date").format(value=shown)


def _make_date(year: int, month: int, day: int, shown: str, field_name: str) -> date:
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and month <= 31:
            raise ValidationError(field_name, "date_format",
                                  _("{value} is not a date (dates are read day first: dd/mm/yyyy)").format(value=shown))
        raise ValidationError(field_name, "date_format", _not_a_date(shown))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field_name, "date_format", _not_a_date(shown)) from None


def _serial(number: float, shown: str, field_name: str, date1904: bool) -> datetime:
    if number < 61 and not date1904:
        raise ValidationError(field_name, "date_format", _("{value} is not a date (as an Excel date number it would be "
                                                           "before March 1900)").format(value=shown))
    epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    try:
        return epoch + timedelta(days=number)
    except OverflowError:
        raise ValidationError(field_name, "date_format", _not_a_date(shown)) from None


def parse_date_cell(value: Any, field_name: str, today: date, *, date1904: bool = False) -> date:
    """A date from a cell: a real date cell, an Excel date number, or text day first (31/01/2009,
    3/2/09, 2009-01-31, 3 Feb 2009)."""
    shown = _shown(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError(field_name, "date_format", _not_a_date(shown))
        return _serial(float(value), shown, field_name, date1904).date()
    text = _text_of(value).strip()
    if m := _DMY.fullmatch(text):
        return _make_date(_year(m[3], today), int(m[2]), int(m[1]), shown, field_name)
    if m := _YMD.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), shown, field_name)
    if m := _D_MON_Y.fullmatch(text):
        month = _MONTHS.get(m[2].lower())
        if month is None:
            raise ValidationError(field_name, "date_format", _not_a_date(shown))
        return _make_date(_year(m[3], today), month, int(m[1]), shown, field_name)
    if _SERIAL.fullmatch(text) and float(text) >= 1000:
        return _serial(float(text), shown, field_name, date1904).date()
    raise ValidationError(field_name, "date_format", _("{value} is not a date (write it as dd/mm/yyyy)").format(value=shown))


def _parse_clock(text: str, shown: str, field_name: str) -> time:
    m = _TIME.fullmatch(text.strip())
    if not m:
        raise ValidationError(field_name, "time_format",
                              _("{value} is not a time of day (write it as hh:mm)").format(value=shown))
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if m[4]:
        if not 1 <= hour <= 12:
            raise ValidationError(field_name, "time_format", _("{value} is not a time of day").format(value=shown))
        hour = hour % 12 + (12 if m[4].lower().startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(field_name, "time_format", _("{value} is not a time of day").format(value=shown))
    return time(hour, minute, second)


def parse_time_cell(value: Any, field_name: str) -> time:
    shown = _shown(value)
    if isinstance(value, time):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return time(min(seconds // 3600, 23), (seconds // 60) % 60, seconds % 60)
    return _parse_clock(_text_of(value), shown, field_name)


def local_instant(naive: datetime, shown: str, field_name: str) -> datetime:
    """A Europe/London wall-clock time to UTC; an error for a time the clocks skip or pass twice."""
    candidate = naive.replace(tzinfo=LONDON)
    if not date_tz.datetime_exists(candidate):
        raise ValidationError(field_name, "nonexistent_time",
                              _("{value} did not happen in the UK: the clocks went forward an hour that night "
                                "(give the time it was on the clock after the change)").format(value=shown))
    if date_tz.datetime_ambiguous(candidate):
        raise ValidationError(field_name, "ambiguous_time",
                              _("{value} happened twice in the UK: the clocks went back an hour that night; "
                                "add the offset (+01:00 for the first time, +00:00 for the second)").format(value=shown))
    try:
        return candidate.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        raise ValidationError(field_name, "out_of_range",
                              _("{value} is not a time Casework can hold").format(value=shown)) from None


def parse_datetime_cell(value: Any, time_value: Any, field_name: str, today: date, *,
                        date1904: bool = False) -> tuple[datetime, bool]:
    """The referral's received time (UTC) from a date/time cell (and a separate time cell, if mapped).

    Returns (the time, whether a time of day was given). Without a time of day it is 00:00 local.
    """
    shown = _shown(value)
    given_time: time | None = None
    if not _blank(time_value):
        given_time = parse_time_cell(time_value, "received_time")
    if isinstance(value, datetime):
        naive = value.replace(microsecond=0, tzinfo=None)
        has_time = naive.time() != time(0)
    elif isinstance(value, date):
        naive, has_time = datetime.combine(value, time(0)), False
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError(field_name, "time_format", _not_a_date(shown))
        naive = _serial(float(value), shown, field_name, date1904).replace(microsecond=0)
        naive = naive.replace(second=0) if naive.second in (0, 59) and naive.microsecond == 0 else naive
        has_time = naive.time() != time(0)
    else:
        text = _text_of(value).strip()
        offset = _OFFSET.search(text)
        if offset and ("T" in text or " " in text or ":" in text):
            iso = text[:offset.start()].strip().replace(" ", "T", 1)
            zone = offset[1].upper()
            try:
                if zone in ("Z", "GMT", "UTC"):
                    aware = datetime.fromisoformat(iso).replace(tzinfo=timezone.utc)
                elif zone == "BST":
                    aware = datetime.fromisoformat(iso).replace(tzinfo=timezone(timedelta(hours=1)))
                else:
                    aware = datetime.fromisoformat(iso + (zone if ":" in zone else zone[:3] + ":" + zone[3:]))
                if aware.tzinfo is None:
                    raise ValueError
                return aware.astimezone(timezone.utc), True
            except (ValueError, OverflowError):
                pass
            # a date in another format with an offset: read the date and time, then apply the offset
            raise ValidationError(field_name, "time_format", _("{value} is not a date and time (with an offset write it as "
                                                               "yyyy-mm-dd hh:mm+01:00)").format(value=shown))
        parts = re.split(r"[ T]+", text, maxsplit=1)
        date_part = parts[0]
        clock_part = parts[1] if len(parts) > 1 else ""
        if clock_part and not _TIME.fullmatch(clock_part.strip()):
            # "3 Feb 2009 14:30": the date has spaces in it; take the time from the end
            m = re.fullmatch(r"(.*?)[ T]+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)", text,
                             re.IGNORECASE)
            if m:
                date_part, clock_part = m[1], m[2]
            else:
                try:  # a date on its own, then something that is not a time of day
                    parse_date_cell(date_part, field_name, today, date1904=date1904)
                except ValidationError:
                    date_part, clock_part = text, ""
        day = parse_date_cell(date_part, field_name, today, date1904=date1904) if date_part else None
        if day is None:
            raise ValidationError(field_name, "time_format", _not_a_date(shown))
        clock = _parse_clock(clock_part, shown, field_name) if clock_part else time(0)
        naive, has_time = datetime.combine(day, clock), bool(clock_part)
    if given_time is not None:
        naive, has_time = datetime.combine(naive.date(), given_time), True
    if naive.year < 1900:
        raise ValidationError(field_name, "implausible", _("{value} is before 1900").format(value=shown))
    when_shown = naive.strftime("%d/%m/%Y %H:%M")
    return local_instant(naive, when_shown, field_name), has_time


_GENDER_WORDS = {
    "f": "female", "female": "female", "girl": "female", "woman": "female",
    "m": "male", "male": "male", "boy": "male", "man": "male",
    "nonbinary": "non_binary", "nb": "non_binary", "enby": "non_binary",
    "other": "other", "o": "other",
    "notknown": "not_known", "unknown": "not_known", "u": "not_known", "nk": "not_known",
    "prefernottosay": "prefer_not_to_say", "notsaid": "prefer_not_to_say", "declined": "prefer_not_to_say",
}


def gender_code(text: str) -> str:
    """A gender as kept in spreadsheets (F, Male, non-binary...) to its code; anything else left as typed,
    for ``clean_person`` to refuse."""
    key = _norm(text)
    if key in _GENDER_WORDS:
        return _GENDER_WORDS[key]
    return next((g for g in GENDERS if _norm(g) == key), text)


_SOURCE_WORDS = {
    "custody": "custody", "policecustody": "custody", "custodysuite": "custody", "arrest": "custody",
    "marf": "marf", "multiagencyreferralform": "marf", "multiagencyreferral": "marf", "partneragency": "marf",
    "ed": "emergency_department", "ae": "emergency_department", "emergencydepartment": "emergency_department",
    "hospital": "emergency_department", "accidentandemergency": "emergency_department",
    "emergency": "emergency_department",
}


def source_code(text: str) -> str:
    key = _norm(text)
    return _SOURCE_WORDS.get(key) or next((s for s in SOURCES if _norm(s) == key), text.strip())


def pathway_id(ctx: Context, text: str) -> str:
    key = _norm(text)
    for pathway in ctx.pathways:
        if key in (_norm(pathway.id), _norm(pathway.label)):
            return pathway.id
    return text.strip()


def split_name(full: str) -> tuple[str, str]:
    """'Family, Given' or 'Given Middle Family' → (given, family)."""
    text = " ".join(full.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    if " " not in text:
        return text, ""
    given, _, family = text.rpartition(" ")
    return given, family


# --- checking -----------------------------------------------------------------------------------

@dataclass
class _Row:
    number: int
    cells: list[Any]
    prepared: PreparedReferral | None = None
    resolved: ResolvedReferral | None = None
    link_to: int | None = None  # an existing person's id
    same_as_row: int | None = None  # a person created by an earlier row of this file
    failed: bool = False
    placeholder_dob: bool = False  # the date of birth was missing or refused: the age check is skipped


class _Checker:
    def __init__(self, ctx: Context, actor: Actor, sheet: Sheet, mapping: Mapping, now: datetime) -> None:
        self.ctx, self.actor, self.sheet, self.mapping, self.now = ctx, actor, sheet, mapping, now
        self.today = to_local(now).date()
        self.problems: list[Problem] = []
        self.index: dict[str, int] = {}
        self.rows: list[_Row] = []
        self.refused = False
        self.overdue_rows = 0
        self.overdue_clocks: dict[str, int] = {}

    # where a problem goes
    def column_of(self, field_name: str | None) -> tuple[int | None, str | None, str | None]:
        for target in _FIELD_COLUMNS.get(field_name or "", (field_name,) if field_name else ()):
            if target in self.index:
                i = self.index[target]
                return i, column_letter(i), self.sheet.header_label(i)
        return None, None, None

    def add(self, row: int | None, field_name: str | None, rule: str, message: str, severity: str = ERROR,
            *, column_field: str | None = None, cells: list[Any] | None = None) -> None:
        index, letter, header = self.column_of(column_field or field_name)
        if cells is not None and index is not None and index < len(cells) and not _blank(cells[index]):
            shown = _shown(cells[index])
            if shown not in message:
                message = f"{shown!r}: {message}"
        if letter is None and field_name in self.mapping.fixed:
            message = _("{message} (the value given for every row: {value})").format(
                message=message, value=repr(self.mapping.fixed[field_name]))
        self.problems.append(Problem(severity, row, letter, header, field_name, rule, message))

    def check_mapping(self) -> bool:
        headers = self.sheet.headers
        normal = [_norm(h) for h in headers]
        ok = True
        for target, header in self.mapping.columns.items():
            if target not in _TARGET:
                self.add(None, "mapping", "unknown_field",
                         _("{key} is not a field a referral import knows").format(key=repr(target)))
                ok = False
                continue
            matches = [i for i, h in enumerate(headers) if h == header] or \
                [i for i, h in enumerate(normal) if h and h == _norm(header)]
            if not matches:
                self.add(None, target, "column_missing",
                         _("the mapping takes {field} from a column {header} that this file does not have").format(
                             field=_TARGET[target].words, header=repr(header)))
                ok = False
            elif len(matches) > 1:
                self.add(None, target, "column_twice",
                         _("{count} columns are headed {header} ({columns}); rename one so the mapping is clear").format(
                             count=len(matches), header=repr(header), columns=", ".join(column_letter(i) for i in matches)))
                ok = False
            else:
                self.index[target] = matches[0]
        used: dict[int, str] = {}
        for target, i in self.index.items():
            if i in used and not {target, used[i]} == {"received_at", "received_time"}:
                self.add(None, target, "column_used_twice",
                         _("column {column} is mapped to both {field} and {other}").format(
                             column=column_letter(i), field=_TARGET[used[i]].words, other=_TARGET[target].words))
                ok = False
            used[i] = target
        has = lambda t: t in self.index or t in self.mapping.fixed  # noqa: E731
        if not (has("full_name") or (has("given_name") and has("family_name"))):
            self.add(None, "given_name", "not_mapped", _("no column is mapped to the young person's name "
                                                          "(a Name column, or Given name and Family name)"))
            ok = False
        for target in ("date_of_birth", "received_at", "pathway"):
            if not has(target):
                self.add(None, target, "not_mapped",
                         (_("no column is mapped to {field} and no value is given for every row")
                          if _TARGET[target].fixed_allowed else _("no column is mapped to {field}")).format(
                             field=_TARGET[target].words))
                ok = False
        if self.mapping.fixed.get("pathway") is not None and "pathway" not in self.index:
            try:
                self.ctx.pathways.get(pathway_id(self.ctx, self.mapping.fixed["pathway"]))
            except ValidationError as exc:
                self.add(None, "pathway", exc.rule, exc.message)
                ok = False
        return ok

    def cell(self, cells: list[Any], target: str) -> Any:
        """The row's cell for ``target``; the mapping's value for every row when there is no column or it is blank."""
        if target in self.index:
            i = self.index[target]
            value = cells[i] if i < len(cells) else None
            if isinstance(value, str):
                value = value if len(value) <= MAX_CELL else value[:MAX_CELL]
            if not _blank(value):
                return value
        return self.mapping.fixed.get(target)

    def text(self, cells: list[Any], target: str) -> str | None:
        value = self.cell(cells, target)
        return None if _blank(value) else _text_of(value).strip()

    # one row
    def check_row(self, number: int, cells: list[Any]) -> _Row:
        row = _Row(number, cells)
        bad: set[str] = set()

        def refuse(exc: ValidationError, column_field: str | None = None) -> None:
            bad.add(exc.field)
            self.add(number, exc.field, exc.rule, exc.message, column_field=column_field, cells=cells)

        if "full_name" in self.index or "full_name" in self.mapping.fixed:
            given, family = split_name(self.text(cells, "full_name") or "")
            if not given:
                self.add(number, "given_name", "required", _("the name is missing"), column_field="full_name")
                bad.update(("given_name", "family_name"))
            elif not family:
                self.add(number, "family_name", "required", _("the name has no family name (write 'Given Family')"),
                         column_field="full_name")
                bad.add("family_name")
                family = "?"
        else:
            given, family = self.text(cells, "given_name") or "", self.text(cells, "family_name") or ""
        dob: date | None = None
        raw_dob = self.cell(cells, "date_of_birth")
        if not _blank(raw_dob):
            try:
                dob = parse_date_cell(raw_dob, "date_of_birth", self.today, date1904=self.sheet.date1904)
            except ValidationError as exc:
                refuse(exc)
        received: datetime | None = None
        raw_received = self.cell(cells, "received_at")
        if _blank(raw_received):
            self.add(number, "received_at", "required", _("the referral date is missing"))
            bad.add("received_at")
        else:
            try:
                received, has_time = parse_datetime_cell(raw_received, self.cell(cells, "received_time"),
                                                         "received_at", self.today, date1904=self.sheet.date1904)
                if not has_time:
                    self.add(number, "received_at", "no_time", _("no time of day given; taken as 00:00"), WARNING)
            except ValidationError as exc:
                refuse(exc, "received_time" if exc.field == "received_time" else None)
        gender = self.text(cells, "gender")
        pathway_text = self.text(cells, "pathway")
        pathway = pathway_id(self.ctx, pathway_text) if pathway_text else ""
        source_text = self.text(cells, "source")
        source = source_code(source_text) if source_text else ""
        if not source and pathway:
            try:
                sources = self.ctx.pathways.get(pathway).sources
                source = sources[0] if len(sources) == 1 else ""
            except ValidationError:
                pass
        if not source and pathway:
            self.add(number, "source", "required", _("the referral source is missing"))
            bad.add("source")
        new = NewReferral(
            pathway=pathway, source=source,
            person=PersonInput(given_name=given, family_name=family, date_of_birth=dob,
                               gender=gender_code(gender) if gender else None,
                               home_local_authority=self.text(cells, "home_local_authority"),
                               postcode=self.text(cells, "postcode"), pnc_id=self.text(cells, "pnc_id"),
                               nhs_number=self.text(cells, "nhs_number")),
            received_at=received, site=self.text(cells, "site"), team=self.text(cells, "team"),
            assigned_to=self.text(cells, "assigned_to"), note=self.text(cells, "note"),
        )
        # Set aside what was refused, so that one bad cell does not hide the next.
        placeholder_dob = None
        if "date_of_birth" in bad or dob is None:
            if dob is None and "date_of_birth" not in bad:
                self.add(number, "date_of_birth", "required", _("the date of birth is missing"))
                bad.add("date_of_birth")
            placeholder_dob = True
        new = self._without(new, bad, received)
        prepared = None
        for _attempt in range(len(TARGETS) + 4):
            try:
                prepared = prepare_referral(self.ctx, new, self.now)
                break
            except ValidationError as exc:
                if exc.field in bad:
                    break  # already reported, and could not be set aside
                refuse(exc)
                if exc.field == "pathway":
                    break
                new = self._without(new, bad, received)
        if prepared is None:
            row.failed = True
            return row
        row.prepared = prepared
        row.placeholder_dob = bool(placeholder_dob)
        row.failed = bool(bad)
        return row

    def _without(self, new: NewReferral, bad: set[str], received: datetime | None) -> NewReferral:
        person = new.person
        assert person is not None
        changes: dict[str, Any] = {}
        for name in ("gender", "home_local_authority", "postcode", "pnc_id", "nhs_number"):
            if name in bad:
                changes[name] = None
        for name in ("given_name", "family_name"):
            if name in bad:
                changes[name] = "X"
        if "date_of_birth" in bad or person.date_of_birth is None:
            pathway = None
            try:
                pathway = self.ctx.pathways.get(new.pathway)
            except ValidationError:
                pass
            on = to_local(received).date() if received is not None and received <= self.now else self.today
            age = (pathway.age_min + pathway.age_max) // 2 if pathway else 12
            changes["date_of_birth"] = date(max(on.year - age, 1901), 1, 1)
        top: dict[str, Any] = {"person": replace(person, **changes)}
        if "source" in bad:
            try:
                top["source"] = self.ctx.pathways.get(new.pathway).sources[0]
            except ValidationError:
                pass
        if "received_at" in bad:
            top["received_at"] = None
        if "note" in bad:
            top["note"] = None
        if "details" in bad:
            top["first_event_details"] = None
        return replace(new, **top)

    def resolve(self, s: Session, row: _Row, cache: dict) -> None:
        """The checks that read the database, each refused value set aside in turn."""
        prepared = row.prepared
        assert prepared is not None
        new = prepared.new
        for _attempt in range(6):
            try:
                row.resolved = resolve_referral(s, self.ctx, self.actor, replace(prepared, new=new), cache)
                return
            except NotPermitted as exc:
                self.refused = True
                self.add(row.number, "team", "not_permitted",
                         (_("{reason}: you may not take referrals for {team}") if new.team else
                          _("{reason}: you may not take referrals for this team")).format(reason=said(exc.words),
                                                                                          team=new.team))
                row.failed = True
                return
            except ValidationError as exc:
                if exc.field == "date_of_birth" and row.placeholder_dob and exc.rule == "age_out_of_range":
                    return  # the placeholder date of birth; the real one was already reported
                self.add(row.number, exc.field, exc.rule, exc.message, cells=row.cells)
                row.failed = True
                field_to_clear = {"site": "site", "team": "team", "assigned_to": "assigned_to"}.get(exc.field)
                if field_to_clear is None:
                    return
                new = replace(new, **{field_to_clear: None})

    # the whole file
    def check_cells(self, progress: Progress | None = None) -> bool:
        """The checks that need no database: the mapping, then every row on its own. False when the mapping
        itself is wrong (then no row is checked)."""
        if not self.check_mapping():
            return False
        total = len(self.sheet.rows)
        for number, cells in self.sheet.rows:
            if len(cells) > len(self.sheet.headers) and any(not _blank(v) for v in cells[len(self.sheet.headers):]):
                self.add(number, None, "cell_without_header",
                         _("a value in column {column} or beyond, which has no header").format(
                             column=column_letter(len(self.sheet.headers))),
                         WARNING)
            self.rows.append(self.check_row(number, cells))
            if progress is not None and (len(self.rows) % PROGRESS_EVERY == 0 or len(self.rows) == total):
                progress(STEP_CHECK, len(self.rows), total)
        return True

    def check_against(self, s: Session, progress: Progress | None = None) -> list[_Row]:
        """The checks that read the database (after ``check_cells``): sites, teams, workers, the age on the
        pathway, repeated rows and the young people already held."""
        cache: dict = {}
        for row in self.rows:
            if row.prepared is not None:
                self.resolve(s, row, cache)
        self.match(s)
        if progress is not None:
            progress(STEP_MATCH, len(self.rows), len(self.rows))
        return self.rows

    def run(self, s: Session) -> list[_Row]:
        return self.check_against(s) if self.check_cells() else []

    def items(self, s: Session, rows: list[_Row]) -> list[bulk_intake.BulkReferral]:
        """The rows without errors, as the bulk writer takes them (people already held loaded)."""
        items: list[bulk_intake.BulkReferral] = []
        index_of: dict[int, int] = {}  # row number -> its item, for rows sharing a person made by an earlier row
        for row in rows:
            prepared, resolved = row.prepared, row.resolved
            if row.failed or prepared is None or resolved is None:
                continue
            same_as = None
            if row.link_to is not None:
                resolved = replace(resolved, existing=s.get(Person, row.link_to))
            elif row.same_as_row is not None:
                same_as = index_of.get(row.same_as_row)
            index_of[row.number] = len(items)
            items.append(bulk_intake.BulkReferral(prepared, resolved, same_as))
        return items

    def overdue(self, s: Session, rows: list[_Row]) -> None:
        """How many rows have an SLA clock whose deadline has already passed, and which clocks."""
        self.overdue_rows, self.overdue_clocks = 0, {}
        for timers, _due, _warn in bulk_intake.plan_timers(self.items(s, rows), self.now):
            late = bulk_intake.overdue(timers)
            self.overdue_rows += bool(late)
            for timer in late:
                self.overdue_clocks[timer.rule.label] = self.overdue_clocks.get(timer.rule.label, 0) + 1

    def match(self, s: Session) -> None:
        """Repeated rows, the same young person twice in the file, and people already held."""
        people = [r for r in self.rows if r.prepared is not None and r.prepared.person is not None and not r.failed]
        seen_rows: dict[tuple, int] = {}
        first_by_id: dict[tuple[str, str], _Row] = {}
        by_dob: dict[date, list[_Row]] = {}
        for row in people:
            person = row.prepared.person  # type: ignore[union-attr]
            key = (_norm(person.given_name), _norm(person.family_name), person.date_of_birth, person.nhs_number,
                   person.pnc_id, row.prepared.pathway.id, row.prepared.received_at)  # type: ignore[union-attr]
            if key in seen_rows and not row.failed:
                self.add(row.number, "given_name", "repeated_row",
                         _("repeats row {row} (the same young person, pathway and referral time)").format(
                             row=seen_rows[key]),
                         column_field="received_at")
                row.failed = True
                continue
            seen_rows.setdefault(key, row.number)
        # people already held: one query per kind of evidence, in chunks
        nhs = {r.prepared.person.nhs_number for r in people if r.prepared.person.nhs_number}  # type: ignore[union-attr]
        pnc = {r.prepared.person.pnc_id for r in people if r.prepared.person.pnc_id}  # type: ignore[union-attr]
        dobs: set[date] = set()
        for r in people:
            dob = r.prepared.person.date_of_birth  # type: ignore[union-attr]
            if dob is not None:
                dobs.add(dob)
                dobs.update(matching.dob_slips(dob))
        held: dict[int, Person] = {}
        for column, values in ((Person.nhs_number, nhs), (Person.pnc_id, pnc), (Person.date_of_birth, dobs)):
            ordered = sorted(values)
            for start in range(0, len(ordered), IN_CHUNKS):
                for person in s.scalars(select(Person).where(column.in_(ordered[start:start + IN_CHUNKS]),
                                                             Person.erased_at.is_(None))):
                    held[person.id] = person
        held_nhs = {p.nhs_number: p for p in held.values() if p.nhs_number}
        held_pnc = {p.pnc_id: p for p in held.values() if p.pnc_id}
        held_dob: dict[date, list[Person]] = {}
        for p in held.values():
            held_dob.setdefault(p.date_of_birth, []).append(p)
        readable = access.readable_person_ids(s, self.actor, list(held))
        for row in people:
            person = row.prepared.person  # type: ignore[union-attr]
            who = matching.Who(person.given_name, person.family_name, person.date_of_birth, person.nhs_number,
                               person.pnc_id, person.postcode)
            by_nhs = held_nhs.get(person.nhs_number) if person.nhs_number else None
            by_pnc = held_pnc.get(person.pnc_id) if person.pnc_id else None
            if by_nhs is not None and by_pnc is not None and by_nhs.id != by_pnc.id:
                self.add(row.number, "nhs_number", "identifiers_disagree",
                         _("the NHS number is held for person {nhs} but the PNC ID for person {pnc}; check both").format(
                             nhs=by_nhs.id, pnc=by_pnc.id))
                row.failed = True
                continue
            linked = by_nhs or by_pnc
            if linked is not None:
                which = "nhs_number" if by_nhs is not None else "pnc_id"
                if linked.date_of_birth != person.date_of_birth:
                    self.add(row.number, which, "identifier_other_person",
                             (_("this NHS number is held for person {id}, who has a different date of birth; check the "
                                "identifier and the date of birth") if which == "nhs_number" else
                              _("this PNC ID is held for person {id}, who has a different date of birth; check the "
                                "identifier and the date of birth")).format(id=linked.id))
                    row.failed = True
                    continue
                row.link_to = linked.id
                held_as = (_("person {id}") if linked.id in readable else
                           _("person {id} (a young person on another team's referrals)")).format(id=linked.id)
                scored = matching.score_pair(who, matching.Who.of(linked))
                if scored is None or matching.SAME_DOB_SAME_NAME not in scored[1]:
                    self.add(row.number, which, "linked_name_differs",
                             (_("added to {person}, who has the same NHS number and date of birth but is held under a "
                                "different name") if which == "nhs_number" else
                              _("added to {person}, who has the same PNC ID and date of birth but is held under a "
                                "different name")).format(person=held_as), WARNING)
                continue
            if person.date_of_birth is None:
                continue
            candidates = [p for d in (person.date_of_birth, *matching.dob_slips(person.date_of_birth))
                          for p in held_dob.get(d, [])]
            found = []
            for candidate in candidates:
                scored = matching.score_pair(who, matching.Who.of(candidate))
                if scored is not None and scored[0] >= matching.DUPLICATE_MIN_SCORE:
                    found.append((scored[0], candidate.id, scored[1]))
            for score, person_id, reasons in sorted(found, reverse=True)[:3]:
                self.add(row.number, "given_name", "possible_match",
                         _("may be person {id}, already held ({reasons}; score {score}); a new person will be added "
                           "unless the file gives their NHS number or PNC ID").format(
                             id=person_id, reasons=", ".join(matching.reason_words(r) for r in reasons), score=score),
                         WARNING)
        # the same young person twice in the file
        for row in people:
            if row.failed or row.link_to is not None:
                continue
            person = row.prepared.person  # type: ignore[union-attr]
            for kind in ("nhs_number", "pnc_id"):
                value = getattr(person, kind)
                if not value:
                    continue
                first = first_by_id.get((kind, value))
                if first is None:
                    first_by_id[(kind, value)] = row
                elif row.same_as_row is None:
                    other = first.prepared.person  # type: ignore[union-attr]
                    if other.date_of_birth != person.date_of_birth:
                        self.add(row.number, kind, "identifier_other_row",
                                 (_("the same NHS number as row {row}, with a different date of birth")
                                  if kind == "nhs_number" else
                                  _("the same PNC ID as row {row}, with a different date of birth")).format(row=first.number))
                        row.failed = True
                    else:
                        row.same_as_row = first.number
            if row.same_as_row is None and person.date_of_birth is not None:
                block = by_dob.setdefault(person.date_of_birth, [])
                who = matching.Who(person.given_name, person.family_name, person.date_of_birth, person.nhs_number,
                                   person.pnc_id, person.postcode)
                for other in block:
                    o = other.prepared.person  # type: ignore[union-attr]
                    if (o.nhs_number and person.nhs_number) or (o.pnc_id and person.pnc_id):
                        continue  # identifiers decide: different ones are different people
                    scored = matching.score_pair(who, matching.Who(o.given_name, o.family_name, o.date_of_birth,
                                                                   o.nhs_number, o.pnc_id, o.postcode))
                    if scored is not None and scored[0] >= matching.DUPLICATE_MIN_SCORE:
                        self.add(row.number, "given_name", "possible_match_in_file",
                                 _("may be the same young person as row {row}; without an NHS number or PNC ID they "
                                   "are added as two people").format(row=other.number), WARNING)
                        break
                block.append(row)

    def report(self, rows: list[_Row]) -> ImportReport:
        sheet = self.sheet
        usable = [r for r in rows if not r.failed and r.prepared is not None]
        new_people = sum(1 for r in usable if r.link_to is None and r.same_as_row is None)
        linked = len({r.link_to for r in usable if r.link_to is not None})
        self.problems.sort(key=lambda p: (p.row or 0, p.severity != ERROR, p.column or ""))
        notices = list(sheet.notices)
        if sheet.kind == "csv" and sheet.delimiter not in (None, ","):
            notices.append(_("Columns are separated by a tab.") if sheet.delimiter == chr(9) else
                           _("Columns are separated by {delimiter}.").format(delimiter=repr(sheet.delimiter)))
        return ImportReport(sheet.file_name, sheet.sha256, sheet.sheet_name, sheet.encoding, len(sheet.rows),
                            new_people, linked, list(self.problems), notices, self.mapping.to_json(),
                            self.overdue_rows, dict(self.overdue_clocks))


def dry_run(ctx: Context, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            progress: Progress | None = None) -> ImportReport:
    """Check every row as the import would, write nothing, and report every problem. ``progress`` as for
    :func:`import_referrals` (``STEP_CHECK`` every ``PROGRESS_EVERY`` rows, then ``STEP_MATCH``)."""
    access.require(ctx, actor, "write_cases", entity_type="referral")
    checker = _Checker(ctx, actor, sheet, mapping, ctx.clock.now())
    rows: list[_Row] = []
    if checker.check_cells(progress):
        with ctx.read() as s:
            rows = checker.check_against(s, progress)
            checker.overdue(s, rows)
    return checker.report(rows)


def import_referrals(ctx: Context, actor: Actor, sheet: Sheet, mapping: Mapping, *, track_overdue: bool = False,
                     progress: Progress | None = None) -> ImportResult:
    """All rows or none, in one transaction. Raises ImportRejected (every problem in its report) or, for
    rows of a team the user may not take referrals for, NotPermitted (audited).

    The cells are checked again first (no database needed), then, inside the write transaction, what
    the database decides (teams, workers, people already held); then every row is written in bulk
    (``bulk_intake.insert_referrals``: the rows intake writes, a few multi-row inserts per table).

    Historical referrals: an SLA clock whose deadline had already passed before the import is recorded
    as "imported — not tracked" (no alert, no breach to review; ``Referral.sla_untracked_before``), as
    is any deadline before the import that later events give it; clocks still running are tracked as
    at intake. ``track_overdue=True`` tracks them all (each overdue clock a breach for review).

    ``progress(step, done, total)`` is called from the calling thread: ``STEP_CHECK`` every
    ``PROGRESS_EVERY`` rows, ``STEP_MATCH`` once, then once after each writing step
    (``bulk_intake.STEP_*``)."""
    access.require(ctx, actor, "write_cases", entity_type="referral")
    now = ctx.clock.now()
    checker = _Checker(ctx, actor, sheet, mapping, now)
    cells_ok = checker.check_cells(progress)  # before the transaction: these read no database
    untracked_before = None if track_overdue else now
    with ctx.write() as s:
        rows = checker.check_against(s, progress) if cells_ok else []
        report = checker.report(rows)
        if checker.refused:
            raise access.refuse(ctx, actor, "import_referrals",
                                "a referral is taken in for your own team; the file has rows for another team",
                                entity_type="referral")
        if not report.ok:
            raise ImportRejected(report)
        items = checker.items(s, rows)
        assert len(items) == len(rows)
        written = bulk_intake.insert_referrals(s, ctx, actor, items, now, untracked_before=untracked_before,
                                               progress=progress)
        late = [bulk_intake.overdue(timers) for timers in written.timers]
        overdue_rows, overdue_clocks = sum(1 for t in late if t), sum(len(t) for t in late)
        audit.record(s, actor, now, "import_referrals", "import", None,
                     details={"file": sheet.file_name, "sha256": sheet.sha256, "sheet": sheet.sheet_name,
                              "rows": len(rows), "referral_ids": written.referral_ids,
                              "new_people": report.new_people, "linked_people": report.linked_people,
                              "overdue_rows": overdue_rows, "overdue_clocks": overdue_clocks,
                              "overdue_tracked": track_overdue})
    return ImportResult(sheet.file_name, sheet.sha256, len(rows), written.referral_ids, report.new_people,
                        report.linked_people, report.warnings, overdue_rows, overdue_clocks, track_overdue)


def targets() -> Iterable[TargetField]:
    return TARGETS
