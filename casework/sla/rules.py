"""SLA rules and calendars as declared in a pathway file's ``[[sla_rules]]`` and ``[calendars.*]``."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import time, timedelta
from typing import Any

from ..errors import PathwayFileError
from ..i18n import translate, translate_noop
from .calendars import WEEKDAYS, Calendar, make_calendar

BUILTIN_CALENDARS = ("24x7", "working_days")
CONDITIONS = ("out_of_area",)
RECIPIENTS = ("assigned_worker", "team_lead")
_TARGET_UNITS = {"minutes": 60, "hours": 3600, "days": 86400}


@dataclass(frozen=True)
class EventMatch:
    """An event kind, optionally only when some of its details have given values."""

    kind: str
    where: tuple[tuple[str, Any], ...] = ()

    def matches(self, kind: str, details: dict[str, Any]) -> bool:
        return kind == self.kind and all(details.get(k) == v for k, v in self.where)

    def describe(self) -> str:
        if not self.where:
            return self.kind
        return f"{self.kind} ({', '.join(f'{k} = {v}' for k, v in self.where)})"


@dataclass(frozen=True)
class CalendarSpec:
    name: str
    kind: str  # "24x7" | "working_days" | "service_hours"
    opens: time | None = None
    closes: time | None = None
    weekdays: tuple[str, ...] = WEEKDAYS[:5]
    bank_holidays: bool = True

    def build(self, nation: str) -> Calendar:
        return _build_calendar(self, nation)

    def describe(self) -> str:
        if self.kind == "24x7":
            return translate("sla", "24 hours a day, 7 days a week")
        names = [translate("sla", _DAY_WORDS.get(d, d.capitalize())) for d in (self.weekdays[0], self.weekdays[-1])]
        days = f"{names[0]}–{names[1]}" if len(self.weekdays) > 1 else names[0]
        holidays_text = translate("sla", ", excluding bank holidays") if self.bank_holidays else ""
        if self.kind == "working_days":
            return translate("sla", "working days ({days}{holidays})").format(days=days, holidays=holidays_text)
        return translate("sla", "service hours {opens}–{closes} {days}{holidays}, Europe/London").format(
            opens=f"{self.opens:%H:%M}", closes=f"{self.closes:%H:%M}", days=days, holidays=holidays_text)


_DAY_WORDS = {
    "mon": translate_noop("sla", "Mon"), "tue": translate_noop("sla", "Tue"),
    "wed": translate_noop("sla", "Wed"), "thu": translate_noop("sla", "Thu"),
    "fri": translate_noop("sla", "Fri"), "sat": translate_noop("sla", "Sat"),
    "sun": translate_noop("sla", "Sun"),
}


@lru_cache(maxsize=256)
def _build_calendar(spec: CalendarSpec, nation: str) -> Calendar:
    return make_calendar(spec.kind, nation, opens=spec.opens, closes=spec.closes, weekdays=spec.weekdays,
                         bank_holidays_closed=spec.bank_holidays, name=spec.name)


BUILTIN = {
    "24x7": CalendarSpec("24x7", "24x7"),
    "working_days": CalendarSpec("working_days", "working_days"),
}


@dataclass(frozen=True)
class SlaRule:
    id: str
    label: str
    start: EventMatch
    stop: tuple[EventMatch, ...]
    calendar: CalendarSpec
    target: timedelta
    """The target in calendar time (for working days: whole days of 24 wall-clock hours)."""
    working_days: int | None = None
    pause: tuple[EventMatch, ...] = ()
    resume: tuple[EventMatch, ...] = ()
    warn_at: tuple[float, ...] = (0.75,)
    applies_when: str | None = None
    alert: tuple[str, ...] = RECIPIENTS
    description: str = field(default="")
    target_text: str = ""
    """The target as declared, e.g. "90 minutes" or "3 working days"."""

    def describe_target(self) -> str:
        text = _target_words(self.target_text) if self.target_text else describe_duration(self.target)
        if self.calendar.kind == "service_hours":
            return translate("sla", "{target} of service time").format(target=text)
        return text


# "90 minutes", "3 working days": the declared target's unit in words (the number is kept).
_UNIT_WORDS = {
    "minute": translate_noop("sla", "{n} minute"), "minutes": translate_noop("sla", "{n} minutes"),
    "hour": translate_noop("sla", "{n} hour"), "hours": translate_noop("sla", "{n} hours"),
    "day": translate_noop("sla", "{n} day"), "days": translate_noop("sla", "{n} days"),
    "working day": translate_noop("sla", "{n} working day"), "working days": translate_noop("sla", "{n} working days"),
    "service hour": translate_noop("sla", "{n} service hour"), "service hours": translate_noop("sla", "{n} service hours"),
}


def _target_words(target_text: str) -> str:
    amount, _sep, unit = target_text.partition(" ")
    pattern = _UNIT_WORDS.get(unit)
    return translate("sla", pattern).format(n=amount) if pattern else target_text


def describe_duration(amount: timedelta) -> str:
    seconds = int(abs(amount).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = []
    if days:
        parts.append((translate("sla", "{n} day") if days == 1 else translate("sla", "{n} days")).format(n=days))
    if hours:
        parts.append(translate("sla", "{n} h").format(n=hours))
    if minutes or not parts:
        parts.append(translate("sla", "{n} min").format(n=minutes))
    return " ".join(parts)


_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _fail(file: str, key: str, problem: str) -> PathwayFileError:
    return PathwayFileError(file, key, problem)


def parse_calendars(raw: Any, file: str) -> dict[str, CalendarSpec]:
    specs = dict(BUILTIN)
    if raw is None:
        return specs
    if not isinstance(raw, dict):
        raise _fail(file, "calendars", "must be a table of calendars")
    for name, table in raw.items():
        at = f"calendars.{name}"
        if name in BUILTIN:
            raise _fail(file, at, f"{name!r} is built in")
        if not isinstance(table, dict):
            raise _fail(file, at, "must be a table")
        kind = table.get("kind", "service_hours")
        if kind not in ("service_hours", "working_days"):
            raise _fail(file, f"{at}.kind", "must be service_hours or working_days")
        days = table.get("days", list(WEEKDAYS[:5]))
        if not isinstance(days, list) or not days or any(d not in WEEKDAYS for d in days):
            raise _fail(file, f"{at}.days", f"must be a non-empty list of {', '.join(WEEKDAYS)}")
        bank = table.get("bank_holidays", True)
        if not isinstance(bank, bool):
            raise _fail(file, f"{at}.bank_holidays", "must be true or false")
        opens = closes = None
        if kind == "service_hours":
            opens, closes = (_clock_time(table, key, at, file) for key in ("opens", "closes"))
            if closes <= opens:
                raise _fail(file, f"{at}.closes", "must be after opens")
        unknown = set(table) - {"kind", "days", "bank_holidays", "opens", "closes"}
        if unknown:
            raise _fail(file, f"{at}.{sorted(unknown)[0]}", "unknown key")
        specs[name] = CalendarSpec(name, kind, opens, closes, tuple(sorted(days, key=WEEKDAYS.index)), bank)
    return specs


def _clock_time(table: dict, key: str, at: str, file: str) -> time:
    value = table.get(key)
    if not isinstance(value, str) or not _HHMM.fullmatch(value):
        raise _fail(file, f"{at}.{key}", "must be a time HH:MM")
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _match(raw: Any, key: str, file: str, kinds: set[str]) -> EventMatch:
    if isinstance(raw, str):
        kind, where = raw, {}
    elif isinstance(raw, dict) and isinstance(raw.get("kind"), str):
        kind, where = raw["kind"], raw.get("where", {})
        if not isinstance(where, dict):
            raise _fail(file, f"{key}.where", "must be a table of field = value")
    else:
        raise _fail(file, key, "must be an event kind or { kind = ..., where = { ... } }")
    if kind not in kinds:
        raise _fail(file, key, f"unknown event kind {kind!r}")
    return EventMatch(kind, tuple(sorted(where.items())))


def _matches(raw: Any, key: str, file: str, kinds: set[str], *, required: bool) -> tuple[EventMatch, ...]:
    if raw is None:
        if required:
            raise _fail(file, key, "missing")
        return ()
    items = raw if isinstance(raw, list) else [raw]
    if required and not items:
        raise _fail(file, key, "needs at least one event kind")
    return tuple(_match(item, f"{key}[{i}]" if isinstance(raw, list) else key, file, kinds)
                 for i, item in enumerate(items))


_RULE_KEYS = {"id", "label", "description", "start", "stop", "pause", "resume", "target", "calendar", "warn_at",
              "applies_when", "alert"}


def parse_rules(raw: Any, file: str, kinds: set[str], calendars: dict[str, CalendarSpec]) -> tuple[SlaRule, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _fail(file, "sla_rules", "must be a list of tables ([[sla_rules]])")
    rules = []
    seen: set[str] = set()
    for index, table in enumerate(raw):
        at = f"sla_rules[{index}]"
        if not isinstance(table, dict):
            raise _fail(file, at, "must be a table")
        unknown = set(table) - _RULE_KEYS
        if unknown:
            raise _fail(file, f"{at}.{sorted(unknown)[0]}", f"unknown key (known: {', '.join(sorted(_RULE_KEYS))})")
        rule_id = table.get("id")
        if not isinstance(rule_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", rule_id):
            raise _fail(file, f"{at}.id", "must be a lower-case identifier")
        if rule_id in seen:
            raise _fail(file, f"{at}.id", f"rule {rule_id!r} declared twice")
        seen.add(rule_id)
        label = table.get("label")
        if not isinstance(label, str) or not label:
            raise _fail(file, f"{at}.label", "missing")
        calendar_name = table.get("calendar", "24x7")
        if calendar_name not in calendars:
            raise _fail(file, f"{at}.calendar", f"unknown calendar {calendar_name!r} (known: {', '.join(calendars)})")
        calendar = calendars[calendar_name]
        target, working_days = _target(table.get("target"), f"{at}.target", file, calendar)
        (unit, amount), = table["target"].items()
        unit_word = unit.replace("_", " ")
        target_text = f"{amount} {unit_word[:-1] if amount == 1 else unit_word}"
        warn = table.get("warn_at", [0.75])
        warn = warn if isinstance(warn, list) else [warn]
        if any(isinstance(w, bool) or not isinstance(w, int | float) or not 0 < w < 1 for w in warn):
            raise _fail(file, f"{at}.warn_at", "each warning threshold is a fraction of the target between 0 and 1")
        condition = table.get("applies_when")
        if condition is not None and condition not in CONDITIONS:
            raise _fail(file, f"{at}.applies_when", f"unknown condition {condition!r} (known: {', '.join(CONDITIONS)})")
        alert = table.get("alert", list(RECIPIENTS))
        if not isinstance(alert, list) or any(a not in RECIPIENTS for a in alert):
            raise _fail(file, f"{at}.alert", f"must be a list of {', '.join(RECIPIENTS)}")
        pause = _matches(table.get("pause"), f"{at}.pause", file, kinds, required=False)
        resume = _matches(table.get("resume"), f"{at}.resume", file, kinds, required=False)
        if bool(pause) != bool(resume):
            raise _fail(file, f"{at}.{'resume' if pause else 'pause'}", "pause and resume go together")
        rules.append(SlaRule(
            id=rule_id, label=label,
            start=_match(table.get("start"), f"{at}.start", file, kinds) if "start" in table else _missing(file, f"{at}.start"),
            stop=_matches(table.get("stop"), f"{at}.stop", file, kinds, required=True),
            calendar=calendar, target=target, working_days=working_days, pause=pause, resume=resume,
            warn_at=tuple(sorted(float(w) for w in warn)), applies_when=condition, alert=tuple(alert),
            description=str(table.get("description", "")), target_text=target_text,
        ))
    return tuple(rules)


def _missing(file: str, key: str):
    raise _fail(file, key, "missing")


def _target(raw: Any, key: str, file: str, calendar: CalendarSpec) -> tuple[timedelta, int | None]:
    if not isinstance(raw, dict) or len(raw) != 1:
        raise _fail(file, key, "must be one of { minutes = N }, { hours = N }, { days = N }, { working_days = N }")
    (unit, amount), = raw.items()
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise _fail(file, f"{key}.{unit}", "must be a positive whole number")
    if unit == "working_days":
        if calendar.kind != "working_days":
            raise _fail(file, key, "working_days targets need a working-days calendar")
        return timedelta(days=amount), amount
    if unit not in _TARGET_UNITS:
        raise _fail(file, key, f"unknown unit {unit!r}")
    if calendar.kind == "working_days":
        raise _fail(file, key, "a working-days calendar takes a { working_days = N } target")
    return timedelta(seconds=amount * _TARGET_UNITS[unit]), None
