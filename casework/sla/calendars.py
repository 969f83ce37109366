"""Calendars an SLA clock runs on.

Every calendar measures "calendar time" between two instants (``elapsed``) and finds the instant at
which an amount of calendar time has passed (``add``). 24x7 time is real time, added in UTC. Service
hours count only the time inside the opening window, worked out in Europe/London local time on the
working days of the site's UK nation. Working-days time counts the local wall-clock time of working
days (a day of 23 or 25 real hours still counts as 24), so "N working days" lands on the same local
time of day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Protocol

from dateutil import tz as date_tz

from ..timeutil import LONDON

ZERO = timedelta(0)
DAY = timedelta(days=1)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NATION_SUBDIVISIONS = {"england": "ENG", "wales": "WLS", "scotland": "SCT", "northern_ireland": "NIR"}
# A rule whose window never opens would loop for ever; no real target needs more than this.
_MAX_DAYS = 3660


@lru_cache(maxsize=64)
def bank_holidays(nation: str, year: int) -> frozenset[date]:
    """The bank holidays of a UK nation in a year (the ``holidays`` package)."""
    import holidays  # here, not at the top: it is a third of a second of the desktop's start-up

    subdivision = NATION_SUBDIVISIONS[nation]
    return frozenset(holidays.country_holidays("GB", subdiv=subdivision, years=[year]).keys())


@lru_cache(maxsize=65536)
def local_instant(day: date, at: time) -> datetime:
    """The UTC instant of a local wall-clock time: the first reading in October's repeated hour,
    and moved past March's missing hour as a wall clock would be."""
    candidate = datetime.combine(day, at).replace(tzinfo=LONDON)
    if not date_tz.datetime_exists(candidate):
        candidate = date_tz.resolve_imaginary(candidate)
    return candidate.astimezone(timezone.utc)


def local_date(instant: datetime) -> date:
    return instant.astimezone(LONDON).date()


class Calendar(Protocol):
    name: str

    def elapsed(self, start: datetime, end: datetime) -> timedelta: ...

    def add(self, start: datetime, amount: timedelta) -> datetime: ...


@dataclass(frozen=True)
class TwentyFourSeven:
    name: str = "24x7"

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        return max(end - start, ZERO)

    def add(self, start: datetime, amount: timedelta) -> datetime:
        return (start.astimezone(timezone.utc) + amount).astimezone(timezone.utc)


@dataclass(frozen=True)
class _Days:
    weekdays: frozenset[int]
    nation: str
    bank_holidays_closed: bool

    def is_working_day(self, day: date) -> bool:
        if day.weekday() not in self.weekdays:
            return False
        return not (self.bank_holidays_closed and day in bank_holidays(self.nation, day.year))

    def working_days_after(self, day: date, count: int) -> date:
        found = 0
        current = day
        for _ in range(_MAX_DAYS):
            current += DAY
            if self.is_working_day(current):
                found += 1
                if found == count:
                    return current
        raise ValueError("no working day within ten years")


@dataclass(frozen=True)
class ServiceHours:
    """Only the time inside [opens, closes) on working days counts."""

    opens: time
    closes: time
    days: _Days
    name: str = "service_hours"

    def _windows(self, start: datetime, end: datetime | None):
        """The opening windows (UTC) from the local day of ``start`` onwards, until ``end``."""
        day = local_date(start)
        for _ in range(_MAX_DAYS):
            if self.days.is_working_day(day):
                window = (local_instant(day, self.opens), local_instant(day, self.closes))
                if end is not None and window[0] >= end:
                    return
                yield window
            elif end is not None and local_instant(day, time(0)) >= end:
                return
            day += DAY
        raise ValueError(f"calendar {self.name} has no opening within ten years")

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        if end <= start:
            return ZERO
        total = ZERO
        for opens, closes in self._windows(start, end):
            lo, hi = max(opens, start), min(closes, end)
            if hi > lo:
                total += hi - lo
        return total

    def add(self, start: datetime, amount: timedelta) -> datetime:
        if amount <= ZERO:
            return start
        remaining = amount
        for opens, closes in self._windows(start, None):
            lo = max(opens, start)
            if closes <= lo:
                continue
            if remaining <= closes - lo:
                # Time that runs out exactly at closing is due at closing, not at the next opening.
                return lo + remaining
            remaining -= closes - lo
        raise AssertionError("unreachable")

    def next_opening(self, instant: datetime) -> datetime:
        for opens, closes in self._windows(instant, None):
            if closes > instant:
                return max(opens, instant)
        raise AssertionError("unreachable")


@dataclass(frozen=True)
class WorkingDays:
    """Whole local days that are working days; the clock counts their wall-clock time."""

    days: _Days
    name: str = "working_days"

    @staticmethod
    def _wall(instant: datetime) -> datetime:
        """Local wall-clock reading as a naive datetime, so that every day measures 24 hours."""
        return instant.astimezone(LONDON).replace(tzinfo=None)

    def elapsed(self, start: datetime, end: datetime) -> timedelta:
        if end <= start:
            return ZERO
        a, b = self._wall(start), self._wall(end)
        total = ZERO
        day = a.date()
        while day <= b.date():
            if self.days.is_working_day(day):
                lo = max(a, datetime.combine(day, time(0)))
                hi = min(b, datetime.combine(day + DAY, time(0)))
                if hi > lo:
                    total += hi - lo
            day += DAY
        # A reading in October's repeated hour can make b precede a on the wall clock.
        return max(total, ZERO)

    def add(self, start: datetime, amount: timedelta) -> datetime:
        if amount <= ZERO:
            return start
        wall = self._wall(start)
        remaining = amount
        day = wall.date()
        for _ in range(_MAX_DAYS):
            if self.days.is_working_day(day):
                lo = max(wall, datetime.combine(day, time(0)))
                hi = datetime.combine(day + DAY, time(0))
                if remaining <= hi - lo:
                    target = lo + remaining
                    return local_instant(target.date(), target.time())
                remaining -= hi - lo
            day += DAY
        raise ValueError("no working day within ten years")

    def add_days(self, start: datetime, count: int) -> datetime:
        """Due at the same local time of day on the count-th working day after the day the clock started."""
        local = start.astimezone(LONDON)
        target_day = self.days.working_days_after(local.date(), count)
        return local_instant(target_day, local.time().replace(tzinfo=None, fold=0))


def make_calendar(kind: str, nation: str, *, opens: time | None = None, closes: time | None = None,
                  weekdays: tuple[str, ...] = WEEKDAYS[:5], bank_holidays_closed: bool = True,
                  name: str | None = None) -> Calendar:
    days = _Days(frozenset(WEEKDAYS.index(d) for d in weekdays), nation, bank_holidays_closed)
    if kind == "24x7":
        return TwentyFourSeven()
    if kind == "working_days":
        return WorkingDays(days, name or "working_days")
    if kind == "service_hours":
        assert opens is not None and closes is not None
        return ServiceHours(opens, closes, days, name or "service_hours")
    raise ValueError(kind)
