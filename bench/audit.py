"""Benchmark: what the audit trail costs — opening a record with and without its view entry, and
verifying a chain of 100,000 entries.

    .venv/bin/python bench/audit.py                                   # SQLite file in a temp folder
    .venv/bin/python bench/audit.py --db postgresql+psycopg://user@host/db   # emptied first!
    .venv/bin/python bench/audit.py --opens 500 --entries 1000000

Opening a record is ``referrals.get_referral`` on one referral (person, contacts, events), timed
``--opens`` times with ``view=None`` (no entry) and then with the view entry (a short write
transaction of its own: on SQLite ``BEGIN IMMEDIATE``, the head row, one insert, a commit with
``synchronous=FULL``); the difference is the cost of the view entry. Then the trail is filled to
``--entries`` entries (bulk appends of 1,000 through the real chaining code) and ``check_chain``
walks it all.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from casework.clock import SystemClock  # noqa: E402
from casework.services import audit, directory, referrals  # noqa: E402
from casework.services.audit import _append, _Pending  # noqa: E402
from casework.services.context import Context  # noqa: E402
from casework.services.people import ContactInput, PersonInput  # noqa: E402
from casework.store.models import AuditEntry, Base  # noqa: E402

PASSWORD = "bench-password-1"


def _fresh(url: str | None) -> tuple[str, tempfile.TemporaryDirectory | None]:
    if url is None:
        folder = tempfile.TemporaryDirectory(prefix="casework-bench-audit-")
        return f"sqlite:///{folder.name}/audit.sqlite3", folder
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url, None


def _timed(call, n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _summary(times: list[float]) -> str:
    times = sorted(times)
    return (f"median {statistics.median(times):.2f} ms, mean {statistics.fmean(times):.2f} ms, "
            f"p95 {times[int(len(times) * 0.95) - 1]:.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a PostgreSQL URL (its public schema is dropped); default a SQLite file")
    parser.add_argument("--opens", type=int, default=300)
    parser.add_argument("--entries", type=int, default=100_000)
    a = parser.parse_args()
    url, folder = _fresh(a.db)
    ctx = Context.open(url, clock=SystemClock())
    try:
        directory.create_first_admin(ctx, "admin", PASSWORD)
        admin = directory.authenticate(ctx, "admin", PASSWORD)
        directory.create_team(ctx, admin, "YOT Milton Keynes")
        directory.create_site(ctx, admin, "mk-custody", "MK custody", "custody_suite", "Milton Keynes", "england")
        directory.create_user(ctx, admin, "casey", PASSWORD, "caseworker", "YOT Milton Keynes", "Casey Worker")
        casey = directory.authenticate(ctx, "casey", PASSWORD)
        detail = referrals.create_referral(ctx, casey, referrals.NewReferral(
            pathway="act_now", source="custody", site="mk-custody", team="YOT Milton Keynes", assigned_to="casey",
            person=PersonInput("Sam", "Jones", datetime(2010, 3, 4).date(), postcode="MK9 2AA",
                               contacts=(ContactInput("Ann Jones", "mother", "07700 900123", True),))))
        for n in range(8):
            referrals.record_event(ctx, casey, detail.id, "note", note=f"note {n}")
        engine = ctx.engine.dialect.name
        print(f"engine: {engine} ({ctx.engine.url.render_as_string(hide_password=True)})")

        # warm up, then alternate so both see the same cache state
        _timed(lambda: referrals.get_referral(ctx, casey, detail.id, view=None), 20)
        without, with_view = [], []
        for _ in range(a.opens):
            without += _timed(lambda: referrals.get_referral(ctx, casey, detail.id, view=None), 1)
            with_view += _timed(lambda: referrals.get_referral(ctx, casey, detail.id, view="bench"), 1)
        cpu = time.process_time()
        view_only = _timed(lambda: audit.record_view(ctx, casey, "referral", detail.id, via="bench"), a.opens)
        cpu = (time.process_time() - cpu) / a.opens * 1000
        print(f"open a record, no view entry ({a.opens}x): {_summary(without)}")
        print(f"open a record with its view entry ({a.opens}x): {_summary(with_view)}")
        print(f"the view entry alone ({a.opens}x): {_summary(view_only)}; {cpu:.2f} ms CPU each in this process")
        print(f"cost of the view entry: {statistics.median(with_view) - statistics.median(without):.2f} ms "
              f"(median difference)")

        with ctx.read() as s:
            have = s.scalar(select(func.count()).select_from(AuditEntry))
        start = time.perf_counter()
        now = datetime.now(timezone.utc)
        while have < a.entries:
            batch = min(1000, a.entries - have)
            with ctx.write() as s:
                _append(s, [_Pending(now, casey.user_id, "view", "referral", detail.id, {"via": "bench"})
                            for _ in range(batch)])
            have += batch
        print(f"filled the trail to {have:,} entries in {time.perf_counter() - start:.1f} s")
        cpu = time.process_time()
        with ctx.read() as s:
            result = audit.check_chain(s)
        cpu = time.process_time() - cpu
        print(f"verify {result.entries:,} entries: {result.seconds:.2f} s wall, {cpu:.2f} s CPU in this process "
              f"({result.entries / max(result.seconds, 1e-9):,.0f} entries/s wall), ok={result.ok}")
        print(f"tables: {', '.join(sorted(t.name for t in Base.metadata.sorted_tables if 'audit' in t.name))}")
    finally:
        ctx.close()
        if folder is not None:
            folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
