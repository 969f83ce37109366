"""What every report's layout is given: the open read session, the scope, the request and progress."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..i18n import N_, _
from ..pathways import PathwayRegistry
from .figures import Scope
from .params import ReportRequest
from .pdf import ReportMeta

ProgressCallback = Callable[[int, int], None]

SUPPRESSION_NOTICE = (N_("Counts from 1 to 4 are shown as “<5” and their percentages as “—”, so that no young "
                      "person can be identified from a small number. Zero is shown as 0."))


class Progress:
    """(done, total) for a caller's progress bar, from a plain callback (no Qt here).

    ``total`` grows as the report learns how long its lists are; a call that would move a progress
    bar backwards is not made, and calls are spaced at least 50 ms apart (the last one always made),
    so a GUI is not flooded from the worker thread.
    """

    def __init__(self, callback: ProgressCallback | None, total: int = 1) -> None:
        self._callback = callback
        self.total = max(1, total)
        self.done = 0
        self._last = 0.0
        self._ratio = 0.0
        self._lock = threading.Lock()

    def add(self, units: int) -> None:
        with self._lock:
            self.total += max(0, units)

    def step(self, units: int = 1) -> None:
        with self._lock:
            self.done = min(self.total, self.done + units)
            done, total = self.done, self.total
            now = time.monotonic()
            ratio = done / total
            if self._callback is None or ratio < self._ratio or (now - self._last < 0.05 and done < total):
                return
            self._last, self._ratio = now, ratio
        self._callback(done, total)

    def finish(self) -> None:
        with self._lock:
            self.done = self.total
            done, total = self.done, self.total
        if self._callback is not None:
            self._callback(done, total)


@dataclass
class Run:
    session: Session
    pathways: PathwayRegistry
    scope: Scope
    request: ReportRequest
    meta: ReportMeta
    progress: Progress
    team_name: str | None
    worker_name: str | None

    @property
    def notice(self) -> str | None:
        return _(SUPPRESSION_NOTICE) if self.request.suppress_small_counts else None
