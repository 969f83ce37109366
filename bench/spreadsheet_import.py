"""Timings of the referral spreadsheet import at 10,000 rows: read, dry run, import (CSV and XLSX).

    .venv/bin/python -m bench.spreadsheet_import [--rows 10000] [--db URL]

Without --db a fresh SQLite file in a temporary folder; with $CASEWORK_TEST_PG_URL (as set by
``scripts/pg-test-server run --``) or --db a PostgreSQL database (emptied first: use a throwaway one).
The file is the generated one of the tests (tests/core/sheet_data.py): valid Act Now custody referrals
of one team, assigned to one caseworker.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timezone

from casework.clock import FixedClock
from casework.services import directory
from casework.services import spreadsheet_import as si
from casework.services.context import Context
from casework.store.models import Base

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests.core import sheet_data as sd  # noqa: E402

PASSWORD = "correct-horse-battery"


def _server_cpu(ctx: Context) -> float:
    """CPU seconds used so far by the PostgreSQL server's backends on this machine (0 on SQLite): the
    server's share of the work, which the client's own CPU time leaves out."""
    if ctx.engine.dialect.name != "postgresql":
        return 0.0
    with ctx.engine.connect() as conn:
        pids = [row[0] for row in conn.exec_driver_sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")]
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            pass  # a backend on another machine, or gone
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--db", default=os.environ.get("CASEWORK_TEST_PG_URL"))
    parser.add_argument("--kind", choices=["csv", "xlsx"], default="csv")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine

        engine = create_engine(url)
        Base.metadata.drop_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        engine.dispose()
    ctx = Context.open(url, clock=FixedClock(datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)))
    directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
    admin = directory.authenticate(ctx, "admin", PASSWORD)
    directory.create_team(ctx, admin, "YOT Milton Keynes")
    directory.create_user(ctx, admin, "casey", PASSWORD, "caseworker", "YOT Milton Keynes", "Casey Worker")
    casey = directory.authenticate(ctx, "casey", PASSWORD)
    rows = sd.referral_rows(args.rows, real_dates=args.kind == "xlsx")
    data = sd.to_csv(sd.HEADERS, rows) if args.kind == "csv" else sd.to_xlsx(sd.HEADERS, rows)
    figures: dict[str, tuple[float, float, float]] = {}  # step -> (wall, CPU of this process, of the server)

    def timed(step: str, call):
        wall, cpu, server = time.perf_counter(), time.process_time(), _server_cpu(ctx)
        result = call()
        figures[step] = (time.perf_counter() - wall, time.process_time() - cpu, _server_cpu(ctx) - server)
        return result

    sheet = timed("read", lambda: si.read_bytes(data, f"bench.{args.kind}"))
    mapping = si.propose_mapping(sheet.headers)
    report = timed("dry run", lambda: si.dry_run(ctx, casey, sheet, mapping))
    assert report.ok, [p.text() for p in report.errors[:5]]
    result = timed("import", lambda: si.import_referrals(ctx, casey, sheet, mapping))
    assert len(result.referral_ids) == args.rows
    engine_name = ctx.engine.dialect.name
    server_cpu = engine_name == "postgresql"
    ctx.close()
    print(f"{engine_name} {args.kind} {args.rows} rows (wall / CPU" + (" / server CPU" if server_cpu else "") + "): "
          + ", ".join(f"{k} {wall:.1f} / {cpu:.1f}" + (f" / {server:.1f}" if server_cpu else "") + " s"
                      for k, (wall, cpu, server) in figures.items())
          + f" ({args.rows / figures['import'][0]:.0f} rows/s imported); load average "
          + " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
