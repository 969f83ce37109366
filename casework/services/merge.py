"""Merging two person records into one, and undoing it exactly.

A merge keeps one person (``kept``) and folds the other (``other``) into it:

* every row in any table that points at the other person — referrals, contacts, risk flags and any
  table added later — is re-pointed at the kept person. The tables are found from the database's own
  foreign keys (reflected at merge time), so nobody has to remember to add theirs here;
* the kept person's fields take the value chosen for each (the kept one by default, the other one's
  where the kept one is blank, or as chosen);
* the other person's row is deleted, after its whole row is saved in the ``person_merge`` record,
  with the kept person's values before and after and the primary keys of every row moved.

Undo puts back exactly what was there: the other person's row (same id, same version), the moved rows
pointed back at them (only those: anything added to the kept person since stays), and the kept
person's values and version. It refuses, writing nothing, when the kept person was edited after the
merge (their changes would be lost) or a moved row has gone.

Both are one transaction, audited with before and after, and carry the versions read: a merge against
stale data raises Conflict. The derived SLA timers of open referrals whose home local authority
changes are re-timed in the same transaction (it decides whether the MASH rule applies).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, MetaData, Table, delete, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import Conflict, NotFound, ValidationError
from ..sla.cache import refresh_timers
from ..store.models import Person, PersonMerge, Referral, User
from ..store.types import UTCDateTime
from . import access, audit
from .access import require
from .actor import Actor
from .context import Context
from .people import EDITABLE
from ..validation import valid_id
from .views import JsonView
from ..i18n import _

MERGE_FIELDS = tuple(EDITABLE)
KEPT, OTHER = "kept", "other"
# Decisions about pairs of people: never moved by a merge. (Earlier merge records into the other
# person *are* moved, like any row pointing at them, and moved back by the undo.)
NOT_MOVED = frozenset({"person_not_duplicate"})
_CHUNK = 500
MAX_LIMIT = 10_000
PERSON = Person.__table__


@dataclass(frozen=True)
class MergeView(JsonView):
    id: int
    kept_person_id: int
    merged_person_id: int
    merged_name: str
    merged_at: datetime
    merged_by: str
    choices: dict[str, str]
    moved: dict[str, int]
    """How many rows of each table were moved to the kept person."""
    undone_at: datetime | None
    undone_by: str | None
    version: int


# --- rows as JSON and back ---------------------------------------------------------------------------

def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row_json(row: Any) -> dict[str, Any]:
    return {column.name: _to_json(row[column.name]) for column in PERSON.columns}


def _row_values(saved: dict[str, Any]) -> dict[str, Any]:
    """A saved person row back in Python values, column by column."""
    values: dict[str, Any] = {}
    for column in PERSON.columns:
        if column.name not in saved:
            continue  # a column added after the merge: its default applies
        value = saved[column.name]
        if value is not None and isinstance(column.type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        values[column.name] = value
    return values


def person_references(session: Session) -> list[tuple[Table, Any]]:
    """Every (table, column) in the database with a foreign key to ``person.id``, merge records aside."""
    reflected = MetaData()
    reflected.reflect(bind=session.connection())
    found = []
    for table in reflected.sorted_tables:
        if table.name in NOT_MOVED or table.name == PERSON.name:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == PERSON.name and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


def _pk_filter(table: Table, keys: list[list[Any]]):
    pk = list(table.primary_key.columns)
    if len(pk) == 1:
        return pk[0].in_([k[0] for k in keys])
    return tuple_(*pk).in_([tuple(k) for k in keys])


def _lock_person(session: Session, person_id: int):
    if not valid_id(person_id):
        raise NotFound("person", person_id)
    row = session.execute(select(PERSON).where(PERSON.c.id == person_id).with_for_update()).mappings().first()
    if row is None:
        raise NotFound("person", person_id)
    return row


def _retime(session: Session, ctx: Context, referral_ids: list[int], now: datetime) -> None:
    open_ids = session.scalars(select(Referral.id).where(Referral.id.in_(referral_ids),
                                                         Referral.closed_at.is_(None))).all() if referral_ids else []
    for referral_id in open_ids:
        refresh_timers(session, ctx.pathways, referral_id, now)


def _referral_ids(session: Session, person_id: int) -> list[int]:
    return list(session.scalars(select(Referral.id).where(Referral.person_id == person_id)))


def _clean_choices(choices: dict[str, str] | None, kept, other) -> dict[str, str]:
    chosen: dict[str, str] = {}
    if choices is not None and not isinstance(choices, dict):
        raise ValidationError("choices", "mapping", _("choices name, for each field, the kept or the other person's value"))
    for name, side in (choices or {}).items():
        if name not in MERGE_FIELDS:
            raise ValidationError(f"choices.{name}", "unknown_field", _("{name} is not a field of a person").format(name=name))
        if side not in (KEPT, OTHER):
            raise ValidationError(f"choices.{name}", "choice", _("choose {kept} or {other} for {name}").format(
                kept=repr(KEPT), other=repr(OTHER), name=name))
        chosen[name] = side
    for name in MERGE_FIELDS:
        if name not in chosen:
            # By default the kept person's value, unless it is blank and the other has one.
            chosen[name] = OTHER if kept[name] in (None, "") and other[name] not in (None, "") else KEPT
    return chosen


def _check_identifiers(kept, other, chosen: dict[str, str]) -> None:
    for name in ("nhs_number", "pnc_id"):
        if kept[name] and other[name] and kept[name] != other[name]:
            raise ValidationError(name, "conflicting_identifiers", _(
                "the two people have different NHS numbers: one young person has one, so these look like two people; "
                "correct the wrong record before merging") if name == "nhs_number" else _(
                "the two people have different PNC IDs: one young person has one, so these look like two people; "
                "correct the wrong record before merging"))


def merge_people(ctx: Context, actor: Actor, kept_id: int, other_id: int, *, kept_version: int,
                 other_version: int, choices: dict[str, str] | None = None) -> MergeView:
    """Fold ``other_id`` into ``kept_id``; returns the merge record (its id undoes it)."""
    require(ctx, actor, "merge_people")
    if kept_id == other_id:
        raise ValidationError("other_id", "same_person", _("a person cannot be merged with themselves"))
    now = ctx.clock.now()
    try:
        with ctx.write() as s:
            kept = _lock_person(s, kept_id)
            other = _lock_person(s, other_id)
            # Both young people must be the merger's to change (a referral of each in their scope).
            access.require_change_person(ctx, s, actor, kept_id, action="merge_people")
            access.require_change_person(ctx, s, actor, other_id, action="merge_people")
            if kept["version"] != kept_version:
                raise Conflict("person", kept_id, kept_version, kept["version"])
            if other["version"] != other_version:
                raise Conflict("person", other_id, other_version, other["version"])
            for row in (kept, other):
                if row.get("erased_at") is not None:
                    raise ValidationError("person", "erased", _("person {id} was anonymised under retention; an "
                                                                "anonymised record is not merged").format(id=row["id"]))
            chosen = _clean_choices(choices, kept, other)
            _check_identifiers(kept, other, chosen)
            kept_referrals = _referral_ids(s, kept_id)

            moved: dict[str, dict[str, list[list[Any]]]] = {}
            for table, column in person_references(s):
                pk = list(table.primary_key.columns)
                keys = [[_to_json(v) for v in r] for r in s.execute(select(*pk).where(column == other_id)
                                                                     .order_by(*pk))]
                if not keys:
                    continue
                s.execute(update(table).where(column == other_id).values({column.name: kept_id}))
                moved.setdefault(table.name, {})[column.name] = keys

            values = {name: (other if chosen[name] == OTHER else kept)[name] for name in MERGE_FIELDS}
            s.execute(update(PERSON).where(PERSON.c.id == kept_id, PERSON.c.version == kept_version)
                      .values(**values, updated_at=now, version=kept_version + 1))
            s.execute(delete(PERSON).where(PERSON.c.id == other_id))
            counts = {table: len(next(iter(cols.values()))) for table, cols in moved.items()}
            record = PersonMerge(
                kept_person_id=kept_id, merged_person_id=other_id, merged_at=now, merged_by_id=actor.user_id,
                details={"kept_person_id": kept_id, "choices": chosen, "kept_before": _row_json(kept), "merged_row": _row_json(other),
                         "kept_after_version": kept_version + 1, "moved": moved, "counts": counts},
            )
            s.add(record)
            s.flush()
            audit.record(s, actor, now, "merge", "person", kept_id,
                         before={"kept": {n: kept[n] for n in MERGE_FIELDS},
                                 "other": {"id": other_id, **{n: other[n] for n in MERGE_FIELDS}}},
                         after={"kept": values, "merge_id": record.id, "choices": chosen, "moved": counts})
            # Re-time the open referrals whose young person's home authority is now another one.
            new_la = values["home_local_authority"]
            retime = []
            if other["home_local_authority"] != new_la:
                retime += [k[0] for k in moved.get(Referral.__tablename__, {}).get("person_id", [])]
            if kept["home_local_authority"] != new_la:
                retime += kept_referrals
            _retime(s, ctx, retime, now)
            return _view(s, record)
    except IntegrityError as exc:
        raise ValidationError("other_id", "cannot_move",
                              _("a record of the other person cannot be moved to the kept person without clashing "
                                "with one of theirs ({kind}); nothing was merged").format(
                                  kind=exc.orig.__class__.__name__)) from exc


def undo_merge(ctx: Context, actor: Actor, merge_id: int, *, expected_version: int | None = None) -> MergeView:
    """Put both people back exactly as they were before the merge (see the module's notes)."""
    require(ctx, actor, "merge_people")
    now = ctx.clock.now()
    with ctx.write() as s:
        record = s.get(PersonMerge, merge_id, with_for_update=True) if valid_id(merge_id) else None
        if record is None:
            raise NotFound("merge", merge_id)
        if expected_version is not None and record.version != expected_version:
            raise Conflict("merge", merge_id, expected_version, record.version)
        if record.undone_at is not None:
            raise ValidationError("merge_id", "already_undone", _("merge {id} was already undone").format(id=merge_id))
        details = record.details
        kept_id, other_id = record.kept_person_id, record.merged_person_id
        if details.get("kept_person_id", kept_id) != kept_id:
            # The kept person was merged into someone else since: undo that merge first.
            raise Conflict("merge", merge_id)
        kept = s.execute(select(PERSON).where(PERSON.c.id == kept_id).with_for_update()).mappings().first()
        if kept is None:
            raise Conflict("person", kept_id)  # merged again into someone else: undo that merge first
        if kept["version"] != details["kept_after_version"]:
            raise Conflict("person", kept_id, details["kept_after_version"], kept["version"])
        access.require_change_person(ctx, s, actor, kept_id, action="undo_merge")
        if s.scalar(select(PERSON.c.id).where(PERSON.c.id == other_id)) is not None:
            raise Conflict("person", other_id)
        kept_referrals_now = _referral_ids(s, kept_id)

        s.execute(insert(PERSON).values(**_row_values(details["merged_row"])))
        tables = {table.name: table for table, _column in person_references(s)}
        for table_name, columns in details["moved"].items():
            table = tables.get(table_name)
            if table is None:
                raise Conflict(table_name, "moved rows")
            for column_name, keys in columns.items():
                column = table.c[column_name]
                for start in range(0, len(keys), _CHUNK):
                    chunk = keys[start:start + _CHUNK]
                    count = s.execute(update(table).where(_pk_filter(table, chunk), column == kept_id)
                                      .values({column_name: other_id})).rowcount
                    if count != len(chunk):
                        # A moved row was deleted or moved again since the merge: putting back part of
                        # it would not be the state before. Nothing is written.
                        raise Conflict(table_name, f"rows moved by merge {merge_id}")
        before = _row_values(details["kept_before"])
        restore = {name: before[name] for name in (*MERGE_FIELDS, "updated_at", "version") if name in before}
        s.execute(update(PERSON).where(PERSON.c.id == kept_id).values(**restore))
        record.undone_at, record.undone_by_id = now, actor.user_id
        s.flush()
        audit.record(s, actor, now, "unmerge", "person", kept_id,
                     before={"kept": {n: kept[n] for n in MERGE_FIELDS}, "merge_id": merge_id},
                     after={"kept": {n: restore.get(n) for n in MERGE_FIELDS},
                            "restored": {"id": other_id, **{n: before_value for n, before_value in
                                                            _row_values(details["merged_row"]).items()
                                                            if n in MERGE_FIELDS}},
                            "moved_back": details.get("counts", {})})
        la_now = kept["home_local_authority"]
        retime = []
        moved_referrals = [k[0] for k in details["moved"].get(Referral.__tablename__, {}).get("person_id", [])]
        if details["merged_row"].get("home_local_authority") != la_now:
            retime += moved_referrals
        if details["kept_before"].get("home_local_authority") != la_now:
            retime += [r for r in kept_referrals_now if r not in moved_referrals]
        _retime(s, ctx, retime, now)
        return _view(s, record)


def _view(session: Session, record: PersonMerge) -> MergeView:
    names = dict(session.execute(select(User.id, User.display_name)
                                 .where(User.id.in_([record.merged_by_id, record.undone_by_id or 0]))).all())
    merged = record.details.get("merged_row", {})
    return MergeView(
        id=record.id, kept_person_id=record.kept_person_id, merged_person_id=record.merged_person_id,
        merged_name=f"{merged.get('given_name', '')} {merged.get('family_name', '')}".strip(),
        merged_at=record.merged_at, merged_by=names.get(record.merged_by_id, ""),
        choices=dict(record.details.get("choices", {})), moved=dict(record.details.get("counts", {})),
        undone_at=record.undone_at, undone_by=names.get(record.undone_by_id) if record.undone_by_id else None,
        version=record.version,
    )


def list_merges(ctx: Context, actor: Actor, *, person_id: int | None = None, include_undone: bool = False,
                limit: int = 100) -> list[MergeView]:
    """Recent merges, newest first (those into ``person_id`` if given), into people the actor may read."""
    require(ctx, actor, "review_duplicates")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", "range", _("list from 1 to {limit} merges").format(limit=MAX_LIMIT))
    if person_id is not None and not valid_id(person_id):
        return []
    with ctx.read() as s:
        query = (select(PersonMerge).join(Person, Person.id == PersonMerge.kept_person_id)
                 .where(access.readable_people(actor))
                 .order_by(PersonMerge.merged_at.desc(), PersonMerge.id.desc()).limit(limit))
        if person_id is not None:
            query = query.where(PersonMerge.kept_person_id == person_id)
        if not include_undone:
            query = query.where(PersonMerge.undone_at.is_(None))
        return [_view(s, r) for r in s.scalars(query)]


def get_merge(ctx: Context, actor: Actor, merge_id: int) -> MergeView:
    require(ctx, actor, "review_duplicates")
    with ctx.read() as s:
        record = s.get(PersonMerge, merge_id) if valid_id(merge_id) else None
        if record is None:
            raise NotFound("merge", merge_id)
        access.require_read_person(ctx, s, actor, record.kept_person_id, action="read_merge")
        return _view(s, record)
