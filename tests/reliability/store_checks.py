"""Checks of a whole store after crashes and races: the engine's own consistency checks, and that
every referral in it was written whole (person, contacts, first events, audit entry, SLA timers)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import time

from sqlalchemy import Engine, func, select, text

from casework.pathways import PathwayRegistry
from casework.store.models import AuditEntry, Base, Contact, Event, Person, Referral, SlaTimer


def engine_checks(engine: Engine) -> None:
    """PRAGMA integrity_check and foreign_key_check on SQLite; on PostgreSQL, that no transaction of a
    dead client is left open (the server rolled back what the killed process had not committed)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        else:
            # The server notices a dead client as soon as it next reads from it; give it a moment.
            deadline = time.monotonic() + 10
            while True:
                stuck = conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()")).scalar()
                if stuck == 0 or time.monotonic() > deadline:
                    break
                conn.rollback()
                time.sleep(0.05)
            assert stuck == 0, "a killed client's transaction is still open"


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


@dataclass
class Completeness:
    referrals: int = 0
    rows: int = 0
    last: tuple[int, int] = (0, 0)  # the highest referral and person ids seen


def check_referrals_whole(engine: Engine, pathways: PathwayRegistry, *, contacts_per_person: int | None = None,
                          first_events: dict[str, tuple[str, ...]] | None = None,
                          since: tuple[int, int] = (0, 0)) -> Completeness:
    """Every referral in the store is whole: no half-written create or event is visible.

    - its person exists and (when given) has ``contacts_per_person`` contacts; no person without a referral;
    - its first events (per pathway, e.g. custody_notified and assigned) are there, with an audit entry
      for the referral's creation and one per event;
    - it has one SLA timer per rule of its pathway, each rewritten no earlier than its latest event
      was recorded (the cache is written in the event's transaction).
    """
    result = Completeness()
    since_referral, since_person = since
    with engine.connect() as conn:
        referrals = conn.execute(select(Referral.id, Referral.pathway, Referral.person_id)
                                 .where(Referral.id > since_referral)).all()
        events = defaultdict(list)
        for referral_id, kind, recorded_at in conn.execute(
                select(Event.referral_id, Event.kind, Event.recorded_at).where(Event.referral_id > since_referral)):
            events[referral_id].append((kind, recorded_at))
        timers = defaultdict(list)
        for referral_id, rule_id, computed_at in conn.execute(
                select(SlaTimer.referral_id, SlaTimer.rule_id, SlaTimer.computed_at)
                .where(SlaTimer.referral_id > since_referral)):
            timers[referral_id].append((rule_id, computed_at))
        # The people of those referrals, and any person newer than the last check (ids of the two
        # tables need not keep step: a PostgreSQL sequence does not roll back).
        theirs = select(Referral.person_id).where(Referral.id > since_referral)
        wanted = (Person.id > since_person) | Person.id.in_(theirs)
        people = set(conn.execute(select(Person.id).where(wanted)).scalars())
        contacts = dict(conn.execute(select(Contact.person_id, func.count())
                                     .where((Contact.person_id > since_person) | Contact.person_id.in_(theirs))
                                     .group_by(Contact.person_id)).all())
        audited = defaultdict(int)
        for entity_id, action in conn.execute(select(AuditEntry.entity_id, AuditEntry.action)
                                              .where(AuditEntry.entity_type == "referral",
                                                     AuditEntry.entity_id > since_referral)):
            audited[(entity_id, action)] += 1
        for referral_id, pathway_id, person_id in referrals:
            pathway = pathways.get(pathway_id)
            assert person_id in people, f"referral {referral_id}: person {person_id} missing"
            if contacts_per_person is not None:
                assert contacts.get(person_id, 0) == contacts_per_person, f"person {person_id}: contacts partial"
            kinds = [k for k, _ in events[referral_id]]
            for kind in (first_events or {}).get(pathway_id, ()):
                assert kind in kinds, f"referral {referral_id}: first event {kind} missing"
            assert audited[(referral_id, "create")] == 1, f"referral {referral_id}: creation not audited"
            assert audited[(referral_id, "record_event")] == len(kinds), f"referral {referral_id}: event audit partial"
            rules = sorted(r for r, _ in timers[referral_id])
            assert rules == sorted(r.id for r in pathway.sla_rules), f"referral {referral_id}: timers {rules}"
            latest = max(at for _, at in events[referral_id])
            assert all(at >= latest for _, at in timers[referral_id]), f"referral {referral_id}: stale timers"
            result.referrals += 1
            result.rows += 1 + 1 + contacts.get(person_id, 0) + len(kinds) + len(rules) + 1 + len(kinds)
        result.last = (max([since_referral, *(r for r, _, _ in referrals)]),
                       max([since_person, *people]))
        referred = set(conn.execute(select(Referral.person_id).where(Referral.person_id.in_(people))).scalars())
        orphans = people - referred
        assert not orphans, f"people without a referral (half-written intake): {sorted(orphans)[:5]}"
    return result
