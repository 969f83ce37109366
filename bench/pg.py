"""Load the benchmark's SQLite database into PostgreSQL with COPY (for ``bench.run``'s ``pg`` group).

The schema is made by the app's own migrations (``Context.open``); then every table the figures
read is copied, column by column as SQLite stores it, through ``COPY ... FROM STDIN`` in the UTC
session zone (SQLite keeps UTC instants as naive text), the id sequences are moved past the
copied ids, and the tables are analysed. The event table is left out unless
``CASEWORK_BENCH_PG_EVENTS=1``: neither the sweep nor the caseload reads it, and it is most of the
rows. The audit trail is not copied either (the migrations start its hash chain afresh).
"""

from __future__ import annotations

import os
import sqlite3
import time

# What the figures read (and what it refers to). The audit tables are the app's own (a hash chain
# the migrations start), and the event table is most of the rows.
TABLES = ("team", "site", "app_user", "person", "contact", "referral", "sla_timer", "breach", "alert")


def load_from_sqlite(sqlite_path: str, pg_url: str) -> dict:
    from sqlalchemy import text

    from casework.services.context import Context
    from casework.store.models import Base

    started = time.perf_counter()
    ctx = Context.open(pg_url)  # creates the schema at head
    with ctx.engine.connect() as conn:
        if conn.execute(text("SELECT EXISTS (SELECT 1 FROM referral)")).scalar():
            # A server given with $CASEWORK_BENCH_PG_URL and loaded by an earlier run: used as it is.
            ctx.close()
            return {"seconds": 0.0, "rows": {}, "reused": True}
    wanted = set(TABLES) | ({"event"} if os.environ.get("CASEWORK_BENCH_PG_EVENTS") == "1" else set())
    source = sqlite3.connect(sqlite_path)
    copied: dict[str, int] = {}
    try:
        with ctx.engine.begin() as conn:
            driver = conn.connection.driver_connection
            driver.execute("SET TIME ZONE 'UTC'")
            for table in Base.metadata.sorted_tables:
                if table.name not in wanted:
                    continue
                columns = [c.name for c in table.columns]
                quoted = ", ".join(f'"{c}"' for c in columns)
                rows = 0
                with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
                    for row in source.execute(f'SELECT {quoted} FROM "{table.name}"'):
                        copy.write_row(row)
                        rows += 1
                copied[table.name] = rows
                if "id" in columns and rows:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                                      f"(SELECT max(id) FROM \"{table.name}\"))"))
        with ctx.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    finally:
        source.close()
        ctx.close()
    return {"seconds": round(time.perf_counter() - started, 1), "rows": copied}
