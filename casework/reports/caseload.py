"""Caseload summary: open cases by pathway and stage, referrals and closures in the period, workers, ages.

The open caseload is as at the moment the report is generated; referrals and closures are those
received and closed in the period. With ``case_list`` every open case follows, worker by worker —
the one part that grows with the size of the service, and so the part that streams.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, Spacer

from ..i18n import _, month_year
from . import charts, figures
from .common import Run
from .drawn import drawn_table
from .figures import CaseloadFigures, Group
from .params import local_date_text, local_time_text
from .pdf import (
    SERIES,
    Column,
    Strong,
    caption,
    empty,
    fixed_table,
    heading,
    key_figures,
    note,
    table,
    title_block,
    together,
)

INDENT = "    "


def _group_rows(groups: list[Group]) -> Iterator[list[str]]:
    for group in groups:
        yield Strong([group.label, group.total.text])
        for line in group.lines:
            yield [INDENT + line.label, line.share.text]


def _month_label(month) -> str:
    return month_year(month)


def story(run: Run, width: float) -> Iterator[Flowable]:
    scope = run.scope
    f: CaseloadFigures = figures.caseload(run.session, run.pathways, scope)
    if run.request.case_list:
        run.progress.add(f.open_total.value)  # the case list's rows: every open case
    run.progress.add(f.workers)
    run.progress.step(5)

    yield from title_block(run.meta, width, notice=run.notice)
    as_at = local_time_text(f.as_of, zone=True)
    yield key_figures([
        (f.open_total.text, _("Open cases"), _("as at {when}").format(when=as_at)),
        (f.new_total.text, _("New referrals"), _("received in the period")),
        (f.closed_total.text, _("Cases closed"), _("closed in the period")),
    ], width)
    if f.open_imported.value:
        yield note(_("{n} of the open cases were imported from a spreadsheet: their SLA clocks that had passed "
                     "their due time before the import are kept as imported — not tracked, and left "
                     "out of the SLA figures.").format(n=f.open_imported.text))

    # --- open cases by pathway and stage --------------------------------------------------------
    yield from heading(_("Open cases by pathway and stage"))
    yield note(_("Cases open at {when}. A stage's figure is out of its pathway's open cases; "
                 "a pathway's, out of all open cases.").format(when=as_at))
    if f.open_by_stage:
        yield fixed_table([Column(_("Pathway and stage"), 0.62), Column(_("Open cases"), 0.38, "right")],
                          _group_rows(f.open_by_stage), width, total=[_("All open cases"), f.open_total.text])
        labels, values, value_labels, colours, legend = [], [], [], [], []
        for index, group in enumerate(f.open_by_stage):
            colour = SERIES[index % len(SERIES)]
            legend.append((colour, group.label))
            for line in group.lines:
                labels.append(line.label)
                values.append(0 if line.share.n.suppressed else line.share.n.value)
                value_labels.append(line.share.n.text)
                colours.append(colour)
        yield Spacer(1, 6)
        hidden = _(" Counts under 5 are not drawn.") if run.request.suppress_small_counts else ""
        yield together(charts.horizontal_bars(labels, values, value_labels, colours, width, legend=legend),
                       caption(_("Open cases by stage, coloured by pathway.") + hidden))
    else:
        yield empty(_("No open cases."))

    # --- new referrals ---------------------------------------------------------------------------
    yield from heading(_("New referrals by source"))
    yield note(_("Referrals received in the period. A source's figure is out of its pathway's referrals."))
    if f.new_by_source:
        yield fixed_table([Column(_("Pathway and source"), 0.62), Column(_("Referrals"), 0.38, "right")],
                          _group_rows(f.new_by_source), width, total=[_("All new referrals"), f.new_total.text])
    else:
        yield empty(_("No referrals were received in this period."))

    yield from heading(_("Referrals per month"), room=260)
    if f.months and f.month_pathways:
        series = [(label, [0 if m.counts[p].suppressed else m.counts[p].value for m in f.months])
                  for p, label in f.month_pathways]
        context = ""
        if f.months_before_period:
            context = _(" The chart and the table cover the {n} months to {month}, so {k} of them come before the "
                        "period.").format(n=len(f.months), month=month_year(f.months[-1].month), k=f.months_before_period)
        yield together(charts.stacked_bars(charts.month_labels([m.month for m in f.months]), series, width,
                                           y_title=_("Referrals")),
                       caption(_("Referrals received each month, by pathway (UK local time).") + context
                               + (_(" Counts under 5 are not drawn.") if run.request.suppress_small_counts else "")))
        share = 0.62 / len(f.month_pathways) if len(f.month_pathways) > 3 else 0.18
        columns = [Column(_("Month"), 1 - share * len(f.month_pathways) - 0.16)]
        columns += [Column(label, share, "right") for _, label in f.month_pathways]
        columns.append(Column(_("Total"), 0.16, "right"))
        rows = ([_month_label(m.month), *(m.counts[p].text for p, _ in f.month_pathways), m.total.text]
                for m in f.months)
        totals = [_("All months"), *(f.months_total.counts[p].text for p, _ in f.month_pathways),
                  f.months_total.total.text]
        yield table(columns, rows, empty_text=_("No referrals."), total=totals)
    else:
        yield empty(_("No referrals were received in this period."))

    # --- closures --------------------------------------------------------------------------------
    yield from heading(_("Closures by outcome"))
    yield note(_("Cases closed in the period. An outcome's figure is out of its pathway's closures."))
    if f.closed_by_outcome:
        yield fixed_table([Column(_("Pathway and outcome"), 0.62), Column(_("Closures"), 0.38, "right")],
                          _group_rows(f.closed_by_outcome), width, total=[_("All closures"), f.closed_total.text])
    else:
        yield empty(_("No cases were closed in this period."))

    # --- ages --------------------------------------------------------------------------------------
    yield from heading(_("Age bands"))
    yield note(_("New referrals by the young person's age on the day they were referred; open cases by their "
                 "age on {date}.").format(date=local_date_text(f.as_of)))
    yield fixed_table([Column(_("Age"), 0.28), Column(_("New referrals"), 0.36, "right"),
                       Column(_("Open cases"), 0.36, "right")],
                      ([_(band.label), band.new.text, band.open.text] for band in f.age_bands), width,
                      total=[_("All ages"), f.new_total.text, f.open_total.text])
    run.progress.step()

    # --- workers -----------------------------------------------------------------------------------
    yield from heading(_("Caseload by worker"))
    yield note(_("Open cases now, and referrals received and cases closed in the period, by the worker each "
               "case is assigned to now."))
    yield table([Column(_("Worker"), 0.27, wrap=True), Column(_("Team"), 0.27, wrap=True), Column(_("Open cases"), 0.2, "right"),
                 Column(_("New in period"), 0.13, "right"), Column(_("Closed in period"), 0.13, "right")],
                ([w.name, w.team or "", w.open.text, w.new.text, w.closed.text]
                 for w in f.worker_rows),
                empty_text=_("No worker has cases in this selection."),
                total=[_("All workers"), "", f.open_total.text, f.new_total.text, f.closed_total.text],
                on_rows=run.progress.step)

    if run.request.case_list:
        yield from heading(_("Open cases by worker"), room=140)
        yield note(_("Every open case, worker by worker, oldest referral first. "
                   "Next deadline: the earliest SLA timer still to be met."))
        # Drawn on the canvas: at 10,000 rows and more this list is nearly all of the report's work.
        yield drawn_table([Column(_("Referral"), 0.095, "right"), Column(_("Young person"), 0.2, wrap=True),
                           Column(_("Age"), 0.06, "right"), Column(_("Pathway"), 0.14, wrap=True),
                           Column(_("Stage"), 0.165, wrap=True), Column(_("Received"), 0.14),
                           Column(_("Next deadline"), 0.2)],
                          _case_rows(run), empty_text=_("No open cases."), on_rows=run.progress.step)

    yield from heading(_("About these figures"), level=2, room=60)
    yield note(_("Open cases are those not closed when the report was generated. Team and worker filters select "
               "cases by their team, and by the worker they are assigned to now. Months and ages are taken in "
               "UK local time."))


def _case_rows(run: Run) -> Iterator[list[str]]:
    current = object()
    for row in figures.open_case_rows(run.session, run.pathways, run.scope):
        if row.worker != current:
            current = row.worker
            yield Strong([row.worker, "", "", "", "", "", ""])
        yield [str(row.referral_id), row.person_name, str(row.age), row.pathway_label, row.stage_label,
               local_date_text(row.received_at), local_time_text(row.next_due_at) or "—"]
