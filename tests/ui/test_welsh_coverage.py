"""Casework in Welsh, everywhere: every page, the record window and its dialogs, the start-up and account
dialogs and the import wizard show no English.

Every text a person reads or hears (titles, labels, buttons, headers, tool tips, placeholders, accessible
names) must be a Welsh translation of the catalogue, data held in the database, or one of the few words
the same in both languages (``welsh_coverage.SAME_IN_BOTH``). The pages of the main window for all four
roles, the record window and its dialogs, the intake forms and the start-up and account dialogs are
checked by the Welsh run of ``test_accessibility``'s walks (the same windows, opened once for both
checks); here: the import wizard through to its problems table, refusals, and the check itself.
"""

from __future__ import annotations

import os

import pytest

from ui.import_wizard import ImportWizard

from ..core import sheet_data as sd
from .test_accessibility import settle
from .welsh import in_language
from .welsh_coverage import english_report, is_welsh, not_welsh, shown_data, visible_texts


@pytest.fixture
def welsh(qapp, ctx):
    with in_language(qapp, ctx, "cy"):
        yield


def _check(window, where: str, problems: dict[str, dict[str, str]], data: frozenset[str], qtbot=None) -> None:
    if qtbot is not None:
        settle(qtbot)
    texts = visible_texts(window)
    assert texts, f"{where}: no texts found"
    english = not_welsh(texts, data)
    if english:
        problems[where] = english


def test_the_check_tells_welsh_from_english():
    assert is_welsh("Llwyth achosion") and is_welsh("&Ffeil") and is_welsh("Enw:")
    assert is_welsh("12 atgyfeiriad")                      # a template, filled in
    assert is_welsh("Casework") and is_welsh("42") and is_welsh("15/06/2026 10:00")
    assert not is_welsh("Caseload") and not is_welsh("Save the record") and not is_welsh("12 referrals")
    assert is_welsh("Sam Jones", frozenset({"Sam Jones"})) and not is_welsh("Sam Jones")


def test_the_import_wizard_reports_its_problems_in_welsh(qtbot, welsh, ctx, world, tmp_path):
    # GIVEN a spreadsheet with a bad date, a bad postcode and a gender the import does not know
    rows = sd.referral_rows(6)
    rows[2][sd.HEADERS.index("DOB")] = "31/02/2009"
    rows[4][sd.HEADERS.index("Postcode")] = "NOT A POSTCODE"
    rows[4][sd.HEADERS.index("Gender")] = "banana"
    rows[5][sd.HEADERS.index("Referral date/time")] = "14/06/2026"  # no time of day: a warning
    bad = tmp_path / "atgyfeiriadau.csv"
    bad.write_bytes(sd.to_csv(sd.HEADERS, rows, delimiter=";"))
    cells = {str(v) for row in rows for v in row} | {repr(str(v)) for row in rows for v in row}
    letters = {chr(65 + i) for i in range(26)}  # the column letters
    data = shown_data(ctx) | frozenset(cells) | frozenset(sd.HEADERS) | frozenset(letters) | {bad.name}
    wizard = ImportWizard(ctx, world.caseworker)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.show()
    problems: dict[str, dict[str, str]] = {}
    # WHEN it is read, its columns matched and checked, in Welsh
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=15_000)
    _check(wizard, "import: columns", problems, data, qtbot)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=15_000)
    settle(qtbot)
    shots = os.environ.get("CASEWORK_WIZARD_SHOTS")
    if shots:
        wizard.grab().save(os.path.join(shots, "import-3-check-errors-cy.png"))
    # THEN the page and every problem it lists are in Welsh
    _check(wizard, "import: check", problems, data)
    model = wizard.check_page.table.model()
    table = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.index(row, column).data()
            if isinstance(value, str) and value:
                table[value] = f"problem row {row + 1}, column {column + 1}"
    english = not_welsh(table, data)
    if english:
        problems["import: the problems"] = english
    assert not problems, english_report(problems)
    messages = [p.message for p in wizard.report.problems]
    assert "nid yw 31/02/2009 yn ddyddiad" in messages and len(messages) == 4, messages


def test_a_refusal_is_shown_in_welsh_and_kept_in_english(welsh, world):
    from casework.errors import NotPermitted
    from casework.services.actor import refusal_reason
    from ui.wording import error_text

    error = NotPermitted("merge_people", refusal_reason(world.caseworker, "merge_people"))
    assert error.reason == "a caseworker may not merge people"  # as the audit trail keeps it
    assert error_text(error) == ("Ni chaniateir: nid yw gweithiwr achos yn cael cyfuno cofnodion pobl. "
                                 "Mae'r ymgais wedi'i chofnodi.")
