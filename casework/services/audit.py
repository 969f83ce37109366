"""The audit trail: every change and every view of a record, append-only and hash-chained.

Writing
    :func:`record` queues an entry on the session; the entries are chained when the session
    commits (a ``before_commit`` hook), so nothing is written for a transaction that rolls back, and
    the chain's head row is locked as the *last* thing a transaction does (no lock-order deadlock
    with the record locks services take). The head row is locked ``FOR UPDATE`` on PostgreSQL;
    SQLite writers already hold the database's write lock (``BEGIN IMMEDIATE``). So appends are
    serialised on both engines, sequence numbers have no gaps, and a unique index on ``seq`` makes a
    fork impossible even if a caller bypassed the lock.

What counts as a view
    Opening one record's case content: a referral (the record window, the event form opened from a
    list, ``casework referral show``, ``casework sla explain``), a person (the person editor), a
    case-file PDF (its ``report`` entry), and any export of one person's data. Rows of a list
    (caseload, search results, possible matches, alerts, breach lists) are not views: the list shows
    a line, opening it is the view. Reloading a record that is already open (after a change made in
    it, on the reconcile timer) is not a new view either: callers pass ``view=None`` for those.
    :func:`record_view` writes a view in a short write transaction of its own, *after* the content
    was read and *before* it is returned, so content is never handed out unlogged.

Redaction
    ``details`` may hold personal data (before/after values). The chain covers a salted digest of
    the details, not the details, so :func:`redact_details` can later remove personal data for the
    retention job without breaking verification: it replaces ``details``, clears the salt (so the
    remaining digest can no longer be tested against guesses), points the entry at a new chained
    ``audit_redact`` entry that lists, per sequence number, the digest of what the details became.
    The database triggers allow exactly that change and nothing else.

Reading
    Only managers and administrators read the trail (:func:`list_entries`, :func:`verify`); an
    administrator sees who, when, what action and on which record, never the details (case
    content). Each read of the trail is itself an entry.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time as dt_time, timedelta, timezone
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, event, false, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from ..errors import NotPermitted, ValidationError
from ..store import chain
from ..store.models import AuditChainHead, AuditEntry, Referral, Role, User
from ..timeutil import LONDON
from ..validation import MAX_ID, check_characters, valid_id
from .actor import Actor
from .views import JsonView
from ..i18n import L_, N_, _

if TYPE_CHECKING:
    from .context import Context

HEAD_ID = 1
VIEW = "view"
REDACT = "audit_redact"
AUDIT_READ = "audit_read"
AUDIT_VERIFY = "audit_verify"
# Personal data is never in these; a redaction must not remove the evidence of redactions.
NOT_REDACTABLE = (REDACT,)
REDACTION_CHUNK = 500
AUDIT_READERS = (Role.MANAGER, Role.ADMIN)

_PENDING = "casework.audit.pending"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# --- writing -------------------------------------------------------------------------------------------

@dataclass
class _Pending:
    at: datetime
    user_id: int | None
    action: str
    entity_type: str
    entity_id: int | None
    details: dict[str, Any]


def record(session: Session, actor: Actor | None, at: datetime, action: str, entity_type: str,
           entity_id: int | None, *, before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None, details: dict[str, Any] | None = None) -> None:
    """Queue one entry; it is chained and written when ``session`` commits (dropped if it rolls back)."""
    body: dict[str, Any] = dict(details or {})
    if before is not None:
        body["before"] = before
    if after is not None:
        body["after"] = after
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("audit times are timezone-aware")
    session.info.setdefault(_PENDING, []).append(_Pending(
        at.astimezone(timezone.utc), actor.user_id if actor else None, action, entity_type, entity_id,
        chain.normalise_details(_plain(body))))


def snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


@event.listens_for(Session, "before_commit")
def _chain_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending:
        session.flush()  # the transaction's own changes first: their errors before the chain lock
        _append(session, pending)


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _lock_head(session: Session) -> tuple[int, str]:
    """The chain head, locked until the transaction ends (created on a new or emptied trail)."""
    query = (select(AuditChainHead.last_seq, AuditChainHead.last_hash)
             .where(AuditChainHead.id == HEAD_ID).with_for_update())
    head = session.execute(query).first()
    if head is None:
        dialect = session.get_bind().dialect.name
        values = {"id": HEAD_ID, "last_seq": 0, "last_hash": chain.GENESIS}
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
        session.execute(dialect_insert(AuditChainHead).values(**values).on_conflict_do_nothing())
        head = session.execute(query).first()
    assert head is not None
    return int(head[0]), str(head[1])


def _append(session: Session, entries: Sequence[_Pending]) -> tuple[int, ...]:
    """Chain and insert ``entries`` now; returns their sequence numbers."""
    last_seq, last_hash = _lock_head(session)
    rows = []
    for entry in entries:
        last_seq += 1
        salt = os.urandom(16).hex()
        digest = chain.details_digest(entry.details, salt)
        entry_hash = chain.entry_hash(last_seq, last_hash, entry.at, entry.user_id, entry.action,
                                      entry.entity_type, entry.entity_id, digest)
        rows.append({"at": entry.at, "user_id": entry.user_id, "action": entry.action,
                     "entity_type": entry.entity_type, "entity_id": entry.entity_id, "details": entry.details,
                     "details_salt": salt, "seq": last_seq, "prev_hash": last_hash, "entry_hash": entry_hash,
                     "details_digest": digest})
        last_hash = entry_hash
    session.execute(insert(AuditEntry.__table__), rows)
    session.execute(update(AuditChainHead.__table__).where(AuditChainHead.id == HEAD_ID)
                    .values(last_seq=last_seq, last_hash=last_hash))
    return tuple(row["seq"] for row in rows)


def record_view(ctx: Context, actor: Actor, entity_type: str, entity_id: int, *, via: str) -> None:
    """One look at one record's content, in a short write transaction of its own."""
    with ctx.write() as s:
        record(s, actor, ctx.clock.now(), VIEW, entity_type, entity_id, details={"via": via})


# --- redaction (for the retention job) -------------------------------------------------------------------

def _strip(value: Any, fields: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v, fields) for k, v in value.items() if k not in fields}
    if isinstance(value, list):
        return [_strip(v, fields) for v in value]
    return value


@dataclass(frozen=True)
class Redaction:
    entries: int
    redaction_seqs: tuple[int, ...]


def redact_details(session: Session, entry_ids: Iterable[int], *, actor: Actor | None, at: datetime,
                   reason: str, fields: Iterable[str] | None = None) -> Redaction:
    """Remove personal data from the details of the entries ``entry_ids`` (their ``id``), audited.

    ``fields=None`` removes all details (they become ``{"redacted": true}``); otherwise the named keys
    are removed wherever they occur (``before``/``after`` included) and ``"redacted"`` lists them.
    Who, when, what action and which record stay. Each batch of up to 500 entries is described by
    an ``audit_redact`` entry (seq -> digest of the new details) that verification checks.
    The caller owns the transaction (the retention job's own).
    """
    words = (reason or "").strip()
    if not words:
        raise ValidationError("reason", "required", _("say why the details are being removed"))
    keys = None if fields is None else frozenset(fields)
    ids = sorted(set(entry_ids))
    if not ids:
        return Redaction(0, ())
    session.flush()
    rows = []
    for start in range(0, len(ids), 1000):
        rows += session.execute(select(AuditEntry.id, AuditEntry.seq, AuditEntry.action, AuditEntry.details)
                                .where(AuditEntry.id.in_(ids[start:start + 1000]))).all()
    found = {row.id for row in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError("entry_ids", "unknown_entry", _("no audit entry with id {id}").format(id=missing[0]))
    if any(row.action in NOT_REDACTABLE for row in rows):
        raise ValidationError("entry_ids", "not_redactable", _("a redaction's own entry is never redacted"))
    rows.sort(key=lambda row: row.seq)
    redaction_seqs = []
    for start in range(0, len(rows), REDACTION_CHUNK):
        batch = rows[start:start + REDACTION_CHUNK]
        new_details = {}
        for row in batch:
            if keys is None:
                new_details[row.id] = {"redacted": True}
            else:
                new_details[row.id] = {**_strip(dict(row.details or {}), keys), "redacted": sorted(keys)}
            new_details[row.id] = chain.normalise_details(new_details[row.id])
        declared = {str(row.seq): chain.details_digest(new_details[row.id]) for row in batch}
        (seq,) = _append(session, [_Pending(at.astimezone(timezone.utc), actor.user_id if actor else None, REDACT,
                                            "audit", None, {"reason": words,
                                                            "fields": sorted(keys) if keys is not None else "all",
                                                            "entries": declared})])
        for row in batch:
            session.execute(update(AuditEntry.__table__).where(AuditEntry.id == row.id)
                            .values(details=new_details[row.id], details_salt=None, redacted_by_seq=seq))
        redaction_seqs.append(seq)
    return Redaction(len(rows), tuple(redaction_seqs))


# --- reading ---------------------------------------------------------------------------------------------

def may_read(actor: Actor) -> bool:
    return actor.role in AUDIT_READERS or bool(getattr(actor, "is_admin", False))


def sees_details(actor: Actor) -> bool:
    """Managers see the before/after values; an administrator sees who, when and what, not case content."""
    return actor.role is Role.MANAGER


# What each action and each kind of record is called where the trail is shown (the desktop's audit view, the
# subject access PDF); anything else is its code in words.
ACTION_WORDS = {
    "view": N_("Looked at the record"),
    "create": N_("Created"),
    "update": N_("Changed"),
    "record_event": N_("Recorded an event"),
    "void_event": N_("Voided an event"),
    "correct_event": N_("Corrected an event"),
    "report": N_("Printed a report"),
    "refused": N_("Refused"),
    "breach_reason": N_("Gave a breach reason"),
    "breach_review": N_("Reviewed a breach"),
    "acknowledge": N_("Acknowledged an alert"),
    "mark_read": N_("Marked alerts read"),
    "sla_sweep": N_("SLA sweep"),
    "demo_load": N_("Loaded demo data"),
    "create_first_admin": N_("Created the first administrator"),
    "audit_read": N_("Read the audit trail"),
    "audit_verify": N_("Checked the audit trail"),
    "audit_redact": N_("Removed personal data (retention)"),
    "subject_access": N_("Exported everything held (subject access)"),
    "retention_run": N_("Ran the retention job"),
    "retention_dry_run": N_("Checked what retention would erase"),
    "retention_erase": N_("Erased (retention)"),
    "retention_anonymise": N_("Anonymised (retention)"),
}
ENTITY_WORDS = {"referral": N_("Referral"), "person": N_("Young person"), "user": N_("User"), "team": N_("Team"),
                "site": N_("Site"), "alert": N_("Alert"), "breach": N_("Breach"), "audit": N_("Audit trail"),
                "report": N_("Report"), "sla_timer": N_("SLA timers"), "demo": N_("Demo data"), "retention": N_("Retention")}


REFUSED = "refused"


def _require_reader(ctx: Context, actor: Actor, attempted: str) -> None:
    """Managers and administrators only; a refused attempt is itself written to the trail."""
    if may_read(actor):
        return
    reason = L_("only managers and administrators may read the audit trail")
    with ctx.write() as s:
        record(s, actor, ctx.clock.now(), REFUSED, "audit", None, after={"attempted": attempted, "reason": str(reason)})
    raise NotPermitted("read_audit", reason)


@dataclass(frozen=True)
class AuditFilter:
    referral_id: int | None = None
    person_id: int | None = None
    user: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    action: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class AuditEntryView(JsonView):
    seq: int
    at: datetime
    user: str | None
    user_name: str | None
    action: str
    entity_type: str
    entity_id: int | None
    details: dict[str, Any] | None   # None: hidden from this reader (an administrator)
    redacted: bool
    # Never case content, so shown to every reader: how a record was looked at, what was attempted.
    via: str | None = None
    attempted: str | None = None

    @property
    def refused(self) -> bool:
        return "refused" in self.action


def _bounds(f: AuditFilter) -> tuple[datetime | None, datetime | None]:
    start = end = None
    try:
        if f.date_from is not None:
            start = datetime.combine(f.date_from, dt_time(0), LONDON).astimezone(timezone.utc)
    except (OverflowError, ValueError):
        raise ValidationError("from", "out_of_range", _("the start date is out of the range of dates")) from None
    try:
        if f.date_to is not None:
            end = datetime.combine(f.date_to + timedelta(days=1), dt_time(0), LONDON).astimezone(timezone.utc)
    except (OverflowError, ValueError):
        end = None  # the end of time: no upper bound
    if start is not None and end is not None and end <= start:
        raise ValidationError("to", "before_from", _("the end date is before the start date"))
    return start, end


def _conditions(s: Session, f: AuditFilter) -> list[Any]:
    conditions: list[Any] = []
    for value in (f.referral_id, f.person_id):
        if value is not None and not valid_id(value):
            conditions.append(false())  # no record has an id beyond the id columns
    if f.referral_id is not None and valid_id(f.referral_id):
        conditions.append(and_(AuditEntry.entity_type == "referral", AuditEntry.entity_id == f.referral_id))
    if f.person_id is not None and valid_id(f.person_id):
        # The person's own entries and those of every referral of theirs.
        their_referrals = select(Referral.id).where(Referral.person_id == f.person_id).scalar_subquery()
        conditions.append(or_(and_(AuditEntry.entity_type == "person", AuditEntry.entity_id == f.person_id),
                              and_(AuditEntry.entity_type == "referral", AuditEntry.entity_id.in_(their_referrals))))
    if f.user:
        user_id = s.scalar(select(User.id).where(User.username == check_characters(f.user, "user").strip().lower()))
        if user_id is None:
            raise ValidationError("user", "unknown_user", _("no user called {name}").format(name=repr(f.user)))
        conditions.append(AuditEntry.user_id == user_id)
    start, end = _bounds(f)
    if start is not None:
        conditions.append(AuditEntry.at >= start)
    if end is not None:
        conditions.append(AuditEntry.at < end)
    if f.action:
        conditions.append(AuditEntry.action == check_characters(f.action, "action"))
    return conditions


def _safe_parts(entry: AuditEntry) -> tuple[str | None, str | None]:
    details = entry.details if isinstance(entry.details, dict) else {}
    via = details.get("via") if entry.action == VIEW else None
    after = details.get("after") if isinstance(details.get("after"), dict) else {}
    attempted = after.get("attempted") if "refused" in entry.action else None
    return (via if isinstance(via, str) else None, attempted if isinstance(attempted, str) else None)


def list_entries(ctx: Context, actor: Actor, filters: AuditFilter | None = None, *, limit: int | None = None,
                 before_seq: int | None = None, record_read: bool = True) -> list[AuditEntryView]:
    """Entries matching ``filters``, newest first. Refused attempts are entries like any other.

    ``before_seq`` pages on: only entries older than that one (entries written meanwhile do not
    shift the pages). The read is itself audited (``audit_read`` with the filters) unless
    ``record_read`` is False, which the viewer passes for the next page of a search it recorded.
    """
    _require_reader(ctx, actor, "read_audit")
    f = filters or AuditFilter()
    if limit is not None and limit < 1:
        raise ValidationError("limit", "positive", _("limit is at least 1"))
    shown = sees_details(actor)
    who = aliased(User)
    with ctx.read() as s:
        query = (select(AuditEntry, who.username, who.display_name)
                 .outerjoin(who, who.id == AuditEntry.user_id)
                 .where(*_conditions(s, f))
                 .order_by(AuditEntry.seq.desc()))
        if limit is not None:
            query = query.limit(min(limit, MAX_ID))
        if before_seq is not None:
            query = query.where(AuditEntry.seq < before_seq)
        views = [AuditEntryView(e.seq, e.at, username, name, e.action, e.entity_type, e.entity_id,
                                dict(e.details or {}) if shown else None, e.redacted_by_seq is not None,
                                *_safe_parts(e))
                 for e, username, name in s.execute(query)]
    if record_read:
        with ctx.write() as s:
            record(s, actor, ctx.clock.now(), AUDIT_READ, "audit", None,
                   details={"filters": f.to_json(), "entries": len(views)})
    return views


# --- verification ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem(JsonView):
    seq: int
    kind: str      # missing, out_of_order, altered, details_altered, bad_redaction, head
    message: str


@dataclass(frozen=True)
class VerifyResult(JsonView):
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    seconds: float
    problems: list[Problem] = field(default_factory=list)

    @property
    def first_bad_seq(self) -> int | None:
        return min((p.seq for p in self.problems), default=None)


MAX_PROBLEMS = 100


def check_chain(session: Session, anchor: tuple[int, str] | None = None) -> VerifyResult:
    """Walk the whole chain in sequence order; every problem is named by its sequence number.

    ``anchor`` is a head (seq, hash) printed by an earlier check and kept outside the database: that
    entry must still be there with that hash, so even a trail rewritten from some point on, hashes
    and head recomputed, is caught.
    """
    started = time.perf_counter()
    problems: list[Problem] = []

    def problem(seq: int, kind: str, message: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(Problem(seq, kind, message))

    expected, prev, count = 1, chain.GENESIS, 0
    redacted: list[tuple[int, int, str]] = []
    declared: dict[int, dict[str, str]] = {}
    columns = (AuditEntry.seq, AuditEntry.prev_hash, AuditEntry.entry_hash, AuditEntry.details_digest,
               AuditEntry.details_salt, AuditEntry.details, AuditEntry.at, AuditEntry.user_id, AuditEntry.action,
               AuditEntry.entity_type, AuditEntry.entity_id, AuditEntry.redacted_by_seq)
    result = session.execute(select(*columns).order_by(AuditEntry.seq).execution_options(yield_per=5000))
    for (seq, prev_hash, entry_hash, digest, salt, details, at, user_id, action, entity_type, entity_id,
         redacted_by) in result:
        count += 1
        if seq != expected:
            if seq > expected:
                problem(expected, "missing", _("entries {first}–{last} are missing").format(first=expected, last=seq - 1)
                        if seq - 1 > expected else _("entry {seq} is missing").format(seq=expected))
            else:
                problem(seq, "out_of_order", _("entry {seq} appears again after entry {before}").format(
                    seq=seq, before=expected - 1))
        if prev_hash != prev:
            problem(seq, "out_of_order", _("entry {seq} does not follow the entry before it (previous hash differs)").format(
                seq=seq))
        if chain.entry_hash(seq, prev_hash, at, user_id, action, entity_type, entity_id, digest) != entry_hash:
            problem(seq, "altered", _("entry {seq} was changed after it was written (its hash does not match)").format(
                seq=seq))
        if redacted_by is None:
            if chain.details_digest(details, salt) != digest:
                problem(seq, "details_altered", _("the details of entry {seq} were changed after it was written").format(
                    seq=seq))
        elif redacted_by <= seq:
            problem(seq, "bad_redaction", _("entry {seq} claims a redaction that comes before it").format(seq=seq))
        else:
            redacted.append((seq, redacted_by, chain.details_digest(details)))
        if anchor is not None and seq == anchor[0] and entry_hash != anchor[1]:
            problem(seq, "anchor", _("entry {seq} is not the entry whose hash was recorded as the head earlier").format(
                seq=seq))
        if action == REDACT and redacted_by is None and isinstance(details, dict):
            entries = details.get("entries")
            if isinstance(entries, dict):
                declared[seq] = entries
        prev = entry_hash
        expected = max(expected, seq) + 1
    for seq, by, digest in redacted:
        if declared.get(by, {}).get(str(seq)) != digest:
            problem(seq, "bad_redaction", _("the details of entry {seq} were changed outside an audited redaction").format(
                seq=seq))
    if anchor is not None and anchor[0] > expected - 1:
        problem(expected, "anchor", _("the trail ends at entry {last}, before the recorded head {head}").format(
            last=expected - 1, head=anchor[0]))
    head = session.execute(select(AuditChainHead.last_seq, AuditChainHead.last_hash)
                           .where(AuditChainHead.id == HEAD_ID)).first()
    head_seq, head_hash = (int(head[0]), str(head[1])) if head is not None else (0, chain.GENESIS)
    last = expected - 1
    if head_seq > last:
        problem(last + 1, "missing", _("the trail ends at entry {last} but its head says {head}: entries {first}–{head} "
                                       "were removed").format(last=last, head=head_seq, first=last + 1))
    elif head_seq < last or (count and head_hash != prev):
        problem(head_seq + 1 if head_seq < last else last, "head",
                "the trail's head does not match its last entry")
    problems.sort(key=lambda p: p.seq)
    return VerifyResult(not problems, count, head_seq, head_hash, round(time.perf_counter() - started, 3), problems)


def verify(ctx: Context, actor: Actor, *, anchor: tuple[int, str] | None = None) -> VerifyResult:
    """Check the whole chain (managers and administrators); the check itself is recorded."""
    _require_reader(ctx, actor, "verify_audit")
    with ctx.read() as s:
        result = check_chain(s, anchor)
    with ctx.write() as s:
        record(s, actor, ctx.clock.now(), AUDIT_VERIFY, "audit", None,
               details={"ok": result.ok, "entries": result.entries, "head_seq": result.head_seq,
                        "head_hash": result.head_hash, "first_bad_seq": result.first_bad_seq})
    return result


def record_refusal(ctx: Context, actor: Actor | None, action: str, entity_type: str | None,
                   entity_id: int | None, reason: str) -> None:
    """Write a refused attempt to the audit trail, in a transaction of its own.

    Called after the refusing transaction (if any) has rolled back, so the refusal is kept even
    though nothing else of the attempt is. The entry's action is ``refused``; what was attempted
    and why it was refused are in its details (no personal data: an action name and a rule).
    """
    with ctx.write() as s:
        record(s, actor, ctx.clock.now(), REFUSED, entity_type or "action", entity_id,
               after={"attempted": action, "reason": reason})
