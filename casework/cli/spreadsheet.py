"""import referrals FILE: referrals from a CSV or XLSX spreadsheet, checked first, all or nothing."""

from __future__ import annotations

import argparse
import sys

from ..errors import ValidationError
from ..services import spreadsheet_import as si
from . import output
from .session import Invocation


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("import", help="import referrals from a spreadsheet (CSV or XLSX)")
    actions = group.add_subparsers(dest="action", metavar="WHAT", required=True)
    fields = ", ".join(si.TARGET_IDS)
    p = actions.add_parser(
        "referrals", parents=[common], help="referrals from a CSV or XLSX file, all or nothing",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Import referrals kept in a spreadsheet. Row 1 holds the column names; columns are matched "
                    "to fields by their names (see --mapping). Every row is checked as at intake and every "
                    "problem is reported by row and column; if there is any error nothing is imported. "
                    "Referral times are Europe/London local times. A young person already held is linked by "
                    "the same NHS number or PNC ID; a similar name and date of birth is only a warning.\n\n"
                    f"fields: {fields}")
    p.add_argument("file", metavar="FILE", help="a .csv (UTF-8, or Windows-1252) or .xlsx file")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX workbook (default: the first)")
    p.add_argument("--mapping", metavar="FILE", help="a column mapping saved before (JSON); default: guessed from "
                                                     "the column names")
    p.add_argument("--map", action="append", metavar="FIELD=COLUMN", default=[],
                   help="take FIELD from the column headed COLUMN (repeatable; overrides the mapping)")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", default=[], dest="fixed",
                   help="one value for every row of a field without a column (or with a blank cell): "
                        "pathway, source, team, site (repeatable)")
    p.add_argument("--save-mapping", metavar="FILE", help="write the mapping used to FILE (JSON) for next time")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument("--track-overdue", action="store_true",
                   help="track the SLA clocks of old referrals whose due time passed before the import: each "
                        "becomes a breach for review (default: recorded as 'imported - not tracked', no alert)")
    p.add_argument("--json", action="store_true", help="print the report (and the result) as JSON")
    p.set_defaults(handler=import_referrals)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, rest = value.partition("=")
        key = key.strip()
        if not sep or key not in si.TARGET_IDS:
            raise ValidationError(option.lstrip("-"), "bad_pair",
                                  f"{option} takes FIELD=VALUE with FIELD one of {', '.join(si.TARGET_IDS)}: {value!r}")
        pairs[key] = rest.strip()
    return pairs


def mapping_for(inv: Invocation, sheet: si.Sheet) -> si.Mapping:
    a = inv.args
    mapping = si.load_mapping(a.mapping) if a.mapping else si.propose_mapping(sheet.headers)
    mapping.columns.update(_pairs(a.map, "--map"))
    fixed = _pairs(a.fixed, "--set")
    for key in fixed:
        if not next(t for t in si.TARGETS if t.id == key).fixed_allowed:
            raise ValidationError("set", "not_fixable", f"{key} cannot be given one value for every row")
    mapping.fixed.update(fixed)
    return mapping


def print_report(report: si.ImportReport) -> None:
    sheet = f", sheet {report.sheet!r}" if report.sheet else ""
    print(f"{report.file_name}{sheet}: {report.rows} row{'s' if report.rows != 1 else ''}, "
          f"{len(report.errors)} error{'s' if len(report.errors) != 1 else ''}, "
          f"{len(report.warnings)} warning{'s' if len(report.warnings) != 1 else ''}")
    for notice in report.notices:
        print(f"note: {notice}")
    mapped = ", ".join(f"{k}={v!r}" for k, v in report.mapping["columns"].items())
    fixed = ", ".join(f"{k}={v!r}" for k, v in report.mapping["fixed"].items())
    print(f"columns: {mapped or 'none'}" + (f"; for every row: {fixed}" if fixed else ""))
    for problem in report.problems:
        print(problem.text())
    if report.overdue_rows:
        clocks = ", ".join(f"{label} {n}" for label, n in sorted(report.overdue_clocks.items()))
        print(f"{report.overdue_rows} row{'s are' if report.overdue_rows != 1 else ' is'} older than their SLA "
              f"windows (clocks past their due time: {clocks}); the import records those clocks as 'imported - not "
              "tracked' (no alert, no breach to review) unless --track-overdue is given")
    if report.ok:
        print(f"would add {report.new_people} new young {'person' if report.new_people == 1 else 'people'} and link "
              f"{report.linked_people} already held")


def import_referrals(inv: Invocation) -> int:
    a = inv.args
    sheet = si.read_file(a.file, a.sheet)
    mapping = mapping_for(inv, sheet)
    if a.save_mapping:
        si.save_mapping(mapping, a.save_mapping)
    ctx, actor = inv.context(), inv.actor()
    if a.dry_run:
        report = si.dry_run(ctx, actor, sheet, mapping)
        if inv.json:
            output.print_json(report.to_json())
        else:
            print_report(report)
        return 0 if report.ok else 2
    def progress(step: str, done: int, total: int) -> None:
        doing = f"checked {done} of {total} rows again" if step == si.STEP_CHECK else f"writing {step}"
        sys.stderr.write(f"\r{doing} (saved only when all are written)".ljust(60))
        sys.stderr.flush()

    try:
        result = si.import_referrals(ctx, actor, sheet, mapping, track_overdue=a.track_overdue,
                                     progress=progress if sys.stderr.isatty() else None)
        if sys.stderr.isatty():
            sys.stderr.write("\n")
    except si.ImportRejected as exc:
        if inv.json:
            output.print_json(exc.report.to_json())
        else:
            print_report(exc.report)
        sys.stderr.write("error: nothing was imported; put the errors right and run the import again\n")
        return exc.exit_code
    if inv.json:
        output.print_json(result.to_json())
    else:
        for warning in result.warnings:
            print(warning.text())
        if result.overdue_clocks:
            print(f"{result.overdue_clocks} SLA clock{'s' if result.overdue_clocks != 1 else ''} of "
                  f"{result.overdue_rows} referral{'s' if result.overdue_rows != 1 else ''} had passed the due time "
                  "before the import: " + ("recorded as breaches for review" if result.tracked_overdue else
                                           "recorded as 'imported - not tracked' (no alert, no breach to review)"))
        print(f"imported {len(result.referral_ids)} referral{'s' if len(result.referral_ids) != 1 else ''} from "
              f"{result.file_name} ({result.new_people} new young people, {result.linked_people} already held); "
              f"referral ids {result.referral_ids[0]}-{result.referral_ids[-1]}" if result.referral_ids else
              f"imported nothing from {result.file_name}")
    return 0
