"""Benchmark: the printed reports on 10,000- and 100,000-referral demo databases — time and peak memory —
against bare ReportLab writing the same table from a list.

    .venv/bin/python bench/reports.py                      # build (or reuse) both databases, measure
    .venv/bin/python bench/reports.py --sizes 10000        # one size
    .venv/bin/python bench/reports.py --build-only
    .venv/bin/python bench/reports.py --no-bare            # skip the bare-ReportLab comparisons
    .venv/bin/python bench/reports.py --db postgresql+psycopg://user:pw@host/db --sizes 100000

The SQLite databases are made by ``casework.demo.generate`` (seed 1, clock fixed at 2026-06-15 09:00
UTC, which also fills the SLA cache and the breach records) and cached in the temp folder by size
(``casework-bench/reports-N.sqlite3``), reused while complete. With ``--db`` the PostgreSQL database
is emptied and loaded once per size.

Each measurement runs in a fresh process, so its peak RSS (``ru_maxrss``) is its own:

* the four reports over every date and every team, as ``casework report`` runs them
  (``run_report``): the caseload summary without and with the list of every open case, the SLA report
  (its breach list is the long part), and the meeting list (every young person seen in custody);
* bare ReportLab writing the caseload's open-case list: the rows fetched into a list, then
  (a) one ``Table`` with a repeated header, the way the platypus docs show it, and (b) ``Table``s of
  200 rows each, the usual work-around — both with ``SimpleDocTemplate`` and no page decoration;
* the same runs again under ``tracemalloc`` for the peak of Python allocations (slower, so timed
  apart).

Reported: wall time, CPU time, pages, peak RSS during the run (the kernel's high-water mark, reset
just before it) and its rise over the process's RSS just before the run (imports done, the database
open), and the tracemalloc peak. ReportLab runs faster with its optional C accelerator (the
``rl-accel`` package), which is not a dependency: run with it on ``PYTHONPATH`` to compare.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

# Run from a checkout: the repository's own casework/ comes first.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
SEED = 1
ADMIN_PASSWORD = "bench-admin-password"
BARE_TIMEOUT = 1800

CASES = {
    "caseload": dict(kind="caseload"),
    "caseload+list": dict(kind="caseload", case_list=True),
    "sla": dict(kind="sla"),
    "meeting": dict(kind="meeting"),
    "bare-one-table": None,
    "bare-chunked": None,
}


def default_path(referrals: int) -> Path:
    return Path(tempfile.gettempdir()) / "casework-bench" / f"reports-{referrals}.sqlite3"


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".complete")


def build(url: str, referrals: int, path: Path | None) -> None:
    from casework import demo
    from casework.clock import FixedClock
    from casework.services import directory
    from casework.services.context import Context

    if path is not None:
        marker = _marker(path)
        if path.exists() and marker.exists() and marker.read_text().strip() == f"{referrals} {SEED}":
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), marker):
            stale.unlink(missing_ok=True)
    else:
        _empty_postgres(url)
    print(f"building a {referrals:,}-referral database ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    ctx = Context.open(url, clock=FixedClock(NOW))
    try:
        directory.create_first_admin(ctx, "admin", ADMIN_PASSWORD, "Bench Admin")
        admin = directory.authenticate(ctx, "admin", ADMIN_PASSWORD)
        demo.generate(ctx, admin, referrals, SEED)
        if path is not None:
            with ctx.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ctx.close()
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    if path is not None:
        _marker(path).write_text(f"{referrals} {SEED}\n")


def _empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


# --- one measurement (a child process) -------------------------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak_rss() -> bool:
    """Start the process's peak-RSS counter (VmHWM) afresh (Linux 4.0 and later)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child(url: str, case: str, out: Path, trace: bool) -> dict:
    import tracemalloc

    from casework.clock import FixedClock
    from casework.reports import ReportRequest, run_report
    from sqlalchemy import select

    from casework.services.actor import Actor
    from casework.services.context import Context
    from casework.store.models import User

    ctx = Context.open(url, clock=FixedClock(NOW), migrate=False)
    # The acting user without signing in: argon2's 64 MiB would otherwise be the process's peak.
    with ctx.read() as session:
        admin = Actor.of(session.scalar(select(User).where(User.username == "admin")))
    # Warm up the imports the run needs (fonts, ReportLab modules), not the data.
    from casework.reports import caseload, case_file, charts, meeting, sla  # noqa: F401  (imported, not run)
    from casework.reports.fonts import family

    family()
    before = _rss_mb()
    _reset_peak_rss()
    if trace:
        tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    if case.startswith("bare"):
        pages = bare(ctx, out, chunked=case == "bare-chunked")
    else:
        pages = run_report(ctx, admin, ReportRequest(**CASES[case]), out).pages
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    result = {"case": case, "wall": wall, "cpu": cpu, "pages": pages, "rss_before_mb": before,
              "peak_rss_mb": _peak_rss_mb(), "size_mb": out.stat().st_size / 1e6}
    if trace:
        result["trace_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    ctx.close()
    return result


def bare(ctx, out: Path, *, chunked: bool) -> int:
    """The open-case list the plain way: every row in a list, then one Table (or 200-row Tables)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from casework.reports import figures
    from casework.reports.params import local_date_text, local_time_text

    with ctx.read() as session:
        figures.prepare(session)
        scope = figures.Scope(as_of=ctx.clock.now())
        rows = list(figures.open_case_rows(session, ctx.pathways, scope))
    body = getSampleStyleSheet()["BodyText"]
    body.fontSize, body.leading = 8, 10
    header = ["Referral", "Young person", "Age", "Pathway", "Stage", "Received", "Next deadline"]
    data = [[str(r.referral_id), Paragraph(r.person_name, body), str(r.age), Paragraph(r.pathway_label, body),
             Paragraph(r.stage_label, body), local_date_text(r.received_at), local_time_text(r.next_due_at) or "—"]
            for r in rows]
    style = TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("BACKGROUND", (0, 0), (-1, 0), colors.navy),
                        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke])])
    widths = [48, 100, 30, 70, 83, 70, 100]
    if chunked:
        story = []
        for start in range(0, len(data), 200):
            table = Table([header, *data[start:start + 200]], colWidths=widths, repeatRows=1)
            table.setStyle(style)
            story.append(table)
    else:
        table = Table([header, *data], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        story = [table]
    pages = []
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(story, onFirstPage=lambda c, d: pages.append(1), onLaterPages=lambda c, d: pages.append(1))
    return len(pages)


# --- the parent ---------------------------------------------------------------------------------------------

def run_child(url: str, case: str, out: Path, trace: bool) -> dict | None:
    command = [sys.executable, __file__, "--child", case, "--url", url, "--out", str(out)]
    if trace:
        command.append("--trace")
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True,
                              timeout=BARE_TIMEOUT if case.startswith("bare") else None)
    except subprocess.TimeoutExpired:
        return {"case": case, "timeout": BARE_TIMEOUT}
    except subprocess.CalledProcessError as exc:
        print(exc.stderr, file=sys.stderr)
        raise
    return json.loads(done.stdout.strip().splitlines()[-1])


def counts(url: str) -> dict[str, int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        result = {name: conn.execute(text(sql)).scalar() for name, sql in (
            ("referrals", "SELECT count(*) FROM referral"),
            ("open", "SELECT count(*) FROM referral WHERE closed_at IS NULL"),
            ("events", "SELECT count(*) FROM event"),
            ("timers", "SELECT count(*) FROM sla_timer"),
            ("breaches", "SELECT count(*) FROM breach WHERE rescinded_at IS NULL"),
            ("seen_in_custody", "SELECT count(DISTINCT referral_id) FROM event WHERE kind = 'custody_attended'"),
        )}
    engine.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--db", metavar="URL", help="a PostgreSQL database to use (emptied!) instead of SQLite files")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare-ReportLab comparisons")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--cases", nargs="+", choices=list(CASES), default=list(CASES))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(child(args.url, args.child, Path(args.out), args.trace)))
        return 0

    results = []
    for size in args.sizes:
        path = None if args.db else default_path(size)
        url = args.db or f"sqlite:///{path}"
        build(url, size, path)
        if args.build_only:
            continue
        facts = counts(url)
        print(f"\n{size:,} referrals: " + ", ".join(f"{k} {v:,}" for k, v in facts.items()), flush=True)
        print(f"{'case':<16} {'pages':>6} {'wall s':>8} {'cpu s':>7} {'RSS before':>11} {'peak RSS':>9} "
              f"{'rise':>7} {'tracemalloc peak':>17}", flush=True)
        with tempfile.TemporaryDirectory(prefix="casework-report-bench-") as folder:
            for case in args.cases:
                if args.no_bare and case.startswith("bare"):
                    continue
                out = Path(folder) / f"{case}.pdf"
                timed = run_child(url, case, out, trace=False)
                traced = None if args.no_trace or "timeout" in timed else run_child(url, case, out, trace=True)
                if "timeout" in timed:
                    print(f"{case:<16} did not finish in {BARE_TIMEOUT} s", flush=True)
                    results.append({"size": size, **timed})
                    continue
                timed["trace_peak_mb"] = traced["trace_peak_mb"] if traced else None
                results.append({"size": size, **facts, **timed})
                trace = f"{timed['trace_peak_mb']:.1f} MB" if timed["trace_peak_mb"] is not None else "-"
                print(f"{case:<16} {timed['pages']:>6,} {timed['wall']:>8.1f} {timed['cpu']:>7.1f} "
                      f"{timed['rss_before_mb']:>8.0f} MB {timed['peak_rss_mb']:>6.0f} MB "
                      f"{timed['peak_rss_mb'] - timed['rss_before_mb']:>4.0f} MB {trace:>17}", flush=True)
    if results:
        target = Path(tempfile.gettempdir()) / "casework-bench" / "reports-results.json"
        target.write_text(json.dumps(results, indent=2))
        print(f"\nresults: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
