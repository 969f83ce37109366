"""The windowed caseload model, without a view: counts, pages on demand, placeholders, sorting, countdown."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest

from casework.services import caseload, referrals
from casework.services.caseload import CaseloadQuery
from casework.services.people import PersonInput
from ui import caseload_model
from ui.caseload_model import (
    HEADERS,
    LOADING,
    MAX_PENDING,
    CaseloadModel,
    Column,
    RecordRole,
    SlaStateRole,
    state_colours,
)
from ui.qt import QModelIndex, Qt

from ..conftest import START
from .caseload_helpers import all_records, cell, due_in_80_minutes, row_record, wait_loaded

ALL = CaseloadQuery(scope="all", open_only=False)


def loaded(qtbot, model, query=ALL) -> CaseloadModel:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(query)
    wait_loaded(qtbot, model)
    return model


# --- rows and columns --------------------------------------------------------------------------------

def test_row_count_is_the_count_and_columns_are_the_named_constants(qtbot, make_model, ctx, world, samples):
    model = loaded(qtbot, make_model(page_size=5))
    assert model.rowCount() == caseload.count(ctx, world.manager, ALL) == 12
    assert model.columnCount() == len(Column) == 8
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [HEADERS[c] for c in Column] == [
        "Name", "Age", "Pathway", "Stage", "Assigned to", "Next deadline", "Site", "Received"]
    assert model.rowCount(model.index(0, 0)) == 0  # a table has no children


def test_nothing_is_read_until_a_query_is_set(qtbot, make_model, samples, monkeypatch):
    calls = []
    monkeypatch.setattr(caseload, "count", lambda *a: calls.append(a) or 0)
    model = make_model()
    qtbot.wait(50)
    assert model.rowCount() == 0 and calls == []


def test_a_row_whose_page_is_not_here_shows_a_placeholder_then_its_data(qtbot, make_model, samples):
    model = loaded(qtbot, make_model(page_size=4))
    assert model.record(0) is not None       # the first page came with the count
    index = model.index(9, Column.NAME)
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        assert model.data(index) == LOADING
        assert model.data(index, RecordRole) is None
        assert model.data(model.index(9, Column.STAGE)) is None
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), bottom.row()) == (8, 11)  # just that page's rows
    assert (top.column(), bottom.column()) == (0, len(Column) - 1)
    record = model.data(index, RecordRole)
    assert model.data(index) == f"{record.family_name}, {record.given_name}"


def test_pages_are_fetched_off_the_ui_thread(qtbot, make_model, samples, monkeypatch):
    threads = []
    real = caseload.page
    monkeypatch.setattr(caseload, "page", lambda *a: threads.append(threading.current_thread()) or real(*a))
    model = loaded(qtbot, make_model(page_size=3))
    row_record(qtbot, model, 10)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_each_column_in_words(qtbot, make_model, ctx, world):
    referral_id = due_in_80_minutes(ctx, world.team_lead)
    model = loaded(qtbot, make_model())
    assert model.data(model.index(0, Column.NAME), RecordRole).id == referral_id
    shown = {column: cell(qtbot, model, 0, column) for column in Column}
    assert shown == {
        Column.NAME: "Jones, Sam",
        Column.AGE: "16",
        Column.PATHWAY: "Act Now",
        Column.STAGE: "In custody",
        Column.ASSIGNED: "Casey Worker",
        Column.NEXT_DEADLINE: "1 h 20 min left",
        Column.SITE: "Milton Keynes custody suite",
        Column.RECEIVED: "2026-06-15 09:50 BST",  # Europe/London, not UTC
    }


def test_age_is_counted_to_the_local_date_of_the_clock(qtbot, make_model, ctx, world, clock):
    # Born 15 June: at 23:30 UTC on the 14th it is already the 15th in London (BST).
    referrals.create_referral(ctx, world.team_lead, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("Birthday", "Today", date(2010, 6, 15)),
        received_at=datetime(2026, 6, 14, 12, 0, tzinfo=timezone.utc)))
    clock.set(datetime(2026, 6, 14, 23, 30, tzinfo=timezone.utc))
    model = loaded(qtbot, make_model())
    assert cell(qtbot, model, 0, Column.AGE) == "16"
    clock.set(datetime(2026, 6, 14, 22, 30, tzinfo=timezone.utc))
    assert cell(qtbot, model, 0, Column.AGE) == "15"


def test_unassigned_and_closed_rows_are_muted_but_still_say_so(qtbot, make_model, ctx, world):
    due_in_80_minutes(ctx, world.team_lead, assigned_to=None)
    model = loaded(qtbot, make_model())
    assert cell(qtbot, model, 0, Column.ASSIGNED) == "Unassigned"
    assert model.data(model.index(0, Column.ASSIGNED), Qt.ItemDataRole.ForegroundRole) is not None


# --- sorting -----------------------------------------------------------------------------------------

def test_sorting_by_a_column_is_done_in_sql(qtbot, make_model, samples, monkeypatch):
    model = loaded(qtbot, make_model(page_size=5))
    queries = []
    real = caseload.ordered_ids  # orders no index gives are sorted once, as a list of ids
    monkeypatch.setattr(caseload, "ordered_ids",
                        lambda ctx, actor, q, **kw: queries.append(q) or real(ctx, actor, q, **kw))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert queries[-1].sort == "name" and not queries[-1].descending
    names = [(r.family_name.lower(), r.given_name.lower()) for r in all_records(qtbot, model)]
    assert names == sorted(names)
    assert model.sort_column() == Column.NAME
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(Column.AGE, Qt.SortOrder.DescendingOrder)
    born = [r.date_of_birth for r in all_records(qtbot, model)]
    assert born == sorted(born)  # oldest first
    assert model.sort_order() == Qt.SortOrder.DescendingOrder


def test_a_sort_no_index_gives_pages_by_ids_with_the_rows_offset_pages_would_give(qtbot, make_model, samples,
                                                                                   monkeypatch):
    # GIVEN a caseload sorted by name, in pages of 3
    model = loaded(qtbot, make_model(page_size=3))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    offsets = []
    real = caseload.page
    monkeypatch.setattr(caseload, "page", lambda ctx, actor, q, offset, limit: offsets.append(offset) or real(
        ctx, actor, q, offset, limit))
    # WHEN every row is read (the later pages fetched as they are asked for)
    shown = [r.id for r in all_records(qtbot, model)]
    # THEN no page was read by OFFSET, and the rows are those OFFSET pages give, in the same order
    assert offsets == []
    query = model.query
    expected = [r.id for r in real(model._ctx, model._actor, query, 0, 1000)]
    assert shown == expected and len(shown) == model.rowCount() > 3


def test_the_default_deadline_order_still_pages_by_offset(qtbot, make_model, samples, monkeypatch):
    model = loaded(qtbot, make_model(page_size=3))
    ids_asked = []
    monkeypatch.setattr(caseload, "ordered_ids", lambda *a: ids_asked.append(a) or pytest.fail("ids read"))
    assert len(all_records(qtbot, model)) == model.rowCount()
    model.refresh()
    wait_loaded(qtbot, model)
    assert ids_asked == []


def test_sorting_the_same_way_again_reads_nothing(qtbot, make_model, samples):
    model = loaded(qtbot, make_model())
    model.sort(model.sort_column(), model.sort_order())
    assert not model.loading


# --- the countdown -----------------------------------------------------------------------------------

def deadline(model, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(0, Column.NEXT_DEADLINE), role)


def test_countdown_words_and_colours_follow_the_clock(qtbot, make_model, ctx, world, clock):
    due_in_80_minutes(ctx, world.team_lead)
    model = loaded(qtbot, make_model())
    row_record(qtbot, model, 0)
    assert deadline(model) == "1 h 20 min left"
    assert deadline(model, SlaStateRole) == "running"
    assert deadline(model, Qt.ItemDataRole.BackgroundRole) is None
    assert "due 2026-06-15 11:20 BST" in deadline(model, Qt.ItemDataRole.AccessibleTextRole)

    clock.set(START + timedelta(minutes=60))  # past the warning (START + 57.5 min)
    assert deadline(model) == "Due soon — 20 min left"
    assert deadline(model, SlaStateRole) == "warning"
    amber, _ = state_colours("warning")
    assert deadline(model, Qt.ItemDataRole.BackgroundRole).color() == amber

    clock.set(START + timedelta(minutes=92))
    assert deadline(model) == "Breached — 12 min over"
    assert deadline(model, SlaStateRole) == "breached"
    red, text = state_colours("breached")
    assert deadline(model, Qt.ItemDataRole.BackgroundRole).color() == red
    assert deadline(model, Qt.ItemDataRole.ForegroundRole).color() == text
    assert deadline(model, Qt.ItemDataRole.FontRole).bold()


def test_state_colours_have_readable_contrast():
    def luminance(colour):
        def channel(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())
    for state in ("warning", "breached"):
        background, text = state_colours(state)
        light, dark = sorted((luminance(background), luminance(text)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 7, state
    assert state_colours("running") is None and state_colours("none") is None


def test_a_tick_repaints_only_the_deadline_column_of_the_rows_on_screen(qtbot, make_model, ctx, world, samples):
    model = loaded(qtbot, make_model(page_size=5))
    for row in (2, 3, 4):  # what a view would paint
        model.data(model.index(row, Column.NAME))
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        model.tick()
    top, bottom, roles = changed.args
    assert (top.row(), bottom.row()) == (2, 4)
    assert top.column() == bottom.column() == Column.NEXT_DEADLINE
    assert Qt.ItemDataRole.DisplayRole in roles and Qt.ItemDataRole.BackgroundRole in roles


def test_ticks_every_second_near_a_deadline_and_up_to_a_minute_otherwise(qtbot, make_model, ctx, world, clock):
    due_in_80_minutes(ctx, world.team_lead)
    model = loaded(qtbot, make_model())
    row_record(qtbot, model, 0)
    model.tick()
    # Due in 80 min, warning in 57.5 min: nothing within the hour yet, so a minute.
    assert model.next_tick_ms() == caseload_model.SLOW_TICK_MS
    clock.set(START + timedelta(minutes=21))  # due within the hour
    assert model.next_tick_ms() == caseload_model.FAST_TICK_MS
    clock.set(START + timedelta(hours=5))  # long breached: minutes are enough
    assert model.next_tick_ms() == caseload_model.SLOW_TICK_MS


# --- paging under load -------------------------------------------------------------------------------

def test_scrolling_fast_drops_the_pages_flown_past(qtbot, make_model, samples, monkeypatch):
    model = loaded(qtbot, make_model(page_size=1))
    offsets = []
    real = caseload.page
    monkeypatch.setattr(caseload, "page", lambda ctx, actor, q, offset, limit: offsets.append(offset) or real(
        ctx, actor, q, offset, limit))
    # One paint after another without the event loop running in between: a drag of the scroll bar.
    for row in range(1, 12):
        model.data(model.index(row, Column.NAME))
    qtbot.waitUntil(lambda: model._fetching is None and not model._pending, timeout=5000)  # noqa: SLF001
    assert len(offsets) <= MAX_PENDING + 1
    assert offsets[0] == 11  # the newest request first
    assert set(offsets) <= {8, 9, 10, 11, 1}


def test_only_a_bounded_number_of_pages_is_kept(qtbot, make_model, samples):
    model = loaded(qtbot, make_model(page_size=2, max_pages=2))
    for row in (0, 4, 8, 10):
        row_record(qtbot, model, row)
    assert len(model._pages) == 2  # noqa: SLF001
    assert model.record(10) is not None and model.record(0) is None


def test_refresh_keeps_the_position_and_picks_up_new_rows(qtbot, make_model, ctx, world, samples):
    model = loaded(qtbot, make_model(page_size=5))
    row_record(qtbot, model, 7)
    referrals.create_referral(ctx, world.team_lead, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("New", "Arrival", date(2011, 1, 1))))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignals([model.rowsInserted, model.loaded], timeout=5000):
        model.refresh()
    assert resets == [] and model.rowCount() == 13
    assert model.record(7) is not None  # the rows on screen came back with the count


def test_a_new_query_keeps_the_old_rows_until_the_new_ones_are_in(qtbot, make_model, samples):
    model = loaded(qtbot, make_model())
    model.set_query(CaseloadQuery(scope="all", pathway="intact"))
    assert model.loading and model.rowCount() == 12
    wait_loaded(qtbot, model)
    assert model.rowCount() == 3 and {r.pathway for r in all_records(qtbot, model)} == {"intact"}


def test_a_failed_load_is_reported_not_raised(qtbot, make_model, monkeypatch):
    from casework.errors import NotPermitted
    monkeypatch.setattr(caseload, "count", lambda *a: (_ for _ in ()).throw(NotPermitted("read_cases")))
    model = make_model()
    with qtbot.waitSignal(model.failed, timeout=5000) as failed:
        model.set_query(ALL)
    assert "not permitted" in failed.args[0]
    assert not model.loading


def test_a_failed_page_says_so_in_the_row_and_is_not_retried_in_a_loop(qtbot, make_model, samples, monkeypatch):
    model = loaded(qtbot, make_model(page_size=4))
    calls = []

    def broken(*args):
        calls.append(args)
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(caseload, "page", broken)
    with qtbot.waitSignal(model.failed, timeout=5000):
        model.data(model.index(9, Column.NAME))
    assert model.data(model.index(9, Column.NAME)) == "Could not load"
    qtbot.wait(50)
    assert len(calls) == 1


def test_record_role_gives_the_row(qtbot, make_model, samples):
    model = loaded(qtbot, make_model())
    record = row_record(qtbot, model, 0)
    assert record.id == model.referral_id(0)
    assert model.row_of(record.id) == 0
    assert model.data(QModelIndex()) is None


def test_a_jump_starts_a_new_window_of_rows_on_screen(qtbot, make_model, samples, monkeypatch):
    # A scrollTo from the top to far down must not make the countdown repaint (or walk) every row between.
    monkeypatch.setattr(caseload_model, "MAX_SCREEN_ROWS", 2)
    model = loaded(qtbot, make_model(page_size=20))
    for row in (0, 1, 2, 9, 10):
        model.data(model.index(row, Column.NAME))
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        model.tick()
    assert (changed.args[0].row(), changed.args[1].row()) == (9, 10)


# --- a search's first matches ("1,000+"), then the rest at the end of the list ------------------------

def test_a_search_shows_its_first_matches_then_reads_the_rest_at_the_end(qtbot, make_model, ctx, world, samples,
                                                                         monkeypatch):
    monkeypatch.setattr(caseload, "FIRST_MATCHES", 2)
    search = CaseloadQuery(scope="all", open_only=False, search="a")  # Aled, Aisha, Reece Adeyemi
    whole = list(caseload.ordered_ids(ctx, world.manager, search))
    assert len(whole) == 3
    model = loaded(qtbot, make_model(page_size=5), search)
    assert model.rowCount() == 2 and not model.complete and model.canFetchMore(QModelIndex())
    assert [r.id for r in all_records(qtbot, model)] == whole[:2]
    assert not model.canFetchMore(model.index(0, 0))  # a table has no children to fetch
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.fetchMore(QModelIndex())
    wait_loaded(qtbot, model)
    assert model.rowCount() == 3 and model.complete and not model.canFetchMore(QModelIndex())
    assert [r.id for r in all_records(qtbot, model)] == whole
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.refresh()  # a refresh keeps every match once they were asked for
    wait_loaded(qtbot, model)
    assert model.rowCount() == 3 and model.complete
    loaded(qtbot, model, CaseloadQuery(scope="all", open_only=False, search="a "))  # the next keystroke
    assert model.rowCount() == 2 and not model.complete


def test_only_a_search_is_cut_short(qtbot, make_model, ctx, world, samples, monkeypatch):
    monkeypatch.setattr(caseload, "FIRST_MATCHES", 2)
    for query in (ALL, CaseloadQuery(scope="all", open_only=False, sort="name"),
                  CaseloadQuery(scope="all", open_only=False, search="zz")):
        model = loaded(qtbot, make_model(page_size=5), query)
        assert model.complete and not model.canFetchMore(QModelIndex())
        assert model.rowCount() == caseload.count(ctx, world.manager, query)
