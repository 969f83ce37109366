"""Reports in Welsh: `casework report ... --lang cy` prints Welsh words, Welsh month names and Welsh letters."""

from __future__ import annotations

import subprocess

import pytest

from casework import i18n

from .test_cli import _environment, cli  # noqa: F401  (fixtures)
from .test_reports import Service, service  # noqa: F401  (fixtures)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


def test_the_caseload_summary_in_welsh(cli, service, tmp_path):
    target = tmp_path / "caseload-cy.pdf"
    result = cli("report", "caseload", "--pdf", str(target), "--from", "2026-05-01", "--to", "2026-05-31",
                 "--team", "YOT Milton Keynes", "--lang", "cy", user="tl")
    assert result.code == 0, result.err
    text = pdf_text(target)
    assert "Crynodeb llwyth achosion" in text                  # the title
    assert "Achosion agored fesul llwybr a cham" in text       # a heading
    assert "Tîm: YOT Milton Keynes" in text                    # the filters line, with a circumflex
    assert "Cynhyrchwyd 15 Meh 2026 10:00 BST gan Terry Lead" in text   # babel's Welsh month
    assert "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE" in text   # the marking, both languages
    assert "Caseload summary" not in text and "Open cases" not in text
    assert "Yn y ddalfa" in text and "In custody" not in text   # a stage, from the pathway file's words
    # A Unicode TrueType font is embedded (Helvetica cannot show ŵ ŷ).
    assert "TrueType" in pdf_fonts(target)


def test_the_case_file_in_welsh_has_pathway_words_and_timer_text(cli, service: Service, tmp_path):
    target = tmp_path / "case-cy.pdf"
    result = cli("report", "case", "--referral", str(service.a), "--pdf", str(target), "--lang", "cy", user="casey")
    assert result.code == 0, result.err
    text = pdf_text(target)
    assert "Ffeil achos" in text and "Person ifanc" in text and "Llinell amser" in text
    assert "Sam Jones" in text
    assert "Amseryddion SLA" in text


def test_english_is_unchanged_without_lang(cli, service, tmp_path, monkeypatch):
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    target = tmp_path / "caseload.pdf"
    assert cli("report", "caseload", "--pdf", str(target), user="morgan").code == 0
    text = pdf_text(target)
    assert "Caseload summary" in text and "OFFICIAL-SENSITIVE" in text and "SWYDDOGOL" not in text


def test_the_language_comes_from_the_environment_when_not_given(cli, service, tmp_path, monkeypatch):
    monkeypatch.setenv(i18n.LANG_ENV, "cy")
    target = tmp_path / "sla.pdf"
    assert cli("report", "sla", "--pdf", str(target), user="morgan").code == 0
    assert "Cydymffurfio â'r SLA a thoriadau" in pdf_text(target)
