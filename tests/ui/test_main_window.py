"""The main window: navigation between pages, the caseload page, shortcuts, menus, and its remembered place."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from casework.services import caseload, referrals
from casework.services.people import PersonInput
from ui import settings as options
from ui.caseload_model import Column
from ui.main_window import MainWindow
from ui.qt import QApplication, QKeySequence, QLabel, Qt

from .caseload_helpers import all_records, settle, wait_loaded


@pytest.fixture
def make_window(qtbot, ctx, world, settings):
    made = []

    def make(actor=None, *, load=True) -> MainWindow:
        win = MainWindow(ctx, actor or world.team_lead, settings=settings, database="test.sqlite3")
        qtbot.addWidget(win)
        made.append(win)
        win.show()
        if load:
            win.reload()
            wait_loaded(qtbot, win.caseload.model)
        return win
    yield make
    for win in made:
        if win.caseload is not None:
            win.caseload.shutdown()
    settle()


@pytest.fixture
def window(make_window):
    return make_window()


def test_title_names_the_signed_in_user_and_role(make_window, world):
    assert make_window(load=False).windowTitle() == "Casework — Terry Lead (Team lead)"
    admin = make_window(world.admin, load=False)
    assert admin.windowTitle() == "Casework — Ada Admin (Administrator)"
    # An administrator without a case role gets no caseload and cannot take a referral.
    assert admin.caseload is None and admin.page_keys() == []
    assert not admin.new_referral_action.isEnabled()


def test_the_caseload_is_the_first_page_and_loads_in_the_background(qtbot, samples, window):
    assert window.page_keys() == ["caseload"]
    assert window.current_page() is window.caseload
    assert window.navigation.item(0).text() == "Caseload"
    assert len(all_records(qtbot, window.caseload.model)) == 4
    assert window.caseload.count_label.text() == "4 referrals"


def test_no_database_work_on_the_ui_thread(qtbot, make_window, samples, monkeypatch):
    threads = []
    for name in ("count", "page"):
        real = getattr(caseload, name)
        monkeypatch.setattr(caseload, name, lambda *a, real=real: threads.append(threading.current_thread()) or real(*a))
    monkeypatch.setattr(referrals, "list_referrals", lambda *a, **kw: pytest.fail("the old synchronous list"))
    win = make_window()
    all_records(qtbot, win.caseload.model)
    assert threads and threading.main_thread() not in threads


def test_the_window_stays_responsive_while_a_slow_count_runs(qtbot, make_window, samples, monkeypatch):
    real = caseload.count
    monkeypatch.setattr(caseload, "count", lambda *a: time.sleep(0.6) or real(*a))
    win = make_window(load=False)
    started = time.perf_counter()
    win.reload()
    assert time.perf_counter() - started < 0.1
    assert not win.caseload.busy.isHidden()  # progress is shown meanwhile
    ticks = []
    qtbot.waitUntil(lambda: (ticks.append(1), not win.caseload.model.loading)[1], timeout=5000)
    assert len(ticks) > 3  # the event loop kept turning
    assert win.caseload.busy.isHidden()


def test_pages_are_added_to_the_navigation_and_the_view_menu_with_ctrl_numbers(qtbot, make_window):
    win = make_window(load=False)
    alerts = QLabel("Alerts")
    action = win.add_page("alerts", "Alerts", alerts)
    assert action.shortcut() == QKeySequence("Ctrl+2")
    assert win.page_keys() == ["caseload", "alerts"]
    assert win.navigation.item(1).text() == "Alerts"
    action.trigger()
    assert win.current_page() is alerts and win.current_page_key() == "alerts"
    win.show_page("caseload")
    assert win.navigation.currentRow() == 0
    with pytest.raises(ValueError):
        win.add_page("alerts", "Alerts again", QLabel())
    # The navigation list is keyboard driven: Down moves to the next page.
    win.navigation.setFocus()
    qtbot.keyClick(win.navigation, Qt.Key.Key_Down)
    assert win.current_page() is alerts


def test_the_current_page_is_remembered(qtbot, ctx, world, settings, make_window):
    win = make_window(load=False)
    win.add_page("alerts", "Alerts", QLabel("Alerts"))
    win.show_page("alerts")
    win.close()
    assert settings.get(options.MAIN_WINDOW_PAGE) == "alerts"


def test_menus_and_shortcuts(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    assert window.new_referral_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.record_event_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.search_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.refresh_action.shortcut() == QKeySequence(Qt.Key.Key_F5)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_new_referral_is_asked_for_by_signal(qtbot, window):
    with qtbot.waitSignal(window.new_referral_requested, timeout=1000):
        window.new_referral_action.trigger()


def test_record_event_needs_a_selected_referral(qtbot, samples, window):
    records = all_records(qtbot, window.caseload.model)
    assert not window.record_event_action.isEnabled()
    window.caseload.table.selectRow(1)
    assert window.record_event_action.isEnabled()
    with qtbot.waitSignal(window.record_event_requested, timeout=1000) as asked:
        window.record_event_action.trigger()
    assert asked.args == [records[1].id]
    window.caseload.table.clearSelection()
    assert not window.record_event_action.isEnabled()


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    window.caseload.table.setFocus()
    window.search_action.trigger()
    assert QApplication.focusWidget() is window.caseload.search_edit or window.caseload.search_edit.hasFocus()


def test_enter_on_a_row_asks_for_the_referral_to_open(qtbot, samples, window):
    records = all_records(qtbot, window.caseload.model)
    table = window.caseload.table
    table.setFocus()
    table.setCurrentIndex(window.caseload.model.index(2, Column.NAME))
    with qtbot.waitSignal(window.open_referral_requested, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert opened.args == [records[2].id]


def test_refresh_picks_up_new_referrals_and_is_on_f5(qtbot, samples, window, ctx, world):
    referrals.create_referral(ctx, world.team_lead, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("New", "Arrival", date(2011, 1, 1)),
        team="YOT Milton Keynes"))
    assert window.caseload.model.rowCount() == 4
    with qtbot.waitSignal(window.caseload.model.loaded, timeout=5000) as loaded:
        window.refresh_action.trigger()
    assert loaded.args == [5]
    assert window.caseload.count_label.text() == "5 referrals"


def test_a_failed_load_is_reported_not_raised(qtbot, make_window, monkeypatch):
    from casework.errors import NotPermitted

    monkeypatch.setattr(caseload, "count", lambda *a: (_ for _ in ()).throw(NotPermitted("read_cases")))
    win = make_window(load=False)
    with qtbot.waitSignal(win.caseload.model.failed, timeout=5000):
        win.reload()
    assert "not permitted" in win.caseload.error_label.text()
    assert not win.caseload.error_label.isHidden()
    assert "not permitted" in win.statusBar().currentMessage()


def test_controls_have_accessible_names(window):
    assert window.navigation.accessibleName() == "Pages"
    assert window.caseload.accessibleName() == "Caseload"
    assert window.caseload.table.accessibleName() == "Referrals"


def test_geometry_is_remembered_as_plain_values(qtbot, ctx, world, settings):
    first = MainWindow(ctx, world.admin, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 500)
    first.close()
    assert settings.get(options.MAIN_WINDOW_WIDTH) == 900
    assert settings.get(options.MAIN_WINDOW_HEIGHT) == 500
    assert settings.get(options.MAIN_WINDOW_MAXIMIZED) is False
    text = open(settings.file_name, encoding="utf-8").read()
    assert "width=900" in text and "@ByteArray" not in text and "@Variant" not in text

    second = MainWindow(ctx, world.admin, settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (900, 500)


def test_without_saved_geometry_the_window_opens_at_a_sensible_size(qtbot, ctx, world, settings):
    win = MainWindow(ctx, world.admin, settings=settings)
    qtbot.addWidget(win)
    assert win.width() >= 1000 and win.height() >= 600


def test_about_names_the_version_user_and_database(window):
    text = window.about_text()
    assert "Casework" in text and "tl" in text and "test.sqlite3" in text
