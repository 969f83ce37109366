"""Follow-up checks 3, 6 and 12 months after a referral closes.

Closing a referral schedules three checks in the same transaction, due on London calendar dates: the
local date of closure plus 3, 6 and 12 calendar months, clamped to the end of a shorter month (closed
31 August → due 30 November, 28 February (29 in a leap year) and 31 August). A closure at 00:30 BST on
1 September is a 1 September closure, although it is 31 August in UTC. Reopening the referral cancels
the checks of that closure (recorded ones too: they described a closure that no longer stands); closing
it again schedules new ones from the new date.

A check records:

* ``further_police_contact`` (yes/no, required) since closure, and ``police_contact_on`` (the date of the
  first contact, required when yes, refused when no; between the closure date and today);
* police occurrences as suspect and as victim in the 12 months before the referral
  (``suspect_before``, ``victim_before``) and in the 12 months after it (``suspect_after``,
  ``victim_after``): required at the 12-month check, when both windows are over; the "before" counts may
  be given earlier, the "after" counts only at 12 months (a partial count would not compare);
* ``ed_reattendances``: emergency-department attendances since closure (required).

A check cannot be recorded before its due date. Errors name the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Conflict, NotFound, ValidationError
from ..store.models import FollowUp, Person, Referral, User
from ..timeutil import to_local
from ..validation import valid_id
from . import audit
from . import access
from .access import require
from .actor import Actor
from .context import Context
from .directory import find_user
from .views import JsonView
from ..i18n import N_, _

CHECK_MONTHS = (3, 6, 12)
STATES = ("due", "done", "cancelled")
MAX_COUNT = 999
DUE_SOON_DAYS = 14
COUNT_FIELDS = ("suspect_before", "victim_before", "suspect_after", "victim_after", "ed_reattendances")
FIELD_LABELS = {
    "further_police_contact": N_("Further police contact"),
    "police_contact_on": N_("Date of police contact"),
    "suspect_before": N_("Occurrences as suspect, 12 months before referral"),
    "victim_before": N_("Occurrences as victim, 12 months before referral"),
    "suspect_after": N_("Occurrences as suspect, 12 months after referral"),
    "victim_after": N_("Occurrences as victim, 12 months after referral"),
    "ed_reattendances": N_("ED re-attendances since closure"),
}


def _label(name: str) -> str:
    return _(FIELD_LABELS[name])


def due_date(closed_at: datetime, months: int) -> date:
    """The London calendar date of closure plus ``months``, clamped to the month's end."""
    return to_local(closed_at).date() + relativedelta(months=months)


@dataclass(frozen=True)
class FollowUpInput:
    """What a worker types; values may be text (from a form or the command line) or typed values."""

    further_police_contact: Any = None
    police_contact_on: Any = None
    suspect_before: Any = None
    victim_before: Any = None
    suspect_after: Any = None
    victim_after: Any = None
    ed_reattendances: Any = None


@dataclass(frozen=True)
class FollowUpView(JsonView):
    id: int
    referral_id: int
    months: int
    due_on: date
    status: str
    further_police_contact: bool | None
    police_contact_on: date | None
    suspect_before: int | None
    victim_before: int | None
    suspect_after: int | None
    victim_after: int | None
    ed_reattendances: int | None
    recorded_at: datetime | None
    recorded_by: str | None
    cancelled_at: datetime | None
    version: int


@dataclass(frozen=True)
class DueFollowUp(JsonView):
    id: int
    referral_id: int
    person_name: str
    pathway: str
    months: int
    due_on: date
    overdue: bool
    assigned_to: str | None
    closed_at: datetime
    outcome: str | None
    version: int


# --- scheduling (called inside the closing / reopening transaction) ------------------------------------

def schedule(session: Session, actor: Actor, referral: Referral, closure_event_id: int, now: datetime) -> list[FollowUp]:
    assert referral.closed_at is not None
    rows = [FollowUp(referral_id=referral.id, closure_event_id=closure_event_id, months=m,
                     due_on=due_date(referral.closed_at, m), status="due", created_at=now) for m in CHECK_MONTHS]
    session.add_all(rows)
    session.flush()
    audit.record(session, actor, now, "schedule_follow_ups", "referral", referral.id,
                 after={"follow_ups": [{"id": r.id, "months": r.months, "due_on": r.due_on} for r in rows]})
    return rows


def cancel_for_referral(session: Session, actor: Actor, referral_id: int, now: datetime) -> list[int]:
    rows = list(session.scalars(select(FollowUp).where(FollowUp.referral_id == referral_id,
                                                      FollowUp.status != "cancelled")))
    for row in rows:
        row.status, row.cancelled_at = "cancelled", now
    session.flush()
    if rows:
        audit.record(session, actor, now, "cancel_follow_ups", "referral", referral_id,
                     after={"follow_up_ids": [r.id for r in rows]})
    return [r.id for r in rows]


# --- validation -----------------------------------------------------------------------------------------

def _bool(raw: Any, name: str) -> bool | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise ValidationError(name, "bool", _("{field} must be yes or no, not {value}").format(field=_label(name), value=repr(raw)))


def _count(raw: Any, name: str) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise ValidationError(name, "int", _("{field} must be a whole number").format(field=_label(name)))
    try:
        value = int(str(raw).strip()) if not isinstance(raw, int) else raw
    except ValueError:
        raise ValidationError(name, "int", _("{field} must be a whole number, not {value}").format(
            field=_label(name), value=repr(raw))) from None
    if value < 0:
        raise ValidationError(name, "non_negative", _("{field} cannot be negative").format(field=_label(name)))
    if value > MAX_COUNT:
        raise ValidationError(name, "too_large", _("{field} is at most {limit}").format(field=_label(name), limit=MAX_COUNT))
    return value


def _date(raw: Any, name: str) -> date | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, datetime):
        raise ValidationError(name, "date_format", _("{field} is a date, YYYY-MM-DD").format(field=_label(name)))
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError:
        raise ValidationError(name, "date_format", _("{field} must be a date YYYY-MM-DD, not {value}").format(
            field=_label(name), value=repr(raw))) from None


def clean(data: FollowUpInput, months: int, closed_on: date, today: date) -> dict[str, Any]:
    """The stored values, or a ValidationError naming the first bad field (in the form's order)."""
    contact = _bool(data.further_police_contact, "further_police_contact")
    if contact is None:
        raise ValidationError("further_police_contact", "required", _("say whether there was further police contact"))
    contact_on = _date(data.police_contact_on, "police_contact_on")
    if contact and contact_on is None:
        raise ValidationError("police_contact_on", "required", _("give the date of the (first) further police contact"))
    if not contact and contact_on is not None:
        raise ValidationError("police_contact_on", "not_applicable", _("no further police contact, so no date"))
    if contact_on is not None:
        if contact_on < closed_on:
            raise ValidationError("police_contact_on", "before_closure",
                                  _("{date} is before the referral closed ({closed})").format(
                                      date=contact_on.isoformat(), closed=closed_on.isoformat()))
        if contact_on > today:
            raise ValidationError("police_contact_on", "in_future", _("{when} is in the future").format(
                when=contact_on.isoformat()))
    values: dict[str, Any] = {"further_police_contact": contact, "police_contact_on": contact_on}
    for name in COUNT_FIELDS:
        values[name] = _count(getattr(data, name), name)
    if months == 12:
        for name in ("suspect_before", "victim_before", "suspect_after", "victim_after"):
            if values[name] is None:
                raise ValidationError(name, "required", _("{field} is required at the 12-month check").format(
                    field=_label(name)))
    else:
        for name in ("suspect_after", "victim_after"):
            if values[name] is not None:
                raise ValidationError(name, "only_at_12_months",
                                      _("{field} is recorded at the 12-month check, when the 12 months are over").format(
                                          field=_label(name)))
    if values["ed_reattendances"] is None:
        raise ValidationError("ed_reattendances", "required", _("{field} is required (0 if none)").format(
            field=_label("ed_reattendances")))
    return values


# --- services -------------------------------------------------------------------------------------------

def _view(row: FollowUp, recorded_by: str | None) -> FollowUpView:
    return FollowUpView(row.id, row.referral_id, row.months, row.due_on, row.status, row.further_police_contact,
                        row.police_contact_on, row.suspect_before, row.victim_before, row.suspect_after,
                        row.victim_after, row.ed_reattendances, row.recorded_at, recorded_by, row.cancelled_at,
                        row.version)


def _username(s: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = s.get(User, user_id)
    return user.username if user else None


def record_follow_up(ctx: Context, actor: Actor, follow_up_id: int, data: FollowUpInput, *,
                     expected_version: int | None = None) -> FollowUpView:
    """Record (or correct) a follow-up check on or after its due date."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    today = to_local(now).date()
    with ctx.write() as s:
        row = s.get(FollowUp, follow_up_id, with_for_update=True) if valid_id(follow_up_id) else None
        if row is None:
            raise NotFound("follow-up", follow_up_id)
        referral = s.get(Referral, row.referral_id)
        assert referral is not None
        access.require_change_referral(ctx, actor, referral, action="record_follow_up")
        if expected_version is not None and row.version != expected_version:
            raise Conflict("follow-up", row.id, expected_version, row.version)
        if row.status == "cancelled":
            raise ValidationError("follow_up", "cancelled", _("this check was cancelled when the referral was reopened"))
        if today < row.due_on:
            raise ValidationError("follow_up", "not_due_yet",
                                  _("the {months}-month check is due on {date}; record it from then").format(
                                      months=row.months, date=row.due_on.isoformat()))
        assert referral.closed_at is not None
        values = clean(data, row.months, to_local(referral.closed_at).date(), today)
        before = {name: getattr(row, name) for name in values} | {"status": row.status}
        for name, value in values.items():
            setattr(row, name, value)
        row.status, row.recorded_at, row.recorded_by_id = "done", now, actor.user_id
        s.flush()
        audit.record(s, actor, now, "record_follow_up", "follow_up", row.id, before=before,
                     after=values | {"status": "done", "referral_id": row.referral_id, "months": row.months})
        return _view(row, actor.username)


def list_follow_ups(ctx: Context, actor: Actor, referral_id: int, *, include_cancelled: bool = False) -> list[FollowUpView]:
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        access.load_readable_referral(ctx, s, actor, referral_id, action="read_follow_ups")
        query = select(FollowUp).where(FollowUp.referral_id == referral_id)
        if not include_cancelled:
            query = query.where(FollowUp.status != "cancelled")
        rows = list(s.scalars(query.order_by(FollowUp.due_on, FollowUp.id)))
        return [_view(r, _username(s, r.recorded_by_id)) for r in rows]


def get_follow_up(ctx: Context, actor: Actor, follow_up_id: int) -> FollowUpView:
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        row = s.get(FollowUp, follow_up_id) if valid_id(follow_up_id) else None
        if row is None:
            raise NotFound("follow-up", follow_up_id)
        referral = s.get(Referral, row.referral_id)
        assert referral is not None
        access.require_read_referral(ctx, actor, referral, action="read_follow_ups")
        return _view(row, _username(s, row.recorded_by_id))


def due_follow_ups(ctx: Context, actor: Actor, *, worker: str | None = None, within_days: int = DUE_SOON_DAYS,
                   everyone: bool = False) -> list[DueFollowUp]:
    """Checks not yet recorded that are overdue or due within ``within_days``, for a worker (default: you).

    ``everyone`` lists every worker's (a team lead: their team's; caseworkers may not).
    """
    require(ctx, actor, "read_cases")
    if isinstance(within_days, bool) or not isinstance(within_days, int) or not 0 <= within_days <= 366:
        raise ValidationError("within_days", "range", _("within is from 0 to 366 days"))
    today = to_local(ctx.clock.now()).date()
    horizon = today + timedelta(days=within_days)
    with ctx.read() as s:
        query = (select(FollowUp, Referral, Person.given_name, Person.family_name, User.username)
                 .join(Referral, Referral.id == FollowUp.referral_id)
                 .join(Person, Person.id == Referral.person_id)
                 .outerjoin(User, User.id == Referral.assigned_user_id)
                 .where(FollowUp.status == "due", FollowUp.due_on <= horizon, access.readable_referrals(actor))
                 .order_by(FollowUp.due_on, FollowUp.id))
        if everyone:
            if actor.role.value == "caseworker":
                raise ValidationError("everyone", "not_permitted", _("a caseworker sees their own follow-ups"))
            if actor.role.value == "team_lead":
                query = query.where(Referral.team_id == actor.team_id)
        else:
            user_id = find_user(s, worker, "worker").id if worker else actor.user_id
            query = query.where(Referral.assigned_user_id == user_id)
        result = []
        for row, referral, given, family, username in s.execute(query):
            result.append(DueFollowUp(row.id, referral.id, f"{given} {family}", referral.pathway, row.months,
                                      row.due_on, row.due_on < today, username, referral.closed_at,
                                      referral.outcome, row.version))
        return result
