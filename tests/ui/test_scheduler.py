"""The SLA scheduler sweeps when a stored deadline comes, on every reconcile, and at once after a clock
jump; it arms one single-shot timer, never longer than QTimer can wait. Time moves by the injected
clock (and an injected monotonic clock), never by sleeping."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from casework.services import referrals, sla
from casework.services.context import Context
from casework.store.models import Alert
from ui.qt import QThreadPool
from ui.scheduler import (
    CLOCK_JUMP,
    DEADLINE,
    DEADLINE_SLACK_MS,
    MAX_QTIMER_MS,
    RECONCILE,
    SlaScheduler,
    arm_interval,
)

from ..core.factories import act_now, young_person

MIN = timedelta(minutes=1)
WARN = timedelta(minutes=67, seconds=30)  # Act Now custody: 75% of 90 minutes


class Monotonic:
    """A monotonic clock the test moves: with the FixedClock it says whether wall time jumped."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta.total_seconds()


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def schedulers(qtbot):
    made: list[SlaScheduler] = []
    yield made
    for scheduler in made:
        scheduler.stop()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def make(schedulers, monotonic):
    def build(ctx, **options) -> SlaScheduler:
        options.setdefault("monotonic", monotonic)
        scheduler = SlaScheduler(ctx, **options)
        schedulers.append(scheduler)
        return scheduler
    return build


def started(qtbot, scheduler: SlaScheduler) -> SlaScheduler:
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        scheduler.start()
    return scheduler


def alert_count(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Alert.id))) or 0


# --- the interval ---------------------------------------------------------------------------------------

def test_the_interval_waits_until_just_after_the_deadline(clock):
    now = clock.now()
    assert arm_interval(now + 10 * MIN, now) == 10 * 60_000 + DEADLINE_SLACK_MS
    assert arm_interval(now - 10 * MIN, now) == 0  # overdue: at once
    assert arm_interval(None, now) is None


def test_the_interval_is_clamped_to_what_qtimer_can_hold_and_to_the_cap(clock):
    now = clock.now()
    assert arm_interval(now + timedelta(days=40), now) == MAX_QTIMER_MS == 2**31 - 1
    assert arm_interval(now + timedelta(days=40), now, cap_ms=60_000) == 60_000
    assert arm_interval(now + timedelta(days=40), now, cap_ms=2**40) == MAX_QTIMER_MS


# --- arming ----------------------------------------------------------------------------------------------

def test_start_sweeps_then_arms_one_timer_for_the_next_deadline(qtbot, ctx, world, clock, make):
    act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx, reconcile_ms=0))
    assert scheduler.deadline == clock.now() + WARN == sla.next_deadline(ctx)
    assert scheduler.deadline_timer.isSingleShot()
    assert scheduler.armed_interval_ms == int(WARN.total_seconds() * 1000) + DEADLINE_SLACK_MS
    assert not scheduler.reconcile_timer.isActive()


def test_a_long_wait_is_capped_at_the_reconcile_period_and_re_armed_without_a_sweep(
        qtbot, ctx, world, clock, make):
    act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx, reconcile_ms=60_000))
    assert scheduler.armed_interval_ms == 60_000
    assert scheduler.reconcile_timer.isActive() and scheduler.reconcile_timer.interval() == 60_000
    sweeps = scheduler.sweeps
    # WHEN the capped wait ends a minute later, long before the deadline
    clock.advance(MIN)
    scheduler.deadline_timer.timeout.emit()
    # THEN it only arms again for the rest (no sweep, no database work)
    assert scheduler.sweeps == sweeps and not scheduler.busy
    assert scheduler.armed_interval_ms == 60_000
    clock.advance(WARN - MIN - timedelta(seconds=30))  # thirty seconds to go
    scheduler.deadline_timer.timeout.emit()
    assert scheduler.armed_interval_ms == 30_000 + DEADLINE_SLACK_MS


def test_a_deadline_weeks_away_is_clamped_to_what_qtimer_can_wait(qtbot, ctx, world, clock, make, monkeypatch):
    scheduler = started(qtbot, make(ctx, reconcile_ms=0))
    monkeypatch.setattr(sla, "next_deadline", lambda c: clock.now() + timedelta(days=40))
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        scheduler.check_now()
    assert scheduler.armed_interval_ms == MAX_QTIMER_MS


def test_when_the_deadline_comes_it_sweeps_and_arms_for_the_next(qtbot, ctx, world, clock, make):
    act_now(ctx, world.caseworker)
    start = clock.now()
    scheduler = started(qtbot, make(ctx, reconcile_ms=0))
    clock.advance(WARN + timedelta(seconds=1))
    with qtbot.waitSignal(scheduler.swept, timeout=5000) as swept, qtbot.waitSignal(scheduler.alerts_changed):
        scheduler.deadline_timer.timeout.emit()
    assert scheduler.last_reason == DEADLINE
    assert (swept.args[0].warnings, swept.args[0].alerts) == (1, 2)  # caseworker and team lead
    assert scheduler.deadline == start + 90 * MIN
    assert scheduler.armed_interval_ms == (90 * 60 - 67 * 60 - 31) * 1000 + DEADLINE_SLACK_MS


def test_nothing_to_wait_for_leaves_the_deadline_timer_unarmed(qtbot, ctx, world, make):
    scheduler = started(qtbot, make(ctx, reconcile_ms=60_000))
    assert scheduler.deadline is None and scheduler.armed_interval_ms is None
    assert scheduler.reconcile_timer.isActive()  # still reconciling: another desktop may add work


# --- the heartbeat: sleep and clock jumps ----------------------------------------------------------------

def test_a_clock_jump_sweeps_at_once(qtbot, ctx, world, clock, make, monotonic):
    act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx))
    # Time passing normally is no reason to sweep before the deadline.
    clock.advance(timedelta(seconds=5))
    monotonic.advance(timedelta(seconds=5))
    assert scheduler.tick() is None and not scheduler.busy
    # The wall clock is set forward ten minutes while monotonic time moves five seconds.
    clock.advance(10 * MIN)
    monotonic.advance(timedelta(seconds=5))
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        assert scheduler.tick() == CLOCK_JUMP
    assert scheduler.last_reason == CLOCK_JUMP
    # ... and backwards too.
    clock.advance(-3 * MIN)
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        assert scheduler.tick() == CLOCK_JUMP


def test_waking_from_sleep_past_a_deadline_sweeps_at_once_and_raises_the_breach(qtbot, ctx, world, clock, make,
                                                                               monotonic):
    act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx))
    # GIVEN the laptop lid was closed for two hours (monotonic time stood still)
    clock.advance(2 * 60 * MIN)
    monotonic.advance(timedelta(seconds=1))
    # WHEN the heartbeat next runs
    with qtbot.waitSignal(scheduler.swept, timeout=5000) as swept:
        assert scheduler.tick() == CLOCK_JUMP
    # THEN the breach is raised now, not when the reconcile or the stale timer gets round to it
    assert (swept.args[0].breaches, swept.args[0].alerts) == (1, 2)
    assert scheduler.deadline is None


def test_a_passed_deadline_without_a_jump_is_swept_by_the_heartbeat(qtbot, ctx, world, clock, make, monotonic):
    act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx))
    clock.advance(WARN + MIN)
    monotonic.advance(WARN + MIN)
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        assert scheduler.tick() == DEADLINE


def test_a_deadline_the_sweep_cannot_move_is_not_swept_in_a_loop(qtbot, ctx, world, clock, make, monkeypatch):
    # A timer whose rule was removed from its pathway file keeps a next check in the past.
    scheduler = started(qtbot, make(ctx, reconcile_ms=60_000))
    stale = clock.now() - MIN
    monkeypatch.setattr(sla, "next_deadline", lambda c: stale)
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        scheduler.check_now()
    assert scheduler.deadline == stale
    assert scheduler.armed_interval_ms is None  # left to the reconcile
    assert scheduler.tick() is None and not scheduler.busy


# --- reconcile, other desktops, failures -----------------------------------------------------------------

def test_the_reconcile_picks_up_an_event_recorded_on_another_desktop(qtbot, ctx, world, clock, make, db_url):
    detail = act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx))
    assert scheduler.deadline is not None
    other = Context.open(db_url, clock=clock, migrate=False)
    try:
        clock.advance(30 * MIN)
        referrals.record_event(other, world.caseworker, detail.id, "custody_attended")
    finally:
        other.close()
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        scheduler.reconcile_timer.timeout.emit()
    assert scheduler.last_reason == RECONCILE
    assert scheduler.deadline is None and scheduler.armed_interval_ms is None


def test_two_desktops_sweeping_together_create_each_alert_once(qtbot, ctx, world, clock, make, db_url):
    for n in range(3):
        act_now(ctx, world.caseworker, person=young_person(given_name=f"Kid{n}"))
    second = Context.open(db_url, clock=clock, migrate=False)
    try:
        one, two = started(qtbot, make(ctx)), started(qtbot, make(second))
        clock.advance(2 * 60 * MIN)
        results = []
        one.swept.connect(results.append)
        two.swept.connect(results.append)
        with qtbot.waitSignals([one.swept, two.swept], timeout=10_000):
            one.check_now()
            two.check_now()
        assert len(results) == 2
        assert sum(r.alerts for r in results) == 6  # 3 breaches x (caseworker + team lead)
        assert alert_count(ctx) == 6
        assert sla.unread_alert_count(ctx, world.caseworker) == 3
        assert sla.unread_alert_count(second, world.team_lead) == 3
    finally:
        one.stop()
        two.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        second.close()


def test_a_failed_sweep_is_reported_and_keeps_the_last_deadline(qtbot, ctx, world, clock, make, monkeypatch):
    act_now(ctx, world.caseworker)
    scheduler = started(qtbot, make(ctx, reconcile_ms=0))
    deadline = scheduler.deadline

    def unreachable(*args, **kwargs):
        raise ConnectionError("the server went away")

    monkeypatch.setattr(sla, "run_sweep", unreachable)
    with qtbot.waitSignal(scheduler.failed, timeout=5000) as failed:
        scheduler.check_now()
    assert isinstance(failed.args[0], ConnectionError)
    assert scheduler.deadline == deadline and scheduler.armed_interval_ms is not None


def test_a_request_during_a_sweep_runs_once_after_it(qtbot, ctx, world, make):
    scheduler = started(qtbot, make(ctx))
    with qtbot.waitSignal(scheduler.swept, timeout=5000):
        scheduler.check_now()
        scheduler.check_now()
        scheduler.check_now()
        assert scheduler.busy
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=5000)
    assert scheduler.sweeps == 3  # start, the first request, and one for the two that waited


def test_stop_stops_every_timer_and_drops_a_sweep_in_flight(qtbot, ctx, world, make):
    scheduler = started(qtbot, make(ctx))
    swept = []
    scheduler.swept.connect(swept.append)
    scheduler.check_now()
    scheduler.stop()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert swept == []
    assert not (scheduler.deadline_timer.isActive() or scheduler.reconcile_timer.isActive() or scheduler.running)


def test_the_reconcile_period_comes_from_the_settings_within_limits(qtbot, ctx, settings, schedulers):
    from ui import settings as options

    assert SlaScheduler.from_settings(ctx, settings).reconcile_timer.interval() == 60_000  # the default
    settings.set(options.SLA_RECONCILE_SECONDS, 120)
    assert SlaScheduler.from_settings(ctx, settings).reconcile_timer.interval() == 120_000
    settings.set(options.SLA_RECONCILE_SECONDS, 0)
    assert SlaScheduler.from_settings(ctx, settings).reconcile_timer.interval() == 10_000
