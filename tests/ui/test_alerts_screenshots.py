"""The alert centre, breach review and team board painted with realistic data (a check that they
render), and the screenshots for the README and for review:

    .venv/bin/python -m tests.ui.test_alerts_screenshots [OUTPUT_DIR]

writes alerts.png, breach-review.png and team-board.png (default docs/screenshots), from a throwaway
SQLite database, a fixed clock and the sample referrals of tests/ui/sample_data.py, swept.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casework.clock import FixedClock  # noqa: E402
from casework.services import directory, referrals, sla  # noqa: E402
from casework.services.context import Context  # noqa: E402
from casework.services.people import PersonInput  # noqa: E402
from ui.alerts import AlertCentre  # noqa: E402
from ui.breach_review import BreachReviewPage  # noqa: E402
from ui.qt import QApplication, QThreadPool  # noqa: E402
from ui.team_board import TeamBoardPage  # noqa: E402

from .sample_data import add_samples  # noqa: E402

PASSWORD = "correct-horse-battery"
NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)
SIZE = (1180, 600)


def build_world(ctx, clock: FixedClock) -> None:
    """Users, the sample referrals, a few custody referrals of today, sweeps, reasons and reviews."""
    clock.set(NOW - timedelta(minutes=90))
    directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
    admin = directory.authenticate(ctx, "admin", PASSWORD)
    directory.create_team(ctx, admin, "YOT Milton Keynes")
    directory.create_team(ctx, admin, "Leeds Navigators")
    directory.create_site(ctx, admin, "mk-custody", "Milton Keynes custody suite", "custody_suite", "Milton Keynes", "england")
    directory.create_site(ctx, admin, "lgi-ed", "Leeds General Infirmary ED", "hospital_ed", "Leeds", "england")
    directory.create_site(ctx, admin, "carmarthen", "Carmarthen police station", "office", "Carmarthenshire", "wales")
    directory.create_user(ctx, admin, "casey", PASSWORD, "caseworker", "YOT Milton Keynes", "Casey Worker")
    directory.create_user(ctx, admin, "cara", PASSWORD, "caseworker", "YOT Milton Keynes", "Cara Newman")
    directory.create_user(ctx, admin, "tl", PASSWORD, "team_lead", "YOT Milton Keynes", "Terry Lead")
    add_samples(ctx, admin)
    casey = directory.authenticate(ctx, "casey", PASSWORD)
    sla.run_sweep(ctx)
    for given, family, minutes_ago, worker in (("Ellis", "Shaw", 78, None), ("Ruby", "Clarke", 50, "casey"),
                                                ("Leon", "Mensah", 20, "cara")):
        clock.set(NOW - timedelta(minutes=minutes_ago))
        sla.run_sweep(ctx)  # the desktop's sweeps as the morning goes on
        referrals.create_referral(ctx, directory.authenticate(ctx, "tl", PASSWORD), referrals.NewReferral(
            pathway="act_now", source="custody", person=PersonInput(given, family, datetime(2010, 5, 1).date()),
            site="mk-custody", team="YOT Milton Keynes", assigned_to=worker))
    for minutes in (8, 0):
        clock.set(NOW - timedelta(minutes=minutes))
        sla.run_sweep(ctx)
    breaches = sla.list_breaches(ctx, directory.authenticate(ctx, "tl", PASSWORD), team="YOT Milton Keynes")
    reasons = (("custody_access_delayed", "The custody sergeant kept us waiting 40 minutes at the desk."),
               ("notified_late", "Custody rang the duty phone 80 minutes after arrival."),
               ("staff_unavailable", "Both caseworkers were at Slough custody."))
    lead = directory.authenticate(ctx, "tl", PASSWORD)
    for breach, (category, text) in zip(breaches[1:], reasons):
        # The worker answers for their own referral; the team lead for the others.
        sla.give_breach_reason(ctx, casey if breach.assigned_to == "casey" else lead, breach.id, category, text)
    given = [b for b in sla.list_breaches(ctx, lead, team="YOT Milton Keynes") if b.review_state == "awaiting_review"]
    if len(given) >= 2:
        sla.review_breach(ctx, lead, given[-1].id, "accept", "Agreed; raised at the custody liaison meeting")
        sla.review_breach(ctx, lead, given[-2].id, "challenge", "The on-call worker was free: why was she not called?")
    for person in (casey, lead):
        alerts = sla.list_alerts(ctx, person)
        if len(alerts) > 3:
            sla.mark_alerts_read(ctx, person, [a.id for a in alerts[-2:]])
            sla.acknowledge_alert(ctx, person, alerts[-3].id)


def _settle(app: QApplication, page) -> None:
    while page.busy:
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(50)
    app.processEvents()


def render(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    saved = []
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(NOW)
        ctx = Context.open(f"sqlite:///{folder}/casework.sqlite3", clock=clock)
        try:
            build_world(ctx, clock)
            casey = directory.authenticate(ctx, "casey", PASSWORD)
            lead = directory.authenticate(ctx, "tl", PASSWORD)
            alerts = AlertCentre(ctx, lead)  # a team lead's alerts: the team's
            review = BreachReviewPage(ctx, lead)
            board = TeamBoardPage(ctx, lead)
            for page, name, prepare in (
                    (alerts, "alerts.png", lambda p: p.select_alert(p.model.alerts()[0].id)),
                    (review, "breach-review.png",
                     lambda p: p.select_breach(next(b.id for b in p.model.breaches()
                                                    if b.review_state == "awaiting_review"))),
                    (board, "team-board.png", lambda p: p.select_referral(p.timer_model.timers()[1].timer.referral_id))):
                page.resize(*SIZE)
                page.show()
                page.refresh()
                _settle(app, page)
                prepare(page)
                _settle(app, page)
                path = out / name
                if not page.grab().save(str(path)):
                    raise RuntimeError(f"could not save {path}")
                saved.append(path)
                page.close()
        finally:
            QThreadPool.globalInstance().waitForDone(10_000)
            ctx.close()
    return saved


def test_the_sla_pages_paint_with_realistic_data(qtbot, tmp_path):
    saved = render(tmp_path)
    assert [p.name for p in saved] == ["alerts.png", "breach-review.png", "team-board.png"]
    assert all(p.stat().st_size > 10_000 for p in saved)


if __name__ == "__main__":
    from ui.theme import LIGHT, apply_theme

    apply_theme(QApplication.instance() or QApplication([]), LIGHT)
    from .screenshot_language import render_in, split_args
    language, args = split_args(sys.argv[1:])  # --lang cy: NAME-cy.png in Welsh
    for written in render_in(language, render, Path(args[0]) if args else Path("docs/screenshots")):
        print(written)
