"""The benchmark databases: generated once with ``casework.demo`` at scale, cached, reused.

    .venv/bin/python -m bench.data                      # build (or reuse) the 1,000,000-referral database
    .venv/bin/python -m bench.data --referrals 10000 --people 2000

A database is kept in the bench data folder (``$CASEWORK_BENCH_DATA``, default ``bench/data/`` in
the checkout, which git ignores) as ``scale-<referrals>-<people>-s<seed>.sqlite3`` next to a
``.json`` file saying what it holds and how long it took to make. A database whose ``.json`` is
missing (a build that did not finish) is built again from scratch. A database made by an older
version of the app is brought to the current schema by Alembic in place, without the copy
``casework init`` makes first (it can be made again).

The data is ``casework.demo.generate``'s: the three pathways' real flows, names, ages, postcodes,
identifiers, event histories, and the SLA cache (timers, next deadlines, breaches), computed by
the SLA engine as the rows are made and written in bulk (one statement per table per 5,000
referrals on SQLite, COPY on PostgreSQL). Only the people are fewer: ``--people`` young people
share the referrals (200,000 for 1,000,000: a service's records over years, the same young people
coming back), where the demo's default is about one each.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
SEED = 1
ADMIN = ("admin", "bench-admin-password")
REFERRALS = 1_000_000
PEOPLE = 200_000


def data_dir() -> Path:
    folder = Path(os.environ.get("CASEWORK_BENCH_DATA") or ROOT / "bench" / "data")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class Dataset:
    path: Path
    info: dict

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def _paths(referrals: int, people: int, seed: int) -> tuple[Path, Path]:
    stem = f"scale-{referrals}-{people}-s{seed}"
    folder = data_dir()
    return folder / f"{stem}.sqlite3", folder / f"{stem}.json"


def upgrade_in_place(path: Path) -> None:
    """Bring a cached database to the app's head revision (no backup copy: it can be rebuilt)."""
    from alembic import command
    from casework.store.engine import make_engine
    from casework.store.migrate import alembic_config, current_revision, head_revision

    engine = make_engine(f"sqlite:///{path}")
    try:
        if current_revision(engine) == head_revision():
            return
        print(f"upgrading {path.name} to revision {head_revision()} ...", file=sys.stderr, flush=True)
        config = alembic_config()
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
    finally:
        engine.dispose()


def dataset(referrals: int = REFERRALS, people: int = PEOPLE, seed: int = SEED, *, quiet: bool = False) -> Dataset:
    """The cached database of that size, built first when there is none."""
    path, info_path = _paths(referrals, people, seed)
    if path.exists() and info_path.exists():
        upgrade_in_place(path)
        return Dataset(path, json.loads(info_path.read_text()))
    return build(referrals, people, seed, quiet=quiet)


def build(referrals: int, people: int, seed: int, *, quiet: bool = False) -> Dataset:
    from casework import demo
    from casework.clock import FixedClock
    from casework.services import directory
    from casework.services.context import Context

    path, info_path = _paths(referrals, people, seed)
    for stale in (info_path, path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    print(f"building {path} ({referrals:,} referrals, {people:,} people) ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    ctx = Context.open(f"sqlite:///{path}", clock=FixedClock(NOW))
    try:
        directory.create_first_admin(ctx, *ADMIN)
        admin = directory.authenticate(ctx, *ADMIN)
        step = max(1, referrals // 20)

        def progress(done: int, total: int) -> None:
            if not quiet and (done == total or done % step < demo.CHUNK_REFERRALS):
                print(f"  {done:>9,} / {total:,} referrals  {time.perf_counter() - started:6.0f} s",
                      file=sys.stderr, flush=True)

        result = demo.generate(ctx, admin, referrals, seed, progress, people=people)
        generated = time.perf_counter() - started
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ctx.close()
    info = {"referrals": referrals, "people": people, "seed": seed, "now": NOW.isoformat(),
            "counts": result.counts, "generate_s": round(generated, 1),
            "size_mb": round(path.stat().st_size / 1e6), "built_at": datetime.now(timezone.utc).isoformat()}
    info_path.write_text(json.dumps(info, indent=2) + "\n")
    print(f"built in {generated:.0f} s: {result.counts}", file=sys.stderr, flush=True)
    return Dataset(path, info)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=REFERRALS)
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rebuild", action="store_true", help="build again even when a complete one is cached")
    args = parser.parse_args(argv)
    if args.rebuild:
        found = build(args.referrals, args.people, args.seed)
    else:
        found = dataset(args.referrals, args.people, args.seed)
    print(json.dumps({"path": str(found.path), **found.info}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
