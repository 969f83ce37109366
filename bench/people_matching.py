"""Person matching on generated people with planted duplicates: precision, recall and time.

    .venv/bin/python bench/people_matching.py [--people 1000 5000 20000] [--seed 6] [--db URL]

For each size, makes that many distinct young people plus planted duplicates (about a quarter) and
look-alikes (twins, shared birthdays, namesakes with another NHS number) with
``tests/core/people_data.py``, loads them into a fresh database (SQLite in memory by default), runs
the duplicates review over everyone and the intake search for 200 planted variants, and prints
precision, recall, the intake hit rate and the time taken. Not part of the test run; the test
``tests/core/test_people_matching.py`` asserts thresholds on 1,000 people.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casework.clock import FixedClock  # noqa: E402
from casework.services import matching  # noqa: E402
from casework.services.actor import Actor  # noqa: E402
from casework.services.context import Context  # noqa: E402
from casework.store.models import Role, User  # noqa: E402
from tests.core import people_data  # noqa: E402


def run(size: int, seed: int, url: str) -> None:
    ctx = Context.open(url, clock=FixedClock(datetime(2026, 6, 15, 9, tzinfo=timezone.utc)))
    with ctx.write() as s:
        user = User(username=f"bench{size}", display_name="Bench", role=Role.TEAM_LEAD, password_hash="-",
                    created_at=ctx.clock.now())
        s.add(user)
        s.flush()
        actor = Actor.of(user)
    dataset = people_data.generate(size, seed=seed)
    ids = people_data.load(ctx, dataset)
    started = time.perf_counter()
    pairs = matching.find_duplicates(ctx, actor, limit=10_000_000)
    review_seconds = time.perf_counter() - started
    started = time.perf_counter()
    figures = people_data.measure(ctx, actor, dataset, ids, intake_sample=200)
    measure_seconds = time.perf_counter() - started
    print(f"{size:>7} people ({figures.people:>7} records): {figures.true_pairs:>6} planted pairs, "
          f"{figures.found_pairs:>6} listed, precision {figures.precision:.3f}, recall {figures.recall:.3f}; "
          f"intake first-hit {figures.intake_recall:.3f} ({figures.intake_queries} searches); "
          f"review {review_seconds:.2f} s ({len(pairs)} pairs), review+intake {measure_seconds:.2f} s")
    ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--db", default="sqlite://")
    args = parser.parse_args()
    for size in args.people:
        run(size, args.seed, args.db)


if __name__ == "__main__":
    main()
