"""Subject access: everything Casework holds about one person, as labelled sections of records.

What is held is found from the schema (:mod:`.holdings`): the person's row, every row that hangs
from it or from one of their referrals through foreign keys (contacts, events, SLA timers, alerts,
breaches, and whatever tables are added later), and the audit entries about any of those rows (who
created, changed, viewed or exported them). :func:`gather` returns it as plain sections, each row's
values ready for JSON and, beside them, the same values in words for the printed copy (dates and
times in Europe/London, codes from the pathway files in their labels, workers by name).

The person may ask; a manager runs it (``subject_access``), and the export is itself audited before
anything is read: who exported whose record, when, in which formats, with the request reference.
"""

from __future__ import annotations

import base64
import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import MetaData, or_, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..i18n import N_, _, pathway_word
from ..pathways import Pathway, PathwayRegistry
from ..reports import words
from ..reports.params import MARKING, local_time_text, long_date
from ..store.models import AuditEntry, Base, Person
from ..timeutil import iso_local
from ..validation import clean_text, valid_id
from . import audit, followups
from .access import require
from .actor import Actor
from .context import Context
from .holdings import Held, Holdings, collect, reference_labels

FORMAT = "casework-subject-access"
FORMAT_VERSION = 1
MAX_REFERENCE = 100

TABLE_TITLES = {
    "person": N_("Young person"),
    "contact": N_("Parents, carers and other contacts"),
    "referral": N_("Referral"),
    "event": N_("Events (the timeline)"),
    "sla_timer": N_("SLA timers"),
    "alert": N_("Alerts"),
    "breach": N_("SLA breaches"),
    "audit_entry": N_("Audit trail"),
}
ROW_TITLES = {
    "person": N_("Young person"), "contact": N_("Contact"), "referral": N_("Referral"), "event": N_("Event"),
    "sla_timer": N_("SLA timer"), "alert": N_("Alert"), "breach": N_("Breach"), "audit_entry": N_("Audit entry"),
}
FIELD_LABELS = {
    "id": N_("Record number"),
    "pnc_id": N_("PNC ID"),
    "nhs_number": N_("NHS number"),
    "date_of_birth": N_("Date of birth"),
    "home_local_authority": N_("Home local authority"),
    "relationship": N_("Relationship"),
    "is_parent_carer": N_("Parent or carer"),
    "assigned_user_id": N_("Assigned to"),
    "recorded_by_id": N_("Recorded by"),
    "voided_by_id": N_("Voided by"),
    "reason_by_id": N_("Reason given by"),
    "reviewed_by_id": N_("Reviewed by"),
    "user_id": N_("User"),
    "rule_id": N_("SLA rule"),
    "corrects_event_id": N_("Corrects event"),
    "next_due_at": N_("Next deadline"),
    "next_warn_at": N_("Next warning"),
    "warn_times": N_("Warning times"),
    "thresholds_passed": N_("Warnings passed"),
    "next_check_at": N_("Next check"),
    "computed_at": N_("Worked out at"),
    "at": N_("When"),
    "entity_type": N_("About (record type)"),
    "entity_id": N_("About (record number)"),
    "seq": N_("Sequence number"),
    "prev_hash": N_("Previous entry's hash"),
    "entry_hash": N_("This entry's hash"),
    "redacted_by_seq": N_("Redacted by entry (sequence number)"),
    "erased_at": N_("Erased at"),
    "version": N_("Version"),
    "sla_untracked_before": N_("SLA deadlines not tracked up to (imported)"),
    **followups.FIELD_LABELS,
}
# Columns leaving no trace in the printed copy (they are in the JSON): bookkeeping, not information.
PRINT_HIDDEN = {"version"}


@dataclass(frozen=True)
class FieldLabel:
    name: str
    label: str


@dataclass
class Record:
    table: str
    id: Any
    title: str
    values: dict[str, Any]
    """Column (and reference label) name -> JSON value (times as Europe/London ISO 8601)."""
    texts: dict[str, str]
    """The same in words for the printed copy ('' for nothing recorded)."""
    belongs: bool = True
    via: str = ""


@dataclass
class Section:
    table: str
    title: str
    fields: list[FieldLabel]
    records: list[Record] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "title": self.title,
            "fields": {f.name: f.label for f in self.fields},
            "rows": [r.values for r in self.records],
        }


@dataclass
class ReferralPart:
    id: int
    title: str
    referral: Record
    fields: list[FieldLabel]
    sections: list[Section]


@dataclass
class SubjectAccess:
    person_id: int
    person_name: str
    date_of_birth: date
    generated_at: datetime
    generated_by: str
    reference: str | None
    person: Record
    person_fields: list[FieldLabel]
    person_sections: list[Section]
    referrals: list[ReferralPart]
    audit: Section
    counts: dict[str, int]
    erased_at: datetime | None = None

    @property
    def row_count(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "export": {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "marking": MARKING,
                "person_id": self.person_id,
                "generated_at": iso_local(self.generated_at),
                "generated_by": self.generated_by,
                "request_reference": self.reference,
                "time_zone": "Europe/London",
                "rows": self.row_count,
                "rows_by_table": dict(self.counts),
            },
            "person": {
                "table": "person", "title": _(TABLE_TITLES["person"]),
                "fields": {f.name: f.label for f in self.person_fields},
                "rows": [self.person.values],
            },
            "about_the_person": [s.to_json() for s in self.person_sections],
            "referrals": [
                {"id": part.id, "title": part.title,
                 "referral": {"table": "referral", "title": _(TABLE_TITLES["referral"]),
                              "fields": {f.name: f.label for f in part.fields}, "rows": [part.referral.values]},
                 "records": [s.to_json() for s in part.sections]}
                for part in self.referrals
            ],
            "audit_trail": self.audit.to_json(),
        }


# --- words ----------------------------------------------------------------------------------------

def humanise(name: str) -> str:
    text = name[:-3] if name.endswith("_id") and name != "id" else name
    return words.humanise(text)


# The words below are in the current language: the tables above are marked for the catalogue, and the
# humanised name of every other table and column of the models is put in it by ``scripts/translations``
# (``model_strings``), so a column added later is in the Welsh catalogue's check too.

def field_label(metadata: MetaData, table: str, name: str) -> str:
    column = metadata.tables[table].c.get(name) if table in metadata.tables else None
    if column is not None and column.info.get("label"):
        return _(str(column.info["label"]))
    return _(FIELD_LABELS.get(name) or humanise(name))


def table_title(metadata: MetaData, table: str) -> str:
    found = metadata.tables.get(table)
    if found is not None and found.info.get("label"):
        return _(str(found.info["label"]))
    return _(TABLE_TITLES.get(table) or humanise(table))


def row_title(metadata: MetaData, table: str) -> str:
    found = metadata.tables.get(table)
    if found is not None and found.info.get("row_label"):
        return _(str(found.info["row_label"]))
    return _(ROW_TITLES.get(table) or humanise(table))


# Keys of the audit trail's details (before/after values, what a report or an export was asked for).
DETAIL_WORDS = {
    "before": N_("Before"), "after": N_("After"), "via": N_("Via"), "event_id": N_("Event number"),
    "referral_id": N_("Referral number"), "person_id": N_("Young person number"), "team_id": N_("Team number"),
    "report": N_("Report"), "case_list": N_("Case list"), "suppress_small_counts": N_("Suppress small counts"),
    "formats": N_("Formats"), "reference": N_("Reference"), "attempted": N_("Attempted"), "reason": N_("Reason"),
    "note": N_("Note"), "details": N_("Details"), "kind": N_("Kind"), "occurred_at": N_("Occurred at"),
}


def key_words(key: str) -> str:
    """A key of a JSON column (event details, audit before/after) in words: the catalogue's, else a pathway
    file's (an event field's label), else the key humanised."""
    if key in DETAIL_WORDS:
        return _(DETAIL_WORDS[key])
    text = words.humanise(key)
    translated = _(text)
    return translated if translated != text else pathway_word(text)


def json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_local(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [json_value(v) for v in value]
    return value


def plain_text(value: Any) -> str:
    """Any stored value in words: local times, long dates, yes/no, nested details as lines."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, datetime):
        return local_time_text(value, zone=True)
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, enum.Enum):
        return words.code(str(value.value))
    if isinstance(value, dict):
        lines = [f"{key_words(str(k))}: {plain_text(v)}" for k, v in value.items() if plain_text(v)]
        return "\n".join(lines)
    if isinstance(value, list | tuple):
        return ", ".join(plain_text(v) for v in value if plain_text(v))
    if isinstance(value, str):
        text = _maybe_time(value)
        return text if text is not None else value
    return str(value)


def _maybe_time(value: str) -> str | None:
    """ISO times kept in JSON columns (warning times, audit details) shown as local times."""
    if len(value) < 19 or value[4] != "-" or value[10] not in "T ":
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return local_time_text(parsed, zone=True) if parsed.tzinfo is not None else None


# --- gathering --------------------------------------------------------------------------------------

class _Words:
    """The pathway-aware wording of known columns; anything else in plain words."""

    def __init__(self, pathways: PathwayRegistry, referral_pathways: dict[int, str],
                 references: dict[tuple[str, str], dict[Any, str]]) -> None:
        self.pathways = pathways
        self.referral_pathways = referral_pathways
        self.references = references

    def pathway(self, held: Held) -> Pathway | None:
        pathway_id = held.values.get("pathway") if held.table == "referral" else None
        if pathway_id is None and held.referral_id is not None:
            pathway_id = self.referral_pathways.get(held.referral_id)
        if pathway_id is None:
            return None
        try:
            return self.pathways.get(str(pathway_id))
        except ValidationError:
            return None

    def text(self, held: Held, name: str, value: Any) -> str:
        if value is None:
            return ""
        reference = self.references.get((held.table, name))
        if reference is not None and value in reference:
            return reference[value]
        pathway = self.pathway(held)
        table = held.table
        if name == "pathway" and pathway is not None:
            return pathway_word(pathway.label)
        if table == "referral" and name == "stage" and pathway is not None:
            return pathway_word(pathway.stage_label(str(value)))
        if table == "referral" and name == "source":
            return words.source(str(value))
        if name == "outcome" and isinstance(value, str):
            return words.code(value)
        if name == "gender" and isinstance(value, str):
            return words.code(value)
        if name == "rule_id" and pathway is not None:
            rule = pathway.sla_rule(str(value))
            return pathway_word(rule.label) if rule else str(value)
        if name == "threshold" and isinstance(value, str):
            if value == "breach":
                return _("Breached")
            return _("Due soon") if value == "warning" else _("Due soon ({n})").format(n=value.removeprefix("warning_"))
        if name == "state" and isinstance(value, str):
            return words.timer_state(value)
        if name == "review_state" and isinstance(value, str):
            return words.review_state(value)
        if name == "reason_category" and isinstance(value, str):
            return words.breach_reason(value)
        if table == "event" and name == "kind":
            kind = pathway.event_kind(str(value)) if pathway else None
            return pathway_word(kind.label) if kind else _(words.humanise(str(value)))
        if table == "event" and name == "details" and isinstance(value, dict):
            kind = pathway.event_kind(str(held.values.get("kind"))) if pathway else None
            lines = []
            for key, item in value.items():
                spec = kind.field(key) if kind else None
                if held.values.get("kind") == "stage_moved" and pathway is not None and key.endswith("_stage"):
                    item = pathway_word(pathway.stage_label(str(item)))
                choice = spec is not None and spec.type in ("choice", "multi")
                shown = words.detail_value(item, choice) if not isinstance(item, dict) else plain_text(item)
                if shown:
                    lines.append(f"{pathway_word(spec.label) if spec else key_words(key)}: {shown}")
            return "\n".join(lines)
        if table == "event" and name == "corrects_event_id":
            return _("Event {id}").format(id=value)
        return plain_text(value)


def _record(metadata: MetaData, held: Held, wording: _Words, columns: list[str]) -> tuple[Record, list[FieldLabel]]:
    values: dict[str, Any] = {}
    texts: dict[str, str] = {}
    labels: list[FieldLabel] = []
    for name in columns:
        value = held.values.get(name)
        values[name] = json_value(value)
        texts[name] = wording.text(held, name, value)
        labels.append(FieldLabel(name, field_label(metadata, held.table, name)))
        reference = wording.references.get((held.table, name))
        if reference is not None:
            # The worker, team or site by name beside its number, for a reader of the JSON.
            extra = _reference_key(name, columns)
            values[extra] = reference.get(value) if value is not None else None
            labels.append(FieldLabel(extra, _("{field} (name)").format(field=field_label(metadata, held.table, name))))
    identity = held.key[0] if len(held.key) == 1 else list(held.key)
    title = f"{row_title(metadata, held.table)} {identity}"
    return Record(held.table, json_value(identity), title, values, texts, held.belongs, held.via), labels


def _reference_key(name: str, columns: list[str]) -> str:
    base = name[:-3] if name.endswith("_id") else f"{name}_name"
    while base in columns:
        base += "_name"
    return base


def _section(metadata: MetaData, table: str, rows: list[Held], wording: _Words) -> Section:
    columns = [c.name for c in metadata.tables[table].columns]
    records: list[Record] = []
    fields: list[FieldLabel] = []
    for held in rows:
        record, labels = _record(metadata, held, wording, columns)
        records.append(record)
        for label in labels:
            if label not in fields:
                fields.append(label)
    if not fields:
        fields = [FieldLabel(c, field_label(metadata, table, c)) for c in columns]
    return Section(table, table_title(metadata, table), fields, records)


def audit_entries(session: Session, holdings: Holdings) -> list[AuditEntry]:
    """The audit entries about any row held: entity type = the table's name, entity id = its id."""
    conditions = []
    for table, rows in holdings.rows.items():
        ids = [held.key[0] for held in rows.values() if len(held.key) == 1 and isinstance(held.key[0], int)]
        if not ids:
            continue
        for start in range(0, len(ids), 500):
            conditions.append((AuditEntry.entity_type == table) & AuditEntry.entity_id.in_(ids[start:start + 500]))
    if not conditions:
        return []
    return list(session.scalars(select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.at, AuditEntry.id)))


def _audit_section(session: Session, metadata: MetaData, entries: list[AuditEntry], wording: _Words) -> Section:
    table = AuditEntry.__table__
    helds = [Held("audit_entry", (e.id,), {c.name: getattr(e, c.key) for c in table.columns}, None, False, "audit")
             for e in entries]
    user_ids = {e.user_id for e in entries if e.user_id is not None}
    if user_ids:
        from ..store.models import User  # the acting users by name
        names = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(user_ids))).all())
        wording.references[("audit_entry", "user_id")] = names
    return _section(metadata, "audit_entry", helds, wording)


def gather(session: Session, pathways: PathwayRegistry, person_id: int, *, generated_at: datetime,
           generated_by: str, reference: str | None = None, metadata: MetaData | None = None) -> SubjectAccess:
    """Everything held about ``person_id``, read in ``session``. ``metadata`` defaults to the app's models."""
    metadata = metadata or Base.metadata
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    holdings = collect(session, metadata, person_id=person_id)
    references = reference_labels(session, metadata, holdings)
    referral_rows = holdings.table_rows("referral")
    wording = _Words(pathways, {h.values["id"]: h.values["pathway"] for h in referral_rows}, references)

    person_held = holdings.table_rows("person")[0]
    person_record, person_fields = _record(metadata, person_held,
                                           wording, [c.name for c in metadata.tables["person"].columns])

    order = [t.name for t in metadata.sorted_tables]
    by_referral: dict[int | None, dict[str, list[Held]]] = {}
    for table in order:
        if table in ("person", "referral"):
            continue
        for held in holdings.table_rows(table):
            by_referral.setdefault(held.referral_id, {}).setdefault(table, []).append(held)

    person_sections = [_section(metadata, table, rows, wording)
                       for table, rows in by_referral.get(None, {}).items()]
    parts = []
    for held in referral_rows:
        referral_id = held.values["id"]
        record, fields = _record(metadata, held, wording, [c.name for c in metadata.tables["referral"].columns])
        pathway = wording.pathway(held)
        label = pathway_word(pathway.label) if pathway else str(held.values["pathway"])
        title = _("Referral {id} · {pathway} · received {when}").format(
            id=referral_id, pathway=label, when=local_time_text(held.values["received_at"]))
        sections = [_section(metadata, table, rows, wording)
                    for table, rows in by_referral.get(referral_id, {}).items()]
        parts.append(ReferralPart(referral_id, title, record, fields, sections))

    entries = audit_entries(session, holdings)
    audit_section = _audit_section(session, metadata, entries, wording)
    counts = holdings.counts()
    if entries:
        counts["audit_entry"] = len(entries)
    return SubjectAccess(
        person_id=person_id, person_name=f"{person.given_name} {person.family_name}",
        date_of_birth=person.date_of_birth, generated_at=generated_at, generated_by=generated_by,
        reference=reference, person=person_record, person_fields=person_fields, person_sections=person_sections,
        referrals=parts, audit=audit_section, counts=counts, erased_at=person.erased_at,
    )


def check_reference(reference: str | None) -> str | None:
    return clean_text(reference, "reference", MAX_REFERENCE)


def record_export(ctx: Context, actor: Actor, person_id: int, formats: list[str], reference: str | None,
                  now: datetime) -> None:
    """Check the actor may export, that the person exists, and audit the export (before anything is read)."""
    require(ctx, actor, "subject_access", entity_type="person", entity_id=person_id)
    with ctx.write() as s:
        if not valid_id(person_id) or s.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        audit.record(s, actor, now, "subject_access", "person", person_id,
                     after={"formats": formats, "request_reference": reference})


__all__ = ["FORMAT", "FORMAT_VERSION", "FieldLabel", "Record", "ReferralPart", "Section", "SubjectAccess",
           "audit_entries", "check_reference", "gather", "plain_text", "record_export"]
