"""A timer in plain words, for `casework sla explain` and the referral record (in the chosen language: casework.i18n)."""

from __future__ import annotations

from datetime import datetime

from ..i18n import format_date, translate, translate_noop
from ..timeutil import to_local
from .engine import Timer, TimerState
from .rules import describe_duration

STATE_WORDS = {
    TimerState.NOT_STARTED: translate_noop("sla", "not started"),
    TimerState.RUNNING: translate_noop("sla", "running"),
    TimerState.WARNING: translate_noop("sla", "running — warning"),
    TimerState.BREACHED: translate_noop("sla", "BREACHED"),
    TimerState.MET: translate_noop("sla", "met"),
    TimerState.MET_LATE: translate_noop("sla", "met late (breached)"),
    TimerState.PAUSED: translate_noop("sla", "paused"),
    TimerState.NOT_APPLICABLE: translate_noop("sla", "not applicable"),
    TimerState.NOT_TRACKED: translate_noop("sla", "imported — not tracked"),
}


def when(instant: datetime | None) -> str:
    """``Mon 15 Jun 2026 10:00 BST`` (day and month names in the chosen language)."""
    if instant is None:
        return "—"
    local = to_local(instant)
    return f"{format_date(local.date(), 'EEE d MMM y')} {local:%H:%M %Z}"


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
    stops = translate("sla", " or ").join(label(m.kind) for m in rule.stop)
    lines = [f"{rule.label}: {translate('sla', STATE_WORDS[timer.state])}"]
    if rule.description:
        lines.append(translate("sla", "  Rule: {description}").format(description=rule.description))
    lines.append(translate("sla", "  Target: {target}, from {start} to {stops}; calendar: {calendar}.").format(
        target=rule.describe_target(), start=label(rule.start.kind), stops=stops, calendar=rule.calendar.describe()))
    if timer.state is TimerState.NOT_APPLICABLE and timer.started_at is None:
        why = {
            "in_service_area": translate("sla", "the young person lives inside the service area, so this rule does not "
                                                "apply."),
            "home_area_unknown": translate("sla", "the young person's home local authority is not recorded, so it is "
                                                  "not known whether this rule applies. Record it on the person."),
            "closed_before_start": translate("sla", "the referral was closed ({when}) before the clock started.").format(
                when=when(timer.closed_at)),
        }.get(timer.reason, timer.reason)
        lines.append(translate("sla", "  Why: {why}").format(why=why))
        return lines
    if timer.started_at is None:
        lines.append(translate("sla", "  Why: the clock starts when {start} is recorded; it has not been yet.").format(
            start=label(rule.start.kind)))
        return lines
    lines.append(translate("sla", "  Started: {when} ({start}, event #{id}).").format(
        when=when(timer.started_at), start=label(rule.start.kind), id=timer.start_event_id))
    for paused, resumed in timer.pauses:
        until = (translate("sla", "until {when}").format(when=when(resumed)) if resumed
                 else translate("sla", "and still paused"))
        lines.append(translate("sla", "  Paused: from {when} {until}; the due time moves out by the paused time.").format(
            when=when(paused), until=until))
    lines.append(translate("sla", "  Due: {when}.").format(when=when(timer.due_at)))
    if timer.warn_times and timer.state in (TimerState.RUNNING, TimerState.WARNING):
        lines.append(translate("sla", "  Warning at: {times}.").format(
            times=", ".join(f"{int(f * 100)}% — {when(w)}" for f, w in zip(rule.warn_at, timer.warn_times))))
    remaining = timer.remaining
    if timer.state is TimerState.MET:
        lines.append(translate("sla", "  Stopped: {when} (event #{id}), {span} before the due time.").format(
            when=when(timer.stopped_at), id=timer.stop_event_id, span=describe_duration(remaining)))
        lines.append(translate("sla", "  Why: met — the stop event came at or before the due time."))
    elif timer.state is TimerState.MET_LATE:
        lines.append(translate("sla", "  Stopped: {when} (event #{id}), {span} after the due time.").format(
            when=when(timer.stopped_at), id=timer.stop_event_id, span=describe_duration(remaining)))
        lines.append(translate("sla", "  Why: the stop event came after the due time, so this counts as a breach."))
    elif timer.state is TimerState.NOT_APPLICABLE:
        lines.append(translate("sla", "  Why: the referral was closed ({when}) before {stops} and before the due time, "
                                      "so the rule no longer applies.").format(when=when(timer.closed_at), stops=stops))
    elif timer.state is TimerState.NOT_TRACKED:
        if timer.stopped_at is not None:
            lines.append(translate("sla", "  Stopped: {when} (event #{id}), after the due time.").format(
                when=when(timer.stopped_at), id=timer.stop_event_id))
        lines.append(translate("sla", "  Why: the due time had passed before the referral was imported ({when}), so "
                                      "this clock is not tracked: no alert, no breach to review, and it is counted "
                                      "apart from the compliance figures.").format(when=when(timer.untracked_before)))
    elif timer.state is TimerState.BREACHED:
        lines.append(translate("sla", "  Overdue by: {span} (as of {when}).").format(
            span=describe_duration(remaining), when=when(as_of)))
        if timer.closed_at is not None:
            lines.append(translate("sla", "  Why: the referral was closed ({when}) after the due time without {stops} "
                                          "being recorded.").format(when=when(timer.closed_at), stops=stops))
        else:
            lines.append(translate("sla", "  Why: {stops} has not been recorded and the due time has passed.").format(
                stops=stops))
    elif timer.state is TimerState.PAUSED:
        lines.append(translate("sla", "  Remaining when resumed: {span}.").format(span=describe_duration(remaining)))
        lines.append(translate("sla", "  Why: a pause event was recorded and no resume yet."))
    else:
        lines.append(translate("sla", "  Remaining: {span} (as of {when}).").format(
            span=describe_duration(remaining), when=when(as_of)))
        if timer.state is TimerState.WARNING:
            lines.append(translate("sla", "  Why: more than the warning share of the time has gone; record {stops} as "
                                          "soon as it happens.").format(stops=stops))
        else:
            lines.append(translate("sla", "  Why: waiting for {stops}.").format(stops=stops))
    return lines
