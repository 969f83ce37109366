"""The team board: workload numbers that match a hand-made team, countdowns that follow the clock in
words (not colour alone), and reassignment with conflicts caught."""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import referrals, team
from ui.qt import QThreadPool, Qt
from ui.team_board import LoadColumn, RecordRole, TeamBoardPage, TimerColumn

from ..core.test_team import board  # noqa: F401 - the hand-made team, as a fixture

MIN = timedelta(minutes=1)


@pytest.fixture(autouse=True)
def _no_work_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def make_page(qtbot, ctx):
    def build(actor) -> TeamBoardPage:
        page = TeamBoardPage(ctx, actor)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        return page
    return build


def workload_rows(page: TeamBoardPage) -> dict:
    model = page.workload_model
    result = {}
    for row in range(model.rowCount()):
        load = model.data(model.index(row, 0), RecordRole)
        result[load.username] = [model.data(model.index(row, c)) for c in LoadColumn]
    return result


def timer_texts(page: TeamBoardPage, column: TimerColumn) -> dict[int, str]:
    proxy = page.timer_proxy
    return {proxy.data(proxy.index(r, 0), RecordRole).timer.referral_id: proxy.data(proxy.index(r, column))
            for r in range(proxy.rowCount())}


def test_the_workload_table_matches_the_hand_made_team(qtbot, make_page, world, board):
    page = make_page(world.team_lead)
    rows = workload_rows(page)
    #                          open  overdue  due soon  on track  reasons  reviews
    assert rows["casey"][2:8] == ["2", "1", "1", "0", "0", "0"]  # no sweep yet: no breach record
    assert rows["tl"][2:8] == ["2", "0", "0", "1", "0", "1"]
    assert rows["cara"][2:8] == ["0", "0", "0", "0", "0", "0"]
    assert rows[None][:3] == ["Unassigned", "", "1"]
    assert rows["casey"][:2] == ["Casey Worker", "Caseworker"]
    assert rows["casey"][LoadColumn.NEXT_DUE] == "2026-06-15 11:30 BST"
    assert page.team_combo.currentText() == "YOT Milton Keynes" and not page.team_combo.isEnabled()
    assert page.workload_heading.text().endswith("3 workers")
    overdue = page.workload_model.index(list(rows).index("casey"), LoadColumn.BREACHED)
    assert page.workload_model.data(overdue, Qt.ItemDataRole.FontRole).bold()


def test_live_timers_count_down_with_the_clock_in_words(qtbot, make_page, world, board, clock):
    page = make_page(world.team_lead)
    left = timer_texts(page, TimerColumn.TIME_LEFT)
    states = timer_texts(page, TimerColumn.STATE)
    assert list(left) == [board["r1"], board["r2"], board["r3"], board["r4"]]  # soonest due first
    assert (left[board["r1"]], states[board["r1"]]) == ("Overdue by 10 min", "Overdue")
    assert (left[board["r2"]], states[board["r2"]]) == ("10 min left", "Due soon")
    assert (left[board["r3"]], states[board["r3"]]) == ("50 min left", "On track")
    assert timer_texts(page, TimerColumn.WORKER)[board["r3"]] == "Terry Lead"
    assert timer_texts(page, TimerColumn.WORKER)[board["r4"]] == "Unassigned"
    # Colour is never alone: the overdue row also has an icon and the word.
    proxy = page.timer_proxy
    assert not proxy.data(proxy.index(0, TimerColumn.STATE), Qt.ItemDataRole.DecorationRole).isNull()
    # WHEN a quarter of an hour passes (no reload)
    clock.advance(15 * MIN)
    page.tick()
    left = timer_texts(page, TimerColumn.TIME_LEFT)
    states = timer_texts(page, TimerColumn.STATE)
    assert (left[board["r2"]], states[board["r2"]]) == ("Overdue by 5 min", "Overdue")
    assert left[board["r1"]] == "Overdue by 25 min"
    assert left[board["r3"]] == "35 min left"


def test_reassigning_a_referral_through_the_board(qtbot, make_page, world, board, ctx):
    page = make_page(world.team_lead)
    assert not page.reassign_button.isEnabled()  # nothing selected
    assert page.select_referral(board["r4"])
    assert page.choose_worker("cara")
    assert page.reassign_button.isEnabled()
    with qtbot.waitSignal(page.reassigned, timeout=5000) as done, qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    assert done.args[0].assigned_to == "cara"
    assert page.notice_label.text() == f"Referral {board['r4']} reassigned to Cara Newman (caseworker)."
    rows = workload_rows(page)
    assert rows["cara"][2:6] == ["1", "0", "0", "1"]
    assert None not in rows  # no unassigned work left
    assert timer_texts(page, TimerColumn.WORKER)[board["r4"]] == "Cara Newman"
    # Reassigning to the worker who already has it is not offered.
    page.select_referral(board["r4"])
    page.choose_worker("cara")
    assert not page.reassign_button.isEnabled()


def test_a_reassignment_after_someone_else_changed_the_referral_is_a_conflict(qtbot, make_page, world, board, ctx):
    page = make_page(world.team_lead)
    page.select_referral(board["r3"])
    page.choose_worker("casey")
    # Meanwhile, on another desktop, the referral moves on.
    referrals.move_stage(ctx, world.team_lead, board["r3"], "engagement")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "was changed by someone else" in page.error_label.text() and not page.error_label.isHidden()
    assert referrals.get_referral(ctx, world.team_lead, board["r3"]).assigned_to == "tl"
    # After the reload the board has the new version, and the same choice goes through.
    page.select_referral(board["r3"])
    page.choose_worker("casey")
    with qtbot.waitSignal(page.reassigned, timeout=5000):
        qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)


def test_choosing_a_worker_in_the_workload_table_offers_them(qtbot, make_page, world, board):
    page = make_page(world.team_lead)
    row = list(workload_rows(page)).index("cara")
    page.workload_table.selectRow(row)
    assert page.worker_combo.currentData() == "cara"


def test_a_manager_chooses_the_team_and_reads_without_reassigning(qtbot, make_page, world, board):
    page = make_page(world.manager)
    assert page.team_combo.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.choose_team("YOT Milton Keynes")
    assert workload_rows(page)["casey"][2] == "2"
    assert page.reassign_button.isHidden() and page.worker_combo.isHidden()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.choose_team("Leeds Navigators")
    assert page.workload_model.rowCount() == 0 and page.timer_model.rowCount() == 0


def test_the_board_reloads_when_the_scheduler_sweeps(qtbot, ctx, world, board, clock):
    from ui.scheduler import SlaScheduler

    scheduler = SlaScheduler(ctx, reconcile_ms=0)
    page = TeamBoardPage(ctx, world.team_lead, scheduler=scheduler)
    qtbot.addWidget(page)
    page.show()
    try:
        with qtbot.waitSignal(page.loaded, timeout=5000):
            scheduler.start()
        assert workload_rows(page)["casey"][LoadColumn.NEEDS_REASON] == "1"  # the start sweep recorded the breach
        assert team.workload(ctx, world.team_lead)[1].awaiting_reason == 1
        # A hidden board does not reload on every sweep; it catches up when shown.
        page.hide()
        loads = []
        page.loaded.connect(lambda: loads.append(True))
        with qtbot.waitSignal(scheduler.swept, timeout=5000):
            scheduler.check_now()
        qtbot.wait(50)
        assert loads == [] and not page.busy
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.show()
    finally:
        scheduler.stop()
