"""The timer function: a timer's state is a pure function of the rule, the referral's events,
the calendar and an "as of" instant. Nothing here reads a clock or a database."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from .calendars import ZERO, Calendar
from .rules import EventMatch, SlaRule


class TimerState(str, enum.Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    WARNING = "warning"
    BREACHED = "breached"
    MET = "met"
    MET_LATE = "met_late"
    PAUSED = "paused"
    NOT_APPLICABLE = "not_applicable"
    # Imported with its deadline already passed (before Casework held the referral): not tracked, so no
    # alert, no breach record and no place in the compliance figures; counted apart in reports.
    NOT_TRACKED = "not_tracked"


LIVE_STATES = (TimerState.RUNNING, TimerState.WARNING)
FINAL_STATES = (TimerState.MET, TimerState.MET_LATE, TimerState.NOT_APPLICABLE, TimerState.NOT_TRACKED)


@dataclass(frozen=True)
class EventFact:
    id: int
    kind: str
    occurred_at: datetime
    details: dict[str, Any]


@dataclass(frozen=True)
class ReferralFacts:
    received_at: datetime
    closed_at: datetime | None
    home_local_authority: str | None
    service_area: tuple[str, ...]
    # Set on referrals imported from a spreadsheet (the import's instant) unless the import chose to track
    # every clock: a deadline at or before it had passed before Casework held the referral, so a clock
    # missing it is "imported — not tracked" rather than breached.
    untracked_before: datetime | None = None


@dataclass(frozen=True)
class Timer:
    rule: SlaRule
    state: TimerState
    reason: str
    """Why it is in its state, as a code: explain.py turns it into words."""
    started_at: datetime | None = None
    due_at: datetime | None = None
    stopped_at: datetime | None = None
    closed_at: datetime | None = None
    warn_times: tuple[datetime, ...] = ()
    pauses: tuple[tuple[datetime, datetime | None], ...] = ()
    elapsed: timedelta | None = None
    remaining: timedelta | None = None
    start_event_id: int | None = None
    stop_event_id: int | None = None
    untracked_before: datetime | None = None
    """For ``NOT_TRACKED``: when the referral was imported (its deadline had passed before then)."""

    @property
    def thresholds_crossed(self) -> int:
        """How many warning thresholds lie at or before ``as_of`` (only meaningful while live)."""
        return sum(1 for w in self.warn_times if self.as_of is not None and w <= self.as_of)

    as_of: datetime | None = None

    def next_check_at(self) -> datetime | None:
        """The next instant at which this timer changes state by itself, for the sweep's index."""
        if self.state not in LIVE_STATES:
            return None
        for warn in self.warn_times:
            if self.as_of is None or warn > self.as_of:
                return warn
        return self.due_at


def index_events(events: list[EventFact]) -> dict[str, list[EventFact]]:
    """Events by kind, so each rule looks only at the kinds it names."""
    index: dict[str, list[EventFact]] = {}
    for event in events:
        index.setdefault(event.kind, []).append(event)
    return index


def _first(index: dict[str, list[EventFact]], matches: tuple[EventMatch, ...], not_before: datetime | None,
           until: datetime) -> EventFact | None:
    best: EventFact | None = None
    for match in matches:
        for e in index.get(match.kind, ()):
            if e.occurred_at > until or (not_before is not None and e.occurred_at < not_before):
                continue
            if match.where and not match.matches(e.kind, e.details):
                continue
            # Earliest by time; ties broken by id only for reporting which event decided it.
            if best is None or (e.occurred_at, e.id) < (best.occurred_at, best.id):
                best = e
    return best


def _pause_intervals(rule: SlaRule, events: list[EventFact], start: datetime,
                     end: datetime) -> list[tuple[datetime, datetime | None]]:
    if not rule.pause:
        return []
    marks = []
    for e in events:
        if not start <= e.occurred_at <= end:
            continue
        if any(m.matches(e.kind, e.details) for m in rule.resume):
            marks.append((e.occurred_at, 0))  # at the same instant a resume counts before a pause
        if any(m.matches(e.kind, e.details) for m in rule.pause):
            marks.append((e.occurred_at, 1))
    marks.sort()
    intervals: list[tuple[datetime, datetime | None]] = []
    paused_since: datetime | None = None
    for at, is_pause in marks:
        if is_pause and paused_since is None:
            paused_since = at
        elif not is_pause and paused_since is not None:
            if at > paused_since:
                intervals.append((paused_since, at))
            paused_since = None
    if paused_since is not None and paused_since < end:
        intervals.append((paused_since, None))
    return intervals


def _extend(calendar: Calendar, instant: datetime, pauses: list[tuple[datetime, datetime | None]],
            as_of: datetime) -> datetime:
    """Push ``instant`` out by the calendar time of every pause that began before it."""
    for paused, resumed in pauses:
        if paused >= instant:
            break
        instant = calendar.add(instant, calendar.elapsed(paused, resumed or max(as_of, paused)))
    return instant


def _paused_time(calendar: Calendar, pauses, until: datetime) -> timedelta:
    total = ZERO
    for paused, resumed in pauses:
        if paused >= until:
            break
        total += calendar.elapsed(paused, min(resumed or until, until))
    return total


def _applies(rule: SlaRule, facts: ReferralFacts) -> str | None:
    """None when the rule applies; otherwise the reason code it does not."""
    if rule.applies_when == "out_of_area":
        if not facts.home_local_authority:
            return "home_area_unknown"
        area = {a.casefold() for a in facts.service_area}
        if facts.home_local_authority.casefold() in area:
            return "in_service_area"
    return None


def compute_timer(rule: SlaRule, calendar: Calendar, facts: ReferralFacts, events: list[EventFact],
                  as_of: datetime, index: dict[str, list[EventFact]] | None = None) -> Timer:
    timer = _compute_timer(rule, calendar, facts, events, as_of, index)
    if (facts.untracked_before is not None and timer.state in (TimerState.BREACHED, TimerState.MET_LATE)
            and timer.due_at is not None and timer.due_at <= facts.untracked_before):
        # Missed before the referral was imported: a fact of its history, not a breach to review.
        return replace(timer, state=TimerState.NOT_TRACKED, reason="imported_overdue",
                       untracked_before=facts.untracked_before)
    return timer


def _compute_timer(rule: SlaRule, calendar: Calendar, facts: ReferralFacts, events: list[EventFact],
                   as_of: datetime, index: dict[str, list[EventFact]] | None = None) -> Timer:
    if index is None:
        index = index_events(events)
    not_applicable = _applies(rule, facts)
    if not_applicable:
        return Timer(rule, TimerState.NOT_APPLICABLE, not_applicable, as_of=as_of)
    closed_at = facts.closed_at if facts.closed_at is not None and facts.closed_at <= as_of else None
    start_event = _first(index, (rule.start,), None, as_of)
    if start_event is None:
        if closed_at is not None:
            return Timer(rule, TimerState.NOT_APPLICABLE, "closed_before_start", closed_at=closed_at, as_of=as_of)
        return Timer(rule, TimerState.NOT_STARTED, "waiting_for_start", as_of=as_of)
    start = start_event.occurred_at
    stop_event = _first(index, rule.stop, start, as_of)
    end = stop_event.occurred_at if stop_event else (closed_at or as_of)
    pauses = _pause_intervals(rule, events, start, end)

    if rule.working_days is not None and hasattr(calendar, "add_days"):
        nominal_due = calendar.add_days(start, rule.working_days)
    else:
        nominal_due = calendar.add(start, rule.target)
    due = _extend(calendar, nominal_due, pauses, as_of)
    warn_times = tuple(_extend(calendar, calendar.add(start, rule.target * f), pauses, as_of) for f in rule.warn_at)
    elapsed = calendar.elapsed(start, end) - _paused_time(calendar, pauses, end)
    common = dict(started_at=start, due_at=due, warn_times=warn_times, pauses=tuple(pauses), elapsed=elapsed,
                  start_event_id=start_event.id, closed_at=closed_at, as_of=as_of)

    if stop_event is not None:
        stopped = stop_event.occurred_at
        state = TimerState.MET if stopped <= due else TimerState.MET_LATE
        return Timer(rule, state, state.value, stopped_at=stopped, stop_event_id=stop_event.id,
                     remaining=_signed(calendar, stopped, due), **common)
    if closed_at is not None:
        if closed_at <= due:
            return Timer(rule, TimerState.NOT_APPLICABLE, "closed_before_stop", **common)
        return Timer(rule, TimerState.BREACHED, "breached_then_closed", remaining=_signed(calendar, closed_at, due),
                     **common)
    if pauses and pauses[-1][1] is None and pauses[-1][0] < due:
        return Timer(rule, TimerState.PAUSED, "paused", remaining=rule.target - elapsed, **common)
    remaining = _signed(calendar, as_of, due)
    if as_of > due:
        return Timer(rule, TimerState.BREACHED, "breached", remaining=remaining, **common)
    if warn_times and as_of >= warn_times[0]:
        return Timer(rule, TimerState.WARNING, "warning", remaining=remaining, **common)
    return Timer(rule, TimerState.RUNNING, "running", remaining=remaining, **common)


def _signed(calendar: Calendar, at: datetime, due: datetime) -> timedelta:
    """Calendar time from ``at`` to ``due``: negative once ``at`` is past it."""
    if at <= due:
        return calendar.elapsed(at, due)
    return -calendar.elapsed(due, at)
