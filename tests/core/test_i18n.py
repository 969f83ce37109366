"""casework.i18n: the core reads the desktop's .ts catalogue (no Qt), and dates in Welsh come from babel."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from casework import i18n
from casework.pathways import load_pathways

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context><name>reports</name>
  <message><source>Caseload summary</source><translation>Crynodeb llwyth achosion</translation></message>
  <message><source>Not yet</source><translation type="unfinished">Ddim eto</translation></message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language(i18n.ENGLISH)


def test_finished_entries_translate_and_unfinished_ones_stay_english(tmp_path) -> None:
    path = tmp_path / "casework_cy.ts"
    path.write_text(TS, encoding="utf-8")
    table = i18n.catalogue("cy", str(path))
    assert table[("reports", "Caseload summary", "")] == "Crynodeb llwyth achosion"
    assert ("reports", "Not yet", "") not in table


def test_translate_follows_the_language_and_using_overrides_it_for_a_block() -> None:
    assert i18n.translate("pathway", "In custody") == "In custody"
    with i18n.using("cy"):
        assert i18n.language() == "cy"
    assert i18n.language() == "en"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("fr")


def test_welsh_month_and_day_names_come_from_babel() -> None:
    with i18n.using("cy"):
        assert i18n.month_year(date(2026, 6, 1)) == "Mehefin 2026"
        assert i18n.format_date(date(2026, 3, 2), "EEEE d MMMM y") == "Dydd Llun 2 Mawrth 2026"
        assert i18n.number(10000) == "10,000"
    assert i18n.month_year(date(2026, 6, 1)) == "June 2026"
    assert i18n.format_time(datetime(2026, 6, 1, 9, 5, tzinfo=timezone.utc)) == "09:05"


def test_a_localised_registry_changes_words_only() -> None:
    registry = load_pathways()
    shouted = registry.localised(str.upper)
    english, other = registry.get("act_now"), shouted.get("act_now")
    assert other.label == "ACT NOW" and other.stages[0].label == english.stages[0].label.upper()
    assert [s.id for s in other.stages] == [s.id for s in english.stages]
    assert [r.id for r in other.sla_rules] == [r.id for r in english.sla_rules]
    assert other.sla_rules[0].target == english.sla_rules[0].target
    assert "In custody" in registry.texts()
