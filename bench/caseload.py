"""Benchmark: the caseload on a 1,000,000-referral demo database, against a 100-referral one.

    .venv/bin/python bench/caseload.py                        # build (or reuse) both databases, measure
    .venv/bin/python bench/caseload.py --referrals 200000     # a smaller big database
    .venv/bin/python bench/caseload.py --build-only
    .venv/bin/python bench/caseload.py --no-proposed          # only the schema as shipped

The databases are made by ``casework.demo.generate`` (seed 1, clock fixed at 2026-06-15 09:00 UTC),
which fills the SLA cache and so ``Referral.next_due_at`` / ``next_warn_at`` (with a generator that
does not, the open referrals' timers are computed by ``casework.services.sla.rebuild_timers``).
They are cached in the temp folder by size (``--db`` to choose the big one's path) and reused while
complete.

What is measured, each in a fresh process so nothing is warm but the operating system's file cache:

* queries: ``caseload.count`` and ``caseload.page`` (200 rows) for the views people open, best of
  ``--runs``;
* the desktop: process start (the parent's clock just before it spawns the child) to the first
  painted frame of the caseload table's viewport showing rows with data (QApplication, the
  database opened and checked as the app does, MainWindow, show, the background count and first
  page, paint); then, a second later, ``scrollTo`` row 900,000 (90% of the rows) to that row
  painted with data; then a fast drag of the scroll bar (30 positions, 16 ms apart, top to 90%) to
  the last position painted with data, with how many page queries the drag cost; and the
  process's peak RSS. The child waits as the app does, in Qt's event loop (``app.exec``), so the
  worker threads run as they would on a desktop.

The manager's "all referrals, open and closed" view is the one with a million rows. It is measured
on the schema as shipped and again with the indexes this benchmark proposes (``PROPOSED_INDEXES``),
which it creates for the run and drops afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

# Run from a checkout: the repository's own casework/ and ui/ come first.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
SEED = 1
ADMIN_PASSWORD = "bench-admin-password"
TIMER_CHUNK = 5_000
PAGE = 200

# Indexes the caseload would like (SQLite spelling; see the report for PostgreSQL's).
PROPOSED_INDEXES = {
    "ix_referral_due": "CREATE INDEX ix_referral_due ON referral (next_due_at, id)",
    "ix_referral_open_due": "CREATE INDEX ix_referral_open_due ON referral (next_due_at, id) WHERE closed_at IS NULL",
    "ix_person_given_lower": "CREATE INDEX ix_person_given_lower ON person (lower(given_name))",
    "ix_person_family_lower": "CREATE INDEX ix_person_family_lower ON person (lower(family_name))",
}

# (label, username or role to pick, scope, open_only)
VIEWS = (
    ("manager: all referrals, open and closed", "manager", "all", False),
    ("manager: all open referrals", "manager", "all", True),
    ("team lead: team caseload (open)", "team_lead", "team", True),
    ("caseworker: my caseload (open)", "caseworker", "mine", True),
)


def default_path(referrals: int) -> Path:
    return Path(tempfile.gettempdir()) / "casework-bench" / f"caseload-{referrals}.sqlite3"


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".complete")


# --- building ----------------------------------------------------------------------------------------

def build(path: Path, referrals: int) -> None:
    """A demo database of ``referrals`` referrals with their SLA timers, reused when already complete."""
    from sqlalchemy import select

    from casework import demo
    from casework.clock import FixedClock
    from casework.services import directory, sla
    from casework.services.context import Context
    from casework.store.models import Referral, SlaTimer

    marker = _marker(path)
    if path.exists() and marker.exists() and marker.read_text().strip() == f"{referrals} {SEED}":
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), marker):
        stale.unlink(missing_ok=True)
    print(f"building {path} ({referrals:,} referrals) ...", file=sys.stderr, flush=True)
    ctx = Context.open(f"sqlite:///{path}", clock=FixedClock(NOW))
    try:
        directory.create_first_admin(ctx, "admin", ADMIN_PASSWORD)
        admin = directory.authenticate(ctx, "admin", ADMIN_PASSWORD)
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if done == total or done % 100_000 == 0:
                print(f"  demo.generate {done:>9,} / {total:,}  {time.perf_counter() - started:6.0f} s",
                      file=sys.stderr, flush=True)

        demo.generate(ctx, admin, referrals, SEED, progress)
        # Older demo generators wrote events but not the SLA cache: then compute the timers (and so
        # each open referral's next_due_at / next_warn_at) with the real engine, as a repair would.
        with ctx.read() as s:
            has_timers = s.scalar(select(SlaTimer.id).limit(1)) is not None
            open_ids = [] if has_timers else list(s.scalars(
                select(Referral.id).where(Referral.closed_at.is_(None)).order_by(Referral.id)))
        started = time.perf_counter()
        for start in range(0, len(open_ids), TIMER_CHUNK):
            sla.rebuild_timers(ctx, open_ids[start:start + TIMER_CHUNK])
            print(f"  SLA timers {min(start + TIMER_CHUNK, len(open_ids)):>9,} / {len(open_ids):,}  "
                  f"{time.perf_counter() - started:6.0f} s", file=sys.stderr, flush=True)
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ctx.close()
    marker.write_text(f"{referrals} {SEED}\n")


def set_proposed_indexes(path: Path, present: bool) -> None:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        for name, create in PROPOSED_INDEXES.items():
            db.execute(f"DROP INDEX IF EXISTS {name}")
            if present:
                db.execute(create)
        db.commit()
    finally:
        db.close()


# --- the children ------------------------------------------------------------------------------------

def _actor(ctx, who: str):
    """The demo user for a role: the caseworker and team lead with the most open referrals."""
    from sqlalchemy import func, select

    from casework.services.actor import Actor
    from casework.store.models import Referral, Role, User

    with ctx.read() as s:
        if who == "manager":
            user = s.scalar(select(User).where(User.role == Role.MANAGER).order_by(User.id))
        else:
            role = Role.CASEWORKER if who == "caseworker" else Role.TEAM_LEAD
            user = s.scalar(
                select(User).join(Referral, Referral.assigned_user_id == User.id)
                .where(User.role == role, Referral.closed_at.is_(None))
                .group_by(User.id).order_by(func.count().desc(), User.id).limit(1))
        return Actor.of(user)


def child_queries(url: str, runs: int) -> dict:
    from casework.clock import FixedClock
    from casework.services import caseload
    from casework.services.caseload import CaseloadQuery
    from casework.services.context import Context

    ctx = Context.open(url, clock=FixedClock(NOW), migrate=False)
    results = {}

    def best(call) -> tuple[float, object]:
        times, value = [], None
        for _ in range(runs):
            started = time.perf_counter()
            value = call()
            times.append(time.perf_counter() - started)
        return min(times) * 1000, value

    for label, who, scope, open_only in VIEWS:
        actor = _actor(ctx, who)
        query = CaseloadQuery(scope=scope, open_only=open_only)
        count_ms, total = best(lambda: caseload.count(ctx, actor, query))
        first_ms, _ = best(lambda: caseload.page(ctx, actor, query, 0, PAGE))
        deep = max(0, int(total * 0.9))
        deep_ms, _ = best(lambda: caseload.page(ctx, actor, query, deep, PAGE))
        results[label] = {"rows": total, "count_ms": count_ms, "page_first_ms": first_ms,
                          "page_at_90pct_ms": deep_ms, "row_at_90pct": deep}
    manager = _actor(ctx, "manager")
    for label, query in (("manager: search 'sam jon' in all referrals",
                          CaseloadQuery(scope="all", open_only=False, search="sam jon")),
                         ("manager: all referrals sorted by name",
                          CaseloadQuery(scope="all", open_only=False, sort="name"))):
        count_ms, total = best(lambda: caseload.count(ctx, manager, query))
        first_ms, _ = best(lambda: caseload.page(ctx, manager, query, 0, PAGE))
        deep = max(0, int(total * 0.9))
        deep_ms, _ = best(lambda: caseload.page(ctx, manager, query, deep, PAGE))
        results[label] = {"rows": total, "count_ms": count_ms, "page_first_ms": first_ms,
                          "page_at_90pct_ms": deep_ms, "row_at_90pct": deep}
    ctx.close()
    return results


def child_gui(url: str, who: str, open_only: bool, spawned_at: float) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from casework.clock import FixedClock
    from casework.services import caseload
    from casework.services.context import Context
    from ui import settings as options
    from ui.app import application
    from ui.main_window import MainWindow
    from ui.qt import QAbstractItemView, QApplication, QEvent, QObject, QTimer
    from ui.settings import Settings

    marks = {"imports_s": time.time() - spawned_at}
    app = application()
    ctx = Context.open(url, clock=FixedClock(NOW))  # migrations checked, as the app does
    marks["database_open_s"] = time.time() - spawned_at
    opened_at = time.perf_counter()
    actor = _actor(ctx, who)
    folder = tempfile.mkdtemp(prefix="casework-bench-")
    settings = Settings.at(f"{folder}/settings.ini")
    settings.set(options.CASELOAD_OPEN_ONLY, open_only)
    window = MainWindow(ctx, actor, settings=settings)
    window.resize(1280, 800)
    table, model = window.caseload.table, window.caseload.model

    page_calls = []
    real_page = caseload.page
    caseload.page = lambda *a: page_calls.append(a[3]) or real_page(*a)

    class Probe(QObject):
        """Notes the moment the viewport is painted with data for the rows it shows (and ``row``)."""

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
                    QTimer.singleShot(0, self._painted)  # after this paint event has been handled
            return False

        def _painted(self) -> None:
            if self.at is None:
                self.at = time.perf_counter()
                app.exit(0)  # not quit(): in Qt 6 that also closes the windows

        def wait(self, limit_s: float = 120) -> float:
            """Run the event loop, as the app does (idle in Qt, the worker free to run), until painted."""
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

    probe = Probe()
    table.viewport().installEventFilter(probe)
    window.show()
    window.reload()
    probe.wait()
    result = dict(marks)
    result["after_database_open_ms"] = (probe.at - opened_at) * 1000
    result["first_paint_s"] = time.time() - spawned_at - (time.perf_counter() - probe.at)
    result["rows"] = model.rowCount()

    def idle(ms: int) -> None:
        QTimer.singleShot(ms, lambda: app.exit(0))
        app.exec()

    # A person looks at the screen for a moment before scrolling: the start-up's other background
    # work (the workers list, the first tick) is done by then.
    idle(1000)
    target = int(model.rowCount() * 0.9)
    probe.row, probe.at = target, None
    started = time.perf_counter()
    table.scrollTo(model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    result["scroll_to_row"] = target
    result["scroll_to_90pct_ms"] = (probe.wait() - started) * 1000

    # A fast drag of the scroll bar from the top to 90%: 30 positions, 16 ms apart.
    table.scrollToTop()
    probe.row, probe.at = 0, None
    table.viewport().update()
    probe.wait()
    idle(1000)
    bar = table.verticalScrollBar()
    page_calls.clear()
    steps = 30
    for step in range(1, steps + 1):
        bar.setValue(int(bar.maximum() * 0.9 * step / steps))
        idle(16)  # 16 ms of the event loop between two positions
    final_row = table.rowAt(0)
    probe.row, probe.at = final_row, None
    started = time.perf_counter()
    table.viewport().update()  # if the rows are already painted with data, say so at the next paint
    result["drag_settle_ms"] = (probe.wait() - started) * 1000
    result["drag_page_queries"] = len(page_calls)
    result["drag_positions"] = steps
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["rss_at_end_mb"] = _rss_mb()
    window.close()
    QApplication.processEvents()
    from ui.qt import QThreadPool
    QThreadPool.globalInstance().waitForDone(30_000)
    ctx.close()
    return result


# --- PostgreSQL: the plans the caseload gets, on demo data in a throwaway schema ----------------------

PG_PROPOSED = (
    "CREATE INDEX ix_referral_due ON referral (next_due_at, id)",
    "CREATE INDEX ix_referral_open_due ON referral (next_due_at, id) WHERE closed_at IS NULL",
    "CREATE INDEX ix_person_given_lower ON person (lower(given_name) text_pattern_ops)",
    "CREATE INDEX ix_person_family_lower ON person (lower(family_name) text_pattern_ops)",
)


def postgres_plans(url: str, referrals: int) -> None:
    """Load ``referrals`` demo referrals into a new schema, then EXPLAIN ANALYZE the caseload's queries."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from casework import demo
    from casework.clock import FixedClock
    from casework.services import caseload, directory
    from casework.services.caseload import CaseloadQuery
    from casework.services.context import Context

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(url)
    with admin_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        ctx = Context.open(scoped.render_as_string(hide_password=False), clock=FixedClock(NOW))
        directory.create_first_admin(ctx, "admin", ADMIN_PASSWORD)
        admin = directory.authenticate(ctx, "admin", ADMIN_PASSWORD)
        started = time.perf_counter()
        demo.generate(ctx, admin, referrals, SEED)
        print(f"PostgreSQL: {referrals:,} demo referrals loaded in {time.perf_counter() - started:.0f} s")
        with ctx.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        cases = (
            ("caseworker", CaseloadQuery(scope="mine"), 0),
            ("team_lead", CaseloadQuery(scope="team"), 0),
            ("manager", CaseloadQuery(scope="all", open_only=False), 0),
            ("manager", CaseloadQuery(scope="all", open_only=False), int(referrals * 0.9)),
            ("manager", CaseloadQuery(scope="all"), 0),
            ("manager", CaseloadQuery(scope="all", open_only=False, search="sam jon"), 0),
        )
        for label in ("schema as shipped", "with the proposed indexes"):
            if label != "schema as shipped":
                with ctx.engine.begin() as conn:
                    for create in PG_PROPOSED:
                        conn.execute(text(create))
                    conn.execute(text("ANALYZE referral; ANALYZE person"))
            print(f"\n### PostgreSQL, {label}")
            for who, query, offset in cases:
                actor = _actor(ctx, who)
                statement = caseload.page_statement(ctx, actor, query, offset, PAGE)
                sql = statement.compile(dialect=ctx.engine.dialect, compile_kwargs={"literal_binds": True})
                with ctx.engine.connect() as conn:
                    plan = [r[0] for r in conn.execute(text(f"EXPLAIN (ANALYZE, BUFFERS OFF) {sql}"))]
                started = time.perf_counter()
                total = caseload.count(ctx, actor, query)
                count_ms = (time.perf_counter() - started) * 1000
                print(f"\n{who} {query.scope} open_only={query.open_only} search={query.search!r} "
                      f"offset {offset:,}: {total:,} rows, count {count_ms:.1f} ms")
                print("\n".join("    " + line for line in plan))
        ctx.close()
    finally:
        with admin_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _run_child(*args: str) -> dict:
    spawned_at = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", *args, "--spawned-at", repr(spawned_at)],
                         capture_output=True, text=True, check=False, cwd=Path(__file__).resolve().parent.parent)
    if out.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the parent --------------------------------------------------------------------------------------

def measure(path: Path, runs: int) -> dict:
    url = f"sqlite:///{path}"
    queries = _run_child("queries", url, str(runs))
    gui = {}
    for label, who, scope, open_only in VIEWS:
        if scope == "all" and open_only:
            continue
        gui[label] = _run_child("gui", url, who, "1" if open_only else "0")
    return {"queries": queries, "gui": gui}


def report(title: str, figures: dict) -> None:
    print(f"\n## {title}\n")
    print("| query | rows | count | page 0 | page at 90% |")
    print("|---|---:|---:|---:|---:|")
    for label, q in figures["queries"].items():
        print(f"| {label} | {q['rows']:,} | {q['count_ms']:.1f} ms | {q['page_first_ms']:.1f} ms "
              f"| {q['page_at_90pct_ms']:.1f} ms |")
    print("\n| desktop | rows | process start → first paint with data | scrollTo row (90%) → painted "
          "| fast drag: settle / page queries for 30 positions | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, g in figures["gui"].items():
        print(f"| {label} | {g['rows']:,} | {g['first_paint_s'] * 1000:.0f} ms "
              f"(imports done at {g['imports_s'] * 1000:.0f} ms, database open at "
              f"{g['database_open_s'] * 1000:.0f} ms; window to painted rows {g['after_database_open_ms']:.0f} ms) "
              f"| row {g['scroll_to_row']:,}: {g['scroll_to_90pct_ms']:.0f} ms "
              f"| {g['drag_settle_ms']:.0f} ms / {g['drag_page_queries']} "
              f"| {g['peak_rss_mb']:.0f} MB (at the end {g['rss_at_end_mb']:.0f} MB) |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--referrals", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100, help="referrals in the small database (default 100)")
    parser.add_argument("--db", type=Path, help="the big database (default: in the temp folder, by size)")
    parser.add_argument("--runs", type=int, default=3, help="query timings: best of this many")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--no-proposed", action="store_true", help="skip the run with the proposed indexes")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--postgres", metavar="URL",
                        help="instead: load --pg-referrals demo referrals into a throwaway schema there and "
                             "print the plans (EXPLAIN ANALYZE) of the caseload's queries")
    parser.add_argument("--pg-referrals", type=int, default=200_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, url, *rest = args.child
        if kind == "queries":
            print(json.dumps(child_queries(url, int(rest[0]))))
        else:
            print(json.dumps(child_gui(url, rest[0], rest[1] == "1", args.spawned_at)))
        return 0

    if args.postgres:
        postgres_plans(args.postgres, args.pg_referrals)
        return 0
    big = args.db or default_path(args.referrals)
    small = default_path(args.small)
    build(small, args.small)
    build(big, args.referrals)
    if args.build_only:
        return 0
    figures = {}
    set_proposed_indexes(small, False)
    set_proposed_indexes(big, False)
    figures[f"{args.small:,} referrals"] = measure(small, args.runs)
    figures[f"{args.referrals:,} referrals, schema as shipped"] = measure(big, args.runs)
    if not args.no_proposed:
        try:
            set_proposed_indexes(big, True)
            figures[f"{args.referrals:,} referrals, with the proposed indexes"] = measure(big, args.runs)
        finally:
            set_proposed_indexes(big, False)
    for title, values in figures.items():
        report(title, values)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
