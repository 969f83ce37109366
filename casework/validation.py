"""Checks every piece of typed-in text and every record id goes through before it reaches the database.

Both engines must see the same rules, so the strictest one's limits are applied to both: PostgreSQL
refuses NUL characters and enforces column lengths, and neither engine's driver can encode a lone
UTF-16 surrogate. Refusing them here turns what would be a crash deep in a flush into a
ValidationError naming the field, before anything is written.
"""

from __future__ import annotations

import unicodedata

from .errors import ValidationError

# Ids are INTEGER columns: 32-bit on PostgreSQL (which refuses to compare a larger number with one),
# 64-bit on SQLite (whose driver cannot even bind a larger one). The smaller holds on both.
MAX_ID = 2**31 - 1
# Line breaks and tabs belong in free text (notes, reasons); no other control character does.
MULTILINE_ALLOWED = frozenset("\n\r\t")


def _words(field: str) -> str:
    return field.replace("_", " ")


def bad_character(value: str, *, multiline: bool = False) -> str | None:
    """The rule a text breaks by its characters ("invalid_characters", "control_characters"), or None."""
    for char in value:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            return "invalid_characters"
        if unicodedata.category(char) == "Cc" and not (multiline and char in MULTILINE_ALLOWED):
            return "control_characters"
    return None


def check_characters(value: str, field: str, *, multiline: bool = False) -> str:
    rule = bad_character(value, multiline=multiline)
    if rule == "invalid_characters":
        raise ValidationError(field, rule, f"{_words(field)} contains characters that are not valid text")
    if rule == "control_characters":
        raise ValidationError(field, rule, f"{_words(field)} contains control characters"
                              + ("" if multiline else " (such as line breaks)"))
    return value


def clean_text(value: object, field: str, limit: int, *, required: bool = False,
               multiline: bool = False) -> str | None:
    """Stripped text within ``limit`` characters, None when blank; raises ValidationError naming ``field``."""
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValidationError(field, "text", f"{_words(field)} must be text")
    if not text:
        if required:
            raise ValidationError(field, "required", f"{_words(field)} is required")
        return None
    check_characters(text, field, multiline=multiline)
    if len(text) > limit:
        raise ValidationError(field, "too_long", f"{_words(field)} is longer than {limit} characters")
    return text


def valid_id(value: object) -> bool:
    """Whether ``value`` can be a record id at all (an int that fits the id columns)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID
