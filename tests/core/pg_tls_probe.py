"""Run under scripts/pg-test-server with TLS on (see test_pg_tls.py): try each TLS setting, print JSON.

    python -m tests.core.pg_tls_probe CA_PEM WRONG_CA_PEM
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys

from casework.cli.main import main
from casework.store.engine import TlsOptions, make_engine


def attempt(url: str, tls: TlsOptions) -> dict:
    try:
        engine = make_engine(url, tls=tls)
        with engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").one()
        engine.dispose()
        return {"ok": True, "ssl": bool(row[0]), "version": row[1]}
    except Exception as exc:  # noqa: BLE001 - the message is what is checked
        return {"ok": False, "error": str(getattr(exc, "orig", None) or exc)}


def cli(*args: str) -> dict:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(args))
    return {"code": code, "stderr": err.getvalue()}


def run() -> dict:
    url = os.environ["CASEWORK_TEST_PG_URL"]
    ca, wrong = sys.argv[1], sys.argv[2]
    return {
        "verify_full": attempt(url, TlsOptions(sslmode="verify-full", sslrootcert=ca)),
        "verify_full_wrong_ca": attempt(url, TlsOptions(sslmode="verify-full", sslrootcert=wrong)),
        "require": attempt(url, TlsOptions(sslmode="require")),
        "disable": attempt(url, TlsOptions(sslmode="disable")),
        "cli_wrong_ca": cli("--db", url, "--db-sslmode", "verify-full", "--db-sslrootcert", wrong, "init"),
        "cli_right_ca": cli("--db", url, "--db-sslmode", "verify-full", "--db-sslrootcert", ca, "init",
                            "--no-encrypt"),
    }


if __name__ == "__main__":
    os.environ.setdefault("CASEWORK_PASSWORD", "tls-probe-password-1")
    print("PROBE " + json.dumps(run()))
