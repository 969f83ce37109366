"""The caseload: how many referrals a view shows, and one page of them, counted, filtered and sorted in SQL.

A table over a million referrals asks for ``count`` once and then for ``page`` after page around
what is on the screen, so it opens and scrolls as fast over a million rows as over a hundred. Both
are one statement each:

* ``count`` is ``SELECT count(*)`` over the referrals the query matches (a name search finds its
  people first: on SQLite from the FTS5 name index, ``search_people``; on PostgreSQL the person
  table is joined);
* ``page`` picks the ids of one page in an inner query that touches only what the filter and the
  sort need (for the default sort on ``mine``/``team`` scopes: the partial indexes
  ``ix_referral_open_worker_due`` / ``ix_referral_open_team_due``), then joins the person, the
  assigned worker and the site for those ids alone. A deep OFFSET therefore walks an index, not a
  million joins.

Every sort ends with the referral id, so pages never overlap or skip. "Descending" is the exact
reverse of ascending: for the next deadline, ascending is soonest first with no deadline last, so
descending puts referrals without a deadline first; that keeps both directions on one index on
both engines (PostgreSQL's ``ASC`` is ``NULLS LAST`` and its backward scan ``DESC NULLS FIRST``).

The SLA state of a row is read from the referral's cached next deadline
(``Referral.next_due_at`` / ``next_warn_at``, kept by ``casework.sla.cache.refresh_timers``) against
an instant, ``as_of``: breached when the deadline has passed, warning from the first warning time
up to the deadline, running before that, none without a deadline.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import (Select, and_, bindparam, case, column, false, func, literal_column, null, or_, select, table, text,
                        true, union_all)
from sqlalchemy.sql.elements import ColumnElement

from .. import identifiers
from ..errors import CaseworkError, NotPermitted, ValidationError
from ..pathways import CLOSED_STAGE
from ..store.models import Person, Referral, Role, Site, User
from ..store.types import in_ids
from ..timeutil import require_aware
from ..validation import bad_character, check_characters
from . import access
from .access import require
from .actor import Actor, role_words
from .context import Context
from .risk import flag_labels
from .views import JsonView
from ..i18n import _, L_

SCOPES = ("mine", "team", "all")
SLA_STATES = ("breached", "warning", "running", "none")
SORT_KEYS = ("name", "age", "pathway", "stage", "assigned", "next_deadline", "site", "received")
DEFAULT_SORT = "next_deadline"
# The worker filter's value for referrals that nobody is assigned to (no user name can be "-").
UNASSIGNED = "-"
MAX_PAGE = 1_000
MAX_SEARCH = 200


@dataclass(frozen=True)
class CaseloadQuery:
    """What a caseload shows. ``as_of`` pins the instant the SLA state filter is judged at (default: now)."""

    scope: str = "mine"
    team_id: int | None = None
    open_only: bool = True
    pathway: str | None = None
    stage: str | None = None
    worker: str | None = None
    sla_state: str | None = None
    search: str = ""
    sort: str = DEFAULT_SORT
    descending: bool = False
    as_of: datetime | None = None

    def at(self, as_of: datetime) -> CaseloadQuery:
        return replace(self, as_of=as_of)


@dataclass(frozen=True)
class CaseloadRow(JsonView):
    id: int
    person_id: int
    given_name: str
    family_name: str
    date_of_birth: date
    pnc_id: str | None
    nhs_number: str | None
    pathway: str
    pathway_label: str
    stage: str
    stage_label: str
    assigned_username: str | None
    assigned_name: str | None
    team_id: int | None
    site: str | None
    received_at: datetime
    closed_at: datetime | None
    next_due_at: datetime | None
    next_warn_at: datetime | None
    version: int
    risk_flags: tuple[str, ...] = ()
    """Labels of the young person's risk flags in force (for the row's risk indicator)."""

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def sla_state(self, as_of: datetime) -> str:
        return sla_state(self.next_due_at, self.next_warn_at, as_of)


def sla_state(next_due_at: datetime | None, next_warn_at: datetime | None, as_of: datetime) -> str:
    """The state a referral's next deadline is in at ``as_of`` (the same rule as the SQL filter)."""
    if next_due_at is None:
        return "none"
    if next_due_at < as_of:
        return "breached"
    if next_warn_at is not None and next_warn_at <= as_of:
        return "warning"
    return "running"


def allowed_scopes(actor: Actor) -> tuple[str, ...]:
    """The scopes a role may see, its default first.

    Caseworkers start on their own caseload and may look at their team's; team leads the other way
    round; managers see every referral, or one team's. An administrator without a case role sees
    none. Each scope is within ``access.readable_referrals`` for the role (a test checks it).
    """
    if actor.role is Role.CASEWORKER:
        return ("mine", "team") if actor.team_id is not None else ("mine",)
    if actor.role is Role.TEAM_LEAD:
        return ("team", "mine") if actor.team_id is not None else ("mine",)
    if actor.role is Role.MANAGER:
        return ("all", "team")
    return ()


def default_query(actor: Actor) -> CaseloadQuery:
    scopes = allowed_scopes(actor)
    return CaseloadQuery(scope=scopes[0] if scopes else "mine")


# --- the two calls ---------------------------------------------------------------------------------

def count(ctx: Context, actor: Actor, query: CaseloadQuery) -> int:
    """How many referrals the query matches: one ``SELECT count(*)``."""
    require(ctx, actor, "read_cases")
    query = _pinned(ctx, query)
    statement = ctx.statements.get(("count", actor, _shape(query)),
                                   lambda: ctx.quick.compile(_count_statement(ctx, actor, query)))
    return int(ctx.quick.scalar(statement) or 0)


def _count_statement(ctx: Context, actor: Actor, query: CaseloadQuery) -> Select:
    conditions, needs_person = _conditions(ctx, actor, query)
    statement = select(func.count()).select_from(Referral)
    if needs_person:
        statement = statement.join(Person, Person.id == Referral.person_id)
    return statement.where(*conditions)


def _shape(query: CaseloadQuery) -> CaseloadQuery:
    """The query as a key of ``ctx.statements``: its instant counts only where the SLA state filter uses it.

    Building a page's statement (its filters, joins and order) cost as much as running it; the same
    actor's same query is the same statement, so it is built once and kept on the context."""
    return query if query.sla_state else replace(query, as_of=None)


def page(ctx: Context, actor: Actor, query: CaseloadQuery, offset: int, limit: int) -> list[CaseloadRow]:
    """Rows ``offset`` to ``offset + limit - 1`` of the query's order: one statement with its joins.

    The statement is compiled once per actor and query shape and run straight on a quick-read
    connection (casework.store.quick), with the page's people's risk flags read in the same snapshot:
    through a session and SQLAlchemy's result rows, a page cost three to four times the engine's own
    time."""
    require(ctx, actor, "read_cases")
    _check_window(offset, limit)
    query = _pinned(ctx, query)
    statement = ctx.statements.get(("page", actor, _shape(query), offset, limit),
                                   lambda: ctx.quick.compile(_page_statement(ctx, actor, query, offset, limit)))
    return _read_rows(ctx, statement, None)


def _read_rows(ctx: Context, statement, parameters: dict | None) -> list[CaseloadRow]:
    """The rows of a ``_row_select``-shaped statement, with their people's risk flags, in one snapshot."""
    quick = ctx.quick
    with quick.snapshot() as reads:
        found = reads.fetch(statement, parameters)
        # The page's young people's risk flags: one more indexed query, for the page only.
        flags = flag_labels(reads, quick, ctx.pathways, sorted({r[1] for r in found})) if found else {}
    return _rows(statement, found, _Labels(ctx), flags)


def _check_window(offset: int, limit: int) -> None:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("offset", "non_negative", _("the offset is a whole number, 0 or more"))
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", "range", f"a page has 1 to {MAX_PAGE} rows")


def _rows(statement, found: list[tuple], labels: _Labels, flags: dict[int, tuple[str, ...]]) -> list[CaseloadRow]:
    """The driver's rows of a ``_row_select``-shaped statement (its 18 columns in that order) as CaseloadRows.

    A frozen dataclass's ``__init__`` sets each of its 21 fields through ``object.__setattr__`` (about
    10 µs a row), and SQLAlchemy's result rows cost as much again: each row is made here in one pass
    from the driver's tuple, its dates and times through the column types' own processors, into the
    instance's ``__dict__`` (equal, hashable and frozen as ever)."""
    convert = dict(statement.results)
    born_, received_, closed_, due_, warn_ = (convert.get(column) for column in (4, 13, 14, 15, 16))
    words: dict[tuple[str, str], tuple[str, str]] = {}
    made = []
    for (id_, person_id, given, family, born, pnc, nhs, pathway, stage, username, display_name, team_id, site,
         received, closed, due, warn, version) in found:
        if born_ is not None and born is not None:
            born = born_(born)
        if received_ is not None and received is not None:
            received = received_(received)
        if closed_ is not None and closed is not None:
            closed = closed_(closed)
        if due_ is not None and due is not None:
            due = due_(due)
        if warn_ is not None and warn is not None:
            warn = warn_(warn)
        said = words.get((pathway, stage))
        if said is None:
            said = words[(pathway, stage)] = (labels.pathway(pathway), labels.stage(pathway, stage))
        row = _new(CaseloadRow)
        row.__dict__.update({
            "id": id_, "person_id": person_id, "given_name": given, "family_name": family, "date_of_birth": born,
            "pnc_id": pnc, "nhs_number": nhs, "pathway": pathway, "pathway_label": said[0], "stage": stage,
            "stage_label": said[1], "assigned_username": username, "assigned_name": display_name,
            "team_id": team_id, "site": site, "received_at": received, "closed_at": closed, "next_due_at": due,
            "next_warn_at": warn, "version": version, "risk_flags": flags.get(person_id, ())})
        made.append(row)
    return made


_new = object.__new__


def _row_select() -> Select:
    """Everything a row shows (the referral, its person, worker and site)."""
    return (
        select(Referral.id, Referral.person_id, Person.given_name, Person.family_name, Person.date_of_birth,
               Person.pnc_id, Person.nhs_number, Referral.pathway, Referral.stage, User.username,
               User.display_name, Referral.team_id, Site.name.label("site"), Referral.received_at,
               Referral.closed_at, Referral.next_due_at, Referral.next_warn_at, Referral.version)
        .select_from(Referral)
        .join(Person, Person.id == Referral.person_id)
        .outerjoin(User, User.id == Referral.assigned_user_id)
        .outerjoin(Site, Site.id == Referral.site_id)
    )


def page_statement(ctx: Context, actor: Actor, query: CaseloadQuery, offset: int, limit: int) -> Select:
    """The statement ``page`` runs (for ``explain`` and benchmarks)."""
    require(ctx, actor, "read_cases")
    _check_window(offset, limit)
    return _page_statement(ctx, actor, _pinned(ctx, query), offset, limit)


def _page_statement(ctx: Context, actor: Actor, query: CaseloadQuery, offset: int, limit: int) -> Select:
    conditions, needs_person = _conditions(ctx, actor, query)
    order, joins = _order(ctx, query)

    # The ids of the page, from only the tables the filter and the sort need ...
    ids = select(Referral.id.label("id")).select_from(Referral)
    if needs_person or "person" in joins:
        ids = ids.join(Person, Person.id == Referral.person_id)
    if "user" in joins:
        ids = ids.outerjoin(User, User.id == Referral.assigned_user_id)
    if "site" in joins:
        ids = ids.outerjoin(Site, Site.id == Referral.site_id)
    ids = ids.where(*conditions).order_by(*order).limit(limit).offset(offset).subquery("page_ids")

    # ... then everything a row shows, for those ids alone, in the same order.
    return (
        select(Referral.id, Referral.person_id, Person.given_name, Person.family_name, Person.date_of_birth,
               Person.pnc_id, Person.nhs_number, Referral.pathway, Referral.stage, User.username,
               User.display_name, Referral.team_id, Site.name.label("site"), Referral.received_at,
               Referral.closed_at, Referral.next_due_at, Referral.next_warn_at, Referral.version)
        .select_from(ids)
        .join(Referral, Referral.id == ids.c.id)
        .join(Person, Person.id == Referral.person_id)
        .outerjoin(User, User.id == Referral.assigned_user_id)
        .outerjoin(Site, Site.id == Referral.site_id)
        .order_by(*order)
    )


def wants_id_list(query: CaseloadQuery) -> bool:
    """Whether a long view of this query should be paged through its ordered ids (``ordered_ids`` then
    ``rows``) rather than by OFFSET.

    The next-deadline order comes straight off an index, so any page of it is an index walk. Every
    other order (name, age, pathway, stage, worker, site, received) needs a join or an expression,
    so a page deep in a big list costs the whole sort again (0.4-3.4 s at row 900,000 of a million);
    with the ids kept, it is one sort and then a primary-key lookup per page.

    A search is paged by its ids too, in any order: finding the matches is most of its cost
    (a one-letter search matches thousands of people), and the ids come from that one pass, where
    ``count`` and then ``page`` would each find them again, at every keystroke.
    """
    return query.sort != DEFAULT_SORT or bool(query.search and query.search.strip())


def ordered_ids(ctx: Context, actor: Actor, query: CaseloadQuery, *, limit: int | None = None) -> array:
    """The ids of every referral the query matches, in its order (8 bytes each): one statement.

    With ``limit``, only the first ``limit`` of them: what a keystroke of a search needs (the
    caseload shows up to ``FIRST_MATCHES`` and "1,000+", and reads the rest only if the list is
    scrolled to its end). A one- or two-letter search matches tens of thousands of people: finding
    each one's open referrals and sorting them all cost 20-30 ms at a million referrals, whatever
    was shown. When the name index finds at least ``WALK_FROM_PEOPLE`` people, the first ids of the
    next-deadline order come instead from walking the open referrals in that order (the partial
    deadline indexes carry the person, revision 0016) and keeping those whose person matches; fewer
    people are still looked up one by one, which is quicker for them. A search of single letters
    ("s", "s j") that finds ``WALK_INITIALS_FROM`` people or more walks the same indexes testing
    each entry's ``person_initials`` (SQLite, revision 0017): no set of people is read first.
    """
    require(ctx, actor, "read_cases")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValidationError("limit", "range", "the limit is a whole number, 1 or more")
    query = _pinned(ctx, query)
    walk = _walks(ctx, query) if limit is not None else None
    statement = ctx.statements.get(("ids", actor, _shape(query), limit, walk),
                                   lambda: ctx.quick.compile(_ids_statement(ctx, actor, query, limit, walk)))
    return ctx.quick.column(statement)


# The most a keystroke of a search reads (the count then shows "1,000+"), and the number of people a
# name search must find before its first ids are walked in deadline order (see ordered_ids): testing
# the set of people the name index finds, or, for a search of single letters, the initials each
# index entry carries (much cheaper: at a million referrals the walk of "s" takes 1 ms, where
# reading its 23,000 people first took 5 ms; fewer than about 5,000 people are still quicker looked
# up one by one).
FIRST_MATCHES = 1_000
WALK_FROM_PEOPLE = 10_000
WALK_INITIALS_FROM = 5_000
# PostgreSQL joins a search's people to their referrals by hashing, so its cost grows with the people;
# walking the deadline index costs at most the open referrals. At 1,000,000 referrals the walk was the
# quicker from about 4,000 people ("sa": 5,467 people, 24 against 48 ms; "smith": 1,736, 27 against 16).
WALK_FROM_PEOPLE_POSTGRESQL = 4_000
# The referral's person's initials (SQLite only, not a model column: revision 0017).
_PERSON_INITIALS = literal_column("referral.person_initials")


def _walks(ctx: Context, query: CaseloadQuery) -> str | None:
    """How the first ids of this search are quicker found: walked in next-deadline order, testing
    each entry's person against the people the name index finds (``"people"``) or, on SQLite,
    against the initials the entry carries (``"initials"``); or None, the people looked up one by one."""
    if query.sort != DEFAULT_SORT or not (query.search and query.search.strip()):
        return None
    if ctx.quick.dialect != "sqlite":
        word = _one_name_word(query.search)
        if word is None:
            return None
        statement = ctx.quick.prepare("name_search_people_postgresql", lambda: select(func.count()).select_from(
            _people_starting(bindparam("pattern")).limit(WALK_FROM_PEOPLE_POSTGRESQL).subquery()))
        found = ctx.quick.scalar(statement, {"pattern": _escape_like(word) + "%"}) or 0
        return "people" if found >= WALK_FROM_PEOPLE_POSTGRESQL else None
    match = _fts_match(query.search)
    if match is None:
        return None
    initials = _initials(query.search)
    enough = WALK_INITIALS_FROM if initials is not None else WALK_FROM_PEOPLE
    # Counted only as far as the threshold: "s" finds 23,000 people, and knowing that it is over
    # 5,000 is enough.
    statement = ctx.quick.prepare(("name_search_people", enough), lambda: select(func.count()).select_from(
        select(literal_column("1")).select_from(_NAME_FTS).where(_NAME_FTS_MATCH.op("MATCH")(bindparam("match")))
        .limit(enough).subquery()))
    if (ctx.quick.scalar(statement, {"match": match}) or 0) < enough:
        return None
    return "people" if initials is None else "initials"


def _initials(raw: str) -> int | None:
    """The bits of ``referral.person_initials`` a search of single ASCII letters asks for ("s j":
    the bits of s and j), or None for any other search.

    Every typed word must start the given or the family name (``search_people``); for a one-letter
    word that is the name's initial, one bit of the person's initials (bit 0 "a" ... bit 25 "z"),
    which revision 0017 sets exactly as the FTS5 index answers ``^"s"*``."""
    words = _search_text(raw).split()
    if not words or any(len(w) != 1 or not ("a" <= w.lower() <= "z") for w in words):
        return None
    bits = 0
    for word in words:
        bits |= 1 << (ord(word.lower()) - ord("a"))
    return bits


def _ids_statement(ctx: Context, actor: Actor, query: CaseloadQuery, limit: int | None = None,
                   walk: str | None = None) -> Select:
    conditions, needs_person = _conditions(ctx, actor, query, walk=walk)
    order, joins = _order(ctx, query, walk=walk)
    statement = select(Referral.id).select_from(Referral)
    if needs_person or "person" in joins:
        statement = statement.join(Person, Person.id == Referral.person_id)
    if "user" in joins:
        statement = statement.outerjoin(User, User.id == Referral.assigned_user_id)
    if "site" in joins:
        statement = statement.outerjoin(Site, Site.id == Referral.site_id)
    statement = statement.where(*conditions).order_by(*order)
    return statement.limit(limit) if limit is not None else statement


def rows(ctx: Context, actor: Actor, query: CaseloadQuery, ids: Sequence[int]) -> list[CaseloadRow]:
    """The rows of these referrals, in the order given (a page of an ``ordered_ids`` list).

    Only the scope is applied again, not the filters: a referral that has stopped matching since the
    ids were read (closed, moved on) still shows, with what it says now, so the rows below it keep
    their places until the view is refreshed. One the actor may no longer see is left out.
    """
    require(ctx, actor, "read_cases")
    if len(ids) > MAX_PAGE:
        raise ValidationError("limit", "range", f"a page has 1 to {MAX_PAGE} rows")
    if not ids:
        return []
    statement = ctx.statements.get(
        ("rows", actor, query.scope, query.team_id),
        lambda: ctx.quick.compile(_row_select().where(in_ids(Referral.id, "ids", ctx.quick.dialect),
                                                      *_scope(ctx, actor, query), access.readable_referrals(actor))))
    found = {r.id: r for r in _read_rows(ctx, statement, {"ids": ids})}
    return [found[i] for i in ids if i in found]


def explain(ctx: Context, actor: Actor, query: CaseloadQuery, offset: int = 0, limit: int = 100,
            *, count_query: bool = False) -> str:
    """The engine's plan for ``page`` (or ``count``): EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL."""
    require(ctx, actor, "read_cases")
    if count_query:
        pinned = _pinned(ctx, query)
        conditions, needs_person = _conditions(ctx, actor, pinned)
        statement: Select = select(func.count()).select_from(Referral)
        if needs_person:
            statement = statement.join(Person, Person.id == Referral.person_id)
        statement = statement.where(*conditions)
    else:
        statement = page_statement(ctx, actor, query, offset, limit)
    dialect = ctx.engine.dialect
    compiled = statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    with ctx.read() as s:
        if dialect.name == "sqlite":
            rows = s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            return "\n".join(str(r[-1]) for r in rows)
        rows = s.execute(text(f"EXPLAIN {compiled}")).all()
        return "\n".join(str(r[0]) for r in rows)


# --- filters ---------------------------------------------------------------------------------------

def _pinned(ctx: Context, query: CaseloadQuery) -> CaseloadQuery:
    if query.as_of is None:
        return query.at(ctx.clock.now())
    return query.at(require_aware(query.as_of, "as_of"))


def _scope(ctx: Context, actor: Actor, query: CaseloadQuery) -> list[ColumnElement[bool]]:
    if query.scope not in SCOPES:
        raise ValidationError("scope", "choice", f"the scope is one of {', '.join(SCOPES)}, not {query.scope!r}")
    allowed = allowed_scopes(actor)
    if query.scope not in allowed:
        raise access.refuse(ctx, actor, "read_caseload",
                            L_("a {role} may see the {scopes} caseload, not {scope}", role=role_words(actor),
                               scopes=" or ".join(allowed), scope=repr(query.scope)))
    if query.scope == "mine":
        return [Referral.assigned_user_id == actor.user_id]
    if query.scope == "team":
        team_id = query.team_id if query.team_id is not None else actor.team_id
        if team_id is None:
            raise ValidationError("team", "required", _("choose a team"))
        if actor.role in (Role.CASEWORKER, Role.TEAM_LEAD) and team_id != actor.team_id:
            raise access.refuse(ctx, actor, "read_caseload", L_("only your own team's caseload"))
        return [Referral.team_id == team_id]
    return []


def _conditions(ctx: Context, actor: Actor, query: CaseloadQuery,
                *, walk: str | None = None) -> tuple[list[ColumnElement[bool]], bool]:
    """The WHERE conditions, and whether they need the person table.

    ``walk``: the search's people are a test on each referral met in the order's index (SQLite's
    ``likely()`` keeps the test from being taken as a way into the referrals), not the way in; with
    ``"initials"``, the test is the initials the index entry carries (see ``_walks``)."""
    conditions = _scope(ctx, actor, query)
    if query.open_only:
        conditions.append(Referral.closed_at.is_(None))
    if query.pathway:
        ctx.pathways.get(query.pathway)  # an unknown pathway is a ValidationError naming the field
        conditions.append(Referral.pathway == query.pathway)
    if query.stage:
        _check_stage(ctx, query.pathway, query.stage)
        conditions.append(Referral.stage == query.stage)
    if query.worker:
        if query.worker == UNASSIGNED:
            conditions.append(Referral.assigned_user_id.is_(None))
        else:
            worker = check_characters(query.worker, "worker").strip().lower()
            worker_id = select(User.id).where(User.username == worker).scalar_subquery()
            conditions.append(Referral.assigned_user_id == worker_id)
    if query.sla_state:
        conditions.append(_sla_condition(query.sla_state, query.as_of))
    needs_person = False
    if query.search and query.search.strip():
        dialect = ctx.engine.dialect.name
        if dialect == "sqlite":
            # The people first (the FTS5 name index), then their referrals (ix_referral_open_person):
            # never every matching person's every referral read from the table.
            bits = _initials(query.search) if walk == "initials" else None
            if bits is not None:
                conditions.append(_PERSON_INITIALS.op("&")(bits) == bits)
            else:
                found = Referral.person_id.in_(search_people(query.search, dialect))
                conditions.append(func.likely(found) if walk else found)
        elif (word := _one_name_word(query.search)) is not None:
            # One word: the people come from index-only scans of the covering name indexes (0018).
            people = Referral.person_id.in_(_people_starting(_escape_like(word) + "%"))
            # Walked: each referral met in the deadline index is tested against a hashed set of those
            # people. "IS TRUE" keeps PostgreSQL from turning the IN into a join, whose output
            # would have to be sorted whole.
            conditions.append(people.is_(true()) if walk else people)
        else:
            # PostgreSQL plans the join itself from its statistics (the lower(name) prefix indexes,
            # then ix_referral_open_person).
            conditions.append(search_condition(query.search, dialect))
            needs_person = True
    return conditions, needs_person


def _one_name_word(raw: str) -> str | None:
    """The search in lower case when it is one word of a name (no identifier), else None."""
    words = _search_text(raw).split()
    if len(words) != 1 or _identifier(words[0]) is not None:
        return None
    return words[0].lower()


def _people_starting(pattern: Any):
    """The ids of the people whose given or family name starts with a LIKE pattern ('jon%'): two
    index-only scans on PostgreSQL, 0018 (a person may come twice)."""
    given = select(Person.id).where(func.lower(Person.given_name).like(pattern, escape="\\"))
    family = select(Person.id).where(func.lower(Person.family_name).like(pattern, escape="\\"))
    return union_all(given, family)


def _check_stage(ctx: Context, pathway_id: str | None, stage: str) -> None:
    pathways = [ctx.pathways.get(pathway_id)] if pathway_id else list(ctx.pathways)
    if stage == CLOSED_STAGE or any(p.stage(stage) is not None for p in pathways):
        return
    where = pathways[0].label if pathway_id else "any pathway"
    raise ValidationError("stage", "unknown_stage", f"{where} has no stage {stage!r}")


def _sla_condition(state: str, as_of: datetime | None) -> ColumnElement[bool]:
    assert as_of is not None
    due, warn = Referral.next_due_at, Referral.next_warn_at
    if state == "breached":
        return due < as_of
    if state == "warning":
        return and_(due >= as_of, warn <= as_of)
    if state == "running":
        return and_(due >= as_of, or_(warn.is_(None), warn > as_of))
    if state == "none":
        return due.is_(None)
    raise ValidationError("sla_state", "choice", f"the SLA state is one of {', '.join(SLA_STATES)}, not {state!r}")


def search_people(raw: str, dialect: str = "postgresql") -> Select:
    """The ids of the people the search finds (``search_condition``'s people), as a subquery to
    match referrals' ``person_id`` against.

    On SQLite a word of plain ASCII (what is typed nearly always) is looked up in the FTS5 name index
    (``person_name_fts``, revision 0014) as ``^"word"*``: the given or the family name starts with
    it. That index's words end only at white space, so this is the same test as
    ``search_condition``'s, case-insensitive for A-Z, the only letters ASCII words hold, and exact
    for punctuation ("o'bri", "smith-j", "%"). A word with any other character keeps the exact
    ``lower(name)`` range of ``search_condition`` (SQLite's ``lower`` folds A-Z only, and the FTS5
    tokenizer folds every letter), and identifiers compare exactly, both on ``person`` rows. (One
    difference is kept: FTS5 folds a few compatibility letters, such as the Kelvin sign, to the
    ASCII letter they stand for, as PostgreSQL's ``lower`` does.) On PostgreSQL this is
    ``search_condition``'s people as they are (prefix indexes on ``lower(name)``, 0009).
    """
    if dialect != "sqlite":
        return select(Person.id).where(search_condition(raw, dialect))
    text_ = _search_text(raw)
    if _identifier(text_, valid_only=True) is not None:
        return select(Person.id).where(search_condition(raw, dialect))
    indexed, conditions = _fts_words(text_, dialect)
    if not indexed:
        return select(Person.id).where(and_(*conditions) if conditions else false())
    fts = select(_NAME_FTS.c.rowid).where(_NAME_FTS_MATCH.op("MATCH")(_fts_expression(indexed)))
    if not conditions:
        return fts
    return select(Person.id).where(Person.id.in_(fts), *conditions)


def _fts_words(text_: str, dialect: str) -> tuple[list[str], list[ColumnElement[bool]]]:
    """The words the FTS5 name index answers (lower case), and conditions for the others."""
    indexed: list[str] = []
    conditions: list[ColumnElement[bool]] = []
    for word in sorted(text_.split(), key=len, reverse=True):
        if _identifier(word) is None and word.isascii():
            indexed.append(word.lower())
        else:
            conditions.append(_word_condition(word, dialect))
    return indexed, conditions


def _fts_expression(words: list[str]) -> str:
    return " AND ".join('{given_name family_name} : ^"%s"*' % word.replace('"', '""') for word in words)


def _fts_match(raw: str) -> str | None:
    """The FTS5 query that alone finds a search's people on SQLite, or None (identifiers, other letters)."""
    text_ = _search_text(raw)
    if _identifier(text_, valid_only=True) is not None:
        return None
    indexed, conditions = _fts_words(text_, "sqlite")
    return _fts_expression(indexed) if indexed and not conditions else None


# The FTS5 name index (SQLite only; not a model: casework.store.models.search_index_table).
_NAME_FTS = table("person_name_fts", column("rowid"))
_NAME_FTS_MATCH = literal_column("person_name_fts")


def _search_text(raw: str) -> str:
    # Characters no name or identifier holds (NUL, other controls, lone surrogates) separate words.
    return "".join(" " if bad_character(c) else c for c in raw).strip()[:MAX_SEARCH]


def _word_condition(word: str, dialect: str) -> ColumnElement[bool]:
    ident = _identifier(word)
    if ident is not None:
        return ident
    return or_(_starts(Person.given_name, word.lower(), dialect), _starts(Person.family_name, word.lower(), dialect))


def search_condition(raw: str, dialect: str = "postgresql") -> ColumnElement[bool]:
    """Free text: a PNC ID or NHS number matches exactly; words match the starts of the names.

    Every word must match the start of the given or the family name, in either order and without
    regard to case, so "sam jon" and "jones s" both find Sam Jones. A word with a digit in it is an
    identifier: normalised where it is a valid PNC ID or NHS number, otherwise compared as typed
    (without spaces, upper case). Case-insensitivity covers all of Unicode on PostgreSQL and the
    letters A-Z on SQLite, whose ``lower`` knows no others.

    A name prefix is ``lower(name) LIKE 'jon%'`` on PostgreSQL and, on SQLite, the same thing as a
    range, ``lower(name) >= 'jon' AND lower(name) < 'joo'``, which SQLite can answer from an index
    on ``lower(name)`` (it never uses an index for LIKE on an expression).
    """
    text_ = _search_text(raw)
    whole = _identifier(text_, valid_only=True)  # an NHS number typed with spaces ("943 476 5919")
    if whole is not None:
        return whole
    # Longest words first: SQLite drives the search from the first word's name indexes (it has no
    # statistics to tell them apart), and "s jones" is far quicker from "jones" than from "s".
    conditions = [_word_condition(word, dialect) for word in sorted(text_.split(), key=len, reverse=True)]
    return and_(*conditions) if conditions else false()


def _starts(column, prefix: str, dialect: str) -> ColumnElement[bool]:
    lowered = func.lower(column)
    if dialect == "sqlite":
        # Code-point order (SQLite's BINARY collation): everything from the prefix up to the prefix
        # with its last character moved on by one starts with the prefix, and nothing else does.
        last = ord(prefix[-1])
        if last >= 0x10FFFF:
            return lowered >= prefix
        return and_(lowered >= prefix, lowered < prefix[:-1] + chr(last + 1))
    return lowered.like(_escape_like(prefix) + "%", escape="\\")


def _identifier(raw: str, *, valid_only: bool = False) -> ColumnElement[bool] | None:
    if not any(c.isdigit() for c in raw):
        return None
    for normalise, column in ((identifiers.nhs_number, Person.nhs_number), (identifiers.pnc_id, Person.pnc_id)):
        try:
            return column == normalise(raw)
        except ValidationError:
            continue
    if valid_only:
        return None
    compact = re.sub(r"[\s-]", "", raw).upper()
    return or_(Person.nhs_number == compact, Person.pnc_id == compact)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- sorting ---------------------------------------------------------------------------------------

def _order(ctx: Context, query: CaseloadQuery, *, walk: str | None = None) -> tuple[list[Any], set[str]]:
    """ORDER BY terms (always ending with the referral id) and the tables they need (``walk``: see
    ``_conditions``)."""
    if query.sort not in SORT_KEYS:
        raise ValidationError("sort", "choice", f"sort by one of {', '.join(SORT_KEYS)}, not {query.sort!r}")
    descending = query.descending

    def term(expr, *, nullable: bool = False, reverse: bool = False):
        down = descending != reverse
        ordered = expr.desc() if down else expr.asc()
        if nullable:  # missing values last going up, first going down: the exact reverse
            ordered = ordered.nulls_first() if down else ordered.nulls_last()
        return ordered

    key = query.sort
    joins: set[str] = set()
    if key == "name":
        joins.add("person")
        terms = [term(func.lower(Person.family_name)), term(func.lower(Person.given_name))]
    elif key == "age":
        joins.add("person")
        terms = [term(Person.date_of_birth, reverse=True)]  # the youngest (latest born) first going up
    elif key == "pathway":
        terms = [term(_pathway_rank(ctx))]
    elif key == "stage":
        terms = [term(_stage_rank(ctx))]
    elif key == "assigned":
        joins.add("user")
        terms = [term(func.lower(User.display_name), nullable=True)]
    elif key == "site":
        joins.add("site")
        terms = [term(func.lower(Site.name), nullable=True)]
    elif key == "received":
        terms = [term(Referral.received_at)]
    else:
        due = Referral.next_due_at
        if query.search and query.search.strip() and not walk:
            # A search finds few people through the name indexes; without statistics SQLite would
            # rather walk a deadline index in order and test every referral's person. Wrapping the
            # key (coalesce with NULL is the key itself) keeps indexes out of the ORDER BY, so the
            # few rows found are sorted instead (what PostgreSQL's statistics choose anyway).
            due = func.coalesce(due, null())
        terms = [term(due, nullable=True)]
    return [*terms, term(Referral.id)], joins


def _pathway_rank(ctx: Context):
    labels = sorted(((p.label.casefold(), p.id) for p in ctx.pathways))
    return case({pid: rank for rank, (_label, pid) in enumerate(labels)}, value=Referral.pathway, else_=len(labels))


def _stage_rank(ctx: Context):
    """Stages sort by their words (as shown), across pathways."""
    labelled = []
    for p in ctx.pathways:
        for stage in [*(s.id for s in p.stages), CLOSED_STAGE]:
            labelled.append((p.stage_label(stage).casefold(), p.id, stage))
    labelled.sort()
    whens = [(and_(Referral.pathway == pid, Referral.stage == stage), rank)
             for rank, (_label, pid, stage) in enumerate(labelled)]
    return case(*whens, else_=len(whens))


class _Labels:
    """Pathway and stage words from the pathway files; a code the files no longer know shows as itself."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._pathways: dict[str, Any] = {}
        self._stages: dict[tuple[str, str], str] = {}

    def _get(self, pathway_id: str):
        if pathway_id not in self._pathways:
            try:
                self._pathways[pathway_id] = self._ctx.pathways.get(pathway_id)
            except CaseworkError:
                self._pathways[pathway_id] = None
        return self._pathways[pathway_id]

    def pathway(self, pathway_id: str) -> str:
        found = self._get(pathway_id)
        return found.label if found is not None else pathway_id

    def stage(self, pathway_id: str, stage: str) -> str:
        key = (pathway_id, stage)
        label = self._stages.get(key)
        if label is None:
            found = self._get(pathway_id)
            label = self._stages[key] = found.stage_label(stage) if found is not None else stage
        return label


__all__ = [
    "DEFAULT_SORT", "SCOPES", "SLA_STATES", "SORT_KEYS", "UNASSIGNED", "CaseloadQuery", "CaseloadRow",
    "FIRST_MATCHES", "allowed_scopes", "count", "default_query", "explain", "ordered_ids", "page", "page_statement", "rows",
    "search_condition", "search_people", "sla_state", "wants_id_list",
]
