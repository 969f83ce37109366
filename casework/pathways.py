"""Pathways are data: stages, sources, event kinds and their fields are declared in TOML files.

The files shipped with the app live in ``resources/pathways`` (the ``casework_resources.pathways``
package). An area can add or override pathways by pointing ``CASEWORK_PATHWAYS_DIR`` at a folder of
its own files. A broken file fails at start-up with a message naming the file, the key and the
problem.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import PathwayFileError, ValidationError
from .i18n import _, number, pathway_word
from .validation import clean_text
from .sla.rules import CalendarSpec, SlaRule, parse_calendars, parse_rules

PATHWAYS_DIR_ENV = "CASEWORK_PATHWAYS_DIR"
COMMON_FILE = "common.toml"
CLOSED_STAGE = "closed"
SOURCES = ("custody", "marf", "emergency_department")
FIELD_TYPES = ("text", "bool", "int", "choice", "multi", "date")
# How long a closed referral is kept, in years after closure, when its pathway file does not say.
# Six years: the Limitation Act 1980 period that UK public-sector retention schedules commonly use
# as the minimum after a case closes. An area sets its own schedule with ``retention_years``.
DEFAULT_RETENTION_YEARS = 6
MAX_RETENTION_YEARS = 100
# Limits on what an event's details may hold (the JSON column itself has none).
MAX_DETAIL_TEXT = 4000
MAX_DETAIL_INT = 1_000_000


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    type: str
    required: bool = False
    options: tuple[str, ...] = ()

    def coerce(self, raw: Any) -> Any:
        """Turn a typed-in or JSON value into the stored value, or raise naming the field."""
        name = f"details.{self.name}"
        label = pathway_word(self.label)
        if raw is None or (isinstance(raw, str) and raw.strip() == ""):
            if self.required:
                raise ValidationError(name, "required", _("{field} is required").format(field=label))
            return None
        if self.type == "text":
            if isinstance(raw, (dict, list, tuple)):
                raise ValidationError(name, "text", _("{field} must be text").format(field=label))
            return clean_text(str(raw), name, MAX_DETAIL_TEXT, multiline=True)
        if self.type == "bool":
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("yes", "y", "true", "1"):
                return True
            if text in ("no", "n", "false", "0"):
                return False
            raise ValidationError(name, "bool", _("{field} must be yes or no, not {value}").format(field=label, value=repr(raw)))
        if self.type == "int":
            try:
                value = int(str(raw).strip())
            except ValueError as exc:
                raise ValidationError(name, "int", _("{field} must be a whole number, not {value}").format(
                    field=label, value=repr(raw))) from exc
            if value < 0:
                raise ValidationError(name, "non_negative", _("{field} cannot be negative").format(field=label))
            if value > MAX_DETAIL_INT:
                raise ValidationError(name, "too_large", _("{field} is more than {limit}").format(
                    field=label, limit=number(MAX_DETAIL_INT)))
            return value
        if self.type == "choice":
            value = str(raw).strip()
            if value not in self.options:
                raise ValidationError(
                    name, "choice", _("{field} must be one of {options}; not {value}").format(
                        field=label, options=", ".join(self.options), value=repr(value))
                )
            return value
        if self.type == "multi":
            items = raw if isinstance(raw, (list, tuple)) else str(raw).split(",")
            values = [str(item).strip() for item in items if str(item).strip()]
            unknown = [v for v in values if v not in self.options]
            if unknown:
                raise ValidationError(
                    name, "choice", _("{field}: {values} not among {options}").format(
                        field=label, values=", ".join(unknown), options=", ".join(self.options))
                )
            if self.required and not values:
                raise ValidationError(name, "required", _("{field} is required").format(field=label))
            return values
        if self.type == "date":
            try:
                return date.fromisoformat(str(raw).strip()).isoformat()
            except ValueError as exc:
                raise ValidationError(name, "date_format", _("{field} must be a date YYYY-MM-DD").format(field=label)) from exc
        raise AssertionError(self.type)


@dataclass(frozen=True)
class EventKind:
    id: str
    label: str
    fields: tuple[FieldSpec, ...] = ()
    system: bool = False
    """Recorded by the services themselves (assignment, stage moves, closure), not typed in directly."""

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def validate_details(self, details: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(details, dict):
            raise ValidationError("details", "type", _("the details of {kind} are field names with values").format(
                kind=pathway_word(self.label)))
        known = {f.name for f in self.fields}
        for key in details:
            if key not in known:
                allowed = ", ".join(sorted(known)) or _("none")
                raise ValidationError(
                    f"details.{key}", "unknown_field",
                    _("{kind} has no field {key} (fields: {allowed})").format(kind=pathway_word(self.label), key=repr(key),
                                                                              allowed=allowed),
                )
        cleaned: dict[str, Any] = {}
        for spec in self.fields:
            value = spec.coerce(details.get(spec.name))
            if value is not None:
                cleaned[spec.name] = value
        return cleaned


@dataclass(frozen=True)
class OutcomeSpec:
    """A closure outcome a pathway offers. ``completed`` marks the outcomes that count as completing the work
    (the evidence report's completion rate)."""

    id: str
    label: str
    completed: bool = False


# Every pathway offers these closure outcomes (the list); a pathway file may add its own.
REQUIRED_OUTCOMES = ("completed", "moved_away", "referred_on", "declined")
# ... and one "disengaged" outcome: plain, or (where the criminal-justice route continues) this one.
DISENGAGED_OUTCOMES = ("disengaged", "disengaged_criminal_justice")


@dataclass(frozen=True)
class Stage:
    id: str
    label: str
    next: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pathway:
    id: str
    label: str
    description: str
    sources: tuple[str, ...]
    age_min: int
    age_max: int
    initial_stage: str
    stages: tuple[Stage, ...]
    event_kinds: tuple[EventKind, ...]
    first_event: dict[str, str]
    outcomes: tuple[str, ...]
    service_area: tuple[str, ...] = ()
    outcome_specs: tuple[OutcomeSpec, ...] = ()
    sla_rules: tuple[SlaRule, ...] = ()
    calendars: dict[str, CalendarSpec] = field(default_factory=dict)
    file: str = ""
    retention_years: int = DEFAULT_RETENTION_YEARS
    """Closed referrals are kept this many whole years after closure, then erased (casework retention)."""
    closed_label: str = "Closed"
    """What the closed stage is called (the words of a localised registry, see PathwayRegistry.localised)."""

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def stage_label(self, stage_id: str) -> str:
        if stage_id == CLOSED_STAGE:
            return self.closed_label
        found = self.stage(stage_id)
        return found.label if found else stage_id

    def event_kind(self, kind_id: str) -> EventKind | None:
        return next((k for k in self.event_kinds if k.id == kind_id), None)

    def sla_rule(self, rule_id: str) -> SlaRule | None:
        return next((r for r in self.sla_rules if r.id == rule_id), None)

    def outcome_label(self, outcome_id: str | None) -> str:
        spec = next((o for o in self.outcome_specs if o.id == outcome_id), None)
        if spec is not None:
            return spec.label
        return (outcome_id or "").replace("_", " ").capitalize()

    @property
    def completed_outcomes(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.outcome_specs if o.completed)

    def allowed_moves(self, stage_id: str) -> tuple[str, ...]:
        found = self.stage(stage_id)
        return found.next if found else ()


@dataclass(frozen=True)
class RiskFlagKind:
    """A risk flag that may be set on a young person, from ``[[risk_flags]]`` in common.toml (or a pathway file)."""

    id: str
    label: str
    description: str = ""


class PathwayRegistry:
    def __init__(self, pathways: dict[str, Pathway], risk_flags: tuple[RiskFlagKind, ...] | list[RiskFlagKind] = ()) -> None:
        self._pathways = dict(pathways)
        self.risk_flags: tuple[RiskFlagKind, ...] = tuple(risk_flags)

    def risk_flag(self, flag_id: str) -> RiskFlagKind | None:
        return next((f for f in self.risk_flags if f.id == flag_id), None)

    def risk_flag_label(self, flag_id: str) -> str:
        found = self.risk_flag(flag_id)
        return found.label if found else flag_id.replace("_", " ").capitalize()

    def __iter__(self):
        return iter(self._pathways.values())

    def ids(self) -> list[str]:
        return list(self._pathways)

    def get(self, pathway_id: str) -> Pathway:
        try:
            return self._pathways[pathway_id]
        except KeyError:
            raise ValidationError(
                "pathway", "unknown_pathway",
                _("unknown pathway {pathway} (known: {known})").format(pathway=repr(pathway_id),
                                                                      known=", ".join(self._pathways)),
            ) from None

    def localised(self, word: Callable[[str], str]) -> PathwayRegistry:
        """The same pathways with every label and description passed through ``word`` (English -> chosen language).

        Ids, codes, rules and calendars are untouched, so a localised registry behaves exactly like the
        English one; only what people read changes. ``word`` is e.g. ``casework.i18n.pathway_word``,
        which looks the English text up in the catalogue under the ``pathway`` context (the strings of
        every shipped pathway file are in it: ``scripts/translations`` reads the files for lupdate).
        """
        def fields(kind: EventKind) -> tuple[FieldSpec, ...]:
            return tuple(replace(f, label=word(f.label)) for f in kind.fields)

        pathways = {
            pid: replace(
                p, label=word(p.label), description=word(p.description), closed_label=word(p.closed_label),
                stages=tuple(replace(s, label=word(s.label)) for s in p.stages),
                event_kinds=tuple(replace(k, label=word(k.label), fields=fields(k)) for k in p.event_kinds),
                outcome_specs=tuple(replace(o, label=word(o.label)) for o in p.outcome_specs),
                sla_rules=tuple(replace(r, label=word(r.label), description=word(r.description)) for r in p.sla_rules),
            )
            for pid, p in self._pathways.items()
        }
        flags = tuple(replace(f, label=word(f.label), description=word(f.description)) for f in self.risk_flags)
        return PathwayRegistry(pathways, flags)

    def texts(self) -> list[str]:
        """Every label and description people read, in file order (what the catalogue must translate)."""
        out: list[str] = []
        for p in self._pathways.values():
            out += [p.label, p.description, p.closed_label, *(s.label for s in p.stages)]
            for k in p.event_kinds:
                out += [k.label, *(f.label for f in k.fields)]
            out += [o.label for o in p.outcome_specs]
            out += [t for r in p.sla_rules for t in (r.label, r.description)]
        out += [t for f in self.risk_flags for t in (f.label, f.description)]
        return [t for t in out if t]

    def option_codes(self) -> list[str]:
        """Every choice option (codes such as ``released_under_investigation``), shown to people as words."""
        return [o for p in self._pathways.values() for k in p.event_kinds for f in k.fields for o in f.options]


# --- loading -------------------------------------------------------------------------------

_TOP_KEYS = {
    "id", "label", "description", "sources", "age", "initial_stage", "stages", "event_kinds",
    "first_event", "outcomes", "service_area", "sla_rules", "calendars", "retention_years", "risk_flags",
}


class _Reader:
    """Reads one parsed TOML table, raising PathwayFileError with the file and dotted key."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str) -> PathwayFileError:
        return PathwayFileError(self.file, key, problem)

    def get(self, table: dict, key: str, kind: type | tuple[type, ...], where: str, *, required: bool = True,
            default: Any = None) -> Any:
        path = f"{where}.{key}" if where else key
        if key not in table:
            if required:
                raise self.fail(path, "missing")
            return default
        value = table[key]
        if kind is int and isinstance(value, bool):
            raise self.fail(path, "must be a whole number")
        if not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.fail(path, f"must be {_KIND_WORDS.get(names, names)}, not {type(value).__name__}")
        return value

    def strings(self, table: dict, key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
        values = self.get(table, key, list, where, required=required, default=[])
        path = f"{where}.{key}" if where else key
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value:
                raise self.fail(f"{path}[{index}]", "must be a non-empty string")
        return tuple(values)


_KIND_WORDS = {"str": "a string", "int": "a whole number", "list": "a list", "dict": "a table", "bool": "true or false"}


def _read_fields(reader: _Reader, raw: list, where: str) -> tuple[FieldSpec, ...]:
    specs = []
    seen = set()
    for index, item in enumerate(raw):
        at = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise reader.fail(at, "must be a table")
        name = reader.get(item, "name", str, at)
        if name in seen:
            raise reader.fail(f"{at}.name", f"field {name!r} declared twice")
        seen.add(name)
        type_ = reader.get(item, "type", str, at, required=False, default="text")
        if type_ not in FIELD_TYPES:
            raise reader.fail(f"{at}.type", f"unknown field type {type_!r} (known: {', '.join(FIELD_TYPES)})")
        options = reader.strings(item, "options", at, required=type_ in ("choice", "multi"))
        if type_ in ("choice", "multi") and not options:
            raise reader.fail(f"{at}.options", "a choice needs at least one option")
        specs.append(FieldSpec(
            name=name,
            label=reader.get(item, "label", str, at, required=False, default=name.replace("_", " ").capitalize()),
            type=type_,
            required=reader.get(item, "required", bool, at, required=False, default=False),
            options=options,
        ))
    return tuple(specs)


def _read_event_kinds(reader: _Reader, raw: list) -> list[EventKind]:
    kinds = []
    for index, item in enumerate(raw):
        at = f"event_kinds[{index}]"
        if not isinstance(item, dict):
            raise reader.fail(at, "must be a table")
        kinds.append(EventKind(
            id=reader.get(item, "id", str, at),
            label=reader.get(item, "label", str, at),
            fields=_read_fields(reader, reader.get(item, "fields", list, at, required=False, default=[]),
                                f"{at}.fields"),
            system=reader.get(item, "system", bool, at, required=False, default=False),
        ))
    return kinds


def _read_outcomes(reader: _Reader, data: dict) -> tuple[OutcomeSpec, ...]:
    """``outcomes``: a list of ids, or of tables ``{ id, label, completed }``; the issue's list must be there."""
    raw = reader.get(data, "outcomes", list, "")
    specs: list[OutcomeSpec] = []
    for index, item in enumerate(raw):
        at = f"outcomes[{index}]"
        if isinstance(item, str):
            item = {"id": item}
        if not isinstance(item, dict):
            raise reader.fail(at, "must be an outcome id or a table { id, label, completed }")
        unknown = set(item) - {"id", "label", "completed"}
        if unknown:
            raise reader.fail(f"{at}.{sorted(unknown)[0]}", "unknown key (known: completed, id, label)")
        outcome_id = reader.get(item, "id", str, at)
        if not outcome_id or not outcome_id.replace("_", "").isalnum() or not outcome_id.islower():
            raise reader.fail(f"{at}.id", f"an outcome id is lower_case_with_underscores, not {outcome_id!r}")
        if any(o.id == outcome_id for o in specs):
            raise reader.fail(f"{at}.id", f"outcome {outcome_id!r} declared twice")
        specs.append(OutcomeSpec(
            id=outcome_id,
            label=reader.get(item, "label", str, at, required=False,
                             default=outcome_id.replace("_", " ").capitalize()),
            completed=reader.get(item, "completed", bool, at, required=False, default=outcome_id == "completed"),
        ))
    ids = [o.id for o in specs]
    missing = [o for o in REQUIRED_OUTCOMES if o not in ids]
    if missing:
        raise reader.fail("outcomes", f"every pathway offers the outcomes {', '.join(REQUIRED_OUTCOMES)} and one of "
                                      f"{', '.join(DISENGAGED_OUTCOMES)}; {', '.join(missing)} missing")
    if not any(o in ids for o in DISENGAGED_OUTCOMES):
        raise reader.fail("outcomes", f"every pathway offers one of {', '.join(DISENGAGED_OUTCOMES)}")
    return tuple(specs)


def _parse(path: Path, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PathwayFileError(str(path), "(syntax)", str(exc)) from exc


def load_common(text: str, file: str) -> list[EventKind]:
    reader = _Reader(file)
    data = _parse(Path(file), text)
    return _read_event_kinds(reader, reader.get(data, "event_kinds", list, ""))


def load_risk_flags(text: str, file: str) -> list[RiskFlagKind]:
    """The ``[[risk_flags]]`` of a common or pathway file (none is fine)."""
    reader = _Reader(file)
    data = _parse(Path(file), text)
    flags = []
    seen: set[str] = set()
    for index, item in enumerate(reader.get(data, "risk_flags", list, "", required=False, default=[])):
        at = f"risk_flags[{index}]"
        if not isinstance(item, dict):
            raise reader.fail(at, "must be a table")
        flag_id = reader.get(item, "id", str, at)
        if not flag_id.replace("_", "").isalnum() or not flag_id.islower():
            raise reader.fail(f"{at}.id", "must be a lower-case identifier")
        if flag_id in seen:
            raise reader.fail(f"{at}.id", f"risk flag {flag_id!r} declared twice")
        seen.add(flag_id)
        unknown = set(item) - {"id", "label", "description"}
        if unknown:
            raise reader.fail(f"{at}.{sorted(unknown)[0]}", "unknown key (known: description, id, label)")
        flags.append(RiskFlagKind(flag_id, reader.get(item, "label", str, at),
                                  reader.get(item, "description", str, at, required=False, default="")))
    return flags


def load_pathway(text: str, file: str, common: list[EventKind]) -> Pathway:
    reader = _Reader(file)
    data = _parse(Path(file), text)
    for key in data:
        if key not in _TOP_KEYS:
            raise reader.fail(key, f"unknown key (known: {', '.join(sorted(_TOP_KEYS))})")
    pathway_id = reader.get(data, "id", str, "")
    sources = reader.strings(data, "sources", "")
    for index, source in enumerate(sources):
        if source not in SOURCES:
            raise reader.fail(f"sources[{index}]", f"unknown referral source {source!r} (known: {', '.join(SOURCES)})")
    age = reader.get(data, "age", dict, "")
    age_min = reader.get(age, "min", int, "age")
    age_max = reader.get(age, "max", int, "age")
    if age_min < 0 or age_max < age_min:
        raise reader.fail("age", f"min {age_min} and max {age_max} do not make a range")

    stages = []
    for index, item in enumerate(reader.get(data, "stages", list, "")):
        at = f"stages[{index}]"
        if not isinstance(item, dict):
            raise reader.fail(at, "must be a table")
        stage_id = reader.get(item, "id", str, at)
        if stage_id == CLOSED_STAGE:
            raise reader.fail(f"{at}.id", f"{CLOSED_STAGE!r} is reserved: closing is its own action")
        stages.append(Stage(stage_id, reader.get(item, "label", str, at), reader.strings(item, "next", at, required=False)))
    stage_ids = [s.id for s in stages]
    if len(set(stage_ids)) != len(stage_ids):
        raise reader.fail("stages", "a stage id is declared twice")
    for index, stage in enumerate(stages):
        for target in stage.next:
            if target not in stage_ids:
                raise reader.fail(f"stages[{index}].next", f"unknown stage {target!r}")
    initial = reader.get(data, "initial_stage", str, "")
    if initial not in stage_ids:
        raise reader.fail("initial_stage", f"unknown stage {initial!r}")

    own = _read_event_kinds(reader, reader.get(data, "event_kinds", list, ""))
    kinds = list(common) + own
    kind_ids = [k.id for k in kinds]
    for kind_id in kind_ids:
        if kind_ids.count(kind_id) > 1:
            raise reader.fail("event_kinds", f"event kind {kind_id!r} declared twice (or clashes with common.toml)")

    first_event = reader.get(data, "first_event", dict, "", required=False, default={})
    for source, kind_id in first_event.items():
        if source not in sources:
            raise reader.fail(f"first_event.{source}", "not one of this pathway's sources")
        if not isinstance(kind_id, str) or kind_id not in kind_ids:
            raise reader.fail(f"first_event.{source}", f"unknown event kind {kind_id!r}")

    outcome_specs = _read_outcomes(reader, data)
    outcomes = tuple(o.id for o in outcome_specs)
    retention_years = reader.get(data, "retention_years", int, "", required=False, default=DEFAULT_RETENTION_YEARS)
    if not 1 <= retention_years <= MAX_RETENTION_YEARS:
        raise reader.fail("retention_years", f"must be from 1 to {MAX_RETENTION_YEARS} years after closure, "
                                             f"not {retention_years}")
    calendars = parse_calendars(data.get("calendars"), file)
    sla_rules = parse_rules(data.get("sla_rules"), file, set(kind_ids), calendars)
    return Pathway(
        id=pathway_id,
        label=reader.get(data, "label", str, ""),
        description=reader.get(data, "description", str, "", required=False, default=""),
        sources=sources,
        age_min=age_min,
        age_max=age_max,
        initial_stage=initial,
        stages=tuple(stages),
        event_kinds=tuple(kinds),
        first_event=dict(first_event),
        outcomes=outcomes,
        outcome_specs=outcome_specs,
        service_area=reader.strings(data, "service_area", "", required=False),
        sla_rules=sla_rules,
        calendars=calendars,
        file=file,
        retention_years=retention_years,
    )


def _shipped_dir() -> Path:
    return Path(str(files("casework_resources") / "pathways"))


def load_pathways(extra_dir: str | os.PathLike | None = None) -> PathwayRegistry:
    """The shipped pathways, plus (overriding by id) those in ``extra_dir`` or $CASEWORK_PATHWAYS_DIR."""
    shipped = _shipped_dir()
    common_path = shipped / COMMON_FILE
    common = load_common(common_path.read_text(encoding="utf-8"), str(common_path))
    folders = [shipped]
    extra = extra_dir or os.environ.get(PATHWAYS_DIR_ENV)
    if extra:
        folders.append(Path(extra))
    pathways: dict[str, Pathway] = {}
    flags = {f.id: f for f in load_risk_flags(common_path.read_text(encoding="utf-8"), str(common_path))}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            if path.name == COMMON_FILE:
                continue
            text = path.read_text(encoding="utf-8")
            pathway = load_pathway(text, str(path), common)
            pathways[pathway.id] = pathway
            for flag in load_risk_flags(text, str(path)):
                flags.setdefault(flag.id, flag)  # a pathway may add flags, not relabel the common ones
    if not pathways:
        raise PathwayFileError(str(shipped), "(folder)", "no pathway files found")
    return PathwayRegistry(pathways, tuple(flags.values()))
