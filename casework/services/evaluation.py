"""The pseudonymised export for evaluators: CSV files and a data dictionary, nothing that names anyone.

What is left out, and what stands in for it:

* **Pseudonyms, not ids or names.** People, referrals, interventions and sessions are named by keyed
  pseudonyms: HMAC-SHA256 of the record's kind and id under a secret key made once (256 random bits)
  and kept in the database (table ``secret_key``). The key is never written to an export, a log or an
  audit entry; the same person gets the same pseudonym in every export made from the same database,
  and a database with a different key gives unrelated pseudonyms. Without the key a pseudonym cannot be
  turned back into an id (nor checked against a guessed one).
* **No names, contacts, identifiers or free text**: no names of young people or contacts, no phone
  numbers, no PNC ID or NHS number, no notes, reasons, event details or session locations.
* **Age band, not date of birth**: the young person's age on the day they were referred, in bands.
* **Postcode district, not postcode**: the outward code only ("CF10 1AA" → "CF10").
* **Months, not dates**: every date is given as its month (``YYYY-MM``, London time). Exact dates together
  with an age band and a district could single a young person out; a month is what an evaluation of
  trends needs. Where durations matter they are given in whole days (days open, days from closure to
  the first further police contact), which say nothing about the calendar date.

The period (``date_from`` / ``date_to``, London dates, both included) selects referrals by the day they were
received; everything exported belongs to those referrals. Managers and administrators may export; every
export is audited (who, when, the period and the row counts).
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..reports.figures import age_band
from ..reports.params import period_bounds
from ..store.models import (
    Attendance,
    FollowUp,
    Intervention,
    InterventionSession,
    Person,
    Programme,
    ProgrammeSession,
    Referral,
    Role,
    SecretKey,
    Team,
)
from ..timeutil import age_on, to_local
from . import access, audit
from .actor import Actor
from .context import Context
from .views import JsonView
from ..i18n import _, L_

KEY_PURPOSE = "evaluation_pseudonyms"
# Managers only: the export has no team filter, and an administrator without a case role reads no case content.
EXPORT_ROLES = (Role.MANAGER,)
CHUNK = 500


@dataclass(frozen=True)
class Col:
    name: str
    type: str
    description: str


FILES: dict[str, tuple[str, list[Col]]] = {
    "referrals.csv": ("One row per referral received in the period.", [
        Col("referral", "pseudonym", "The referral's pseudonym (R-…)."),
        Col("person", "pseudonym", "The young person's pseudonym (P-…): the same in every referral of theirs and in "
                                   "every export from this database."),
        Col("pathway", "code", "The pathway: act_now, intact, ae_navigator, or an area's own."),
        Col("source", "code", "Where the referral came from: custody, marf or emergency_department."),
        Col("team", "text", "The team holding the referral (an organisational unit, not a person)."),
        Col("age_band", "band", "The young person's age on the day of referral: Under 10, 10 to 12, 13 to 15, 16 to 17, "
                                "18 to 20, 21 to 24, 25 and over."),
        Col("gender", "code", "female, male, non_binary, other, not_known, prefer_not_to_say; empty if not recorded."),
        Col("home_local_authority", "text", "The young person's home local authority; empty if not recorded."),
        Col("out_of_area", "yes/no", "yes when the home local authority is outside the pathway's service area."),
        Col("postcode_district", "text", "The outward part of the postcode only (e.g. CF10); empty if not recorded."),
        Col("received_month", "YYYY-MM", "The month the referral was received (London time)."),
        Col("closed_month", "YYYY-MM", "The month it was closed; empty while open."),
        Col("days_open", "integer", "Whole days from receipt to closure; empty while open."),
        Col("stage", "code", "The referral's stage now (closed once closed)."),
        Col("outcome", "code", "The closure outcome (from the pathway's list); empty while open."),
        Col("outcome_completed", "yes/no", "yes when the pathway counts the outcome as completing the work."),
        Col("engaged", "yes/no", "yes when the young person or their parents/carers attended at least one session."),
        Col("one_to_one_interventions", "integer", "1-2-1 interventions on the referral."),
        Col("group_interventions", "integer", "Group programme places on the referral."),
        Col("sessions_attended", "integer", "Sessions attended (1-2-1 and group)."),
        Col("sessions_did_not_attend", "integer", "Sessions not attended without notice."),
        Col("sessions_cancelled_by_participant", "integer", "Sessions the young person or family cancelled."),
    ]),
    "interventions.csv": ("One row per intervention of those referrals.", [
        Col("intervention", "pseudonym", "The intervention's pseudonym (I-…)."),
        Col("referral", "pseudonym", "The referral it belongs to (see referrals.csv)."),
        Col("kind", "code", "one_to_one or group."),
        Col("programme", "text", "The group programme's name (group only)."),
        Col("with_child", "yes/no", "1-2-1 work with the child (always yes for a group place)."),
        Col("with_parents", "yes/no", "1-2-1 work with the parents or carers."),
        Col("started_month", "YYYY-MM", "The month the intervention started."),
        Col("ended_month", "YYYY-MM", "The month it ended; empty if not ended."),
        Col("sessions_attended", "integer", "Sessions this participant attended."),
        Col("sessions_did_not_attend", "integer", "Sessions this participant did not attend."),
        Col("sessions_cancelled_by_participant", "integer", "Sessions this participant cancelled."),
    ]),
    "attendance.csv": ("One row per participant and session: every session of a 1-2-1 intervention, and every "
                       "session of a group programme while the young person was on its roster.", [
        Col("session", "pseudonym", "The session's pseudonym: S-… a 1-2-1 session, G-… a group session (one "
                                    "pseudonym for all its participants)."),
        Col("intervention", "pseudonym", "The participant's intervention (see interventions.csv)."),
        Col("referral", "pseudonym", "The participant's referral (see referrals.csv)."),
        Col("kind", "code", "one_to_one or group."),
        Col("programme", "text", "The group programme's name (group only)."),
        Col("session_month", "YYYY-MM", "The month of the session."),
        Col("minutes", "integer", "The session's planned length in minutes."),
        Col("session_status", "code", "planned (not yet held), held, or cancelled (the whole session)."),
        Col("attendance", "code", "attended, did_not_attend, cancelled (by the participant) or not_recorded."),
        Col("child_attended", "yes/no", "The young person came (attended only)."),
        Col("parents_carers_attended", "integer", "How many of the young person's parents/carers came."),
    ]),
    "follow_ups.csv": ("One row per follow-up check (3, 6 and 12 months after closure) of those referrals; checks "
                       "cancelled because a closure was undone are left out.", [
        Col("referral", "pseudonym", "The referral (see referrals.csv)."),
        Col("months", "integer", "3, 6 or 12: months after closure."),
        Col("due_month", "YYYY-MM", "The month the check is due."),
        Col("status", "code", "due (not yet recorded) or done."),
        Col("further_police_contact", "yes/no", "Police contact since closure; empty until recorded."),
        Col("days_closure_to_police_contact", "integer", "Whole days from closure to the first further police "
                                                         "contact; empty if none."),
        Col("suspect_before", "integer", "Police occurrences as suspect in the 12 months before the referral."),
        Col("victim_before", "integer", "Police occurrences as victim in the 12 months before the referral."),
        Col("suspect_after", "integer", "Police occurrences as suspect in the 12 months after the referral "
                                        "(12-month check only)."),
        Col("victim_after", "integer", "Police occurrences as victim in the 12 months after the referral "
                                       "(12-month check only)."),
        Col("ed_reattendances", "integer", "Emergency-department attendances since closure."),
        Col("recorded_month", "YYYY-MM", "The month the check was recorded."),
    ]),
}
DICTIONARY_CSV = "data_dictionary.csv"
DICTIONARY_MD = "data_dictionary.md"


@dataclass(frozen=True)
class ExportResult(JsonView):
    folder: str
    files: list[str]
    rows: dict[str, int]
    date_from: date | None
    date_to: date | None
    exported_at: datetime


# --- pseudonyms -----------------------------------------------------------------------------------------

class Pseudonymiser:
    """Keyed pseudonyms: ``P-`` and 16 hex digits of HMAC-SHA256(key, "person:ID")."""

    PREFIX = {"person": "P", "referral": "R", "intervention": "I", "session": "S", "group_session": "G"}

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, kind: str, record_id: int) -> str:
        digest = hmac.new(self._key, f"{kind}:{record_id}".encode(), hashlib.sha256).hexdigest()
        return f"{self.PREFIX[kind]}-{digest[:16]}"

    def __repr__(self) -> str:  # never show the key
        return "Pseudonymiser(<key>)"


def _key(session: Session, now: datetime) -> bytes:
    """The database's pseudonym key, made on first use (a concurrent first use keeps the one that won)."""
    row = session.scalar(select(SecretKey).where(SecretKey.purpose == KEY_PURPOSE))
    if row is None:
        try:
            with session.begin_nested():
                session.add(SecretKey(purpose=KEY_PURPOSE, key=secrets.token_hex(32), created_at=now))
        except IntegrityError:
            pass
        row = session.scalar(select(SecretKey).where(SecretKey.purpose == KEY_PURPOSE))
    assert row is not None
    return bytes.fromhex(row.key)


def replace_key(ctx: Context, actor: Actor) -> None:
    """Make a new pseudonym key (administrators). Every later export's pseudonyms are unrelated to earlier ones.

    Needs the administrator grant (``User.is_admin``), whatever the case role, like every administrative
    action; a refusal is audited."""
    access.require(ctx, actor, "replace_pseudonym_key")
    now = ctx.clock.now()
    with ctx.write() as s:
        row = s.scalar(select(SecretKey).where(SecretKey.purpose == KEY_PURPOSE))
        if row is None:
            s.add(SecretKey(purpose=KEY_PURPOSE, key=secrets.token_hex(32), created_at=now))
        else:
            row.key, row.created_at = secrets.token_hex(32), now
        audit.record(s, actor, now, "replace_key", "secret_key", None, after={"purpose": KEY_PURPOSE})


# --- coarsening -----------------------------------------------------------------------------------------

def postcode_district(postcode: str | None) -> str:
    """The outward code: "CF10 1AA" → "CF10", "mk92aa" → "MK9"; "" when there is none."""
    text = "".join((postcode or "").split()).upper()
    if len(text) < 5:
        return ""
    return text[:-3]


def month(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    return f"{value.year:04d}-{value.month:02d}"


def _yes(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _n(value: int | None) -> str:
    return "" if value is None else str(int(value))


# --- the export -----------------------------------------------------------------------------------------

def _target(out: str | os.PathLike) -> Path:
    """The export folder (made when its parent exists), or a ValidationError naming ``out``."""
    if out is None or (isinstance(out, str) and not out.strip()):
        raise ValidationError("out", "required", _("give the folder to export to"))
    try:
        folder = Path(out).expanduser()
        if folder.exists() and not folder.is_dir():
            raise ValidationError("out", "not_a_folder", _("{folder} is a file; give a folder").format(folder=folder))
        if not folder.exists():
            if not folder.parent.is_dir():
                raise ValidationError("out", "no_folder", _("there is no folder {folder}").format(folder=folder.parent))
            folder.mkdir()
    except (TypeError, ValueError, RuntimeError, OSError) as exc:
        # Not a path at all (NUL, a lone surrogate), an unknown ~user, a name too long, no permission ...
        reason = getattr(exc, "strerror", None) or _("not a usable folder name")
        raise ValidationError("out", "not_a_folder", _("cannot export to {folder}: {reason}").format(folder=repr(str(out)), reason=reason)) from None
    return folder


def _write(path: Path, columns: list[Col], rows: Iterable[list[str]]) -> int:
    partial = path.with_name(path.name + ".partial")
    count = 0
    with partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in columns])
        for row in rows:
            assert len(row) == len(columns)
            writer.writerow(row)
            count += 1
    partial.replace(path)
    return count


def _dictionary(folder: Path, date_from: date | None, date_to: date | None) -> None:
    rows = [[name, c.name, c.type, c.description] for name, (_, cols) in FILES.items() for c in cols]
    with (folder / DICTIONARY_CSV).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "column", "type", "description"])
        writer.writerows(rows)
    period = (f"Referrals received from {date_from.isoformat() if date_from else 'the first'} to "
              f"{date_to.isoformat() if date_to else 'the last'} (London dates, both included).")
    lines = ["# Casework evaluation export: data dictionary", "", period, "",
             "Pseudonymised: people, referrals, interventions and sessions are named by keyed pseudonyms "
             "(HMAC-SHA256 under a secret key kept in the Casework database and never exported), stable across "
             "exports from the same database. There are no names, contacts, phone numbers, identifiers, free "
             "text or locations; ages are bands at referral, postcodes are districts, and dates are months "
             "(YYYY-MM, London time), with durations in whole days where they matter. yes/no columns are "
             "empty when not recorded.", ""]
    for name, (about, cols) in FILES.items():
        lines += [f"## {name}", "", about, "", "| column | type | description |", "|---|---|---|"]
        lines += [f"| {c.name} | {c.type} | {c.description} |" for c in cols]
        lines.append("")
    (folder / DICTIONARY_MD).write_text("\n".join(lines), encoding="utf-8")


def export_evaluation(ctx: Context, actor: Actor, out: str | os.PathLike, *, date_from: date | None = None,
                      date_to: date | None = None) -> ExportResult:
    """Write the evaluation export into the folder ``out`` (made if missing; our files in it are replaced)."""
    if actor.role not in EXPORT_ROLES:
        raise access.refuse(ctx, actor, "export_evaluation",
                            L_("the evaluation export covers every team's referrals: it is for managers"))
    for name, value in (("from", date_from), ("to", date_to)):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise ValidationError(name, "date_format", _("a date (YYYY-MM-DD)"))
    if date_from and date_to and date_to < date_from:
        raise ValidationError("to", "before_from", _("the period ends before it starts"))
    folder = _target(out)
    now = ctx.clock.now()
    start, end = period_bounds(date_from, date_to)
    with ctx.write() as s:
        key = _key(s, now)
    pseudonym = Pseudonymiser(key)
    del key
    rows: dict[str, int] = {}
    with ctx.read() as s:
        where = []
        if start is not None:
            where.append(Referral.received_at >= start)
        if end is not None:
            where.append(Referral.received_at < end)
        chosen = select(Referral.id).where(*where)
        stats = _session_stats(s, chosen)
        rows["referrals.csv"] = _write(folder / "referrals.csv", FILES["referrals.csv"][1],
                                       _referral_rows(s, ctx, where, pseudonym, stats))
        rows["interventions.csv"] = _write(folder / "interventions.csv", FILES["interventions.csv"][1],
                                           _intervention_rows(s, chosen, pseudonym, stats))
        rows["attendance.csv"] = _write(folder / "attendance.csv", FILES["attendance.csv"][1],
                                        _attendance_rows(s, chosen, pseudonym))
        rows["follow_ups.csv"] = _write(folder / "follow_ups.csv", FILES["follow_ups.csv"][1],
                                        _follow_up_rows(s, chosen, pseudonym))
    _dictionary(folder, date_from, date_to)
    files = [*FILES, DICTIONARY_CSV, DICTIONARY_MD]
    with ctx.write() as s:
        audit.record(s, actor, now, "export", "evaluation_export", None,
                     after={"from": date_from, "to": date_to, "rows": rows, "files": files})
    return ExportResult(str(folder), files, rows, date_from, date_to, now)


@dataclass
class _Stats:
    attended: int = 0
    did_not_attend: int = 0
    cancelled: int = 0


def _session_stats(s: Session, chosen) -> dict[int, _Stats]:
    """Attendance counts per intervention of the chosen referrals (intervention id → counts)."""
    result: dict[int, _Stats] = {}
    query = (select(Attendance.intervention_id, Attendance.status)
             .join(Intervention, Intervention.id == Attendance.intervention_id)
             .where(Intervention.referral_id.in_(chosen)))
    for intervention_id, status in s.execute(query):
        stats = result.setdefault(intervention_id, _Stats())
        setattr(stats, status, getattr(stats, status) + 1)
    return result


def _referral_rows(s: Session, ctx: Context, where, p: Pseudonymiser, stats: dict[int, _Stats]) -> Iterator[list[str]]:
    per_referral: dict[int, tuple[int, int, _Stats]] = {}
    for intervention_id, referral_id, kind in s.execute(select(Intervention.id, Intervention.referral_id,
                                                               Intervention.kind)):
        one, group, total = per_referral.get(referral_id, (0, 0, _Stats()))
        mine = stats.get(intervention_id, _Stats())
        total = _Stats(total.attended + mine.attended, total.did_not_attend + mine.did_not_attend,
                       total.cancelled + mine.cancelled)
        per_referral[referral_id] = (one + (kind == "one_to_one"), group + (kind == "group"), total)
    teams = dict(s.execute(select(Team.id, Team.name)).all())
    query = (select(Referral, Person.date_of_birth, Person.gender, Person.home_local_authority, Person.postcode)
             .join(Person, Person.id == Referral.person_id).where(*where).order_by(Referral.id)
             .execution_options(yield_per=CHUNK))
    for referral, dob, gender, la, postcode in s.execute(query):
        known = referral.pathway in ctx.pathways.ids()
        pathway = ctx.pathways.get(referral.pathway) if known else None
        one, group, total = per_referral.get(referral.id, (0, 0, _Stats()))
        received_day = to_local(referral.received_at).date()
        days_open = ((to_local(referral.closed_at).date() - received_day).days
                     if referral.closed_at is not None else None)
        completed = (referral.outcome in pathway.completed_outcomes) if (pathway and referral.outcome) else None
        out_of_area = (la not in pathway.service_area) if (pathway and la and pathway.service_area) else None
        yield [p("referral", referral.id), p("person", referral.person_id), referral.pathway, referral.source,
               teams.get(referral.team_id, ""), age_band(age_on(dob, received_day)) or "", gender or "", la or "",
               _yes(out_of_area), postcode_district(postcode), month(referral.received_at),
               month(referral.closed_at), _n(days_open), referral.stage, referral.outcome or "", _yes(completed),
               _yes(total.attended > 0), str(one), str(group), str(total.attended), str(total.did_not_attend),
               str(total.cancelled)]


def _intervention_rows(s: Session, chosen, p: Pseudonymiser, stats: dict[int, _Stats]) -> Iterator[list[str]]:
    programmes = dict(s.execute(select(Programme.id, Programme.name)).all())
    query = select(Intervention).where(Intervention.referral_id.in_(chosen)).order_by(Intervention.id)
    for i in s.scalars(query):
        mine = stats.get(i.id, _Stats())
        yield [p("intervention", i.id), p("referral", i.referral_id), i.kind, programmes.get(i.programme_id, ""),
               _yes(i.with_child), _yes(i.with_parents), month(i.started_on), month(i.ended_on), str(mine.attended),
               str(mine.did_not_attend), str(mine.cancelled)]


def _attendance_rows(s: Session, chosen, p: Pseudonymiser) -> Iterator[list[str]]:
    programmes = dict(s.execute(select(Programme.id, Programme.name)).all())
    interventions = list(s.scalars(select(Intervention).where(Intervention.referral_id.in_(chosen))
                                   .order_by(Intervention.id)))
    one_ids = [i.id for i in interventions if i.kind == "one_to_one"]
    group_ids = sorted({i.programme_id for i in interventions if i.kind == "group" and i.programme_id})
    own: dict[int, list[InterventionSession]] = {}
    shared: dict[int, list[ProgrammeSession]] = {}
    if one_ids:
        for x in s.scalars(select(InterventionSession).where(InterventionSession.intervention_id.in_(one_ids))
                           .order_by(InterventionSession.starts_at, InterventionSession.id)):
            own.setdefault(x.intervention_id, []).append(x)
    if group_ids:
        for g in s.scalars(select(ProgrammeSession).where(ProgrammeSession.programme_id.in_(group_ids))
                           .order_by(ProgrammeSession.starts_at, ProgrammeSession.id)):
            shared.setdefault(g.programme_id, []).append(g)
    marks: dict[tuple[str, int, int], Attendance] = {}
    if interventions:
        for a in s.scalars(select(Attendance).where(Attendance.intervention_id.in_([i.id for i in interventions]))):
            if a.session_id is not None:
                marks[("session", a.session_id, a.intervention_id)] = a
            else:
                marks[("group_session", a.programme_session_id, a.intervention_id)] = a  # type: ignore[index]
    for i in interventions:
        kind = "session" if i.kind == "one_to_one" else "group_session"
        sessions = own.get(i.id, []) if i.kind == "one_to_one" else shared.get(i.programme_id or 0, [])
        for x in sessions:
            day = to_local(x.starts_at).date()
            mark = marks.get((kind, x.id, i.id))
            if i.kind == "group" and mark is None and (day < i.started_on or (i.ended_on and day > i.ended_on)):
                continue  # not on the roster then
            yield [p(kind, x.id), p("intervention", i.id), p("referral", i.referral_id), i.kind,
                   programmes.get(i.programme_id, ""), month(x.starts_at), str(x.minutes), x.status,
                   mark.status if mark else "not_recorded",
                   _yes(mark.child_attended) if mark and mark.status == "attended" else "",
                   str(len(mark.contact_ids or [])) if mark else "0"]


def _follow_up_rows(s: Session, chosen, p: Pseudonymiser) -> Iterator[list[str]]:
    query = (select(FollowUp, Referral.closed_at).join(Referral, Referral.id == FollowUp.referral_id)
             .where(FollowUp.referral_id.in_(chosen), FollowUp.status != "cancelled")
             .order_by(FollowUp.referral_id, FollowUp.months))
    for f, closed_at in s.execute(query):
        days = ((f.police_contact_on - to_local(closed_at).date()).days
                if f.police_contact_on is not None and closed_at is not None else None)
        yield [p("referral", f.referral_id), str(f.months), month(f.due_on), f.status,
               _yes(f.further_police_contact), _n(days), _n(f.suspect_before), _n(f.victim_before),
               _n(f.suspect_after), _n(f.victim_after), _n(f.ed_reattendances), month(f.recorded_at)]
