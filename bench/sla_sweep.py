"""Benchmark: the live SLA sweep over 1,000,000 timers, against the same indexed query in raw sqlite3.

    .venv/bin/python bench/sla_sweep.py [--timers 1000000] [--due 1000] [--db PATH]

Builds (once, cached at --db) a database with one referral per timer and a realistic mix of
states: most timers finished (met, met late, not applicable), about 10% live with their next
threshold spread over the coming month. Then measures, each the best of several runs:
  * the steady-state sweep when nothing is due (what every desktop runs every minute),
  * the same indexed query through raw sqlite3 (the floor),
  * a sweep that finds --due timers past their threshold and writes their alerts and breaches.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from casework.clock import FixedClock
from casework.services import sla
from casework.services.context import Context
from casework.store.engine import make_engine
from casework.store.migrate import ensure_schema

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
RULES = [("act_now", "custody_attendance"), ("act_now", "parent_meeting"), ("intact", "triage"),
         ("ae_navigator", "navigator_contact"), ("ae_navigator", "aftercare")]


def _ts(value: datetime) -> str:
    """The text SQLAlchemy's SQLite DateTime stores (the cache compares computed_at for equality)."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, timers: int) -> None:
    path.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    ensure_schema(engine)
    engine.dispose()
    rnd = random.Random(7)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    now = _ts(NOW)
    db.execute("INSERT INTO team (id, name, created_at, version) VALUES (1, 'Bench team', ?, 1)", (now,))
    db.execute("INSERT INTO app_user (id, username, display_name, role, team_id, password_hash, active, created_at, "
               "version) VALUES (1, 'worker', 'Worker', 'caseworker', 1, 'x', 1, ?, 1), "
               "(2, 'lead', 'Lead', 'team_lead', 1, 'x', 1, ?, 1)", (now, now))
    people = max(1, timers // 5)
    db.executemany("INSERT INTO person (id, given_name, family_name, date_of_birth, created_at, updated_at, version) "
                   "VALUES (?, 'Young', ?, '2010-01-01', ?, ?, 1)",
                   ((i, f"Person{i}", now, now) for i in range(1, people + 1)))
    chunk = 100_000
    for start in range(1, timers + 1, chunk):
        referral_rows, timer_rows = [], []
        for i in range(start, min(start + chunk, timers + 1)):
            pathway, rule = RULES[i % len(RULES)]
            received = NOW - timedelta(minutes=rnd.randint(0, 60 * 24 * 700))
            roll = rnd.random()
            if roll < 0.10:  # live: next threshold within the coming month
                state = "running"
                due = NOW + timedelta(minutes=rnd.randint(1, 60 * 24 * 30))
                next_check = due - timedelta(minutes=30)
                stopped = None
            else:
                state = "met" if roll < 0.8 else ("met_late" if roll < 0.85 else "not_applicable")
                due = received + timedelta(hours=48)
                next_check = None
                stopped = received + timedelta(hours=rnd.randint(1, 60))
            referral_rows.append((i, pathway, rnd.randint(1, people), 1, 1, _ts(received), now, now))
            timer_rows.append((i, i, rule, state, _ts(received), _ts(due), _ts(stopped) if stopped else None,
                               f'["{(next_check or due).isoformat()}"]' if next_check else "[]",
                               _ts(next_check) if next_check else None, now))
        db.executemany("INSERT INTO referral (id, pathway, source, person_id, team_id, assigned_user_id, stage, "
                       "received_at, created_at, updated_at, version) VALUES (?, ?, 'custody', ?, ?, ?, 'custody', ?, "
                       "?, ?, 1)", referral_rows)
        db.executemany("INSERT INTO sla_timer (id, referral_id, rule_id, state, started_at, due_at, stopped_at, "
                       "warn_times, next_check_at, thresholds_passed, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "0, ?)", timer_rows)
        db.commit()
    db.execute("ANALYZE")
    db.commit()
    db.close()


def make_due(path: Path, count: int) -> None:
    """Move `count` live timers' next threshold into the past (undoing any earlier run's alerts)."""
    db = sqlite3.connect(path)
    db.execute("DELETE FROM alert")
    db.execute("DELETE FROM breach")
    ids = [r[0] for r in db.execute("SELECT id FROM sla_timer WHERE state IN ('running', 'warning', 'breached') "
                                    "ORDER BY id LIMIT ?", (count,))]
    past = _ts(NOW - timedelta(minutes=5))
    db.executemany("UPDATE sla_timer SET state = 'running', due_at = ?, next_check_at = ?, warn_times = '[]', "
                   "thresholds_passed = 0 WHERE id = ?", ((past, past, i) for i in ids))
    db.commit()
    db.close()


def best(fn, runs: int = 7) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000, statistics.median(times) * 1000


RAW_QUERY = ("SELECT t.id, t.referral_id, t.rule_id, t.state, t.due_at, t.warn_times, t.thresholds_passed, "
             "t.computed_at, r.pathway, r.team_id, r.assigned_user_id FROM sla_timer t JOIN referral r "
             "ON r.id = t.referral_id WHERE t.state IN ('running', 'warning') AND t.next_check_at <= ? "
             "ORDER BY t.next_check_at, t.id")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timers", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--db", default="/tmp/casework-bench-sweep.sqlite3")
    args = parser.parse_args()
    path = Path(args.db)
    marker = path.with_suffix(f".{args.timers}.built")
    if not marker.exists():
        t0 = time.perf_counter()
        build(path, args.timers)
        marker.touch()
        print(f"built {args.timers:,} timers in {time.perf_counter() - t0:.1f} s")
    make_due(path, 0)
    ctx = Context.open(f"sqlite:///{path}", clock=FixedClock(NOW), migrate=False)
    raw = sqlite3.connect(path)
    plan = raw.execute("EXPLAIN QUERY PLAN " + RAW_QUERY, (_ts(NOW),)).fetchall()
    idle_best, idle_median = best(lambda: sla.run_sweep(ctx))
    raw_best, raw_median = best(lambda: raw.execute(RAW_QUERY, (_ts(NOW),)).fetchall())
    print(f"query plan: {' / '.join(row[-1] for row in plan)}")
    print(f"{'figure':<52}{'best ms':>10}{'median ms':>12}")
    print(f"{'sweep, nothing due (' + format(args.timers, ',') + ' timers)':<52}{idle_best:>10.2f}{idle_median:>12.2f}")
    print(f"{'raw sqlite3, same indexed query':<52}{raw_best:>10.2f}{raw_median:>12.2f}")
    times = []
    for _ in range(3):
        make_due(path, args.due)
        t0 = time.perf_counter()
        result = sla.run_sweep(ctx)
        times.append((time.perf_counter() - t0) * 1000)
        assert result.breaches == args.due, result
    due_label = f"sweep, {args.due:,} timers breach (alerts + breaches)"
    print(f"{due_label:<52}{min(times):>10.2f}{statistics.median(times):>12.2f}")
    raw_due = best(lambda: raw.execute(RAW_QUERY, (_ts(NOW),)).fetchall(), runs=3)
    print(f"{'raw sqlite3, same query with nothing left due':<52}{raw_due[0]:>10.2f}{raw_due[1]:>12.2f}")
    make_due(path, 0)
    ctx.close()


if __name__ == "__main__":
    main()
