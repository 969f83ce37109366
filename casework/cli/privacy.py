"""subject-access and retention: what the data protection law asks of a record of children."""

from __future__ import annotations

import argparse
import sys

from ..reports.params import local_time_text
from ..reports.subject_access import export_subject_access
from ..services import retention
from . import output
from .session import Invocation


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "subject-access", parents=[common], help="export everything held about one person (JSON and PDF)",
        description="Export everything Casework holds about one person — their details, contacts, every referral "
                    "with its events, SLA timers, alerts, breaches and any other record, and the audit trail of who "
                    "created, changed, viewed or exported them — to DIR/person-ID.json and DIR/person-ID.pdf "
                    "(replaced if they exist; DIR is made if missing). Managers only. The export is audited.")
    p.add_argument("person_id", type=int, metavar="PERSON_ID", help="the person's id (see `referral show`)")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write the two files into")
    p.add_argument("--reference", metavar="TEXT", help="the subject access request's reference, kept in the audit "
                                                       "entry and printed on the export")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=subject_access)

    group = sub.add_parser("retention", help="erase what has passed its pathway's retention period").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = group.add_parser(
        "run", parents=[common], help="erase or anonymise closed referrals past their retention period",
        description="Erase closed referrals kept longer than their pathway's retention_years after closure (their "
                    "events, timers, alerts, breaches and every other dependent row are deleted; an anonymous row "
                    "stays for the counts), and anonymise people left with no referral. Administrators only; "
                    "audited. Run it with --dry-run first: it says what would go (counts only) and changes nothing.")
    p.add_argument("--dry-run", action="store_true", help="say what would be erased; change nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=retention_run)


def subject_access(inv: Invocation) -> int:
    a = inv.args
    result = export_subject_access(inv.context(), inv.actor(), a.person_id, a.out, reference=a.reference)
    if inv.json:
        output.print_json(result.to_json())
    else:
        pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
        print(f"wrote {result.json_path} and {result.pdf_path} ({result.rows} records, {pages})")
    return 0


def retention_run(inv: Invocation) -> int:
    a = inv.args
    show = sys.stderr.isatty() and not inv.json

    def progress(done: int, total: int) -> None:
        if show:
            sys.stderr.write(f"\rretention: {done} of {total} people")
            sys.stderr.flush()

    result = retention.run(inv.context(), inv.actor(), dry_run=a.dry_run, progress=progress)
    if show and not a.dry_run and result.referrals:
        sys.stderr.write("\n")
    if inv.json:
        output.print_json(result.to_json())
        return 0
    print_summary(result)
    return 0


def print_summary(result: retention.RetentionResult) -> None:
    when = local_time_text(result.as_of, zone=True)
    if result.dry_run:
        print(f"retention dry run at {when}: nothing was changed")
        verb_referrals, verb_people = "would erase", "would anonymise"
    else:
        print(f"retention run at {when}")
        verb_referrals, verb_people = "erased", "anonymised"
    output.print_table(["pathway", "kept after closure", "referrals", "people"],
                       [[p.label, f"{p.retention_years} year{'s' if p.retention_years != 1 else ''}", p.referrals, p.people] for p in result.pathways])
    print(f"{verb_referrals} {result.referrals} referral{'s' if result.referrals != 1 else ''}; "
          f"{verb_people} {result.people} {'person' if result.people == 1 else 'people'}")
    if result.rows:
        print("rows " + ("to delete: " if result.dry_run else "deleted: ")
              + ", ".join(f"{table} {count}" for table, count in result.rows.items()))
    for pathway, count in result.unknown_pathways.items():
        print(f"kept {count} closed referral{'s' if count != 1 else ''} of pathway {pathway!r}: no pathway file "
              "sets its retention")
    if not result.dry_run and result.referrals and result.audit_entries_redacted is None:
        output.info("note: personal data in earlier audit entries is not redacted: this version's audit trail "
                    "cannot redact yet")
