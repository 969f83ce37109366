"""Risk flags on a young person: exploitation, county lines, weapon carrying, missing episodes …

The flags that may be set come from ``[[risk_flags]]`` in the pathway files (common.toml), so an area
can add its own. Each flag carries who set it and when; removing one stamps who removed it, when and
why, and keeps the row, so the person's flag history is never lost. Setting and removing are audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased

from ..errors import NotFound, ValidationError
from ..pathways import PathwayRegistry
from ..store.models import Person, PersonRiskFlag, User
from ..store.quick import QuickReader, QuickReads
from ..store.types import in_ids
from ..validation import clean_text, valid_id
from . import access, audit
from .access import require
from .actor import Actor
from .context import Context
from .views import JsonView
from ..i18n import _, pathway_word

MAX_NOTE = 2000


@dataclass(frozen=True)
class RiskFlagView(JsonView):
    id: int
    person_id: int
    flag: str
    label: str
    note: str | None
    set_at: datetime
    set_by: str
    removed_at: datetime | None = None
    removed_by: str | None = None
    removal_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None


def _views(session: Session, pathways: PathwayRegistry, query) -> list[RiskFlagView]:
    setter, remover = aliased(User), aliased(User)
    rows = session.execute(
        query.add_columns(setter.display_name, remover.display_name)
        .join(setter, setter.id == PersonRiskFlag.set_by_id)
        .outerjoin(remover, remover.id == PersonRiskFlag.removed_by_id)
        .order_by(PersonRiskFlag.person_id, PersonRiskFlag.set_at, PersonRiskFlag.id))
    return [RiskFlagView(f.id, f.person_id, f.flag, pathways.risk_flag_label(f.flag), f.note, f.set_at, set_by,
                         f.removed_at, removed_by, f.removal_reason) for f, set_by, removed_by in rows]


def active_flags(session: Session, pathways: PathwayRegistry, person_ids: list[int]) -> dict[int, list[RiskFlagView]]:
    """The flags in force for each of some people (one indexed query), in the order they were set.

    Every caseload page asks this for its people, so the statement is built once (the ids are one
    expanding parameter) and its rows are plain columns: building an ORM query per page was most of
    a page's time."""
    found: dict[int, list[RiskFlagView]] = {}
    if not person_ids:
        return found
    rows = session.connection().execute(_active_flags_statement(), {"person_ids": list(person_ids)})
    for (id_, person_id, flag, note, set_at, removed_at, removal_reason, set_by, removed_by) in rows:
        found.setdefault(person_id, []).append(RiskFlagView(
            id_, person_id, flag, pathways.risk_flag_label(flag), note, set_at, set_by, removed_at, removed_by,
            removal_reason))
    return found


def flag_labels(reads: QuickReads, quick: QuickReader, pathways: PathwayRegistry,
                person_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The labels of each person's flags in force, in the order they were set: what a caseload row
    shows. One indexed read in the caller's quick snapshot (casework.store.quick), no views built."""
    if not person_ids:
        return {}
    statement = quick.prepare("risk_flag_labels", lambda: _flag_labels_statement(quick.dialect))
    found: dict[int, list[str]] = {}
    label = pathways.risk_flag_label
    for person_id, flag in reads.all(statement, {"person_ids": person_ids}):
        found.setdefault(person_id, []).append(label(flag))
    return {person_id: tuple(labels) for person_id, labels in found.items()}


def _flag_labels_statement(dialect: str):
    flag = PersonRiskFlag.__table__
    return (select(flag.c.person_id, flag.c.flag)
            .where(in_ids(flag.c.person_id, "person_ids", dialect), flag.c.removed_at.is_(None))
            .order_by(flag.c.person_id, flag.c.set_at, flag.c.id))


_ACTIVE_FLAGS: list = []


def _active_flags_statement():
    if not _ACTIVE_FLAGS:
        setter, remover = User.__table__.alias("setter"), User.__table__.alias("remover")
        flag = PersonRiskFlag.__table__
        _ACTIVE_FLAGS.append(
            select(flag.c.id, flag.c.person_id, flag.c.flag, flag.c.note, flag.c.set_at, flag.c.removed_at,
                   flag.c.removal_reason, setter.c.display_name, remover.c.display_name)
            .join_from(flag, setter, setter.c.id == flag.c.set_by_id)
            .outerjoin(remover, remover.c.id == flag.c.removed_by_id)
            .where(flag.c.person_id.in_(bindparam("person_ids", expanding=True)), flag.c.removed_at.is_(None))
            .order_by(flag.c.person_id, flag.c.set_at, flag.c.id))
    return _ACTIVE_FLAGS[0]


def list_flags(ctx: Context, actor: Actor, person_id: int, *, include_removed: bool = True) -> list[RiskFlagView]:
    """A person's flags, those in force and (by default) the removed ones, oldest first."""
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        if not valid_id(person_id) or s.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        access.require_read_person(ctx, s, actor, person_id, action="read_risk_flags")
        query = select(PersonRiskFlag).where(PersonRiskFlag.person_id == person_id)
        if not include_removed:
            query = query.where(PersonRiskFlag.removed_at.is_(None))
        return _views(s, ctx.pathways, query)


def _note(text: str | None, field: str) -> str | None:
    return clean_text(text, field, MAX_NOTE, multiline=True)


def set_flag(ctx: Context, actor: Actor, person_id: int, flag: str, note: str | None = None) -> RiskFlagView:
    """Set a risk flag on a person. A flag already in force is not set twice (ValidationError).

    Needs change rights on one of the person's referrals (a caseworker's assigned referral, a team
    lead's team's referral)."""
    require(ctx, actor, "write_cases")
    kind = ctx.pathways.risk_flag(flag) if isinstance(flag, str) else None
    if kind is None:
        known = ", ".join(f.id for f in ctx.pathways.risk_flags)
        raise ValidationError("flag", "choice", _("unknown risk flag {flag} (known: {known})").format(
            flag=repr(flag), known=known))
    text = _note(note, "note")
    now = ctx.clock.now()
    with ctx.write() as s:
        person = s.get(Person, person_id, with_for_update={"key_share": True}) if valid_id(person_id) else None
        if person is None:
            raise NotFound("person", person_id)
        access.require_change_person(ctx, s, actor, person_id, action="set_risk_flag")
        if person.erased_at is not None:
            raise ValidationError("person", "erased", _("person {id} was anonymised under retention; nothing more is "
                                                        "recorded about them").format(id=person_id))
        existing = s.scalar(select(PersonRiskFlag.id).where(PersonRiskFlag.person_id == person_id,
                                                            PersonRiskFlag.flag == flag,
                                                            PersonRiskFlag.removed_at.is_(None)))
        if existing is not None:
            raise ValidationError("flag", "already_set", _("{flag} is already set on this person").format(
                flag=pathway_word(kind.label)))
        row = PersonRiskFlag(person_id=person_id, flag=flag, note=text, set_at=now, set_by_id=actor.user_id)
        s.add(row)
        s.flush()
        audit.record(s, actor, now, "set_risk_flag", "person", person_id,
                     after={"flag_id": row.id, "flag": flag, "note": text})
        [view] = _views(s, ctx.pathways, select(PersonRiskFlag).where(PersonRiskFlag.id == row.id))
        return view


def remove_flag(ctx: Context, actor: Actor, flag_id: int, reason: str) -> RiskFlagView:
    """Take a flag off (it stays in the history with who removed it, when and why)."""
    require(ctx, actor, "write_cases")
    text = _note(reason, "reason")
    if text is None:
        raise ValidationError("reason", "required", _("say why the flag no longer applies"))
    now = ctx.clock.now()
    with ctx.write() as s:
        row = s.get(PersonRiskFlag, flag_id, with_for_update=True) if valid_id(flag_id) else None
        if row is None:
            raise NotFound("risk flag", flag_id)
        access.require_change_person(ctx, s, actor, row.person_id, action="remove_risk_flag")
        if row.removed_at is not None:
            raise ValidationError("flag_id", "already_removed", _("this flag was already removed"))
        row.removed_at, row.removed_by_id, row.removal_reason = now, actor.user_id, text
        s.flush()
        audit.record(s, actor, now, "remove_risk_flag", "person", row.person_id,
                     before={"flag_id": row.id, "flag": row.flag, "note": row.note},
                     after={"flag_id": row.id, "flag": row.flag, "removed": True, "reason": text})
        [view] = _views(s, ctx.pathways, select(PersonRiskFlag).where(PersonRiskFlag.id == row.id))
        return view
