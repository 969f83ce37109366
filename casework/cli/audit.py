"""audit: list the audit trail; audit verify: check its hash chain."""

from __future__ import annotations

import argparse
import json

from ..errors import ValidationError
from ..services import audit
from ..timeutil import format_local
from . import inputs, output
from .session import Invocation

EXIT_TAMPERED = 6


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    # After `audit`, --user filters by user; the acting user is given before the command
    # (`casework --user morgan audit --user casey`) or by $CASEWORK_USER.
    db_only = argparse.ArgumentParser(add_help=False)
    db_only.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    p = sub.add_parser(
        "audit", parents=[db_only], help="the audit trail: who looked at or changed what, and when",
        description="List the audit trail, newest first: every view of a referral or person, every change "
                    "with its values before and after, refused attempts, report runs. Managers and "
                    "administrators only; an administrator sees who, when and what, not the details. "
                    "`casework audit verify` checks the hash chain. The acting user goes before the command: "
                    "`casework --user morgan audit --user casey`.")
    p.add_argument("--referral", type=int, metavar="ID", help="entries about this referral")
    p.add_argument("--person", type=int, metavar="ID", help="entries about this person and their referrals")
    p.add_argument("--user", dest="by_user", metavar="NAME", help="entries of this user's actions")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this local date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="to this local date, included (YYYY-MM-DD)")
    p.add_argument("--action", metavar="ACTION", help="only this action (view, update, create, refused, ...)")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N entries")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=list_)
    actions = p.add_subparsers(dest="audit_action", metavar="ACTION")
    v = actions.add_parser("verify", parents=[common], help="check the hash chain of the whole trail",
                           description="Check every entry of the audit trail: the sequence has no gaps, each "
                                       "entry follows the one before, nothing was changed after it was written "
                                       "(redactions only through the audited path), and nothing was cut off "
                                       f"the end. Exit code {EXIT_TAMPERED} names the first bad entry.")
    v.add_argument("--expect-head", metavar="SEQ:HASH",
                   help="a head printed by an earlier check (kept outside the database): that entry must still "
                        "have that hash")
    v.add_argument("--json", action="store_true", help="print the result as JSON")
    v.set_defaults(handler=verify)


def _details_text(details: dict | None) -> str:
    if details is None:
        return "(hidden)"
    return json.dumps(details, ensure_ascii=False, separators=(",", ":"), sort_keys=True) if details else ""


def list_(inv: Invocation) -> int:
    a = inv.args
    filters = audit.AuditFilter(
        referral_id=a.referral, person_id=a.person, user=a.by_user,
        date_from=inputs.date_or_none(a.date_from, "from"), date_to=inputs.date_or_none(a.date_to, "to"),
        action=a.action)
    entries = audit.list_entries(inv.context(), inv.actor(), filters, limit=a.limit)
    if inv.json:
        output.print_json([e.to_json() for e in entries])
        return 0
    output.print_table(
        ["SEQ", "WHEN", "USER", "ACTION", "RECORD", "DETAILS"],
        [(e.seq, format_local(e.at), e.user or "(system)", e.action,
          f"{e.entity_type} {e.entity_id}" if e.entity_id is not None else e.entity_type,
          ("[redacted] " if e.redacted else "") + _details_text(e.details)) for e in entries],
        empty="(no entries)")
    return 0


def _anchor(text: str | None) -> tuple[int, str] | None:
    if text is None:
        return None
    seq, _, digest = text.strip().partition(":")
    if not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValidationError("expect_head", "format", "give the head as SEQ:HASH, e.g. 1234:3f5a… (64 hex digits)")
    return int(seq), digest


def verify(inv: Invocation) -> int:
    anchor = _anchor(inv.args.expect_head)
    result = audit.verify(inv.context(), inv.actor(), anchor=anchor)
    if inv.json:
        output.print_json({**result.to_json(), "first_bad_seq": result.first_bad_seq})
    elif result.ok:
        print(f"audit trail intact: {result.entries} entries, head {result.head_seq}:{result.head_hash} "
              f"(checked in {result.seconds:.2f} s)")
    if not result.ok:
        first = result.problems[0]
        output.info(f"error: audit trail tampered with: first bad entry is {first.seq}: {first.message}")
        for p in result.problems[1:10]:
            output.info(f"  entry {p.seq}: {p.message}")
        if len(result.problems) > 10:
            output.info(f"  ... and {len(result.problems) - 10} more problems")
        return EXIT_TAMPERED
    return 0
