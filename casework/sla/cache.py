"""The ``sla_timer`` cache, alerts and breach records: written in the caller's transaction.

``refresh_timers`` recomputes every rule of one referral with the pure timer function and rewrites
its rows; the services call it in the same transaction as the event that changed the referral.
``sweep`` moves live timers through their thresholds as time passes: one indexed query for the
timers due a change, then alerts and breaches inserted so that a unique constraint, not luck, keeps
two desktops sweeping at once from alerting twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, literal_column, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..pathways import Pathway, PathwayRegistry
from ..store.models import (
    LIVE_TIMER_STATES,
    Alert,
    Breach,
    Event,
    Person,
    Referral,
    Role,
    Site,
    SlaTimer,
    User,
)
from ..store.quick import QuickReader
from ..store.types import UTCDateTime
from .engine import EventFact, ReferralFacts, Timer, TimerState, compute_timer, index_events

DEFAULT_NATION = "england"
BREACH = "breach"


def threshold_name(index: int) -> str:
    return "warning" if index == 0 else f"warning_{index + 1}"


def _insert_ignore(session: Session, model, values: dict[str, Any], conflict: list[str]) -> bool:
    """Insert one row unless it would break the named unique key; True when a row was written."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    # rowcount is not reliable here (psycopg reports -1 under implicit RETURNING): ask for the id.
    stmt = insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict).returning(model.id)
    return session.execute(stmt).first() is not None


def _insert_many_ignore(session: Session, model, rows: list[dict[str, Any]], conflict: list[str]) -> int:
    """Insert rows, skipping those that would break the named unique key; returns how many went in."""
    if not rows:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(model).on_conflict_do_nothing(index_elements=conflict).returning(model.id)
    return len(session.execute(stmt, rows).all())


def load_facts(session: Session, pathway: Pathway, referral: Referral) -> tuple[ReferralFacts, str, list[EventFact]]:
    person_la = session.scalar(select(Person.home_local_authority).where(Person.id == referral.person_id))
    nation = DEFAULT_NATION
    if referral.site_id is not None:
        site_nation = session.scalar(select(Site.nation).where(Site.id == referral.site_id))
        nation = site_nation.value if site_nation is not None else DEFAULT_NATION
    rows = session.execute(
        select(Event.id, Event.kind, Event.occurred_at, Event.details)
        .where(Event.referral_id == referral.id, Event.voided_at.is_(None))
    ).all()
    events = [EventFact(r.id, r.kind, r.occurred_at, dict(r.details or {})) for r in rows]
    facts = ReferralFacts(referral.received_at, referral.closed_at, person_la, pathway.service_area,
                          referral.sla_untracked_before)
    return facts, nation, events


def compute_all(pathway: Pathway, facts: ReferralFacts, nation: str, events: list[EventFact],
                as_of: datetime) -> list[Timer]:
    index = index_events(events)
    return [compute_timer(rule, rule.calendar.build(nation), facts, events, as_of, index) for rule in pathway.sla_rules]


def _passed(timer: Timer, as_of: datetime) -> int:
    return sum(1 for w in timer.warn_times if w <= as_of)


def row_values(timer: Timer, now: datetime) -> dict[str, Any]:
    return dict(
        state=timer.state.value, started_at=timer.started_at, due_at=timer.due_at, stopped_at=timer.stopped_at,
        warn_times=[w.isoformat() for w in timer.warn_times], next_check_at=timer.next_check_at(),
        thresholds_passed=_passed(timer, now) if timer.state in (TimerState.RUNNING, TimerState.WARNING) else 0,
        computed_at=now,
    )


@dataclass
class _Recipients:
    session: Session
    _leads: dict[int, list[int]]

    def __init__(self, session: Session) -> None:
        self.session = session
        self._leads = {}

    def for_rule(self, alert: tuple[str, ...], team_id: int | None, assigned_user_id: int | None) -> list[int]:
        users: list[int] = []
        if "assigned_worker" in alert and assigned_user_id is not None:
            users.append(assigned_user_id)
        if "team_lead" in alert and team_id is not None:
            if team_id not in self._leads:
                self._leads[team_id] = list(self.session.scalars(
                    select(User.id).where(User.team_id == team_id, User.role == Role.TEAM_LEAD, User.active.is_(True))
                    .order_by(User.id)))
            users.extend(u for u in self._leads[team_id] if u not in users)
        return users


def _alert(session: Session, recipients: list[int], timer_id: int, referral_id: int, rule_id: str, threshold: str,
           due_at: datetime | None, now: datetime) -> int:
    made = 0
    for user_id in recipients:
        made += _insert_ignore(session, Alert, dict(
            timer_id=timer_id, referral_id=referral_id, rule_id=rule_id, threshold=threshold, user_id=user_id,
            due_at=due_at, created_at=now), ["timer_id", "threshold", "user_id"])
    return made


def _ensure_breach(session: Session, timer_id: int, referral_id: int, pathway: str, team_id: int | None,
                   rule_id: str, due_at: datetime, now: datetime) -> bool:
    made = _insert_ignore(session, Breach, dict(
        timer_id=timer_id, referral_id=referral_id, pathway=pathway, rule_id=rule_id,
        team_id=team_id, due_at=due_at, detected_at=now, review_state="awaiting_reason", version=1),
        ["timer_id"])
    if not made:
        # A breach that a correction had rescinded is back, perhaps with another due time.
        session.execute(update(Breach).where(Breach.timer_id == timer_id)
                        .values(rescinded_at=None, due_at=due_at, version=Breach.version + 1)
                        .where((Breach.rescinded_at.is_not(None)) | (Breach.due_at != due_at)))
    return made


def refresh_timers(session: Session, pathways: PathwayRegistry, referral_id: int, now: datetime) -> list[Timer]:
    """Recompute and rewrite every timer of one referral, in the caller's transaction."""
    referral = session.get(Referral, referral_id)
    assert referral is not None
    if referral.erased_at is not None:
        return []  # erased by retention: its events are gone, so it has no clocks to keep
    pathway = pathways.get(referral.pathway)
    facts, nation, events = load_facts(session, pathway, referral)
    timers = compute_all(pathway, facts, nation, events, now)
    existing = {row.rule_id: row for row in session.scalars(select(SlaTimer).where(SlaTimer.referral_id == referral_id))}
    recipients = _Recipients(session)
    for timer in timers:
        values = row_values(timer, now)
        row = existing.get(timer.rule.id)
        previously_passed = row.thresholds_passed if row is not None and row.state in LIVE_TIMER_STATES else 0
        if row is None:
            row = SlaTimer(referral_id=referral_id, rule_id=timer.rule.id, **values)
            session.add(row)
            session.flush()
        else:
            for key, value in values.items():
                setattr(row, key, value)
        users = recipients.for_rule(timer.rule.alert, referral.team_id, referral.assigned_user_id)
        if timer.state is TimerState.WARNING:
            for index in range(previously_passed, values["thresholds_passed"]):
                _alert(session, users, row.id, referral_id, timer.rule.id, threshold_name(index), timer.due_at, now)
        if timer.state in (TimerState.BREACHED, TimerState.MET_LATE):
            _ensure_breach(session, row.id, referral.id, referral.pathway, referral.team_id, timer.rule.id,
                           timer.due_at, now)
            if timer.state is TimerState.BREACHED:
                _alert(session, users, row.id, referral_id, timer.rule.id, BREACH, timer.due_at, now)
        else:
            rescinded = session.execute(update(Breach).where(Breach.timer_id == row.id, Breach.rescinded_at.is_(None))
                                        .values(rescinded_at=now, version=Breach.version + 1)).rowcount
            if rescinded:
                # The breach was withdrawn by a correction: its alerts no longer need anyone's attention.
                session.execute(update(Alert).where(Alert.timer_id == row.id, Alert.threshold == BREACH,
                                                    Alert.read_at.is_(None)).values(read_at=now))
    current = {t.rule.id for t in timers}
    for rule_id, row in existing.items():
        if rule_id not in current and (row.state != TimerState.NOT_APPLICABLE.value or row.next_check_at):
            row.state, row.next_check_at, row.thresholds_passed, row.computed_at = \
                TimerState.NOT_APPLICABLE.value, None, 0, now  # the rule left the pathway file
    due, warn = next_deadline(timers, referral.closed_at)
    if (referral.next_due_at, referral.next_warn_at) != (due, warn):
        # Derived, not edited: written past the unit of work so the referral's version (what
        # conflict detection compares) only moves when a person changes the referral.
        session.flush()
        session.execute(update(Referral).where(Referral.id == referral.id)
                        .values(next_due_at=due, next_warn_at=warn)
                        .execution_options(synchronize_session=False))
        set_committed_value(referral, "next_due_at", due)
        set_committed_value(referral, "next_warn_at", warn)
    session.flush()
    return timers


def next_deadline(timers: list[Timer], closed_at: datetime | None) -> tuple[datetime | None, datetime | None]:
    """The earliest unmet due time (overdue ones included) and its first warning time."""
    if closed_at is not None:
        return None, None
    pending = [t for t in timers if t.state in (TimerState.RUNNING, TimerState.WARNING, TimerState.BREACHED)
               and t.due_at is not None]
    if not pending:
        return None, None
    soonest = min(pending, key=lambda t: (t.due_at, t.rule.id))
    return soonest.due_at, (soonest.warn_times[0] if soonest.warn_times else None)


@dataclass(frozen=True)
class SweepResult:
    checked: int
    warnings: int
    breaches: int
    alerts: int


NOTHING_DUE = SweepResult(0, 0, 0, 0)


# Written out literally: SQLite uses a partial index only when the query's WHERE visibly implies the
# index's, and "state IN (?, ?)" with bound parameters does not.
LIVE = SlaTimer.state.in_([literal_column(f"'{state}'") for state in LIVE_TIMER_STATES])


# The sweep's statements are built once per engine, with the instant as a bound parameter: building
# and caching a fresh statement object each minute cost more than SQLite's indexed read itself.
#
# On SQLite the live-state test is wrapped in likely(): SQLite still sees that the query implies the
# partial index's WHERE (ix_sla_timer_live), but no longer takes the term as a key for
# ix_sla_timer_state_due. Without statistics (the app never runs ANALYZE) it would otherwise prefer
# that index and sort every live timer: at 1,000,000 timers, tens of milliseconds a minute on every
# desktop instead of microseconds.
_STATEMENTS: dict[str, dict[str, Any]] = {}


def _live(dialect: str):
    return func.likely(LIVE) if dialect == "sqlite" else LIVE


def _statements(session: Session) -> dict[str, Any]:
    return _build_statements(session.get_bind().dialect.name)


def _build_statements(dialect: str) -> dict[str, Any]:
    found = _STATEMENTS.get(dialect)
    if found is None:
        due = (select(SlaTimer.id, SlaTimer.referral_id, SlaTimer.rule_id, SlaTimer.state, SlaTimer.due_at,
                      SlaTimer.warn_times, SlaTimer.thresholds_passed, SlaTimer.computed_at,
                      Referral.pathway, Referral.team_id, Referral.assigned_user_id)
               .join(Referral, Referral.id == SlaTimer.referral_id)
               .where(_live(dialect), SlaTimer.next_check_at <= bindparam("as_of", type_=UTCDateTime()))
               .order_by(SlaTimer.next_check_at, SlaTimer.id))
        found = _STATEMENTS[dialect] = {
            "due": due,
            "any_due": due.with_only_columns(SlaTimer.id).limit(1),
            "due_locked": due.with_for_update(of=SlaTimer, skip_locked=True),
            "next": select(func.min(SlaTimer.next_check_at)).where(_live(dialect)),
        }
    return found


def anything_due(session: Session, as_of: datetime) -> bool:
    """Whether a sweep at ``as_of`` has work: a read, so an idle sweep takes no write lock."""
    return session.connection().execute(_statements(session)["any_due"], {"as_of": as_of}).first() is not None


def next_check(session: Session) -> datetime | None:
    """The next instant any live timer changes state."""
    return session.connection().execute(_statements(session)["next"]).scalar()


def quick_anything_due(quick: QuickReader, as_of: datetime) -> bool:
    """``anything_due`` as a quick read (casework.store.quick): what the idle sweep runs every minute."""
    statement = quick.prepare("sla_any_due", lambda: _build_statements(quick.dialect)["any_due"])
    return bool(quick.all(statement, {"as_of": as_of}))


def quick_next_check(quick: QuickReader) -> datetime | None:
    """``next_check`` as a quick read."""
    statement = quick.prepare("sla_next_check", lambda: _build_statements(quick.dialect)["next"])
    return quick.scalar(statement)


def sweep(session: Session, pathways: PathwayRegistry, as_of: datetime) -> SweepResult:
    """Move live timers whose next threshold has passed; one alert per timer, threshold and person.

    On PostgreSQL the due timers are locked (skipping those another sweep or an event write holds),
    so concurrent sweeps share the work; the unique constraints on alerts and breaches guarantee
    that nothing is written twice whatever happens. Alerts and breaches go in as two bulk inserts.
    """
    rows = session.connection().execute(_statements(session)["due_locked"], {"as_of": as_of}).all()
    recipients = _Recipients(session)
    timer_updates: list[dict[str, Any]] = []
    alert_rows: list[dict[str, Any]] = []
    breach_rows: list[dict[str, Any]] = []
    warnings = 0
    for row in rows:
        rule = pathways.get(row.pathway).sla_rule(row.rule_id)
        if rule is None:
            # The rule was taken out of the pathway file: the timer no longer applies, and must not
            # hold the next deadline (or the sweep's attention) in the past for ever.
            timer_updates.append(dict(id=row.id, state=TimerState.NOT_APPLICABLE.value, next_check_at=None,
                                      thresholds_passed=0))
            continue
        warn_times = [datetime.fromisoformat(w) for w in row.warn_times]
        passed = sum(1 for w in warn_times if w <= as_of)
        breached = row.due_at is not None and as_of > row.due_at
        upcoming = [w for w in warn_times if w > as_of]
        timer_updates.append(dict(
            id=row.id, state="breached" if breached else ("warning" if passed else "running"),
            next_check_at=None if breached else (upcoming[0] if upcoming else row.due_at), thresholds_passed=passed))
        users = recipients.for_rule(rule.alert, row.team_id, row.assigned_user_id)
        if breached:
            thresholds = [BREACH]
            breach_rows.append(dict(timer_id=row.id, referral_id=row.referral_id, pathway=row.pathway,
                                    rule_id=row.rule_id, team_id=row.team_id, due_at=row.due_at, detected_at=as_of,
                                    review_state="awaiting_reason", version=1))
        else:
            thresholds = [threshold_name(i) for i in range(row.thresholds_passed, passed)]
            warnings += len(thresholds)
        alert_rows.extend(dict(timer_id=row.id, referral_id=row.referral_id, rule_id=row.rule_id, threshold=t,
                               user_id=u, due_at=row.due_at, created_at=as_of) for t in thresholds for u in users)
    if timer_updates:
        session.execute(update(SlaTimer), timer_updates)
    breaches = _insert_many_ignore(session, Breach, breach_rows, ["timer_id"])
    if breaches < len(breach_rows):
        # A timer breached again after a correction had rescinded its breach (the due time moved
        # later, then passed): its breach comes back, with the new due time, as refresh_timers does.
        for row in breach_rows:
            session.execute(update(Breach).where(Breach.timer_id == row["timer_id"])
                            .where((Breach.rescinded_at.is_not(None)) | (Breach.due_at != row["due_at"]))
                            .values(rescinded_at=None, due_at=row["due_at"], version=Breach.version + 1))
    alerts = _insert_many_ignore(session, Alert, alert_rows, ["timer_id", "threshold", "user_id"])
    return SweepResult(len(rows), warnings, breaches, alerts)


# --- many new referrals at once (the spreadsheet import) ------------------------------------------------

@dataclass(frozen=True)
class NewTimers:
    """The timers worked out for a referral being taken in, before it has any ``sla_timer`` rows."""

    referral_id: int
    pathway: str
    team_id: int | None
    assigned_user_id: int | None
    timers: list[Timer]


def plan_timers(pathway: Pathway, facts: ReferralFacts, nation: str, events: list[EventFact],
                now: datetime) -> tuple[list[Timer], datetime | None, datetime | None]:
    """A new referral's timers and its next deadline (due, first warning), from facts held in memory:
    what ``refresh_timers`` would compute once the referral and its events are written."""
    timers = compute_all(pathway, facts, nation, events, now)
    due, warn = next_deadline(timers, facts.closed_at)
    return timers, due, warn


def insert_new_timers(session: Session, referrals: list[NewTimers], now: datetime) -> None:
    """Write the timers of referrals that have none yet, with their alerts and breaches, as a few bulk
    inserts: the same rows ``refresh_timers`` writes for each of them one by one (a new timer has no
    thresholds passed before, no breach to bring back and none to rescind)."""
    timer_rows: list[dict[str, Any]] = []
    owners: list[tuple[NewTimers, Timer]] = []
    for item in referrals:
        for timer in item.timers:
            timer_rows.append(dict(referral_id=item.referral_id, rule_id=timer.rule.id, **row_values(timer, now)))
            owners.append((item, timer))
    if not timer_rows:
        return
    table = SlaTimer.__table__
    ids = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), timer_rows).scalars().all()
    recipients = _Recipients(session)
    alert_rows: list[dict[str, Any]] = []
    breach_rows: list[dict[str, Any]] = []
    for timer_id, values, (item, timer) in zip(ids, timer_rows, owners, strict=True):
        users = recipients.for_rule(timer.rule.alert, item.team_id, item.assigned_user_id)
        thresholds: list[str] = []
        if timer.state is TimerState.WARNING:
            thresholds = [threshold_name(index) for index in range(values["thresholds_passed"])]
        if timer.state in (TimerState.BREACHED, TimerState.MET_LATE):
            breach_rows.append(dict(timer_id=timer_id, referral_id=item.referral_id, pathway=item.pathway,
                                    rule_id=timer.rule.id, team_id=item.team_id, due_at=timer.due_at,
                                    detected_at=now, review_state="awaiting_reason", version=1))
            if timer.state is TimerState.BREACHED:
                thresholds = [BREACH]
        alert_rows.extend(dict(timer_id=timer_id, referral_id=item.referral_id, rule_id=timer.rule.id,
                               threshold=threshold, user_id=user_id, due_at=timer.due_at, created_at=now)
                          for threshold in thresholds for user_id in users)
    if breach_rows:
        session.execute(insert(Breach.__table__), breach_rows)
    if alert_rows:
        session.execute(insert(Alert.__table__), alert_rows)
