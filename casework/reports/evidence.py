"""Outcomes and evidence: what happened after the referrals closed in a period, by pathway.

The cohort is every referral **closed in the period** (its closure's local date inside it), limited
by pathway, team and worker as asked. Every figure is a ``GROUP BY`` query over the cohort and is
shown with its denominator as "n of N (p%)"; counts from 1 to 4 are always suppressed here ("<5",
and no percentage), because an evidence report is made to leave the team.

Definitions (printed in the report's notes, and used by the evidence page and the tests):

* **Completion rate**: closures whose outcome the pathway marks as completed (``completed = true`` in
  the pathway file: "Completed", and for INTACT "Completed: no further police contact"), out of all
  closures in the cohort.
* **Engagement rate**: closures where the young person (or their parents/carers) attended at least one
  intervention session, 1-2-1 or group, out of all closures in the cohort.
* **No further police contact at 6 / 12 months**: recorded 6- (12-) month checks saying "no further
  police contact since closure", out of the recorded checks of that kind. How many checks are recorded
  out of those due by the report's date is shown beside it.
* **Police occurrences before and after referral**: from the recorded 12-month checks: occurrences as
  suspect and as victim in the 12 months before the referral and in the 12 months after it, added up
  over the young people with a recorded 12-month check; the change is (after − before) / before. "Fewer
  occurrences after" counts young people whose occurrences (suspect and victim together) fell.
* **ED re-attendance**: recorded 12-month checks with at least one emergency-department attendance
  since closure, out of the recorded 12-month checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from reportlab.platypus import Flowable
from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session

from ..i18n import N_, _
from ..pathways import PathwayRegistry
from ..services.access import require
from ..store.models import Attendance, FollowUp, Intervention, Referral
from ..timeutil import to_local
from .common import SUPPRESSION_NOTICE, Run
from .figures import NO_PERCENT, Count, Scope, Share, count_by, percent_text, prepare
from .params import SUPPRESS_UNDER, ReportRequest, check, local_date_text, period_bounds
from .pdf import Column, empty, fixed_table, heading, key_figures, note, title_block

ALL = "all"

DEFINITIONS = [
    (N_("Cohort"), N_("Referrals closed in the period (by the local date of closure), for the pathway, team and worker "
               "chosen. Every figure is out of this cohort or of the part of it named.")),
    (N_("Completion rate"), N_("Closures with an outcome the pathway counts as completed, out of all closures.")),
    (N_("Engagement rate"), N_("Closures where the young person or their parents/carers attended at least one "
                        "intervention session (1-2-1 or group), out of all closures.")),
    (N_("No further police contact"), N_("Recorded 6-month (12-month) follow-up checks saying there was no police "
                                  "contact since closure, out of the recorded checks. Checks recorded out of "
                                  "checks due by the report's date are shown beside it.")),
    (N_("Police occurrences"), N_("From the recorded 12-month checks: occurrences as suspect and as victim in the 12 "
                           "months before the referral and in the 12 months after it, added up; change is "
                           "(after − before) ÷ before.")),
    (N_("ED re-attendance"), N_("Recorded 12-month checks with at least one emergency-department attendance since "
                         "closure, out of the recorded 12-month checks.")),
    (N_("Small numbers"), N_("Counts from 1 to 4 are shown as “<5” and their percentages as “—”; occurrence totals "
                      "are not shown when fewer than 5 young people are behind them.")),
]


@dataclass(frozen=True)
class Occurrences:
    """Occurrences added up over ``people`` young people, before and after referral."""

    people: Count
    before: Count
    after: Count

    @property
    def hidden(self) -> bool:
        return self.people.suppressed

    @property
    def before_text(self) -> str:
        return NO_PERCENT if self.hidden else self.before.text

    @property
    def after_text(self) -> str:
        return NO_PERCENT if self.hidden else self.after.text

    @property
    def change(self) -> float | None:
        if self.hidden or self.before.suppressed or self.after.suppressed or self.before.value == 0:
            return None
        return 100.0 * (self.after.value - self.before.value) / self.before.value

    @property
    def change_text(self) -> str:
        change = self.change
        if change is None:
            return NO_PERCENT
        if change == 0:
            return _("no change")
        pattern = _("{percent} fall") if change < 0 else _("{percent} rise")
        return pattern.format(percent=percent_text(abs(change)))


@dataclass(frozen=True)
class PathwayEvidence:
    key: str
    label: str
    closed: Count
    completed: Share
    engaged: Share
    checks_6: Share
    """Recorded 6-month checks, out of those due by the report's date."""
    no_contact_6: Share
    checks_12: Share
    no_contact_12: Share
    suspect: Occurrences
    victim: Occurrences
    fewer_after: Share
    """Young people with fewer occurrences (suspect and victim together) after than before."""
    ed_reattended: Share


@dataclass(frozen=True)
class EvidenceFigures:
    as_of: date
    pathways: list[PathwayEvidence]
    total: PathwayEvidence


@dataclass
class _Tally:
    closed: int = 0
    completed: int = 0
    engaged: int = 0
    due_6: int = 0
    done_6: int = 0
    no_contact_6: int = 0
    due_12: int = 0
    done_12: int = 0
    no_contact_12: int = 0
    ed_12: int = 0
    suspect_before: int = 0
    suspect_after: int = 0
    victim_before: int = 0
    victim_after: int = 0
    fewer_after: int = 0

    def add(self, other: _Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def evidence(session: Session, pathways: PathwayRegistry, scope: Scope, pathway: str | None = None) -> EvidenceFigures:
    scope = replace(scope, suppress_under=SUPPRESS_UNDER)
    conditions = [*scope.referral_filter(), Referral.closed_at.is_not(None), scope.within(Referral.closed_at)]
    if pathway:
        conditions.append(Referral.pathway == pathway)
    cohort = select().select_from(Referral).where(*conditions)
    tallies: dict[str, _Tally] = {}

    def tally(key: str) -> _Tally:
        return tallies.setdefault(key, _Tally())

    # closures by outcome: the cohort and its completions
    for pathway_id, outcome, n in count_by(session, cohort, Referral.pathway, Referral.outcome):
        t = tally(pathway_id)
        t.closed += int(n)
        completed = pathways.get(pathway_id).completed_outcomes if pathway_id in pathways.ids() else ("completed",)
        if outcome in completed:
            t.completed += int(n)

    # engagement: at least one session attended
    attended = exists().where(Attendance.intervention_id == Intervention.id, Attendance.status == "attended",
                              Intervention.referral_id == Referral.id)
    for pathway_id, n in count_by(session, cohort.where(attended), Referral.pathway):
        tally(pathway_id).engaged += int(n)

    # follow-up checks of the cohort (cancelled ones belong to an undone closure)
    checks = (select().select_from(FollowUp).join(Referral, Referral.id == FollowUp.referral_id)
              .where(*conditions, FollowUp.status != "cancelled", FollowUp.months.in_((6, 12))))
    due_by = to_local(scope.as_of).date()
    is_due = case((FollowUp.due_on <= due_by, 1), else_=0)
    ed = case((FollowUp.ed_reattendances > 0, 1), else_=0)
    for pathway_id, months, status, contact, is_due_now, ed_any, n in count_by(
            session, checks, Referral.pathway, FollowUp.months, FollowUp.status, FollowUp.further_police_contact,
            is_due, ed):
        t = tally(pathway_id)
        n = int(n)
        done = status == "done"
        if months == 6:
            t.due_6 += n if (is_due_now or done) else 0
            t.done_6 += n if done else 0
            t.no_contact_6 += n if done and contact is False else 0
        else:
            t.due_12 += n if (is_due_now or done) else 0
            t.done_12 += n if done else 0
            t.no_contact_12 += n if done and contact is False else 0
            t.ed_12 += n if done and ed_any else 0

    # occurrences before and after referral, from the recorded 12-month checks
    fewer = case((FollowUp.suspect_after + FollowUp.victim_after < FollowUp.suspect_before + FollowUp.victim_before, 1),
                 else_=0)
    sums = (select(Referral.pathway, func.sum(FollowUp.suspect_before), func.sum(FollowUp.suspect_after),
                   func.sum(FollowUp.victim_before), func.sum(FollowUp.victim_after), func.sum(fewer))
            .select_from(FollowUp).join(Referral, Referral.id == FollowUp.referral_id)
            .where(*conditions, FollowUp.status == "done", FollowUp.months == 12)
            .group_by(Referral.pathway))
    for pathway_id, sb, sa, vb, va, fa in session.execute(sums):
        t = tally(pathway_id)
        t.suspect_before, t.suspect_after = int(sb or 0), int(sa or 0)
        t.victim_before, t.victim_after = int(vb or 0), int(va or 0)
        t.fewer_after = int(fa or 0)

    ordered = [p.id for p in pathways if p.id in tallies] + sorted(k for k in tallies if k not in pathways.ids())
    if pathway and pathway not in ordered:
        ordered.append(pathway)
    rows = [_figures(scope, key, pathways.get(key).label if key in pathways.ids() else key, tally(key))
            for key in ordered]
    grand = _Tally()
    for key in ordered:
        grand.add(tallies[key])
    label = _("All pathways") if not pathway else (pathways.get(pathway).label if pathway in pathways.ids() else pathway)
    return EvidenceFigures(due_by, rows, _figures(scope, ALL, label, grand))


def _figures(scope: Scope, key: str, label: str, t: _Tally) -> PathwayEvidence:
    closed = scope.count(t.closed)
    done_6, done_12 = scope.count(t.done_6), scope.count(t.done_12)
    return PathwayEvidence(
        key, label, closed,
        completed=Share(scope.count(t.completed), closed),
        engaged=Share(scope.count(t.engaged), closed),
        checks_6=Share(done_6, scope.count(t.due_6)),
        no_contact_6=Share(scope.count(t.no_contact_6), done_6),
        checks_12=Share(done_12, scope.count(t.due_12)),
        no_contact_12=Share(scope.count(t.no_contact_12), done_12),
        suspect=Occurrences(done_12, scope.count(t.suspect_before), scope.count(t.suspect_after)),
        victim=Occurrences(done_12, scope.count(t.victim_before), scope.count(t.victim_after)),
        fewer_after=Share(scope.count(t.fewer_after), done_12),
        ed_reattended=Share(scope.count(t.ed_12), done_12),
    )


# --- the PDF ------------------------------------------------------------------------------------------

def _rows(f: EvidenceFigures, pick) -> Iterator[list[str]]:
    for p in f.pathways:
        yield [p.label, *pick(p)]


def story(run: Run, width: float) -> Iterator[Flowable]:
    f = evidence(run.session, run.pathways, run.scope, run.request.pathway)
    run.progress.step(5)
    yield from title_block(run.meta, width, notice=_(SUPPRESSION_NOTICE))
    t = f.total
    yield key_figures([
        (t.closed.text, _("Referrals closed"), _("in the period")),
        (t.no_contact_6.percent_text, _("No further police contact at 6 months"),
         _("{n} of {total} checks recorded").format(n=t.no_contact_6.n.text, total=t.no_contact_6.of.text)),
        (t.no_contact_12.percent_text, _("No further police contact at 12 months"),
         _("{n} of {total} checks recorded").format(n=t.no_contact_12.n.text, total=t.no_contact_12.of.text)),
        (t.suspect.change_text, _("Occurrences as suspect"),
         _("{before} before, {after} after").format(before=t.suspect.before_text, after=t.suspect.after_text)),
    ], width)

    total_label = _("All pathways") if len(f.pathways) != 1 else None
    name = Column(_("Pathway"), 0.3, wrap=True)
    narrow = Column(_("Pathway"), 0.24, wrap=True)

    def section(title: str, explanation: str, columns: list[Column], pick, first: Column = name) -> Iterator[Flowable]:
        yield from heading(title)
        yield note(explanation)
        if not f.pathways:
            yield empty(_("No referrals were closed in this period."))
            return
        total = [total_label, *pick(t)] if total_label else None
        yield fixed_table([first, *columns], _rows(f, pick), width, total=total)

    yield from section(
        _("Completion and engagement"), _("Out of the referrals closed in the period."),
        [Column(_("Closed"), 0.14, "right"), Column(_("Completed"), 0.28, "right"), Column(_("Engaged"), 0.28, "right")],
        lambda p: [p.closed.text, p.completed.text, p.engaged.text])
    yield from section(
        _("No further police contact after closure"),
        _("Out of the follow-up checks recorded; “Recorded” is out of the checks due by {date}.").format(
            date=local_date_text(run.scope.as_of)),
        [Column(_("6 months"), 0.19, "right"), Column(_("Recorded"), 0.16, "right"),
         Column(_("12 months"), 0.19, "right"), Column(_("Recorded"), 0.16, "right")],
        lambda p: [p.no_contact_6.text, p.checks_6.text, p.no_contact_12.text, p.checks_12.text])
    yield from section(
        _("Police occurrences before and after referral"),
        _("Added up over the young people with a recorded 12-month check (the “People” column): the 12 months "
        "before the referral against the 12 months after it."),
        [Column(_("People"), 0.08, "right"), Column(_("Suspect before"), 0.1, "right"), Column(_("after"), 0.08, "right"),
         Column(_("change"), 0.1, "right"), Column(_("Victim before"), 0.1, "right"), Column(_("after"), 0.08, "right"),
         Column(_("change"), 0.1, "right"), Column(_("Fewer after"), 0.12, "right")],
        lambda p: [p.suspect.people.text, p.suspect.before_text, p.suspect.after_text, p.suspect.change_text,
                   p.victim.before_text, p.victim.after_text, p.victim.change_text, p.fewer_after.percent_text],
        narrow)
    if f.pathways:
        yield note(_("“Fewer after”: the share of those young people whose occurrences (suspect and victim together) "
                   "fell; as counts: ") + "; ".join(f"{p.label} {p.fewer_after.text}" for p in f.pathways) + ".")
    yield from section(
        _("ED re-attendance"), _("Recorded 12-month checks with at least one emergency-department attendance since closure."),
        [Column(_("Re-attended"), 0.4, "right"), Column(_("Checks recorded"), 0.3, "right")],
        lambda p: [p.ed_reattended.text, p.ed_reattended.of.text])
    run.progress.step()

    yield from heading(_("About these figures"), level=2, room=120)
    for term, meaning in DEFINITIONS:
        yield note(f"{_(term)}: {_(meaning)}")


def evidence_figures(ctx, actor, *, date_from: date | None = None, date_to: date | None = None,
                     pathway: str | None = None, team: str | None = None) -> EvidenceFigures:
    """The evidence figures for the desktop's Evidence page: the same checks, audit and figures as the PDF."""
    from .service import _audit, _resolve  # the service imports this module


    request = ReportRequest("evidence", date_from=date_from, date_to=date_to, team=team, pathway=pathway)
    check(request)
    require(ctx, actor, "read_cases")
    now = ctx.clock.now()
    resolved = _resolve(ctx, actor, request)
    _audit(ctx, actor, request, resolved, now)
    start, end = period_bounds(date_from, date_to)
    scope = Scope(as_of=now, start=start, end=end, team_id=resolved.team_id, worker_id=resolved.worker_id)
    with ctx.read() as session:
        prepare(session)
        return evidence(session, ctx.pathways, scope, pathway)
