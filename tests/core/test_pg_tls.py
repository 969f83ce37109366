"""PostgreSQL over TLS: a throwaway server with a certificate from a CA made here, then verify-full.

Costs one extra server start (a few seconds). Needs the openssl command and the PostgreSQL 15
binaries that scripts/pg-test-server uses; skipped where either is missing, except with CI=true.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casework.errors import ValidationError
from casework.store.engine import TlsOptions

ROOT = Path(__file__).resolve().parents[2]
PG_BINDIR = Path(os.environ.get("PG_BINDIR", "/usr/lib/postgresql/15/bin"))


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(folder: Path, name: str) -> None:
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
            "-keyout", f"{name}.key", "-out", f"{name}.pem", cwd=folder)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory) -> Path:
    if shutil.which("openssl") is None:
        _unavailable("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    make_ca(folder, "casework-test-ca")
    make_ca(folder, "some-other-ca")
    (folder / "san.cnf").write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key",
            "-out", "server.csr", cwd=folder)
    openssl("x509", "-req", "-in", "server.csr", "-CA", "casework-test-ca.pem", "-CAkey", "casework-test-ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.cnf", "-out", "server.crt", cwd=folder)
    folder.chmod(0o755)  # the server runs as the postgres user when we are root
    return folder


@pytest.fixture(scope="module")
def probe(certificates) -> dict:
    if not (PG_BINDIR / "postgres").exists() and os.geteuid() != 0:
        _unavailable(f"no PostgreSQL binaries in {PG_BINDIR}")
    env = dict(os.environ, PG_TEST_SERVER_SSL_CERT=str(certificates / "server.crt"),
               PG_TEST_SERVER_SSL_KEY=str(certificates / "server.key"))
    env.pop("CASEWORK_TEST_PG_URL", None)
    for name in ("CASEWORK_DB_SSLMODE", "CASEWORK_DB_SSLROOTCERT", "CASEWORK_DB_SSLCERT", "CASEWORK_DB_SSLKEY",
                 "PGSSLMODE", "PGSSLROOTCERT"):
        env.pop(name, None)
    completed = subprocess.run(
        [str(ROOT / "scripts" / "pg-test-server"), "run", "--", sys.executable, "-m", "tests.core.pg_tls_probe",
         str(certificates / "casework-test-ca.pem"), str(certificates / "some-other-ca.pem")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if completed.returncode == 75:
        _unavailable(f"no PostgreSQL test server: {completed.stderr.strip()}")
    lines = [line for line in completed.stdout.splitlines() if line.startswith("PROBE ")]
    assert completed.returncode == 0 and lines, completed.stderr
    return json.loads(lines[-1][len("PROBE "):])


def test_verify_full_with_the_servers_ca_connects_over_tls(probe):
    assert probe["verify_full"]["ok"], probe["verify_full"]
    assert probe["verify_full"]["ssl"] is True and probe["verify_full"]["version"].startswith("TLS")
    assert probe["require"]["ok"] and probe["require"]["ssl"] is True


def test_sslmode_disable_reaches_the_driver(probe):
    assert probe["disable"]["ok"] and probe["disable"]["ssl"] is False


def test_a_wrong_ca_is_refused_with_a_clear_error(probe):
    assert probe["verify_full_wrong_ca"]["ok"] is False
    assert "certificate verify failed" in probe["verify_full_wrong_ca"]["error"]
    cli = probe["cli_wrong_ca"]
    assert cli["code"] == 1
    assert "certificate verify failed" in cli["stderr"]
    assert "--db-sslrootcert" in cli["stderr"] and "Traceback" not in cli["stderr"]
    assert probe["cli_right_ca"]["code"] == 0, probe["cli_right_ca"]["stderr"]


def test_tls_options_come_from_the_environment_and_name_a_bad_value(monkeypatch, tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.setenv("CASEWORK_DB_SSLMODE", "verify-full")
    monkeypatch.setenv("CASEWORK_DB_SSLROOTCERT", str(ca))
    options = TlsOptions.from_env()
    assert options.connect_args() == {"sslmode": "verify-full", "sslrootcert": str(ca)}
    assert TlsOptions.from_env(sslmode="require").sslmode == "require"  # an option given wins
    with pytest.raises(ValidationError) as bad:
        TlsOptions(sslmode="always")
    assert bad.value.field == "sslmode"
    with pytest.raises(ValidationError) as half:
        TlsOptions(sslcert=str(ca))
    assert half.value.field == "sslkey"

