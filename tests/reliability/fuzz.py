"""The fuzzing harness: a service called with generated input either succeeds or raises one of the
core's typed errors, and a rejected call leaves the database exactly as it was."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st
from sqlalchemy import select, text

from casework.errors import Conflict, NotFound, NotPermitted, ValidationError
from casework.store.models import Base

TYPED = (ValidationError, NotFound, NotPermitted, Conflict)
CASES: Counter[str] = Counter()
REJECTED: Counter[str] = Counter()
WHY: Counter[tuple[str, str]] = Counter()


def fingerprint(ctx) -> tuple[str, str]:
    """Digests of every row of the audit trail, and of every row of every other table."""
    audit, data = hashlib.sha256(), hashlib.sha256()
    if ctx.engine.dialect.name == "postgresql":  # one round trip: the server digests each table
        tables = Base.metadata.sorted_tables
        parts = ", ".join(f"(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.*::text), '')) FROM \"{t.name}\" t)"
                          for t in tables)
        with ctx.read() as s:
            digests = s.execute(text(f"SELECT {parts}")).one()
        for table, value in zip(tables, digests):
            (audit if table.name.startswith("audit") else data).update(f"{table.name}:{value}".encode())
        return audit.hexdigest(), data.hexdigest()
    with ctx.read() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            (audit if table.name.startswith("audit") else data).update(
                f"{table.name}:{len(rows)}:{rows!r}".encode("utf-8", "backslashreplace"))
    return audit.hexdigest(), data.hexdigest()


def _field_ok(field: str, fields: tuple[str, ...] | None) -> bool:
    if fields is None:
        return True
    return any(field == f or field.startswith((f + ".", f + "[")) for f in fields)


def attempt(ctx, service: str, call, *, fields: tuple[str, ...] | None = None):
    """Call; on a typed error check nothing was written and the error names one of ``fields``.

    A refusal (NotPermitted) may itself be audited, so for it the audit trail is left out of the comparison.
    """
    CASES[service] += 1
    before = fingerprint(ctx)
    try:
        return call()
    except TYPED as exc:
        REJECTED[service] += 1
        WHY[(service, f"{type(exc).__name__} {getattr(exc, 'field', '')} {getattr(exc, 'rule', '')}")] += 1
        after = fingerprint(ctx)
        same = after[1] == before[1] if isinstance(exc, NotPermitted) else after == before
        assert same, f"{service}: a rejected call ({exc!r}) wrote to the database"
        if isinstance(exc, ValidationError):
            assert exc.field and exc.message, exc
            assert _field_ok(exc.field, fields), f"{service}: ValidationError names {exc.field!r}, not one of {fields}"
        return None


def figures() -> str:
    return "; ".join(f"{name} {CASES[name]} ({REJECTED[name]} rejected)" for name in sorted(CASES)
                     if not name.startswith("cli."))


# --- strategies ----------------------------------------------------------------------------------

# Characters of every kind, lone surrogates and control characters included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
EDGE_TEXT = ["", " ", "\x00", "a\x00b", "\ud800", "x\udfff", "\t", "line\nbreak", "é", "İ" * 61, "ß" * 70,
             "'; DROP TABLE person; --", "%_\\", "💥" * 3, "\u202e", "\ufeff", "0", "-1", "1e309"]


def long_text(chars=("a", "İ", "é", "\x00", " ", "\n", "💥")):
    return st.builds(lambda c, n: c * n, st.sampled_from(chars), st.sampled_from([41, 81, 121, 201, 256, 5001, 10001]))


def nasty_text() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=30), st.text(ANY_CHAR, max_size=30), st.sampled_from(EDGE_TEXT), long_text())


def text_or(*valid: str) -> st.SearchStrategy[str]:
    """A valid value four times in five (so that calls with several fields also succeed), else nasty text."""
    if not valid:
        return nasty_text()
    good = st.sampled_from(valid)
    return st.one_of(good, good, good, good, nasty_text())


def maybe(strategy):
    return st.one_of(st.none(), strategy)


HUGE = [0, -1, 2**31, 2**63 - 1, 2**63, 2**64, 10**30, -(2**63) - 1]


def ids(*valid: int) -> st.SearchStrategy[int]:
    good = st.sampled_from(list(valid) or [1])
    return st.one_of(good, good, good, st.sampled_from(HUGE), st.integers())


ZONES = st.sampled_from([None, timezone.utc, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)),
                         timezone(timedelta(hours=1))])


def datetimes(around: datetime) -> st.SearchStrategy[datetime]:
    """Times in the hour or two before ``around`` (often valid), near it either side, the extremes of
    datetime, naive and aware ones."""
    recent = st.builds(lambda minutes: around - timedelta(minutes=minutes), st.integers(0, 110))
    near = st.builds(lambda minutes, tz: (around + timedelta(minutes=minutes)).replace(tzinfo=None).replace(tzinfo=tz)
                     if tz is not None else (around + timedelta(minutes=minutes)).replace(tzinfo=None),
                     st.integers(-60 * 24 * 400, 60 * 24 * 3), ZONES)
    extreme = st.builds(lambda d, tz: d.replace(tzinfo=tz), st.sampled_from([datetime.min, datetime.max,
                                                                             datetime(1, 1, 1, 0, 30),
                                                                             datetime(9999, 12, 31, 23, 0)]), ZONES)
    return st.one_of(recent, recent, recent, near, extreme, st.datetimes(timezones=st.one_of(st.none(), st.timezones())))


def dates() -> st.SearchStrategy[date]:
    return st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(1900, 1, 1), date(2010, 3, 4),
                                                  date(2012, 2, 29)]))


def json_values() -> st.SearchStrategy[object]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from(HUGE + [10**400]),
                        st.floats(allow_nan=True, allow_infinity=True), nasty_text())
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                         max_size=3), max_leaves=6)


def field_values(spec) -> st.SearchStrategy[object]:
    """Values for one field of an event, valid for its type or not."""
    valid = {
        "text": st.sampled_from(["knife", "Ann and Rob Jones", "MASH-123"]),
        "bool": st.sampled_from([True, False, "yes", "no", "Y", "0", "maybe", 1, 2]),
        "int": st.one_of(st.integers(), st.sampled_from(HUGE + [10**400]), st.sampled_from(["3", " 12 ", "1_000", "\u0663",
                                                                                           "1e3", "-4", "99999999999"])),
        "choice": st.sampled_from(list(spec.options) or ["x"]),
        "multi": st.lists(st.sampled_from(list(spec.options) or ["x"]), max_size=3),
        "date": st.one_of(st.sampled_from(["2026-06-01", "2026-02-30", "10000-01-01", "0001-01-01"]),
                          st.dates().map(lambda d: d.isoformat())),
    }[spec.type]
    return st.one_of(valid, valid, valid, json_values())


def details_for(kind) -> st.SearchStrategy[dict]:
    """A details dict for an event kind: some of its fields (valid or not), now and then an unknown one."""
    if kind is None or not kind.fields:
        return st.one_of(st.just({}), st.dictionaries(st.text(max_size=8), json_values(), max_size=2))
    known = st.fixed_dictionaries({}, optional={f.name: field_values(f) for f in kind.fields})
    extra = st.dictionaries(text_or("unknown", "offence"), json_values(), max_size=1)
    return st.one_of(known, known, st.builds(lambda a, b: {**a, **b}, known, extra))


def why() -> str:
    return "\n".join(f"{s}: {w} x{n}" for (s, w), n in sorted(WHY.items()))
