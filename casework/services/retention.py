"""Retention: erase what has been kept longer than its pathway allows after closure.

Each pathway file sets ``retention_years`` (default :data:`~casework.pathways.DEFAULT_RETENTION_YEARS`).
A closed referral's retention ends at the same Europe/London wall-clock time on the N-th anniversary
of its closure; a closure on 29 February reaches its anniversary on 1 March in a common year (so at
least N whole years always pass). Once that instant has passed, :func:`run` erases it:

* **The referral's record is deleted**: every row that hangs from it through a NOT NULL foreign key
  (events with their notes and details, SLA timers, alerts, breaches with their reasons, and any
  table added later, found from the schema by :mod:`.holdings`); a row that only points at one of
  them through a nullable foreign key loses that pointer.
* **An anonymous referral row stays**, so that the counts of evidence reports (referrals by
  pathway, source, team, site, month and outcome) do not change: its received and closed times are
  cut to the local day, its deadline cache cleared and ``erased_at`` set. Keeping the row also keeps
  its id from being given to a new referral, which would confuse the audit trail.
* **A person with no referral left that is not erased is anonymised**: names replaced ("Erased
  person"), date of birth reduced to its year (stored as 1 July, so ages worked out from it are out
  by six months at most), gender, postcode, PNC ID and NHS number removed, contacts and every other
  row hanging from the person deleted; the home local authority stays (the out-of-area counts).
  A person with an open referral, or one still within its retention, keeps their details.

Every erasure is audited without the erased data (ids, pathway, closure date, counts of rows), one
entry per referral and per person in the same transaction as the erasure, and one for the run.
Personal data inside earlier audit entries' details is redacted with ``audit.redact_details`` when
the audit trail offers it (the trail itself is append-only; this module never edits it).

A dry run works out the same plan and changes nothing. Runs are idempotent: what is erased is
marked and never erased twice. Each batch of up to 100 people is one transaction, so an interrupted run
leaves every batch of people either untouched or done, and the next run finishes the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import MetaData, Table, func, or_, select, tuple_, update
from sqlalchemy.orm import Session

from ..pathways import PathwayRegistry
from ..store.models import AuditEntry, Base, Person, Referral
from ..timeutil import local_to_utc, to_local
from . import audit
from .access import require
from .actor import Actor
from .context import Context
from .holdings import Held, Holdings, collect, primary_key
from .views import JsonView

ERASED_GIVEN_NAME = "Erased"
ERASED_FAMILY_NAME = "person"
BIRTHDAY_KEPT = (7, 1)
"""Month and day a reduced date of birth is stored with (mid-year)."""
PERSON_FIELDS_CLEARED = ("given_name", "family_name", "date_of_birth", "gender", "postcode", "pnc_id", "nhs_number")
DAYS_PER_YEAR_MAX = 366


def retention_ends(closed_at: datetime, years: int) -> datetime:
    """The instant a referral closed at ``closed_at`` has been kept ``years`` years (UTC).

    The same local wall-clock time on the anniversary of the closure's local date; 29 February
    becomes 1 March in a common year. A time that does not exist that day (the spring clock change)
    moves forward with the clock; an ambiguous one takes the earlier reading.
    """
    local = to_local(closed_at)
    target_year = local.year + years
    try:
        day = local.date().replace(year=target_year)
    except ValueError:  # 29 February in a common year
        day = date(target_year, 3, 1)
    return local_to_utc(datetime.combine(day, local.time().replace(tzinfo=None)))


def _day_start(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return local_to_utc(datetime.combine(to_local(value).date(), time()))


@dataclass(frozen=True)
class PathwayRetention(JsonView):
    pathway: str
    label: str
    retention_years: int
    referrals: int
    """Closed referrals past their retention period (to erase)."""
    people: int
    """People who would have no referral left that is not erased (to anonymise)."""


@dataclass(frozen=True)
class RetentionResult(JsonView):
    dry_run: bool
    as_of: datetime
    referrals: int
    people: int
    rows: dict[str, int]
    """Rows deleted (or that a dry run would delete), by table."""
    pathways: list[PathwayRetention]
    unknown_pathways: dict[str, int] = field(default_factory=dict)
    """Closed referrals of pathways no longer configured: kept, counted here."""
    audit_entries_redacted: int | None = None
    """Earlier audit entries whose details were redacted; None when the audit trail cannot redact yet."""

    @property
    def nothing_to_do(self) -> bool:
        return self.referrals == 0 and self.people == 0


@dataclass
class _Plan:
    by_person: dict[int, list[tuple[int, str, datetime]]]
    """person id -> [(referral id, pathway, closed_at)] due for erasure."""
    anonymise: set[int]
    unknown: dict[str, int]


def _plan(session: Session, pathways: PathwayRegistry, now: datetime) -> _Plan:
    by_person: dict[int, list[tuple[int, str, datetime]]] = {}
    known = set(pathways.ids())
    unknown: Counter[str] = Counter()
    for pathway in pathways:
        # A generous bound in SQL (no N-year span is longer than N x 366 days), the exact rule in Python.
        bound = now - timedelta(days=pathway.retention_years * 365 - 2)
        rows = session.execute(
            select(Referral.id, Referral.person_id, Referral.closed_at)
            .where(Referral.pathway == pathway.id, Referral.closed_at.is_not(None), Referral.erased_at.is_(None),
                   Referral.closed_at <= bound)
            .order_by(Referral.person_id, Referral.id))
        for referral_id, person_id, closed_at in rows:
            if retention_ends(closed_at, pathway.retention_years) <= now:
                by_person.setdefault(person_id, []).append((referral_id, pathway.id, closed_at))
    for pathway_id, count in session.execute(
            select(Referral.pathway, func.count()).where(Referral.closed_at.is_not(None), Referral.erased_at.is_(None),
                                                         Referral.pathway.not_in(known)).group_by(Referral.pathway)):
        unknown[pathway_id] += count
    anonymise: set[int] = set()
    people = list(by_person)
    for start in range(0, len(people), 500):
        chunk = people[start:start + 500]
        remaining: Counter[int] = Counter()
        for person_id, referral_id in session.execute(
                select(Referral.person_id, Referral.id).where(Referral.person_id.in_(chunk),
                                                              Referral.erased_at.is_(None))):
            remaining[person_id] += 1
        for person_id in chunk:
            if remaining[person_id] == len(by_person[person_id]):
                anonymise.add(person_id)
    return _Plan(by_person, anonymise, dict(unknown))


def _tables(metadata: MetaData) -> dict[str, Table]:
    return {t.name: t for t in metadata.sorted_tables}


def _delete(session: Session, metadata: MetaData, holdings: Holdings) -> dict[str, int]:
    """Delete the rows that belong (roots excepted), children first; unhook rows that only point at them."""
    tables = _tables(metadata)
    doomed: dict[str, set[tuple]] = {}
    for name, rows in holdings.rows.items():
        if name in ("person", "referral"):
            continue
        keys = {held.key for held in rows.values() if held.belongs}
        if keys:
            doomed[name] = keys
    # Rows that only mention a doomed row lose the pointer (the column is nullable by definition).
    for name, rows in holdings.rows.items():
        table = tables[name]
        for held in rows.values():
            if held.belongs:
                continue
            changes = _unhook(table, held, doomed)
            if changes:
                pk = primary_key(table)
                session.execute(update(table).where(*[c == v for c, v in zip(pk, held.key)]).values(**changes))
    counts: dict[str, int] = {}
    order = [t.name for t in metadata.sorted_tables]
    for name in reversed(order):
        keys = doomed.get(name)
        if not keys:
            continue
        table = tables[name]
        pk = primary_key(table)
        # Rows of a table that point at each other (an event correcting another) lose those pointers first.
        self_refs = [fk for fk in table.foreign_key_constraints if fk.referred_table is table]
        key_list = sorted(keys, key=repr)
        for start in range(0, len(key_list), 500):
            chunk = key_list[start:start + 500]
            condition = pk[0].in_([k[0] for k in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
            for fk in self_refs:
                if all(element.parent.nullable for element in fk.elements):
                    session.execute(update(table).where(condition).values(
                        **{element.parent.name: None for element in fk.elements}))
            session.execute(table.delete().where(condition))
        counts[name] = len(keys)
    return counts


def _unhook(table: Table, held: Held, doomed: dict[str, set[tuple]]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for fk in table.foreign_key_constraints:
        target = fk.referred_table.name
        if target not in doomed:
            continue
        local = [e.parent for e in fk.elements]
        remote = [e.column for e in fk.elements]
        if not all(c.nullable for c in local):
            continue
        value = tuple(held.values[c.name] for c in local)
        if list(remote) == primary_key(fk.referred_table) and value in doomed[target]:
            changes.update({c.name: None for c in local})
    return changes


def _erase_referrals(session: Session, metadata: MetaData, referral_ids: list[int], now: datetime
                     ) -> tuple[dict[str, int], Holdings]:
    holdings = collect(session, metadata, referral_ids=referral_ids)
    counts = _delete(session, metadata, holdings)
    referral_t = metadata.tables["referral"]
    for held in holdings.table_rows("referral"):
        values = held.values
        session.execute(update(referral_t).where(referral_t.c.id == values["id"]).values(
            received_at=_day_start(values["received_at"]), closed_at=_day_start(values["closed_at"]),
            next_due_at=None, next_warn_at=None, erased_at=now, updated_at=now,
            version=referral_t.c.version + 1))
    return counts, holdings


def _anonymise_person(session: Session, metadata: MetaData, person_id: int, now: datetime
                      ) -> tuple[dict[str, int], Holdings]:
    holdings = collect(session, metadata, person_id=person_id, include_person_referrals=False)
    counts = _delete(session, metadata, holdings)
    person_t = metadata.tables["person"]
    born = session.scalar(select(person_t.c.date_of_birth).where(person_t.c.id == person_id))
    session.execute(update(person_t).where(person_t.c.id == person_id).values(
        given_name=ERASED_GIVEN_NAME, family_name=ERASED_FAMILY_NAME,
        date_of_birth=date(born.year, *BIRTHDAY_KEPT) if born else None,
        gender=None, postcode=None, pnc_id=None, nhs_number=None,
        erased_at=now, updated_at=now, version=person_t.c.version + 1))
    return counts, holdings


REDACTION_REASON = "retention: the record passed its pathway's retention period and was erased"


def _redact(session: Session, holdings: Holdings, now: datetime, actor: Actor) -> int | None:
    """Redact the details of earlier audit entries about the erased rows, if the audit trail can.

    Who, when, which action and which record stay; the details (names, dates of birth, event details
    before and after a change) go. The retention entries themselves hold no personal data and stay.
    Returns how many entries were redacted, or None when this version's audit trail cannot redact.
    """
    redact: Callable[..., Any] | None = getattr(audit, "redact_details", None)
    if redact is None:
        return None
    conditions = []
    for table, rows in holdings.rows.items():
        ids = [held.key[0] for held in rows.values() if held.belongs and len(held.key) == 1]
        for start in range(0, len(ids), 500):
            conditions.append((AuditEntry.entity_type == table) & AuditEntry.entity_id.in_(ids[start:start + 500]))
    if not conditions:
        return 0
    query = select(AuditEntry.id).where(or_(*conditions), AuditEntry.action.not_like("retention%"),
                                        AuditEntry.action != "audit_redact")
    redacted_by = getattr(AuditEntry, "redacted_by_seq", None)
    if redacted_by is not None:
        query = query.where(redacted_by.is_(None))  # already redacted: not again
    entry_ids = list(session.scalars(query))
    if not entry_ids:
        return 0
    result = redact(session, entry_ids, actor=actor, at=now, reason=REDACTION_REASON)
    return int(getattr(result, "entries", result) or 0)


BATCH = 100
"""People erased per transaction: each batch is erased whole or not at all."""


def run(ctx: Context, actor: Actor, *, dry_run: bool = False, metadata: MetaData | None = None,
        progress: Callable[[int, int], None] | None = None) -> RetentionResult:
    """Erase what has passed its pathway's retention period (or, with ``dry_run``, say what would go)."""
    require(ctx, actor, "retention")
    metadata = metadata or Base.metadata
    now = ctx.clock.now()
    with ctx.read() as s:
        plan = _plan(s, ctx.pathways, now)
    per_pathway: Counter[str] = Counter()
    people_per_pathway: dict[str, set[int]] = {}
    for person_id, items in plan.by_person.items():
        for _referral_id, pathway_id, _closed in items:
            per_pathway[pathway_id] += 1
            if person_id in plan.anonymise:
                people_per_pathway.setdefault(pathway_id, set()).add(person_id)

    rows: Counter[str] = Counter()
    redacted: int | None = None
    people = list(plan.by_person)
    batches = [people[start:start + BATCH] for start in range(0, len(people), BATCH)]
    if dry_run:
        with ctx.read() as s:
            for batch in batches:
                referral_ids = [i[0] for person_id in batch for i in plan.by_person[person_id]]
                rows.update(_belonging_counts(collect(s, metadata, referral_ids=referral_ids)))
                anonymise = [person_id for person_id in batch if person_id in plan.anonymise]
                if anonymise:
                    rows.update(_belonging_counts(collect(s, metadata, person_ids=anonymise,
                                                          include_person_referrals=False)))
    else:
        done = 0
        for batch in batches:
            with ctx.write() as s:
                counts, count_redacted = _erase_batch(s, ctx, actor, metadata, plan, batch, now)
            rows.update(counts)
            if count_redacted is not None:
                redacted = (redacted or 0) + count_redacted
            done += len(batch)
            if progress is not None:
                progress(done, len(people))
        if redacted is None and people and hasattr(audit, "redact_details"):
            redacted = 0
        if plan.anonymise and ctx.engine.dialect.name == "sqlite":
            with ctx.write() as s:
                _compact_name_index(s)
    result = RetentionResult(
        dry_run=dry_run, as_of=now,
        referrals=sum(per_pathway.values()), people=len(plan.anonymise), rows=dict(sorted(rows.items())),
        pathways=[PathwayRetention(p.id, p.label, p.retention_years, per_pathway.get(p.id, 0),
                                   len(people_per_pathway.get(p.id, set()))) for p in ctx.pathways],
        unknown_pathways=plan.unknown,
        audit_entries_redacted=redacted if not dry_run else None,
    )
    with ctx.write() as s:
        audit.record(s, actor, now, "retention_dry_run" if dry_run else "retention_run", "retention", None,
                     after=_summary(result))
    return result


def _compact_name_index(session: Session) -> None:
    """Rewrite SQLite's FTS5 name index (revision 0014) without what anonymising deleted from it.

    FTS5 deletes by writing tombstones over older segments, which keep the erased names until
    segments are merged; 'optimize' merges them all now, so the names are gone from the index's
    storage as they are from ``person`` (secure_delete zeroes the pages this frees)."""
    connection = session.connection()
    before = int(connection.exec_driver_sql("PRAGMA secure_delete").scalar() or 0)
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        connection.exec_driver_sql("INSERT INTO person_name_fts (person_name_fts) VALUES ('optimize')")
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {before}")


def _belonging_counts(holdings: Holdings) -> Counter[str]:
    counts: Counter[str] = Counter()
    for table, rows in holdings.rows.items():
        if table in ("person", "referral"):
            continue
        counts[table] += sum(1 for held in rows.values() if held.belongs)
    return +counts


def _add_redacted(total: int | None, more: int | None) -> int | None:
    return total if more is None else (total or 0) + more


def _erase_batch(s: Session, ctx: Context, actor: Actor, metadata: MetaData, plan: _Plan, batch: list[int],
                 now: datetime) -> tuple[Counter[str], int | None]:
    """One transaction: the due referrals of these people, then the people left with none."""
    items = [item for person_id in batch for item in plan.by_person[person_id]]
    # Lock the referrals and check again: nothing erased by another run since the plan was made.
    ids = [i[0] for i in items]
    still: set[int] = set()
    for start in range(0, len(ids), 500):
        still |= {rid for rid, in s.execute(select(Referral.id).where(
            Referral.id.in_(ids[start:start + 500]), Referral.closed_at.is_not(None),
            Referral.erased_at.is_(None)).with_for_update())}
    items = [i for i in items if i[0] in still]
    counts: Counter[str] = Counter()
    redacted: int | None = None
    if items:
        erased, holdings = _erase_referrals(s, metadata, [i[0] for i in items], now)
        counts.update(erased)
        by_referral: Counter[tuple[int | None, str]] = Counter()
        for table, rows in holdings.rows.items():
            if table == "referral":
                continue
            for held in rows.values():
                if held.belongs:
                    by_referral[(held.referral_id, table)] += 1
        for referral_id, pathway_id, closed_at in items:
            pathway = ctx.pathways.get(pathway_id)
            mine = {table: n for (rid, table), n in sorted(by_referral.items(), key=lambda kv: kv[0][1])
                    if rid == referral_id}
            audit.record(s, actor, now, "retention_erase", "referral", referral_id, after={
                "pathway": pathway_id, "retention_years": pathway.retention_years,
                "closed_on": to_local(closed_at).date(), "rows_deleted": mine})
        redacted = _redact(s, holdings, now, actor)
    for person_id in batch:
        if person_id not in plan.anonymise:
            continue
        person = s.get(Person, person_id, with_for_update=True)
        left = s.scalar(select(Referral.id).where(Referral.person_id == person_id, Referral.erased_at.is_(None))
                        .limit(1))
        if person is None or person.erased_at is not None or left is not None:
            continue
        s.expunge(person)
        erased, holdings = _anonymise_person(s, metadata, person_id, now)
        counts.update(erased)
        audit.record(s, actor, now, "retention_anonymise", "person", person_id, after={
            "fields_cleared": list(PERSON_FIELDS_CLEARED), "rows_deleted": erased})
        redacted = _add_redacted(redacted, _redact(s, holdings, now, actor))
    return counts, redacted


def _summary(result: RetentionResult) -> dict[str, Any]:
    return {
        "as_of": result.as_of, "referrals": result.referrals, "people": result.people, "rows": result.rows,
        "by_pathway": {p.pathway: {"retention_years": p.retention_years, "referrals": p.referrals,
                                   "people": p.people} for p in result.pathways},
        "unknown_pathways": result.unknown_pathways,
        "audit_entries_redacted": result.audit_entries_redacted,
    }


__all__ = ["PathwayRetention", "RetentionResult", "retention_ends", "run"]
