"""What a referral's young person brings with them: their other referrals on any pathway, their risk
flags, and — for a young person from outside the pathway's service area — the MASH safeguarding
referral task.

The MASH task is the pathway's ``applies_when = "out_of_area"`` SLA rule (Act Now's ``mash_referral``:
started when the young person is seen in custody, stopped by a ``mash_referral_sent`` event) seen as a
task: which MASH (the home local authority's), whether and when it was sent and by whom, and the
clock. Its alerts and breaches are those of any timer (the SLA sweep makes them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from ..errors import NotFound
from ..sla import cache
from ..sla.engine import compute_timer
from ..sla.rules import SlaRule
from ..store.models import Event, Referral, SlaTimer, User
from . import access
from .access import require
from .actor import Actor
from .context import Context
from .matching import MatchReferral, match_referral
from .risk import RiskFlagView, active_flags
from .views import JsonView

OUT_OF_AREA = "out_of_area"
# Why a MASH referral is or is not needed (codes; the UI words them).
MASH_NEEDED = "out_of_area"
MASH_IN_AREA = "in_service_area"
MASH_AREA_UNKNOWN = "home_area_unknown"


@dataclass(frozen=True)
class MashTask(JsonView):
    referral_id: int
    rule_id: str
    rule_label: str
    needed: bool
    reason: str
    """out_of_area (needed), in_service_area, or home_area_unknown (record the home authority to know)."""
    home_local_authority: str | None
    mash: str | None
    """The MASH to refer to: the home local authority's."""
    state: str
    """The SLA timer's state (not_started until the young person is seen, running, warning, breached, met …)."""
    started_at: datetime | None = None
    due_at: datetime | None = None
    sent_at: datetime | None = None
    sent_by: str | None = None
    sent_to: str | None = None
    reference: str | None = None
    event_id: int | None = None
    event_kind: str = ""
    """The event kind that records the referral as sent (for the "Record MASH referral sent" action)."""

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


@dataclass(frozen=True)
class ReferralOverlap(JsonView):
    referral_id: int
    person_id: int
    other_referrals: list[MatchReferral] = field(default_factory=list)
    """The person's other referrals the actor may read."""
    risk_flags: list[RiskFlagView] = field(default_factory=list)
    mash: MashTask | None = None
    hidden_referrals: int = 0
    """How many other referrals of the person the actor may not open (held elsewhere): a count only."""

    @property
    def open_elsewhere(self) -> list[MatchReferral]:
        return [r for r in self.other_referrals if r.open]


def mash_name(home_local_authority: str | None) -> str | None:
    return f"{home_local_authority} MASH" if home_local_authority else None


def _mash_rule(rules: tuple[SlaRule, ...]) -> SlaRule | None:
    return next((r for r in rules if r.applies_when == OUT_OF_AREA), None)


def _mash_task(session, ctx: Context, referral: Referral) -> MashTask | None:
    pathway = ctx.pathways.get(referral.pathway)
    rule = _mash_rule(pathway.sla_rules)
    if rule is None:
        return None
    facts, nation, events = cache.load_facts(session, pathway, referral)
    timer = compute_timer(rule, rule.calendar.build(nation), facts, events, ctx.clock.now())
    home = facts.home_local_authority
    if not home:
        reason = MASH_AREA_UNKNOWN
    elif home.casefold() in {a.casefold() for a in pathway.service_area}:
        reason = MASH_IN_AREA
    else:
        reason = MASH_NEEDED
    stop_kinds = [m.kind for m in rule.stop]
    sent = session.execute(
        select(Event, User.display_name).join(User, User.id == Event.recorded_by_id)
        .where(Event.referral_id == referral.id, Event.kind.in_(stop_kinds), Event.voided_at.is_(None))
        .order_by(Event.occurred_at, Event.id).limit(1)).first()
    event, by = sent if sent is not None else (None, None)
    details = dict(event.details or {}) if event is not None else {}
    return MashTask(
        referral_id=referral.id, rule_id=rule.id, rule_label=rule.label, needed=reason == MASH_NEEDED,
        reason=reason, home_local_authority=home, mash=mash_name(home), state=timer.state.value,
        started_at=timer.started_at, due_at=timer.due_at,
        sent_at=event.occurred_at if event is not None else None, sent_by=by,
        sent_to=details.get("mash"), reference=details.get("reference"),
        event_id=event.id if event is not None else None, event_kind=stop_kinds[0],
    )


def referral_overlap(ctx: Context, actor: Actor, referral_id: int) -> ReferralOverlap:
    """The young person's other referrals (open first, any pathway), risk flags and MASH task.

    Needs read rights on the referral. Of the other referrals only those the actor may read are
    given; the rest are only counted (``hidden_referrals``), with nothing about them."""
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        referral = access.load_readable_referral(ctx, s, actor, referral_id, action="read_referral_overlap")
        mine = access.readable_referrals(actor)
        same_person = (Referral.person_id == referral.person_id, Referral.id != referral.id)
        others = s.scalars(select(Referral).where(*same_person, mine)
                           .order_by(Referral.closed_at.is_not(None), Referral.received_at.desc(), Referral.id.desc()))
        hidden = s.scalar(select(func.count()).select_from(Referral).where(*same_person, ~mine)) or 0
        return ReferralOverlap(
            referral_id=referral.id, person_id=referral.person_id,
            other_referrals=[match_referral(ctx, r) for r in others],
            risk_flags=active_flags(s, ctx.pathways, [referral.person_id]).get(referral.person_id, []),
            mash=_mash_task(s, ctx, referral),
            hidden_referrals=int(hidden),
        )


def mash_tasks(ctx: Context, actor: Actor, *, limit: int = 200) -> list[MashTask]:
    """MASH referrals still to send on open referrals, soonest due first (from the SLA timer cache:
    the timers of the MASH rules that are waiting, running, warning or breached), on the referrals
    the actor may read."""
    require(ctx, actor, "read_cases")
    rules = {p.id: rule.id for p in ctx.pathways if (rule := _mash_rule(p.sla_rules)) is not None}
    if not rules:
        return []
    with ctx.read() as s:
        query = (select(Referral).join(SlaTimer, SlaTimer.referral_id == Referral.id)
                 .where(SlaTimer.state.in_(("not_started", "running", "warning", "breached")),
                        SlaTimer.rule_id.in_(set(rules.values())), Referral.closed_at.is_(None),
                        access.readable_referrals(actor))
                 .order_by(SlaTimer.due_at.is_(None), SlaTimer.due_at, Referral.id).limit(limit))
        tasks = []
        for referral in s.scalars(query):
            if rules.get(referral.pathway) is None:
                continue
            task = _mash_task(s, ctx, referral)
            if task is not None and task.needed and not task.sent:
                tasks.append(task)
    return tasks
