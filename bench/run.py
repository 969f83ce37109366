"""``make bench``: every figure at 1,000,000 referrals, each beside the limit it should approach, measured
in the same run, in one table.

    .venv/bin/python -m bench.run                     # everything (builds the databases the first time)
    .venv/bin/python -m bench.run --only sqlite gui   # some groups: sqlite gui pdf pg
    .venv/bin/python -m bench.run --json out.json     # also every figure, with its details, as JSON

The database is ``bench.data``'s (1,000,000 referrals, 200,000 people, built once and cached). Each
group runs in fresh processes so that one figure's caches and memory are not another's:

* ``sqlite``: the live SLA sweep, one worker's caseload page, name and identifier search, and a
  deep page of the manager's million sorted by name, each through the app's service and then as
  the very statements the service sent to the driver (captured as they went) replayed through
  bare ``sqlite3`` on the same file;
* ``gui``: the desktop from process start to the first frame painted with rows, against the floor
  of importing PySide6, creating the QApplication and painting an empty window; scrolling to row
  900,000; scroll-bar frame times; peak memory;
* ``pdf``: the caseload summary with its list of open cases, at 10,000 and 100,000 rows, against
  bare ReportLab writing the same rows on the canvas (and, at 10,000, in platypus Tables);
* ``pg``: the sweep and the caseload page on a throwaway PostgreSQL 15 server
  (``scripts/pg-test-server``) loaded from the SQLite file with COPY, against the same statements
  through bare psycopg.

Times are the best of several runs (the machine is shared; the best is the least disturbed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import data  # noqa: E402

NOW = data.NOW
GROUPS = ("sqlite", "gui", "pdf", "pg")
# The figures of the sqlite and pg groups (``--figures`` runs some of them: a quicker loop while working on one).
FIGURES = ("sweep_idle", "sweep_due", "caseload_page", "search", "by_name")
SWEEP_AHEAD = timedelta(hours=24)
# A second after the data's "now": a timer due exactly at "now" is swept once (it breaches a moment
# later), so repeated sweeps at this instant are the idle sweep every desktop runs every minute.
IDLE_AT = NOW + timedelta(seconds=1)
SEARCH_KEYSTROKES = ("s", "sa", "sam", "sam ", "sam j", "sam jo", "sam jon")
PLATYPUS_ROWS = 10_000


# --- measuring ---------------------------------------------------------------------------------------

def best_ms(call, runs: int, cpu: list[float] | None = None) -> tuple[float, float]:
    """(best, median) wall time of ``call`` in milliseconds; the best CPU time (this process's,
    every thread) is appended to ``cpu`` when given: on a shared machine it moves less than wall time."""
    times = []
    cpu_times = []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - started_cpu) * 1000)
    if cpu is not None:
        cpu.append(min(cpu_times))
    return min(times), statistics.median(times)


class Capture:
    """The statements (and parameters) an engine sends to its driver while ``with``-ed."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, object, bool]] = []

    def _hook(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:
        # (SQLAlchemy's "insertmanyvalues" reports executemany for one multi-row INSERT: replay
        # tells the two apart by the shape of the parameters.)
        self.statements.append((statement, parameters, executemany))

    def __enter__(self) -> Capture:
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._hook)
        return self

    def __exit__(self, *exc) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._hook)


def replay(raw, statements, *, rollback: bool = False) -> int:
    """Run captured statements on a bare DB-API connection, fetching every row; the rows fetched."""
    cursor = raw.cursor()
    fetched = 0
    for statement, parameters, many in statements:
        if statement.strip().upper() in ("BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"):
            continue
        if many and isinstance(parameters, (list, tuple)) and parameters and isinstance(parameters[0], (tuple, list, dict)):
            cursor.executemany(statement, parameters)
        else:
            cursor.execute(statement, parameters)
            if cursor.description is not None:
                fetched += len(cursor.fetchall())
    if rollback:
        raw.rollback()
    return fetched


# --- the children: SQLite queries -----------------------------------------------------------------------

def _users(ctx):
    """The manager, and the caseworker with the most open referrals (the busiest caseload)."""
    from sqlalchemy import func, select

    from casework.services.actor import Actor
    from casework.store.models import Referral, Role, User

    with ctx.read() as s:
        manager = s.scalar(select(User).where(User.role == Role.MANAGER).order_by(User.id))
        worker = s.scalar(select(User).join(Referral, Referral.assigned_user_id == User.id)
                          .where(User.role == Role.CASEWORKER, Referral.closed_at.is_(None))
                          .group_by(User.id).order_by(func.count().desc(), User.id).limit(1))
        return Actor.of(manager), Actor.of(worker)


def _manager(ctx):
    """The manager ``_users`` finds, by one primary-key-ordered read (no count over the referrals:
    the desktop figures time what the app does after sign-in, not the bench's choice of users)."""
    from sqlalchemy import select

    from casework.services.actor import Actor
    from casework.store.models import Role, User

    with ctx.read() as s:
        return Actor.of(s.scalar(select(User).where(User.role == Role.MANAGER).order_by(User.id)))


def _identifiers(ctx) -> tuple[str, str]:
    from sqlalchemy import select

    from casework.store.models import Person

    with ctx.read() as s:
        pnc = s.scalar(select(Person.pnc_id).where(Person.pnc_id.is_not(None)).order_by(Person.id.desc()).limit(1))
        nhs = s.scalar(select(Person.nhs_number).where(Person.nhs_number.is_not(None))
                       .order_by(Person.id.desc()).limit(1))
    return pnc, nhs


def _paired(ctx, raw, call, runs: int, *, rollback: bool = False) -> dict:
    """The app's call, then the statements it sent replayed bare: best and median of each.

    The call is made once first (first-use costs; and anything due at that instant is swept then),
    and its statements are captured from the second call, the one repeated."""
    call()
    with Capture(ctx.engine) as seen:
        value = call()
    cpu: list[float] = []
    app_best, app_median = best_ms(call, runs, cpu)
    raw_best, raw_median = best_ms(lambda: replay(raw, seen.statements, rollback=rollback), runs, cpu)
    rows = replay(raw, seen.statements, rollback=rollback)
    return {"app_ms": app_best, "app_median_ms": app_median, "raw_ms": raw_best, "raw_median_ms": raw_median,
            "app_cpu_ms": cpu[0], "raw_cpu_ms": cpu[1],
            "statements": len(seen.statements), "rows_fetched": rows, "value": value}


def _rolled_back_sweep(ctx, as_of):
    """``casework.sla.cache.sweep`` at ``as_of`` in a write transaction that is then rolled back, so the
    timers are due again for the next run (the sweep's writes are measured, not kept)."""
    from casework.sla import cache

    def call():
        session = ctx.writer()
        try:
            result = cache.sweep(session, ctx.pathways, as_of)
        finally:
            session.rollback()
            session.close()
        return {"checked": result.checked, "warnings": result.warnings, "breaches": result.breaches,
                "alerts": result.alerts}
    return call


def child_sqlite(url: str, runs: int, figures: tuple[str, ...] = FIGURES) -> dict:
    import sqlite3

    from casework.clock import FixedClock
    from casework.services import caseload, sla
    from casework.services.caseload import CaseloadQuery
    from casework.services.context import Context

    ctx = Context.open(url, clock=FixedClock(NOW), migrate=False)
    raw = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    raw.execute("PRAGMA busy_timeout = 5000")
    # The app's connection settings (foreign keys enforced, as on every connection the app makes): a
    # bare connection without them would not check the parents of each alert and breach the sweep
    # inserts, less work than the database must do for the app (a quarter of the due sweep's).
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA synchronous = FULL")
    manager, worker = _users(ctx)
    out: dict[str, dict] = {}

    # The idle sweep every desktop runs every minute, then a sweep with a day's thresholds due.
    if "sweep_idle" in figures:
        out["sweep_idle"] = _paired(ctx, raw, lambda: sla.run_sweep(ctx, as_of=IDLE_AT).checked, runs)
    if "sweep_due" in figures:
        raw.isolation_level = ""  # the replayed writes go into a transaction that is rolled back
        out["sweep_due"] = _paired(ctx, raw, _rolled_back_sweep(ctx, NOW + SWEEP_AHEAD), max(3, runs // 3),
                                   rollback=True)
        out["sweep_due"]["timers"] = out["sweep_due"]["value"]["checked"]
        raw.isolation_level = None

    # One worker's caseload: the first 100 rows by next deadline.
    if "caseload_page" in figures:
        mine = CaseloadQuery(scope="mine")
        out["caseload_page"] = _paired(ctx, raw, lambda: len(caseload.page(ctx, worker, mine, 0, 100)), runs)
        out["caseload_page"]["total"] = caseload.count(ctx, worker, mine)

    # Search, keystroke by keystroke, in the manager's view of every open referral (the biggest):
    # what the caseload runs for each (its ordered ids and the first page of rows).
    pnc, nhs = _identifiers(ctx)
    keystrokes = {}
    for typed in (*SEARCH_KEYSTROKES, pnc, nhs) if "search" in figures else ():
        query = CaseloadQuery(scope="all", search=typed)

        def keystroke(query=query):
            # What the caseload's model runs for a new query (ui/caseload_model.py, _start_load): a
            # search's first FIRST_MATCHES ids (one more, to know there are more: "1,000+"), then
            # the rows of the first page.
            if caseload.wants_id_list(query):
                ids = caseload.ordered_ids(ctx, manager, query, limit=caseload.FIRST_MATCHES + 1)
                return len(ids), len(caseload.rows(ctx, manager, query, ids[:100]))
            return caseload.count(ctx, manager, query), len(caseload.page(ctx, manager, query, 0, 100))
        keystrokes[typed] = _paired(ctx, raw, keystroke, runs)
    if keystrokes:
        worst = max(keystrokes, key=lambda k: keystrokes[k]["app_ms"])
        out["search"] = {**keystrokes[worst], "worst_keystroke": worst, "keystrokes": keystrokes}
    if "by_name" in figures:
        _by_name(ctx, raw, manager, runs, out)
    ctx.close()
    for figure in out.values():
        figure.pop("value", None)
    return out


def _by_name(ctx, raw, manager, runs: int, out: dict) -> None:
    from casework.services import caseload
    from casework.services.caseload import CaseloadQuery

    # The manager's every referral, open and closed, sorted by name: the page at row 900,000. The
    # caseload pages such orders through their ids (caseload.wants_id_list): the ids once per sort,
    # then each page by id. Beside them, the OFFSET page the caseload used to run (before).
    by_name = CaseloadQuery(scope="all", open_only=False, sort="name")
    ids = caseload.ordered_ids(ctx, manager, by_name)
    deep = int(len(ids) * 0.9)
    out["ids_by_name"] = _paired(ctx, raw, lambda: len(caseload.ordered_ids(ctx, manager, by_name)), 2)
    out["ids_by_name"]["total"] = len(ids)
    out["deep_page_by_name"] = _paired(
        ctx, raw, lambda: len(caseload.rows(ctx, manager, by_name, ids[deep:deep + 200])), runs)
    out["deep_page_by_name"].update(total=len(ids), offset=deep)
    before = best_ms(lambda: caseload.page(ctx, manager, by_name, deep, 200), 1)[0]
    out["deep_page_by_name"]["offset_page_ms"] = before


# --- the children: the desktop ------------------------------------------------------------------------

def _rss_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child_floor(spawned_at: float) -> dict:
    """The least a Qt app can do: import PySide6, make the QApplication, paint an empty main window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    imported = time.time() - spawned_at
    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    painted: list[float] = []

    class Probe(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                QTimer.singleShot(0, app.quit)
            return False

    probe = Probe()
    window.installEventFilter(probe)
    window.show()
    app.exec()
    return {"imports_s": imported, "first_frame_s": painted[0] - spawned_at, "cpu_s": time.process_time(),
            "rss_mb": _rss_mb("VmHWM")}


def child_gui(url: str, spawned_at: float) -> dict:
    """The caseload as the manager opens it (every open referral), then scrolling."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.gui import measure

    return measure(url, spawned_at, NOW)


# --- the children: PDF --------------------------------------------------------------------------------

def child_pdf(url: str, rows: int, out: str, kind: str) -> dict:
    from bench.pdf import LIMITS, app_report
    from casework.clock import FixedClock
    from casework.services.context import Context

    ctx = Context.open(url, clock=FixedClock(NOW), migrate=False)
    result = LIMITS.get(kind, app_report)(ctx, rows, Path(out))
    ctx.close()
    result["peak_rss_mb"] = _rss_mb("VmHWM")
    return result


# --- the children: PostgreSQL ---------------------------------------------------------------------------

def child_pg(sqlite_url: str, runs: int, figures: tuple[str, ...] = FIGURES) -> dict:
    import psycopg
    from sqlalchemy.engine import make_url

    from bench.pg import load_from_sqlite
    from casework.clock import FixedClock
    from casework.services import caseload, sla
    from casework.services.caseload import CaseloadQuery
    from casework.services.context import Context

    url = os.environ.get("CASEWORK_BENCH_PG_URL") or os.environ["CASEWORK_TEST_PG_URL"]
    loaded = load_from_sqlite(sqlite_url.removeprefix("sqlite:///"), url)  # (nothing when already loaded)
    ctx = Context.open(url, clock=FixedClock(NOW), migrate=False)
    parts = make_url(url)
    raw = psycopg.connect(host=parts.host, port=parts.port, user=parts.username, password=parts.password,
                          dbname=parts.database, autocommit=True)
    manager, worker = _users(ctx)
    out: dict[str, dict] = {"load": loaded}
    if "sweep_idle" in figures:
        out["sweep_idle"] = _paired(ctx, raw, lambda: sla.run_sweep(ctx, as_of=IDLE_AT).checked, runs)
    if "sweep_due" in figures:
        raw.autocommit = False
        out["sweep_due"] = _paired(ctx, raw, _rolled_back_sweep(ctx, NOW + SWEEP_AHEAD), max(3, runs // 3),
                                   rollback=True)
        out["sweep_due"]["timers"] = out["sweep_due"]["value"]["checked"]
        raw.autocommit = True
    if "caseload_page" in figures:
        mine = CaseloadQuery(scope="mine")
        out["caseload_page"] = _paired(ctx, raw, lambda: len(caseload.page(ctx, worker, mine, 0, 100)), runs)
    # Name search in the manager's view of every open referral, as the caseload runs it (ids, first rows).
    keystrokes = {}
    for typed in ("s", "sa", "sam jon") if "search" in figures else ():
        query = CaseloadQuery(scope="all", search=typed)

        def keystroke(query=query):
            ids = caseload.ordered_ids(ctx, manager, query, limit=caseload.FIRST_MATCHES + 1)
            return len(ids), len(caseload.rows(ctx, manager, query, ids[:100]))
        keystrokes[typed] = _paired(ctx, raw, keystroke, runs)
    out["search"] = keystrokes
    ctx.close()
    raw.close()
    for figure in out.values():
        figure.pop("value", None)
    return out


# --- the parent -------------------------------------------------------------------------------------------

def compile_bytecode() -> None:
    """Write the app's bytecode (``__pycache__``, which git ignores) before the desktop is timed.

    An installed app starts from bytecode (the PyInstaller bundle holds only bytecode; pip compiles a
    wheel's modules as it installs them). A checkout run with ``PYTHONDONTWRITEBYTECODE`` set, as this
    machine's shells have it, compiles every module of the app from source at every start instead:
    about 0.35 s of CPU for the desktop's modules, which is not what a user's start costs."""
    import compileall

    for package in ("casework", "ui", "bench"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def _child(*args: str, env: dict | None = None, wrap: list[str] | None = None, timeout: int = 3600) -> dict:
    spawned_at = time.time()
    command = [*(wrap or []), sys.executable, "-m", "bench.run", "--child", *args, "--spawned-at", repr(spawned_at)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})},
                          timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench child {args[0]} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_groups(groups: list[str], runs: int, dataset: data.Dataset, pdf_sizes: tuple[int, ...] = (10_000, 100_000),
               figures: tuple[str, ...] = FIGURES, keep_dir: Path | None = None) -> dict:
    url = dataset.url
    results: dict[str, object] = {"dataset": {"path": str(dataset.path), **dataset.info}}
    if "sqlite" in groups:
        print("sqlite: sweep, caseload page, search, deep page ...", file=sys.stderr, flush=True)
        results["sqlite"] = _child("sqlite", url, str(runs), ",".join(figures))
    if "gui" in groups:
        print("gui: floor and app, 3 runs each ...", file=sys.stderr, flush=True)
        compile_bytecode()
        floors = [_child("floor") for _ in range(3)]
        apps = [_child("gui", url) for _ in range(3)]
        results["gui"] = {"floor": floors, "app": apps}
    if "pdf" in groups:
        results["pdf"] = {}
        with tempfile.TemporaryDirectory(prefix="casework-bench-pdf-") as folder:
            for rows in pdf_sizes:
                # The platypus limit takes many minutes past 10,000 rows: measured there only.
                limits = ("canvas", "platypus") if rows <= PLATYPUS_ROWS else ("canvas",)
                print(f"pdf: {rows:,} rows, app and bare ReportLab ({', '.join(limits)}) ...", file=sys.stderr,
                      flush=True)
                pair = {"app": _child("pdf", url, str(rows), f"{folder}/app-{rows}.pdf", "app")}
                for limit in limits:
                    pair[limit] = _child("pdf", url, str(rows), f"{folder}/{limit}-{rows}.pdf", limit)
                results["pdf"][str(rows)] = pair
                keep = (keep_dir or data.data_dir()) / f"caseload-summary-{rows}.pdf"
                shutil.copy(f"{folder}/app-{rows}.pdf", keep)
    if "pg" in groups:
        print("pg: load the SQLite data into a throwaway PostgreSQL 15 with COPY, then measure ...",
              file=sys.stderr, flush=True)
        env = {k: v for k, v in os.environ.items() if k != "CASEWORK_TEST_PG_URL"}
        # $CASEWORK_BENCH_PG_URL: a server already running (loaded on first use, then reused as it is).
        wrap = None if os.environ.get("CASEWORK_BENCH_PG_URL") else [str(ROOT / "scripts" / "pg-test-server"), "run", "--"]
        results["pg"] = _child("pg", url, str(runs), ",".join(figures), env=env, wrap=wrap)
    return results


# --- the table --------------------------------------------------------------------------------------------

def rows_of(results: dict) -> list[tuple[str, str, str, str, str, str]]:
    """(figure, measured, raw limit, ratio, target, pass/fail) for the table."""
    table: list[tuple[str, str, str, str, str, str]] = []

    def ms(value: float) -> str:
        if value >= 1000:
            return f"{value / 1000:.2f} s"
        return f"{value:.3f} ms" if value < 1 else f"{value:.2f} ms"

    def cpu_of(figure: dict, side: str) -> str:
        value = figure.get(f"{side}_cpu_ms")
        return f" (CPU {ms(value)})" if value is not None else ""

    def ratio_row(label: str, figure: dict, limit: float = 2.0, extra: str = "") -> None:
        ratio = figure["app_ms"] / figure["raw_ms"] if figure["raw_ms"] else float("inf")
        table.append((label + extra, ms(figure["app_ms"]) + cpu_of(figure, "app"), ms(figure["raw_ms"]) + cpu_of(figure, "raw"),
                      f"{ratio:.1f}x", f"<= {limit:g}x raw", "pass" if ratio <= limit else "FAIL"))

    def abs_row(label: str, measured: float, unit: str, raw: float | None, raw_text: str, limit: float) -> None:
        ratio = f"{measured / raw:.1f}x" if raw else "-"
        fmt = (lambda v: f"{v:.0f} {unit}") if unit in ("ms", "MB") else (lambda v: f"{v:.2f} {unit}")
        table.append((label, fmt(measured), raw_text, ratio, f"< {fmt(limit)}", "pass" if measured < limit else "FAIL"))

    sq = results.get("sqlite")
    if sq:
        if "sweep_idle" in sq:
            ratio_row("SLA sweep, nothing due (SQLite)", sq["sweep_idle"])
        if "sweep_due" in sq:
            due = sq["sweep_due"]
            ratio_row(f"SLA sweep, {due.get('timers', due['rows_fetched']):,} timers due in 24 h, writes rolled back "
                      f"(SQLite)", due)
        if "caseload_page" in sq:
            page = sq["caseload_page"]
            ratio_row(f"worker's caseload, first 100 of {page['total']:,} by deadline (SQLite)", page)
        search = sq.get("search")
        if search:
            table.append((f"search per keystroke, worst ({search['worst_keystroke']!r}), manager's open referrals",
                          ms(search["app_ms"]) + cpu_of(search, "app"), ms(search["raw_ms"]) + cpu_of(search, "raw"),
                          f"{search['app_ms'] / search['raw_ms']:.1f}x", "< 16 ms",
                          "pass" if search["app_ms"] < 16 else "FAIL"))
            keys = list(search["keystrokes"])
            for typed, what in ((SEARCH_KEYSTROKES[0], "name"), (SEARCH_KEYSTROKES[1], "name"),
                                (SEARCH_KEYSTROKES[-1], "name"), (keys[-2], "PNC ID"), (keys[-1], "NHS number")):
                figure = search["keystrokes"].get(typed)
                if figure:
                    label = f"search, {typed!r}" if what == "name" else f"search, a {what}"
                    table.append((label, ms(figure["app_ms"]) + cpu_of(figure, "app"),
                                  ms(figure["raw_ms"]) + cpu_of(figure, "raw"),
                                  f"{figure['app_ms'] / figure['raw_ms']:.1f}x", "< 16 ms",
                                  "pass" if figure["app_ms"] < 16 else "FAIL"))
        if "ids_by_name" in sq:
            ids = sq["ids_by_name"]
            ratio_row(f"all {ids['total']:,} referrals sorted by name: their ids, once per sort", ids)
            deep = sq["deep_page_by_name"]
            abs_row(f"... then the page at row {deep['offset']:,} (by OFFSET it took {deep['offset_page_ms']:,.0f} ms)",
                    deep["app_ms"], "ms", deep["raw_ms"], f"{deep['raw_ms']:.1f} ms", 150)
    gui = results.get("gui")
    if gui:
        floor_s = min(f["first_frame_s"] for f in gui["floor"])
        floor_cpu = min(f.get("cpu_s", float("nan")) for f in gui["floor"])
        app = min(gui["app"], key=lambda a: a["first_paint_s"])
        abs_row(f"start to first frame with rows (manager, all {app['rows']:,} referrals; "
                f"CPU {app['first_paint_cpu_s']:.2f} s)", app["first_paint_s"], "s",
                floor_s, f"{floor_s:.2f} s (Qt floor; CPU {floor_cpu:.2f} s)", 1.2)
        scroll = min(a["scroll_ms"] for a in gui["app"])
        raw_deep = min(a["raw_page_ms"] for a in gui["app"])
        scroll_cpu = min((a.get("scroll_cpu_ms", float("nan")) for a in gui["app"]), default=float("nan"))
        raw_offset = min((a.get("raw_offset_page_ms", float("nan")) for a in gui["app"]), default=float("nan"))
        abs_row(f"scroll to row {app['scroll_row']:,} and paint (CPU {scroll_cpu:.0f} ms)", scroll, "ms", raw_deep,
                f"{raw_deep:.1f} ms (raw page; by OFFSET {raw_offset:.0f} ms)", 150)
        frame = min(a["frame_max_ms"] for a in gui["app"])
        paint = min(a["paint_ms"] for a in gui["app"])
        abs_row("scroll frame, worst of a scroll-bar drag (UI-thread CPU)", frame, "ms", paint,
                f"{paint:.1f} ms (repaint only)", 33)
        rss = max(a["peak_rss_mb"] for a in gui["app"])
        floor_rss = min(f["rss_mb"] for f in gui["floor"])
        abs_row("peak resident memory, 1M database open", rss, "MB", floor_rss, f"{floor_rss:.0f} MB (Qt floor)", 300)
    pdf = results.get("pdf")
    if pdf:
        cpu = lambda r: f" (CPU {r['cpu_s']:.1f} s)" if "cpu_s" in r else ""  # noqa: E731
        for rows, pair in pdf.items():
            app = pair["app"]
            limit = 5.0 if int(rows) <= 10_000 else float("inf")
            # Runs before 27 November had one limit, "bare": platypus in 200-row Tables.
            for name, what in (("canvas", "bare ReportLab on the canvas"), ("platypus", "bare platypus Tables"),
                               ("bare", "bare platypus Tables")):
                bare = pair.get(name)
                if bare is None:
                    continue
                table.append((f"caseload summary PDF, {app['rows']:,} open-case rows, {app['pages']:,} pages",
                              f"{app['wall_s']:.2f} s{cpu(app)}", f"{bare['wall_s']:.2f} s{cpu(bare)} ({what})",
                              f"{app['wall_s'] / bare['wall_s']:.1f}x",
                              "< 5 s" if limit != float("inf") else "(none)",
                              ("pass" if app["wall_s"] < limit else "FAIL") if limit != float("inf") else "-"))
    pg = results.get("pg")
    if pg:
        if "sweep_idle" in pg:
            ratio_row("SLA sweep, nothing due (PostgreSQL)", pg["sweep_idle"])
        if "sweep_due" in pg:
            due = pg["sweep_due"]
            ratio_row(f"SLA sweep, {due.get('timers', due['rows_fetched']):,} timers due in 24 h, writes rolled back "
                      f"(PostgreSQL)", due)
        if "caseload_page" in pg:
            ratio_row("worker's caseload, first 100 by deadline (PostgreSQL)", pg["caseload_page"])
        for typed, figure in pg.get("search", {}).items():
            table.append((f"search {typed!r}, manager's open referrals (PostgreSQL)",
                          ms(figure["app_ms"]) + cpu_of(figure, "app"), ms(figure["raw_ms"]) + cpu_of(figure, "raw"),
                          f"{figure['app_ms'] / figure['raw_ms']:.1f}x", "< 16 ms",
                          "pass" if figure["app_ms"] < 16 else "FAIL"))
    return table


def print_table(results: dict) -> None:
    info = results["dataset"]
    counts = info.get("counts", {})
    print(f"\nCasework benchmark: {info.get('referrals', 0):,} referrals, {counts.get('people', 0):,} people, "
          f"{counts.get('events', 0):,} events, {counts.get('timers', 0):,} SLA timers "
          f"(generated in {info.get('generate_s', 0):.0f} s, {info.get('size_mb', 0):,} MB); "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}\n")
    header = ("figure", "measured", "raw limit (same run)", "ratio", "target", "result")
    rows = [header, *rows_of(results)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows[1:]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=GROUPS, help="run only these groups")
    parser.add_argument("--runs", type=int, default=15, help="query timings: best of this many")
    parser.add_argument("--figures", nargs="+", choices=FIGURES, default=list(FIGURES),
                        help="of the sqlite and pg groups, only these figures")
    parser.add_argument("--referrals", type=int, default=data.REFERRALS)
    parser.add_argument("--people", type=int, default=data.PEOPLE)
    parser.add_argument("--json", type=Path, help="also write every figure here")
    parser.add_argument("--pdf-rows", type=int, nargs="+", default=[10_000, 100_000],
                        help="open-case rows of the PDF figures (the team nearest each, or every team)")
    parser.add_argument("--table", type=Path, help="print the table of an earlier --json file and stop")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, *rest = args.child
        if kind == "sqlite":
            result = child_sqlite(rest[0], int(rest[1]), tuple(rest[2].split(",")))
        elif kind == "floor":
            result = child_floor(args.spawned_at)
        elif kind == "gui":
            result = child_gui(rest[0], args.spawned_at)
        elif kind == "pdf":
            result = child_pdf(rest[0], int(rest[1]), rest[2], rest[3])
        elif kind == "pg":
            result = child_pg(rest[0], int(rest[1]), tuple(rest[2].split(",")))
        else:
            raise SystemExit(f"unknown child {kind}")
        print(json.dumps(result, default=str))
        return 0

    if args.table:
        print_table(json.loads(args.table.read_text()))
        return 0
    started = time.perf_counter()
    dataset = data.dataset(args.referrals, args.people)
    # With --json, the PDFs the run keeps go beside it (the data folder may be shared and read-only).
    results = run_groups(list(args.only or GROUPS), args.runs, dataset, tuple(args.pdf_rows), tuple(args.figures),
                         args.json.parent if args.json else None)
    results["bench_s"] = time.perf_counter() - started
    out = args.json or data.data_dir() / "last-run.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print_table(results)
    print(f"\n(all figures in {out}; the run took {results['bench_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
