"""Case file: one referral in full — the young person, their contacts, the referral, its SLA timers
with their outcomes, the interventions and sessions, the timeline of events and every note.

Works for open and closed referrals alike. Void events stay on the record, marked void with the
reason, as the timeline in the app shows them.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from . import words
from .common import Run
from .figures import CaseFile
from .params import date_and_time, local_date_text, local_time_text, long_date
from .pdf import Column, empty, facts, fixed_table, heading, note, para, styles, table, text, title_block

NOTE_EXCERPT = 160


def story(run: Run, width: float, case: CaseFile) -> Iterator[Flowable]:
    s = styles()
    yield from title_block(run.meta, width, notice=None)

    yield from heading("Young person")
    yield facts([
        ("Name", case.person_name),
        ("Date of birth", f"{long_date(case.date_of_birth)} (age {case.age_today} now, {case.age_at_referral} "
                          "when referred)"),
        ("Gender", words.code(case.gender)),
        ("Home local authority", case.home_local_authority),
        ("Postcode", case.postcode),
        ("PNC ID", case.pnc_id),
        ("NHS number", case.nhs_number),
    ], width)

    yield from heading("Parents, carers and other contacts", level=2)
    if case.contacts:
        yield fixed_table([Column("Name", 0.32), Column("Relationship", 0.25), Column("Phone", 0.25),
                           Column("Parent or carer", 0.18)],
                          ([c.name, words.humanise(c.relationship), c.phone or "", "Yes" if c.is_parent_carer else "No"]
                           for c in case.contacts), width)
    else:
        yield empty("No contacts recorded.")

    yield from heading("Referral")
    closed = (f"{local_time_text(case.closed_at)}: {words.code(case.outcome) or 'no outcome recorded'}"
              if case.closed_at else "Open")
    yield facts([
        ("Referral", str(case.referral_id)),
        ("Pathway", case.pathway_label),
        ("Source", case.source),
        ("Received", local_time_text(case.received_at, zone=True)),
        ("Site", case.site),
        ("Team", case.team),
        ("Assigned to", case.worker or "Unassigned"),
        ("Stage", case.stage_label),
        ("Closed", closed),
    ], width)
    run.progress.step()

    yield from heading("SLA timers")
    yield note(f"Worked out from the events as at {local_time_text(run.scope.as_of, zone=True)}.")
    if case.timers:
        yield fixed_table([Column("Rule", 0.22, wrap=True), Column("Outcome", 0.3, wrap=True),
                           Column("Started", 0.16), Column("Due", 0.16), Column("Stopped", 0.16)],
                          ([t.rule_label, t.outcome, date_and_time(t.started_at), date_and_time(t.due_at),
                            date_and_time(t.stopped_at)] for t in case.timers), width)
    else:
        yield empty("This pathway has no SLA rules.")

    yield from heading("Interventions and sessions")
    if case.sessions_recorded.value:
        share = f"{case.sessions_attended.value} of {case.sessions_recorded.value}"
        percent = round(100 * case.sessions_attended.value / case.sessions_recorded.value)
        yield para(f"Sessions attended: {share} recorded ({percent}%).", s.small)
    yield table([Column("When", 0.16), Column("What", 0.22, wrap=True), Column("Details", 0.42, wrap=True),
                 Column("Recorded by", 0.2, wrap=True)],
                ([date_and_time(e.occurred_at), e.label, e.details_text, e.recorded_by] for e in case.interventions),
                empty_text="No interventions or sessions recorded.")

    yield from heading("Timeline")
    yield note("Every event on the record, oldest first. Void events stay on the record, marked void. "
               "Notes are given in full after the timeline.")
    yield table([Column("When", 0.14), Column("Event", 0.2, wrap=True), Column("Details", 0.46, wrap=True),
                 Column("Recorded by", 0.2, wrap=True)],
                (_timeline_cells(e) for e in case.events), empty_text="No events recorded.")

    yield from heading("Notes")
    noted = [e for e in case.events if e.note]
    if not noted:
        yield empty("No notes recorded.")
    for e in noted:
        void = " (void)" if e.voided_at else ""
        head = Paragraph(f"<b>{text(local_time_text(e.occurred_at))}</b> · {text(e.label)}{text(void)} · "
                         f"{text(e.recorded_by)}", s.small)
        yield KeepTogether([head, Paragraph(text(e.note), s.body)])
        yield para("", s.note)

    yield from heading("About this case file", level=2, room=50)
    yield note(f"Printed from Casework on {local_date_text(run.scope.as_of)}. The record in Casework is the "
               "authoritative version; this copy is not kept up to date.")


def _timeline_cells(e) -> list[str]:
    label = e.label + (" (void)" if e.voided_at else "")
    details = e.details_text
    if e.corrects_event_id:
        details = (details + "\n" if details else "") + f"Corrects an earlier entry (event {e.corrects_event_id})"
    if e.voided_at:
        details = (details + "\n" if details else "") + f"Void: {e.void_reason or 'no reason given'}"
    if e.note:
        excerpt = e.note if len(e.note) <= NOTE_EXCERPT else e.note[:NOTE_EXCERPT].rsplit(" ", 1)[0] + " …"
        details = (details + "\n" if details else "") + f"Note: {excerpt}"
    by = e.recorded_by
    if abs((e.recorded_at - e.occurred_at).total_seconds()) > 3600:
        by += f"\nrecorded {local_time_text(e.recorded_at)}"
    return [date_and_time(e.occurred_at), label, details, by]
