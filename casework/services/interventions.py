"""Interventions: 1-2-1 work with a young person and/or their parents or carers, and group programmes.

* A referral has interventions: ``one_to_one`` (with the child, the parents/carers, or both) or ``group``
  (a place on a named :class:`~casework.store.models.Programme`).
* Sessions are planned (a start time, a length, a place) and then held or cancelled. A 1-2-1 session
  belongs to its intervention; a group session belongs to its programme, and every young person on the
  programme's roster (the group interventions on it, from any referral) is a participant.
* Attendance is recorded per participant: ``attended`` (with who came: the child, and which of the
  person's contacts), ``did_not_attend`` or ``cancelled`` (the participant's own cancellation). A session
  with any attendance recorded is ``held``; a cancelled session takes no attendance.

Every write is one transaction with an audit entry; writes to a session or intervention carry the
version read, so two people editing one get a conflict, not an overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import Conflict, NotFound, ValidationError
from ..store.models import (
    Attendance,
    Contact,
    Intervention,
    InterventionSession,
    Person,
    Programme,
    ProgrammeSession,
    Referral,
    Team,
)
from ..timeutil import require_aware, to_local
from ..validation import clean_text, valid_id
from . import audit
from . import access
from .access import require
from .actor import Actor
from .context import Context
from .directory import find_team
from .views import JsonView
from ..i18n import N_, _, pathway_word

KINDS = ("one_to_one", "group")
SESSION_STATES = ("planned", "held", "cancelled")
ATTENDANCE = ("attended", "did_not_attend", "cancelled")
MAX_MINUTES = 12 * 60
MAX_TEXT = 200
# How far ahead a session may be planned, and back-dated.
MAX_AHEAD = timedelta(days=2 * 366)


# --- views ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgrammeView(JsonView):
    id: int
    name: str
    pathway: str | None
    team: str | None
    description: str | None
    active: bool
    participants: int
    sessions: int
    version: int


@dataclass(frozen=True)
class AttendanceView(JsonView):
    intervention_id: int
    referral_id: int
    status: str
    child_attended: bool
    contact_ids: list[int]
    contacts: list[str]
    """Names of the contacts who came (for the screen; never exported)."""


@dataclass(frozen=True)
class SessionView(JsonView):
    """A 1-2-1 session (``intervention_id``) or a group one (``programme_id``; ``group`` is True). The two
    kinds are numbered apart: a session is named by its id and whether it is a group session."""

    id: int
    intervention_id: int | None
    programme_id: int | None
    starts_at: datetime
    minutes: int
    location: str | None
    status: str
    version: int
    attendance: list[AttendanceView] = field(default_factory=list)
    group: bool = False

    def attendance_of(self, intervention_id: int) -> AttendanceView | None:
        return next((a for a in self.attendance if a.intervention_id == intervention_id), None)


@dataclass(frozen=True)
class InterventionView(JsonView):
    id: int
    referral_id: int
    kind: str
    programme_id: int | None
    programme: str | None
    with_child: bool
    with_parents: bool
    started_on: date
    ended_on: date | None
    version: int
    sessions: list[SessionView]
    """1-2-1: its own sessions; group: the programme's sessions (with this participant's attendance)."""

    @property
    def label(self) -> str:
        if self.kind == "group":
            return _("Group: {programme}").format(programme=self.programme)
        if self.with_child and self.with_parents:
            return _("1-2-1 with child and parents/carers")
        if self.with_parents:
            return _("1-2-1 with parents/carers")
        return _("1-2-1 with child") if self.with_child else "1-2-1"

    def counts(self) -> dict[str, int]:
        """Sessions planned (not yet held), held, and this participant's attended / did not attend / cancelled."""
        result = {"planned": 0, "held": 0, "cancelled": 0, "attended": 0, "did_not_attend": 0, "participant_cancelled": 0}
        for s in self.sessions:
            result[s.status] += 1
            mine = s.attendance_of(self.id)
            if mine is not None:
                key = "participant_cancelled" if mine.status == "cancelled" else mine.status
                result[key] += 1
        return result


@dataclass(frozen=True)
class Participant(JsonView):
    intervention_id: int
    referral_id: int
    person_name: str
    pathway: str
    started_on: date
    ended_on: date | None
    changeable: bool = False
    """Whether the reader may record this participant's attendance (they may change the referral)."""


@dataclass(frozen=True)
class ProgrammeDetail(JsonView):
    programme: ProgrammeView
    participants: list[Participant]
    sessions: list[SessionView]
    others: int = 0
    """Participants whose referral the reader may not read: counted, never named (their attendance left out)."""


# --- helpers --------------------------------------------------------------------------------------------

def _text(value: str | None, name: str, limit: int = MAX_TEXT, *, required: bool = False,
          multiline: bool = False) -> str | None:
    return clean_text(value, name, limit, required=required, multiline=multiline)


def _referral(s: Session, referral_id: int, *, lock: bool = False) -> Referral:
    referral = (s.get(Referral, referral_id, with_for_update={"key_share": True} if lock else None)
                if valid_id(referral_id) else None)
    if referral is None:
        raise NotFound("referral", referral_id)
    return referral


def _programme(s: Session, key: int | str, name: str = "programme") -> Programme:
    """A programme by its id (a number, or digits typed) or its name in any case."""
    number: object = None
    if isinstance(key, int) and not isinstance(key, bool):
        number = key
    elif isinstance(key, str) and key.strip().isdecimal():
        number = int(key.strip()) if len(key.strip()) <= 12 else None
    if number is not None:
        programme = s.get(Programme, number) if valid_id(number) else None
    else:
        typed = clean_text(key, name, 120, required=True) if isinstance(key, str) else None
        if typed is None:
            raise ValidationError(name, "unknown_programme", _("no group programme {key}").format(key=repr(key)))
        programme = s.scalar(select(Programme).where(func.lower(Programme.name) == typed.lower()))
    if programme is None:
        raise ValidationError(name, "unknown_programme", _("no group programme {key}").format(key=repr(key)))
    return programme


def _intervention(s: Session, intervention_id: int) -> Intervention:
    found = s.get(Intervention, intervention_id) if valid_id(intervention_id) else None
    if found is None:
        raise NotFound("intervention", intervention_id)
    return found


AnySession = InterventionSession | ProgrammeSession


def _session(s: Session, session_id: int, group: bool = False) -> AnySession:
    found = s.get(ProgrammeSession if group else InterventionSession, session_id) if valid_id(session_id) else None
    if found is None:
        raise NotFound("group session" if group else "session", session_id)
    return found


def _check_version(entity: str, obj: Any, expected: int | None) -> None:
    if expected is not None and obj.version != expected:
        raise Conflict(entity, obj.id, expected, obj.version)


def _day(value: date | None, name: str, today: date, *, not_before: date | None = None,
         not_before_what: str = "") -> date:
    if value is None:
        return today
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(name, "date_format", _("a date (YYYY-MM-DD)"))
    if value > today:
        raise ValidationError(name, "in_future", _("{when} is in the future").format(when=value.isoformat()))
    if not_before is not None and value < not_before:
        raise ValidationError(name, "too_early", _("{when} is before {what} ({then})").format(
            when=value.isoformat(), what=_(not_before_what), then=not_before.isoformat()))
    return value


def _programme_view(s: Session, p: Programme) -> ProgrammeView:
    participants = s.scalar(select(func.count()).select_from(Intervention).where(Intervention.programme_id == p.id)) or 0
    sessions = s.scalar(select(func.count()).select_from(ProgrammeSession)
                        .where(ProgrammeSession.programme_id == p.id)) or 0
    team = s.get(Team, p.team_id) if p.team_id else None
    return ProgrammeView(p.id, p.name, p.pathway, team.name if team else None, p.description, p.active,
                         int(participants), int(sessions), p.version)


def _attendance_views(s: Session, actor: Actor, session_ids: list[int], group: bool) -> dict[int, list[AttendanceView]]:
    """Attendance of the participants whose referral ``actor`` may read (a group session's others left out)."""
    if not session_ids:
        return {}
    column = Attendance.programme_session_id if group else Attendance.session_id
    rows = s.execute(select(Attendance, Intervention.referral_id)
                     .join(Intervention, Intervention.id == Attendance.intervention_id)
                     .join(Referral, Referral.id == Intervention.referral_id)
                     .where(column.in_(session_ids), access.readable_referrals(actor))
                     .order_by(column, Attendance.intervention_id)).all()
    contact_ids = {cid for a, _ in rows for cid in (a.contact_ids or [])}
    names = dict(s.execute(select(Contact.id, Contact.name).where(Contact.id.in_(contact_ids))).all()) if contact_ids else {}
    result: dict[int, list[AttendanceView]] = {}
    for a, referral_id in rows:
        ids = list(a.contact_ids or [])
        result.setdefault(a.programme_session_id if group else a.session_id, []).append(AttendanceView(
            a.intervention_id, referral_id, a.status, a.child_attended, ids, [names.get(i) or _("contact {id}").format(id=i) for i in ids]))
    return result


def _session_views(s: Session, actor: Actor, sessions: list, group: bool) -> list[SessionView]:
    attendance = _attendance_views(s, actor, [x.id for x in sessions], group)
    return [SessionView(x.id, None if group else x.intervention_id, x.programme_id if group else None, x.starts_at,
                        x.minutes, x.location, x.status, x.version, attendance.get(x.id, []), group)
            for x in sessions]


def _intervention_view(s: Session, actor: Actor, i: Intervention) -> InterventionView:
    if i.kind == "group":
        sessions = list(s.scalars(select(ProgrammeSession).where(ProgrammeSession.programme_id == i.programme_id)
                                  .order_by(ProgrammeSession.starts_at, ProgrammeSession.id)))
        programme = s.get(Programme, i.programme_id)
        name = programme.name if programme else None
    else:
        sessions = list(s.scalars(select(InterventionSession).where(InterventionSession.intervention_id == i.id)
                                  .order_by(InterventionSession.starts_at, InterventionSession.id)))
        name = None
    return InterventionView(i.id, i.referral_id, i.kind, i.programme_id, name, i.with_child, i.with_parents,
                            i.started_on, i.ended_on, i.version, _session_views(s, actor, sessions, i.kind == "group"))


# --- programmes -----------------------------------------------------------------------------------------

def create_programme(ctx: Context, actor: Actor, name: str, *, pathway: str | None = None, team: str | None = None,
                     description: str | None = None) -> ProgrammeView:
    """A named group programme (e.g. "Boxing — Llanelli, Tuesdays"). Names are unique, ignoring case."""
    require(ctx, actor, "write_cases")
    clean_name = _text(name, "name", 120, required=True)
    if pathway is not None:
        ctx.pathways.get(pathway)
    text = _text(description, "description", 2000, multiline=True)
    now = ctx.clock.now()
    with ctx.write() as s:
        exists = s.scalar(select(Programme.id).where(func.lower(Programme.name) == clean_name.lower()))
        if exists is not None:
            raise ValidationError("name", "duplicate", _("there is already a programme called {name}").format(name=repr(clean_name)))
        team_row = find_team(s, team) if team else (s.get(Team, actor.team_id) if actor.team_id else None)
        programme = Programme(name=clean_name, pathway=pathway, team_id=team_row.id if team_row else None,
                              description=text, active=True, created_at=now)
        s.add(programme)
        s.flush()
        audit.record(s, actor, now, "create", "programme", programme.id,
                     after={"name": clean_name, "pathway": pathway, "team_id": programme.team_id})
        return _programme_view(s, programme)


def list_programmes(ctx: Context, actor: Actor, *, active_only: bool = False) -> list[ProgrammeView]:
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        query = select(Programme).order_by(func.lower(Programme.name))
        if active_only:
            query = query.where(Programme.active.is_(True))
        return [_programme_view(s, p) for p in s.scalars(query)]


def set_programme_active(ctx: Context, actor: Actor, programme: int | str, active: bool) -> ProgrammeView:
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    with ctx.write() as s:
        p = _programme(s, programme)
        before = p.active
        p.active = bool(active)
        s.flush()
        audit.record(s, actor, now, "update", "programme", p.id, before={"active": before}, after={"active": p.active})
        return _programme_view(s, p)


def programme_detail(ctx: Context, actor: Actor, programme: int | str) -> ProgrammeDetail:
    """The roster (participants from every referral on it) and the sessions with each one's attendance."""
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        p = _programme(s, programme)
        rows = s.execute(select(Intervention, Referral, Person.given_name, Person.family_name)
                         .join(Referral, Referral.id == Intervention.referral_id)
                         .join(Person, Person.id == Referral.person_id)
                         .where(Intervention.programme_id == p.id, access.readable_referrals(actor))
                         .order_by(Person.family_name, Person.given_name, Intervention.id)).all()
        participants = [Participant(i.id, i.referral_id, f"{given} {family}", referral.pathway, i.started_on,
                                    i.ended_on, access.may_change_referral(actor, referral))
                        for i, referral, given, family in rows]
        view = _programme_view(s, p)
        sessions = list(s.scalars(select(ProgrammeSession).where(ProgrammeSession.programme_id == p.id)
                                  .order_by(ProgrammeSession.starts_at, ProgrammeSession.id)))
        return ProgrammeDetail(view, participants, _session_views(s, actor, sessions, True),
                               others=view.participants - len(participants))


# --- interventions --------------------------------------------------------------------------------------

def add_intervention(ctx: Context, actor: Actor, referral_id: int, kind: str, *, programme: int | str | None = None,
                     with_child: bool = True, with_parents: bool = False,
                     started_on: date | None = None) -> InterventionView:
    """Start 1-2-1 work or put the young person on a group programme's roster. The referral must be open."""
    require(ctx, actor, "write_cases")
    if kind not in KINDS:
        raise ValidationError("kind", "choice", _("an intervention is one_to_one or group, not {kind}").format(kind=repr(kind)))
    if kind == "one_to_one" and not (with_child or with_parents):
        raise ValidationError("with", "required", _("1-2-1 work is with the child, the parents/carers, or both"))
    if kind == "group" and (programme is None or str(programme).strip() == ""):
        raise ValidationError("programme", "required", _("a group intervention names its programme"))
    if kind == "one_to_one" and programme is not None:
        raise ValidationError("programme", "not_for_one_to_one", _("1-2-1 work has no programme"))
    now = ctx.clock.now()
    today = to_local(now).date()
    with ctx.write() as s:
        referral = _referral(s, referral_id, lock=True)
        access.require_change_referral(ctx, actor, referral, action="add_intervention")
        if referral.closed_at is not None:
            raise ValidationError("referral", "closed", _("referral {id} is closed").format(id=referral.id))
        received = to_local(referral.received_at).date()
        start = _day(started_on, "started_on", today, not_before=received, not_before_what=N_("the referral was received"))
        programme_row = None
        if kind == "group":
            programme_row = _programme(s, programme)  # type: ignore[arg-type]
            if not programme_row.active:
                raise ValidationError("programme", "inactive", _("{programme} is no longer running").format(
                    programme=programme_row.name))
            if programme_row.pathway and programme_row.pathway != referral.pathway:
                raise ValidationError("programme", "other_pathway",
                                      _("{programme} is for {pathway}").format(
                                          programme=programme_row.name,
                                          pathway=pathway_word(ctx.pathways.get(programme_row.pathway).label)))
            taken = s.scalar(select(Intervention.id).where(Intervention.referral_id == referral.id,
                                                           Intervention.programme_id == programme_row.id))
            if taken is not None:
                raise ValidationError("programme", "already_on_roster",
                                      _("this young person is already on {programme}").format(programme=programme_row.name))
        intervention = Intervention(
            referral_id=referral.id, kind=kind, programme_id=programme_row.id if programme_row else None,
            with_child=bool(with_child) if kind == "one_to_one" else True,
            with_parents=bool(with_parents) if kind == "one_to_one" else False,
            started_on=start, created_at=now, created_by_id=actor.user_id)
        s.add(intervention)
        s.flush()
        audit.record(s, actor, now, "create", "intervention", intervention.id,
                     after={"referral_id": referral.id, "kind": kind, "programme_id": intervention.programme_id,
                            "with_child": intervention.with_child, "with_parents": intervention.with_parents,
                            "started_on": start})
        return _intervention_view(s, actor, intervention)


def end_intervention(ctx: Context, actor: Actor, intervention_id: int, *, ended_on: date | None = None,
                     expected_version: int | None = None) -> InterventionView:
    """The work has ended (or the young person left the group): they drop off the roster's future sessions."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    today = to_local(now).date()
    with ctx.write() as s:
        i = _intervention(s, intervention_id)
        access.require_change_referral(ctx, actor, _referral(s, i.referral_id), action="end_intervention")
        _check_version("intervention", i, expected_version)
        if i.ended_on is not None:
            raise ValidationError("intervention", "already_ended", _("intervention {id} ended on {day}").format(
                id=i.id, day=i.ended_on))
        i.ended_on = _day(ended_on, "ended_on", today, not_before=i.started_on, not_before_what=N_("it started"))
        s.flush()
        audit.record(s, actor, now, "update", "intervention", i.id, before={"ended_on": None},
                     after={"ended_on": i.ended_on})
        return _intervention_view(s, actor, i)


def referral_interventions(ctx: Context, actor: Actor, referral_id: int) -> list[InterventionView]:
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        access.load_readable_referral(ctx, s, actor, referral_id, action="read_interventions")
        rows = s.scalars(select(Intervention).where(Intervention.referral_id == referral_id)
                         .order_by(Intervention.started_on, Intervention.id))
        return [_intervention_view(s, actor, i) for i in rows]


def get_intervention(ctx: Context, actor: Actor, intervention_id: int) -> InterventionView:
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        i = _intervention(s, intervention_id)
        access.require_read_referral(ctx, actor, _referral(s, i.referral_id), action="read_interventions")
        return _intervention_view(s, actor, i)


# --- sessions -------------------------------------------------------------------------------------------

def plan_session(ctx: Context, actor: Actor, *, starts_at: datetime, intervention_id: int | None = None,
                 programme: int | str | None = None, minutes: int = 60, location: str | None = None) -> SessionView:
    """Plan a session of a 1-2-1 intervention (``intervention_id``) or of a group programme (``programme``)."""
    require(ctx, actor, "write_cases")
    if (intervention_id is None) == (programme is None):
        raise ValidationError("session", "one_owner", _("a session is of one 1-2-1 intervention or one group programme"))
    if not isinstance(starts_at, datetime):
        raise ValidationError("starts_at", "required", _("a session needs its start time"))
    when = require_aware(starts_at, "starts_at")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 5 <= minutes <= MAX_MINUTES:
        raise ValidationError("minutes", "range", _("a session lasts from 5 to {limit} minutes").format(limit=MAX_MINUTES))
    place = _text(location, "location")
    now = ctx.clock.now()
    if when > now + MAX_AHEAD:
        raise ValidationError("starts_at", "too_far_ahead", _("a session is planned at most two years ahead"))
    with ctx.write() as s:
        owner: dict[str, Any]
        if intervention_id is not None:
            i = _intervention(s, intervention_id)
            access.require_change_referral(ctx, actor, _referral(s, i.referral_id), action="plan_session")
            if i.kind != "one_to_one":
                raise ValidationError("intervention", "group_intervention",
                                      _("a group's sessions are planned on its programme, not on one participant"))
            if i.ended_on is not None:
                raise ValidationError("intervention", "ended", _("intervention {id} has ended").format(id=i.id))
            referral = _referral(s, i.referral_id)
            if when < referral.received_at:
                raise ValidationError("starts_at", "before_received", _("the session is before the referral was received"))
            row = InterventionSession(intervention_id=i.id, starts_at=when, minutes=minutes, location=place,
                                      status="planned", created_at=now, updated_at=now)
            owner = {"intervention_id": i.id, "referral_id": i.referral_id}
        else:
            p = _programme(s, programme)  # type: ignore[arg-type]
            if not p.active:
                raise ValidationError("programme", "inactive", _("{programme} is no longer running").format(
                    programme=p.name))
            row = ProgrammeSession(programme_id=p.id, starts_at=when, minutes=minutes, location=place,
                                   status="planned", created_at=now, updated_at=now)
            owner = {"programme_id": p.id}
        s.add(row)
        s.flush()
        group = programme is not None
        audit.record(s, actor, now, "create", "programme_session" if group else "session", row.id,
                     after={**owner, "starts_at": when, "minutes": minutes, "location": bool(place)})
        return _session_views(s, actor, [row], group)[0]


def cancel_session(ctx: Context, actor: Actor, session_id: int, *, group: bool = False,
                   expected_version: int | None = None) -> SessionView:
    """The whole session is off (the room, the worker). A session with attendance recorded cannot be cancelled."""
    require(ctx, actor, "write_cases")
    now = ctx.clock.now()
    with ctx.write() as s:
        row = _session(s, session_id, group)
        if isinstance(row, InterventionSession):
            owner = _intervention(s, row.intervention_id)
            access.require_change_referral(ctx, actor, _referral(s, owner.referral_id), action="cancel_session")
        _check_version("session", row, expected_version)
        if row.status == "cancelled":
            raise ValidationError("session", "already_cancelled", _("session {id} is already cancelled").format(id=row.id))
        column = Attendance.programme_session_id if group else Attendance.session_id
        recorded = s.scalar(select(func.count()).select_from(Attendance).where(column == row.id))
        if recorded:
            raise ValidationError("session", "has_attendance",
                                  _("attendance is recorded for this session; mark who cancelled instead"))
        row.status, row.updated_at = "cancelled", now
        s.flush()
        audit.record(s, actor, now, "cancel", "programme_session" if group else "session", row.id,
                     before={"status": "planned"}, after={"status": "cancelled"})
        return _session_views(s, actor, [row], group)[0]


def _participants(s: Session, row: AnySession) -> list[Intervention]:
    if isinstance(row, InterventionSession):
        return [_intervention(s, row.intervention_id)]
    return list(s.scalars(select(Intervention).where(Intervention.programme_id == row.programme_id)))


def record_attendance(ctx: Context, actor: Actor, session_id: int, status: str, *, group: bool = False,
                      intervention_id: int | None = None, child_attended: bool | None = None,
                      contact_ids: list[int] | tuple[int, ...] = (),
                      expected_version: int | None = None) -> SessionView:
    """Record (or change) one participant's attendance. ``intervention_id`` may be left out for a 1-2-1 session.

    ``attended`` says who came: the child (default: yes when the work is with the child) and which of the
    young person's contacts (parents/carers). ``did_not_attend`` and ``cancelled`` take no one.
    """
    require(ctx, actor, "write_cases")
    if status not in ATTENDANCE:
        raise ValidationError("status", "choice", _("attendance is one of {choices}; not {value}").format(
            choices=", ".join(ATTENDANCE), value=repr(status)))
    now = ctx.clock.now()
    with ctx.write() as s:
        row = _session(s, session_id, group)
        _check_version("session", row, expected_version)
        if row.status == "cancelled":
            raise ValidationError("session", "cancelled", _("session {id} was cancelled").format(id=row.id))
        if status != "cancelled" and row.starts_at > now:
            raise ValidationError("status", "not_yet_held",
                                  _("the session has not started yet; only a cancellation can be recorded ahead"))
        participants = _participants(s, row)
        if intervention_id is None:
            if len(participants) != 1:
                raise ValidationError("intervention", "required", _("say which participant of the group session"))
            who = participants[0]
        else:
            who = next((p for p in participants if p.id == intervention_id), None)
            if who is None:
                raise ValidationError("intervention", "not_a_participant",
                                      _("intervention {id} is not a participant of session {session}").format(
                                          id=intervention_id, session=row.id))
        if who.started_on > to_local(row.starts_at).date():
            raise ValidationError("intervention", "not_yet_on_roster",
                                  _("the young person joined after this session"))
        if who.ended_on is not None and who.ended_on < to_local(row.starts_at).date():
            raise ValidationError("intervention", "left", _("the young person had left before this session"))
        referral = _referral(s, who.referral_id)
        access.require_change_referral(ctx, actor, referral, action="record_attendance")
        ids = _contact_ids(contact_ids)
        if status == "attended":
            child = who.with_child if child_attended is None else bool(child_attended)
            if ids:
                known = set(s.scalars(select(Contact.id).where(Contact.person_id == referral.person_id)))
                stranger = [c for c in ids if c not in known]
                if stranger:
                    raise ValidationError("contacts", "not_a_contact",
                                          _("contact {id} is not one of this young person's contacts").format(
                                              id=stranger[0]))
            if not child and not ids:
                raise ValidationError("attended", "nobody", _("say who attended: the child and/or a parent or carer"))
        else:
            if child_attended or ids:
                raise ValidationError("attended", "not_attended", _("nobody attends a session marked {status}").format(
                    status=status))
            child = False
        column = Attendance.programme_session_id if group else Attendance.session_id
        existing = s.scalar(select(Attendance).where(column == row.id, Attendance.intervention_id == who.id))
        before = ({"status": existing.status, "child_attended": existing.child_attended,
                   "contact_ids": list(existing.contact_ids or [])} if existing else None)
        if existing is None:
            existing = Attendance(session_id=None if group else row.id, programme_session_id=row.id if group else None,
                                  intervention_id=who.id, status=status, child_attended=child,
                                  contact_ids=sorted(set(ids)), recorded_at=now, recorded_by_id=actor.user_id)
            s.add(existing)
        else:
            existing.status, existing.child_attended, existing.contact_ids = status, child, sorted(set(ids))
            existing.recorded_at, existing.recorded_by_id = now, actor.user_id
        if row.status == "planned" and status != "cancelled":
            row.status = "held"
        row.updated_at = now
        s.flush()
        audit.record(s, actor, now, "record_attendance", "programme_session" if group else "session", row.id,
                     before=before,
                     after={"intervention_id": who.id, "referral_id": who.referral_id, "status": status,
                            "child_attended": child, "contact_ids": sorted(set(ids))})
        return _session_views(s, actor, [row], group)[0]


def _contact_ids(values: object) -> list[int]:
    """The ids of the contacts who came: record ids, or a ValidationError naming ``contacts``."""
    if isinstance(values, str | bytes) or not isinstance(values, list | tuple | set | frozenset):
        raise ValidationError("contacts", "list", "the contacts who came are a list of contacts")
    ids = list(values)
    for value in ids:
        if not valid_id(value):
            raise ValidationError("contacts", "not_a_contact", _("{value} is not one of this young person's contacts").format(
                value=repr(value)))
    return ids  # type: ignore[return-value]


def get_session(ctx: Context, actor: Actor, session_id: int, *, group: bool = False) -> SessionView:
    require(ctx, actor, "read_cases")
    with ctx.read() as s:
        row = _session(s, session_id, group)
        if isinstance(row, InterventionSession):
            owner = _intervention(s, row.intervention_id)
            access.require_read_referral(ctx, actor, _referral(s, owner.referral_id), action="read_interventions")
        return _session_views(s, actor, [row], group)[0]


def local_session_time(view: SessionView) -> str:
    local = to_local(view.starts_at)
    return f"{local.day} {local:%b %Y %H:%M}"
