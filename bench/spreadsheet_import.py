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
    figures = {}
    started = time.perf_counter()
    sheet = si.read_bytes(data, f"bench.{args.kind}")
    figures["read"] = time.perf_counter() - started
    mapping = si.propose_mapping(sheet.headers)
    started = time.perf_counter()
    report = si.dry_run(ctx, casey, sheet, mapping)
    figures["dry run"] = time.perf_counter() - started
    assert report.ok, [p.text() for p in report.errors[:5]]
    started = time.perf_counter()
    result = si.import_referrals(ctx, casey, sheet, mapping)
    figures["import"] = time.perf_counter() - started
    assert len(result.referral_ids) == args.rows
    engine_name = ctx.engine.dialect.name
    ctx.close()
    print(f"{engine_name} {args.kind} {args.rows} rows: " + ", ".join(f"{k} {v:.1f} s" for k, v in figures.items())
          + f" ({args.rows / figures['import']:.0f} rows/s imported)")


if __name__ == "__main__":
    main()
