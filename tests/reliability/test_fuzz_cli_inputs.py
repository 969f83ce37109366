"""Bad input on the command line: what ``casework/cli/inputs.py`` turns typed text into.

Any text at all gives a value or a ValidationError naming the option's field; never another exception.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casework.cli import inputs
from casework.errors import ValidationError
from casework.services.people import ContactInput

from .conftest import EXAMPLES, FIGURES
from .fuzz import CASES, REJECTED, nasty_text

TIMES = ["2026-06-15 10:15", "15/06/2026 10:15", "2026-06-15T10:15:00+14:00", "0001-01-01T00:00:00+14:00",
         "9999-12-31T23:59:59-12:00", "0001-01-01 00:00", "9999-12-31 23:59", "2026-03-29 01:30", "tomorrow",
         "99999999999999999999", "2026-13-45", "10:15", "1e9", "2026-06-15 25:00", "2026-10-25 01:30"]
typed_time = st.one_of(st.sampled_from(TIMES), nasty_text(), st.text(alphabet="0123456789-/:T+. Z", max_size=25))


def check(service, call, field_prefix):
    CASES[service] += 1
    try:
        return call()
    except ValidationError as exc:
        REJECTED[service] += 1
        assert exc.field.startswith(field_prefix) and exc.message, exc
        return None


@pytest.fixture(autouse=True, scope="module")
def _report():
    yield
    FIGURES.append("cli input cases run (rejected): " + "; ".join(
        f"{k} {CASES[k]} ({REJECTED[k]})" for k in sorted(CASES) if k.startswith("cli.")))


@settings(max_examples=6 * EXAMPLES)
@given(text=st.one_of(st.none(), typed_time))
def test_typed_times_are_aware_utc_or_a_validation_error(text):
    value = check("cli.time_or_none", lambda: inputs.time_or_none(text, "at"), "at")
    if value is not None:
        assert isinstance(value, datetime) and value.utcoffset() == timezone.utc.utcoffset(None)


@settings(max_examples=4 * EXAMPLES)
@given(text=st.one_of(st.none(), st.sampled_from(["2010-03-04", "2010-02-29", "0000-01-01", "10000-01-01"]),
                      nasty_text(), st.text(alphabet="0123456789-", max_size=12)))
def test_typed_dates_are_dates_or_a_validation_error(text):
    value = check("cli.date_or_none", lambda: inputs.date_or_none(text, "dob"), "dob")
    assert value is None or isinstance(value, date)


@settings(max_examples=4 * EXAMPLES)
@given(pairs=st.one_of(st.none(), st.lists(st.one_of(nasty_text(), st.builds("{}={}".format, nasty_text(),
                                                                            nasty_text())), max_size=4)))
def test_field_options_are_a_dict_or_a_validation_error(pairs):
    value = check("cli.fields", lambda: inputs.fields(pairs), "details")
    assert value is None or all(isinstance(k, str) and k for k in value)


@settings(max_examples=4 * EXAMPLES)
@given(specs=st.one_of(st.none(), st.lists(st.one_of(nasty_text(), st.builds(";".join, st.lists(nasty_text(), max_size=4))),
                                           max_size=3)))
def test_contact_options_are_contacts_or_a_validation_error(specs):
    value = check("cli.contacts", lambda: inputs.contacts(specs), "contacts[")
    assert value is None or all(isinstance(c, ContactInput) for c in value)


@settings(max_examples=4 * EXAMPLES)
@given(relationship=nasty_text())
def test_any_relationship_is_a_parent_or_not(relationship):
    CASES["cli.is_parent_carer"] += 1
    assert inputs.is_parent_carer(relationship) in (True, False)
