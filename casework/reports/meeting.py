"""Multi-agency meeting list: every young person seen in custody in the period, with their stage, timers
and the next action, for the regular meeting that reviews each of them (Act Now).

"Seen in custody" is a custody attendance recorded in the period whose outcome was not "not seen";
a young person attended more than once is listed once, at the first visit. The list is landscape
and streams.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable

from ..i18n import _
from . import figures
from .common import Run
from .drawn import drawn_table
from .figures import MeetingRow
from .params import date_and_time, long_date
from .pdf import Column, empty, heading, key_figures, note, title_block


def story(run: Run, width: float) -> Iterator[Flowable]:
    summary = figures.meeting_summary(run.session, run.pathways, run.scope)
    run.progress.add(summary.seen.value)
    run.progress.step(5)
    yield from title_block(run.meta, width, notice=run.notice)
    yield key_figures([
        (summary.seen.text, _("Seen in custody"), _("young people seen in the period")),
        (summary.still_open.n.text, _("Still open"), _("{share} of those seen").format(share=summary.still_open.text)),
        (summary.out_of_area.n.text, _("From outside the service area"), _("{share}; MASH referral due").format(share=summary.out_of_area.text)),
        (summary.not_seen.text, _("Attended but not seen"), _("not listed below")),
    ], width)
    custody = figures.custody_pathways(run.pathways)
    if not custody:
        yield empty(_("No pathway takes referrals from custody."))
        return
    yield from heading(_("Young people seen in custody"))
    yield note(_("First seen first. Timers as at the time the report was generated; the next action is the "
               "earliest deadline still to be met."))
    yield drawn_table([Column(_("Seen"), 0.09), Column(_("Referral", "narrow column"), 0.065, "right"), Column(_("Young person"), 0.15, wrap=True),
                       Column(_("Home area"), 0.1, wrap=True), Column(_("Worker"), 0.095, wrap=True),
                       Column(_("Stage"), 0.105, wrap=True), Column(_("Timers"), 0.22, wrap=True),
                       Column(_("Next action"), 0.175, wrap=True)],
                      (_cells(row) for row in figures.meeting_rows(run.session, run.pathways, run.scope)),
                      empty_text=_("No young person was seen in custody in this period."), on_rows=run.progress.step)


def _cells(row: MeetingRow) -> list[str]:
    area = row.home_local_authority or _("Not recorded")
    if row.out_of_area:
        area += "\n" + _("Outside the service area")
    stage = row.stage_label
    return [date_and_time(row.seen_at), str(row.referral_id),
            row.person_name + "\n" + _("Age {age}, born {date}").format(age=row.age, date=long_date(row.date_of_birth)), area, row.worker, stage,
            "\n".join(t.text for t in row.timers) or _("No timers"), row.next_action]
