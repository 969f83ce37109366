"""Colour is never the only signal: wherever a breached, overdue or due-soon item is coloured (caseload
rows, record timers, alerts, team board, breach review), the same thing is said in words or by an
icon, so a person who cannot tell red from green (or hears the screen) is told too."""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import sla
from tests.core.factories import act_now, young_person
from ui.alerts import AlertCentre
from ui.breach_review import BreachReviewPage
from ui.caseload_model import Column as CaseloadColumn
from ui.caseload_view import CaseloadView
from ui.qt import QIcon, QThreadPool, Qt
from ui.referral_record import ReferralRecord
from ui.team_board import TeamBoardPage

WAIT = 8_000
# Words that name a state needing attention (deadline states, alert thresholds, breach review states).
WORDS = ("breach", "overdue", " over", "due soon", "challenged", "awaiting", "late", "reason needed")


@pytest.fixture(autouse=True)
def _no_work_left_running():
    yield
    QThreadPool.globalInstance().waitForDone(WAIT)


@pytest.fixture
def states(ctx, world, clock):
    """Three Act Now referrals of casey's: custody attendance breached, due soon, and on track."""
    breached = act_now(ctx, world.caseworker, person=young_person(given_name="Ade"))
    clock.advance(timedelta(minutes=25))
    due_soon = act_now(ctx, world.caseworker, person=young_person(given_name="Bea"))
    clock.advance(timedelta(minutes=70))  # Ade at 95 min (over 90), Bea at 70 (past the 67.5 warning)
    on_track = act_now(ctx, world.caseworker, person=young_person(given_name="Cai"))
    sla.run_sweep(ctx)
    return {"breached": breached, "due_soon": due_soon, "on_track": on_track}


def _icon(value) -> bool:
    return isinstance(value, QIcon) and not value.isNull()


def coloured_cells_without_words(model) -> tuple[int, list[str]]:
    """(how many cells are coloured, the coloured cells that say nothing in words or by an icon)."""
    coloured, silent = 0, []
    for row in range(model.rowCount()):
        texts = [str(model.data(model.index(row, c)) or "") for c in range(model.columnCount())]
        icons = any(_icon(model.data(model.index(row, c), Qt.ItemDataRole.DecorationRole))
                    for c in range(model.columnCount()))
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if model.data(index, Qt.ItemDataRole.ForegroundRole) is None \
                    and model.data(index, Qt.ItemDataRole.BackgroundRole) is None:
                continue
            coloured += 1
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            said = " ".join([texts[column], header, *texts]).casefold()
            if not icons and not any(word in said for word in WORDS):
                silent.append(f"row {row}, column {header!r}: {texts[column]!r}")
    return coloured, silent


def test_caseload_rows_say_breached_and_due_soon_in_words(qtbot, ctx, world, states):
    view = CaseloadView(ctx, world.caseworker)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    model = view.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 3, timeout=WAIT)
    for row in range(model.rowCount()):
        model.data(model.index(row, CaseloadColumn.NAME))
    qtbot.waitUntil(lambda: all(model.data(model.index(r, CaseloadColumn.NEXT_DEADLINE)) for r in range(3)),
                    timeout=WAIT)
    deadline = {model.data(model.index(row, CaseloadColumn.NAME)): model.data(model.index(row, CaseloadColumn.NEXT_DEADLINE))
                for row in range(model.rowCount())}
    coloured, silent = coloured_cells_without_words(model)
    assert coloured >= 2 and not silent, silent
    assert any(t.startswith("Breached") and "over" in t for name, t in deadline.items() if "Ade" in name), deadline
    assert any(t.startswith("Due soon") for name, t in deadline.items() if "Bea" in name), deadline


def test_alerts_say_breached_or_due_soon_with_an_icon(qtbot, ctx, world, states):
    centre = AlertCentre(ctx, world.caseworker)
    qtbot.addWidget(centre)
    centre.show()
    centre.reload()
    qtbot.waitUntil(lambda: centre.model.rowCount() >= 2, timeout=WAIT)
    coloured, silent = coloured_cells_without_words(centre.model)
    assert coloured >= 2 and not silent, silent
    statuses = {centre.model.data(centre.model.index(r, 0)) for r in range(centre.model.rowCount())}
    assert {"Breached", "Due soon"} <= statuses


def test_the_team_board_says_overdue_in_words(qtbot, ctx, world, states):
    page = TeamBoardPage(ctx, world.team_lead)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.timer_model.rowCount() >= 3 and page.workload_model.rowCount() >= 1, timeout=WAIT)
    for model in (page.timer_model, page.workload_model):
        coloured, silent = coloured_cells_without_words(model)
        assert coloured >= 1 and not silent, silent


def test_breach_review_says_the_review_state_in_words(qtbot, ctx, world, states):
    page = BreachReviewPage(ctx, world.team_lead)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=WAIT)
    coloured, silent = coloured_cells_without_words(page.model)
    assert coloured >= 1 and not silent, silent


def test_record_timers_say_breached_in_the_chip_and_the_countdown(qtbot, ctx, world, states):
    record = ReferralRecord(ctx, world.caseworker, states["breached"].id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.data is not None and not record.busy, timeout=WAIT)
    row = record.timers_panel.row("custody_attendance")
    assert row.chip.text() == "Breached"
    assert "Breached" in row.chip.accessibleName()
    assert row.countdown_label.text().startswith("Overdue by")
