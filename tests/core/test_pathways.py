"""Pathways are data: the shipped files load, and a broken file names its file, key and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from casework.errors import PathwayFileError, ValidationError
from casework.pathways import load_pathways

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "pathways"


def test_the_three_pathways_ship_with_their_event_kinds():
    registry = load_pathways()
    assert sorted(registry.ids()) == ["act_now", "ae_navigator", "intact"]
    expected = {
        "act_now": {"custody_notified", "custody_attended", "released_from_custody", "parent_meeting_held",
                    "mash_referral_sent", "disengaged"},
        "intact": {"marf_received", "triage_decision", "assessment_completed", "intervention_chosen",
                   "session_attended", "session_missed"},
        "ae_navigator": {"ed_attendance", "engaged_in_ed", "declined", "discharged", "aftercare_appointment_held",
                         "onward_referral"},
    }
    for pathway_id, kinds in expected.items():
        declared = {k.id for k in registry.get(pathway_id).event_kinds}
        assert kinds | {"assigned", "note", "closed", "stage_moved"} <= declared


def test_first_events_follow_the_referral_source():
    registry = load_pathways()
    assert registry.get("act_now").first_event == {"custody": "custody_notified"}
    assert registry.get("intact").first_event == {"marf": "marf_received"}
    assert registry.get("ae_navigator").first_event == {"emergency_department": "ed_attendance"}


def test_an_area_can_add_a_pathway_without_code(tmp_path):
    text = (SHIPPED / "act_now.toml").read_text().replace('id = "act_now"', 'id = "knife_carrier"', 1)
    (tmp_path / "knife_carrier.toml").write_text(text)
    registry = load_pathways(tmp_path)
    assert "knife_carrier" in registry.ids()


def test_unknown_pathway_is_a_validation_error():
    with pytest.raises(ValidationError) as err:
        load_pathways().get("nope")
    assert (err.value.field, err.value.rule) == ("pathway", "unknown_pathway")


def broken(tmp_path, old: str, new: str) -> PathwayFileError:
    text = (SHIPPED / "act_now.toml").read_text()
    assert old in text, old
    path = tmp_path / "act_now.toml"
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(PathwayFileError) as err:
        load_pathways(tmp_path)
    assert err.value.file == str(path)
    assert str(path) in str(err.value)
    return err.value


@pytest.mark.parametrize("old, new, key, problem", [
    ('label = "Act Now"', 'label = 7', "label", "must be a string"),
    ('label = "Act Now"', 'colour = "red"', "colour", "unknown key"),
    ('initial_stage = "custody"', 'initial_stage = "limbo"', "initial_stage", "unknown stage 'limbo'"),
    ('next = ["engagement", "criminal_justice"]', 'next = ["engagement", "heaven"]', "stages[0].next", "unknown stage 'heaven'"),
    ('custody = "custody_notified"', 'custody = "arrested"', "first_event.custody", "unknown event kind 'arrested'"),
    ('sources = ["custody"]', 'sources = ["telepathy"]', "sources[0]", "unknown referral source"),
    ('age = { min = 10, max = 17 }', 'age = { min = 18, max = 10 }', "age", "do not make a range"),
    ('age = { min = 10, max = 17 }', 'age = { min = 10 }', "age.max", "missing"),
    ('type = "choice", options = ["engaged", "declined", "not_seen"]', 'type = "colour"', "event_kinds[1].fields[0].type", "unknown field type"),
    ('type = "choice", options = ["engaged", "declined", "not_seen"]', 'type = "choice"', "event_kinds[1].fields[0].options", "missing"),
    ('id = "custody_attended"', 'id = "custody_notified"', "event_kinds", "declared twice"),
    ('id = "custody"\n', 'id = "closed"\n', "stages[0].id", "reserved"),
])
def test_broken_pathway_file_names_file_key_and_problem(tmp_path, old, new, key, problem):
    err = broken(tmp_path, old, new)
    assert err.key == key
    assert problem in err.problem


def test_toml_syntax_error_names_the_file(tmp_path):
    err = broken(tmp_path, 'label = "Act Now"', 'label = "Act Now')
    assert err.key == "(syntax)"
