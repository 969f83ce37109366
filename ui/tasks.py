"""Run one call off the UI thread and hand its result back on the UI thread, by signal.

The call must not touch widgets: it gets plain arguments (already read from the form) and returns a
plain result, like every service function. Typical use::

    self._task = run_in_background(lambda: directory.authenticate(ctx, name, password),
                                   on_success=self._signed_in, on_failure=self._sign_in_failed)

The callbacks run on the UI thread. A task whose receiver has gone away (a dialog cancelled while
the call was running) is dropped with :meth:`Task.discard`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .qt import QObject, QThreadPool, Signal, Slot

# Tasks in flight: held here so that neither the Python wrapper nor its QObject is collected while
# the worker runs or while the result waits in the UI thread's event queue.
_in_flight: set[Task] = set()


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    # Emitted on the worker thread; delivered (queued) to _deliver on the thread that owns the task.
    _finished = Signal(object, object)

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self._call = call
        self._discarded = False
        self.done = False
        self._finished.connect(self._deliver)

    def start(self, pool: QThreadPool | None = None) -> Task:
        _in_flight.add(self)
        (pool or QThreadPool.globalInstance()).start(self._run)
        return self

    def discard(self) -> None:
        """The result is no longer wanted; neither callback will be called."""
        self._discarded = True

    def _run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which decides
            self._finished.emit(None, exc)
        else:
            self._finished.emit(result, None)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _in_flight.discard(self)
        self.done = True
        if self._discarded:
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def run_in_background(call: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None]) -> Task:
    task = Task(call)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    return task.start()
