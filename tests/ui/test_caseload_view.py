"""The caseload page: filters narrow the rows in SQL, keyboard use, accessible names, remembered settings."""

from __future__ import annotations

from datetime import date

import pytest

from casework.services import referrals
from casework.services.caseload import UNASSIGNED
from casework.services.people import PersonInput
from ui import settings as options
from ui.caseload_model import Column
from ui.caseload_view import CaseloadView
from ui.qt import QApplication, QKeySequence, Qt, QWidget

from .caseload_helpers import all_records, settle, wait_loaded


@pytest.fixture
def make_view(qtbot, ctx, world, settings):
    made = []

    def make(actor=None, *, start=True) -> CaseloadView:
        view = CaseloadView(ctx, actor or world.team_lead, settings=settings)
        qtbot.addWidget(view)
        made.append(view)
        view.resize(1100, 600)
        view.show()
        if start:
            view.reload()
            wait_loaded(qtbot, view.model)
            qtbot.waitUntil(lambda: view._directory_task is None, timeout=5000)  # noqa: SLF001
            wait_loaded(qtbot, view.model)
        return view
    yield make
    for view in made:
        view.shutdown()
    settle()


def rows(qtbot, view) -> list:
    wait_loaded(qtbot, view.model)
    return all_records(qtbot, view.model)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


# --- filters -------------------------------------------------------------------------------------------

def test_team_lead_starts_on_the_team_caseload_and_can_switch_to_their_own(qtbot, make_view, samples):
    view = make_view()
    assert list(view.scope_buttons) == ["team", "mine"]
    assert view.scope_buttons["team"].isChecked()
    team = rows(qtbot, view)
    assert {r.pathway for r in team} == {"act_now"} and len(team) == 4  # YOT Milton Keynes, open
    assert view.count_label.text() == "4 referrals"
    view.scope_buttons["mine"].setChecked(True)
    mine = rows(qtbot, view)
    assert {r.assigned_username for r in mine} == {"tl"}
    assert not view.worker_combo.isEnabled()  # your own caseload has one worker


def test_caseworker_has_my_then_team(qtbot, make_view, world, samples):
    view = make_view(world.caseworker)
    assert list(view.scope_buttons) == ["mine", "team"] and view.scope_buttons["mine"].isChecked()
    assert {r.assigned_username for r in rows(qtbot, view)} == {"casey"}
    assert view.team_combo.isHidden()


def test_manager_sees_all_referrals_and_can_choose_one_team(qtbot, make_view, world, samples):
    view = make_view(world.manager)
    assert view.scope_buttons == {} and not view.team_combo.isHidden()
    assert len(rows(qtbot, view)) == 9  # every open referral
    choose(view.team_combo, world.caseworker.team_id)
    assert {r.team_id for r in rows(qtbot, view)} == {world.caseworker.team_id}


def test_pathway_stage_and_open_only_narrow_the_rows(qtbot, make_view, ctx, world, samples):
    view = make_view(world.manager)
    assert not view.stage_combo.isEnabled()  # stages belong to a pathway
    choose(view.pathway_combo, "intact")
    assert view.stage_combo.isEnabled()
    intact = ctx.pathways.get("intact")
    assert [view.stage_combo.itemData(i) for i in range(view.stage_combo.count())] == [
        "", *(stage.id for stage in intact.stages)]
    assert {r.pathway for r in rows(qtbot, view)} == {"intact"} and len(rows(qtbot, view)) == 3
    choose(view.stage_combo, "assessment")
    assert [r.family_name for r in rows(qtbot, view)] == ["Llewellyn"]
    view.open_only_check.setChecked(False)
    assert view.stage_combo.findData("closed") > 0  # closed referrals can be asked for now
    choose(view.stage_combo, "closed")
    assert [r.family_name for r in rows(qtbot, view)] == ["Rees"]


def test_worker_and_deadline_filters(qtbot, make_view, world, samples):
    view = make_view()
    workers = [view.worker_combo.itemData(i) for i in range(view.worker_combo.count())]
    assert workers == ["", UNASSIGNED, "casey", "tl"]  # the team's workers, by name
    choose(view.worker_combo, "casey")
    assert {r.assigned_username for r in rows(qtbot, view)} == {"casey"}
    choose(view.worker_combo, "")
    choose(view.sla_combo, "none")
    assert all(r.next_due_at is None for r in rows(qtbot, view))
    assert view.sla_combo.itemText(view.sla_combo.findData("warning")) == "Due soon"


def test_search_waits_for_a_pause_in_typing_then_filters(qtbot, make_view, world, samples):
    view = make_view(world.manager)
    view.open_only_check.setChecked(False)
    wait_loaded(qtbot, view.model)
    qtbot.keyClicks(view.search_edit, "okaf")
    assert view.model.target_query.search == ""  # not yet: still typing
    qtbot.waitUntil(lambda: view.model.target_query.search == "okaf", timeout=2000)
    assert [r.family_name for r in rows(qtbot, view)] == ["Okafor"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "zzz")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # Enter searches at once
    assert view.model.target_query.search == "zzz"
    wait_loaded(qtbot, view.model)
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No referrals match these filters."


def test_escape_clears_the_search(qtbot, make_view, world, samples):
    view = make_view(world.manager)
    view.search_edit.setText("okaf")
    view.apply_filters()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == "" and view.model.target_query.search == ""


def test_an_empty_caseload_says_so(qtbot, make_view, world):
    view = make_view(world.caseworker)
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No referrals are assigned to you."
    assert view.count_label.text() == "0 referrals"


# --- opening and keyboard ------------------------------------------------------------------------------

def test_enter_and_double_click_open_the_referral(qtbot, make_view, samples):
    view = make_view()
    record = rows(qtbot, view)[1]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, Column.NAME))
    with qtbot.waitSignal(view.open_referral, timeout=1000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [record.id]
    rect = view.table.visualRect(view.model.index(1, Column.STAGE))
    with qtbot.waitSignal(view.open_referral, timeout=1000) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [record.id]


def test_selection_is_reported_with_the_referral_id(qtbot, make_view, samples):
    view = make_view()
    record = rows(qtbot, view)[2]
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as selected:
        view.table.selectRow(2)
    assert selected.args == [record.id]
    assert view.selected_referral_id() == record.id


def test_down_arrow_from_the_search_box_goes_into_the_table(qtbot, make_view, samples):
    view = make_view()
    view.focus_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus() or QApplication.focusWidget() is view.table
    assert view.table.currentIndex().row() == 0


def test_tab_order_runs_through_the_filters_then_the_table(qtbot, make_view, samples):
    view = make_view()
    expected = [view.scope_buttons["team"], view.open_only_check, view.search_edit, view.pathway_combo,
                view.stage_combo, view.worker_combo, view.sla_combo, view.table]
    order: list[QWidget] = [expected[0]]
    widget = expected[0]
    while len(order) < 30:
        widget = widget.nextInFocusChain()
        if widget is expected[0]:
            break
        if widget in expected and widget not in order:
            order.append(widget)
    assert order == expected


def test_every_control_has_an_accessible_name(qtbot, make_view, world):
    for actor in (world.team_lead, world.manager):
        view = make_view(actor, start=False)
        controls = [*view.scope_buttons.values(), view.search_edit, view.pathway_combo, view.stage_combo,
                    view.worker_combo, view.sla_combo, view.open_only_check, view.table, view.count_label,
                    view.busy, view.empty_label]
        if not view.team_combo.isHidden():
            controls.append(view.team_combo)
        assert all(c.accessibleName() for c in controls), [c for c in controls if not c.accessibleName()]
    assert view.search_edit.accessibleName() == "Search referrals"
    assert view.table.accessibleName() == "Referrals"


def test_rows_are_one_fixed_height(qtbot, make_view, samples):
    from ui.qt import QHeaderView
    view = make_view()
    header = view.table.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert header.defaultSectionSize() >= view.fontMetrics().height()


# --- remembered --------------------------------------------------------------------------------------

def test_filters_sort_and_column_widths_are_remembered_as_plain_values(qtbot, make_view, world, samples, settings):
    view = make_view()
    choose(view.pathway_combo, "act_now")
    choose(view.stage_combo, "engagement")
    choose(view.sla_combo, "breached")
    view.scope_buttons["mine"].setChecked(True)
    view.open_only_check.setChecked(False)
    view.search_edit.setText("Okafor")
    view.table.sortByColumn(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, view.model)
    view.table.horizontalHeader().resizeSection(Column.NAME, 234)
    view.save_state()
    assert settings.get(options.CASELOAD_SCOPE) == "mine"
    assert settings.get(options.CASELOAD_PATHWAY) == "act_now"
    assert settings.get(options.CASELOAD_SORT) == "received" and settings.get(options.CASELOAD_SORT_DESCENDING)
    text = open(settings.file_name, encoding="utf-8").read()
    assert "name=234" in text and "@Variant" not in text and "@ByteArray" not in text
    assert "Okafor" not in text  # a search may be a child's name: never written down

    again = make_view(start=False)
    assert again.scope_buttons["mine"].isChecked()
    assert again.pathway_combo.currentData() == "act_now"
    assert again.stage_combo.currentData() == "engagement"
    assert again.sla_combo.currentData() == "breached"
    assert not again.open_only_check.isChecked()
    assert again.search_edit.text() == ""
    assert again.model.target_query.sort == "received" and again.model.target_query.descending
    assert again.table.horizontalHeader().sectionSize(Column.NAME) == 234
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.RECEIVED,
                                                                            Qt.SortOrder.DescendingOrder)


def test_a_remembered_worker_who_left_the_list_is_forgotten(qtbot, make_view, world, samples, settings):
    settings.set(options.CASELOAD_WORKER, "someone-else")
    view = make_view()
    assert view.worker_combo.currentData() == ""
    assert view.model.target_query.worker is None


def test_a_remembered_scope_the_role_may_not_use_falls_back(qtbot, make_view, world, settings):
    settings.set(options.CASELOAD_SCOPE, "all")
    view = make_view(world.caseworker, start=False)
    assert view.model.target_query.scope == "mine"


def test_find_is_the_standard_key(qtbot):
    assert QKeySequence(QKeySequence.StandardKey.Find).toString() == "Ctrl+F"


def test_the_new_referral_count_shows_after_a_reload(qtbot, make_view, ctx, world, samples):
    view = make_view()
    referrals.create_referral(ctx, world.team_lead, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("New", "Arrival", date(2011, 1, 1)),
        team="YOT Milton Keynes"))
    with qtbot.waitSignal(view.model.loaded, timeout=5000):
        view.reload()
    assert view.count_label.text() == "5 referrals"


def test_the_screenshots_render(qapp, tmp_path):
    from .screenshots import render

    saved = {path.name for path in render(tmp_path)}
    assert {"caseload.png", "main-window.png"} <= saved
    assert (tmp_path / "caseload.png").stat().st_size > 10_000


def test_a_search_with_more_matches_than_it_reads_says_so_then_counts_them_at_the_end(qtbot, make_view, world,
                                                                                       samples, monkeypatch):
    from casework.services import caseload

    monkeypatch.setattr(caseload, "FIRST_MATCHES", 2)
    view = make_view(world.manager)
    view.open_only_check.setChecked(False)
    wait_loaded(qtbot, view.model)
    shown: list[tuple[str, str, str]] = []  # the label after each load (connected after the view's own slot)
    view.model.loaded.connect(lambda _n: shown.append((view.count_label.text(), view.count_label.toolTip(),
                                                       view.count_label.accessibleDescription())))
    view.search_edit.setText("a")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    # The end of the two-row list is on screen at once, so the table asks for the rest itself.
    qtbot.waitUntil(lambda: len(shown) == 2 and view.model.complete and not view.model.loading, timeout=5000)
    (first, tip, description), (then, tip_then, _) = shown
    assert first == "2+ referrals" and "More than 2 referrals match" in tip and description == tip
    assert then == "3 referrals" and tip_then == ""
