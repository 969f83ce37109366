"""The main window lists the database's referrals; the filters narrow the list; the window remembers its place."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from casework.services import referrals
from casework.services.people import PersonInput
from ui import settings as options
from ui.main_window import MainWindow
from ui.qt import QKeySequence, Qt
from ui.referral_table_model import Column, RecordRole

from .sample_data import SAMPLES


@pytest.fixture
def window(qtbot, ctx, world, settings):
    win = MainWindow(ctx, world.team_lead, settings=settings, database="test.sqlite3")
    qtbot.addWidget(win)
    win.show()
    return win


def shown(win) -> list:
    """The referrals the table shows, top to bottom."""
    proxy = win.proxy
    return [proxy.data(proxy.index(row, 0), RecordRole) for row in range(proxy.rowCount())]


def choose_pathway(win, pathway_id: str | None) -> None:
    win.pathway_combo.setCurrentIndex(win.pathway_combo.findData(pathway_id))


def test_title_names_the_signed_in_user_and_role(window, ctx, world, settings, qtbot):
    assert window.windowTitle() == "Casework — Terry Lead (Team lead)"
    admin_window = MainWindow(ctx, world.admin, settings=settings)
    qtbot.addWidget(admin_window)
    assert admin_window.windowTitle() == "Casework — Ada Admin (Administrator)"


def test_lists_every_referral_newest_first_with_a_count(window, samples):
    window.reload()
    rows = shown(window)
    assert len(rows) == 12
    assert [r.id for r in rows] == [r.id for r in sorted(rows, key=lambda r: r.received_at, reverse=True)]
    assert window.count_label.text() == "12 referrals"
    assert window.stack.currentWidget() is window.table


def test_open_only_hides_closed_referrals(window, samples):
    window.reload()
    window.open_only_check.setChecked(True)  # reloads by itself
    rows = shown(window)
    assert len(rows) == sum(1 for s in SAMPLES if s.outcome is None) == 9
    assert all(r.closed_at is None for r in rows)
    assert window.count_label.text() == "9 referrals"


def test_pathway_filter_offers_every_pathway_and_narrows_the_list(window, ctx, samples):
    combo = window.pathway_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, *ctx.pathways.ids()]
    assert combo.itemText(0) == "All pathways"
    choose_pathway(window, "intact")
    assert {r.pathway for r in shown(window)} == {"intact"}
    assert len(shown(window)) == 4
    window.open_only_check.setChecked(True)
    assert len(shown(window)) == 3
    assert window.count_label.text() == "3 referrals"
    choose_pathway(window, None)
    assert len(shown(window)) == 9


def test_filters_go_to_the_service(window, samples, monkeypatch):
    calls = []
    real = referrals.list_referrals
    monkeypatch.setattr(referrals, "list_referrals", lambda *a, **kw: calls.append(kw) or real(*a, **kw))
    choose_pathway(window, "ae_navigator")
    window.open_only_check.setChecked(True)
    assert calls[-1] == {"open_only": True, "pathway": "ae_navigator"}


def test_refresh_picks_up_new_referrals_and_is_on_f5(window, ctx, world, samples, qtbot):
    window.reload()
    referrals.create_referral(ctx, world.admin, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("New", "Arrival", date(2011, 1, 1))))
    assert len(shown(window)) == 12
    with qtbot.waitSignal(window.referrals_loaded, timeout=1000) as loaded:
        window.refresh_action.trigger()
    assert loaded.args == [13]
    assert window.refresh_action.shortcut() == QKeySequence(Qt.Key.Key_F5)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_age_is_counted_to_the_local_date_of_the_clock(window, ctx, world, clock):
    # Born 15 June: at 23:30 UTC on the 14th it is already the 15th in London (BST).
    referrals.create_referral(ctx, world.admin, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("Birthday", "Today", date(2010, 6, 15)),
        received_at=datetime(2026, 6, 14, 12, 0, tzinfo=timezone.utc)))
    clock.set(datetime(2026, 6, 14, 23, 30, tzinfo=timezone.utc))
    window.reload()
    assert window.model.data(window.model.index(0, Column.AGE)) == "16"
    clock.set(datetime(2026, 6, 14, 22, 30, tzinfo=timezone.utc))
    window.reload()
    assert window.model.data(window.model.index(0, Column.AGE)) == "15"


def test_an_empty_database_says_so_instead_of_an_empty_grid(window, world):
    window.reload()
    assert window.stack.currentWidget() is window.empty_label
    assert window.empty_label.text() == "No referrals yet."
    assert window.count_label.text() == "0 referrals"


def test_filters_that_match_nothing_say_so(window, ctx, world):
    referrals.create_referral(ctx, world.admin, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("Only", "One", date(2011, 1, 1))))
    window.reload()
    assert window.count_label.text() == "1 referral"
    choose_pathway(window, "intact")
    assert window.empty_label.text() == "No referrals match these filters."
    choose_pathway(window, None)
    assert window.stack.currentWidget() is window.table


def test_sorting_by_a_column_header(window, samples):
    window.reload()
    window.table.sortByColumn(Column.AGE, Qt.SortOrder.AscendingOrder)
    ages = [int(window.proxy.index(r, Column.AGE).data()) for r in range(window.proxy.rowCount())]
    assert ages == sorted(ages)
    window.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [window.proxy.index(r, Column.NAME).data() for r in range(window.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_columns_are_wide_enough_for_their_contents(window, samples):
    window.reload()
    header = window.table.horizontalHeader()
    for column in Column:
        assert header.sectionSize(column) >= window.table.sizeHintForColumn(column), column.name


def test_controls_have_accessible_names(window):
    assert window.table.accessibleName() == "Referrals"
    assert window.pathway_combo.accessibleName() == "Pathway filter"
    assert window.open_only_check.accessibleName() == "Show open referrals only"
    assert window.count_label.accessibleName() == "Number of referrals"


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


def test_a_failed_load_is_reported_not_raised(window, monkeypatch, qtbot):
    from casework.errors import NotPermitted
    from ui import main_window

    warnings = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda *args: warnings.append(args))
    monkeypatch.setattr(window, "fetch_referrals", lambda filters: (_ for _ in ()).throw(NotPermitted("read_cases")))
    window.reload()
    assert warnings and "not permitted" in warnings[0][2]
    assert "not permitted" in window.statusBar().currentMessage()
