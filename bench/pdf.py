"""The caseload summary PDF with its list of open cases, and bare ReportLab writing the same rows.

``app_report`` is ``casework report caseload --case-list`` (``run_report``) for a team (or every
team): figures by GROUP BY, then the open cases streamed into the document, the list drawn on the
canvas a page at a time. Its limits, each the same rows fetched into a list first:

* ``canvas_report``: the floor. Bare ReportLab drawing the rows on the canvas, one ``drawString`` a
  cell, in the same embedded TrueType font (DejaVu Sans, which Welsh needs), a header row a page and
  nothing else: no wrapping, no figures, no page decoration.
* ``platypus_report``: the plain platypus way, ``Paragraph`` cells in 200-row ``Table`` chunks (one
  giant ``Table`` is far slower) with no page decoration, no figures and no charts. It is slow (tens of
  seconds at 10,000 rows, many minutes at 100,000), so the bench runs it at 10,000 rows only.
"""

from __future__ import annotations

import time
from pathlib import Path


def pick_scope(ctx, rows: int) -> tuple[str | None, int]:
    """The team whose open cases come nearest ``rows`` (None: every team, when that is nearer)."""
    from sqlalchemy import func, select

    from casework.store.models import Referral, Team

    with ctx.read() as s:
        per_team = s.execute(select(Team.name, func.count()).join(Referral, Referral.team_id == Team.id)
                             .where(Referral.closed_at.is_(None)).group_by(Team.name)).all()
        every = s.scalar(select(func.count()).select_from(Referral).where(Referral.closed_at.is_(None)))
    options = [(None, every), *per_team]
    return min(options, key=lambda o: abs(o[1] - rows))


def _manager(ctx):
    """A manager runs the caseload report (an administrator without a case role sees no case records)."""
    from sqlalchemy import select

    from casework.services.actor import Actor
    from casework.store.models import Role, User

    with ctx.read() as s:  # the acting user without argon2 (its 64 MiB would be the process's peak)
        return Actor.of(s.scalar(select(User).where(User.role == Role.MANAGER).order_by(User.id).limit(1)))


def app_report(ctx, rows: int, out: Path) -> dict:
    from casework.reports import ReportRequest, run_report

    team, count = pick_scope(ctx, rows)
    actor = _manager(ctx)
    started, cpu = time.perf_counter(), time.process_time()
    result = run_report(ctx, actor, ReportRequest(kind="caseload", case_list=True, team=team), out)
    return {"wall_s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu, "pages": result.pages,
            "rows": count, "team": team, "size_mb": out.stat().st_size / 1e6}


def platypus_report(ctx, rows: int, out: Path) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from sqlalchemy import select

    from casework.reports import figures
    from casework.reports.params import local_date_text, local_time_text
    from casework.store.models import Team

    team, count = pick_scope(ctx, rows)
    started, cpu = time.perf_counter(), time.process_time()
    with ctx.read() as session:
        team_id = session.scalar(select(Team.id).where(Team.name == team)) if team else None
        scope = figures.Scope(as_of=ctx.clock.now(), team_id=team_id)
        fetched = list(figures.open_case_rows(session, ctx.pathways, scope))
    body = getSampleStyleSheet()["BodyText"]
    body.fontSize, body.leading = 8, 10
    header = ["Worker", "Referral", "Young person", "Age", "Pathway", "Stage", "Received", "Next deadline"]
    data = [[Paragraph(r.worker, body), str(r.referral_id), Paragraph(r.person_name, body), str(r.age),
             Paragraph(r.pathway_label, body), Paragraph(r.stage_label, body), local_date_text(r.received_at),
             local_time_text(r.next_due_at) or "-"] for r in fetched]
    style = TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("BACKGROUND", (0, 0), (-1, 0), colors.navy),
                        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    widths = [70, 42, 95, 26, 62, 75, 55, 75]
    story = []
    for start in range(0, len(data), 200):
        table = Table([header, *data[start:start + 200]], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        story.append(table)
    pages: list[int] = []
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(story, onFirstPage=lambda c, d: pages.append(1), onLaterPages=lambda c, d: pages.append(1))
    return {"wall_s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu, "pages": len(pages),
            "rows": len(fetched), "team": team, "size_mb": out.stat().st_size / 1e6}


def canvas_report(ctx, rows: int, out: Path) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from sqlalchemy import select

    from casework.reports import figures, fonts
    from casework.reports.params import local_date_text, local_time_text
    from casework.store.models import Team

    team, count = pick_scope(ctx, rows)
    started, cpu = time.perf_counter(), time.process_time()
    with ctx.read() as session:
        team_id = session.scalar(select(Team.id).where(Team.name == team)) if team else None
        scope = figures.Scope(as_of=ctx.clock.now(), team_id=team_id)
        fetched = list(figures.open_case_rows(session, ctx.pathways, scope))
    family = fonts.family()
    header = ["Referral", "Young person", "Age", "Pathway", "Stage", "Received", "Next deadline"]
    widths = [48, 100, 30, 70, 83, 70, 100]
    lefts = [46 + sum(widths[:i]) for i in range(len(widths))]
    canvas = Canvas(str(out), pagesize=A4)
    top, bottom, line = A4[1] - 54, 56, 15.2
    pages, y = 0, 0.0
    for r in fetched:
        if y < bottom:
            if pages:
                canvas.showPage()
            pages += 1
            canvas.setFillColor(colors.navy)
            canvas.rect(46, top - line, sum(widths), line, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(family.bold, 8)
            for x, title in zip(lefts, header):
                canvas.drawString(x + 4, top - line + 4.6, title)
            canvas.setFillColor(colors.black)
            canvas.setFont(family.regular, 8)
            y = top - 2 * line
        cells = [str(r.referral_id), r.person_name, str(r.age), r.pathway_label, r.stage_label,
                 local_date_text(r.received_at), local_time_text(r.next_due_at) or "-"]
        for x, value in zip(lefts, cells):
            canvas.drawString(x + 4, y + 4.6, value)
        y -= line
    canvas.save()
    return {"wall_s": time.perf_counter() - started, "cpu_s": time.process_time() - cpu, "pages": pages,
            "rows": len(fetched), "team": team, "size_mb": out.stat().st_size / 1e6}


LIMITS = {"canvas": canvas_report, "platypus": platypus_report}
