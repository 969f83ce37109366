"""Build timers for the pure SLA function from local-time event lists."""

from __future__ import annotations

from datetime import datetime, timezone

from casework.pathways import load_pathways
from casework.sla.engine import EventFact, ReferralFacts, compute_timer
from casework.timeutil import LONDON

PATHWAYS = load_pathways()


def local(text: str, fold: int = 0) -> datetime:
    """'2026-06-15 10:00' in Europe/London (fold=1 for the second reading of October's repeated hour)."""
    naive = datetime.fromisoformat(text)
    return naive.replace(tzinfo=LONDON, fold=fold).astimezone(timezone.utc)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def events(*items) -> list[EventFact]:
    """items: (kind, instant) or (kind, instant, details)."""
    built = []
    for index, item in enumerate(items, start=1):
        kind, at, *rest = item
        built.append(EventFact(index, kind, at, rest[0] if rest else {}))
    return built


def timer(pathway: str, rule_id: str, evs: list[EventFact], as_of: datetime, *, nation: str = "england",
          home: str | None = None, closed_at: datetime | None = None, rule=None):
    p = PATHWAYS.get(pathway)
    rule = rule or p.sla_rule(rule_id)
    received = min(e.occurred_at for e in evs) if evs else as_of
    facts = ReferralFacts(received, closed_at, home if home is not None else (p.service_area[0] if p.service_area else None),
                          p.service_area)
    return compute_timer(rule, rule.calendar.build(nation), facts, evs, as_of)
