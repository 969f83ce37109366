"""Taking in many referrals at once (the spreadsheet import): the rows intake writes, in bulk.

:func:`insert_referrals` writes what :func:`casework.services.referrals.insert_referral` writes for
each referral (the new person, the referral, its first event, note and assignment, its SLA timers
with their alerts and breaches, and the audit entries, in the same order), but as a handful of
multi-row inserts instead of a flush and a timer rewrite per row: the timers of a referral being
taken in are a pure function of facts already in memory (``sla.cache.plan_timers``), so they are
worked out before anything is written and go in with one insert per table. A test imports the same
rows both ways and compares every row written.

The caller owns the transaction and has already run every check (``referrals.prepare_referral`` and
``resolve_referral`` for each row, inside the same transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..sla import cache
from ..sla.engine import EventFact, ReferralFacts, Timer, TimerState
from ..store.models import Contact, Event, Person, Referral
from . import audit
from .actor import Actor
from .context import Context
from .people import EDITABLE
from .referrals import PreparedReferral, ResolvedReferral

# progress(step, done, total): step is one of these codes (the UI words them).
STEP_PEOPLE, STEP_REFERRALS, STEP_EVENTS, STEP_TIMERS, STEP_AUDIT = "people", "referrals", "events", "timers", "audit"
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BulkReferral:
    """One referral to take in. Its person is new (``prepared.person``), already held
    (``resolved.existing``) or the new person of an earlier item of the same list (``same_person_as``,
    that item's index)."""

    prepared: PreparedReferral
    resolved: ResolvedReferral
    same_person_as: int | None = None


def _returning_ids(s: Session, table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (multi-row statements) and return their new ids in the order of ``rows``."""
    if not rows:
        return []
    return list(s.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())


@dataclass(frozen=True)
class Written:
    referral_ids: list[int]
    timers: list[list[Timer]]  # each referral's timers as written


def insert_referrals(s: Session, ctx: Context, actor: Actor, items: list[BulkReferral], now: datetime, *,
                     untracked_before: datetime | None = None, progress: Progress | None = None) -> Written:
    """Write ``items`` (checked) in the caller's transaction; returns the new referral ids, in order, and
    their timers. ``untracked_before`` as for ``referrals.insert_referral``."""
    total = len(items)

    def told(step: str) -> None:
        if progress is not None:
            progress(step, total, total)

    # 1. new people (and their contacts)
    new_people = [i for i, item in enumerate(items) if item.resolved.existing is None and item.same_person_as is None]
    for i in new_people:
        assert items[i].prepared.person is not None
    person_ids = _returning_ids(s, Person.__table__, [_person_row(items[i].prepared, now) for i in new_people])
    person_of: dict[int, int] = dict(zip(new_people, person_ids, strict=True))
    contacts = [dict(person_id=person_of[i], name=c.name, relationship=c.relationship, phone=c.phone,
                     is_parent_carer=c.is_parent_carer)
                for i in new_people for c in items[i].prepared.person.contacts]  # type: ignore[union-attr]
    if contacts:
        s.execute(insert(Contact.__table__), contacts)
    told(STEP_PEOPLE)

    # 2. each referral's person, events (ids to come) and timers, worked out in memory
    people = [item.resolved.existing.id if item.resolved.existing is not None
              else person_of[i if item.same_person_as is None else item.same_person_as]
              for i, item in enumerate(items)]
    events = [_events(item) for item in items]
    planned = plan_timers(items, now, untracked_before=untracked_before)

    # 3. referrals
    referral_rows = []
    for i, item in enumerate(items):
        prepared, resolved = item.prepared, item.resolved
        _timers, due, warn = planned[i]
        referral_rows.append(dict(
            pathway=prepared.pathway.id, source=prepared.new.source, person_id=people[i],
            site_id=resolved.site.id if resolved.site else None, team_id=resolved.team.id if resolved.team else None,
            assigned_user_id=resolved.assignee.id if resolved.assignee else None,
            stage=prepared.pathway.initial_stage, received_at=prepared.received_at, closed_at=None, outcome=None,
            next_due_at=due, next_warn_at=warn, created_at=now, updated_at=now, version=1, erased_at=None,
            sla_untracked_before=untracked_before))
    referral_ids = _returning_ids(s, Referral.__table__, referral_rows)
    told(STEP_REFERRALS)

    # 4. events
    event_rows = [dict(referral_id=referral_ids[i], kind=kind, occurred_at=item.prepared.received_at, recorded_at=now,
                       recorded_by_id=actor.user_id, details=details, note=note, voided_at=None, voided_by_id=None,
                       void_reason=None, corrects_event_id=None)
                  for i, item in enumerate(items) for kind, details, note in events[i]]
    event_ids = iter(_returning_ids(s, Event.__table__, event_rows))
    told(STEP_EVENTS)

    # 5. timers, alerts, breaches
    cache.insert_new_timers(s, [
        cache.NewTimers(referral_ids[i], item.prepared.pathway.id,
                        item.resolved.team.id if item.resolved.team else None,
                        item.resolved.assignee.id if item.resolved.assignee else None, planned[i][0])
        for i, item in enumerate(items)], now)
    told(STEP_TIMERS)

    # 6. the audit entries intake writes, in its order: person, referral, each event
    for i, item in enumerate(items):
        prepared, resolved = item.prepared, item.resolved
        if i in person_of:
            person = prepared.person
            assert person is not None
            audit.record(s, actor, now, "create", "person", person_of[i],
                         after={**{name: getattr(person, name) for name in EDITABLE}, "contacts": len(person.contacts)})
        audit.record(s, actor, now, "create", "referral", referral_ids[i],
                     after={"pathway": prepared.pathway.id, "source": prepared.new.source, "person_id": people[i],
                            "site": prepared.new.site, "team": resolved.team.name if resolved.team else None,
                            "assigned_to": resolved.assignee.username if resolved.assignee else None,
                            "received_at": prepared.received_at})
        for kind, details, note in events[i]:
            audit.record(s, actor, now, "record_event", "referral", referral_ids[i],
                         after={"event_id": next(event_ids), "kind": kind, "occurred_at": prepared.received_at,
                                "details": details, "note": bool(note)})
    told(STEP_AUDIT)
    return Written(referral_ids, [timers for timers, _due, _warn in planned])


def plan_timers(items: list[BulkReferral], now: datetime, *, untracked_before: datetime | None = None,
                ) -> list[tuple[list[Timer], datetime | None, datetime | None]]:
    """Each item's SLA timers as of ``now`` and its next deadline (due, first warning), as they will be
    written: from the facts in memory, before anything is (``sla.cache.plan_timers``)."""
    planned = []
    provisional = 0
    for i, item in enumerate(items):
        prepared, site = item.prepared, item.resolved.site
        if item.resolved.existing is not None:
            home_la = item.resolved.existing.home_local_authority
        else:
            owner = items[i if item.same_person_as is None else item.same_person_as]
            home_la = owner.prepared.person.home_local_authority if owner.prepared.person is not None else None
        facts = ReferralFacts(prepared.received_at, None, home_la, prepared.pathway.service_area, untracked_before)
        nation = site.nation.value if site is not None and site.nation is not None else cache.DEFAULT_NATION
        known = []
        for kind, details, _note in _events(item):
            provisional += 1  # in the order they will be written: ids only break ties between equal times
            known.append(EventFact(provisional, kind, prepared.received_at, dict(details)))
        planned.append(cache.plan_timers(prepared.pathway, facts, nation, known, now))
    return planned


def overdue(timers: list[Timer]) -> list[Timer]:
    """The clocks whose deadline has passed unmet (as of their computation): breached, met late, or
    imported — not tracked."""
    return [t for t in timers if t.state in (TimerState.BREACHED, TimerState.MET_LATE, TimerState.NOT_TRACKED)]


def _person_row(prepared: PreparedReferral, now: datetime) -> dict[str, Any]:
    person = prepared.person
    assert person is not None
    return dict(given_name=person.given_name, family_name=person.family_name, date_of_birth=person.date_of_birth,
                gender=person.gender, home_local_authority=person.home_local_authority, postcode=person.postcode,
                pnc_id=person.pnc_id, nhs_number=person.nhs_number, created_at=now, updated_at=now, version=1,
                erased_at=None)


def _events(item: BulkReferral) -> list[tuple[str, dict[str, Any], str | None]]:
    """(kind, details, note) of the events intake records for a new referral, in its order."""
    prepared, assignee = item.prepared, item.resolved.assignee
    found: list[tuple[str, dict[str, Any], str | None]] = []
    if prepared.first_kind:
        found.append((prepared.first_kind, prepared.first_details, prepared.note))
    elif prepared.note:
        found.append(("note", {}, prepared.note))
    if assignee is not None:
        found.append(("assigned", {"to_user": assignee.username}, None))
    return found
