"""A timer in plain words, for `casework sla explain` and the referral record."""

from __future__ import annotations

from datetime import datetime

from ..timeutil import to_local
from .engine import Timer, TimerState
from .rules import describe_duration

STATE_WORDS = {
    TimerState.NOT_STARTED: "not started",
    TimerState.RUNNING: "running",
    TimerState.WARNING: "running — warning",
    TimerState.BREACHED: "BREACHED",
    TimerState.MET: "met",
    TimerState.MET_LATE: "met late (breached)",
    TimerState.PAUSED: "paused",
    TimerState.NOT_APPLICABLE: "not applicable",
}


def when(instant: datetime | None) -> str:
    if instant is None:
        return "—"
    return to_local(instant).strftime("%a %d %b %Y %H:%M %Z")


def _kind_words(kind: str) -> str:
    return kind.replace("_", " ")


def _sentence_case(text: str) -> str:
    """'Custody attended' -> 'custody attended', but 'MASH referral' stays as it is."""
    words = text.split(" ")
    if words and len(words[0]) > 1 and words[0][1:].islower():
        words[0] = words[0].lower()
    return " ".join(w if w.isupper() or "(" in w else w.lower() if i else w for i, w in enumerate(words))


def explain(timer: Timer, as_of: datetime, kind_labels: dict[str, str]) -> list[str]:
    rule = timer.rule
    label = lambda kind: _sentence_case(kind_labels.get(kind, _kind_words(kind)))  # noqa: E731
    stops = " or ".join(label(m.kind) for m in rule.stop)
    lines = [f"{rule.label}: {STATE_WORDS[timer.state]}"]
    if rule.description:
        lines.append(f"  Rule: {rule.description}")
    lines.append(f"  Target: {rule.describe_target()}, from {label(rule.start.kind)} to {stops}; "
                 f"calendar: {rule.calendar.describe()}.")
    if timer.state is TimerState.NOT_APPLICABLE and timer.started_at is None:
        lines.append("  Why: " + {
            "in_service_area": "the young person lives inside the service area, so this rule does not apply.",
            "home_area_unknown": "the young person's home local authority is not recorded, so it is not known "
                                 "whether this rule applies. Record it on the person.",
            "closed_before_start": f"the referral was closed ({when(timer.closed_at)}) before the clock started.",
        }.get(timer.reason, timer.reason))
        return lines
    if timer.started_at is None:
        lines.append(f"  Why: the clock starts when {label(rule.start.kind)} is recorded; it has not been yet.")
        return lines
    lines.append(f"  Started: {when(timer.started_at)} ({label(rule.start.kind)}, event #{timer.start_event_id}).")
    for paused, resumed in timer.pauses:
        until = f"until {when(resumed)}" if resumed else "and still paused"
        lines.append(f"  Paused: from {when(paused)} {until}; the due time moves out by the paused time.")
    lines.append(f"  Due: {when(timer.due_at)}.")
    if timer.warn_times and timer.state in (TimerState.RUNNING, TimerState.WARNING):
        lines.append("  Warning at: " + ", ".join(f"{int(f * 100)}% — {when(w)}"
                                                   for f, w in zip(rule.warn_at, timer.warn_times)) + ".")
    remaining = timer.remaining
    if timer.state is TimerState.MET:
        lines.append(f"  Stopped: {when(timer.stopped_at)} (event #{timer.stop_event_id}), "
                     f"{describe_duration(remaining)} before the due time.")
        lines.append("  Why: met — the stop event came at or before the due time.")
    elif timer.state is TimerState.MET_LATE:
        lines.append(f"  Stopped: {when(timer.stopped_at)} (event #{timer.stop_event_id}), "
                     f"{describe_duration(remaining)} after the due time.")
        lines.append("  Why: the stop event came after the due time, so this counts as a breach.")
    elif timer.state is TimerState.NOT_APPLICABLE:
        lines.append(f"  Why: the referral was closed ({when(timer.closed_at)}) before {stops} and before the "
                     "due time, so the rule no longer applies.")
    elif timer.state is TimerState.BREACHED:
        lines.append(f"  Overdue by: {describe_duration(remaining)} (as of {when(as_of)}).")
        if timer.closed_at is not None:
            lines.append(f"  Why: the referral was closed ({when(timer.closed_at)}) after the due time "
                         f"without {stops} being recorded.")
        else:
            lines.append(f"  Why: {stops} has not been recorded and the due time has passed.")
    elif timer.state is TimerState.PAUSED:
        lines.append(f"  Remaining when resumed: {describe_duration(remaining)}.")
        lines.append("  Why: a pause event was recorded and no resume yet.")
    else:
        lines.append(f"  Remaining: {describe_duration(remaining)} (as of {when(as_of)}).")
        if timer.state is TimerState.WARNING:
            lines.append("  Why: more than the warning share of the time has gone; record "
                         f"{stops} as soon as it happens.")
        else:
            lines.append(f"  Why: waiting for {stops}.")
    return lines
