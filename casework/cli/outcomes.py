"""programme / intervention / followup / export: interventions, group programmes, follow-up checks and
the pseudonymised export for evaluators."""

from __future__ import annotations

import argparse

from ..errors import ValidationError
from ..services import evaluation, followups
from ..services import interventions as iv
from ..services.followups import FollowUpInput
from ..services.interventions import InterventionView, SessionView
from ..timeutil import format_local
from . import inputs, output
from .session import Invocation

TIME_HELP = "Europe/London local time, e.g. '2026-06-15 14:30'"
ATTENDANCE_CODES = {"attended": "A", "did_not_attend": "DNA", "cancelled": "C"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    _programme(sub, common)
    _intervention(sub, common)
    _followup(sub, common)
    _export(sub, common)


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


def _attend_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--child", choices=("yes", "no"), help="the child came (default: yes when the work is with them)")
    p.add_argument("--contact", type=int, action="append", metavar="CONTACT_ID",
                   help="a parent or carer who came (repeatable; ids from `casework referral show --json`)")
    p.add_argument("--expected-version", type=int, metavar="N")
    _json(p)


def _session_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--at", required=True, metavar="TIME", help=f"when the session starts; {TIME_HELP}")
    p.add_argument("--minutes", type=int, default=60, help="how long it lasts (default 60)")
    p.add_argument("--location", help="where it is held")
    _json(p)


def _programme(sub, common) -> None:
    actions = sub.add_parser("programme", help="group programmes: roster, sessions, attendance").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("new", parents=[common], help="a new group programme")
    p.add_argument("name")
    p.add_argument("--pathway", help="only for referrals on this pathway")
    p.add_argument("--team", help="the team running it (default: your own)")
    p.add_argument("--description")
    _json(p)
    p.set_defaults(handler=programme_new)
    p = actions.add_parser("list", parents=[common], help="group programmes, with roster and session counts")
    p.add_argument("--all", action="store_true", help="include programmes no longer running")
    _json(p)
    p.set_defaults(handler=programme_list)
    p = actions.add_parser("show", parents=[common], help="a programme's roster and its attendance grid")
    p.add_argument("programme", metavar="PROGRAMME", help="id or name")
    _json(p)
    p.set_defaults(handler=programme_show)
    p = actions.add_parser("session", parents=[common], help="plan a session of a group programme")
    p.add_argument("programme", metavar="PROGRAMME", help="id or name")
    _session_options(p)
    p.set_defaults(handler=programme_session)
    p = actions.add_parser("attend", parents=[common], help="record a participant's attendance at a group session",
                           description="Record a participant's attendance at a group session (its id from "
                                       "`programme show`): attended (with who came), did_not_attend, or cancelled.")
    p.add_argument("session", type=int, metavar="SESSION")
    p.add_argument("status", choices=iv.ATTENDANCE)
    p.add_argument("--participant", type=int, required=True, metavar="INTERVENTION",
                   help="the participant (their intervention id, from `programme show`)")
    _attend_options(p)
    p.set_defaults(handler=programme_attend)
    p = actions.add_parser("cancel-session", parents=[common], help="a group session is off")
    p.add_argument("session", type=int, metavar="SESSION")
    p.add_argument("--expected-version", type=int, metavar="N")
    _json(p)
    p.set_defaults(handler=programme_cancel_session)
    p = actions.add_parser("end", parents=[common], help="the programme is no longer running")
    p.add_argument("programme", metavar="PROGRAMME", help="id or name")
    p.set_defaults(handler=programme_end)


def _intervention(sub, common) -> None:
    actions = sub.add_parser("intervention", help="1-2-1 and group interventions on a referral; sessions and "
                                                  "attendance").add_subparsers(dest="action", metavar="ACTION",
                                                                               required=True)
    p = actions.add_parser("add", parents=[common], help="start 1-2-1 work or put the young person on a programme",
                           description="Start 1-2-1 work (--one-to-one, with the child, the parents/carers or both) "
                                       "or give the young person a place on a group programme (--group).")
    p.add_argument("referral", type=int, metavar="REFERRAL")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--one-to-one", action="store_true", help="1-2-1 work")
    kind.add_argument("--group", metavar="PROGRAMME", help="a place on this group programme (id or name)")
    p.add_argument("--with", dest="with_", default="child", metavar="WHO",
                   help="1-2-1: child, parents or child,parents (default child)")
    p.add_argument("--start", metavar="YYYY-MM-DD", help="the day it started (default today)")
    _json(p)
    p.set_defaults(handler=intervention_add)
    p = actions.add_parser("list", parents=[common], help="a referral's interventions with sessions and attendance")
    p.add_argument("referral", type=int, metavar="REFERRAL")
    _json(p)
    p.set_defaults(handler=intervention_list)
    p = actions.add_parser("end", parents=[common], help="the intervention has ended")
    p.add_argument("id", type=int, metavar="INTERVENTION")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day it ended (default today)")
    p.add_argument("--expected-version", type=int, metavar="N")
    _json(p)
    p.set_defaults(handler=intervention_end)
    p = actions.add_parser("session", parents=[common], help="plan a session of a 1-2-1 intervention")
    p.add_argument("id", type=int, metavar="INTERVENTION")
    _session_options(p)
    p.set_defaults(handler=intervention_session)
    p = actions.add_parser("attend", parents=[common], help="record who attended a 1-2-1 session",
                           description="Record the attendance at a 1-2-1 session: attended (with who came), "
                                       "did_not_attend, or cancelled (by the young person or family). Group sessions: "
                                       "`casework programme attend`.")
    p.add_argument("session", type=int, metavar="SESSION")
    p.add_argument("status", choices=iv.ATTENDANCE)
    _attend_options(p)
    p.set_defaults(handler=intervention_attend)
    p = actions.add_parser("cancel-session", parents=[common], help="a 1-2-1 session is off")
    p.add_argument("session", type=int, metavar="SESSION")
    p.add_argument("--expected-version", type=int, metavar="N")
    _json(p)
    p.set_defaults(handler=intervention_cancel_session)


def _followup(sub, common) -> None:
    actions = sub.add_parser("followup", help="follow-up checks 3, 6 and 12 months after closure").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("due", parents=[common], help="checks overdue or due soon for a worker (default: you)")
    p.add_argument("--worker", metavar="USER", help="this worker's checks")
    p.add_argument("--all", action="store_true", help="every worker's (a team lead: their team's)")
    p.add_argument("--within", type=int, default=followups.DUE_SOON_DAYS, metavar="DAYS",
                   help=f"due within this many days (default {followups.DUE_SOON_DAYS}); overdue ones always")
    _json(p)
    p.set_defaults(handler=followup_due)
    p = actions.add_parser("list", parents=[common], help="a referral's follow-up checks")
    p.add_argument("referral", type=int, metavar="REFERRAL")
    p.add_argument("--cancelled", action="store_true", help="include checks cancelled by a reopening")
    _json(p)
    p.set_defaults(handler=followup_list)
    p = actions.add_parser("record", parents=[common], help="record a follow-up check (from its due date)")
    p.add_argument("id", type=int, metavar="FOLLOWUP")
    p.add_argument("--police-contact", required=True, metavar="yes|no", help="further police contact since closure")
    p.add_argument("--contact-date", metavar="YYYY-MM-DD", help="date of the first further police contact (when yes)")
    p.add_argument("--suspect-before", metavar="N", help="occurrences as suspect, 12 months before referral")
    p.add_argument("--victim-before", metavar="N", help="occurrences as victim, 12 months before referral")
    p.add_argument("--suspect-after", metavar="N", help="occurrences as suspect, 12 months after referral (12-month check)")
    p.add_argument("--victim-after", metavar="N", help="occurrences as victim, 12 months after referral (12-month check)")
    p.add_argument("--ed", required=True, metavar="N", help="ED re-attendances since closure (0 if none)")
    p.add_argument("--expected-version", type=int, metavar="N")
    _json(p)
    p.set_defaults(handler=followup_record)


def _export(sub, common) -> None:
    actions = sub.add_parser("export", help="the pseudonymised export for evaluators").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = actions.add_parser(
        "evaluation", parents=[common], help="CSV files and a data dictionary, pseudonymised (managers)",
        description="Write referrals.csv, interventions.csv, attendance.csv, follow_ups.csv and the data dictionary "
                    "(data_dictionary.csv and .md) into DIR, for referrals received in the period. No names, contacts, "
                    "identifiers or free text; age bands, postcode districts and months instead; keyed pseudonyms "
                    "that stay the same across exports from this database. The key stays in the database.")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write (made if missing)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day referrals were received, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day referrals were received, YYYY-MM-DD")
    _json(p)
    p.set_defaults(handler=export_evaluation)
    p = actions.add_parser("new-key", parents=[common],
                           help="replace the pseudonym key (administrators): later exports cannot be linked to "
                                "earlier ones")
    p.add_argument("--yes", action="store_true", help="confirm")
    p.set_defaults(handler=export_new_key)


# --- programme ------------------------------------------------------------------------------------------

def programme_new(inv: Invocation) -> int:
    a = inv.args
    view = iv.create_programme(inv.context(), inv.actor(), a.name, pathway=a.pathway, team=a.team,
                               description=a.description)
    if inv.json:
        output.print_json(view.to_json())
    else:
        print(f"programme {view.id}: {view.name}")
    return 0


def programme_list(inv: Invocation) -> int:
    views = iv.list_programmes(inv.context(), inv.actor(), active_only=not inv.args.all)
    if inv.json:
        output.print_json([v.to_json() for v in views])
        return 0
    output.print_table(["ID", "NAME", "PATHWAY", "TEAM", "RUNNING", "PARTICIPANTS", "SESSIONS"],
                       [(v.id, v.name, v.pathway, v.team, v.active, v.participants, v.sessions) for v in views])
    return 0


def _when(view: SessionView) -> str:
    return iv.local_session_time(view)


def programme_show(inv: Invocation) -> int:
    d = iv.programme_detail(inv.context(), inv.actor(), inv.args.programme)
    if inv.json:
        output.print_json(d.to_json())
        return 0
    p = d.programme
    output.print_fields([("Programme", f"{p.id}: {p.name}"), ("Pathway", p.pathway), ("Team", p.team),
                         ("Running", p.active), ("Description", p.description)])
    print()
    output.print_table(["SESSION", "STARTS", "MINUTES", "STATUS"],
                       [(s.id, _when(s), s.minutes, s.status) for s in d.sessions], empty="(no sessions)")
    print()
    headers = ["PARTICIPANT", "REFERRAL", "YOUNG PERSON"] + [f"S{s.id}" for s in d.sessions]
    rows = []
    for person in d.participants:
        cells = []
        for s in d.sessions:
            mark = s.attendance_of(person.intervention_id)
            cells.append(ATTENDANCE_CODES[mark.status] if mark else ("x" if s.status == "cancelled" else "-"))
        rows.append([person.intervention_id, person.referral_id, person.person_name, *cells])
    output.print_table(headers, rows, empty="(nobody on the roster)" if not d.others else "(none you may read)")
    if d.others:
        print(f"and {d.others} more from referrals you may not read")
    if d.sessions and d.participants:
        print("\nA attended, DNA did not attend, C cancelled by the participant, - not recorded, x session cancelled")
    return 0


def programme_session(inv: Invocation) -> int:
    a = inv.args
    view = iv.plan_session(inv.context(), inv.actor(), programme=a.programme,
                           starts_at=inputs.time_or_none(a.at, "starts_at"), minutes=a.minutes, location=a.location)
    return _session_done(inv, view, "planned")


def programme_end(inv: Invocation) -> int:
    view = iv.set_programme_active(inv.context(), inv.actor(), inv.args.programme, False)
    print(f"programme {view.id} ({view.name}) is no longer running")
    return 0


# --- intervention ---------------------------------------------------------------------------------------

def _session_done(inv: Invocation, view: SessionView, what: str) -> int:
    if inv.json:
        output.print_json(view.to_json())
    else:
        kind = "group session" if view.group else "session"
        print(f"{kind} {view.id} {what}: {_when(view)}, {view.status} (version {view.version})")
    return 0


def _intervention_done(inv: Invocation, view: InterventionView, what: str) -> int:
    if inv.json:
        output.print_json(view.to_json())
    else:
        print(f"intervention {view.id} {what}: {view.label} (referral {view.referral_id})")
    return 0


def intervention_add(inv: Invocation) -> int:
    a = inv.args
    start = inputs.date_or_none(a.start, "started_on")
    if a.group:
        view = iv.add_intervention(inv.context(), inv.actor(), a.referral, "group", programme=a.group, started_on=start)
    else:
        who = {w.strip() for w in a.with_.split(",") if w.strip()}
        unknown = who - {"child", "parents"}
        if unknown:
            raise ValidationError("with", "choice", f"--with takes child, parents or child,parents; not {a.with_!r}")
        view = iv.add_intervention(inv.context(), inv.actor(), a.referral, "one_to_one", with_child="child" in who,
                                   with_parents="parents" in who, started_on=start)
    return _intervention_done(inv, view, "started")


def intervention_list(inv: Invocation) -> int:
    views = iv.referral_interventions(inv.context(), inv.actor(), inv.args.referral)
    if inv.json:
        output.print_json([v.to_json() for v in views])
        return 0
    if not views:
        print("(no interventions)")
        return 0
    for v in views:
        c = v.counts()
        ended = f", ended {v.ended_on}" if v.ended_on else ""
        print(f"intervention {v.id}: {v.label}, from {v.started_on}{ended} — attended {c['attended']}, "
              f"did not attend {c['did_not_attend']}, cancelled by participant {c['participant_cancelled']}")
        rows = []
        for s in v.sessions:
            mark = s.attendance_of(v.id)
            who = ""
            if mark and mark.status == "attended":
                who = ", ".join((["child"] if mark.child_attended else []) + mark.contacts)
            rows.append(["", s.id, _when(s), s.status, mark.status if mark else "", who])
        output.print_table(["", "SESSION", "STARTS", "STATUS", "ATTENDANCE", "WHO CAME"], rows, empty="  (no sessions)")
    return 0


def intervention_end(inv: Invocation) -> int:
    a = inv.args
    view = iv.end_intervention(inv.context(), inv.actor(), a.id, ended_on=inputs.date_or_none(a.on, "ended_on"),
                               expected_version=a.expected_version)
    return _intervention_done(inv, view, "ended")


def intervention_session(inv: Invocation) -> int:
    a = inv.args
    view = iv.plan_session(inv.context(), inv.actor(), intervention_id=a.id,
                           starts_at=inputs.time_or_none(a.at, "starts_at"), minutes=a.minutes, location=a.location)
    return _session_done(inv, view, "planned")


def _attend(inv: Invocation, group: bool) -> int:
    a = inv.args
    child = None if a.child is None else a.child == "yes"
    view = iv.record_attendance(inv.context(), inv.actor(), a.session, a.status, group=group,
                                intervention_id=getattr(a, "participant", None), child_attended=child,
                                contact_ids=a.contact or [], expected_version=a.expected_version)
    return _session_done(inv, view, "attendance recorded")


def intervention_attend(inv: Invocation) -> int:
    return _attend(inv, False)


def programme_attend(inv: Invocation) -> int:
    return _attend(inv, True)


def intervention_cancel_session(inv: Invocation) -> int:
    a = inv.args
    view = iv.cancel_session(inv.context(), inv.actor(), a.session, expected_version=a.expected_version)
    return _session_done(inv, view, "cancelled")


def programme_cancel_session(inv: Invocation) -> int:
    a = inv.args
    view = iv.cancel_session(inv.context(), inv.actor(), a.session, group=True, expected_version=a.expected_version)
    return _session_done(inv, view, "cancelled")


# --- followup -------------------------------------------------------------------------------------------

def followup_due(inv: Invocation) -> int:
    a = inv.args
    rows = followups.due_follow_ups(inv.context(), inv.actor(), worker=a.worker, within_days=a.within, everyone=a.all)
    if inv.json:
        output.print_json([r.to_json() for r in rows])
        return 0
    output.print_table(["FOLLOWUP", "REFERRAL", "YOUNG PERSON", "PATHWAY", "CHECK", "DUE", "", "WORKER"],
                       [(r.id, r.referral_id, r.person_name, r.pathway, f"{r.months} months", r.due_on.isoformat(),
                         "OVERDUE" if r.overdue else "", r.assigned_to) for r in rows],
                       empty="(no follow-up checks due)")
    return 0


def followup_list(inv: Invocation) -> int:
    a = inv.args
    rows = followups.list_follow_ups(inv.context(), inv.actor(), a.referral, include_cancelled=a.cancelled)
    if inv.json:
        output.print_json([r.to_json() for r in rows])
        return 0
    output.print_table(
        ["FOLLOWUP", "CHECK", "DUE", "STATUS", "POLICE CONTACT", "SUSPECT B/A", "VICTIM B/A", "ED"],
        [(r.id, f"{r.months} months", r.due_on.isoformat(), r.status,
          "" if r.further_police_contact is None else (f"yes, {r.police_contact_on}" if r.further_police_contact else "no"),
          _pair(r.suspect_before, r.suspect_after), _pair(r.victim_before, r.victim_after), r.ed_reattendances)
         for r in rows], empty="(no follow-up checks: the referral is open)")
    return 0


def _pair(before, after) -> str:
    if before is None and after is None:
        return ""
    return f"{'' if before is None else before}/{'' if after is None else after}"


def followup_record(inv: Invocation) -> int:
    a = inv.args
    data = FollowUpInput(further_police_contact=a.police_contact, police_contact_on=a.contact_date,
                         suspect_before=a.suspect_before, victim_before=a.victim_before,
                         suspect_after=a.suspect_after, victim_after=a.victim_after, ed_reattendances=a.ed)
    view = followups.record_follow_up(inv.context(), inv.actor(), a.id, data, expected_version=a.expected_version)
    if inv.json:
        output.print_json(view.to_json())
    else:
        print(f"{view.months}-month check {view.id} of referral {view.referral_id} recorded "
              f"(version {view.version})")
    return 0


# --- export ---------------------------------------------------------------------------------------------

def export_evaluation(inv: Invocation) -> int:
    a = inv.args
    result = evaluation.export_evaluation(inv.context(), inv.actor(), a.out,
                                          date_from=inputs.date_or_none(a.date_from, "from"),
                                          date_to=inputs.date_or_none(a.date_to, "to"))
    if inv.json:
        output.print_json(result.to_json())
    else:
        counts = ", ".join(f"{name} {n} rows" for name, n in result.rows.items())
        print(f"wrote {result.folder}: {counts}; data dictionary in data_dictionary.csv and data_dictionary.md "
              f"({format_local(result.exported_at)})")
    return 0


def export_new_key(inv: Invocation) -> int:
    if not inv.args.yes:
        raise ValidationError("yes", "required", "replacing the key breaks the link with earlier exports; "
                                                 "add --yes to do it")
    evaluation.replace_key(inv.context(), inv.actor())
    print("a new pseudonym key is in place; exports from now on cannot be linked to earlier ones")
    return 0
