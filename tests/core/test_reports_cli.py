"""`casework report caseload|sla|case|meeting --pdf FILE`: one run per report, and the exit codes."""

from __future__ import annotations

import re
import subprocess

import pytest

from .test_cli import _environment, cli  # noqa: F401  (fixtures)
from .test_reports import Service, service  # noqa: F401  (fixtures)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("kind, title", [("caseload", "Caseload summary"), ("sla", "SLA compliance and breaches"),
                                         ("meeting", "Multi-agency meeting list")])
def test_each_report_from_the_command_line(cli, service, tmp_path, kind, title):
    target = tmp_path / f"{kind}.pdf"
    result = cli("report", kind, "--pdf", str(target), "--from", "2026-05-01", "--to", "2026-05-31",
                 "--team", "YOT Milton Keynes", user="tl")
    assert result.code == 0, result.err
    assert re.fullmatch(rf"wrote {re.escape(str(target))} \({re.escape(title)}, (1 page|\d+ pages)\)\n", result.out)
    text = pdf_text(target)
    assert title in text and "Team: YOT Milton Keynes" in text and "Generated 15 Jun 2026 10:00 BST by Terry Lead" in text


def test_case_file_from_the_command_line_with_json(cli, service: Service, tmp_path):
    target = tmp_path / "case.pdf"
    result = cli("report", "case", "--referral", str(service.a), "--pdf", str(target), "--json", user="casey")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["kind"], data["path"], data["title"]) == ("case", str(target), "Case file")
    assert data["pages"] >= 1 and data["generated_at"] == "2026-06-15T10:00:00+01:00"
    assert "Sam Jones" in pdf_text(target)


def test_caseload_options_suppress_and_list_cases(cli, service, tmp_path):
    target = tmp_path / "caseload.pdf"
    result = cli("report", "caseload", "--pdf", str(target), "--worker", "casey", "--suppress-small-counts",
                 "--case-list", user="morgan")
    assert result.code == 0, result.err
    text = pdf_text(target)
    assert "Worker: Casey Worker" in text and "Counts under 5 suppressed" in text and "<5" in text
    assert "Open cases by worker" in text and "Finley Shaw" in text


@pytest.mark.parametrize("args, field", [
    (["--from", "2026-13-01"], "from"),
    (["--to", "31/05/2026"], "to"),
    (["--from", "2026-06-01", "--to", "2026-05-01"], "to"),
])
def test_bad_dates_exit_2_naming_the_field(cli, service, tmp_path, args, field):
    result = cli("report", "sla", "--pdf", str(tmp_path / "x.pdf"), *args, user="morgan")
    assert result.code == 2
    assert result.err.startswith(f"error: {field}: ")
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_referral_exits_4(cli, service, tmp_path):
    result = cli("report", "case", "--referral", "999999", "--pdf", str(tmp_path / "x.pdf"), user="morgan")
    assert result.code == 4 and "referral 999999 not found" in result.err


def test_the_case_file_needs_a_referral(cli, service, tmp_path):
    result = cli("report", "case", "--pdf", str(tmp_path / "x.pdf"), user="morgan")
    assert result.code == 2 and result.err.startswith("error: referral: ")


def test_a_caseworker_may_not_run_the_caseload_summary(cli, service, tmp_path):
    result = cli("report", "caseload", "--pdf", str(tmp_path / "x.pdf"), user="casey")
    assert result.code == 3 and "team leads and managers" in result.err


def test_a_missing_folder_exits_2(cli, service, tmp_path):
    result = cli("report", "meeting", "--pdf", str(tmp_path / "nowhere" / "x.pdf"), user="morgan")
    assert result.code == 2 and result.err.startswith("error: pdf: ")
