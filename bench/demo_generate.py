"""Time casework.demo.generate for 10,000 and 100,000 referrals on a temporary database.

    .venv/bin/python bench/demo_generate.py                     # SQLite, temporary files
    .venv/bin/python bench/demo_generate.py --sizes 10000       # only the smaller load
    .venv/bin/python bench/demo_generate.py --db postgresql+psycopg://user:pw@host/db

On PostgreSQL each load runs in a fresh schema that is dropped afterwards, so the database's own
tables are left alone. The clock is fixed, so every run makes the same data for a seed. The time is
that of ``generate`` alone (reference data, one argon2 hash for the demo users, people, referrals
and events); creating the schema and the first administrator is not counted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casework import demo
from casework.clock import FixedClock
from casework.services import directory
from casework.services.context import Context

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
ADMIN_PASSWORD = "bench-admin-password"


def run_one(url: str, referrals: int, seed: int, show_progress: bool) -> dict[str, float]:
    ctx = Context.open(url, clock=FixedClock(NOW))
    try:
        directory.create_first_admin(ctx, "admin", ADMIN_PASSWORD)
        admin = directory.authenticate(ctx, "admin", ADMIN_PASSWORD)

        def progress(done: int, total: int) -> None:
            if show_progress:
                print(f"  {done:>9,} / {total:,}", file=sys.stderr)

        wall, cpu = time.perf_counter(), time.process_time()
        result = demo.generate(ctx, admin, referrals, seed, progress)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        ctx.close()
    return {"wall": wall, "cpu": cpu, **result.counts}


def sqlite_run(referrals: int, seed: int, show_progress: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="casework-bench-") as folder:
        path = Path(folder) / "demo.sqlite3"
        figures = run_one(f"sqlite:///{path}", referrals, seed, show_progress)
        figures["mb"] = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1e6
    return figures


def postgres_run(url: str, referrals: int, seed: int, show_progress: bool) -> dict[str, float]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        figures = run_one(scoped.render_as_string(hide_password=False), referrals, seed, show_progress)
        with admin.connect() as conn:
            size = conn.execute(text("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = :schema AND c.relkind = 'r'"), {"schema": schema}).scalar()
        figures["mb"] = float(size or 0) / 1e6
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="referrals per load")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="a PostgreSQL URL (default: a temporary SQLite file per load)")
    parser.add_argument("--progress", action="store_true", help="print progress after every chunk")
    args = parser.parse_args(argv)

    engine = make_url(args.db).get_backend_name() if args.db else "sqlite"
    print(f"demo.generate on {engine}, seed {args.seed}, clock {NOW.isoformat()}, "
          f"{os.cpu_count()} CPUs, chunks of {demo.CHUNK_REFERRALS:,} referrals")
    print(f"{'referrals':>10} {'people':>9} {'events':>10} {'open':>7} {'wall s':>8} {'cpu s':>7} "
          f"{'referrals/s':>12} {'MB':>7}")
    for size in args.sizes:
        if args.db:
            figures = postgres_run(args.db, size, args.seed, args.progress)
        else:
            figures = sqlite_run(size, args.seed, args.progress)
        print(f"{figures['referrals']:>10,} {figures['people']:>9,} {figures['events']:>10,} {figures['open']:>7,} "
              f"{figures['wall']:>8.1f} {figures['cpu']:>7.1f} {figures['referrals'] / figures['wall']:>12,.0f} "
              f"{figures['mb']:>7.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
