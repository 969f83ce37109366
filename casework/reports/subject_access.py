"""Subject access export: ``person-<id>.json`` and ``person-<id>.pdf`` in one folder.

The JSON is every field of every row (see :mod:`casework.services.subject_access`); the PDF is the
same in the house style of the reports (protective marking top and bottom, running header, "Page x
of y"), for the young person or their family to read: the person, each referral with what hangs
from it, then the audit trail of who created, changed, viewed or exported the record. Empty fields
are left out of the printed copy; the JSON has them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..i18n import N_, _
from ..errors import ValidationError
from ..services.actor import Actor
from ..services.audit import ACTION_WORDS, ENTITY_WORDS
from ..services.context import Context
from ..services.subject_access import (
    PRINT_HIDDEN, FieldLabel, Record, Section, SubjectAccess, check_reference, gather, record_export,
)
from ..services.views import JsonView
from . import words
from .params import local_date_text, local_time_text, long_date
from .pdf import Column, ReportMeta, build, callout, empty, facts, heading, note, styles, table, text, title_block

TITLE = N_("Subject access export")
TABLE_UP_TO = 5
"""A section whose rows have at most this many fields to show is a table; wider rows are blocks."""
AUDIT_DETAILS = 600
"""Audit details longer than this are shortened in the PDF (in full in the JSON)."""
FORMATS = ("json", "pdf")


@dataclass(frozen=True)
class SubjectAccessResult(JsonView):
    person_id: int
    json_path: str
    pdf_path: str
    pages: int
    rows: int
    rows_by_table: dict[str, int]
    generated_at: datetime


def file_names(person_id: int) -> tuple[str, str]:
    return f"person-{person_id}.json", f"person-{person_id}.pdf"


def _folder(path: str | os.PathLike) -> Path:
    folder = Path(path).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError("out", "not_a_folder", _("{path} is a file; give a folder").format(path=folder))
    if not folder.exists():
        if not folder.parent.is_dir():
            raise ValidationError("out", "no_folder", _("there is no folder {path}").format(path=folder.parent))
        folder.mkdir(mode=0o700)
    return folder


def _write_json(target: Path, document: dict) -> None:
    """Written under a temporary name (owner-only permissions) and renamed: never half a file."""
    handle, temporary = tempfile.mkstemp(prefix=".casework-export-", suffix=".json", dir=str(target.parent))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, indent=2, ensure_ascii=False)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def export_subject_access(ctx: Context, actor: Actor, person_id: int, out: str | os.PathLike, *,
                          reference: str | None = None) -> SubjectAccessResult:
    """Write everything held about ``person_id`` to ``out/person-<id>.json`` and ``.pdf``.

    A manager's action (``subject_access``). The export is audited first (who, whose, when, the
    formats and the request reference); then one read gathers it all; then both files are written.
    """
    reference = check_reference(reference)
    folder = _folder(out)
    now = ctx.clock.now()
    record_export(ctx, actor, person_id, list(FORMATS), reference, now)
    with ctx.read() as session:
        export = gather(session, ctx.pathways, person_id, generated_at=now, generated_by=actor.display_name,
                        reference=reference)
    json_name, pdf_name = file_names(person_id)
    _write_json(folder / json_name, export.to_json())
    pages = write_pdf(folder / pdf_name, export)
    return SubjectAccessResult(person_id, str(folder / json_name), str(folder / pdf_name), pages,
                               export.row_count, dict(export.counts), now)


# --- the PDF ------------------------------------------------------------------------------------------

def meta_for(export: SubjectAccess) -> ReportMeta:
    filters = (_("Person {id} · {name} · born {date}").format(id=export.person_id, name=export.person_name,
                                                              date=long_date(export.date_of_birth))
               + (_(" · request {reference}").format(reference=export.reference) if export.reference else ""))
    return ReportMeta(title=_(TITLE), filters=filters, generated_at=export.generated_at,
                      generated_by=export.generated_by, subject=f"{_(TITLE)} (Casework)")


def write_pdf(path: Path, export: SubjectAccess) -> int:
    return build(path, meta_for(export), lambda width: story(export, width))


def _shown(fields: list[FieldLabel], record: Record, *, skip: set[str] = frozenset(), keep_empty: bool = False
           ) -> list[tuple[str, str]]:
    pairs = []
    for f in fields:
        if f.name in PRINT_HIDDEN or f.name in skip or f.name not in record.texts:
            continue
        value = record.texts[f.name]
        if value or keep_empty:
            pairs.append((f.label, value))
    return pairs


def _parent_columns(section: Section) -> set[str]:
    """Columns that only repeat the referral or person the section sits under."""
    return {"referral_id", "person_id"}


def _section(section: Section, width: float) -> Iterator[Flowable]:
    s = styles()
    count = len(section.records)
    yield from heading(f"{section.title} ({count})", level=2)
    skip = _parent_columns(section)
    shown = [f for f in section.fields if f.name not in PRINT_HIDDEN and f.name not in skip
             and any(f.name in r.texts and r.texts[f.name] for r in section.records)]
    if len(shown) <= TABLE_UP_TO:
        shares = [1.0 / max(1, len(shown))] * len(shown)
        yield table([Column(f.label, share, wrap=True) for f, share in zip(shown, shares)],
                    ([r.texts.get(f.name, "") for f in shown] for r in section.records),
                    empty_text=_("Nothing recorded."))
        return
    for record in section.records:
        label = record.title + ("" if record.belongs else _(" (refers to this record)"))
        yield KeepTogether([Paragraph(f"<b>{text(label)}</b>", s.small),
                            facts(_shown(section.fields, record, skip=skip), width)])
        yield Spacer(1, 5)


def story(export: SubjectAccess, width: float) -> Iterator[Flowable]:
    meta = meta_for(export)
    referrals = len(export.referrals)
    summary = ((_("Everything Casework holds about this young person on {date}: {rows} records in {kinds} kinds, "
                  "across {n} referral, with the audit trail of who created, changed, viewed or exported them.")
                if referrals == 1 else
                _("Everything Casework holds about this young person on {date}: {rows} records in {kinds} kinds, "
                  "across {n} referrals, with the audit trail of who created, changed, viewed or exported them."))
               .format(date=local_date_text(export.generated_at), rows=export.row_count, kinds=len(export.counts),
                       n=referrals)
               + " " + _("Times are UK local time (Europe/London). Staff are named as recorded. Empty fields are left "
                         "out here; the JSON file exported with this PDF holds every field."))
    yield from title_block(meta, width, notice=summary)
    if export.erased_at is not None:
        yield callout(_("This person's record was anonymised by retention on {when}: what is below is all that is "
                        "left.").format(when=local_time_text(export.erased_at)), width)
        yield Spacer(1, 6)

    yield from heading(_("Young person"))
    yield facts(_shown(export.person_fields, export.person, keep_empty=True), width)
    for section in export.person_sections:
        yield from _section(section, width)

    if not export.referrals:
        yield from heading(_("Referrals"))
        yield empty(_("No referrals held."))
    for part in export.referrals:
        yield from heading(part.title)
        yield facts(_shown(part.fields, part.referral, skip={"person_id"}, keep_empty=False), width)
        if not part.sections:
            yield empty(_("Nothing else is held about this referral."))
        for section in part.sections:
            yield from _section(section, width)

    yield from heading(_("Audit trail ({n})").format(n=len(export.audit.records)))
    yield note(_("Every entry in the audit trail about this young person, their contacts and referrals, oldest first: "
               "who looked at, changed or exported the record and when. Long details are shortened here; the JSON "
               "file has them in full."))
    yield table([Column(_("When"), 0.17), Column(_("Who"), 0.17, wrap=True), Column(_("Action"), 0.14, wrap=True),
                 Column(_("Record"), 0.12, wrap=True), Column(_("Details"), 0.40, wrap=True)],
                (_audit_cells(r) for r in export.audit.records), empty_text=_("No audit entries."))
    yield from heading(_("About this export"), level=2, room=50)
    yield note(_("Exported from Casework on {date} by {who}. The record in Casework is the authoritative version; "
                 "this copy is not kept up to date.").format(date=local_date_text(export.generated_at),
                                                              who=export.generated_by))


def _audit_cells(record: Record) -> list[str]:
    t = record.texts
    what = f"{_entity_words(t.get('entity_type', ''))} {t.get('entity_id', '')}".strip()
    day, _sep, clock = t.get("at", "").rpartition(" ")[0].rpartition(" ")
    when = f"{day}\n{clock} {t.get('at', '').rsplit(' ', 1)[-1]}" if day else t.get("at", "")
    details = t.get("details", "")
    if len(details) > AUDIT_DETAILS:
        details = details[:AUDIT_DETAILS].rsplit(" ", 1)[0] + _(" … (in full in the JSON file)")
    return [when, t.get("user_id", "") or _("(the system)"), _action_words(t.get("action", "")), what, details]


def _action_words(code: str) -> str:
    return _(ACTION_WORDS.get(code) or words.humanise(code))


def _entity_words(code: str) -> str:
    return _(ENTITY_WORDS.get(code) or words.humanise(code))


__all__ = ["FORMATS", "SubjectAccessResult", "export_subject_access", "file_names", "story", "write_pdf"]
