"""What a report is asked for: its kind, period and filters, checked and turned into UTC instants.

A period is given in local (Europe/London) dates, both ends inclusive: ``--from 2026-05-01 --to
2026-05-31`` is every instant from 1 May 00:00 to 1 June 00:00 local time (exclusive), converted to
UTC, so a month that contains the change to British Summer Time is still exactly that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, time, timedelta

from ..i18n import N_, _, format_date, language
from ..errors import ValidationError
from ..timeutil import local_to_utc, to_local

KINDS = ("caseload", "sla", "case", "meeting", "evidence")
TITLES = {
    "caseload": N_("Caseload summary"),
    "sla": N_("SLA compliance and breaches"),
    "case": N_("Case file"),
    "meeting": N_("Multi-agency meeting list"),
    "evidence": N_("Outcomes and evidence"),
}
SUPPRESS_UNDER = 5
MARKING = N_("OFFICIAL-SENSITIVE")


@dataclass(frozen=True)
class ReportRequest:
    """One report to run. ``team`` is a team name, ``worker`` a user name; the case file needs ``referral_id``.

    ``case_list`` (caseload summary only) adds every open case, worker by worker, after the summary.
    """

    kind: str
    date_from: date | None = None
    date_to: date | None = None
    team: str | None = None
    worker: str | None = None
    referral_id: int | None = None
    suppress_small_counts: bool = False
    case_list: bool = False
    pathway: str | None = None
    """Evidence report only: one pathway (default: every pathway)."""

    @property
    def title(self) -> str:
        return _(TITLES[self.kind])

    @property
    def suppress_under(self) -> int | None:
        # The evidence report leaves the team by design: small counts are always suppressed there.
        return SUPPRESS_UNDER if self.suppress_small_counts or self.kind == "evidence" else None


def check(request: ReportRequest) -> None:
    """Raise a ValidationError naming the field for anything wrong with the request itself."""
    if request.kind not in KINDS:
        raise ValidationError("report", "choice", _("the report is one of {kinds}, not {kind}").format(
            kinds=", ".join(KINDS), kind=repr(request.kind)))
    for name, value in (("from", request.date_from), ("to", request.date_to)):
        if value is not None and not isinstance(value, date):
            raise ValidationError(name, "date_format", _("a date (YYYY-MM-DD)"))
    if request.date_from is not None and request.date_to is not None and request.date_to < request.date_from:
        raise ValidationError("to", "before_from",
                              _("the period ends ({end}) before it starts ({start})").format(
                                  end=long_date(request.date_to), start=long_date(request.date_from)))
    if request.pathway is not None and request.kind != "evidence":
        raise ValidationError("pathway", "evidence_only", _("only the evidence report is made for one pathway"))
    if request.kind == "case":
        if request.referral_id is None:
            raise ValidationError("referral", "required", _("the case file needs a referral id"))
        if isinstance(request.referral_id, bool) or not isinstance(request.referral_id, int) or request.referral_id < 1:
            raise ValidationError("referral", "positive", _("a referral id is a whole number from 1"))


def period_bounds(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    """[from 00:00, to+1 00:00) in local time, as UTC; None for an open end.

    An end at the edge of the calendar (from 1 January 1, to 31 December 9999) is an open end: there is
    nothing before or after it to leave out, and its bound cannot be written as a UTC time."""
    start = end = None
    if date_from is not None:
        try:
            start = local_to_utc(datetime.combine(date_from, time()))
        except OverflowError:
            start = None
    if date_to is not None:
        try:
            end = local_to_utc(datetime.combine(date_to + timedelta(days=1), time()))
        except OverflowError:
            end = None
    return start, end


def last_full_month(today: date) -> tuple[date, date]:
    """The calendar month before the one ``today`` is in: the usual period of a monthly report."""
    first_this = today.replace(day=1)
    last_previous = first_this - timedelta(days=1)
    return last_previous.replace(day=1), last_previous


def long_date(value: date) -> str:
    """``15 Jun 2026`` (``15 Meh 2026`` in Welsh: month names from babel)."""
    return _long_date(value, language())


@lru_cache(maxsize=8192)
def _long_date(value: date, language_code: str) -> str:
    # Remembered per day and language: a long case list prints the same few hundred days thousands
    # of times, and babel's formatting is the dearest part of a row.
    return format_date(value, "d MMM y")


def local_time_text(value: datetime | None, *, zone: bool = False) -> str:
    """``15 Jun 2026 10:00`` (with ``BST``/``GMT`` when asked) in Europe/London."""
    if value is None:
        return ""
    local = to_local(value)
    text = f"{long_date(local.date())} {local:%H:%M}"
    return f"{text} {local.strftime('%Z')}" if zone else text


def local_date_text(value: datetime | None) -> str:
    if value is None:
        return ""
    return long_date(to_local(value).date())


def period_text(date_from: date | None, date_to: date | None, generated_at: datetime) -> str:
    if date_from is None and date_to is None:
        return _("All dates to {end}").format(end=local_date_text(generated_at))
    if date_from is None:
        return _("All dates to {end}").format(end=long_date(date_to))  # type: ignore[arg-type]
    if date_to is None:
        return _("{start} to {end}").format(start=long_date(date_from), end=local_date_text(generated_at))
    if date_from == date_to:
        return long_date(date_from)
    return _("{start} to {end}").format(start=long_date(date_from), end=long_date(date_to))


def date_and_time(value: datetime | None) -> str:
    """``15 Jun 2026`` and ``10:00`` on two lines, for narrow table columns."""
    if value is None:
        return ""
    local = to_local(value)
    return f"{long_date(local.date())}\n{local.strftime('%H:%M')}"
