"""Turning command-line text into the values the services take. Errors name the field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..errors import ValidationError
from ..services.people import ContactInput
from ..timeutil import parse_date, parse_time

# Relationships whose contact is marked as a parent or carer (also any step-*, foster-* carer/parent).
PARENT_CARER = {"mother", "father", "parent", "carer", "guardian", "grandparent", "grandmother", "grandfather",
                "mum", "dad"}


def time_or_none(text: str | None, field: str) -> datetime | None:
    """A local (Europe/London) time typed by a user, as UTC; None when not given."""
    return parse_time(text, field) if text is not None else None


def date_or_none(text: str | None, field: str) -> date | None:
    return parse_date(text, field) if text is not None else None


def fields(pairs: list[str] | None) -> dict[str, Any]:
    """``--field key=value`` options as a details dict. A list value is written with commas."""
    details: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValidationError("details", "field_format", f"--field takes key=value, not {pair!r}")
        if key in details:
            raise ValidationError(f"details.{key}", "duplicate",
                                  f"{key} is given more than once (a list is written a,b,c)")
        details[key] = value
    return details


def is_parent_carer(relationship: str) -> bool:
    words = relationship.strip().lower().replace("_", "-").replace(" ", "-")
    if words.startswith("step"):
        return True
    return words in PARENT_CARER or words.split("-")[-1] in {"parent", "carer", "guardian"}


def contacts(specs: list[str] | None) -> tuple[ContactInput, ...]:
    """``--contact "NAME;RELATIONSHIP;PHONE"`` options (the phone may be left out)."""
    result = []
    for index, spec in enumerate(specs or []):
        parts = [p.strip() for p in spec.split(";")]
        if len(parts) not in (2, 3):
            raise ValidationError(f"contacts[{index}]", "contact_format",
                                  f'a contact is "NAME;RELATIONSHIP;PHONE" (phone optional), not {spec!r}')
        name, relationship = parts[0], parts[1]
        phone = parts[2] if len(parts) == 3 and parts[2] else None
        result.append(ContactInput(name, relationship, phone, is_parent_carer(relationship)))
    return tuple(result)
