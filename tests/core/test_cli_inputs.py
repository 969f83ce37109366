"""The command line's own parsing and printing, without a database."""

from __future__ import annotations

import io

import pytest

from casework.cli import inputs, output
from casework.errors import ValidationError
from casework.services.people import ContactInput


@pytest.mark.parametrize("relationship, parent_carer", [
    ("mother", True), ("Father", True), ("parent", True), ("carer", True), ("guardian", True),
    ("grandparent", True), ("grandmother", True), ("step-mother", True), ("stepfather", True),
    ("step parent", True), ("foster carer", True), ("special_guardian", True),
    ("brother", False), ("aunt", False), ("social worker", False), ("youth worker", False),
])
def test_parent_and_carer_relationships_are_recognised(relationship, parent_carer):
    assert inputs.is_parent_carer(relationship) is parent_carer


def test_contacts_take_name_relationship_and_an_optional_phone():
    assert inputs.contacts(["Ann Jones; mother ;07700 900123", "Bob Jones;uncle", "Cy;brother;"]) == (
        ContactInput("Ann Jones", "mother", "07700 900123", True),
        ContactInput("Bob Jones", "uncle", None, False),
        ContactInput("Cy", "brother", None, False),
    )


@pytest.mark.parametrize("spec", ["Ann Jones", "a;b;c;d"])
def test_a_malformed_contact_names_its_position(spec):
    with pytest.raises(ValidationError) as excinfo:
        inputs.contacts(["Ann;mother", spec])
    assert (excinfo.value.field, excinfo.value.rule) == ("contacts[1]", "contact_format")


def test_fields_split_on_the_first_equals_sign():
    assert inputs.fields(["offence=s.139 = bladed article", "consent=yes", "blank="]) == {
        "offence": "s.139 = bladed article", "consent": "yes", "blank": ""}
    assert inputs.fields(None) == {}


@pytest.mark.parametrize("pairs, field", [
    (["offence"], "details"),
    (["=knife"], "details"),
    (["offence=a", "offence=b"], "details.offence"),
])
def test_malformed_fields_are_refused(pairs, field):
    with pytest.raises(ValidationError) as excinfo:
        inputs.fields(pairs)
    assert excinfo.value.field == field


def test_times_are_read_as_london_local_time():
    summer = inputs.time_or_none("2026-06-15 10:00", "at")
    winter = inputs.time_or_none("2026-01-15 10:00", "at")
    assert (summer.isoformat(), winter.isoformat()) == ("2026-06-15T09:00:00+00:00", "2026-01-15T10:00:00+00:00")
    assert inputs.time_or_none(None, "at") is None
    with pytest.raises(ValidationError) as excinfo:
        inputs.time_or_none("half past ten-ish", "received_at")
    assert excinfo.value.field == "received_at"


def test_table_pads_columns_and_shows_empty_values_as_blank():
    out = io.StringIO()
    output.print_table(["ID", "NAME", "ACTIVE"], [(1, "admin", True), (12, None, False)], out)
    assert out.getvalue().splitlines() == ["ID  NAME   ACTIVE", "1   admin  yes", "12         no"]


def test_empty_table_prints_the_empty_message():
    out = io.StringIO()
    output.print_table(["ID"], [], out, empty="(no referrals)")
    assert out.getvalue() == "(no referrals)\n"


def test_json_keeps_non_ascii_names_readable():
    out = io.StringIO()
    output.print_json({"name": "Siân Dafydd"}, out)
    assert "Siân" in out.getvalue()
