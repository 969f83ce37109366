"""The team board: workload per worker and the team's live timers, for team leads and managers.

``workload`` is the same three small queries whatever the size of the team: the team itself, its
workers, and one aggregate (open referrals, timers by state as of an instant, breaches waiting for
a reason or a review) grouped by assigned worker; no query per worker. Timer states are worked out in SQL from the ``sla_timer`` cache
the same way :func:`casework.services.sla.list_timers` derives them row by row, so the counts and
the live list always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, cast, func, literal, null, or_, select, union_all

from ..errors import ValidationError
from ..store.models import LIVE_TIMER_STATES, Breach, Referral, Role, SlaTimer, Team, User
from ..store.types import UTCDateTime
from ..timeutil import require_aware
from . import sla
from . import access
from .actor import Actor
from .context import Context
from .directory import find_team
from .views import JsonView, UserView
from ..i18n import _, L_

BOARD_ROLES = (Role.TEAM_LEAD, Role.MANAGER)
ASSIGNABLE_ROLES = (Role.CASEWORKER, Role.TEAM_LEAD)
LIVE_TIMER_VIEW_STATES = ["running", "warning", "breached", "paused"]
# Breaches the worker has to answer: no reason yet, or a reason the team lead challenged.
NEEDS_REASON = ("awaiting_reason", "challenged")


@dataclass(frozen=True)
class WorkerLoad(JsonView):
    """One row of the board. ``username`` is None for the team's unassigned referrals."""

    username: str | None
    display_name: str
    role: str | None
    in_team: bool
    open_referrals: int
    breached: int
    warning: int
    running: int
    awaiting_reason: int
    awaiting_review: int
    next_due_at: datetime | None


@dataclass(frozen=True)
class TeamTimer(JsonView):
    """A live timer with the version of its referral, for a reassignment that detects conflicts."""

    timer: sla.TimerView
    referral_version: int


def _board_team(ctx: Context, s, actor: Actor, team: str | None) -> Team:
    """The team a board is for: a team lead's own; any named team for a manager."""
    access.require(ctx, actor, "read_cases")
    if actor.role not in BOARD_ROLES:
        raise access.refuse(ctx, actor, "team_board", L_("the team board is for team leads and managers"))
    if team:
        found = find_team(s, team)
        if actor.role is Role.TEAM_LEAD and found.id != actor.team_id:
            raise access.refuse(ctx, actor, "team_board", L_("a team lead sees the board of their own team"),
                                entity_type="team", entity_id=found.id)
        return found
    if actor.team_id is None:
        raise ValidationError("team", "required", _("choose a team"))
    own = s.get(Team, actor.team_id)
    assert own is not None
    return own


def _timer_class(now: datetime):
    """'breached', 'warning', 'running' (or NULL) for a cached timer row as of ``now``."""
    live = SlaTimer.state.in_(LIVE_TIMER_STATES)
    warned = or_(SlaTimer.state == "warning",
                 # A running row's next check is its first warning time while one lies ahead.
                 and_(SlaTimer.next_check_at <= now, SlaTimer.next_check_at < SlaTimer.due_at))
    return case(
        (SlaTimer.state == "breached", "breached"),
        (and_(live, SlaTimer.due_at < now), "breached"),
        (and_(live, warned), "warning"),
        (live, "running"),
        else_=None,
    )


def _count(condition) -> object:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def workload(ctx: Context, actor: Actor, team: str | None = None, *,
             as_of: datetime | None = None) -> list[WorkerLoad]:
    """Per worker of the team (and a row for unassigned work): open referrals, timers, breaches."""
    now = ctx.clock.now() if as_of is None else require_aware(as_of, "as_of")
    with ctx.read() as s:
        board = _board_team(ctx, s, actor, team)
        members = s.execute(
            select(User.id, User.username, User.display_name, User.role)
            .where(User.team_id == board.id, User.active.is_(True), User.role.in_(ASSIGNABLE_ROLES))
            .order_by(User.display_name, User.username)
        ).all()

        open_here = and_(Referral.team_id == board.id, Referral.closed_at.is_(None))
        kind = _timer_class(now)
        zero = literal(0)
        no_time = cast(null(), UTCDateTime())
        referrals_part = (
            select(Referral.assigned_user_id.label("uid"), func.count(Referral.id).label("refs"),
                   func.min(Referral.next_due_at).label("next_due"),
                   zero.label("breached"), zero.label("warning"), zero.label("running"),
                   zero.label("needs_reason"), zero.label("needs_review"))
            .where(open_here).group_by(Referral.assigned_user_id)
        )
        timers_part = (
            select(Referral.assigned_user_id.label("uid"), zero.label("refs"), no_time.label("next_due"),
                   _count(kind == "breached").label("breached"), _count(kind == "warning").label("warning"),
                   _count(kind == "running").label("running"), zero.label("needs_reason"),
                   zero.label("needs_review"))
            .select_from(SlaTimer).join(Referral, Referral.id == SlaTimer.referral_id)
            .where(open_here).group_by(Referral.assigned_user_id)
        )
        breaches_part = (
            select(Referral.assigned_user_id.label("uid"), zero.label("refs"), no_time.label("next_due"),
                   zero.label("breached"), zero.label("warning"), zero.label("running"),
                   _count(Breach.review_state.in_(NEEDS_REASON)).label("needs_reason"),
                   _count(Breach.review_state == "awaiting_review").label("needs_review"))
            .select_from(Breach).join(Referral, Referral.id == Breach.referral_id)
            .where(Breach.team_id == board.id, Breach.rescinded_at.is_(None))
            .group_by(Referral.assigned_user_id)
        )
        parts = union_all(referrals_part, timers_part, breaches_part).subquery()
        totals = s.execute(
            select(parts.c.uid, User.username, User.display_name, User.role, User.team_id,
                   func.sum(parts.c.refs).label("refs"), func.min(parts.c.next_due).label("next_due"),
                   func.sum(parts.c.breached).label("breached"), func.sum(parts.c.warning).label("warning"),
                   func.sum(parts.c.running).label("running"),
                   func.sum(parts.c.needs_reason).label("needs_reason"),
                   func.sum(parts.c.needs_review).label("needs_review"))
            .outerjoin(User, User.id == parts.c.uid)
            .group_by(parts.c.uid, User.username, User.display_name, User.role, User.team_id)
        ).all()

    by_user = {row.uid: row for row in totals}

    def load(uid, username, display, role, in_team) -> WorkerLoad:
        row = by_user.get(uid)
        if row is None:
            return WorkerLoad(username, display, role.value if role is not None else None, in_team,
                              0, 0, 0, 0, 0, 0, None)
        return WorkerLoad(username, display, role.value if role is not None else None, in_team,
                          int(row.refs or 0), int(row.breached or 0), int(row.warning or 0), int(row.running or 0),
                          int(row.needs_reason or 0), int(row.needs_review or 0), row.next_due)

    result = [load(m.id, m.username, m.display_name, m.role, True) for m in members]
    member_ids = {m.id for m in members}
    # Work still held by someone who has left the team (or is inactive) stays visible, so it can be moved.
    others = [r for u, r in by_user.items() if u is not None and u not in member_ids]
    for row in sorted(others, key=lambda r: (r.display_name or "", r.username or "")):
        result.append(load(row.uid, row.username, row.display_name, row.role, row.team_id == board.id))
    if None in by_user:
        result.append(load(None, None, "Unassigned", None, True))
    return result


def live_timers(ctx: Context, actor: Actor, team: str | None = None, *,
                as_of: datetime | None = None) -> list[TeamTimer]:
    """The team's timers that still matter (running, warning, breached, paused), soonest due first."""
    with ctx.read() as s:
        board = _board_team(ctx, s, actor, team)
    timers = sla.list_timers(ctx, actor, as_of=as_of, team=board.name)
    wanted = [t for t in timers if t.state in LIVE_TIMER_VIEW_STATES]
    ids = sorted({t.referral_id for t in wanted})
    versions: dict[int, int] = {}
    with ctx.read() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = s.execute(select(Referral.id, Referral.version).where(Referral.id.in_(chunk))).all()
            versions.update((referral_id, version) for referral_id, version in rows)
    return [TeamTimer(t, versions[t.referral_id]) for t in wanted if t.referral_id in versions]


def assignable_workers(ctx: Context, actor: Actor, team: str | None = None) -> list[UserView]:
    """Who the team's referrals can be given to: its active caseworkers and team leads."""
    with ctx.read() as s:
        board = _board_team(ctx, s, actor, team)
        users = s.scalars(select(User).where(User.team_id == board.id, User.active.is_(True),
                                             User.role.in_(ASSIGNABLE_ROLES))
                          .order_by(User.display_name, User.username)).all()
        return [UserView(u.id, u.username, u.display_name, u.role.value, board.name, u.active, u.is_admin)
                for u in users]
