"""report caseload / sla / case / meeting: print a report to a PDF file."""

from __future__ import annotations

import argparse
import sys

from .. import i18n
from ..reports import KINDS, ReportRequest, run_report
from ..reports.params import TITLES
from . import inputs, output
from .session import Invocation

DATE_HELP = "a local date, YYYY-MM-DD (both ends of the period are included)"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report", parents=[common], help="print a report to a PDF file",
        description="Print a report to a PDF file: "
                    + "; ".join(f"{kind} — {TITLES[kind].lower()}" for kind in KINDS)
                    + ". Without --from and --to a report covers every date; the evidence report's period is the "
                      "closure date of the referrals it follows up, and it always suppresses counts under 5. The "
                      "caseload, SLA, meeting and evidence reports are for team leads (their own team), managers "
                      "and administrators; a caseworker may print the "
                      "case file of their team's referrals.")
    p.add_argument("kind", choices=KINDS, metavar="REPORT", help="caseload, sla, case, meeting or evidence")
    p.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write (replaced if it exists)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help=f"first day of the period; {DATE_HELP}")
    p.add_argument("--to", dest="date_to", metavar="DATE", help=f"last day of the period; {DATE_HELP}")
    p.add_argument("--team", help="only this team's referrals (a team lead: always their own)")
    p.add_argument("--worker", metavar="USER", help="only referrals assigned to this worker")
    p.add_argument("--pathway", help="evidence only: one pathway (default: every pathway)")
    p.add_argument("--referral", type=int, metavar="ID", help="the referral (case file only)")
    p.add_argument("--suppress-small-counts", action="store_true",
                   help="show counts from 1 to 4 as <5 (for reports that leave the team)")
    p.add_argument("--case-list", action="store_true", help="caseload: also list every open case, worker by worker")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=None,
                   help=f"the language of the PDF: en (English) or cy (Cymraeg, Welsh); default: ${i18n.LANG_ENV}, "
                        "else the language of your locale (LANG), else English")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=report)


def report(inv: Invocation) -> int:
    a = inv.args
    request = ReportRequest(
        kind=a.kind, date_from=inputs.date_or_none(a.date_from, "from"), date_to=inputs.date_or_none(a.date_to, "to"),
        team=a.team, worker=a.worker, referral_id=a.referral, suppress_small_counts=a.suppress_small_counts,
        case_list=a.case_list, pathway=a.pathway,
    )
    show = sys.stderr.isatty() and not inv.json

    def progress(done: int, total: int) -> None:
        if show:
            sys.stderr.write(f"\r{a.kind}: {100 * done // max(1, total):3d}%")
            sys.stderr.flush()

    language = a.lang or i18n.system_language()
    ctx = inv.context()
    with i18n.using(language):
        if language != i18n.ENGLISH:
            ctx.pathways = ctx.pathways.localised(i18n.pathway_word)  # labels in the PDF's language
        result = run_report(ctx, inv.actor(), request, a.pdf, progress)
    if show:
        sys.stderr.write("\n")
    if inv.json:
        output.print_json(result.to_json())
    else:
        pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
        print(f"wrote {result.path} ({result.title}, {pages})")
    return 0
