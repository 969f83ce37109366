"""The ``sla_timer`` cache, alerts and breach records: written in the caller's transaction.

``refresh_timers`` recomputes every rule of one referral with the pure timer function and rewrites
its rows; the services call it in the same transaction as the event that changed the referral.
``sweep`` moves live timers through their thresholds as time passes: one indexed query for the
timers due a change, then alerts and breaches inserted so that a unique constraint, not luck, keeps
two desktops sweeping at once from alerting twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, func, insert, literal_column, null, select, update
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

    def __init__(self, session: Session, *, every_team: bool = False) -> None:
        """``every_team``: read every team's leads at the first need, in one read (a sweep meets many
        teams); otherwise each team's when first needed."""
        self.session = session
        self._leads = {}
        self._every_team = every_team
        self._complete = False  # _leads holds every team's

    def for_rule(self, alert: tuple[str, ...], team_id: int | None, assigned_user_id: int | None) -> list[int]:
        users: list[int] = []
        if "assigned_worker" in alert and assigned_user_id is not None:
            users.append(assigned_user_id)
        if "team_lead" in alert and team_id is not None:
            if team_id not in self._leads and self._every_team:
                self._every_team = False
                self._leads = _team_leads(self.session)
                self._complete = True
            if team_id not in self._leads:
                self._leads[team_id] = [] if self._complete else list(self.session.scalars(
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
        # The columns are what ``sweep`` reads of each due row, in its order.
        due = (select(SlaTimer.id, SlaTimer.referral_id, SlaTimer.rule_id, SlaTimer.due_at, SlaTimer.warn_times,
                      SlaTimer.thresholds_passed, Referral.pathway, Referral.team_id, Referral.assigned_user_id)
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
    """``anything_due`` as a quick read (casework.store.quick): what the idle sweep runs every minute.

    It reads the next instant any live timer changes state (``next_check``, the statement the desktop
    runs next to arm its timer) and compares it with ``as_of``: the same answer as the due query's
    "any row with ``next_check_at <= as_of``?" (every timer has its referral), and reading an instant
    costs a third of what writing one as a parameter does (``datetime.isoformat``, about 1 µs, a
    quarter of SQLite's own time for the indexed read)."""
    following = quick_next_check(quick)
    return following is not None and following <= as_of


def quick_next_check(quick: QuickReader) -> datetime | None:
    """``next_check`` as a quick read."""
    statement = quick.prepare("sla_next_check", lambda: _build_statements(quick.dialect)["next"])
    return quick.scalar(statement)


# --- the sweep's reads and writes, compiled once per dialect and run on the session's connection ---------
#
# A day's worth of due timers is thousands of rows. Through the ORM's bulk paths each row cost about
# 40 µs of Python (parameters built and processed per row, rows made into objects, per-row RETURNING)
# where the database's own work is about 10 µs. The statements below are compiled once per dialect;
# each runs with ``exec_driver_sql`` (the engine's statement events still see it), the due rows come
# back as the driver gives them, and the writes go to the driver's ``executemany`` as tuples. Values
# read from a row are written back as read (the stored text of an instant on SQLite, a datetime on
# PostgreSQL); the only instants converted are the sweep's own and the warning times parsed from JSON.


_SWEEP: dict[tuple[str, str], dict[str, Any]] = {}


def _sweep_statements(engine: Engine) -> dict[str, Any]:
    """The sweep's statements compiled for ``engine``'s dialect and driver (once)."""
    dialect = engine.dialect
    key = (dialect.name, dialect.driver)
    found = _SWEEP.get(key)
    if found is not None:
        return found
    if dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as insert_ignoring
    else:
        from sqlalchemy.dialects.sqlite import insert as insert_ignoring
    from ..store.quick import compile_quick, compile_rows

    due = compile_quick(engine, _build_statements(dialect.name)["due_locked"])
    processors = dict(due.results)
    timer, breach, alert = SlaTimer.__table__, Breach.__table__, Alert.__table__
    instants = frozenset({"due_at", "next_check_at", "detected_at", "created_at"})
    breach_columns = ("timer_id", "referral_id", "pathway", "rule_id", "team_id", "due_at", "detected_at")
    alert_columns = ("timer_id", "referral_id", "rule_id", "threshold", "user_id", "due_at", "created_at")
    found = _SWEEP[key] = {
        "due": due,
        "leads": compile_quick(engine, select(User.team_id, User.id).where(
            User.team_id.is_not(None), User.role == Role.TEAM_LEAD, User.active.is_(True))
            .order_by(User.team_id, User.id)),
        # Column 3 of a due row, due_at, as the driver gives it, to Python.
        "due_at": processors.get(3),
        # warn_times, a JSON list: text on SQLite, a list already from psycopg.
        "json": getattr(dialect, "_json_deserializer", None) or json.loads,
        "instant": UTCDateTime().dialect_impl(dialect).bind_processor(dialect),
        "timer": compile_rows(dialect, update(timer).where(timer.c.id == bindparam("timer_id")).values(
            state=bindparam("state"), next_check_at=bindparam("next_check_at", type_=UTCDateTime()),
            thresholds_passed=bindparam("thresholds_passed")),
            ("state", "next_check_at", "thresholds_passed", "timer_id"), instants),
        "breach": compile_rows(dialect, insert_ignoring(breach).values(
            {name: bindparam(name, type_=breach.c[name].type) for name in breach_columns}
            | {"review_state": literal_column("'awaiting_reason'"), "version": literal_column("1")})
            .on_conflict_do_nothing(index_elements=["timer_id"]), breach_columns, instants),
        # A timer breached again after a correction had rescinded its breach (the due time moved
        # later, then passed): its breach comes back, with the new due time, as refresh_timers does.
        "breach_back": compile_rows(dialect, update(breach).where(breach.c.timer_id == bindparam("timer_id"))
                                .where(breach.c.rescinded_at.is_not(None) | (breach.c.due_at != bindparam("due_at")))
                                .values(rescinded_at=null(), due_at=bindparam("due_at"),
                                        version=breach.c.version + literal_column("1")),
                                ("timer_id", "due_at"), instants),
        "alert": compile_rows(dialect, insert_ignoring(alert).values(
            {name: bindparam(name, type_=alert.c[name].type) for name in alert_columns})
            .on_conflict_do_nothing(index_elements=["timer_id", "threshold", "user_id"]), alert_columns, instants),
    }
    return found


def _team_leads(session: Session) -> dict[int, list[int]]:
    """Every team's active team leads (by id), in one read."""
    statement = _sweep_statements(session.get_bind())["leads"]
    leads: dict[int, list[int]] = {}
    for team_id, user_id in session.connection().exec_driver_sql(statement.sql, statement.parameters({})):
        leads.setdefault(team_id, []).append(user_id)
    return leads


def sweep(session: Session, pathways: PathwayRegistry, as_of: datetime) -> SweepResult:
    """Move live timers whose next threshold has passed; one alert per timer, threshold and person.

    On PostgreSQL the due timers are locked (skipping those another sweep or an event write holds),
    so concurrent sweeps share the work; the unique constraints on alerts and breaches guarantee
    that nothing is written twice whatever happens. The timers' changes, the breaches and the alerts
    go in as three ``executemany``.
    """
    statements = _sweep_statements(session.get_bind())
    connection = session.connection()
    due = statements["due"]
    rows = connection.exec_driver_sql(due.sql, due.parameters({"as_of": as_of})).all()
    if not rows:
        return SweepResult(0, 0, 0, 0)
    instant = statements["instant"]
    as_of_value = as_of if instant is None else instant(as_of)
    due_at_of = statements["due_at"] or (lambda value: value)
    from_json = statements["json"]
    parse = datetime.fromisoformat
    not_applicable = TimerState.NOT_APPLICABLE.value
    rules: dict[tuple[str, str], Any] = {}
    recipients = _Recipients(session, every_team=True)
    users_for: dict[tuple[tuple[str, ...], int | None, int | None], list[int]] = {}
    timer_rows: list[tuple] = []
    breach_rows: list[tuple] = []
    alert_rows: list[tuple] = []
    warnings = 0
    for timer_id, referral_id, rule_id, due_value, warn_value, passed_before, pathway, team_id, user_id in rows:
        key = (pathway, rule_id)
        rule = rules.get(key, rules)
        if rule is rules:
            rule = rules[key] = pathways.get(pathway).sla_rule(rule_id)
        if rule is None:
            # The rule was taken out of the pathway file: the timer no longer applies, and must not
            # hold the next deadline (or the sweep's attention) in the past for ever.
            timer_rows.append((not_applicable, None, 0, timer_id))
            continue
        due_at = None if due_value is None else due_at_of(due_value)
        passed = 0
        upcoming = None
        for text in (from_json(warn_value) if type(warn_value) is str else warn_value) or ():
            when = parse(text)
            if when <= as_of:
                passed += 1
            elif upcoming is None:
                upcoming = when
        breached = due_at is not None and as_of > due_at
        if breached:
            timer_rows.append(("breached", None, passed, timer_id))
        else:
            timer_rows.append(("warning" if passed else "running",
                               due_value if upcoming is None else
                               (upcoming if instant is None else instant(upcoming)), passed, timer_id))
        if breached:
            thresholds: tuple[str, ...] | list[str] = (BREACH,)
            breach_rows.append((timer_id, referral_id, pathway, rule_id, team_id, due_value, as_of_value))
        else:
            thresholds = [threshold_name(i) for i in range(passed_before, passed)]
            warnings += len(thresholds)
            if not thresholds:
                continue
        alert = rule.alert
        who = (alert, team_id, user_id)
        users = users_for.get(who)
        if users is None:
            users = users_for[who] = recipients.for_rule(alert, team_id, user_id)
        for threshold in thresholds:
            for recipient in users:
                alert_rows.append((timer_id, referral_id, rule_id, threshold, recipient, due_value, as_of_value))
    statements["timer"].run(connection, timer_rows)
    breaches = statements["breach"].run(connection, breach_rows)
    if breaches < len(breach_rows):
        statements["breach_back"].run(connection, [(row[0], row[5]) for row in breach_rows])
    alerts = statements["alert"].run(connection, alert_rows)
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
