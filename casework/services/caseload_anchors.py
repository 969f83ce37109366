"""Keyset anchors: a jump deep into a caseload in the next-deadline order without an OFFSET walk.

``caseload.page`` pages the next-deadline order (the default, which an index gives) by OFFSET: the
page at row 900,000 of the manager's million walks 900,000 index entries first (36 ms of CPU, and
every index page read from disk on a busy machine: 100-400 ms). Anchors are the sort key (the stored
next deadline and the referral id) of every ``every``-th row of the query's order, found once per
load in the background by hopping ``every`` entries at a time along the same index. A page is then
an indexed range seek from the anchor at or before it, plus an OFFSET of less than ``every``, and
the rows of the ids found (``caseload.rows``, which applies the actor's scope again).

The order, as ``caseload`` has it (ascending): referrals with a deadline by deadline then id, then
those without one by id; descending is the exact reverse. It is two *runs*: the keyed run
(``next_due_at IS NOT NULL``, seek ``(next_due_at, id) >= (d, i)``) and the unkeyed run
(``next_due_at IS NULL``, seek ``id >= i``), each an index range on both engines (``ix_referral_due``
and the partial open/worker/team deadline indexes). Ties are exact, as the id ends every key.

Anchors are a snapshot of positions: built for one actor's query (its scope and filters) and
refused for any other. Rows added or closed after they were made move later rows by as many places
within the view (as an OFFSET page read later would); the caseload model drops them at every
refresh and builds them again, and pages by OFFSET meanwhile. Key values are kept as the driver
stores them (the text of the timestamp on SQLite), so a seek compares exactly what the index holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select, tuple_, type_coerce
from sqlalchemy.types import NullType

from ..errors import ValidationError
from ..store.models import Referral
from .access import require
from .actor import Actor
from .caseload import (
    DEFAULT_SORT,
    MAX_PAGE,
    CaseloadQuery,
    CaseloadRow,
    _conditions,
    _pinned,
    _shape,
    rows,
    wants_id_list,
)
from .context import Context

ANCHOR_EVERY = 1_000
KEYED, UNKEYED = 0, 1
_RAW_DUE = type_coerce(Referral.next_due_at, NullType())  # the stored value, not a datetime


@dataclass(frozen=True)
class Anchor:
    """A row's place in the order: its run, its stored next deadline (None in the unkeyed run), its id."""

    run: int
    due: Any
    id: int


@dataclass(frozen=True)
class Anchors:
    """Row ``k * every`` of ``actor``'s ``query`` (its shape: filters, scope, sort) starts at ``keys[k]``."""

    actor: Actor
    query: CaseloadQuery
    every: int
    keys: tuple[Anchor, ...]

    @property
    def rows_covered(self) -> int:
        """Rows up to the last anchor's block (a page beyond is past the end the anchors saw)."""
        return len(self.keys) * self.every

    def fits(self, actor: Actor, query: CaseloadQuery) -> bool:
        """Made for this actor and this query (pinned: an SLA state filter's instant is part of it)."""
        return self.actor == actor and self.query == _shape(query)


def applies(query: CaseloadQuery) -> bool:
    """Whether anchors serve this query: the next-deadline order without a search (the orders that
    ``caseload.wants_id_list`` pages through a list of ids do not need them)."""
    return query.sort == DEFAULT_SORT and not wants_id_list(query)


def build(ctx: Context, actor: Actor, query: CaseloadQuery, every: int = ANCHOR_EVERY) -> Anchors:
    """The anchors of ``query`` for ``actor``: one indexed hop of ``every`` rows per anchor, in one read."""
    require(ctx, actor, "read_cases")
    if not applies(query):
        raise ValidationError("sort", "anchors", "anchors are for the next-deadline order without a search")
    if isinstance(every, bool) or not isinstance(every, int) or not 1 <= every <= 100_000:
        raise ValidationError("every", "range", "anchors are 1 to 100,000 rows apart")
    pinned = _pinned(ctx, query)
    runs = _Runs(ctx, actor, pinned)
    keys: list[Anchor] = []
    with ctx.read() as s:
        conn = s.connection()
        anchor = runs.nth(conn, None, 0)
        while anchor is not None:
            keys.append(anchor)
            anchor = runs.nth(conn, anchor, every)
    return Anchors(actor, _shape(pinned), every, tuple(keys))


def page(ctx: Context, actor: Actor, query: CaseloadQuery, offset: int, limit: int,
         anchors: Anchors) -> list[CaseloadRow]:
    """Rows ``offset`` to ``offset + limit - 1``, as ``caseload.page`` gives them, sought from ``anchors``."""
    return rows(ctx, actor, query, page_ids(ctx, actor, query, offset, limit, anchors))


def page_ids(ctx: Context, actor: Actor, query: CaseloadQuery, offset: int, limit: int,
             anchors: Anchors) -> list[int]:
    """The ids of rows ``offset`` to ``offset + limit - 1``: a seek from the anchor at or before ``offset``."""
    require(ctx, actor, "read_cases")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("offset", "non_negative", "the offset is a whole number, 0 or more")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", "range", f"a page has 1 to {MAX_PAGE} rows")
    pinned = _pinned(ctx, query)
    if not anchors.fits(actor, pinned):
        raise ValidationError("anchors", "other_query", "these anchors were made for another view")
    number = offset // anchors.every
    if number >= len(anchors.keys):
        return []  # past the last row there was when the anchors were made
    skip = offset - number * anchors.every
    runs = _Runs(ctx, actor, pinned)
    with ctx.read() as s:
        found = runs.ids_from(s.connection(), anchors.keys[number], skip + limit)
    return found[skip:skip + limit]


class _Runs:
    """The two runs of the next-deadline order for one actor's query, and their seeks (kept statements)."""

    def __init__(self, ctx: Context, actor: Actor, query: CaseloadQuery) -> None:
        self.ctx, self.actor, self.query = ctx, actor, query
        self.descending = query.descending
        # Ascending: keyed run, then unkeyed; descending: the exact reverse.
        self.order = (UNKEYED, KEYED) if self.descending else (KEYED, UNKEYED)

    def _statement(self, run: int, sought: bool, what: str) -> Select:
        """Kept per actor, query shape, run, whether it seeks from an anchor, and what it selects."""
        key = ("anchor_seek", self.actor, _shape(self.query), run, sought, what)
        return self.ctx.statements.get(key, lambda: self._make(run, sought, what))

    def _make(self, run: int, sought: bool, what: str) -> Select:
        conditions, _needs_person = _conditions(self.ctx, self.actor, self.query)  # no search: see applies()
        due, rid = Referral.next_due_at, Referral.id
        down = self.descending
        if run == KEYED:
            conditions.append(due.is_not(None))
            if sought:
                here = tuple_(bindparam("due", type_=NullType()), bindparam("rid", type_=Integer))
                conditions.append(tuple_(due, rid) <= here if down else tuple_(due, rid) >= here)
            order = [due.desc(), rid.desc()] if down else [due.asc(), rid.asc()]
        else:
            conditions.append(due.is_(None))
            if sought:
                here_id = bindparam("rid", type_=Integer)
                conditions.append(rid <= here_id if down else rid >= here_id)
            order = [rid.desc()] if down else [rid.asc()]
        limited = (select(Referral.id, _RAW_DUE).select_from(Referral).where(*conditions).order_by(*order)
                   .limit(bindparam("n", type_=Integer)).offset(bindparam("k", type_=Integer)))
        if what == "count":
            return select(func.count()).select_from(limited.subquery("counted"))
        return limited

    def _run(self, conn, run: int, start: Anchor | None, what: str, n: int, k: int = 0):
        sought = start is not None and start.run == run
        params: dict[str, Any] = {"n": n, "k": k}
        if sought:
            params["rid"] = start.id
            if run == KEYED:
                params["due"] = start.due
        return conn.execute(self._statement(run, sought, what), params)

    def nth(self, conn, start: Anchor | None, n: int) -> Anchor | None:
        """The row ``n`` places after ``start`` (``start`` itself for 0; the first row when None)."""
        runs = self.order if start is None else self.order[self.order.index(start.run):]
        for run in runs:
            found = self._run(conn, run, start, "rows", 1, n).first()
            if found is not None:
                return Anchor(run, found[1] if run == KEYED else None, found[0])
            # Fewer than n + 1 rows left in this run: count them, and go on into the next run.
            if n:
                n -= int(self._run(conn, run, start, "count", n).scalar() or 0)
            start = None
        return None

    def ids_from(self, conn, start: Anchor, n: int) -> list[int]:
        """The ids of ``n`` rows from ``start`` on (fewer at the end)."""
        found: list[int] = []
        for run in self.order[self.order.index(start.run):]:
            found.extend(r[0] for r in self._run(conn, run, start, "rows", n - len(found)))
            if len(found) >= n:
                break
            start = None
        return found


def positions(anchors: Anchors) -> Sequence[int]:
    """The row number of each anchor (for tests and benchmarks)."""
    return range(0, len(anchors.keys) * anchors.every, anchors.every)


__all__ = ["ANCHOR_EVERY", "Anchor", "Anchors", "applies", "build", "page", "page_ids", "positions"]
