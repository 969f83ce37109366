"""The reports' figures: Qt-free queries that return plain dataclasses, aggregated in SQL.

Nothing here loads every referral. Totals are ``GROUP BY`` queries whose results are bounded by the
number of pathways, stages, outcomes, rules, months or ages, whatever the size of the database; the
long lists (every worker's caseload, every open case, every breach, every young person seen in
custody) are iterators that fetch ``CHUNK`` rows at a time (``yield_per``: a server-side cursor on
PostgreSQL) and are consumed while the PDF is being laid out.

Small-count suppression happens here, not in the layout, so that the PDF and the tests read the same
text: a :class:`Count` from 1 to ``suppress_under - 1`` reads ``<5``, and a :class:`Share` with a
suppressed part has no percentage (``—``). Zero is never suppressed.

Time: every instant is UTC; months and ages are taken in Europe/London local time (a referral
received at 00:30 BST on 1 June is a June referral). On SQLite, whose date functions know no time
zones, two small Python functions are registered on the connection for that (:func:`prepare`).

SLA outcomes come from the ``sla_timer`` cache as of the report's instant, exactly as
``casework.services.sla.list_timers`` reads it: a live (running or warning) timer whose due time has
passed counts as breached even before the sweep has marked it so; "running" is a live timer still
inside its time, or a paused one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Date, Integer, String, and_, case, cast, func, literal, or_, select, true, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from ..i18n import N_, _
from ..pathways import CLOSED_STAGE, Pathway, PathwayRegistry
from ..services.sla import BREACH_REASONS, REVIEW_STATES
from ..sla import cache
from ..sla.engine import TimerState
from ..sla.rules import describe_duration
from ..store.models import Breach, Contact, Event, Person, Referral, Site, SlaTimer, Team, User
from ..store.types import UTCDateTime
from ..timeutil import LONDON, age_on, local_to_utc, to_local
from . import words
from .params import local_time_text

CHUNK = 200
SUPPRESSED = "<5"
NO_PERCENT = "—"
UNASSIGNED = N_("Unassigned")

AGE_BANDS: tuple[tuple[int | None, int | None, str], ...] = (
    (None, 9, N_("Under 10")),
    (10, 12, N_("10 to 12")),
    (13, 15, N_("13 to 15")),
    (16, 17, N_("16 to 17")),
    (18, 20, N_("18 to 20")),
    (21, 24, N_("21 to 24")),
    (25, None, N_("25 and over")),
)

# Events that are work with the young person and family, for the case file's own section.
INTERVENTION_KINDS = ("intervention_chosen", "session_attended", "session_missed", "parent_meeting_held",
                      "aftercare_appointment_held", "onward_referral", "mash_referral_sent")
SEEN_IN_CUSTODY = "custody_attended"


# --- counts, shares and suppression ---------------------------------------------------------------

@dataclass(frozen=True)
class Count:
    value: int
    suppressed: bool = False

    @property
    def text(self) -> str:
        return SUPPRESSED if self.suppressed else f"{self.value:,}"


def percent_text(percent: float) -> str:
    """Whole percentages; ``<1%`` and ``>99%`` rather than a misleading 0% or 100%."""
    if percent <= 0:
        return "0%"
    if percent >= 100:
        return "100%"
    if percent < 1:
        return "<1%"
    if percent > 99:
        return ">99%"
    return f"{int(percent + 0.5)}%"


@dataclass(frozen=True)
class Share:
    """``n of N (p%)``: a number with its denominator."""

    n: Count
    of: Count

    @property
    def percent(self) -> float | None:
        if self.n.suppressed or self.of.suppressed or self.of.value == 0:
            return None
        return 100.0 * self.n.value / self.of.value

    @property
    def percent_text(self) -> str:
        percent = self.percent
        return NO_PERCENT if percent is None else percent_text(percent)

    @property
    def text(self) -> str:
        return _("{n} of {total} ({percent})").format(n=self.n.text, total=self.of.text, percent=self.percent_text)


@dataclass(frozen=True)
class Scope:
    """What every query of one report is limited to, and the instant it is judged at."""

    as_of: datetime
    start: datetime | None = None
    end: datetime | None = None
    team_id: int | None = None
    worker_id: int | None = None
    suppress_under: int | None = None

    def count(self, value: int) -> Count:
        value = int(value or 0)
        return Count(value, self.suppress_under is not None and 0 < value < self.suppress_under)

    def share(self, n: int, of: int | Count) -> Share:
        total = of if isinstance(of, Count) else self.count(of)
        return Share(self.count(n), total)

    def referral_filter(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.team_id is not None:
            conditions.append(Referral.team_id == self.team_id)
        if self.worker_id is not None:
            conditions.append(Referral.assigned_user_id == self.worker_id)
        return conditions

    def within(self, column) -> ColumnElement[bool]:
        """``column`` inside the period (always true without one)."""
        parts = []
        if self.start is not None:
            parts.append(column >= self.start)
        if self.end is not None:
            parts.append(column < self.end)
        return and_(*parts) if parts else true()

    @property
    def period_end(self) -> datetime:
        """The end of the period, or the report's instant when the period is open-ended."""
        return self.end if self.end is not None else self.as_of


# --- engine differences -----------------------------------------------------------------------------

_LOCAL_DAYS: dict[str, date] = {}


def _local_day(stamp: str) -> date:
    """The Europe/London date of a stored UTC instant, remembered by its UTC date and hour.

    These functions run once a row over a service's every referral. London's offset from UTC has
    been a whole number of hours since 1847, so an instant's local date follows from its UTC date
    and hour ("2026-06-14 23", from the stored text): the zone conversion is done once an hour of
    data, not once a row. Anything older, or not in the stored form, is converted on its own.
    """
    key = stamp[:13]
    day = _LOCAL_DAYS.get(key)
    if day is None:
        day = datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc).astimezone(LONDON).date()
        if len(key) == 13 and key[10] in " T" and key >= "1900":
            if len(_LOCAL_DAYS) >= 500_000:
                _LOCAL_DAYS.clear()
            _LOCAL_DAYS[key] = day
    return day


def _sqlite_local_month(stamp: str | None) -> str | None:
    if stamp is None:
        return None
    local = _local_day(stamp)
    return f"{local.year:04d}-{local.month:02d}"


def _sqlite_age(dob: str | None, stamp: str | None) -> int | None:
    if dob is None or stamp is None:
        return None
    return age_on(date.fromisoformat(dob), _local_day(stamp))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def prepare(session: Session) -> None:
    """Make the session ready for the report's queries: one snapshot, and local time on SQLite.

    On PostgreSQL the transaction is REPEATABLE READ, so every figure of one report comes from the
    same snapshot (SQLite's read transaction under WAL is one snapshot already).
    """
    if _dialect(session) == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return
    raw = session.connection().connection.driver_connection
    raw.create_function("cw_local_month", 1, _sqlite_local_month, deterministic=True)
    raw.create_function("cw_age", 2, _sqlite_age, deterministic=True)


# On SQLite an instant is stored as UTC text, "2026-06-14 23:05:00.000000". London is UTC or an hour
# ahead of it (since 1847), so the local date is the stored date except in the hour from 23:00 UTC,
# and the local month the stored month except in that hour on a month's last days: those rows (about
# one in 24) and anything not in the stored form go through the Python functions (``prepare``), the
# rest is read from the text in SQL. Across the monthly and age figures of a large service that is
# a few hundred thousand Python calls fewer.

def _as_text(column) -> ColumnElement[str]:
    return type_coerce(column, String)


def _plain_stored(stamp) -> ColumnElement[bool]:
    """The stamp is in the stored form, from 1900 on."""
    return and_(func.substr(stamp, 11, 1) == " ", stamp >= "1900")


def local_month(session: Session, column) -> ColumnElement[str]:
    """``'YYYY-MM'`` of an instant in Europe/London."""
    if _dialect(session) == "postgresql":
        return func.to_char(func.timezone("Europe/London", column), "YYYY-MM")
    stamp = _as_text(column)
    late_in_month = and_(func.substr(stamp, 9, 2) >= "28", func.substr(stamp, 12, 2) == "23")
    return case((and_(_plain_stored(stamp), ~late_in_month), func.substr(stamp, 1, 7)),
                else_=func.cw_local_month(column))


def _age_from_text(day, dob) -> ColumnElement[int]:
    """Whole years from ``dob`` to ``day``, both ``YYYY-MM-DD`` text (as ``timeutil.age_on``)."""
    return (cast(func.substr(day, 1, 4), Integer) - cast(func.substr(dob, 1, 4), Integer)
            - case((func.substr(day, 6, 5) < func.substr(dob, 6, 5), 1), else_=0))


def age_years(session: Session, dob, at) -> ColumnElement[int]:
    """Whole years from a date of birth to the local date of an instant (a column, or a datetime)."""
    if _dialect(session) == "postgresql":
        local_day = cast(func.timezone("Europe/London", _instant(at) if isinstance(at, datetime) else at), Date)
        return cast(func.date_part("year", func.age(local_day, dob)), Integer)
    born = _as_text(dob)
    plain_dob = func.length(born) == 10
    if isinstance(at, datetime):
        day = literal(to_local(at).date().isoformat(), String)
        return case((plain_dob, _age_from_text(day, born)), else_=func.cw_age(dob, _instant(at)))
    stamp = _as_text(at)
    plain = and_(plain_dob, _plain_stored(stamp), func.substr(stamp, 12, 2) != "23")
    return case((plain, _age_from_text(func.substr(stamp, 1, 10), born)), else_=func.cw_age(dob, at))


def count_by(session: Session, base, *keys) -> list[tuple]:
    """``(key..., count)`` rows of ``base`` (a ``select()`` with its FROM and WHERE) grouped by ``keys``.

    The keys are computed in a subquery and grouped by name outside it: PostgreSQL will not match a
    GROUP BY expression that carries bound parameters (a time zone name, an instant) with the same
    expression in the select list, because each occurrence is a new parameter.
    """
    inner = base.add_columns(*(key.label(f"k{i}") for i, key in enumerate(keys))).subquery()
    columns = [inner.c[f"k{i}"] for i in range(len(keys))]
    return [tuple(row) for row in session.execute(select(*columns, func.count()).group_by(*columns))]


def _instant(value: datetime) -> ColumnElement[datetime]:
    return literal(value, UTCDateTime())


def _month(key: str) -> date:
    year, month = key.split("-")
    return date(int(year), int(month), 1)


def _months_between(first: date, last: date) -> list[date]:
    months = []
    current = first
    while current <= last:
        months.append(current)
        current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return months


def _period_months(scope: Scope, found: Iterable[date]) -> list[date]:
    """Every month of the period (or, without a start, from the first month with data)."""
    found = sorted(found)
    if scope.start is not None:
        first = to_local(scope.start).date().replace(day=1)
    elif found:
        first = found[0]
    else:
        return []
    last_instant = (scope.end - timedelta(microseconds=1)) if scope.end is not None else scope.as_of
    last = to_local(last_instant).date().replace(day=1)
    if found:
        last = max(last, found[-1])
        first = min(first, found[0])
    return _months_between(first, last)


TREND_MONTHS = 12


def trend_scope(scope: Scope) -> Scope:
    """The scope of a monthly trend: the period, widened to the 12 months to its end for context."""
    if scope.start is None:
        return scope
    last_instant = (scope.end - timedelta(microseconds=1)) if scope.end is not None else scope.as_of
    first = to_local(last_instant).date().replace(day=1)
    for _month in range(TREND_MONTHS - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    return replace(scope, start=min(scope.start, local_to_utc(datetime.combine(first, time()))))


def months_before(scope: Scope, months: list[date]) -> int:
    """How many of ``months`` end before the period starts (shown only for context)."""
    if scope.start is None:
        return 0
    count = 0
    for month in months:
        following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        if local_to_utc(datetime.combine(following, time())) <= scope.start:
            count += 1
    return count


def age_band(age: int | None) -> str | None:
    if age is None:
        return None
    for low, high, label in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high):
            return label
    return None


# --- shared shapes -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    key: str
    label: str
    share: Share


@dataclass(frozen=True)
class Group:
    """A pathway's lines (stages, sources, outcomes); ``total`` is the pathway's share of the whole."""

    key: str
    label: str
    total: Share
    lines: list[Line]


def _groups(scope: Scope, pathways: PathwayRegistry, counts: dict[tuple[str, str], int],
            declared, label) -> tuple[Count, list[Group]]:
    """Pathway groups of lines; a pathway appears when it has anything to count."""
    grand = scope.count(sum(counts.values()))
    groups = []
    for pathway in pathways:
        mine = {k: v for (p, k), v in counts.items() if p == pathway.id}
        total = sum(mine.values())
        if not total:
            continue
        keys = list(declared(pathway))
        keys += sorted(k for k in mine if k not in keys)
        pathway_total = scope.count(total)
        lines = [Line(k, label(pathway, k), scope.share(mine.get(k, 0), pathway_total)) for k in keys]
        groups.append(Group(pathway.id, pathway.label, Share(pathway_total, grand), lines))
    unknown = {p for p, _ in counts if p not in pathways.ids()}
    for pathway_id in sorted(unknown):  # a pathway file since removed: still counted, by its id
        mine = {k: v for (p, k), v in counts.items() if p == pathway_id}
        pathway_total = scope.count(sum(mine.values()))
        lines = [Line(k, words.humanise(k), scope.share(v, pathway_total)) for k, v in sorted(mine.items())]
        groups.append(Group(pathway_id, pathway_id, Share(pathway_total, grand), lines))
    return grand, groups


def _stage_label(pathway: Pathway, stage: str) -> str:
    return pathway.stage_label(stage)


def _label_of(pathways: PathwayRegistry, pathway_id: str) -> str:
    return pathways.get(pathway_id).label if pathway_id in pathways.ids() else pathway_id


def _stage_of(pathways: PathwayRegistry, pathway_id: str, stage: str) -> str:
    if pathway_id in pathways.ids():
        return pathways.get(pathway_id).stage_label(stage)
    return _("Closed") if stage == CLOSED_STAGE else words.humanise(stage)


# --- caseload summary -------------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthCounts:
    month: date
    counts: dict[str, Count]
    """Pathway id -> referrals received that month."""
    total: Count


@dataclass(frozen=True)
class AgeBand:
    label: str
    new: Share
    """Referrals received in the period, by age on the day they were received."""
    open: Share
    """Open cases, by the young person's age today."""


@dataclass(frozen=True)
class WorkerRow:
    user_id: int | None
    name: str
    team: str | None
    open: Share
    new: Count
    closed: Count


@dataclass(frozen=True)
class CaseloadFigures:
    as_of: datetime
    open_total: Count
    new_total: Count
    closed_total: Count
    open_by_stage: list[Group]
    new_by_source: list[Group]
    closed_by_outcome: list[Group]
    age_bands: list[AgeBand]
    months: list[MonthCounts]
    month_pathways: list[tuple[str, str]]
    """(id, label) of the pathways in the monthly figures, in the registry's order."""
    months_total: MonthCounts
    """The monthly figures added up (its ``month`` is the first month's)."""
    months_before_period: int
    """Months shown before the period starts: a short period's trend covers the 12 months to its end."""
    worker_rows: list[WorkerRow]
    """Each worker's open cases (of all open cases), referrals received and cases closed in the period, by
    name (unassigned last); a worker with none of the three is left out."""
    open_imported: Count = Count(0)
    """Open cases imported from a spreadsheet whose clocks due before the import are not tracked."""

    @property
    def workers(self) -> int:
        """How many rows the per-worker table has."""
        return len(self.worker_rows)


OPEN, RECEIVED, CLOSED, IMPORTED = 1, 2, 4, 8


def caseload(session: Session, pathways: PathwayRegistry, scope: Scope) -> CaseloadFigures:
    """Every figure of the caseload summary from one scan of the referrals in scope.

    Each figure counts its own rows (open now; received in the period; closed in the period; received
    in the trend's months), so they were once a GROUP BY each, and each read every referral of the
    team again (at 120,000 referrals a scan is about 0.2 s). Here one GROUP BY over all the keys at
    once gives, for each combination, how many referrals have it: a key that does not apply to a row
    (its stage when it is closed, its source when it was received outside the period...) is NULL, so
    the combinations stay few (thousands, however many referrals), and each figure is the sum of the
    combinations that carry its key.
    """
    is_open = Referral.closed_at.is_(None)
    received = scope.within(Referral.received_at)
    closed = and_(Referral.closed_at.is_not(None), scope.within(Referral.closed_at))
    trend = trend_scope(scope)
    in_trend = trend.within(Referral.received_at)  # the period and the months before it the trend shows

    def when(condition, value) -> ColumnElement:
        return case((condition, value))  # NULL where the figure does not count the row

    # Which figures count the row, as bits. First, and an expression: SQLite then sorts the scanned rows
    # for the GROUP BY, where with the pathway first it would read the whole table in the order of
    # ix_referral_pathway_received to save that sort (a million lookups in index order, slower).
    flags = (case((is_open, OPEN), else_=0) + case((received, RECEIVED), else_=0) + case((closed, CLOSED), else_=0)
             + case((and_(is_open, Referral.sla_untracked_before.is_not(None)), IMPORTED), else_=0))
    keys = (flags, Referral.pathway, Referral.assigned_user_id,
            when(is_open, Referral.stage),
            when(received, Referral.source),
            when(closed, func.coalesce(Referral.outcome, "")),
            when(in_trend, local_month(session, Referral.received_at)),
            when(received, age_years(session, Person.date_of_birth, Referral.received_at)),
            when(is_open, age_years(session, Person.date_of_birth, scope.as_of)))
    base = (select().select_from(Referral).outerjoin(Person, Person.id == Referral.person_id)
            .where(*scope.referral_filter(), or_(is_open, closed, in_trend)))  # (received is within the trend)

    by_stage: Counter[tuple[str, str]] = Counter()
    by_source: Counter[tuple[str, str]] = Counter()
    by_outcome: Counter[tuple[str, str]] = Counter()
    by_month: dict[date, Counter[str]] = {}
    bands_new: Counter[str] = Counter()
    bands_open: Counter[str] = Counter()
    per_worker: dict[int | None, list[int]] = {}
    open_imported = 0
    for bits, pathway_id, user_id, stage, source, outcome, month, age_new, age_now, n in count_by(session, base, *keys):
        n = int(n)
        row_open, row_received, row_closed = bits & OPEN, bits & RECEIVED, bits & CLOSED
        if row_open:
            by_stage[pathway_id, stage] += n
            band = age_band(age_now)
            if band is not None:
                bands_open[band] += n
            open_imported += n if bits & IMPORTED else 0
        if row_received:
            by_source[pathway_id, source] += n
            band = age_band(age_new)
            if band is not None:
                bands_new[band] += n
        if row_closed:
            by_outcome[pathway_id, outcome] += n
        if month is not None:
            by_month.setdefault(_month(month), Counter())[pathway_id] += n
        if row_open or row_received or row_closed:
            counts = per_worker.setdefault(user_id, [0, 0, 0])
            counts[0] += n if row_open else 0
            counts[1] += n if row_received else 0
            counts[2] += n if row_closed else 0

    open_total, open_groups = _groups(scope, pathways, by_stage, lambda p: [s.id for s in p.stages], _stage_label)
    new_total, new_groups = _groups(scope, pathways, by_source, lambda p: p.sources, lambda p, k: words.source(k))
    closed_total, closed_groups = _groups(scope, pathways, by_outcome, lambda p: p.outcomes,
                                          lambda p, k: words.code(k) or _("Not recorded"))

    present = {p for counts in by_month.values() for p in counts}
    month_pathways = [(p.id, p.label) for p in pathways if p.id in present]
    month_pathways += [(p, p) for p in sorted(present) if p not in pathways.ids()]
    months = []
    for m in _period_months(trend, by_month):
        counts = by_month.get(m, Counter())
        months.append(MonthCounts(m, {p: scope.count(counts.get(p, 0)) for p, _ in month_pathways},
                                  scope.count(sum(counts.values()))))
    months_total = MonthCounts(
        months[0].month if months else date.min,
        {p: scope.count(sum(by_month[m].get(p, 0) for m in by_month)) for p, _ in month_pathways},
        scope.count(sum(sum(c.values()) for c in by_month.values())))

    age_bands = [AgeBand(label, scope.share(bands_new.get(label, 0), new_total),
                         scope.share(bands_open.get(label, 0), open_total)) for _, _, label in AGE_BANDS]
    return CaseloadFigures(scope.as_of, open_total, new_total, closed_total, open_groups, new_groups,
                           closed_groups, age_bands, months, month_pathways, months_total,
                           months_before(scope, [m.month for m in months]),
                           _worker_rows(session, scope, per_worker, open_total), scope.count(open_imported))


def _worker_rows(session: Session, scope: Scope, per_worker: dict[int | None, list[int]],
                 open_total: Count) -> list[WorkerRow]:
    """The per-worker table's rows, ordered by the database by name (as it collates), then id; unassigned last."""
    ids = sorted(user_id for user_id in per_worker if user_id is not None)
    named = session.execute(select(User.id, User.display_name, Team.name)
                            .outerjoin(Team, Team.id == User.team_id)
                            .where(User.id.in_(ids))
                            .order_by(User.display_name, User.id)).all() if ids else []
    named = [tuple(row) for row in named]
    if None in per_worker:
        named.append((None, None, None))
    rows = []
    for user_id, name, team in named:
        n_open, n_new, n_closed = per_worker[user_id]
        rows.append(WorkerRow(user_id, name or _(UNASSIGNED), team if user_id is not None else None,
                              scope.share(n_open, open_total), scope.count(n_new), scope.count(n_closed)))
    return rows


@dataclass(frozen=True)
class CaseRow:
    worker: str
    referral_id: int
    person_name: str
    age: int
    pathway_label: str
    stage_label: str
    received_at: datetime
    next_due_at: datetime | None


def open_case_rows(session: Session, pathways: PathwayRegistry, scope: Scope) -> Iterator[CaseRow]:
    """Every open case, worker by worker (unassigned last), oldest referral first."""
    today = to_local(scope.as_of).date()
    query = (select(Referral.id, Referral.pathway, Referral.stage, Referral.received_at, Referral.next_due_at,
                    Person.given_name, Person.family_name, Person.date_of_birth, User.display_name)
             .join(Person, Person.id == Referral.person_id)
             .outerjoin(User, User.id == Referral.assigned_user_id)
             .where(*scope.referral_filter(), Referral.closed_at.is_(None))
             .order_by(User.display_name.is_(None), User.display_name, Referral.assigned_user_id,
                       Referral.received_at, Referral.id)
             .execution_options(yield_per=CHUNK))
    unassigned = _(UNASSIGNED)
    labels: dict[tuple[str, str], tuple[str, str]] = {}  # (pathway, stage) -> their labels, looked up once
    for r in session.execute(query):
        label = labels.get((r.pathway, r.stage))
        if label is None:
            label = labels[r.pathway, r.stage] = (_label_of(pathways, r.pathway), _stage_of(pathways, r.pathway, r.stage))
        yield CaseRow(r.display_name or unassigned, r.id, f"{r.given_name} {r.family_name}",
                      age_on(r.date_of_birth, today), label[0], label[1], r.received_at, r.next_due_at)


# --- SLA compliance --------------------------------------------------------------------------------

OUTCOME_CLASSES = ("on_time", "late", "breached", "running")


def timer_class(as_of: datetime) -> ColumnElement[str | None]:
    """The report's outcome of a cached timer row as of an instant (None: not counted)."""
    live = SlaTimer.state.in_(("running", "warning"))
    return case(
        (SlaTimer.state == TimerState.MET.value, "on_time"),
        (SlaTimer.state == TimerState.MET_LATE.value, "late"),
        (SlaTimer.state == TimerState.BREACHED.value, "breached"),
        (and_(live, SlaTimer.due_at < _instant(as_of)), "breached"),
        (live, "running"),
        (SlaTimer.state == TimerState.PAUSED.value, "running"),
        else_=None,
    )


@dataclass(frozen=True)
class Outcomes:
    on_time: Share
    late: Share
    breached: Share
    running: Share
    total: Count


def _outcomes(scope: Scope, counts: dict[str, int]) -> Outcomes:
    total = scope.count(sum(counts.get(c, 0) for c in OUTCOME_CLASSES))
    return Outcomes(*(scope.share(counts.get(c, 0), total) for c in OUTCOME_CLASSES), total)


@dataclass(frozen=True)
class RuleOutcomes:
    pathway: str
    pathway_label: str
    rule_id: str
    rule_label: str
    outcomes: Outcomes


@dataclass(frozen=True)
class SlaMonth:
    month: date
    outcomes: Outcomes
    on_time_by_pathway: dict[str, Share]


@dataclass(frozen=True)
class SlaFigures:
    as_of: datetime
    rules: list[RuleOutcomes]
    overall: Outcomes
    months: list[SlaMonth]
    month_pathways: list[tuple[str, str]]
    months_overall: Outcomes
    months_before_period: int
    """Months shown before the period starts: a short period's trend covers the 12 months to its end."""
    breaches: Count
    by_review_state: list[Line]
    by_reason: list[Line]
    not_tracked: Count = Count(0)
    """Timers due in the period whose deadline had passed before their referral was imported: not
    tracked, so in none of the figures above; counted here."""
    not_tracked_by_rule: list[tuple[str, Count]] = field(default_factory=list)
    """(pathway: rule, count) of those timers."""


def sla(session: Session, pathways: PathwayRegistry, scope: Scope) -> SlaFigures:
    """Per rule: timers due in the period met on time, met late, breached and still running."""
    kind = timer_class(scope.as_of)
    base = (select().select_from(SlaTimer).join(Referral, Referral.id == SlaTimer.referral_id)
            .where(*scope.referral_filter(), SlaTimer.due_at.is_not(None), scope.within(SlaTimer.due_at),
                   kind.is_not(None)))
    per_rule: dict[tuple[str, str], dict[str, int]] = {}
    for pathway_id, rule_id, klass, n in count_by(session, base, Referral.pathway, SlaTimer.rule_id, kind):
        per_rule.setdefault((pathway_id, rule_id), {})[klass] = int(n)

    rules: list[RuleOutcomes] = []
    overall: dict[str, int] = {}
    seen_pathways = {p for p, _ in per_rule}
    ordered = [p for p in pathways if p.id in seen_pathways]
    for pathway in ordered:
        declared = [r.id for r in pathway.sla_rules]
        extra = sorted(r for p, r in per_rule if p == pathway.id and r not in declared)
        for rule_id in declared + extra:
            counts = per_rule.get((pathway.id, rule_id), {})
            rule = pathway.sla_rule(rule_id)
            rules.append(RuleOutcomes(pathway.id, pathway.label, rule_id, rule.label if rule else rule_id,
                                      _outcomes(scope, counts)))
    for pathway_id in sorted(seen_pathways - set(pathways.ids())):
        for (p, rule_id), counts in sorted(per_rule.items()):
            if p == pathway_id:
                rules.append(RuleOutcomes(p, p, rule_id, rule_id, _outcomes(scope, counts)))
    for counts in per_rule.values():
        for klass, n in counts.items():
            overall[klass] = overall.get(klass, 0) + n

    trend = trend_scope(scope)
    month = local_month(session, SlaTimer.due_at)
    by_month: dict[date, dict[str, dict[str, int]]] = {}
    trend_base = (select().select_from(SlaTimer).join(Referral, Referral.id == SlaTimer.referral_id)
                  .where(*scope.referral_filter(), SlaTimer.due_at.is_not(None), trend.within(SlaTimer.due_at),
                         kind.is_not(None)))
    for key, pathway_id, klass, n in count_by(session, trend_base, month, Referral.pathway, kind):
        by_month.setdefault(_month(key), {}).setdefault(pathway_id, {})[klass] = int(n)
    trend_pathways = {p for counts in by_month.values() for p in counts}
    month_pathways = [(p.id, p.label) for p in pathways if p.id in trend_pathways]
    month_pathways += [(p, p) for p in sorted(trend_pathways - set(pathways.ids()))]
    months = []
    all_months: dict[str, int] = {}
    for m in _period_months(trend, by_month):
        per_pathway = by_month.get(m, {})
        combined: dict[str, int] = {}
        for counts in per_pathway.values():
            for klass, n in counts.items():
                combined[klass] = combined.get(klass, 0) + n
        on_time = {p: _outcomes(scope, per_pathway.get(p, {})).on_time for p, _ in month_pathways}
        months.append(SlaMonth(m, _outcomes(scope, combined), on_time))
        for klass, n in combined.items():
            all_months[klass] = all_months.get(klass, 0) + n

    breach_base = _breach_base(scope)
    states = dict(count_by(session, breach_base, Breach.review_state))
    reasons = {k or "": n for k, n in count_by(session, breach_base, Breach.reason_category)}
    total = scope.count(sum(states.values()))
    by_state = [Line(s, words.review_state(s), scope.share(states.get(s, 0), total))
                for s in list(REVIEW_STATES) + sorted(set(states) - set(REVIEW_STATES))]
    reason_keys = [r for r in BREACH_REASONS] + sorted(set(reasons) - set(BREACH_REASONS) - {""}) + [""]
    by_reason = [Line(r, words.breach_reason(r), scope.share(reasons.get(r, 0), total)) for r in reason_keys]
    untracked = (select().select_from(SlaTimer).join(Referral, Referral.id == SlaTimer.referral_id)
                 .where(*scope.referral_filter(), SlaTimer.due_at.is_not(None), scope.within(SlaTimer.due_at),
                        SlaTimer.state == TimerState.NOT_TRACKED.value))
    untracked_rules = []
    for pathway_id, rule_id, n in count_by(session, untracked, Referral.pathway, SlaTimer.rule_id):
        rule = pathways.get(pathway_id).sla_rule(rule_id) if pathway_id in pathways.ids() else None
        untracked_rules.append((f"{_label_of(pathways, pathway_id)}: {rule.label if rule else rule_id}", int(n)))
    untracked_rules.sort()
    return SlaFigures(scope.as_of, rules, _outcomes(scope, overall), months, month_pathways,
                      _outcomes(scope, all_months), months_before(scope, [m.month for m in months]), total,
                      by_state, by_reason, scope.count(sum(n for _, n in untracked_rules)),
                      [(label, scope.count(n)) for label, n in untracked_rules])


def _breach_base(scope: Scope):
    return (select().select_from(Breach).join(Referral, Referral.id == Breach.referral_id)
            .where(Breach.rescinded_at.is_(None), *_breach_filter(scope), scope.within(Breach.due_at)))


def _breach_filter(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.team_id is not None:
        conditions.append(Breach.team_id == scope.team_id)
    if scope.worker_id is not None:
        conditions.append(Referral.assigned_user_id == scope.worker_id)
    return conditions


@dataclass(frozen=True)
class BreachRow:
    breach_id: int
    referral_id: int
    due_at: datetime
    person_name: str
    pathway_label: str
    rule_label: str
    worker: str
    reason_category: str | None
    reason_text: str | None
    review_state: str


def breach_rows(session: Session, pathways: PathwayRegistry, scope: Scope) -> Iterator[BreachRow]:
    """Every breach due in the period (withdrawn ones left out), oldest due first."""
    query = (_breach_base(scope)
             .add_columns(Breach.id, Breach.referral_id, Breach.due_at, Breach.pathway, Breach.rule_id,
                          Breach.reason_category, Breach.reason_text, Breach.review_state,
                          Person.given_name, Person.family_name, User.display_name)
             .join(Person, Person.id == Referral.person_id)
             .outerjoin(User, User.id == Referral.assigned_user_id)
             .order_by(Breach.due_at, Breach.id)
             .execution_options(yield_per=CHUNK))
    for r in session.execute(query):
        rule = pathways.get(r.pathway).sla_rule(r.rule_id) if r.pathway in pathways.ids() else None
        yield BreachRow(r.id, r.referral_id, r.due_at, f"{r.given_name} {r.family_name}",
                        _label_of(pathways, r.pathway), rule.label if rule else r.rule_id,
                        r.display_name or _(UNASSIGNED), r.reason_category, r.reason_text, r.review_state)


# --- multi-agency meeting ---------------------------------------------------------------------------

def state_as_of(state: str, due_at: datetime | None, warn_times: list[str] | None, as_of: datetime) -> str:
    """A cached timer's state at an instant (the rule of ``casework.services.sla.list_timers``)."""
    if state not in ("running", "warning"):
        return state
    if due_at is not None and as_of > due_at:
        return TimerState.BREACHED.value
    warn = [datetime.fromisoformat(w) for w in warn_times or []]
    return TimerState.WARNING.value if warn and as_of >= warn[0] else TimerState.RUNNING.value


@dataclass(frozen=True)
class TimerLine:
    rule_id: str
    rule_label: str
    state: str
    due_at: datetime | None
    stopped_at: datetime | None

    @property
    def text(self) -> str:
        if self.state == "met":
            return _("{rule}: met on time").format(rule=self.rule_label)
        if self.state == "met_late":
            return _("{rule}: met late").format(rule=self.rule_label)
        if self.state == "breached":
            if self.due_at is not None:
                return _("{rule}: breached (was due {when})").format(rule=self.rule_label,
                                                                     when=local_time_text(self.due_at))
            return _("{rule}: breached").format(rule=self.rule_label)
        if self.state in ("running", "warning"):
            soon = _(" (due soon)") if self.state == "warning" else ""
            return _("{rule}: due {when}").format(rule=self.rule_label, when=local_time_text(self.due_at)) + soon
        return f"{self.rule_label}: {words.timer_state(self.state).lower()}"


@dataclass(frozen=True)
class MeetingRow:
    referral_id: int
    seen_at: datetime
    person_name: str
    date_of_birth: date
    age: int
    home_local_authority: str | None
    out_of_area: bool
    worker: str
    stage_label: str
    closed_at: datetime | None
    outcome: str | None
    timers: list[TimerLine]
    next_action: str


@dataclass(frozen=True)
class MeetingSummary:
    seen: Count
    still_open: Share
    out_of_area: Share
    not_seen: Count
    """Referrals whose only custody visits in the period were recorded as 'not seen' (not listed)."""


def custody_pathways(pathways: PathwayRegistry) -> list[Pathway]:
    return [p for p in pathways if "custody" in p.sources and p.event_kind(SEEN_IN_CUSTODY) is not None]


def _visit_outcome():
    return Event.details["outcome_of_visit"].as_string()


def _seen(scope: Scope, *, seen: bool):
    outcome = _visit_outcome()
    was_seen = or_(outcome.is_(None), outcome != "not_seen")
    return (select(Event.referral_id.label("referral_id"), func.min(Event.occurred_at).label("seen_at"))
            .where(Event.kind == SEEN_IN_CUSTODY, Event.voided_at.is_(None), scope.within(Event.occurred_at),
                   was_seen if seen else ~was_seen)
            .group_by(Event.referral_id).subquery())


def _out_of_area(custody: list[Pathway]) -> ColumnElement[bool]:
    parts = []
    for pathway in custody:
        area = [a.lower() for a in pathway.service_area]
        if area:
            parts.append(and_(Referral.pathway == pathway.id, Person.home_local_authority.is_not(None),
                              func.lower(Person.home_local_authority).not_in(area)))
    return or_(*parts) if parts else literal(False)


def meeting_summary(session: Session, pathways: PathwayRegistry, scope: Scope) -> MeetingSummary:
    custody = custody_pathways(pathways)
    ids = [p.id for p in custody]
    seen = _seen(scope, seen=True)
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(case((Referral.closed_at.is_(None), 1), else_=0)), 0),
               func.coalesce(func.sum(case((_out_of_area(custody), 1), else_=0)), 0))
        .select_from(seen).join(Referral, Referral.id == seen.c.referral_id)
        .join(Person, Person.id == Referral.person_id)
        .where(Referral.pathway.in_(ids), *scope.referral_filter())).one()
    missed = _seen(scope, seen=False)
    not_seen = session.scalar(
        select(func.count()).select_from(missed).join(Referral, Referral.id == missed.c.referral_id)
        .where(Referral.pathway.in_(ids), *scope.referral_filter(), missed.c.referral_id.not_in(select(seen.c.referral_id))))
    total = scope.count(row[0])
    return MeetingSummary(total, scope.share(row[1], total), scope.share(row[2], total), scope.count(not_seen or 0))


def _next_action(pathway: Pathway | None, closed_at: datetime | None, outcome: str | None,
                 timers: list[TimerLine]) -> str:
    if closed_at is not None:
        return _("Closed {when}: {outcome}").format(when=local_time_text(closed_at),
                                                    outcome=words.code(outcome) or _("no outcome recorded"))
    overdue = sorted((t for t in timers if t.state == "breached" and t.stopped_at is None and t.due_at),
                     key=lambda t: t.due_at)  # type: ignore[arg-type, return-value]
    if overdue:
        first = overdue[0]
        return _("Overdue: {rule} (was due {when})").format(rule=first.rule_label, when=local_time_text(first.due_at))
    live = sorted((t for t in timers if t.state in ("running", "warning") and t.due_at),
                  key=lambda t: t.due_at)  # type: ignore[arg-type, return-value]
    if live:
        return _("{rule} by {when}").format(rule=live[0].rule_label, when=local_time_text(live[0].due_at))
    waiting = [t for t in timers if t.state == "not_started"]
    if waiting and pathway is not None:
        rule = pathway.sla_rule(waiting[0].rule_id)
        if rule is not None:
            start = pathway.event_kind(rule.start.kind)
            label = start.label if start else words.humanise(rule.start.kind)
            return _("{rule} once '{event}' is recorded").format(rule=rule.label, event=label.lower())
    return _("Agree the next step")


def meeting_rows(session: Session, pathways: PathwayRegistry, scope: Scope) -> Iterator[MeetingRow]:
    """Every young person seen in custody in the period, first seen first, with their timers."""
    custody = {p.id: p for p in custody_pathways(pathways)}
    seen = _seen(scope, seen=True)
    query = (select(seen.c.referral_id, seen.c.seen_at, Referral.pathway, Referral.stage, Referral.closed_at,
                    Referral.outcome, Person.given_name, Person.family_name, Person.date_of_birth,
                    Person.home_local_authority, User.display_name, _out_of_area(list(custody.values())).label("away"))
             .select_from(seen).join(Referral, Referral.id == seen.c.referral_id)
             .join(Person, Person.id == Referral.person_id)
             .outerjoin(User, User.id == Referral.assigned_user_id)
             .where(Referral.pathway.in_(list(custody)), *scope.referral_filter())
             .order_by(seen.c.seen_at, seen.c.referral_id)
             .execution_options(yield_per=CHUNK))
    batch: list = []
    for row in session.execute(query):
        batch.append(row)
        if len(batch) >= CHUNK:
            yield from _meeting_batch(session, custody, scope, batch)
            batch = []
    if batch:
        yield from _meeting_batch(session, custody, scope, batch)


def _meeting_batch(session: Session, custody: dict[str, Pathway], scope: Scope, batch: list) -> Iterator[MeetingRow]:
    timers: dict[int, list] = {}
    for t in session.execute(select(SlaTimer.referral_id, SlaTimer.rule_id, SlaTimer.state, SlaTimer.due_at,
                                    SlaTimer.stopped_at, SlaTimer.warn_times)
                             .where(SlaTimer.referral_id.in_([r.referral_id for r in batch]))
                             .order_by(SlaTimer.referral_id, SlaTimer.id)):
        timers.setdefault(t.referral_id, []).append(t)
    for r in batch:
        pathway = custody.get(r.pathway)
        order = [rule.id for rule in pathway.sla_rules] if pathway else []
        lines = []
        for t in sorted(timers.get(r.referral_id, []), key=lambda t: order.index(t.rule_id) if t.rule_id in order else 99):
            if t.state == TimerState.NOT_APPLICABLE.value:
                continue
            rule = pathway.sla_rule(t.rule_id) if pathway else None
            lines.append(TimerLine(t.rule_id, rule.label if rule else t.rule_id,
                                   state_as_of(t.state, t.due_at, t.warn_times, scope.as_of), t.due_at, t.stopped_at))
        yield MeetingRow(
            referral_id=r.referral_id, seen_at=r.seen_at, person_name=f"{r.given_name} {r.family_name}",
            date_of_birth=r.date_of_birth, age=age_on(r.date_of_birth, to_local(r.seen_at).date()),
            home_local_authority=r.home_local_authority, out_of_area=bool(r.away),
            worker=r.display_name or _(UNASSIGNED),
            stage_label=pathway.stage_label(r.stage) if pathway else r.stage, closed_at=r.closed_at,
            outcome=r.outcome, timers=lines, next_action=_next_action(pathway, r.closed_at, r.outcome, lines))


# --- case file ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventLine:
    id: int
    kind: str
    label: str
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    details: list[tuple[str, str]]
    note: str | None
    voided_at: datetime | None
    void_reason: str | None
    corrects_event_id: int | None

    @property
    def details_text(self) -> str:
        return "; ".join(f"{label}: {value}" for label, value in self.details if value)


@dataclass(frozen=True)
class CaseTimer:
    rule_label: str
    description: str
    state: str
    started_at: datetime | None
    due_at: datetime | None
    stopped_at: datetime | None
    outcome: str
    """The timer's outcome in words, with how early, late or overdue."""


@dataclass(frozen=True)
class ContactLine:
    name: str
    relationship: str
    phone: str | None
    is_parent_carer: bool


@dataclass(frozen=True)
class CaseFile:
    referral_id: int
    pathway: str
    pathway_label: str
    source: str
    stage_label: str
    received_at: datetime
    closed_at: datetime | None
    outcome: str | None
    site: str | None
    team: str | None
    team_id: int | None
    worker: str | None
    person_name: str
    date_of_birth: date
    age_at_referral: int
    age_today: int
    gender: str | None
    home_local_authority: str | None
    postcode: str | None
    pnc_id: str | None
    nhs_number: str | None
    contacts: list[ContactLine]
    events: list[EventLine]
    timers: list[CaseTimer]
    interventions: list[EventLine]
    sessions_attended: Count
    sessions_recorded: Count


_REASONS = {
    "in_service_area": N_("lives inside the service area"),
    "home_area_unknown": N_("home local authority not recorded"),
    "closed_before_start": N_("closed before the clock started"),
    "closed_before_stop": N_("closed before it was due"),
    "waiting_for_start": N_("the clock has not started"),
    "imported_overdue": N_("its due time had passed before the referral was imported"),
}


def _timer_outcome(timer) -> str:
    state = timer.state
    remaining = timer.remaining
    if state is TimerState.MET:
        return _("Met on time, {span} to spare").format(span=describe_duration(remaining))
    if state is TimerState.MET_LATE:
        return _("Met late, {span} after the due time").format(span=describe_duration(remaining))
    if state is TimerState.BREACHED:
        if timer.closed_at is not None:
            return _("Breached: closed {span} after the due time").format(span=describe_duration(remaining))
        return _("Breached: overdue by {span}").format(span=describe_duration(remaining))
    if state in (TimerState.RUNNING, TimerState.WARNING):
        return _("Running: {span} left").format(span=describe_duration(remaining))
    if state is TimerState.PAUSED:
        return _("Paused: {span} left when resumed").format(span=describe_duration(remaining))
    reason = _REASONS.get(timer.reason)
    why = _(reason) if reason else words.humanise(timer.reason)
    return f"{words.timer_state(state.value)}: {why}"


def case_file(session: Session, pathways: PathwayRegistry, referral_id: int, as_of: datetime) -> CaseFile | None:
    referral = session.get(Referral, referral_id)
    if referral is None:
        return None
    pathway = pathways.get(referral.pathway)
    person = session.get(Person, referral.person_id)
    assert person is not None
    contacts = [ContactLine(c.name, c.relation, c.phone, c.is_parent_carer)
                for c in session.scalars(select(Contact).where(Contact.person_id == person.id).order_by(Contact.id))]
    site = session.get(Site, referral.site_id) if referral.site_id else None
    team = session.get(Team, referral.team_id) if referral.team_id else None
    worker = session.get(User, referral.assigned_user_id) if referral.assigned_user_id else None
    recorder = aliased(User)
    events = []
    rows = session.execute(select(Event, recorder.display_name).join(recorder, recorder.id == Event.recorded_by_id)
                           .where(Event.referral_id == referral_id).order_by(Event.occurred_at, Event.id)).all()
    named = {str(v) for e, _ in rows if e.kind == "assigned" for v in (e.details or {}).values()}
    staff = dict(session.execute(select(User.username, User.display_name).where(User.username.in_(named)))
                 .all()) if named else {}
    for e, by in rows:
        kind = pathway.event_kind(e.kind)
        details = []
        values = dict(e.details or {})
        if e.kind == "stage_moved" and "to_stage" in values:
            moved = f"{pathway.stage_label(str(values.get('from_stage', '')))} → {pathway.stage_label(str(values['to_stage']))}"
            details.append((_("Moved"), moved))
            values = {}
        for name, value in values.items():
            spec = kind.field(name) if kind else None
            if e.kind == "assigned":
                value = staff.get(str(value), value)
            choice = (spec is not None and spec.type in ("choice", "multi")) or (e.kind, name) == ("closed", "outcome")
            details.append((spec.label if spec else words.humanise(name), words.detail_value(value, choice)))
        events.append(EventLine(e.id, e.kind, kind.label if kind else words.humanise(e.kind), e.occurred_at,
                                e.recorded_at, by, details, e.note, e.voided_at, e.void_reason, e.corrects_event_id))
    facts, nation, facts_events = cache.load_facts(session, pathway, referral)
    timers = [CaseTimer(t.rule.label, t.rule.description, t.state.value, t.started_at, t.due_at, t.stopped_at,
                        _timer_outcome(t))
              for t in cache.compute_all(pathway, facts, nation, facts_events, as_of)]
    interventions = [e for e in events if e.kind in INTERVENTION_KINDS and e.voided_at is None]
    attended = sum(1 for e in interventions if e.kind == "session_attended")
    recorded = sum(1 for e in interventions if e.kind in ("session_attended", "session_missed"))
    received_day = to_local(referral.received_at).date()
    return CaseFile(
        referral_id=referral.id, pathway=pathway.id, pathway_label=pathway.label, source=words.source(referral.source),
        stage_label=pathway.stage_label(referral.stage), received_at=referral.received_at,
        closed_at=referral.closed_at, outcome=referral.outcome, site=site.name if site else None,
        team=team.name if team else None, team_id=referral.team_id,
        worker=worker.display_name if worker else None, person_name=f"{person.given_name} {person.family_name}",
        date_of_birth=person.date_of_birth, age_at_referral=age_on(person.date_of_birth, received_day),
        age_today=age_on(person.date_of_birth, to_local(as_of).date()), gender=person.gender,
        home_local_authority=person.home_local_authority, postcode=person.postcode, pnc_id=person.pnc_id,
        nhs_number=person.nhs_number, contacts=contacts, events=events, timers=timers, interventions=interventions,
        sessions_attended=Count(attended), sessions_recorded=Count(recorded),
    )
