"""sla list / explain / sweep / rebuild, alerts, and breach list / reason / review."""

from __future__ import annotations

import argparse
from datetime import timedelta

from ..errors import ValidationError
from ..services import sla
from ..services.access import require
from ..sla.rules import describe_duration
from ..timeutil import format_local, parse_time
from . import inputs, output
from .session import Invocation

TIME_HELP = "Europe/London local time, e.g. '2026-06-15 14:30'"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("sla", help="SLA timers: list, explain, sweep")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("list", parents=[common], help="timers, soonest due first",
                           description="Timers of open referrals (with --state, any referral), soonest due first.")
    p.add_argument("--as-of", metavar="TIME", help=f"as of this time (default now); {TIME_HELP}")
    p.add_argument("--state", action="append", choices=sla.STATES, help="only timers in this state (repeatable)")
    p.add_argument("--team")
    p.add_argument("--pathway")
    p.add_argument("--assigned", metavar="USER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_timers)

    p = actions.add_parser("explain", parents=[common], help="each timer of a referral in plain words")
    p.add_argument("referral", type=int, metavar="REFERRAL")
    p.add_argument("--as-of", metavar="TIME", help=f"as of this time (default now); {TIME_HELP}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=explain)

    p = actions.add_parser("sweep", parents=[common], help="create the alerts and breaches time has brought",
                           description="Create alerts for timers that crossed a warning or breach threshold. "
                                       "Safe to run from a scheduler and from every desktop at once: each alert "
                                       "is created exactly once. Needs no sign-in.")
    p.add_argument("--as-of", metavar="TIME", help=f"default now; {TIME_HELP}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=sweep)

    p = actions.add_parser("rebuild", parents=[common], help="recompute every timer (after a pathway file changed)")
    p.set_defaults(handler=rebuild)

    p = sub.add_parser("alerts", parents=[common], help="your alerts, newest first",
                       description="List your alerts; --read marks them read, --ack acknowledges one.")
    p.add_argument("--unread", action="store_true", help="only unread alerts")
    p.add_argument("--read", metavar="ID|all", help="mark an alert (or all) read")
    p.add_argument("--ack", type=int, metavar="ID", help="acknowledge an alert")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=alerts)

    group = sub.add_parser("breach", help="breaches: list, give a reason, review")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("list", parents=[common], help="breaches, newest due first")
    p.add_argument("--team")
    p.add_argument("--pathway")
    p.add_argument("--rule")
    p.add_argument("--from", dest="due_from", metavar="TIME", help=f"due at or after; {TIME_HELP}")
    p.add_argument("--to", dest="due_to", metavar="TIME", help=f"due before; {TIME_HELP}")
    p.add_argument("--review-state", choices=sla.REVIEW_STATES)
    p.add_argument("--referral", type=int, metavar="ID")
    p.add_argument("--include-withdrawn", action="store_true", help="also breaches withdrawn by a correction")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=breach_list)

    p = actions.add_parser("reason", parents=[common], help="give the reason for a breach")
    p.add_argument("id", type=int, metavar="BREACH")
    p.add_argument("category", choices=sla.BREACH_REASONS)
    p.add_argument("text", help="what happened")
    p.add_argument("--expected-version", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=breach_reason)

    p = actions.add_parser("review", parents=[common], help="accept a breach's reason or challenge it (team lead)")
    p.add_argument("id", type=int, metavar="BREACH")
    p.add_argument("decision", choices=("accept", "challenge"))
    p.add_argument("--comment", help="required to challenge")
    p.add_argument("--expected-version", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=breach_review)


def _remaining(seconds: int | None) -> str:
    if seconds is None:
        return ""
    words = describe_duration(timedelta(seconds=seconds))
    return f"{words} left" if seconds >= 0 else f"{words} over"


def list_timers(inv: Invocation) -> int:
    a = inv.args
    rows = sla.list_timers(inv.context(), inv.actor(), as_of=inputs.time_or_none(a.as_of, "as_of"), states=a.state,
                           team=a.team, pathway=a.pathway, assigned_to=a.assigned)
    if inv.json:
        output.print_json([r.to_json() for r in rows])
        return 0
    output.print_table(["REFERRAL", "PERSON", "RULE", "STATE", "DUE", "REMAINING", "ASSIGNED"],
                       [(r.referral_id, r.person_name, r.rule_label, r.state, format_local(r.due_at),
                         _remaining(r.remaining_seconds), r.assigned_to) for r in rows], empty="(no timers)")
    return 0


def explain(inv: Invocation) -> int:
    a = inv.args
    items = sla.explain(inv.context(), inv.actor(), a.referral, as_of=inputs.time_or_none(a.as_of, "as_of"),
                        view="command_line")
    if inv.json:
        output.print_json([e.to_json() for e in items])
        return 0
    print(f"Referral {a.referral}: SLA timers\n")
    for item in items:
        print("\n".join(item.lines))
        print()
    return 0


def sweep(inv: Invocation) -> int:
    a = inv.args
    result = sla.run_sweep(inv.context(), as_of=parse_time(a.as_of, "as_of") if a.as_of else None)
    if inv.json:
        output.print_json({"checked": result.checked, "warnings": result.warnings, "breaches": result.breaches,
                           "alerts": result.alerts})
    else:
        print(f"checked {result.checked} timers: {result.warnings} warnings, {result.breaches} new breaches, "
              f"{result.alerts} alerts created")
    return 0


def rebuild(inv: Invocation) -> int:
    require(inv.context(), inv.actor(), "maintain")
    count = sla.rebuild_timers(inv.context())
    print(f"recomputed the timers of {count} referrals")
    return 0


def alerts(inv: Invocation) -> int:
    a = inv.args
    ctx, actor = inv.context(), inv.actor()
    if a.ack is not None:
        sla.acknowledge_alert(ctx, actor, a.ack)
    if a.read is not None:
        if a.read == "all":
            sla.mark_alerts_read(ctx, actor)
        else:
            sla.mark_alerts_read(ctx, actor, [_alert_id(a.read)])
    rows = sla.list_alerts(ctx, actor, unread_only=a.unread)
    if inv.json:
        output.print_json([r.to_json() for r in rows])
        return 0
    output.print_table(["ID", "WHEN", "REFERRAL", "PERSON", "RULE", "ALERT", "DUE", "READ"],
                       [(r.id, format_local(r.created_at), r.referral_id, r.person_name, r.rule_label, r.threshold,
                         format_local(r.due_at), "ack" if r.acknowledged_at else ("read" if r.read_at else "NEW"))
                        for r in rows], empty="(no alerts)")
    return 0


def _alert_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValidationError("read", "int", f"an alert id or 'all', not {text!r}") from None


def _print_breaches(rows) -> None:
    output.print_table(["ID", "REFERRAL", "PERSON", "RULE", "DUE", "TEAM", "REASON", "REVIEW"],
                       [(b.id, b.referral_id, b.person_name, b.rule_label, format_local(b.due_at), b.team,
                         b.reason_category or "", b.review_state + (" (withdrawn)" if b.rescinded_at else ""))
                        for b in rows], empty="(no breaches)")


def breach_list(inv: Invocation) -> int:
    a = inv.args
    rows = sla.list_breaches(inv.context(), inv.actor(), team=a.team, pathway=a.pathway, rule=a.rule,
                             due_from=inputs.time_or_none(a.due_from, "from"), due_to=inputs.time_or_none(a.due_to, "to"),
                             review_state=a.review_state, include_rescinded=a.include_withdrawn, referral_id=a.referral)
    if inv.json:
        output.print_json([b.to_json() for b in rows])
    else:
        _print_breaches(rows)
    return 0


def breach_reason(inv: Invocation) -> int:
    a = inv.args
    view = sla.give_breach_reason(inv.context(), inv.actor(), a.id, a.category, a.text,
                                  expected_version=a.expected_version)
    if inv.json:
        output.print_json(view.to_json())
    else:
        print(f"breach {view.id}: reason recorded ({view.reason_category}); now {view.review_state.replace('_', ' ')}")
    return 0


def breach_review(inv: Invocation) -> int:
    a = inv.args
    view = sla.review_breach(inv.context(), inv.actor(), a.id, a.decision, a.comment,
                             expected_version=a.expected_version)
    if inv.json:
        output.print_json(view.to_json())
    else:
        print(f"breach {view.id}: {view.review_state}")
    return 0
