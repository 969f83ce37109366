"""When to sweep: one single-shot timer for the next stored deadline, a periodic reconcile, and a
heartbeat that notices when the machine slept or the clock jumped.

The SLA timers live in the database (``sla_timer.next_check_at``); this object only decides when to
ask the core to move them along (``sla.run_sweep``) and then when to wake up next
(``sla.next_deadline``). Both run off the UI thread. Three things wake it:

* the **deadline timer**, one single-shot ``QTimer`` armed for the next deadline. ``QTimer`` cannot
  wait longer than 2**31-1 ms (about 24.8 days), and a long wait counted on a monotonic clock goes
  wrong when the wall clock moves, so the wait is also capped at the reconcile period; when a capped
  wait ends before the deadline it is simply armed again, without touching the database;
* the **reconcile** pass every ``reconcile_ms`` (60 s by default, a setting): it sweeps and re-arms
  whatever happened. This is how work recorded on another desktop reaches this one: its events
  change the stored deadlines and its sweeps create alerts this desktop's user can see;
* the **heartbeat** (a few seconds, no database work) compares the wall clock with the monotonic
  clock since the last look. A machine that slept, or a clock that was set, shows up as a
  difference between the two; then it sweeps at once instead of waiting for a timer that was
  counting monotonic time.

Tests do not wait for any of these: they move the injected clock and call :meth:`tick` (what the
heartbeat does) or :meth:`check_now` (sweep now), then wait for :attr:`swept`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime

from casework.services import sla
from casework.services.context import Context

from .qt import QObject, Qt, QTimer, Signal
from .settings import SLA_RECONCILE_SECONDS, Settings
from .tasks import Task, run_in_background

# QTimer takes a signed 32-bit number of milliseconds.
MAX_QTIMER_MS = 2**31 - 1
# Wake a little after the deadline: the sweep treats "exactly at the due time" as not yet breached.
DEADLINE_SLACK_MS = 250
DEFAULT_RECONCILE_MS = 60_000
MIN_RECONCILE_SECONDS, MAX_RECONCILE_SECONDS = 10, 3600
HEARTBEAT_MS = 5_000
# More difference than this between wall-clock and monotonic time since the last look is a jump.
JUMP_TOLERANCE_MS = 10_000

# Why a sweep ran (``last_reason``): handy in tests and in a diagnostics line.
START, DEADLINE, RECONCILE, CLOCK_JUMP, MANUAL = "start", "deadline", "reconcile", "clock_jump", "manual"


def arm_interval(deadline: datetime | None, now: datetime, cap_ms: int = MAX_QTIMER_MS) -> int | None:
    """Milliseconds to wait for ``deadline`` from ``now``: never negative, never beyond ``cap_ms``
    nor beyond what ``QTimer`` can hold. None when there is nothing to wait for."""
    if deadline is None:
        return None
    wait = math.ceil((deadline - now).total_seconds() * 1000) + DEADLINE_SLACK_MS
    return max(0, min(wait, cap_ms, MAX_QTIMER_MS))


class SlaScheduler(QObject):
    """Runs the core sweep at the right moments for one database (one ``Context``)."""

    swept = Signal(object)           # the SweepResult of every sweep that finished
    alerts_changed = Signal()        # a sweep from this desktop created alerts
    deadline_changed = Signal(object)  # the next stored deadline (datetime or None) after a sweep
    failed = Signal(object)          # the exception of a sweep that failed (the reconcile retries)

    def __init__(self, ctx: Context, *, reconcile_ms: int = DEFAULT_RECONCILE_MS, heartbeat_ms: int = HEARTBEAT_MS,
                 jump_tolerance_ms: int = JUMP_TOLERANCE_MS, monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._reconcile_ms = max(0, reconcile_ms)
        self._jump_tolerance_ms = jump_tolerance_ms
        self._monotonic = monotonic
        self._task: Task | None = None
        self._pending: str | None = None
        self._deadline: datetime | None = None
        self._last_swept_as_of: datetime | None = None
        self._mark_mono: float | None = None
        self._mark_wall: datetime | None = None
        self.last_reason: str | None = None
        self.sweeps = 0

        self.deadline_timer = QTimer(self)
        self.deadline_timer.setObjectName("slaDeadlineTimer")
        self.deadline_timer.setSingleShot(True)
        # A coarse timer may be 5% late: four minutes on a 80-minute wait. Deadlines need precision.
        self.deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.deadline_timer.timeout.connect(self._deadline_reached)

        self.reconcile_timer = QTimer(self)
        self.reconcile_timer.setObjectName("slaReconcileTimer")
        if self._reconcile_ms:
            self.reconcile_timer.setInterval(self._reconcile_ms)
        self.reconcile_timer.timeout.connect(lambda: self.check_now(RECONCILE))

        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setObjectName("slaHeartbeatTimer")
        self.heartbeat_timer.setInterval(max(1, heartbeat_ms))
        self.heartbeat_timer.timeout.connect(self.tick)

    @classmethod
    def from_settings(cls, ctx: Context, settings: Settings, parent: QObject | None = None) -> SlaScheduler:
        """A scheduler whose reconcile period is the ``sla/reconcile_seconds`` setting (10 s to 1 h)."""
        seconds = min(max(settings.get(SLA_RECONCILE_SECONDS), MIN_RECONCILE_SECONDS), MAX_RECONCILE_SECONDS)
        return cls(ctx, reconcile_ms=seconds * 1000, parent=parent)

    # --- state, for the window and for tests -------------------------------------------------------

    @property
    def deadline(self) -> datetime | None:
        """The next stored deadline, as of the last sweep."""
        return self._deadline

    @property
    def armed_interval_ms(self) -> int | None:
        """How long the deadline timer was last armed for; None when it is not armed."""
        return self.deadline_timer.interval() if self.deadline_timer.isActive() else None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    @property
    def running(self) -> bool:
        return self.heartbeat_timer.isActive()

    # --- starting and stopping -----------------------------------------------------------------------

    def start(self) -> None:
        """Sweep once now, then keep watching."""
        self._mark()
        if self._reconcile_ms:
            self.reconcile_timer.start()
        self.heartbeat_timer.start()
        self.check_now(START)

    def stop(self) -> None:
        """Stop every timer and drop the result of a sweep still running (it finishes on its own)."""
        for timer in (self.deadline_timer, self.reconcile_timer, self.heartbeat_timer):
            timer.stop()
        self._pending = None
        if self._task is not None:
            self._task.discard()
            self._task = None

    # --- what wakes it -------------------------------------------------------------------------------

    def tick(self) -> str | None:
        """One heartbeat: sweep now if the clock jumped or the awaited deadline has passed.

        Returns why it swept, or None. The heartbeat timer calls this; tests call it directly.
        """
        if self._clock_jumped():
            reason = CLOCK_JUMP
        elif self._deadline is not None and self._ctx.clock.now() >= self._deadline \
                and not self._stuck(self._deadline):
            reason = DEADLINE
        else:
            return None
        self.check_now(reason)
        return reason

    def check_now(self, reason: str = MANUAL) -> None:
        """Sweep and re-arm now (after the sweep in flight, if there is one)."""
        if self.busy:
            self._pending = self._pending or reason
            return
        self._pending = None
        self.last_reason = reason
        self._mark()
        ctx = self._ctx
        when = ctx.clock.now()

        def sweep():
            result = sla.run_sweep(ctx, as_of=when)
            return when, result, sla.next_deadline(ctx)

        self._task = run_in_background(sweep, self._swept, self._failed)

    def _deadline_reached(self) -> None:
        if self._deadline is not None and self._ctx.clock.now() >= self._deadline:
            self.check_now(DEADLINE)
        else:
            # The wait was capped (QTimer's limit or the reconcile period): wait the rest.
            self._arm(self._deadline)

    # --- results -------------------------------------------------------------------------------------

    def _swept(self, outcome) -> None:
        when, result, deadline = outcome
        self._task = None
        self.sweeps += 1
        self._last_swept_as_of = when
        self._arm(deadline)
        self.deadline_changed.emit(deadline)
        self.swept.emit(result)
        if result.alerts:
            self.alerts_changed.emit()
        self._run_pending()

    def _failed(self, error: BaseException) -> None:
        # The database may be unreachable for a moment: keep the old deadline, the reconcile retries.
        self._task = None
        self._arm(self._deadline)
        self.failed.emit(error)
        self._run_pending()

    def _run_pending(self) -> None:
        if self._pending is not None:
            self.check_now(self._pending)

    # --- arming --------------------------------------------------------------------------------------

    def _stuck(self, deadline: datetime) -> bool:
        """A deadline the last sweep already passed and left in place (a timer whose rule is gone):
        arming for it again would sweep in a tight loop, so it is left to the reconcile."""
        return self._last_swept_as_of is not None and deadline <= self._last_swept_as_of

    def _arm(self, deadline: datetime | None) -> None:
        self._deadline = deadline
        if deadline is None or self._stuck(deadline):
            self.deadline_timer.stop()
            return
        cap = self._reconcile_ms or MAX_QTIMER_MS
        interval = arm_interval(deadline, self._ctx.clock.now(), cap)
        assert interval is not None
        self.deadline_timer.start(interval)

    # --- sleep and clock jumps -----------------------------------------------------------------------

    def _mark(self) -> None:
        self._mark_mono, self._mark_wall = self._monotonic(), self._ctx.clock.now()

    def _clock_jumped(self) -> bool:
        """Did wall-clock time and monotonic time part since the last look? (Sleep, or a clock set.)"""
        mono, wall = self._monotonic(), self._ctx.clock.now()
        if self._mark_mono is None or self._mark_wall is None:
            self._mark_mono, self._mark_wall = mono, wall
            return False
        drift_ms = ((wall - self._mark_wall).total_seconds() - (mono - self._mark_mono)) * 1000
        self._mark_mono, self._mark_wall = mono, wall
        return abs(drift_ms) > self._jump_tolerance_ms
