"""The desktop under measurement (run in a child process by ``bench.run``; Qt offscreen).

The child does what ``casework-gui`` does after sign-in (``ui.app.run``): the main window, the
workspace (SLA scheduler, alerts, tray), show, load the caseload, Qt's event loop. The manager's
view of every referral, open and closed, is the one with a million rows. The clock is fixed at the
database's "now" so the scheduler finds the SLA cache as the generator left it.

Measured:
* process start (the parent's clock just before it spawned the child) to the first frame of the
  caseload table painted with rows (not placeholders);
* ``scrollTo`` row 900,000 to that row painted with its data (wall time, and the CPU time of every
  thread); beside it, the statements of that page (sought from the model's keyset anchors, which it
  finds in the background after the load) replayed through bare ``sqlite3`` (the floor of getting
  the data at all), and the OFFSET page's statement it replaced;
* a fast scroll-bar drag (30 positions, 16 ms apart, top to 90%) with a 1 ms heartbeat timer
  running: the most UI-thread CPU time spent between two heartbeats is the worst frame's work
  (CPU time, not wall time: on a shared machine the wall-clock gaps are mostly other processes;
  both are kept); beside it, one repaint of the full table with nothing to fetch;
* the process's peak resident memory (VmHWM) at the end.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import datetime


def measure(url: str, spawned_at: float, now: datetime) -> dict:
    from casework.clock import FixedClock
    from casework.services import caseload, caseload_anchors
    from casework.services.context import Context
    from ui import settings as options
    from ui.app import application
    from ui.main_window import MainWindow
    from ui.qt import QAbstractItemView, QEvent, QObject, QThreadPool, QTimer
    from ui.settings import Settings
    from ui.workspace import build_workspace

    from bench.run import Capture, _manager, _rss_mb, best_ms, replay

    result: dict = {"imports_s": time.time() - spawned_at}
    app = application()
    ctx = Context.open(url, clock=FixedClock(now))  # the schema checked, as the app does
    manager = _manager(ctx)  # what sign-in hands the main window (sign-in itself is left out)
    folder = tempfile.TemporaryDirectory(prefix="casework-bench-gui-")
    settings = Settings.at(f"{folder.name}/settings.ini")
    settings.set(options.CASELOAD_OPEN_ONLY, False)
    window = MainWindow(ctx, manager, settings=settings, database=url)
    workspace = build_workspace(window, ctx, manager, settings)
    window.resize(1280, 800)
    table, model = window.caseload.table, window.caseload.model

    class Probe(QObject):
        """Notes when the viewport has been painted with data for every row it shows (and ``row``)."""

        def __init__(self) -> None:
            super().__init__()
            self.row: int | None = None
            self.at: float | None = None

        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.at is None and model.rowCount():
                first = table.rowAt(0)
                last = table.rowAt(table.viewport().height() - 1)
                last = model.rowCount() - 1 if last < 0 else last
                wanted = range(first, last + 1) if first >= 0 else range(0)
                if wanted and all(model.record(r) is not None for r in wanted) and (
                        self.row is None or self.row in wanted):
                    QTimer.singleShot(0, self._painted)  # once this paint event is done
            return False

        def _painted(self) -> None:
            if self.at is None:
                self.at = time.perf_counter()
                app.exit(0)

        def wait(self, limit_s: float = 120) -> float:
            if self.at is None:
                guard = QTimer()
                guard.setSingleShot(True)
                guard.timeout.connect(lambda: app.exit(0))
                guard.start(int(limit_s * 1000))
                app.exec()
                guard.stop()
            if self.at is None:
                raise TimeoutError("nothing painted")
            return self.at

    def idle(ms: int) -> None:
        QTimer.singleShot(ms, lambda: app.exit(0))
        app.exec()

    probe = Probe()
    table.viewport().installEventFilter(probe)
    window.show()
    window.reload()
    workspace.start()
    painted = probe.wait()
    result["first_paint_s"] = time.time() - spawned_at - (time.perf_counter() - painted)
    result["first_paint_cpu_s"] = time.process_time()
    result["rows"] = model.rowCount()

    # A person looks at the screen before scrolling; start-up's other background work is done by then
    # (the model's keyset anchors included: on a loaded machine they can take longer than the look).
    idle(1500)
    waited = time.perf_counter()
    while model.anchors is None and time.perf_counter() - waited < 15:
        idle(100)
    result["anchors_wait_s"] = time.perf_counter() - waited
    target = int(model.rowCount() * 0.9)
    probe.row, probe.at = target, None
    anchors = model.anchors  # found in the background after the load (None: the page goes by OFFSET)
    result["anchors"] = len(anchors.keys) if anchors is not None else 0
    started, started_cpu = time.perf_counter(), time.process_time()
    table.scrollTo(model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    result["scroll_row"] = target
    result["scroll_ms"] = (probe.wait() - started) * 1000
    result["scroll_cpu_ms"] = (time.process_time() - started_cpu) * 1000  # every thread's, the paints included
    # The floor: the statements of that page (as the model fetched it: sought from the anchors, or
    # by OFFSET without them) replayed through bare sqlite3; beside it, the OFFSET page's.
    query = model.query
    size = model.page_size
    offset = (target // size) * size
    raw = sqlite3.connect(url.removeprefix("sqlite:///"))
    with Capture(ctx.engine) as by_offset:
        caseload.page(ctx, manager, query, offset, size)
    result["raw_offset_page_ms"] = best_ms(lambda: replay(raw, by_offset.statements), 3)[0]
    if anchors is not None:
        with Capture(ctx.engine) as seen:
            caseload_anchors.page(ctx, manager, query, offset, size, anchors)
        result["raw_page_ms"] = best_ms(lambda: replay(raw, seen.statements), 3)[0]
    else:
        result["raw_page_ms"] = result["raw_offset_page_ms"]
    raw.close()

    # One repaint of the table with every row on screen already fetched: the paint floor (UI thread CPU).
    def repaint_cpu() -> float:
        before = time.thread_time()
        table.viewport().repaint()
        return (time.thread_time() - before) * 1000
    result["paint_ms"] = min(repaint_cpu() for _ in range(5))

    # A fast drag of the scroll bar, top to 90%, with a 1 ms heartbeat measuring the UI thread's stalls.
    table.scrollToTop()
    probe.row, probe.at = 0, None
    table.viewport().update()
    probe.wait()
    idle(1000)
    bar = table.verticalScrollBar()
    beats: list[tuple[float, float]] = []
    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append((time.perf_counter(), time.thread_time())))
    steps = 30
    positions = [int(bar.maximum() * 0.9 * step / steps) for step in range(1, steps + 1)]
    driver = QTimer()
    driver.setInterval(16)

    def step() -> None:
        if positions:
            bar.setValue(positions.pop(0))
        else:
            driver.stop()
            QTimer.singleShot(300, lambda: app.exit(0))  # let the last pages arrive and paint
    driver.timeout.connect(step)
    heartbeat.start()
    driver.start()
    app.exec()
    heartbeat.stop()
    # Wall-clock gaps include the time other processes held the CPU (the machine is shared); the UI
    # thread's own CPU time between two beats is the work a frame cost the app.
    walls = sorted(b[0] - a[0] for a, b in zip(beats, beats[1:]))
    cpus = sorted(b[1] - a[1] for a, b in zip(beats, beats[1:]))
    result["frame_wall_max_ms"] = walls[-1] * 1000 if walls else float("nan")
    result["frame_max_ms"] = cpus[-1] * 1000 if cpus else float("nan")
    result["frame_p95_ms"] = cpus[int(len(cpus) * 0.95)] * 1000 if cpus else float("nan")
    result["frames"] = len(cpus)
    result["rss_mb"] = _rss_mb()
    result["peak_rss_mb"] = _rss_mb("VmHWM")
    workspace.shutdown()
    window.close()
    QThreadPool.globalInstance().waitForDone(30_000)
    ctx.close()
    folder.cleanup()
    return result
