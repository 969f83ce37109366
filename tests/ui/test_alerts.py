"""The alert centre, its unread badge and the notifier: the user's own alerts, newest first, unread in
bold; mark read, acknowledge, open; new alerts told by tray or quietly in the status bar, without
the young person's name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import sla
from casework.services.context import Context
from ui.alerts import AlertBadge, AlertCentre, Column, RecordRole
from ui.notifier import AlertNotifier, message_for
from ui.qt import QMainWindow, QThreadPool, Qt
from ui.scheduler import RECONCILE, SlaScheduler

from ..core.factories import act_now, young_person

MIN = timedelta(minutes=1)


@pytest.fixture(autouse=True)
def _no_work_left_running():
    """Every background call has finished before the test's database goes away."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def loaded(qtbot, centre: AlertCentre) -> AlertCentre:
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        centre.refresh()
    return centre


@pytest.fixture
def make_centre(qtbot, ctx):
    def build(actor, **options) -> AlertCentre:
        centre = AlertCentre(ctx, actor, **options)
        qtbot.addWidget(centre)
        centre.resize(1000, 400)
        centre.show()
        return centre
    return build


@pytest.fixture
def warned_then_breached(ctx, world, clock):
    """One Act Now referral of casey's: warned at 70 minutes, breached at 91 (both swept)."""
    detail = act_now(ctx, world.caseworker)
    clock.advance(70 * MIN)
    sla.run_sweep(ctx)
    clock.advance(21 * MIN)
    sla.run_sweep(ctx)
    return detail


def rows(centre: AlertCentre) -> list:
    return [centre.model.data(centre.model.index(r, 0), RecordRole) for r in range(centre.model.rowCount())]


def cell(centre: AlertCentre, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return centre.model.data(centre.model.index(row, column), role)


def test_the_centre_lists_the_users_alerts_newest_first_unread_in_bold(qtbot, make_centre, world,
                                                                       warned_then_breached):
    centre = make_centre(world.caseworker)
    with qtbot.waitSignal(centre.unread_count_changed, timeout=5000) as counted:
        centre.refresh()
    assert counted.args == [2]
    shown = rows(centre)
    assert [a.threshold for a in shown] == ["breach", "warning"]
    assert {a.referral_id for a in shown} == {warned_then_breached.id}
    assert [cell(centre, r, Column.STATUS) for r in (0, 1)] == ["Breached", "Due soon"]
    assert cell(centre, 0, Column.RULE) == "Custody attendance"
    assert cell(centre, 0, Column.PERSON) == "Sam Jones"
    assert cell(centre, 0, Column.READ) == "Unread"
    assert cell(centre, 0, Column.STATUS, Qt.ItemDataRole.FontRole).bold()
    assert not cell(centre, 0, Column.STATUS, Qt.ItemDataRole.DecorationRole).isNull()  # an icon, not colour alone
    assert cell(centre, 0, Column.DUE).endswith("BST")  # local time, June
    assert centre.unread_label.text() == "2 unread"
    assert centre.unread_count == 2


def test_mark_read_acknowledge_and_mark_all_read(qtbot, make_centre, world, warned_then_breached, ctx):
    centre = loaded(qtbot, make_centre(world.caseworker))
    assert not centre.mark_read_button.isEnabled()  # nothing selected yet
    centre.select_alert(rows(centre)[1].id)
    assert centre.mark_read_button.isEnabled()
    with qtbot.waitSignal(centre.unread_count_changed, timeout=5000) as counted:
        qtbot.mouseClick(centre.mark_read_button, Qt.MouseButton.LeftButton)
    assert counted.args == [1]
    qtbot.waitUntil(lambda: not centre.busy, timeout=5000)
    assert cell(centre, 1, Column.READ) == "Read"
    assert not cell(centre, 1, Column.STATUS, Qt.ItemDataRole.FontRole)
    assert [a.id for a in centre.selected_alerts()] == [rows(centre)[1].id]  # selection kept over the reload

    centre.select_alert(rows(centre)[0].id)
    with qtbot.waitSignal(centre.unread_count_changed, timeout=5000) as counted:
        qtbot.mouseClick(centre.acknowledge_button, Qt.MouseButton.LeftButton)
    assert counted.args == [0]
    qtbot.waitUntil(lambda: not centre.busy, timeout=5000)
    assert cell(centre, 0, Column.READ) == "Acknowledged"
    assert rows(centre)[0].acknowledged_at is not None
    assert not centre.acknowledge_button.isEnabled()
    assert not centre.mark_all_button.isEnabled()
    assert centre.unread_label.text() == "Nothing unread"
    # The team lead's copies of the same alerts are theirs to read.
    assert sla.unread_alert_count(ctx, world.team_lead) == 2
    lead = loaded(qtbot, make_centre(world.team_lead))
    with qtbot.waitSignal(lead.unread_count_changed, timeout=5000) as counted:
        lead.mark_all_read()
    assert counted.args == [0]


def test_enter_opens_the_referral_and_marks_the_alert_read(qtbot, make_centre, world, warned_then_breached):
    centre = loaded(qtbot, make_centre(world.caseworker))
    centre.table.setFocus()
    centre.select_alert(rows(centre)[0].id)
    with qtbot.waitSignal(centre.open_referral, timeout=2000) as opened, \
            qtbot.waitSignal(centre.unread_count_changed, timeout=5000):
        qtbot.keyClick(centre.table, Qt.Key.Key_Return)
    assert opened.args == [warned_then_breached.id]
    assert centre.unread_count == 1


def test_unread_only_hides_read_alerts_and_says_when_none_are_left(qtbot, make_centre, world, warned_then_breached, ctx):
    sla.mark_alerts_read(ctx, world.caseworker)
    centre = loaded(qtbot, make_centre(world.caseworker))
    assert centre.model.rowCount() == 2
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        centre.unread_only_check.setChecked(True)
    assert centre.model.rowCount() == 0
    assert centre.stack.currentWidget() is centre.empty_label
    assert centre.empty_label.text() == "No unread alerts."


def test_a_user_without_alerts_sees_an_explanation(qtbot, make_centre, world):
    centre = loaded(qtbot, make_centre(world.caseworker))
    assert centre.stack.currentWidget() is centre.empty_label
    assert "due soon or has been breached" in centre.empty_label.text()
    assert not centre.mark_all_button.isEnabled()


def test_alerts_from_a_sweep_arrive_after_the_scheduler_sweeps_and_are_told_once(qtbot, ctx, world, clock,
                                                                                  make_centre):
    act_now(ctx, world.caseworker)
    scheduler = SlaScheduler(ctx, reconcile_ms=0)
    centre = make_centre(world.caseworker, scheduler=scheduler)
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = AlertNotifier(window, use_tray=False)
    notifier.follow(centre)
    badge = AlertBadge()
    qtbot.addWidget(badge)
    badge.follow(centre)
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        scheduler.start()
    assert centre.model.rowCount() == 0 and badge.text() == "No unread alerts"
    try:
        clock.advance(2 * 60 * MIN)
        with qtbot.waitSignal(centre.new_alerts, timeout=5000) as told:
            scheduler.check_now()
        [alert] = told.args[0]
        assert (alert.threshold, alert.rule_label) == ("breach", "Custody attendance")
        assert badge.text() == "1 unread alert" and badge.accessibleName() == "1 unread alert"
        # Without a tray: a quiet status-bar line, no names.
        message = window.statusBar().currentMessage()
        assert message == f"New alert: Custody attendance breached — referral {alert.referral_id}"
        assert "Sam" not in message and "Jones" not in message
        # The next sweep finds nothing new and tells nothing again.
        told_again = []
        centre.new_alerts.connect(told_again.append)
        with qtbot.waitSignal(centre.loaded, timeout=5000):
            scheduler.check_now()
        assert told_again == []
    finally:
        scheduler.stop()


def test_alerts_raised_by_another_desktop_appear_with_the_reconcile(qtbot, ctx, world, clock, db_url, make_centre):
    act_now(ctx, world.caseworker)
    scheduler = SlaScheduler(ctx, reconcile_ms=60_000)
    centre = make_centre(world.team_lead, scheduler=scheduler)
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        scheduler.start()
    try:
        # GIVEN another desktop, on the same database, swept first and raised the alerts
        clock.advance(2 * 60 * MIN)
        other = Context.open(db_url, clock=clock, migrate=False)
        try:
            assert sla.run_sweep(other).alerts == 2
        finally:
            other.close()
        # WHEN this desktop's reconcile runs (it raises nothing itself)
        swept = []
        scheduler.swept.connect(swept.append)
        with qtbot.waitSignal(centre.new_alerts, timeout=5000) as told:
            scheduler.reconcile_timer.timeout.emit()
        # THEN the team lead sees the alert all the same
        assert scheduler.last_reason == RECONCILE and swept[0].alerts == 0
        assert [a.threshold for a in told.args[0]] == ["breach"]
        assert centre.unread_count == 1
    finally:
        scheduler.stop()


def test_notification_text_names_the_timer_and_referral_but_never_the_young_person(ctx, world, clock):
    for name in ("Kai", "Zed"):
        act_now(ctx, world.caseworker, person=young_person(given_name=name))
    clock.advance(70 * MIN)
    sla.run_sweep(ctx)
    warnings = sla.list_alerts(ctx, world.caseworker)
    title, text = message_for(warnings[:1])
    assert title == "Casework: timer due soon"
    assert text == f"Custody attendance due at 11:30 — referral {warnings[0].referral_id}"  # 10:00 BST + 90 min
    clock.advance(30 * MIN)
    sla.run_sweep(ctx)
    everything = sla.list_alerts(ctx, world.caseworker)
    title, text = message_for(everything)
    ids = sorted({a.referral_id for a in everything})
    assert title == "Casework: 4 new alerts"
    assert text == f"2 breached, 2 due soon — referrals {ids[0]}, {ids[1]}"
    for alert in everything:
        assert alert.person_name.split()[0] not in title + text


def test_with_a_tray_new_alerts_become_tray_messages(qtbot, ctx, world, clock, warned_then_breached):
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = AlertNotifier(window, use_tray=True)
    try:
        assert notifier.uses_tray and notifier.tray.isVisible()
        activated = []
        notifier.activated.connect(lambda: activated.append(True))
        notifier.notify(sla.list_alerts(ctx, world.caseworker)[:1])
        assert notifier.last_message[1] == f"Custody attendance breached — referral {warned_then_breached.id}"
        assert window.statusBar().currentMessage() == ""  # the tray told it; no second copy
        notifier.set_unread(3)
        assert notifier.tray.toolTip() == "Casework — 3 unread alerts"
        notifier.tray.messageClicked.emit()
        assert activated == [True]
    finally:
        notifier.hide()


def test_a_failed_sweep_is_mentioned_quietly(qtbot, world):
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = AlertNotifier(window, use_tray=False)
    notifier.sweep_failed(ConnectionError("refused"))
    assert window.statusBar().currentMessage().startswith("Could not check SLA deadlines (will try again)")


def test_the_badge_says_the_count_in_words(qtbot):
    badge = AlertBadge()
    qtbot.addWidget(badge)
    badge.set_count(3)
    assert (badge.text(), badge.accessibleName(), badge.font().bold()) == ("3 unread alerts", "3 unread alerts", True)
    badge.set_count(0)
    assert (badge.text(), badge.font().bold()) == ("No unread alerts", False)


def test_the_tray_can_be_switched_off_in_the_settings(qtbot, settings):
    from ui import settings as options

    window = QMainWindow()
    qtbot.addWidget(window)
    settings.set(options.ALERT_TRAY_NOTIFICATIONS, False)
    assert not AlertNotifier.from_settings(window, settings).uses_tray


def test_the_sla_pages_plug_into_the_main_window_shell(qtbot, ctx, world, settings, warned_then_breached):
    """The shell's page protocol: reload on first show and F5, open_referral, the selected referral for
    Record event, status-bar messages, shutdown on close."""
    from ui import main_window
    from ui.breach_review import BreachReviewPage
    from ui.team_board import TeamBoardPage

    if not hasattr(main_window.MainWindow, "add_page"):
        pytest.skip("the main window has no pages yet")
    window = main_window.MainWindow(ctx, world.team_lead, settings=settings)
    qtbot.addWidget(window)
    centre = AlertCentre(ctx, world.team_lead)
    review = BreachReviewPage(ctx, world.team_lead)
    board = TeamBoardPage(ctx, world.team_lead)
    for key, title, page in (("alerts", "Alerts", centre), ("breaches", "Breach review", review),
                             ("team", "Team board", board)):
        window.add_page(key, title, page)
        assert page.started is False
    window.show()
    with qtbot.waitSignal(centre.loaded, timeout=5000):
        window.show_page("alerts")  # loads the first time it is shown
    assert centre.started and centre.model.rowCount() == 2
    centre.select_alert(centre.model.alerts()[0].id)
    assert window.selected_referral_id() == warned_then_breached.id
    with qtbot.waitSignal(window.open_referral_requested, timeout=2000) as opened:
        centre.open_selected()
    assert opened.args == [warned_then_breached.id]
    with qtbot.waitSignal(review.loaded, timeout=5000):
        window.show_page("breaches")
    with qtbot.waitSignal(board.loaded, timeout=5000):
        window.show_page("team")
    with qtbot.waitSignal(board.loaded, timeout=5000):
        window.reload()  # F5
    qtbot.waitUntil(lambda: not (centre.busy or review.busy or board.busy), timeout=5000)
    window.close()
    assert not board.clock_timer.isActive()
