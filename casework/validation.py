"""Checks every piece of typed-in text and every record id goes through before it reaches the database.

Both engines must see the same rules, so the strictest one's limits are applied to both: PostgreSQL
refuses NUL characters and enforces column lengths, and neither engine's driver can encode a lone
UTF-16 surrogate. Refusing them here turns what would be a crash deep in a flush into a
ValidationError naming the field, before anything is written.
"""

from __future__ import annotations

import unicodedata

from .errors import ValidationError
from .i18n import ENGLISH, N_, _, language

# Ids are INTEGER columns: 32-bit on PostgreSQL (which refuses to compare a larger number with one),
# 64-bit on SQLite (whose driver cannot even bind a larger one). The smaller holds on both.
MAX_ID = 2**31 - 1
# Line breaks and tabs belong in free text (notes, reasons); no other control character does.
MULTILINE_ALLOWED = frozenset("\n\r\t")


# Fields as a message names them (lower case, inside a sentence); anything else is its code in words.
FIELD_WORDS = {
    "given_name": N_("given name"), "family_name": N_("family name"), "reason": N_("reason"), "note": N_("note"),
    "display_name": N_("display name"), "name": N_("name"), "location": N_("location"),
    "home_local_authority": N_("home local authority"), "description": N_("description"), "comment": N_("comment"),
    "reference": N_("reference"), "relationship": N_("relationship"), "phone": N_("phone"),
    "username": N_("username"), "postcode": N_("postcode"), "gender": N_("gender"), "text": N_("text"),
    "worker": N_("worker"), "user": N_("user"), "action": N_("action"), "team": N_("team"), "site": N_("site"),
}


def field_words(field: str) -> str:
    """``given_name`` -> "given name" (in the current language); ``contacts[0].name``: the last part's words."""
    words = FIELD_WORDS.get(field)
    if words is None and "." in field and language() != ENGLISH:
        words = FIELD_WORDS.get(field.rsplit(".", 1)[1])
    return _(words) if words is not None else field.replace("_", " ")


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
        raise ValidationError(field, rule, _("{field} contains characters that are not valid text").format(
            field=field_words(field)))
    if rule == "control_characters":
        raise ValidationError(field, rule, (_("{field} contains control characters") if multiline else
                                            _("{field} contains control characters (such as line breaks)")).format(
                                                field=field_words(field)))
    return value


def clean_text(value: object, field: str, limit: int, *, required: bool = False,
               multiline: bool = False) -> str | None:
    """Stripped text within ``limit`` characters, None when blank; raises ValidationError naming ``field``."""
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValidationError(field, "text", _("{field} must be text").format(field=field_words(field)))
    if not text:
        if required:
            raise ValidationError(field, "required", _("{field} is required").format(field=field_words(field)))
        return None
    check_characters(text, field, multiline=multiline)
    if len(text) > limit:
        raise ValidationError(field, "too_long", _("{field} is longer than {limit} characters").format(
            field=field_words(field), limit=limit))
    return text


def valid_id(value: object) -> bool:
    """Whether ``value`` can be a record id at all (an int that fits the id columns)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID
