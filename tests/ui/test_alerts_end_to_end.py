"""From a timer running out to a reviewed breach, across two desktops on one database: the clock is
moved, the scheduler sweeps, the caseworker's alert centre shows the breach, and the team lead's
breach review lists it, takes a challenge and then an acceptance through its widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import sla
from casework.services.context import Context
from ui.alerts import AlertCentre
from ui.breach_review import BreachReviewPage
from ui.qt import QThreadPool, Qt
from ui.scheduler import CLOCK_JUMP, SlaScheduler

from ..core.factories import act_now

MIN = timedelta(minutes=1)


class Monotonic:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def lead_desktop(db_url, clock):
    """The team lead's desktop: its own connection to the same database."""
    desktop = Context.open(db_url, clock=clock, migrate=False)
    yield desktop
    QThreadPool.globalInstance().waitForDone(10_000)
    desktop.close()


def test_a_breach_flows_from_the_clock_to_the_alert_centre_to_the_team_leads_review(
        qtbot, ctx, world, clock, lead_desktop):
    # GIVEN casey's custody referral, and both desktops watching the clock
    detail = act_now(ctx, world.caseworker)
    casey_scheduler = SlaScheduler(ctx, reconcile_ms=60_000, monotonic=Monotonic())
    lead_scheduler = SlaScheduler(lead_desktop, reconcile_ms=60_000, monotonic=Monotonic())
    alerts = AlertCentre(ctx, world.caseworker, scheduler=casey_scheduler)
    review = BreachReviewPage(lead_desktop, world.team_lead, scheduler=lead_scheduler)
    lead_alerts = AlertCentre(lead_desktop, world.team_lead, scheduler=lead_scheduler)
    for page in (alerts, review, lead_alerts):
        qtbot.addWidget(page)
        page.show()
    try:
        with qtbot.waitSignals([alerts.loaded, lead_alerts.loaded], timeout=5000):
            casey_scheduler.start()
            lead_scheduler.start()
        with qtbot.waitSignal(review.loaded, timeout=5000):
            review.refresh()
        assert alerts.unread_count == 0 and review.model.rowCount() == 0
        assert casey_scheduler.deadline == clock.now() + timedelta(minutes=67, seconds=30)

        # WHEN ninety-one minutes pass while the laptop sleeps, and it wakes
        clock.advance(91 * MIN)
        with qtbot.waitSignal(alerts.unread_count_changed, timeout=5000) as counted:
            assert casey_scheduler.tick() == CLOCK_JUMP

        # THEN casey's alert centre shows the breach (the warning was overtaken by it)
        assert counted.args == [1]
        [alert] = alerts.model.alerts()
        assert (alert.threshold, alert.referral_id, alert.rule_label) == ("breach", detail.id, "Custody attendance")
        assert alerts.unread_label.text() == "1 unread"

        # ... and the team lead's desktop picks it up on its next reconcile, alert and breach alike
        with qtbot.waitSignal(lead_alerts.new_alerts, timeout=5000) as told:
            lead_scheduler.reconcile_timer.timeout.emit()
        assert [a.referral_id for a in told.args[0]] == [detail.id]
        with qtbot.waitSignal(review.loaded, timeout=5000):
            review.refresh()
        [breach] = review.model.breaches()
        assert (breach.referral_id, breach.review_state) == (detail.id, "awaiting_reason")
        review.select_breach(breach.id)
        assert not review.accept_button.isEnabled()  # nothing to review until casey says why

        # WHEN casey gives a reason (from her desktop, through the service)
        sla.give_breach_reason(ctx, world.caseworker, breach.id, "notified_late",
                               "Custody called us 80 minutes after arrival")
        with qtbot.waitSignal(review.loaded, timeout=5000):
            review.refresh()
        assert "We were notified late" in review.reason_label.text()

        # THEN the team lead challenges it through the page ...
        review.comment_edit.setPlainText("Check the custody log: it shows the call at 10:05")
        with qtbot.waitSignal(review.reviewed, timeout=5000) as reviewed:
            qtbot.mouseClick(review.challenge_button, Qt.MouseButton.LeftButton)
        assert reviewed.args[0].review_state == "challenged"
        qtbot.waitUntil(lambda: not review.busy, timeout=5000)

        # ... casey answers, and the team lead accepts
        sla.give_breach_reason(ctx, world.caseworker, breach.id, "notified_late",
                               "The 10:05 call went to the old number; custody has the new one now")
        with qtbot.waitSignal(review.loaded, timeout=5000):
            review.refresh()
        assert review.accept_button.isEnabled()
        with qtbot.waitSignal(review.reviewed, timeout=5000) as reviewed:
            qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
        assert (reviewed.args[0].review_state, reviewed.args[0].reviewed_by) == ("accepted", "tl")
        qtbot.waitUntil(lambda: not review.busy, timeout=5000)
        assert [b.review_state for b in sla.list_breaches(ctx, world.manager)] == ["accepted"]
        # Each alert was made once, though both desktops swept.
        assert len(sla.list_alerts(ctx, world.caseworker)) == 1
        assert len(sla.list_alerts(ctx, world.team_lead)) == 1
    finally:
        casey_scheduler.stop()
        lead_scheduler.stop()
