"""UTC inside, Europe/London outside."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser
from dateutil import tz as date_tz

from .errors import ValidationError
from .validation import bad_character
from .i18n import _

LONDON = ZoneInfo("Europe/London")


def require_aware(value: datetime, field: str) -> datetime:
    """``value`` in UTC; a ValidationError naming ``field`` if it is not an aware datetime that has a
    local time in London (every instant but those within hours of the calendar's ends)."""
    if value.__class__ is datetime and value.tzinfo is timezone.utc and _SAFELY_LOCAL[0] <= value <= _SAFELY_LOCAL[1]:
        return value  # already UTC (the clock's own instants): nothing to convert or look up
    if not isinstance(value, datetime):
        raise ValidationError(field, "time_format", _("not a date and time"))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "timezone_required", _("a time must carry its time zone"))
    try:
        utc = value.astimezone(timezone.utc)
        if not _SAFELY_LOCAL[0] <= utc <= _SAFELY_LOCAL[1]:
            to_local(utc)  # within a day or two of the calendar's ends: does London's time exist?
    except (OverflowError, ValueError):  # e.g. 0001-01-01 at +14:00 is before the first UTC instant
        raise ValidationError(field, "out_of_range", _("the time is out of the range of dates")) from None
    return utc


def local_to_utc(value: datetime) -> datetime:
    """A naive wall-clock time in Europe/London to UTC.

    In the repeated October hour the earlier (BST) reading is taken; a time in the missing March
    hour is moved forward by the gap, as a clock on the wall would be.
    """
    if value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    candidate = value.replace(tzinfo=LONDON)
    if not date_tz.datetime_exists(candidate):
        candidate = date_tz.resolve_imaginary(candidate)
    return candidate.astimezone(timezone.utc)


def _local_to_utc_checked(value: datetime, field: str, text: str) -> datetime:
    try:
        utc = local_to_utc(value)
        to_local(utc)
    except (OverflowError, ValueError):
        raise ValidationError(field, "out_of_range", _("not a time Casework can hold: {value}").format(value=repr(text))) from None
    return utc


def parse_time(text: str, field: str) -> datetime:
    """Parse a user-typed time. Without an offset it is Europe/London local time."""
    if bad_character(text):
        raise ValidationError(field, "time_format", _("not a time: {value}").format(value=repr(text)))
    try:
        parsed = date_parser.isoparse(text.strip())
    except (ValueError, OverflowError):
        try:
            parsed = date_parser.parse(text.strip(), dayfirst=True)
        except (ValueError, OverflowError) as exc:
            raise ValidationError(field, "time_format", _("not a time: {value}").format(value=repr(text))) from exc
    return _local_to_utc_checked(parsed, field, text)


def parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(field, "date_format", _("not a date (YYYY-MM-DD): {value}").format(value=repr(text))) from exc


# Instants whose London time certainly exists (London has never been more than hours from UTC).
_SAFELY_LOCAL = (datetime(1, 1, 3, tzinfo=timezone.utc), datetime(9999, 12, 29, tzinfo=timezone.utc))


def to_local(value: datetime) -> datetime:
    return value.astimezone(LONDON)


def format_local(value: datetime | None) -> str:
    if value is None:
        return ""
    try:
        return to_local(value).strftime("%Y-%m-%d %H:%M %Z")
    except (OverflowError, ValueError):  # at the very ends of the datetime range
        return value.strftime("%Y-%m-%d %H:%M %Z")


def iso_local(value: datetime | None) -> str | None:
    """ISO 8601 in Europe/London with its offset, for JSON output."""
    if value is None:
        return None
    return to_local(value).isoformat()


def age_on(dob: date, on: date) -> int:
    years = on.year - dob.year
    if (on.month, on.day) < (dob.month, dob.day):
        years -= 1
    return years
