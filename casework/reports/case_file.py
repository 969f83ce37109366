"""Case file: one referral in full — the young person, their contacts, the referral, its SLA timers
with their outcomes, the interventions and sessions, the timeline of events and every note.

Works for open and closed referrals alike. Void events stay on the record, marked void with the
reason, as the timeline in the app shows them.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ..i18n import _
from . import words
from .common import Run
from .figures import CaseFile
from .params import date_and_time, local_date_text, local_time_text, long_date
from .pdf import Column, empty, facts, fixed_table, heading, note, para, styles, table, text, title_block

NOTE_EXCERPT = 160


def story(run: Run, width: float, case: CaseFile) -> Iterator[Flowable]:
    s = styles()
    yield from title_block(run.meta, width, notice=None)

    yield from heading(_("Young person"))
    yield facts([
        (_("Name"), case.person_name),
        (_("Date of birth"), _("{date} (age {now} now, {then} when referred)").format(
            date=long_date(case.date_of_birth), now=case.age_today, then=case.age_at_referral)),
        (_("Gender"), words.code(case.gender)),
        (_("Home local authority"), case.home_local_authority),
        (_("Postcode"), case.postcode),
        (_("PNC ID"), case.pnc_id),
        (_("NHS number"), case.nhs_number),
    ], width)

    yield from heading(_("Parents, carers and other contacts"), level=2)
    if case.contacts:
        yield fixed_table([Column(_("Name"), 0.32), Column(_("Relationship"), 0.25), Column(_("Phone"), 0.25),
                           Column(_("Parent or carer"), 0.18)],
                          ([c.name, words.relationship(c.relationship), c.phone or "", _("Yes") if c.is_parent_carer else _("No")]
                           for c in case.contacts), width)
    else:
        yield empty(_("No contacts recorded."))

    yield from heading(_("Referral"))
    closed = (f"{local_time_text(case.closed_at)}: {words.code(case.outcome) or _('no outcome recorded')}"
              if case.closed_at else _("Open"))
    yield facts([
        (_("Referral"), str(case.referral_id)),
        (_("Pathway"), case.pathway_label),
        (_("Source"), case.source),
        (_("Received"), local_time_text(case.received_at, zone=True)),
        (_("Site"), case.site),
        (_("Team"), case.team),
        (_("Assigned to"), case.worker or _("Unassigned")),
        (_("Stage"), case.stage_label),
        (_("Closed"), closed),
    ], width)
    run.progress.step()

    yield from heading(_("SLA timers"))
    yield note(_("Worked out from the events as at {when}.").format(when=local_time_text(run.scope.as_of, zone=True)))
    if case.timers:
        yield fixed_table([Column(_("Rule"), 0.22, wrap=True), Column(_("Outcome"), 0.3, wrap=True),
                           Column(_("Started"), 0.16), Column(_("Due"), 0.16), Column(_("Stopped"), 0.16)],
                          ([t.rule_label, t.outcome, date_and_time(t.started_at), date_and_time(t.due_at),
                            date_and_time(t.stopped_at)] for t in case.timers), width)
    else:
        yield empty(_("This pathway has no SLA rules."))

    yield from heading(_("Interventions and sessions"))
    if case.sessions_recorded.value:
        percent = round(100 * case.sessions_attended.value / case.sessions_recorded.value)
        yield para(_("Sessions attended: {a} of {r} recorded ({percent}%).").format(
            a=case.sessions_attended.value, r=case.sessions_recorded.value, percent=percent), s.small)
    yield table([Column(_("When"), 0.16), Column(_("What"), 0.22, wrap=True), Column(_("Details"), 0.42, wrap=True),
                 Column(_("Recorded by"), 0.2, wrap=True)],
                ([date_and_time(e.occurred_at), e.label, e.details_text, e.recorded_by] for e in case.interventions),
                empty_text=_("No interventions or sessions recorded."))

    yield from heading(_("Timeline"))
    yield note(_("Every event on the record, oldest first. Void events stay on the record, marked void. "
               "Notes are given in full after the timeline."))
    yield table([Column(_("When"), 0.14), Column(_("Event"), 0.2, wrap=True), Column(_("Details"), 0.46, wrap=True),
                 Column(_("Recorded by"), 0.2, wrap=True)],
                (_timeline_cells(e) for e in case.events), empty_text=_("No events recorded."))

    yield from heading(_("Notes"))
    noted = [e for e in case.events if e.note]
    if not noted:
        yield empty(_("No notes recorded."))
    for e in noted:
        void = _(" (void)") if e.voided_at else ""
        head = Paragraph(f"<b>{text(local_time_text(e.occurred_at))}</b> · {text(e.label)}{text(void)} · "
                         f"{text(e.recorded_by)}", s.small)
        yield KeepTogether([head, Paragraph(text(e.note), s.body)])
        yield para("", s.note)

    yield from heading(_("About this case file"), level=2, room=50)
    yield note(_("Printed from Casework on {date}. The record in Casework is the authoritative version; this copy "
                 "is not kept up to date.").format(date=local_date_text(run.scope.as_of)))


def _timeline_cells(e) -> list[str]:
    label = e.label + (_(" (void)") if e.voided_at else "")
    details = e.details_text
    if e.corrects_event_id:
        details = (details + "\n" if details else "") + _("Corrects an earlier entry (event {id})").format(id=e.corrects_event_id)
    if e.voided_at:
        details = (details + "\n" if details else "") + _("Void: {reason}").format(reason=e.void_reason or _("no reason given"))
    if e.note:
        excerpt = e.note if len(e.note) <= NOTE_EXCERPT else e.note[:NOTE_EXCERPT].rsplit(" ", 1)[0] + " …"
        details = (details + "\n" if details else "") + _("Note: {note}").format(note=excerpt)
    by = e.recorded_by
    if abs((e.recorded_at - e.occurred_at).total_seconds()) > 3600:
        by += "\n" + _("recorded {when}").format(when=local_time_text(e.recorded_at))
    return [date_and_time(e.occurred_at), label, details, by]
