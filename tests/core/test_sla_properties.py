"""Invariants of the timer function, over generated histories on every default rule and calendar."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from casework.sla.engine import EventFact, ReferralFacts, TimerState, compute_timer
from casework.sla.rules import EventMatch

from .sla_helpers import PATHWAYS

RULES = [(p, r) for p in PATHWAYS for r in p.sla_rules]
PAUSE = EventMatch("note", (("pause", "yes"),))
RESUME = EventMatch("note", (("pause", "no"),))
# 2025-2028 covers several clock changes, Easters and Christmases.
instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1)).map(
    lambda d: d.replace(tzinfo=timezone.utc, microsecond=0))
offsets = st.integers(min_value=0, max_value=30 * 24 * 60).map(lambda m: timedelta(minutes=m))


@st.composite
def histories(draw):
    pathway, rule = draw(st.sampled_from(RULES))
    rule = replace(rule, pause=(PAUSE,), resume=(RESUME,))
    start = draw(instants)
    kinds = [rule.start.kind] + [m.kind for m in rule.stop]
    extra = draw(st.lists(st.tuples(st.sampled_from(kinds + ["pause", "resume"]), offsets), max_size=6))
    events = [EventFact(1, rule.start.kind, start, dict(rule.start.where))]
    for index, (kind, offset) in enumerate(extra, start=2):
        if kind == "pause":
            events.append(EventFact(index, "note", start + offset, {"pause": "yes"}))
        elif kind == "resume":
            events.append(EventFact(index, "note", start + offset, {"pause": "no"}))
        else:
            details = dict(rule.start.where) if kind == rule.start.kind else {}
            events.append(EventFact(index, kind, start + offset, details))
    nation = draw(st.sampled_from(["england", "wales", "scotland"]))
    as_of = start + draw(offsets)
    facts = ReferralFacts(start, None, "Elsewhere", pathway.service_area)
    return rule, rule.calendar.build(nation), facts, events, as_of


def run(history, events=None, as_of=None):
    rule, calendar, facts, evs, default_as_of = history
    return compute_timer(rule, calendar, facts, evs if events is None else events, as_of or default_as_of)


@settings(max_examples=300, deadline=None)
@given(histories())
def test_due_is_never_before_the_start(history):
    t = run(history)
    if t.due_at is not None:
        assert t.due_at >= t.started_at


@settings(max_examples=300, deadline=None)
@given(histories())
def test_met_exactly_when_the_stop_event_is_at_or_before_due(history):
    t = run(history)
    if t.stopped_at is not None:
        assert (t.state is TimerState.MET) == (t.stopped_at <= t.due_at)
        assert t.state in (TimerState.MET, TimerState.MET_LATE)


@settings(max_examples=300, deadline=None)
@given(histories())
def test_a_pause_never_brings_the_due_time_forward(history):
    rule, calendar, facts, evs, as_of = history
    unpaused = [e for e in evs if e.kind != "note"]
    with_pauses = run(history)
    without = run(history, events=unpaused)
    if with_pauses.due_at is not None and without.due_at is not None:
        assert with_pauses.due_at >= without.due_at


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_events_were_entered_in_does_not_matter(history, rnd: random.Random):
    rule, calendar, facts, evs, as_of = history
    shuffled = list(evs)
    rnd.shuffle(shuffled)
    # Entry order shows in the ids too: renumber them in the shuffled order.
    renumbered = [replace(e, id=i) for i, e in enumerate(shuffled, start=100)]
    a, b = run(history), run(history, events=renumbered)
    assert (a.state, a.started_at, a.due_at, a.stopped_at, a.warn_times, a.pauses) == \
           (b.state, b.started_at, b.due_at, b.stopped_at, b.warn_times, b.pauses)


@settings(max_examples=200, deadline=None)
@given(histories(), offsets)
def test_time_only_moves_a_running_timer_forward_through_its_states(history, later):
    order = [TimerState.RUNNING, TimerState.WARNING, TimerState.BREACHED]
    rule, calendar, facts, evs, as_of = history
    first, second = run(history), run(history, as_of=as_of + later)
    if first.state in order and second.state in order:
        assert order.index(second.state) >= order.index(first.state)
