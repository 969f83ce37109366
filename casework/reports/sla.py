"""SLA compliance and breaches: per rule, timers met on time, met late, breached and running; the trend
by month; and every breach with its reason and where its review stands.

A timer belongs to the period its due time falls in. The breach list streams (a service's breaches
over two years run to thousands of rows).
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..i18n import _, month_year
from . import charts, figures, words
from .common import Run
from .drawn import drawn_table
from .figures import Outcomes, SlaFigures
from .params import date_and_time, local_time_text
from .pdf import (
    Column,
    Strong,
    caption,
    clip,
    empty,
    fixed_table,
    heading,
    key_figures,
    note,
    table,
    title_block,
    together,
)

REASON_LIMIT = 320


def _outcome_cells(o: Outcomes) -> list[str]:
    return [o.on_time.text, o.late.text, o.breached.text, o.running.text, o.total.text]


def _outcome_columns() -> list[Column]:
    return [Column(_("Met on time"), 0.165, "right"), Column(_("Met late"), 0.165, "right"),
            Column(_("Breached"), 0.165, "right"), Column(_("Still running"), 0.165, "right"),
            Column(_("Timers due"), 0.09, "right")]


def story(run: Run, width: float) -> Iterator[Flowable]:
    f: SlaFigures = figures.sla(run.session, run.pathways, run.scope)
    run.progress.add(f.breaches.value)
    run.progress.step(5)

    yield from title_block(run.meta, width, notice=run.notice)
    o = f.overall
    yield key_figures([
        (o.on_time.percent_text, _("Met on time"), _("{n} of {total} timers due").format(n=o.on_time.n.text, total=o.total.text)),
        (o.late.n.text, _("Met late"), _("{share} of timers due").format(share=o.late.percent_text)),
        (o.breached.n.text, _("Breached"), _("{share} of timers due").format(share=o.breached.percent_text)),
        (o.running.n.text, _("Still running"), _("{share} of timers due").format(share=o.running.percent_text)),
        (f.breaches.text, _("Breach records"), _("withdrawn breaches left out")),
    ], width)

    yield from heading(_("Compliance by rule"))
    yield note(_("Timers whose due time falls in the period, as at {when}. Each figure is out of the timers due "
                 "for that rule. A timer still running past its due time counts as breached.").format(
                     when=local_time_text(f.as_of, zone=True)))
    if f.rules:
        def rows() -> Iterator[list[str]]:
            pathway = None
            for rule in f.rules:
                if rule.pathway != pathway:
                    pathway = rule.pathway
                    yield Strong([rule.pathway_label, "", "", "", "", ""])
                yield ["    " + rule.rule_label, *_outcome_cells(rule.outcomes)]
        yield fixed_table([Column(_("Rule"), 0.25), *_outcome_columns()], rows(), width,
                          total=[_("All rules"), *_outcome_cells(o)])
    else:
        yield empty(_("No SLA timers were due in this period."))
    if f.not_tracked.value:
        yield note(_("Imported — not tracked: {n} more timers were due in the period but had passed their due time "
                     "before their referrals were imported from a spreadsheet. They are not tracked (no alert, no "
                     "breach to review) and are in none of the figures above: {rules}.").format(
                         n=f.not_tracked.text, rules="; ".join(f"{label} {count.text}"
                                                              for label, count in f.not_tracked_by_rule)))

    yield from heading(_("Trend by month"), room=260)
    if f.months and f.month_pathways:
        series = [(label, [m.on_time_by_pathway[p].percent for m in f.months]) for p, label in f.month_pathways]
        context = ""
        if f.months_before_period:
            context = _(" The chart and the table cover the {n} months to {month}, so {k} of them come before the "
                        "period.").format(n=len(f.months), month=month_year(f.months[-1].month), k=f.months_before_period)
        if any(v is not None for _, values in series for v in values):
            yield together(charts.percent_lines(charts.month_labels([m.month for m in f.months]), series, width),
                           caption(_("Share of the timers due each month that were met on time, by pathway. "
                                   "A month with no timers due (or a suppressed count) has no point.") + context))
        elif context:
            yield note(context.strip())
        yield Spacer(1, 4)
        yield table([Column(_("Month"), 0.25), *_outcome_columns()],
                    ([month_year(m.month), *_outcome_cells(m.outcomes)] for m in f.months),
                    empty_text=_("No timers were due."), total=[_("All months"), *_outcome_cells(f.months_overall)])
    else:
        yield empty(_("No SLA timers were due in this period."))

    yield from heading(_("Breaches"), room=200)
    yield note(_("Breach records of timers due in the period: a breached or late timer, with the worker's reason "
               "and the team lead's review. Breaches withdrawn after a correction are left out."))
    if f.breaches.value:
        state_table = fixed_table([Column(_("Review"), 0.5), Column(_("Breaches"), 0.5, "right")],
                                  ([line.label, line.share.text] for line in f.by_review_state), width * 0.42,
                                  total=[_("All breaches"), f.breaches.text])
        reason_table = fixed_table([Column(_("Reason given"), 0.55), Column(_("Breaches"), 0.45, "right")],
                                   ([line.label, line.share.text] for line in f.by_reason if line.share.n.value),
                                   width * 0.54, total=[_("All breaches"), f.breaches.text])
        pair = Table([[state_table, reason_table]], colWidths=[width * 0.45, width * 0.55])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        yield pair
    yield from heading(_("Every breach"), level=2, room=120)
    yield drawn_table([Column(_("Due"), 0.09), Column(_("Referral", "narrow column"), 0.065, "right"), Column(_("Young person"), 0.13, wrap=True),
                       Column(_("Rule"), 0.16, wrap=True), Column(_("Worker"), 0.11, wrap=True),
                       Column(_("Reason given"), 0.34, wrap=True), Column(_("Review"), 0.105, wrap=True)],
                      _breach_rows(run), empty_text=_("No breaches in this period."), on_rows=run.progress.step)


def _breach_rows(run: Run) -> Iterator[list[str]]:
    for b in figures.breach_rows(run.session, run.pathways, run.scope):
        reason = words.breach_reason(b.reason_category)
        if b.reason_text:
            reason = f"{reason}: {clip(b.reason_text, REASON_LIMIT)}"
        yield [date_and_time(b.due_at),
               str(b.referral_id), b.person_name, f"{b.pathway_label}: {b.rule_label}", b.worker, reason,
               words.review_state(b.review_state)]
