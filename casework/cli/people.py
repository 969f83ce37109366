"""people show / matches / duplicates / not-duplicate / merge / unmerge / merges / flags / flag / unflag."""

from __future__ import annotations

import argparse
from datetime import date

from ..errors import ValidationError
from ..services import matching, merge, people, risk
from ..timeutil import age_on, format_local, to_local
from . import output
from .session import Invocation


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("people", help="young people: matches, duplicates, merging, risk flags")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("show", parents=[common], help="a person with their referrals and risk flags")
    p.add_argument("id", type=int, metavar="PERSON")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=show)

    p = actions.add_parser("matches", parents=[common], help="people who may be the one described (as at intake)",
                           description="The same identifier (NHS number, PNC ID) first, then the same date of birth "
                                       "(or a plausible slip of it) with a similar name; each with a score and its "
                                       "reasons.")
    p.add_argument("--given-name", default="")
    p.add_argument("--family-name", default="")
    p.add_argument("--dob", metavar="YYYY-MM-DD", help="date of birth")
    p.add_argument("--nhs-number")
    p.add_argument("--pnc-id")
    p.add_argument("--postcode")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=matches)

    p = actions.add_parser("duplicates", parents=[common], help="likely duplicate people across the database",
                           description="Pairs of stored people who are likely one young person, strongest first "
                                       "among the people you may read (team leads and managers). Pairs marked with "
                                       "`people not-duplicate` are left out.")
    p.add_argument("--min-score", type=int, default=matching.DUPLICATE_MIN_SCORE, metavar="N",
                   help=f"lowest score listed (default {matching.DUPLICATE_MIN_SCORE})")
    p.add_argument("--limit", type=int, default=500, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=duplicates)

    p = actions.add_parser("not-duplicate", parents=[common], help="record that two look-alike people are different")
    p.add_argument("first", type=int, metavar="PERSON")
    p.add_argument("second", type=int, metavar="OTHER")
    p.add_argument("--note", help="how it was established (e.g. twins, confirmed with the school)")
    p.set_defaults(handler=not_duplicate)

    p = actions.add_parser("merge", parents=[common], help="merge OTHER into KEEP; prints the merge id",
                           description="Fold the OTHER person record into KEEP: every referral, contact, risk flag "
                                       "and any other row of OTHER moves to KEEP; KEEP keeps its own values except "
                                       "where blank (then OTHER's) or named with --take. Audited; undo with "
                                       "`people unmerge MERGE_ID`.")
    p.add_argument("keep", type=int, metavar="KEEP")
    p.add_argument("other", type=int, metavar="OTHER")
    p.add_argument("--take", action="append", metavar="FIELD", choices=merge.MERGE_FIELDS,
                   help="take this field's value from OTHER (repeatable): " + ", ".join(merge.MERGE_FIELDS))
    p.add_argument("--keep-field", action="append", metavar="FIELD", choices=merge.MERGE_FIELDS,
                   help="keep KEEP's value for this field even when it is blank (repeatable)")
    p.add_argument("--keep-version", type=int, metavar="N", help="KEEP's version as read (a change since is a conflict)")
    p.add_argument("--other-version", type=int, metavar="N", help="OTHER's version as read")
    p.add_argument("--json", action="store_true", help="print the merge as JSON")
    p.set_defaults(handler=merge_)

    p = actions.add_parser("unmerge", parents=[common], help="undo a merge exactly")
    p.add_argument("merge_id", type=int, metavar="MERGE_ID")
    p.add_argument("--json", action="store_true", help="print the merge as JSON")
    p.set_defaults(handler=unmerge)

    p = actions.add_parser("merges", parents=[common], help="recent merges, newest first")
    p.add_argument("--person", type=int, metavar="ID", help="only merges into this person")
    p.add_argument("--all", action="store_true", help="include undone merges")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=merges)

    p = actions.add_parser("flags", parents=[common], help="a person's risk flags, removed ones included")
    p.add_argument("id", type=int, metavar="PERSON")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=flags)

    p = actions.add_parser("flag", parents=[common], help="set a risk flag on a person",
                           description="Set a risk flag (see `casework people flag-kinds`).")
    p.add_argument("id", type=int, metavar="PERSON")
    p.add_argument("flag", metavar="FLAG")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true", help="print the flag as JSON")
    p.set_defaults(handler=flag)

    p = actions.add_parser("unflag", parents=[common], help="remove a risk flag (kept in the history)")
    p.add_argument("flag_id", type=int, metavar="FLAG_ID")
    p.add_argument("--reason", required=True, help="why it no longer applies")
    p.set_defaults(handler=unflag)

    p = actions.add_parser("flag-kinds", parents=[common], help="the risk flags that may be set")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=flag_kinds)


def _date(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise ValidationError("date_of_birth", "date_format", "a date of birth looks like 2010-03-04") from None


def _flags_text(views) -> str:
    return "; ".join(f.label for f in views) if views else ""


def _referrals_text(refs) -> str:
    return ", ".join(f"#{r.id} {r.pathway_label} ({r.stage_label if r.open else 'closed'})" for r in refs) or "(none)"


def show(inv: Invocation) -> int:
    ctx, actor = inv.context(), inv.actor()
    person = people.get_person(ctx, actor, inv.args.id, view="command_line")
    history = risk.list_flags(ctx, actor, person.id)
    with ctx.read() as s:
        refs = matching.referrals_of(s, ctx, [person.id])[person.id]
    if inv.json:
        output.print_json({"person": person.to_json(), "referrals": [r.to_json() for r in refs],
                           "risk_flags": [f.to_json() for f in history]})
        return 0
    today = to_local(ctx.clock.now()).date()
    output.print_fields([
        ("Person", f"{person.full_name} (person {person.id}), born {person.date_of_birth.isoformat()}, "
                   f"age {age_on(person.date_of_birth, today)}"),
        ("Details", ", ".join(x for x in [person.gender, person.home_local_authority, person.postcode,
                                          f"PNC {person.pnc_id}" if person.pnc_id else "",
                                          f"NHS {person.nhs_number}" if person.nhs_number else ""] if x)),
        ("Risk flags", _flags_text([f for f in history if f.active]) or "(none)"),
        ("Referrals", _referrals_text(refs)),
        ("Version", person.version),
    ])
    return 0


def matches(inv: Invocation) -> int:
    a = inv.args
    found = matching.possible_matches(inv.context(), inv.actor(), given_name=a.given_name, family_name=a.family_name,
                                      date_of_birth=_date(a.dob), nhs_number=a.nhs_number, pnc_id=a.pnc_id,
                                      postcode=a.postcode, limit=a.limit)
    if inv.json:
        output.print_json([m.to_json() for m in found])
        return 0
    output.print_table(
        ["SCORE", "PERSON", "NAME", "BORN", "REASONS", "RISK FLAGS", "REFERRALS"],
        [(m.score, m.person.id, m.person.full_name, m.person.date_of_birth.isoformat(), ",".join(m.reasons),
          _flags_text(m.risk_flags), _referrals_text(m.referrals)) for m in found],
        empty="(no possible matches)")
    return 0


def duplicates(inv: Invocation) -> int:
    a = inv.args
    pairs = matching.find_duplicates(inv.context(), inv.actor(), min_score=a.min_score, limit=a.limit)
    if inv.json:
        output.print_json([p.to_json() for p in pairs])
        return 0

    def who(side) -> str:
        p = side.person
        return f"{p.id} {p.full_name} {p.date_of_birth.isoformat()}"

    output.print_table(
        ["SCORE", "PERSON", "OTHER", "REASONS", "REFERRALS (PERSON | OTHER)"],
        [(p.score, who(p.first), who(p.second), ",".join(p.reasons),
          f"{len(p.first.referrals)} | {len(p.second.referrals)}") for p in pairs],
        empty="(no likely duplicates)")
    return 0


def not_duplicate(inv: Invocation) -> int:
    a = inv.args
    matching.mark_not_duplicate(inv.context(), inv.actor(), a.first, a.second, a.note)
    print(f"people {a.first} and {a.second} recorded as different people")
    return 0


def _print_merge(m: merge.MergeView) -> None:
    moved = ", ".join(f"{count} {table}" for table, count in sorted(m.moved.items())) or "nothing"
    state = f"undone {format_local(m.undone_at)} by {m.undone_by}" if m.undone_at else "in force"
    print(f"merge {m.id}: person {m.merged_person_id} ({m.merged_name}) into person {m.kept_person_id}, "
          f"{format_local(m.merged_at)} by {m.merged_by}; moved {moved}; {state}")


def merge_(inv: Invocation) -> int:
    a = inv.args
    ctx, actor = inv.context(), inv.actor()
    keep_version = (a.keep_version if a.keep_version is not None
                    else people.get_person(ctx, actor, a.keep, view=None).version)
    other_version = (a.other_version if a.other_version is not None
                     else people.get_person(ctx, actor, a.other, view=None).version)
    choices = {name: merge.KEPT for name in a.keep_field or ()}
    choices.update({name: merge.OTHER for name in a.take or ()})
    done = merge.merge_people(ctx, actor, a.keep, a.other, kept_version=keep_version, other_version=other_version,
                              choices=choices)
    if inv.json:
        output.print_json(done.to_json())
    else:
        _print_merge(done)
        print(f"undo with: casework people unmerge {done.id}")
    return 0


def unmerge(inv: Invocation) -> int:
    done = merge.undo_merge(inv.context(), inv.actor(), inv.args.merge_id)
    if inv.json:
        output.print_json(done.to_json())
    else:
        _print_merge(done)
    return 0


def merges(inv: Invocation) -> int:
    a = inv.args
    found = merge.list_merges(inv.context(), inv.actor(), person_id=a.person, include_undone=a.all)
    if inv.json:
        output.print_json([m.to_json() for m in found])
        return 0
    if not found:
        print("(no merges)")
    for m in found:
        _print_merge(m)
    return 0


def flags(inv: Invocation) -> int:
    history = risk.list_flags(inv.context(), inv.actor(), inv.args.id)
    if inv.json:
        output.print_json([f.to_json() for f in history])
        return 0
    output.print_table(
        ["ID", "FLAG", "SET", "BY", "NOTE", "REMOVED"],
        [(f.id, f.label, format_local(f.set_at), f.set_by, f.note,
          f"{format_local(f.removed_at)} by {f.removed_by}: {f.removal_reason}" if f.removed_at else "")
         for f in history],
        empty="(no risk flags)")
    return 0


def flag(inv: Invocation) -> int:
    a = inv.args
    view = risk.set_flag(inv.context(), inv.actor(), a.id, a.flag, a.note)
    if inv.json:
        output.print_json(view.to_json())
    else:
        print(f"risk flag {view.id} set: {view.label} on person {view.person_id}")
    return 0


def unflag(inv: Invocation) -> int:
    a = inv.args
    view = risk.remove_flag(inv.context(), inv.actor(), a.flag_id, a.reason)
    print(f"risk flag {view.id} removed: {view.label} on person {view.person_id} (kept in the history)")
    return 0


def flag_kinds(inv: Invocation) -> int:
    kinds = inv.context().pathways.risk_flags
    if inv.json:
        output.print_json([{"id": k.id, "label": k.label, "description": k.description} for k in kinds])
        return 0
    output.print_table(["FLAG", "LABEL", "DESCRIPTION"], [(k.id, k.label, k.description) for k in kinds])
    return 0
