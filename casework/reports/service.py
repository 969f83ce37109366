"""Running a report: who may, the audit entry, one read snapshot, and the PDF written in one go.

A report run is a service call like any other: the acting user is checked (team leads and managers
run every report, a team lead for their own team only; anyone who may read a referral may print its
case file; an administrator without a case role runs none), the run is audited before any data is read (the
"report" action, with the parameters as ids and dates, never names), and progress is reported as
(done, total) through a plain callback that a GUI can forward to its progress bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable

from ..i18n import _, L_
from ..errors import NotFound, NotPermitted, ValidationError
from ..services import access, audit
from ..services.access import REPORTING_ROLES, require
from ..services.actor import Actor
from ..services.context import Context
from ..services.directory import find_team, find_user
from ..services.views import JsonView
from ..store.models import Person, Referral, Role, Team
from . import caseload, case_file, evidence, figures, meeting, pdf, sla
from .common import Progress, ProgressCallback, Run
from .params import ReportRequest, check, long_date, period_bounds, period_text



@dataclass(frozen=True)
class ReportResult(JsonView):
    kind: str
    title: str
    path: str
    pages: int
    generated_at: datetime
    filters: str


@dataclass(frozen=True)
class _Resolved:
    team_id: int | None
    team_name: str | None
    worker_id: int | None
    worker_name: str | None
    case_title: str | None = None
    pathway_label: str | None = None


def _resolve(ctx: Context, actor: Actor, request: ReportRequest) -> _Resolved:
    with ctx.read() as s:
        if request.kind == "case":
            assert request.referral_id is not None
            referral = s.get(Referral, request.referral_id)
            if referral is None:
                raise NotFound("referral", request.referral_id)
            access.require_read_referral(ctx, actor, referral, action="run_report")
            person = s.get(Person, referral.person_id)
            assert person is not None
            pathway = ctx.pathways.get(referral.pathway)
            team = referral.team.name if referral.team else _("no team")
            title = _("Referral {id}").format(id=referral.id) + \
                f" · {person.given_name} {person.family_name} · {pathway.label} · {team}"
            return _Resolved(referral.team_id, team, None, None, title)
        if actor.role not in REPORTING_ROLES:
            raise access.refuse(ctx, actor, "run_report",
                                # the reason is kept in the audit trail: in English, like every audit entry
                                L_("the caseload, SLA and meeting reports are for team leads and managers; "
                                   "a caseworker may print the case file of their team's referrals"))
        team_id = team_name = None
        if request.team:
            team = find_team(s, request.team)
            if actor.role is Role.TEAM_LEAD and team.id != actor.team_id:
                raise access.refuse(ctx, actor, "run_report", L_("a team lead runs reports for their own team"),
                                    entity_type="team", entity_id=team.id)
            team_id, team_name = team.id, team.name
        elif actor.role is Role.TEAM_LEAD:
            if actor.team_id is None:
                raise ValidationError("team", "required", _("choose a team"))
            own = s.get(Team, actor.team_id)
            team_id, team_name = actor.team_id, own.name if own else None
        worker_id = worker_name = None
        if request.worker:
            worker = find_user(s, request.worker, "worker")
            worker_id, worker_name = worker.id, worker.display_name
        pathway_label = ctx.pathways.get(request.pathway).label if request.pathway else None
        return _Resolved(team_id, team_name, worker_id, worker_name, None, pathway_label)


def filters_text(request: ReportRequest, resolved: _Resolved, generated_at: datetime) -> str:
    if request.kind == "case":
        return resolved.case_title or ""
    label = _("Seen in custody") if request.kind == "meeting" else (_("Due") if request.kind == "sla" else _("Period"))
    if request.kind == "evidence":
        label = _("Closed")
    parts = [f"{label}: {period_text(request.date_from, request.date_to, generated_at)}",
             _("Team: {team}").format(team=resolved.team_name or _("all teams")),
             _("Worker: {worker}").format(worker=resolved.worker_name or _("all workers"))]
    if request.kind == "evidence":
        parts.insert(1, _("Pathway: {pathway}").format(pathway=resolved.pathway_label or _("all pathways")))
    if request.suppress_under is not None:
        parts.append(_("Counts under 5 suppressed"))
    return " · ".join(parts)


def _audit(ctx: Context, actor: Actor, request: ReportRequest, resolved: _Resolved, now: datetime) -> None:
    details = {
        "report": request.kind,
        "from": request.date_from.isoformat() if request.date_from else None,
        "to": request.date_to.isoformat() if request.date_to else None,
        "team_id": resolved.team_id,
        "worker_id": resolved.worker_id,
        "referral_id": request.referral_id,
        "suppress_small_counts": request.suppress_small_counts,
        "case_list": request.case_list,
    }
    if request.kind == "evidence":
        details["pathway"] = request.pathway
    with ctx.write() as s:
        if request.kind == "case":
            audit.record(s, actor, now, "report", "referral", request.referral_id, after=details)
        else:
            audit.record(s, actor, now, "report", "report", None, after=details)


def _target(path: str | Path) -> Path:
    target = Path(path).expanduser()
    if target.exists() and target.is_dir():
        raise ValidationError("pdf", "is_folder", _("{path} is a folder; give a file name").format(path=target))
    if not target.parent.is_dir():
        raise ValidationError("pdf", "no_folder", _("there is no folder {path}").format(path=target.parent))
    return target


def run_report(ctx: Context, actor: Actor, request: ReportRequest, path: str | Path,
               progress: ProgressCallback | None = None) -> ReportResult:
    """Write the report ``request`` asks for to the PDF file ``path``."""
    check(request)
    require(ctx, actor, "read_cases", entity_type="referral" if request.kind == "case" else None,
            entity_id=request.referral_id if request.kind == "case" else None)
    target = _target(path)
    now = ctx.clock.now()
    resolved = _resolve(ctx, actor, request)
    _audit(ctx, actor, request, resolved, now)

    start, end = period_bounds(request.date_from, request.date_to)
    if request.kind == "case":
        start = end = None
    scope = figures.Scope(as_of=now, start=start, end=end, team_id=resolved.team_id, worker_id=resolved.worker_id,
                          suppress_under=request.suppress_under)
    meta = pdf.ReportMeta(title=request.title, filters=filters_text(request, resolved, now), generated_at=now,
                          generated_by=actor.display_name, landscape=request.kind in ("meeting", "sla"),
                          subject=f"{request.title} (Casework)")
    tracker = Progress(progress, total=8)
    tracker.step(0)
    with ctx.read() as session:
        figures.prepare(session)
        run = Run(session, ctx.pathways, scope, request, meta, tracker, resolved.team_name, resolved.worker_name)
        story: Callable[[float], Iterable[Flowable]]
        if request.kind == "case":
            assert request.referral_id is not None
            case = figures.case_file(session, ctx.pathways, request.referral_id, now)
            if case is None:
                raise NotFound("referral", request.referral_id)
            story = lambda width: case_file.story(run, width, case)  # noqa: E731
        else:
            module = {"caseload": caseload, "sla": sla, "meeting": meeting, "evidence": evidence}[request.kind]
            story = lambda width: module.story(run, width)  # noqa: E731
        pages = pdf.build(target, meta, story)
    tracker.finish()
    return ReportResult(request.kind, request.title, str(target), pages, now, meta.filters)


def default_file_name(request: ReportRequest) -> str:
    """A sensible file name for the save dialog, e.g. ``Caseload summary 2026-05.pdf``."""
    name = request.title
    if request.kind == "case":
        return _("{name} referral {id}.pdf").format(name=name, id=request.referral_id)
    if request.date_from and request.date_to:
        if (request.date_from.day == 1 and request.date_from.year == request.date_to.year
                and request.date_from.month == request.date_to.month):
            return f"{name} {request.date_from:%Y-%m}.pdf"
        return _("{name} {start} to {end}.pdf").format(name=name, start=request.date_from.isoformat(),
                                                        end=request.date_to.isoformat())
    return f"{name}.pdf"


__all__ = ["ReportRequest", "ReportResult", "default_file_name", "filters_text", "long_date", "run_report"]
