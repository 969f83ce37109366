"""Who may see and change which case records: the scope rules, in one place.

The rules (issue 7):

============  =====================================================  ==========================================
role          reads (referrals, their people, events, timers,       changes
              alerts, breaches)
============  =====================================================  ==========================================
caseworker    their team's referrals, and any assigned to them      only the referrals assigned to them
team lead     their team's referrals, and any assigned to them      the same referrals
manager       every referral; runs reports                          nothing (reviews breaches, as before)
admin only    nothing (users, teams, sites, settings instead)       nothing
============  =====================================================  ==========================================

The administrator grant (``User.is_admin``) is separate from the case role: an administrator who
is also, say, a manager reads everything a manager reads. A person is readable when one of their
referrals is; changeable when one of their referrals is changeable.

Listings use the SQL clauses (``readable_referrals``, ``changeable_referrals``, ``readable_people``)
in their WHERE, so nothing out of scope is ever loaded. Single records loaded by id are checked with
``require_read_referral`` and friends, whose Python test mirrors the SQL clause (a test keeps the
two equal over the whole role matrix).

Every refusal is a ``NotPermitted`` naming the actor, the action and the record, and is written to
the audit trail (``audit.record_refusal``) in a transaction of its own: immediately when raised
outside a transaction, otherwise by ``Context`` when the exception leaves the outermost
``read()``/``write()`` block, after the refusing transaction has rolled back.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import and_, exists, false, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..errors import NotFound, NotPermitted
from ..i18n import L_, Later
from ..store.models import Person, Referral, Role
from ..validation import valid_id
from .actor import CASE_ROLES, CHANGING_ROLES, Actor, allowed, refusal_reason
from .context import Context

TEAM_ROLES = (Role.CASEWORKER, Role.TEAM_LEAD)
# Who may review a breach's reason: a team lead (their team's) or a manager (any).
BREACH_REVIEWERS = (Role.TEAM_LEAD, Role.MANAGER)
# Who runs the caseload, SLA and meeting reports: team leads (their team) and managers.
REPORTING_ROLES = (Role.TEAM_LEAD, Role.MANAGER)


class ReferralScope(Protocol):
    """Anything with a referral's team and assignee (a Referral row, a summary)."""

    team_id: int | None
    assigned_user_id: int | None


# --- refusing ----------------------------------------------------------------------------------------

def refuse(ctx: Context, actor: Actor, action: str, reason: str | Later, *, entity_type: str | None = None,
           entity_id: int | None = None) -> NotPermitted:
    """The NotPermitted to raise; audited now when outside a transaction, else when it leaves it.

    ``reason`` is kept in English in the audit trail; give it as ``i18n.L_("...")`` so the person refused
    reads it in their language too."""
    exc = NotPermitted(action, reason, entity_type=entity_type, entity_id=entity_id, actor=actor)
    if not ctx.in_transaction:
        ctx.audit_refusal(exc)
    return exc


def require(ctx: Context, actor: Actor, action: str, *, entity_type: str | None = None,
            entity_id: int | None = None) -> None:
    """``read_cases``, ``write_cases`` or an administrative action (``manage_users`` ...), audited if refused."""
    if not allowed(actor, action):
        raise refuse(ctx, actor, action, refusal_reason(actor, action), entity_type=entity_type, entity_id=entity_id)


def require_admin(ctx: Context, actor: Actor, action: str = "manage_users") -> None:
    require(ctx, actor, action)


# --- SQL clauses for listings ---------------------------------------------------------------------

def readable_referrals(actor: Actor) -> ColumnElement[bool]:
    """WHERE clause on ``Referral``: the referrals ``actor`` may read."""
    if actor.role is Role.MANAGER:
        return true()
    if actor.role in TEAM_ROLES:
        mine = Referral.assigned_user_id == actor.user_id
        return or_(Referral.team_id == actor.team_id, mine) if actor.team_id is not None else mine
    return false()


def changeable_referrals(actor: Actor) -> ColumnElement[bool]:
    """WHERE clause on ``Referral``: the referrals ``actor`` may change."""
    mine = Referral.assigned_user_id == actor.user_id
    if actor.role is Role.TEAM_LEAD:
        return or_(Referral.team_id == actor.team_id, mine) if actor.team_id is not None else mine
    if actor.role is Role.CASEWORKER:
        return mine
    return false()


def readable_people(actor: Actor) -> ColumnElement[bool]:
    """WHERE clause on ``Person``: the people ``actor`` may read (one of their referrals is readable)."""
    if actor.role is Role.MANAGER:
        return true()
    if actor.role in TEAM_ROLES:
        return exists().where(and_(Referral.person_id == Person.id, readable_referrals(actor)))
    return false()


# --- the same rules for one record ----------------------------------------------------------------

def may_read_referral(actor: Actor, referral: ReferralScope) -> bool:
    if actor.role is Role.MANAGER:
        return True
    if actor.role in TEAM_ROLES:
        return referral.assigned_user_id == actor.user_id or (
            actor.team_id is not None and referral.team_id == actor.team_id)
    return False


def may_change_referral(actor: Actor, referral: ReferralScope) -> bool:
    if actor.role is Role.CASEWORKER:
        return referral.assigned_user_id == actor.user_id
    if actor.role is Role.TEAM_LEAD:
        return referral.assigned_user_id == actor.user_id or (
            actor.team_id is not None and referral.team_id == actor.team_id)
    return False


def _read_reason(actor: Actor) -> Later:
    if actor.role not in CASE_ROLES:
        return refusal_reason(actor, "read_cases")
    return L_("you may read your own team's referrals and those assigned to you")


def _change_reason(actor: Actor) -> Later:
    if actor.role not in CHANGING_ROLES:
        return refusal_reason(actor, "write_cases")
    if actor.role is Role.CASEWORKER:
        return L_("a caseworker changes only the referrals assigned to them")
    return L_("a team lead changes their own team's referrals")


def require_read_referral(ctx: Context, actor: Actor, referral: ReferralScope, referral_id: int | None = None,
                          *, action: str = "read_referral") -> None:
    if not may_read_referral(actor, referral):
        raise refuse(ctx, actor, action, _read_reason(actor), entity_type="referral",
                     entity_id=referral_id if referral_id is not None else getattr(referral, "id", None))


def require_change_referral(ctx: Context, actor: Actor, referral: ReferralScope, referral_id: int | None = None,
                            *, action: str = "change_referral") -> None:
    if not may_change_referral(actor, referral):
        raise refuse(ctx, actor, action, _change_reason(actor), entity_type="referral",
                     entity_id=referral_id if referral_id is not None else getattr(referral, "id", None))


def load_readable_referral(ctx: Context, session: Session, actor: Actor, referral_id: int,
                           *, action: str = "read_referral") -> Referral:
    """The referral, or NotFound, or (audited) NotPermitted."""
    require(ctx, actor, "read_cases", entity_type="referral", entity_id=referral_id if valid_id(referral_id) else None)
    referral = session.get(Referral, referral_id) if valid_id(referral_id) else None
    if referral is None:
        raise NotFound("referral", referral_id)
    require_read_referral(ctx, actor, referral, action=action)
    return referral


def can_change_referral(ctx: Context, actor: Actor, referral_id: int) -> bool:
    """For screens deciding which actions to offer: ``may_change_referral`` on the stored referral (no refusal)."""
    if actor.role not in CHANGING_ROLES or not valid_id(referral_id):
        return False
    with ctx.read() as s:
        referral = s.get(Referral, referral_id)
        return referral is not None and may_change_referral(actor, referral)


def may_read_person(session: Session, actor: Actor, person_id: int) -> bool:
    if actor.role is Role.MANAGER:
        return True
    if actor.role not in TEAM_ROLES:
        return False
    return session.scalar(select(Referral.id).where(Referral.person_id == person_id,
                                                    readable_referrals(actor)).limit(1)) is not None


def may_change_person(session: Session, actor: Actor, person_id: int) -> bool:
    if actor.role not in CHANGING_ROLES:
        return False
    return session.scalar(select(Referral.id).where(Referral.person_id == person_id,
                                                    changeable_referrals(actor)).limit(1)) is not None


def require_read_person(ctx: Context, session: Session, actor: Actor, person_id: int,
                        *, action: str = "read_person") -> None:
    require(ctx, actor, "read_cases", entity_type="person", entity_id=person_id)
    if not may_read_person(session, actor, person_id):
        raise refuse(ctx, actor, action, L_("you may read the young people of your own team's referrals"),
                     entity_type="person", entity_id=person_id)


def require_change_person(ctx: Context, session: Session, actor: Actor, person_id: int,
                          *, action: str = "change_person") -> None:
    require(ctx, actor, "write_cases", entity_type="person", entity_id=person_id)
    if not may_change_person(session, actor, person_id):
        raise refuse(ctx, actor, action, L_("{reason} (and the young people on them)", reason=_change_reason(actor)),
                     entity_type="person", entity_id=person_id)


def readable_person_ids(session: Session, actor: Actor, person_ids: list[int]) -> set[int]:
    """Which of ``person_ids`` the actor may read: one query."""
    if not person_ids:
        return set()
    if actor.role is Role.MANAGER:
        return set(person_ids)
    if actor.role not in TEAM_ROLES:
        return set()
    return set(session.scalars(select(Referral.person_id).where(Referral.person_id.in_(person_ids),
                                                                 readable_referrals(actor)).distinct()))


__all__ = [
    "BREACH_REVIEWERS", "REPORTING_ROLES", "TEAM_ROLES", "can_change_referral", "changeable_referrals", "load_readable_referral",
    "may_change_person", "may_change_referral", "may_read_person", "may_read_referral", "readable_people",
    "readable_person_ids", "readable_referrals", "refuse", "require", "require_admin", "require_change_person",
    "require_change_referral", "require_read_person", "require_read_referral",
]
