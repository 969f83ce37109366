import pytest

from casework import identifiers
from casework.errors import ValidationError


@pytest.mark.parametrize("raw", ["943 476 5919", "9434765919", "943-476-5919"])
def test_nhs_number_with_right_check_digit_is_accepted_and_normalised(raw):
    assert identifiers.nhs_number(raw) == "9434765919"


@pytest.mark.parametrize("raw, rule", [
    ("9434765918", "nhs_number_check_digit"),
    ("943476591", "nhs_number_format"),
    ("94347659AB", "nhs_number_format"),
    # The first nine digits give a check value of 10, so no valid number exists.
    ("0000000060", "nhs_number_check_digit"),
])
def test_nhs_number_with_wrong_check_digit_or_shape_is_refused(raw, rule):
    with pytest.raises(ValidationError) as err:
        identifiers.nhs_number(raw)
    assert err.value.field == "nhs_number"
    assert err.value.rule == rule


def test_nhs_check_digit_is_none_when_the_remainder_gives_ten():
    assert identifiers.nhs_check_digit("000000006") is None


def test_pnc_id_accepts_two_and_four_digit_years_and_normalises():
    letter = identifiers.pnc_check_letter("12", "345678")
    assert identifiers.pnc_id(f"12/345678{letter}") == f"12/0345678{letter}"
    assert identifiers.pnc_id(f"2012/0345678{letter.lower()}") == f"12/0345678{letter}"


def test_pnc_id_with_wrong_check_letter_is_refused():
    letter = identifiers.pnc_check_letter("12", "345678")
    wrong = "A" if letter != "A" else "B"
    with pytest.raises(ValidationError) as err:
        identifiers.pnc_id(f"12/345678{wrong}")
    assert (err.value.field, err.value.rule) == ("pnc_id", "pnc_id_check_letter")


def test_pnc_id_of_wrong_shape_is_refused():
    with pytest.raises(ValidationError) as err:
        identifiers.pnc_id("ABC")
    assert err.value.rule == "pnc_id_format"


@pytest.mark.parametrize("raw, expected", [("mk9 2aa", "MK9 2AA"), ("SL11AA", "SL1 1AA"), ("ls1  3ex", "LS1 3EX")])
def test_postcode_is_normalised(raw, expected):
    assert identifiers.postcode(raw) == expected


def test_postcode_of_wrong_shape_is_refused():
    with pytest.raises(ValidationError) as err:
        identifiers.postcode("12345")
    assert (err.value.field, err.value.rule) == ("postcode", "postcode_format")


def test_phone_needs_seven_digits():
    assert identifiers.phone("07700 900123") == "07700 900123"
    with pytest.raises(ValidationError) as err:
        identifiers.phone("12-34", "contacts[0].phone")
    assert err.value.field == "contacts[0].phone"
