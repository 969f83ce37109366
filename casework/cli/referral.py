"""referral new / show / list / event / move / assign / close."""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import ValidationError
from ..pathways import SOURCES
from ..services import overlap, referrals
from ..services.people import GENDERS, PersonInput
from ..services.views import EventView, ReferralDetail
from ..timeutil import age_on, format_local, to_local
from . import inputs, output
from .session import Invocation

TIME_HELP = "Europe/London local time, e.g. '2026-06-15 14:30' (an ISO 8601 offset is honoured)"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    referral = sub.add_parser("referral", help="referrals: intake, events, moves, assignment, closure")
    actions = referral.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("new", parents=[common], help="take a new referral; prints its id",
                           description="Take a new referral for a new young person (the name and date of birth "
                                       "options) or an existing one (--person). For a custody, MARF or ED source "
                                       "the first event is recorded at the received time, carrying the --field "
                                       "details. Prints the new referral's id.")
    p.add_argument("--pathway", required=True, help="act_now, intact, ae_navigator, ... (see `casework pathway list`)")
    p.add_argument("--source", required=True, choices=SOURCES)
    p.add_argument("--given-name")
    p.add_argument("--family-name")
    p.add_argument("--dob", metavar="YYYY-MM-DD", help="date of birth")
    p.add_argument("--received-at", metavar="TIME", help=f"when the referral came in (default now); {TIME_HELP}")
    p.add_argument("--home-la", metavar="LA", help="home local authority")
    p.add_argument("--site", help="site code (see `casework site list`)")
    p.add_argument("--team", help="team name (default: your own team)")
    p.add_argument("--assign", metavar="USER", help="assign to this caseworker or team lead")
    p.add_argument("--gender", help=", ".join(GENDERS))
    p.add_argument("--postcode")
    p.add_argument("--pnc-id")
    p.add_argument("--nhs-number")
    p.add_argument("--contact", action="append", metavar="NAME;RELATIONSHIP;PHONE",
                   help="a parent, carer or other contact (repeatable; the phone may be left out); mother, father, "
                        "parent, carer, guardian, grandparent and step-* relationships are marked parent/carer")
    p.add_argument("--person", type=int, metavar="ID", help="an existing person instead of the name and dob options")
    p.add_argument("--field", action="append", metavar="KEY=VALUE", help="a detail of the first event (repeatable)")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true", help="print the new referral as JSON")
    p.set_defaults(handler=new)

    p = actions.add_parser("show", parents=[common], help="a referral with its person, contacts and events")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=show)

    p = actions.add_parser("mash-tasks", parents=[common], help="MASH safeguarding referrals still to send",
                           description="Open referrals of young people from outside the pathway's service area "
                                       "whose MASH safeguarding referral is not yet recorded as sent, soonest due "
                                       "first. Record one with `referral event ID mash_referral_sent --field "
                                       "mash=...`.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=mash_tasks)

    p = actions.add_parser("list", parents=[common], help="list referrals, newest first")
    p.add_argument("--open", action="store_true", help="only referrals not closed")
    p.add_argument("--pathway")
    p.add_argument("--team")
    p.add_argument("--assigned", metavar="USER")
    p.add_argument("--limit", type=_positive, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=list_)

    p = actions.add_parser("event", parents=[common], help="record something that happened",
                           description="Record an event (see `casework pathway show PATHWAY` for the kinds and "
                                       "their fields). Back-dating with --at is allowed, never to before the "
                                       "referral was received.")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--at", metavar="TIME", help=f"when it happened (default now); {TIME_HELP}")
    p.add_argument("--field", action="append", metavar="KEY=VALUE", help="a detail of the event (repeatable)")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true", help="print the event as JSON")
    p.set_defaults(handler=event)

    p = actions.add_parser("void", parents=[common], help="void a mistaken event (it stays on the record)")
    p.add_argument("event_id", type=int, metavar="EVENT")
    p.add_argument("--reason", required=True, help="why the event is void")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=void)

    p = actions.add_parser("correct", parents=[common], help="correct an event's time, details or note",
                           description="Replace an event with a corrected copy; the original is voided and kept. "
                                       "Timers re-time at once.")
    p.add_argument("event_id", type=int, metavar="EVENT")
    p.add_argument("--at", metavar="TIME", help=f"the corrected time; {TIME_HELP}")
    p.add_argument("--field", action="append", metavar="KEY=VALUE", help="the corrected details (all of them)")
    p.add_argument("--note")
    p.add_argument("--reason", default="corrected", help="why it was corrected")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=correct)

    p = actions.add_parser("move", parents=[common], help="move a referral to another stage")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("stage", metavar="STAGE")
    _write_options(p, note=True)
    p.set_defaults(handler=move)

    p = actions.add_parser("assign", parents=[common], help="assign a referral to a caseworker or team lead")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("username", metavar="USER")
    _write_options(p, note=False)
    p.set_defaults(handler=assign)

    p = actions.add_parser("close", parents=[common], help="close a referral with an outcome")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("outcome", metavar="OUTCOME")
    _write_options(p, note=True)
    p.set_defaults(handler=close)

    p = actions.add_parser("reopen", parents=[common], help="undo a closure: back to the stage it was closed from; "
                                                            "its follow-up checks are cancelled")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reason", required=True, help="why it is reopened")
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse (exit 5) if the referral is no longer at this version")
    p.add_argument("--json", action="store_true", help="print the referral as JSON")
    p.set_defaults(handler=reopen)


def _write_options(p: argparse.ArgumentParser, *, note: bool) -> None:
    p.add_argument("--at", metavar="TIME", help=f"when it happened (default now); {TIME_HELP}")
    if note:
        p.add_argument("--note")
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse (exit 5) if the referral is no longer at this version")
    p.add_argument("--json", action="store_true", help="print the referral as JSON")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


# --- new ----------------------------------------------------------------------------------------

_PERSON_OPTIONS = {"given_name": "--given-name", "family_name": "--family-name", "dob": "--dob",
                   "home_la": "--home-la", "gender": "--gender", "postcode": "--postcode", "pnc_id": "--pnc-id",
                   "nhs_number": "--nhs-number", "contact": "--contact"}


def _person_input(a: argparse.Namespace) -> PersonInput | None:
    if a.person is not None:
        given = [flag for attr, flag in _PERSON_OPTIONS.items() if getattr(a, attr)]
        if given:
            raise ValidationError("person", "person_twice",
                                  f"--person names an existing person; leave out {', '.join(given)}")
        return None
    return PersonInput(
        given_name=a.given_name or "", family_name=a.family_name or "",
        date_of_birth=inputs.date_or_none(a.dob, "date_of_birth"),
        gender=a.gender, home_local_authority=a.home_la, postcode=a.postcode, pnc_id=a.pnc_id,
        nhs_number=a.nhs_number, contacts=inputs.contacts(a.contact),
    )


def new(inv: Invocation) -> int:
    a = inv.args
    request = referrals.NewReferral(
        pathway=a.pathway, source=a.source, person=_person_input(a), person_id=a.person,
        received_at=inputs.time_or_none(a.received_at, "received_at"), site=a.site, team=a.team,
        assigned_to=a.assign, first_event_details=inputs.fields(a.field) or None, note=a.note,
    )
    detail = referrals.create_referral(inv.context(), inv.actor(), request)
    if inv.json:
        output.print_json(detail.to_json())
    else:
        print(detail.id)
    return 0


# --- show and list ------------------------------------------------------------------------------

def _details_text(details: dict[str, Any]) -> str:
    return "  ".join(f"{key}={output.cell(value)}" for key, value in details.items())


def print_detail(detail: ReferralDetail, today) -> None:
    person = detail.person
    ids = [f"PNC {person.pnc_id}" if person.pnc_id else "", f"NHS {person.nhs_number}" if person.nhs_number else ""]
    about = ", ".join(x for x in [person.gender, person.home_local_authority, person.postcode, *ids] if x)
    contacts = "\n".join(
        f"{c.name} ({c.relationship}{', parent/carer' if c.is_parent_carer else ''}){' ' + c.phone if c.phone else ''}"
        for c in person.contacts)
    closed = f"{format_local(detail.closed_at)}: {detail.outcome}" if detail.closed_at else None
    print(f"Referral {detail.id}: {detail.pathway_label} ({detail.pathway}), from {detail.source}")
    output.print_fields([
        ("Person", f"{person.full_name} (person {person.id}), born {person.date_of_birth.isoformat()}, "
                   f"age {age_on(person.date_of_birth, today)}"),
        ("Details", about),
        ("Contacts", contacts),
        ("Stage", f"{detail.stage_label} ({detail.stage})"),
        ("Moves", ", ".join(detail.allowed_moves) if not detail.closed_at else None),
        ("Assigned", detail.assigned_to or "(nobody)"),
        ("Team", detail.team),
        ("Site", detail.site),
        ("Received", format_local(detail.received_at)),
        ("Closed", closed),
        ("Version", detail.version),
    ])
    print()
    print("Events:")
    if not detail.events:
        print("  (none)")
    for e in detail.events:
        print(f"  {format_local(e.occurred_at)}  {e.label} [{e.kind}]  by {e.recorded_by}  (event {e.id})")
        # Voided and corrected events stay on the record; say so rather than hide them.
        voided_at = getattr(e, "voided_at", None)
        if voided_at is not None:
            reason = getattr(e, "void_reason", None)
            print(f"      VOID since {format_local(voided_at)}" + (f": {reason}" if reason else ""))
        corrects = getattr(e, "corrects_event_id", None)
        if corrects is not None:
            print(f"      (corrects event {corrects})")
        if e.details:
            print(f"      {_details_text(e.details)}")
        if abs((e.recorded_at - e.occurred_at).total_seconds()) >= 60:
            print(f"      (recorded {format_local(e.recorded_at)})")
        if e.note:
            for line in e.note.splitlines():
                print(f"      | {line}")


def show(inv: Invocation) -> int:
    ctx = inv.context()
    detail = referrals.get_referral(ctx, inv.actor(), inv.args.id, view="command_line")
    found = overlap.referral_overlap(ctx, inv.actor(), detail.id)
    if inv.json:
        output.print_json({**detail.to_json(), "other_referrals": [r.to_json() for r in found.other_referrals],
                           "risk_flags": [f.to_json() for f in found.risk_flags],
                           "hidden_referrals": found.hidden_referrals,
                           "mash": found.mash.to_json() if found.mash else None})
    else:
        print_detail(detail, to_local(ctx.clock.now()).date())
        print_overlap(found)
    return 0


def mash_text(task: overlap.MashTask) -> str:
    if not task.needed:
        return ("not needed: lives inside the service area" if task.reason == overlap.MASH_IN_AREA
                else "unknown: record the home local authority to know whether a MASH referral is needed")
    if task.sent:
        reference = f", reference {task.reference}" if task.reference else ""
        return (f"sent to {task.sent_to or task.mash} {format_local(task.sent_at)} by {task.sent_by}{reference} "
                f"({task.state.replace('_', ' ')})")
    if task.due_at is None:
        return f"needed: refer to {task.mash} (the clock starts when the young person is seen)"
    return f"needed: refer to {task.mash} by {format_local(task.due_at)} ({task.state.replace('_', ' ')})"


def print_overlap(found: overlap.ReferralOverlap) -> None:
    print()
    output.print_fields([
        ("Risk flags", "; ".join(f"{f.label} (set {format_local(f.set_at)} by {f.set_by})" for f in found.risk_flags)
         or "(none)"),
        ("MASH referral", mash_text(found.mash) if found.mash else None),
    ])
    print("Other referrals of this young person:")
    if not found.other_referrals and not found.hidden_referrals:
        print("  (none)")
    for r in found.other_referrals:
        state = f"open, {r.stage_label}" if r.open else f"closed {format_local(r.closed_at)}: {r.outcome}"
        print(f"  #{r.id}  {r.pathway_label}  received {format_local(r.received_at)}  {state}")
    if found.hidden_referrals:
        print(f"  {found.hidden_referrals} referral{'s' if found.hidden_referrals != 1 else ''} elsewhere "
              "you cannot open")


def mash_tasks(inv: Invocation) -> int:
    tasks = overlap.mash_tasks(inv.context(), inv.actor())
    if inv.json:
        output.print_json([t.to_json() for t in tasks])
        return 0
    output.print_table(["REFERRAL", "MASH", "STATE", "DUE"],
                       [(t.referral_id, t.mash, t.state, format_local(t.due_at) if t.due_at else "when seen")
                        for t in tasks], empty="(no MASH referrals outstanding)")
    return 0


def list_(inv: Invocation) -> int:
    a = inv.args
    rows = referrals.list_referrals(inv.context(), inv.actor(), open_only=a.open, pathway=a.pathway, team=a.team,
                                    assigned_to=a.assigned, limit=a.limit)
    if inv.json:
        output.print_json([r.to_json() for r in rows])
        return 0
    output.print_table(
        ["ID", "RECEIVED", "PATHWAY", "PERSON", "STAGE", "ASSIGNED", "TEAM", "OUTCOME"],
        [(r.id, format_local(r.received_at), r.pathway, r.person_name, r.stage, r.assigned_to, r.team, r.outcome)
         for r in rows],
        empty="(no referrals)",
    )
    return 0


# --- writing ------------------------------------------------------------------------------------

def _print_event(e: EventView, referral_id: int) -> None:
    print(f"recorded {e.kind} (event {e.id}) on referral {referral_id} at {format_local(e.occurred_at)}")


def event(inv: Invocation) -> int:
    a = inv.args
    recorded = referrals.record_event(inv.context(), inv.actor(), a.id, a.kind,
                                      occurred_at=inputs.time_or_none(a.at, "occurred_at"),
                                      details=inputs.fields(a.field), note=a.note)
    if inv.json:
        output.print_json(recorded.to_json())
    else:
        _print_event(recorded, a.id)
    return 0


def _done(inv: Invocation, detail: ReferralDetail, message: str) -> int:
    if inv.json:
        output.print_json(detail.to_json())
    else:
        print(f"{message} (now at version {detail.version})")
    return 0


def move(inv: Invocation) -> int:
    a = inv.args
    detail = referrals.move_stage(inv.context(), inv.actor(), a.id, a.stage, expected_version=a.expected_version,
                                  at=inputs.time_or_none(a.at, "at"), note=a.note)
    return _done(inv, detail, f"referral {detail.id} moved to {detail.stage_label} ({detail.stage})")


def assign(inv: Invocation) -> int:
    a = inv.args
    detail = referrals.assign(inv.context(), inv.actor(), a.id, a.username, expected_version=a.expected_version,
                              at=inputs.time_or_none(a.at, "at"))
    return _done(inv, detail, f"referral {detail.id} assigned to {detail.assigned_to}")


def close(inv: Invocation) -> int:
    a = inv.args
    detail = referrals.close_referral(inv.context(), inv.actor(), a.id, a.outcome,
                                      expected_version=a.expected_version, at=inputs.time_or_none(a.at, "at"),
                                      note=a.note)
    return _done(inv, detail, f"referral {detail.id} closed: {detail.outcome}")


def reopen(inv: Invocation) -> int:
    a = inv.args
    detail = referrals.reopen_referral(inv.context(), inv.actor(), a.id, a.reason, expected_version=a.expected_version)
    return _done(inv, detail, f"referral {detail.id} reopened at {detail.stage_label} ({detail.stage})")


def void(inv: Invocation) -> int:
    a = inv.args
    voided = referrals.void_event(inv.context(), inv.actor(), a.event_id, a.reason)
    if inv.json:
        output.print_json(voided.to_json())
    else:
        print(f"event {voided.id} ({voided.kind}) is void; timers re-timed")
    return 0


def correct(inv: Invocation) -> int:
    a = inv.args
    fixed = referrals.correct_event(inv.context(), inv.actor(), a.event_id, occurred_at=inputs.time_or_none(a.at, "occurred_at"),
                                    details=inputs.fields(a.field) if a.field else None, note=a.note, reason=a.reason)
    if inv.json:
        output.print_json(fixed.to_json())
    else:
        print(f"event {a.event_id} corrected by event {fixed.id} at {format_local(fixed.occurred_at)}; timers re-timed")
    return 0
