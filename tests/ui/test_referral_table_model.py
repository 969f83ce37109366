"""The referrals table model, without a view: rows, named columns, each column's words, the record role."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from casework.services import referrals
from casework.services.people import PersonInput
from casework.services.views import ReferralSummary
from ui.qt import QModelIndex, Qt
from ui.referral_table_model import HEADERS, Column, RecordRole, ReferralTableModel, SortRole

TODAY = date(2026, 6, 15)  # the local date of the clock fixture's start


def _referral(ctx, actor, **overrides):
    values = dict(pathway="act_now", source="custody",
                  person=PersonInput("Sam", "Jones", date(2010, 3, 4)),
                  received_at=datetime(2026, 6, 15, 8, 40, tzinfo=timezone.utc),
                  site="mk-custody", team="YOT Milton Keynes", assigned_to="casey")
    values.update(overrides)
    return referrals.create_referral(ctx, actor, referrals.NewReferral(**values))


@pytest.fixture
def model(qapp) -> ReferralTableModel:
    return ReferralTableModel()


def _load(model, ctx, actor, **filters) -> list[ReferralSummary]:
    rows = referrals.list_referrals(ctx, actor, **filters)
    model.set_referrals(rows, TODAY)
    return rows


def cell(model, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_one_row_per_referral_and_one_column_per_named_constant(model, ctx, world, samples):
    _load(model, ctx, world.admin)
    assert model.rowCount() == len(samples) == 12
    assert model.columnCount() == len(Column) == 9
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Name", "Age", "Pathway", "Stage", "Assigned to", "Team", "Site", "Received", "Status"]
    assert headers == [HEADERS[c] for c in Column]
    # A table has no children.
    assert model.rowCount(model.index(0, 0)) == 0


def test_each_column_shows_an_open_referral_in_words(model, ctx, world):
    _referral(ctx, world.admin)
    _load(model, ctx, world.admin)
    shown = {column: cell(model, 0, column) for column in Column}
    assert shown == {
        Column.NAME: "Sam Jones",
        Column.AGE: "16",
        Column.PATHWAY: "Act Now",
        Column.STAGE: "In custody",
        Column.ASSIGNED_TO: "casey",
        Column.TEAM: "YOT Milton Keynes",
        Column.SITE: "Milton Keynes custody suite",
        Column.RECEIVED: "2026-06-15 09:40 BST",  # 08:40 UTC, shown in Europe/London summer time
        Column.STATUS: "Open",
    }


def test_closed_referral_shows_its_outcome_and_an_unassigned_one_says_so(model, ctx, world):
    detail = _referral(ctx, world.admin, pathway="intact", source="marf", site="carmarthen", team=None,
                       assigned_to=None, received_at=datetime(2026, 1, 10, 12, 0, tzinfo=timezone.utc))
    referrals.close_referral(ctx, world.admin, detail.id, "no_further_police_contact")
    _load(model, ctx, world.admin)
    assert cell(model, 0, Column.STATUS) == "Closed — no further police contact"
    assert cell(model, 0, Column.STAGE) == "Closed"
    assert cell(model, 0, Column.ASSIGNED_TO) == "Unassigned"
    assert cell(model, 0, Column.TEAM) == ""
    assert cell(model, 0, Column.RECEIVED) == "2026-01-10 12:00 GMT"  # winter: GMT, no offset
    assert cell(model, 0, Column.STATUS, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Closed 2026-06-15" in cell(model, 0, Column.STATUS, Qt.ItemDataRole.ToolTipRole)


def test_record_role_gives_the_referral_summary_behind_every_cell(model, ctx, world, samples):
    rows = _load(model, ctx, world.admin)
    for row, summary in enumerate(rows):
        for column in Column:
            assert cell(model, row, column, RecordRole) is summary
    assert model.referral(3) is rows[3]
    assert isinstance(rows[0], ReferralSummary)


def test_age_is_whole_years_on_the_date_given(model, ctx, world):
    _referral(ctx, world.admin, person=PersonInput("Sam", "Jones", date(2010, 6, 16)))
    rows = referrals.list_referrals(ctx, world.admin)
    model.set_referrals(rows, date(2026, 6, 15))
    assert cell(model, 0, Column.AGE) == "15"  # sixteen tomorrow
    model.set_referrals(rows, date(2026, 6, 16))
    assert cell(model, 0, Column.AGE) == "16"
    assert cell(model, 0, Column.AGE, SortRole) == 16
    assert cell(model, 0, Column.AGE, Qt.ItemDataRole.ToolTipRole) == "Born 2010-06-16"


def test_sort_role_orders_received_by_instant_and_status_open_first(model, ctx, world, samples):
    rows = _load(model, ctx, world.admin)
    keys = [cell(model, r, Column.RECEIVED, SortRole) for r in range(len(rows))]
    assert keys == sorted(keys, reverse=True)  # the service lists newest first
    status = sorted(range(len(rows)), key=lambda r: cell(model, r, Column.STATUS, SortRole))
    assert [rows[r].closed_at is None for r in status] == [True] * 9 + [False] * 3


def test_reload_is_a_model_reset(qtbot, model, ctx, world, samples):
    _load(model, ctx, world.admin)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        _load(model, ctx, world.admin, open_only=True)
    assert model.rowCount() == 9


def test_out_of_range_and_invalid_indexes_give_nothing(model, ctx, world, samples):
    _load(model, ctx, world.admin)
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_model_passes_qt_model_tester(qtmodeltester, model, ctx, world, samples):
    _load(model, ctx, world.admin)
    qtmodeltester.check(model)


def test_empty_model(model):
    assert model.rowCount() == 0
    assert model.columnCount() == len(Column)
    assert model.today is None
    model.set_referrals([], TODAY)
    assert model.rowCount() == 0 and model.today == TODAY


def test_age_before_any_load_is_blank(model, ctx, world):
    _referral(ctx, world.admin)
    summary = referrals.list_referrals(ctx, world.admin)[0]
    assert model.age(summary) is None
    model.set_referrals([summary], TODAY + timedelta(days=365))
    assert model.age(summary) == 17
