"""Referrals and their events: intake, recording what happened, stage moves, assignment, closure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import Conflict, NotFound, ValidationError
from ..pathways import CLOSED_STAGE, Pathway
from ..sla.cache import refresh_timers
from ..store.models import Event, Person, Referral, Team, User
from ..timeutil import age_on, format_local, require_aware, to_local
from ..validation import clean_text, valid_id
from . import access, audit, followups
from .access import require
from .actor import ROLE_WORDS, Actor
from .context import Context
from .directory import find_site, find_team, find_user
from .people import PersonInput, add_person, clean_person, person_view
from .views import EventView, ReferralDetail, ReferralSummary
from ..i18n import L_, N_, _, pathway_word, said

MAX_NOTE = 10_000


@dataclass(frozen=True)
class NewReferral:
    pathway: str
    source: str
    person: PersonInput | None = None
    person_id: int | None = None
    received_at: datetime | None = None
    site: str | None = None
    team: str | None = None
    assigned_to: str | None = None
    first_event_details: dict[str, Any] | None = None
    note: str | None = None


def _note(text: str | None, field: str = "note") -> str | None:
    return clean_text(text, field, MAX_NOTE, multiline=True)


def _when(value: datetime | None, now: datetime, field: str, not_before: datetime | None = None,
          not_before_what: str = "") -> datetime:
    """An event time: defaults to now; never in the future; never before ``not_before``."""
    if value is None:
        return now
    when = require_aware(value, field)
    if when.year < 1900:
        raise ValidationError(field, "implausible", _("{when} is before 1900").format(when=format_local(when)))
    if when > now:
        raise ValidationError(field, "in_future", _("{when} is in the future").format(when=format_local(when)))
    if not_before is not None and when < not_before:
        raise ValidationError(field, "before_received",
                              _("{when} is before {what} ({then})").format(when=format_local(when), what=_(not_before_what),
                                                                          then=format_local(not_before)))
    return when


def _load(session: Session, referral_id: int, *, for_update: bool = False) -> Referral:
    # FOR NO KEY UPDATE: serialises writers of this referral without blocking the foreign-key checks
    # of rows that merely reference it (alerts, breaches), which a concurrent sweep inserts.
    referral = session.get(Referral, referral_id, with_for_update={"key_share": True} if for_update else None) \
        if valid_id(referral_id) else None
    if referral is None:
        raise NotFound("referral", referral_id)
    if for_update and referral.erased_at is not None:
        raise ValidationError("referral", "erased", _("referral {id} was erased under retention; nothing can be added to "
                                                      "it").format(id=referral_id))
    return referral


def _check_version(referral: Referral, expected: int | None) -> None:
    if expected is not None and referral.version != expected:
        raise Conflict("referral", referral.id, expected, referral.version)


def _check_open(referral: Referral) -> None:
    if referral.closed_at is not None:
        raise ValidationError("referral", "closed", _("referral {id} is closed").format(id=referral.id))


def _add_event(session: Session, actor: Actor, referral: Referral, kind: str, occurred_at: datetime,
               now: datetime, details: dict[str, Any], note: str | None) -> Event:
    event = Event(referral_id=referral.id, kind=kind, occurred_at=occurred_at, recorded_at=now,
                  recorded_by_id=actor.user_id, details=details, note=note)
    session.add(event)
    session.flush()
    audit.record(session, actor, now, "record_event", "referral", referral.id,
                 after={"event_id": event.id, "kind": kind, "occurred_at": occurred_at, "details": details,
                        "note": bool(note)})
    return event


def create_referral(ctx: Context, actor: Actor, new: NewReferral) -> ReferralDetail:
    """A referral for a new or an existing person; its source's first event is recorded at the received time."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    prepared = prepare_referral(ctx, new, now)
    with ctx.write() as s:
        resolved = resolve_referral(s, ctx, actor, prepared)
        referral = insert_referral(s, ctx, actor, prepared, resolved, now)
        return _detail(s, ctx, referral.id)


@dataclass(frozen=True)
class PreparedReferral:
    """A new referral whose own fields passed every check that needs no database (``prepare_referral``)."""

    new: NewReferral
    pathway: Pathway
    received_at: datetime
    first_kind: str | None
    first_details: dict[str, Any]
    note: str | None
    person: PersonInput | None  # cleaned; None for an existing person (``new.person_id``)


@dataclass(frozen=True)
class ResolvedReferral:
    """What ``resolve_referral`` found in the database for a prepared referral."""

    existing: Person | None
    site: Any
    team: Team | None
    assignee: User | None


def prepare_referral(ctx: Context, new: NewReferral, now: datetime) -> PreparedReferral:
    """The checks of a new referral that need no database; raises ValidationError naming the first bad field."""
    pathway = ctx.pathways.get(new.pathway)
    if new.source not in pathway.sources:
        raise ValidationError("source", "source_not_in_pathway",
                              _("{pathway} takes referrals from {sources}, not {source}").format(
                                  pathway=pathway_word(pathway.label), sources=", ".join(pathway.sources),
                                  source=repr(new.source)))
    received_at = _when(new.received_at, now, "received_at")
    first_kind = pathway.first_event.get(new.source)
    first_details = pathway.event_kind(first_kind).validate_details(new.first_event_details or {}) if first_kind else {}
    if new.first_event_details and not first_kind:
        raise ValidationError("details", "no_first_event", _("a {source} referral has no first event to carry details").format(
            source=new.source))
    note = _note(new.note)
    if (new.person is None) == (new.person_id is None):
        raise ValidationError("person", "required", _("give either a new person's details or an existing person"))
    cleaned = clean_person(new.person, to_local(now).date()) if new.person is not None else None
    return PreparedReferral(new, pathway, received_at, first_kind, first_details, note, cleaned)


def resolve_referral(s: Session, ctx: Context, actor: Actor, prepared: PreparedReferral,
                     cache: dict | None = None) -> ResolvedReferral:
    """The checks that read the database: the person, the age on the pathway, the site, the team (the
    actor's own: else an audited NotPermitted) and the assignee. ``cache`` (optional) keeps looked-up
    sites, teams and users between calls in one session."""
    new, pathway = prepared.new, prepared.pathway
    cache = {} if cache is None else cache

    def cached(kind: str, key: str, find):
        if (kind, key) not in cache:
            try:
                cache[(kind, key)] = find()
            except ValidationError as exc:
                cache[(kind, key)] = exc
        found = cache[(kind, key)]
        if isinstance(found, ValidationError):
            raise ValidationError(found.field, found.rule, found.message)
        return found

    existing = None
    if prepared.person is not None:
        dob = prepared.person.date_of_birth
    else:
        existing = s.get(Person, new.person_id) if valid_id(new.person_id) else None
        if existing is None:
            raise ValidationError("person_id", "unknown_person", _("no person with id {id}").format(id=new.person_id))
        if existing.erased_at is not None:
            raise ValidationError("person_id", "erased_person",
                                  _("person {id} was anonymised under retention; take the referral as a new person").format(
                                      id=new.person_id))
        dob = existing.date_of_birth
    assert dob is not None
    age = age_on(dob, to_local(prepared.received_at).date())
    if not pathway.age_min <= age <= pathway.age_max:
        raise ValidationError("date_of_birth", "age_out_of_range",
                              _("{pathway} is for ages {min}-{max}; this young person was {age} when referred").format(
                                  pathway=pathway_word(pathway.label), min=pathway.age_min, max=pathway.age_max, age=age))
    site = cached("site", new.site, lambda: find_site(s, new.site)) if new.site else None
    team = cached("team", new.team, lambda: find_team(s, new.team)) if new.team else None
    if team is None and actor.team_id is not None:
        team = s.get(Team, actor.team_id)
    if team is None or team.id != actor.team_id:
        raise access.refuse(ctx, actor, "create_referral", L_("a referral is taken in for your own team"),
                            entity_type="referral")
    assignee = cached("user", new.assigned_to, lambda: find_user(s, new.assigned_to, "assigned_to")) \
        if new.assigned_to else None
    if assignee is not None:
        _check_assignable(assignee, team)
    return ResolvedReferral(existing, site, team, assignee)


def insert_referral(s: Session, ctx: Context, actor: Actor, prepared: PreparedReferral,
                    resolved: ResolvedReferral, now: datetime, *,
                    untracked_before: datetime | None = None) -> Referral:
    """Write a prepared and resolved referral (its person if new, first event, assignment, timers), audited.
    ``untracked_before`` (an import's instant): SLA deadlines at or before it are not tracked
    (``Referral.sla_untracked_before``). The caller owns the transaction."""
    new, pathway = prepared.new, prepared.pathway
    team, site, assignee = resolved.team, resolved.site, resolved.assignee
    received_at, note, first_kind = prepared.received_at, prepared.note, prepared.first_kind
    person = add_person(s, actor, prepared.person, now) if prepared.person is not None else resolved.existing
    assert person is not None
    referral = Referral(
        pathway=pathway.id, source=new.source, person_id=person.id, site_id=site.id if site else None,
        team_id=team.id if team else None, assigned_user_id=assignee.id if assignee else None,
        stage=pathway.initial_stage, received_at=received_at, created_at=now, updated_at=now,
        sla_untracked_before=untracked_before,
    )
    s.add(referral)
    s.flush()
    audit.record(s, actor, now, "create", "referral", referral.id,
                 after={"pathway": pathway.id, "source": new.source, "person_id": person.id,
                        "site": new.site, "team": team.name if team else None,
                        "assigned_to": assignee.username if assignee else None, "received_at": received_at})
    if first_kind:
        _add_event(s, actor, referral, first_kind, received_at, now, prepared.first_details, note)
    elif note:
        _add_event(s, actor, referral, "note", received_at, now, {}, note)
    if assignee is not None:
        _add_event(s, actor, referral, "assigned", received_at, now, {"to_user": assignee.username}, None)
    refresh_timers(s, ctx.pathways, referral.id, now)
    return referral


def _check_assignable(user: User, team: Team | None) -> None:
    if not user.active:
        raise ValidationError("assigned_to", "inactive_user", _("{user} is not an active user").format(user=user.username))
    if user.role.value not in ("caseworker", "team_lead"):
        raise ValidationError("assigned_to", "not_a_caseworker",
                              _("{user} is a {role}; referrals go to caseworkers and team leads").format(
                                  user=user.username, role=said(ROLE_WORDS.get(user.role.value, user.role.value))))
    if team is not None and user.team_id != team.id:
        raise ValidationError("assigned_to", "other_team", _("{user} is not in team {team}").format(user=user.username,
                                                                                                   team=team.name))


def record_event(ctx: Context, actor: Actor, referral_id: int, kind: str, *, occurred_at: datetime | None = None,
                 details: dict[str, Any] | None = None, note: str | None = None) -> EventView:
    """Record what happened. Back-dating is allowed, but never to before the referral was received."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    note = _note(note)
    with ctx.write() as s:
        # The row lock serialises writers of one referral, so each rewrites the timers seeing the other's event.
        referral = _load(s, referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="record_event")
        pathway = ctx.pathways.get(referral.pathway)
        event_kind = pathway.event_kind(kind)
        if event_kind is None:
            known = ", ".join(k.id for k in pathway.event_kinds if not k.system)
            raise ValidationError("kind", "unknown_event_kind",
                                  _("{pathway} has no event {kind} (events: {known})").format(
                                      pathway=pathway_word(pathway.label), kind=repr(kind), known=known))
        if event_kind.system:
            raise ValidationError("kind", "system_event",
                                  _("{kind} is recorded by moving, assigning or closing the referral").format(
                                      kind=repr(pathway_word(event_kind.label))))
        if kind != "note":
            _check_open(referral)
        cleaned = event_kind.validate_details(details or {})
        when = _when(occurred_at, now, "occurred_at", referral.received_at, N_("the referral was received"))
        if kind == "note" and not note:
            raise ValidationError("note", "required", _("a note needs its text"))
        event = _add_event(s, actor, referral, kind, when, now, cleaned, note)
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _event_view(event, pathway, actor.username)


def void_event(ctx: Context, actor: Actor, event_id: int, reason: str) -> EventView:
    """Mark a mistaken event void. It stays on the record, stops counting, and every timer re-times."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    reason_text = _note(reason, "reason")
    if not reason_text:
        raise ValidationError("reason", "required", _("say why the event is void"))
    with ctx.write() as s:
        event = s.get(Event, event_id) if valid_id(event_id) else None
        if event is None:
            raise NotFound("event", event_id)
        referral = _load(s, event.referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="void_event")
        pathway = ctx.pathways.get(referral.pathway)
        _check_voidable(event, pathway)
        event.voided_at, event.voided_by_id, event.void_reason = now, actor.user_id, reason_text
        s.flush()
        audit.record(s, actor, now, "void_event", "referral", referral.id,
                     before={"event_id": event.id, "voided_at": None}, after={"event_id": event.id, "voided_at": now,
                                                                             "reason": reason_text})
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _event_view(event, pathway, actor.username)


def correct_event(ctx: Context, actor: Actor, event_id: int, *, occurred_at: datetime | None = None,
                  details: dict[str, Any] | None = None, note: str | None = None,
                  reason: str = "corrected") -> EventView:
    """Replace an event with a corrected copy: the original is voided, the copy points back at it."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    reason = _note(reason, "reason") or "corrected"
    with ctx.write() as s:
        original = s.get(Event, event_id) if valid_id(event_id) else None
        if original is None:
            raise NotFound("event", event_id)
        referral = _load(s, original.referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="correct_event")
        pathway = ctx.pathways.get(referral.pathway)
        _check_voidable(original, pathway)
        kind = pathway.event_kind(original.kind)
        cleaned = kind.validate_details(details if details is not None else dict(original.details or {}))
        when = _when(occurred_at or original.occurred_at, now, "occurred_at", referral.received_at,
                     N_("the referral was received"))
        original.voided_at, original.voided_by_id, original.void_reason = now, actor.user_id, reason
        copy = _add_event(s, actor, referral, original.kind, when, now, cleaned,
                          _note(note) if note is not None else original.note)
        copy.corrects_event_id = original.id
        s.flush()
        audit.record(s, actor, now, "correct_event", "referral", referral.id,
                     before={"event_id": original.id, "occurred_at": original.occurred_at, "details": original.details},
                     after={"event_id": copy.id, "occurred_at": when, "details": cleaned})
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _event_view(copy, pathway, actor.username)


def _check_voidable(event: Event, pathway: Pathway) -> None:
    if event.voided_at is not None:
        raise ValidationError("event", "already_void", _("event {id} is already void").format(id=event.id))
    kind = pathway.event_kind(event.kind)
    if kind is not None and kind.system:
        raise ValidationError("event", "system_event",
                              _("{kind} is undone by moving, assigning or closing the referral again").format(
                                  kind=repr(pathway_word(kind.label))))


def move_stage(ctx: Context, actor: Actor, referral_id: int, to_stage: str, *, expected_version: int | None = None,
               at: datetime | None = None, note: str | None = None) -> ReferralDetail:
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    note = _note(note)
    with ctx.write() as s:
        referral = _load(s, referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="move_stage")
        _check_version(referral, expected_version)
        _check_open(referral)
        pathway = ctx.pathways.get(referral.pathway)
        allowed = pathway.allowed_moves(referral.stage)
        if to_stage not in allowed:
            if pathway.stage(to_stage) is None:
                raise ValidationError("stage", "unknown_stage", _("{pathway} has no stage {stage}").format(
                    pathway=pathway_word(pathway.label), stage=repr(to_stage)))
            raise ValidationError(
                "stage", "transition_not_allowed",
                _("cannot move from {stage} to {to} (allowed: {allowed})").format(
                    stage=repr(pathway_word(pathway.stage_label(referral.stage))),
                    to=repr(pathway_word(pathway.stage_label(to_stage))), allowed=", ".join(allowed) or _("none")),
            )
        when = _when(at, now, "at", referral.received_at, N_("the referral was received"))
        before = referral.stage
        referral.stage = to_stage
        referral.updated_at = now
        s.flush()
        _add_event(s, actor, referral, "stage_moved", when, now, {"from_stage": before, "to_stage": to_stage}, note)
        audit.record(s, actor, now, "update", "referral", referral.id, before={"stage": before}, after={"stage": to_stage})
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _detail(s, ctx, referral.id)


def assign(ctx: Context, actor: Actor, referral_id: int, username: str, *, expected_version: int | None = None,
           at: datetime | None = None) -> ReferralDetail:
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    with ctx.write() as s:
        referral = _load(s, referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="assign")
        _check_version(referral, expected_version)
        _check_open(referral)
        user = find_user(s, username, "assigned_to")
        team = s.get(Team, referral.team_id) if referral.team_id else None
        _check_assignable(user, team)
        when = _when(at, now, "at", referral.received_at, N_("the referral was received"))
        previous = s.get(User, referral.assigned_user_id) if referral.assigned_user_id else None
        referral.assigned_user_id = user.id
        referral.updated_at = now
        s.flush()
        details = {"to_user": user.username}
        if previous is not None:
            details["from_user"] = previous.username
        _add_event(s, actor, referral, "assigned", when, now, details, None)
        audit.record(s, actor, now, "update", "referral", referral.id,
                     before={"assigned_to": previous.username if previous else None},
                     after={"assigned_to": user.username})
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _detail(s, ctx, referral.id)


def close_referral(ctx: Context, actor: Actor, referral_id: int, outcome: str, *,
                   expected_version: int | None = None, at: datetime | None = None,
                   note: str | None = None) -> ReferralDetail:
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    note = _note(note)
    with ctx.write() as s:
        referral = _load(s, referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="close_referral")
        _check_version(referral, expected_version)
        _check_open(referral)
        pathway = ctx.pathways.get(referral.pathway)
        if outcome not in pathway.outcomes:
            raise ValidationError("outcome", "choice",
                                  _("{pathway} outcomes are {outcomes}; not {outcome}").format(
                                      pathway=pathway_word(pathway.label), outcomes=", ".join(pathway.outcomes),
                                      outcome=repr(outcome)))
        when = _when(at, now, "at", referral.received_at, N_("the referral was received"))
        before = {"stage": referral.stage, "closed_at": None, "outcome": None}
        referral.closed_at = when
        referral.outcome = outcome
        referral.stage = CLOSED_STAGE
        referral.updated_at = now
        s.flush()
        closure = _add_event(s, actor, referral, "closed", when, now, {"outcome": outcome, "from_stage": before["stage"]},
                             note)
        audit.record(s, actor, now, "update", "referral", referral.id, before=before,
                     after={"stage": CLOSED_STAGE, "closed_at": when, "outcome": outcome})
        followups.schedule(s, actor, referral, closure.id, now)
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _detail(s, ctx, referral.id)


def reopen_referral(ctx: Context, actor: Actor, referral_id: int, reason: str, *,
                    expected_version: int | None = None) -> ReferralDetail:
    """Undo a closure made in error (or a case coming back): the closed event is voided with the reason, the
    referral returns to the stage it was closed from, and the closure's follow-up checks are cancelled."""
    require(ctx, actor, "write_cases", entity_type="referral", entity_id=referral_id)
    now = ctx.clock.now()
    reason_text = _note(reason)
    if not reason_text:
        raise ValidationError("reason", "required", _("say why the referral is reopened"))
    with ctx.write() as s:
        referral = _load(s, referral_id, for_update=True)
        access.require_change_referral(ctx, actor, referral, action="reopen_referral")
        _check_version(referral, expected_version)
        if referral.closed_at is None:
            raise ValidationError("referral", "not_closed", _("referral {id} is open").format(id=referral.id))
        pathway = ctx.pathways.get(referral.pathway)
        closure = s.scalar(select(Event).where(Event.referral_id == referral.id, Event.kind == "closed",
                                               Event.voided_at.is_(None)).order_by(Event.id.desc()).limit(1))
        back_to = (closure.details or {}).get("from_stage") if closure is not None else None
        if not back_to or pathway.stage(back_to) is None:
            back_to = pathway.initial_stage
        before = {"stage": referral.stage, "closed_at": referral.closed_at, "outcome": referral.outcome}
        outcome = referral.outcome or ""
        if closure is not None:
            closure.voided_at, closure.voided_by_id, closure.void_reason = now, actor.user_id, reason_text
        referral.closed_at, referral.outcome, referral.stage, referral.updated_at = None, None, back_to, now
        s.flush()
        _add_event(s, actor, referral, "reopened", now, now, {"outcome": outcome, "reason": reason_text}, None)
        audit.record(s, actor, now, "reopen", "referral", referral.id, before=before,
                     after={"stage": back_to, "closed_at": None, "outcome": None, "reason": reason_text})
        followups.cancel_for_referral(s, actor, referral.id, now)
        refresh_timers(s, ctx.pathways, referral.id, now)
        return _detail(s, ctx, referral.id)


def get_referral(ctx: Context, actor: Actor, referral_id: int, *, view: str | None = "open") -> ReferralDetail:
    """One referral with its person and events. Opening it is a view, audited as ``view`` with
    ``via=view``; a caller reloading a record it already has open passes ``view=None``."""
    require(ctx, actor, "read_cases", entity_type="referral", entity_id=referral_id)
    with ctx.read() as s:
        access.load_readable_referral(ctx, s, actor, referral_id)
        detail = _detail(s, ctx, referral_id)
    if view is not None:
        audit.record_view(ctx, actor, "referral", referral_id, via=view)
    return detail


def list_referrals(ctx: Context, actor: Actor, *, open_only: bool = False, pathway: str | None = None,
                   team: str | None = None, assigned_to: str | None = None, limit: int | None = None,
                   offset: int = 0) -> list[ReferralSummary]:
    require(ctx, actor, "read_cases")
    if pathway is not None:
        ctx.pathways.get(pathway)
    query = (select(Referral, Person, User.username, Team.name)
             .join(Person, Person.id == Referral.person_id)
             .outerjoin(User, User.id == Referral.assigned_user_id)
             .outerjoin(Team, Team.id == Referral.team_id)
             .options(selectinload(Referral.site))
             .where(access.readable_referrals(actor))
             .order_by(Referral.received_at.desc(), Referral.id.desc()))
    with ctx.read() as s:
        if open_only:
            query = query.where(Referral.closed_at.is_(None))
        if pathway:
            query = query.where(Referral.pathway == pathway)
        if team:
            query = query.where(Referral.team_id == find_team(s, team).id)
        if assigned_to:
            query = query.where(Referral.assigned_user_id == find_user(s, assigned_to, "assigned_to").id)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        rows = s.execute(query).all()
        result = []
        for referral, person, username, team_name in rows:
            p = ctx.pathways.get(referral.pathway)
            result.append(ReferralSummary(
                id=referral.id, pathway=referral.pathway, pathway_label=p.label, source=referral.source,
                person_id=person.id, person_name=f"{person.given_name} {person.family_name}",
                date_of_birth=person.date_of_birth, stage=referral.stage, stage_label=p.stage_label(referral.stage),
                assigned_to=username, team=team_name, site=referral.site.name if referral.site else None,
                received_at=referral.received_at, closed_at=referral.closed_at, outcome=referral.outcome,
                version=referral.version,
            ))
        return result


def _event_view(event: Event, pathway: Pathway, recorded_by: str) -> EventView:
    kind = pathway.event_kind(event.kind)
    return EventView(id=event.id, kind=event.kind, label=kind.label if kind else event.kind,
                     occurred_at=event.occurred_at, recorded_at=event.recorded_at, recorded_by=recorded_by,
                     details=dict(event.details or {}), note=event.note, voided_at=event.voided_at,
                     void_reason=event.void_reason, corrects_event_id=event.corrects_event_id)


def _detail(session: Session, ctx: Context, referral_id: int) -> ReferralDetail:
    if not valid_id(referral_id):
        raise NotFound("referral", referral_id)
    referral = session.scalar(
        select(Referral).where(Referral.id == referral_id)
        .options(selectinload(Referral.person).selectinload(Person.contacts),
                 selectinload(Referral.events).selectinload(Event.recorded_by),
                 selectinload(Referral.site), selectinload(Referral.team), selectinload(Referral.assigned_user))
    )
    if referral is None:
        raise NotFound("referral", referral_id)
    pathway = ctx.pathways.get(referral.pathway)
    events = sorted(referral.events, key=lambda e: (e.occurred_at, e.id))
    return ReferralDetail(
        id=referral.id, pathway=referral.pathway, pathway_label=pathway.label, source=referral.source,
        stage=referral.stage, stage_label=pathway.stage_label(referral.stage),
        allowed_moves=[] if referral.closed_at else list(pathway.allowed_moves(referral.stage)),
        assigned_to=referral.assigned_user.username if referral.assigned_user else None,
        team=referral.team.name if referral.team else None, site=referral.site.name if referral.site else None,
        received_at=referral.received_at, closed_at=referral.closed_at, outcome=referral.outcome,
        version=referral.version, person=person_view(referral.person),
        events=[_event_view(e, pathway, e.recorded_by.username) for e in events],
    )
