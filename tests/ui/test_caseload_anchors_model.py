"""The caseload model's anchors: after a load it finds them in the background, deep pages of the
next-deadline order are then sought from them (not read by OFFSET), with the same rows; a refresh or
another query drops them and finds them again; orders paged through ids never use them."""

from __future__ import annotations

from datetime import date

import pytest

from casework.services import caseload, caseload_anchors, referrals
from casework.services.caseload import CaseloadQuery
from casework.services.people import PersonInput
from ui.caseload_model import CaseloadModel, Column
from ui.qt import Qt

from .caseload_helpers import WAIT_MS, all_records, row_record, wait_loaded

ALL = CaseloadQuery(scope="all", open_only=False)


def anchored(qtbot, model: CaseloadModel, query=ALL) -> CaseloadModel:
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_query(query)
    wait_loaded(qtbot, model)
    qtbot.waitUntil(lambda: model.anchors is not None, timeout=WAIT_MS)
    return model


@pytest.fixture
def offsets(monkeypatch):
    """The offsets of the pages read by OFFSET (``caseload.page``)."""
    seen: list[int] = []
    real = caseload.page
    monkeypatch.setattr(caseload, "page", lambda ctx, actor, q, offset, limit: seen.append(offset) or real(
        ctx, actor, q, offset, limit))
    return seen


def test_deep_pages_are_sought_from_the_anchors_with_the_rows_offset_would_give(qtbot, make_model, samples,
                                                                                 offsets):
    model = anchored(qtbot, make_model(page_size=2, anchor_every=3))
    assert model.anchors.every == 3 and len(model.anchors.keys) == -(-model.rowCount() // 3)
    offsets.clear()
    shown = [r.id for r in all_records(qtbot, model)]
    assert offsets == []  # every page after the first came from the anchors
    expected = [r.id for r in caseload.page(model._ctx, model._actor, model.query, 0, 100)]  # noqa: SLF001
    assert shown == expected and len(shown) == model.rowCount() == 12


def test_pages_go_by_offset_until_the_anchors_are_in(qtbot, make_model, samples, offsets, monkeypatch):
    monkeypatch.setattr(caseload_anchors, "build", lambda *a: pytest.fail("not yet"))
    model = make_model(page_size=2, anchor_every=3)
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_query(ALL)
    assert model.anchors is None
    assert row_record(qtbot, model, 9) is not None
    assert 8 in offsets  # by OFFSET, as before


def test_a_refresh_drops_the_anchors_and_finds_them_again_after_an_insert_and_a_close(
        qtbot, make_model, ctx, world, samples):
    model = anchored(qtbot, make_model(page_size=2, anchor_every=3))
    first = model.anchors
    before = all_records(qtbot, model)
    added = referrals.create_referral(ctx, world.team_lead, referrals.NewReferral(
        pathway="act_now", source="custody", person=PersonInput("New", "Arrival", date(2011, 1, 1)),
        assigned_to="casey", team="YOT Milton Keynes")).id
    closed = next(r.id for r in before[3:] if r.team_id == world.team_lead.team_id and r.closed_at is None)
    referrals.close_referral(ctx, world.team_lead, closed, "completed")
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.refresh()
    assert model.anchors is None  # positions may have moved: not used until found again
    qtbot.waitUntil(lambda: model.anchors is not None, timeout=WAIT_MS)
    assert model.anchors is not first
    shown = [r.id for r in all_records(qtbot, model)]
    expected = [r.id for r in caseload.page(ctx, world.manager, model.query, 0, 100)]
    assert shown == expected and added in shown and len(shown) == 13


def test_another_query_gets_its_own_anchors_and_each_user_their_own(qtbot, make_model, ctx, world, samples):
    manager = anchored(qtbot, make_model(page_size=2, anchor_every=2))
    with qtbot.waitSignal(manager.loaded, timeout=WAIT_MS):
        manager.sort(Column.NEXT_DEADLINE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: manager.anchors is not None, timeout=WAIT_MS)
    assert manager.anchors.query.descending and manager.anchors.actor == world.manager
    down = [r.id for r in all_records(qtbot, manager)]
    assert down == [r.id for r in caseload.page(ctx, world.manager, manager.query, 0, 100)]
    lead = anchored(qtbot, make_model(world.team_lead, page_size=2, anchor_every=2),
                    CaseloadQuery(scope="team", open_only=False))
    assert lead.anchors.actor == world.team_lead
    assert [r.id for r in all_records(qtbot, lead)] == \
        [r.id for r in caseload.page(ctx, world.team_lead, lead.query, 0, 100)]


def test_orders_paged_through_ids_and_short_views_find_no_anchors(qtbot, make_model, samples, monkeypatch):
    built = []
    real = caseload_anchors.build
    monkeypatch.setattr(caseload_anchors, "build", lambda *a: built.append(a) or real(*a))
    by_name = make_model(page_size=2, anchor_every=3)
    with qtbot.waitSignal(by_name.loaded, timeout=WAIT_MS):
        by_name.set_query(CaseloadQuery(scope="all", open_only=False, sort="name"))
    short = make_model(page_size=2, anchor_every=50)  # a view shorter than one block
    with qtbot.waitSignal(short.loaded, timeout=WAIT_MS):
        short.set_query(ALL)
    qtbot.wait(400)
    assert built == [] and by_name.anchors is None and short.anchors is None
