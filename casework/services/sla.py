"""SLA services: live timers, explanations, the sweep, alerts and breach review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from ..errors import Conflict, NotFound, NotPermitted, ValidationError
from ..sla import cache
from ..sla.engine import LIVE_STATES, TimerState
from ..sla.explain import explain as explain_timer
from ..store.models import Alert, Breach, Person, Referral, Role, Site, SlaTimer, Team, User
from ..timeutil import require_aware
from ..validation import clean_text, valid_id
from . import access, audit
from .access import require
from .actor import Actor
from .context import Context
from .directory import find_team, find_user
from .views import JsonView
from ..i18n import L_, N_, _

BREACH_REASONS = (
    "notified_late",
    "staff_unavailable",
    "young_person_unavailable",
    "family_unavailable",
    "custody_access_delayed",
    "out_of_hours",
    "recording_delay",
    "other",
)
REVIEW_STATES = ("awaiting_reason", "awaiting_review", "accepted", "challenged")
# A review state inside a sentence ("this breach is accepted").
REVIEW_STATE_WORDS = {"awaiting_reason": N_("awaiting a reason"), "awaiting_review": N_("awaiting review"),
                      "accepted": N_("accepted"), "challenged": N_("challenged"), "withdrawn": N_("withdrawn")}
STATES = tuple(s.value for s in TimerState)


@dataclass(frozen=True)
class TimerView(JsonView):
    referral_id: int
    pathway: str
    rule_id: str
    rule_label: str
    state: str
    started_at: datetime | None
    due_at: datetime | None
    stopped_at: datetime | None
    remaining_seconds: int | None
    person_name: str
    assigned_to: str | None
    team: str | None


@dataclass(frozen=True)
class Explanation(JsonView):
    referral_id: int
    rule_id: str
    rule_label: str
    state: str
    reason: str
    started_at: datetime | None
    due_at: datetime | None
    stopped_at: datetime | None
    remaining_seconds: int | None
    warn_times: list[datetime]
    pauses: list[list[datetime | None]]
    start_event_id: int | None
    stop_event_id: int | None
    lines: list[str]


@dataclass(frozen=True)
class AlertView(JsonView):
    id: int
    referral_id: int
    person_name: str
    rule_id: str
    rule_label: str
    threshold: str
    due_at: datetime | None
    created_at: datetime
    read_at: datetime | None
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class BreachView(JsonView):
    id: int
    referral_id: int
    person_name: str
    pathway: str
    rule_id: str
    rule_label: str
    team: str | None
    assigned_to: str | None
    due_at: datetime
    detected_at: datetime
    rescinded_at: datetime | None
    reason_category: str | None
    reason_text: str | None
    reason_by: str | None
    reason_at: datetime | None
    review_state: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_comment: str | None
    version: int


def _seconds(delta: timedelta | None) -> int | None:
    return None if delta is None else int(delta.total_seconds())


def _as_of(ctx: Context, as_of: datetime | None) -> datetime:
    return ctx.clock.now() if as_of is None else require_aware(as_of, "as_of")


# --- timers --------------------------------------------------------------------------------------

def list_timers(ctx: Context, actor: Actor, *, as_of: datetime | None = None, states: list[str] | None = None,
                team: str | None = None, pathway: str | None = None, assigned_to: str | None = None,
                limit: int | None = None) -> list[TimerView]:
    """Timers of open referrals (and those the filters ask for), as of an instant, soonest due first.

    Later than a timer's last rewrite, its state follows from the cache alone (only time has passed);
    for an earlier instant it is worked out again from the events.
    """
    require(ctx, actor, "read_cases")
    when = _as_of(ctx, as_of)
    for state in states or []:
        if state not in STATES:
            raise ValidationError("state", "choice", _("state must be one of {states}").format(states=", ".join(STATES)))
    if pathway is not None:
        ctx.pathways.get(pathway)
    worker = aliased(User)
    query = (select(SlaTimer, Referral, Person.given_name, Person.family_name, worker.username, Team.name, Site.nation)
             .join(Referral, Referral.id == SlaTimer.referral_id)
             .join(Person, Person.id == Referral.person_id)
             .outerjoin(worker, worker.id == Referral.assigned_user_id)
             .outerjoin(Team, Team.id == Referral.team_id)
             .outerjoin(Site, Site.id == Referral.site_id)
             .where(access.readable_referrals(actor))
             .where(SlaTimer.state != TimerState.NOT_APPLICABLE.value)
             .order_by(SlaTimer.due_at.is_(None), SlaTimer.due_at, SlaTimer.id))
    views = []
    with ctx.read() as s:
        if team:
            query = query.where(Referral.team_id == find_team(s, team).id)
        if assigned_to:
            query = query.where(Referral.assigned_user_id == find_user(s, assigned_to, "assigned_to").id)
        if pathway:
            query = query.where(Referral.pathway == pathway)
        if not states:
            query = query.where(Referral.closed_at.is_(None))
        for row, referral, given, family, username, team_name, nation in s.execute(query):
            p = ctx.pathways.get(referral.pathway)
            rule = p.sla_rule(row.rule_id)
            if rule is None:
                continue
            calendar = rule.calendar.build(nation.value if nation else cache.DEFAULT_NATION)
            if when >= row.computed_at:
                state, remaining = _state_from_cache(row, when, calendar)
                due, started, stopped = row.due_at, row.started_at, row.stopped_at
            else:
                facts, nat, events = cache.load_facts(s, p, referral)
                timer = next(t for t in cache.compute_all(p, facts, nat, events, when) if t.rule.id == rule.id)
                state, remaining = timer.state.value, timer.remaining
                due, started, stopped = timer.due_at, timer.started_at, timer.stopped_at
            if states and state not in states:
                continue
            views.append(TimerView(referral.id, referral.pathway, rule.id, rule.label, state, started, due, stopped,
                                   _seconds(remaining), f"{given} {family}", username, team_name))
            if limit is not None and len(views) >= limit:
                break
    return views


def _state_from_cache(row: SlaTimer, when: datetime, calendar) -> tuple[str, timedelta | None]:
    if row.state not in (s.value for s in LIVE_STATES):
        if row.stopped_at is not None and row.due_at is not None:
            return row.state, (calendar.elapsed(row.stopped_at, row.due_at) if row.stopped_at <= row.due_at
                               else -calendar.elapsed(row.due_at, row.stopped_at))
        return row.state, None
    assert row.due_at is not None
    if when > row.due_at:
        return TimerState.BREACHED.value, -calendar.elapsed(row.due_at, when)
    warn = [datetime.fromisoformat(w) for w in row.warn_times]
    state = TimerState.WARNING.value if warn and when >= warn[0] else TimerState.RUNNING.value
    return state, calendar.elapsed(when, row.due_at)


def explain(ctx: Context, actor: Actor, referral_id: int, *, as_of: datetime | None = None,
            view: str | None = "sla_explanation") -> list[Explanation]:
    """Each SLA clock of one referral in words: one record's content, so a view (``view=None`` when
    the record window that already recorded its view loads it)."""
    require(ctx, actor, "read_cases", entity_type="referral", entity_id=referral_id)
    when = _as_of(ctx, as_of)
    with ctx.read() as s:
        if not valid_id(referral_id):
            raise NotFound("referral", referral_id)
        referral = access.load_readable_referral(ctx, s, actor, referral_id, action="explain_timers")
        pathway = ctx.pathways.get(referral.pathway)
        facts, nation, events = cache.load_facts(s, pathway, referral)
    labels = {k.id: k.label for k in pathway.event_kinds}
    result = []
    for timer in cache.compute_all(pathway, facts, nation, events, when):
        result.append(Explanation(
            referral_id=referral_id, rule_id=timer.rule.id, rule_label=timer.rule.label, state=timer.state.value,
            reason=timer.reason, started_at=timer.started_at, due_at=timer.due_at, stopped_at=timer.stopped_at,
            remaining_seconds=_seconds(timer.remaining), warn_times=list(timer.warn_times),
            pauses=[[p, r] for p, r in timer.pauses],
            start_event_id=timer.start_event_id, stop_event_id=timer.stop_event_id,
            lines=explain_timer(timer, when, labels),
        ))
    if view is not None:
        audit.record_view(ctx, actor, "referral", referral_id, via=view)
    return result


def run_sweep(ctx: Context, *, as_of: datetime | None = None) -> cache.SweepResult:
    """Create the alerts and breaches that time has brought. Safe to run from many desktops at once."""
    when = _as_of(ctx, as_of)
    # Nearly every minute nothing is due: one indexed read on a held connection, no session.
    if not cache.quick_anything_due(ctx.quick, when):
        return cache.NOTHING_DUE
    with ctx.write() as s:
        result = cache.sweep(s, ctx.pathways, when)
        if result.alerts or result.breaches:
            audit.record(s, None, ctx.clock.now(), "sla_sweep", "sla_timer", None,
                         after={"as_of": when, "checked": result.checked, "warnings": result.warnings,
                                "breaches": result.breaches, "alerts": result.alerts})
    return result


def next_deadline(ctx: Context) -> datetime | None:
    """The next instant any live timer changes state: what the desktop arms its timer for."""
    return cache.quick_next_check(ctx.quick)


def rebuild_timers(ctx: Context, referral_ids: list[int] | None = None) -> int:
    """Recompute the cache for the given referrals (all when None); for repairs and bulk loads."""
    now = ctx.clock.now()
    with ctx.read() as s:
        ids = referral_ids if referral_ids is not None else list(s.scalars(select(Referral.id).order_by(Referral.id)))
    for start in range(0, len(ids), 500):
        with ctx.write() as s:
            for referral_id in ids[start:start + 500]:
                cache.refresh_timers(s, ctx.pathways, referral_id, now)
    return len(ids)


# --- alerts ----------------------------------------------------------------------------------------

def _rule_label(ctx: Context, pathway: str, rule_id: str) -> str:
    rule = ctx.pathways.get(pathway).sla_rule(rule_id)
    return rule.label if rule else rule_id


def list_alerts(ctx: Context, actor: Actor, *, unread_only: bool = False, limit: int = 200) -> list[AlertView]:
    query = (select(Alert, Referral.pathway, Person.given_name, Person.family_name)
             .join(Referral, Referral.id == Alert.referral_id).join(Person, Person.id == Referral.person_id)
             .where(Alert.user_id == actor.user_id, access.readable_referrals(actor))
             .order_by(Alert.created_at.desc(), Alert.id.desc()).limit(limit))
    if unread_only:
        query = query.where(Alert.read_at.is_(None))
    with ctx.read() as s:
        return [AlertView(a.id, a.referral_id, f"{g} {f}", a.rule_id, _rule_label(ctx, p, a.rule_id), a.threshold,
                          a.due_at, a.created_at, a.read_at, a.acknowledged_at)
                for a, p, g, f in s.execute(query)]


def unread_alert_count(ctx: Context, actor: Actor) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Alert.id)).join(Referral, Referral.id == Alert.referral_id)
                        .where(Alert.user_id == actor.user_id, Alert.read_at.is_(None),
                               access.readable_referrals(actor))) or 0


def mark_alerts_read(ctx: Context, actor: Actor, alert_ids: list[int] | None = None) -> int:
    """Mark the user's own alerts read (all unread ones when no ids are given)."""
    now = ctx.clock.now()
    with ctx.write() as s:
        stmt = (update(Alert).where(Alert.user_id == actor.user_id, Alert.read_at.is_(None)).values(read_at=now)
                .returning(Alert.id))
        if alert_ids is not None:
            stmt = stmt.where(Alert.id.in_(alert_ids))
        marked = sorted(s.scalars(stmt).all())
        if marked:
            audit.record(s, actor, now, "mark_read", "alert", marked[0] if len(marked) == 1 else None,
                         before={"read_at": None}, after={"read_at": now, "alert_ids": marked})
        return len(marked)


def acknowledge_alert(ctx: Context, actor: Actor, alert_id: int) -> AlertView:
    now = ctx.clock.now()
    with ctx.write() as s:
        alert = s.get(Alert, alert_id) if valid_id(alert_id) else None
        if alert is None or alert.user_id != actor.user_id:
            raise NotFound("alert", alert_id)
        before = {"read_at": alert.read_at, "acknowledged_at": alert.acknowledged_at}
        alert.read_at = alert.read_at or now
        alert.acknowledged_at = alert.acknowledged_at or now
        audit.record(s, actor, now, "acknowledge", "alert", alert.id, before=before,
                     after={"read_at": alert.read_at, "acknowledged_at": alert.acknowledged_at})
    return next(a for a in list_alerts(ctx, actor, limit=10_000) if a.id == alert_id)


# --- breaches ----------------------------------------------------------------------------------------

def list_breaches(ctx: Context, actor: Actor, *, team: str | None = None, pathway: str | None = None,
                  rule: str | None = None, due_from: datetime | None = None, due_to: datetime | None = None,
                  review_state: str | None = None, include_rescinded: bool = False,
                  referral_id: int | None = None) -> list[BreachView]:
    require(ctx, actor, "read_cases")
    if review_state is not None and review_state not in REVIEW_STATES:
        raise ValidationError("review_state", "choice", _("review state must be one of {states}").format(
            states=", ".join(REVIEW_STATES)))
    if pathway is not None:
        ctx.pathways.get(pathway)
    worker, giver, reviewer = aliased(User), aliased(User), aliased(User)
    query = (select(Breach, Person.given_name, Person.family_name, Team.name, worker.username, giver.username,
                    reviewer.username)
             .join(Referral, Referral.id == Breach.referral_id).join(Person, Person.id == Referral.person_id)
             .outerjoin(Team, Team.id == Breach.team_id)
             .outerjoin(worker, worker.id == Referral.assigned_user_id)
             .outerjoin(giver, giver.id == Breach.reason_by_id)
             .outerjoin(reviewer, reviewer.id == Breach.reviewed_by_id)
             .order_by(Breach.due_at.desc(), Breach.id.desc()))
    if not include_rescinded:
        query = query.where(Breach.rescinded_at.is_(None))
    if pathway:
        query = query.where(Breach.pathway == pathway)
    if rule:
        query = query.where(Breach.rule_id == rule)
    if due_from is not None:
        query = query.where(Breach.due_at >= require_aware(due_from, "from"))
    if due_to is not None:
        query = query.where(Breach.due_at < require_aware(due_to, "to"))
    if review_state:
        query = query.where(Breach.review_state == review_state)
    if referral_id is not None:
        query = query.where(Breach.referral_id == referral_id)
    query = query.where(access.readable_referrals(actor))
    with ctx.read() as s:
        if team:
            query = query.where(Breach.team_id == find_team(s, team).id)
        return [_breach_view(ctx, b, f"{g} {f}", t, w, rb, rv) for b, g, f, t, w, rb, rv in s.execute(query)]


def _breach_view(ctx: Context, b: Breach, person: str, team: str | None, worker: str | None, reason_by: str | None,
                 reviewed_by: str | None) -> BreachView:
    return BreachView(b.id, b.referral_id, person, b.pathway, b.rule_id, _rule_label(ctx, b.pathway, b.rule_id), team,
                      worker, b.due_at, b.detected_at, b.rescinded_at, b.reason_category, b.reason_text, reason_by,
                      b.reason_at, b.review_state, reviewed_by, b.reviewed_at, b.review_comment, b.version)


def _load_breach(s, breach_id: int, expected_version: int | None) -> Breach:
    breach = s.get(Breach, breach_id, with_for_update=True) if valid_id(breach_id) else None
    if breach is None:
        raise NotFound("breach", breach_id)
    if expected_version is not None and breach.version != expected_version:
        raise Conflict("breach", breach_id, expected_version, breach.version)
    if breach.rescinded_at is not None:
        raise ValidationError("breach", "rescinded", _("this breach was withdrawn when the events were corrected"))
    return breach


def _one(ctx: Context, actor: Actor, breach_id: int) -> BreachView:
    return next(b for b in list_breaches(ctx, actor, include_rescinded=True) if b.id == breach_id)


def give_breach_reason(ctx: Context, actor: Actor, breach_id: int, category: str, text: str, *,
                       expected_version: int | None = None) -> BreachView:
    """The worker's reason for a breach: a category from the list and free text."""
    require(ctx, actor, "write_cases")
    if category not in BREACH_REASONS:
        raise ValidationError("category", "choice", _("reason category must be one of {categories}").format(
            categories=", ".join(BREACH_REASONS)))
    words = clean_text(text, "text", 5000, multiline=True)
    if not words:
        raise ValidationError("text", "required", _("describe what happened"))
    now = ctx.clock.now()
    with ctx.write() as s:
        breach = _load_breach(s, breach_id, expected_version)
        referral = s.get(Referral, breach.referral_id)
        assert referral is not None
        access.require_change_referral(ctx, actor, referral, action="give_breach_reason")
        if breach.review_state == "accepted":
            raise ValidationError("breach", "already_accepted", _("this breach's reason has been accepted"))
        before = {"reason_category": breach.reason_category, "reason_text": breach.reason_text,
                  "review_state": breach.review_state}
        breach.reason_category, breach.reason_text = category, words
        breach.reason_by_id, breach.reason_at = actor.user_id, now
        breach.review_state = "awaiting_review"
        s.flush()
        audit.record(s, actor, now, "breach_reason", "breach", breach.id, before=before,
                     after={"reason_category": category, "reason_text": words, "review_state": "awaiting_review"})
    return _one(ctx, actor, breach_id)


def review_breach(ctx: Context, actor: Actor, breach_id: int, decision: str, comment: str | None = None, *,
                  expected_version: int | None = None) -> BreachView:
    """A team lead accepts the reason, or challenges it with a comment (the worker then answers)."""
    if actor.role not in access.BREACH_REVIEWERS:
        raise access.refuse(ctx, actor, "review_breach", L_("breaches are reviewed by a team lead or manager"),
                            entity_type="breach", entity_id=breach_id)
    if decision not in ("accept", "challenge"):
        raise ValidationError("decision", "choice", _("decision must be accept or challenge"))
    words = clean_text(comment, "comment", 5000, multiline=True)
    if decision == "challenge" and not words:
        raise ValidationError("comment", "required", _("a challenge needs a comment saying what is missing"))
    now = ctx.clock.now()
    with ctx.write() as s:
        breach = _load_breach(s, breach_id, expected_version)
        if actor.role is Role.TEAM_LEAD and breach.team_id != actor.team_id:
            raise access.refuse(ctx, actor, "review_breach", L_("a team lead reviews the breaches of their own team"),
                                entity_type="breach", entity_id=breach_id)
        if breach.review_state != "awaiting_review":
            raise ValidationError("breach", "not_awaiting_review",
                                  _("the worker has not given a reason yet") if breach.review_state == "awaiting_reason"
                                  else _("this breach is {state}").format(
                                      state=_(REVIEW_STATE_WORDS.get(breach.review_state, breach.review_state))))
        before = {"review_state": breach.review_state, "review_comment": breach.review_comment}
        breach.review_state = "accepted" if decision == "accept" else "challenged"
        breach.reviewed_by_id, breach.reviewed_at, breach.review_comment = actor.user_id, now, words
        s.flush()
        audit.record(s, actor, now, "breach_review", "breach", breach.id, before=before,
                     after={"review_state": breach.review_state, "review_comment": words})
    return _one(ctx, actor, breach_id)


def breach_reason_choices() -> tuple[str, ...]:
    return BREACH_REASONS
