"""Multi-agency meeting list: every young person seen in custody in the period, with their stage, timers
and the next action, for the regular meeting that reviews each of them (Act Now).

"Seen in custody" is a custody attendance recorded in the period whose outcome was not "not seen";
a young person attended more than once is listed once, at the first visit. The list is landscape
and streams.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable

from . import figures
from .common import Run
from .figures import MeetingRow
from .params import date_and_time, long_date
from .pdf import Column, empty, heading, key_figures, note, table, title_block


def story(run: Run, width: float) -> Iterator[Flowable]:
    summary = figures.meeting_summary(run.session, run.pathways, run.scope)
    run.progress.add(summary.seen.value)
    run.progress.step(5)
    yield from title_block(run.meta, width, notice=run.notice)
    yield key_figures([
        (summary.seen.text, "Seen in custody", "young people seen in the period"),
        (summary.still_open.n.text, "Still open", f"{summary.still_open.text} of those seen"),
        (summary.out_of_area.n.text, "From outside the service area", f"{summary.out_of_area.text}; MASH referral due"),
        (summary.not_seen.text, "Attended but not seen", "not listed below"),
    ], width)
    custody = figures.custody_pathways(run.pathways)
    if not custody:
        yield empty("No pathway takes referrals from custody.")
        return
    yield from heading("Young people seen in custody")
    yield note("First seen first. Timers as at the time the report was generated; the next action is the "
               "earliest deadline still to be met.")
    yield table([Column("Seen", 0.085), Column("Referral", 0.065, "right"), Column("Young person", 0.15, wrap=True),
                 Column("Home area", 0.1, wrap=True), Column("Worker", 0.095, wrap=True),
                 Column("Stage", 0.105, wrap=True), Column("Timers", 0.22, wrap=True),
                 Column("Next action", 0.18, wrap=True)],
                (_cells(row) for row in figures.meeting_rows(run.session, run.pathways, run.scope)),
                empty_text="No young person was seen in custody in this period.", on_rows=run.progress.step)


def _cells(row: MeetingRow) -> list[str]:
    area = row.home_local_authority or "Not recorded"
    if row.out_of_area:
        area += "\nOutside the service area"
    stage = row.stage_label
    return [date_and_time(row.seen_at), str(row.referral_id),
            f"{row.person_name}\nAge {row.age}, born {long_date(row.date_of_birth)}", area, row.worker, stage,
            "\n".join(t.text for t in row.timers) or "No timers", row.next_action]
