"""Validation and normal forms of the identifiers a young person's record carries."""

from __future__ import annotations

import re

from .errors import ValidationError
from .i18n import _

_PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
# re.ASCII: \d is 0-9 only, so "١٢/٣٤٥٦٧٨٩A" (Arabic-Indic digits) is not taken for a PNC ID.
_PNC = re.compile(r"^(\d{2}|\d{4})/?(\d{1,7})([A-Z])$", re.ASCII)
_POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$", re.ASCII)
_PHONE = re.compile(r"^\+?[\d ()-]{7,20}$", re.ASCII)


def nhs_number(raw: str, field: str = "nhs_number") -> str:
    """Ten digits whose last is the modulus 11 check digit of the first nine."""
    digits = re.sub(r"[\s-]", "", raw)
    if not re.fullmatch(r"[0-9]{10}", digits):
        raise ValidationError(field, "nhs_number_format", _("an NHS number has 10 digits"))
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError(field, "nhs_number_check_digit", _("the NHS number's check digit is wrong"))
    return digits


def pnc_id(raw: str, field: str = "pnc_id") -> str:
    """A PNC ID (YY/NNNNNNNA or YYYY/NNNNNNNA) with its modulus 23 check letter; returned as YY/NNNNNNNA."""
    match = _PNC.fullmatch(raw.strip().upper())
    if not match:
        raise ValidationError(field, "pnc_id_format", _("a PNC ID looks like 12/3456789A"))
    year, serial, letter = match.group(1)[-2:], match.group(2).zfill(7), match.group(3)
    if _PNC_LETTERS[int(year + serial) % 23] != letter:
        raise ValidationError(field, "pnc_id_check_letter", _("the PNC ID's check letter is wrong"))
    return f"{year}/{serial}{letter}"


def pnc_check_letter(year: str, serial: str) -> str:
    return _PNC_LETTERS[int(year[-2:] + serial.zfill(7)) % 23]


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid number can be made of them."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def postcode(raw: str, field: str = "postcode") -> str:
    text = re.sub(r"\s+", " ", raw.strip().upper())
    match = _POSTCODE.fullmatch(text)
    if not match:
        raise ValidationError(field, "postcode_format", _("not a UK postcode: {value}").format(value=repr(raw)))
    return f"{match.group(1)} {match.group(2)}"


def phone(raw: str, field: str = "phone") -> str:
    text = raw.strip()
    if not _PHONE.fullmatch(text) or sum(c in "0123456789" for c in text) < 7:
        raise ValidationError(field, "phone_format", _("not a phone number: {value}").format(value=repr(raw)))
    return text
