"""Helpers for the caseload tests: waiting for the background loads, reading every row, a countdown case."""

from __future__ import annotations

from datetime import date, timedelta

from casework.services import referrals
from casework.services.people import PersonInput
from ui.caseload_model import CaseloadModel, Column, RecordRole
from ui.qt import QThreadPool

from ..conftest import START

WAIT_MS = 5_000


def wait_loaded(qtbot, model: CaseloadModel) -> None:
    """Until no count is being loaded (the model's query is in)."""
    qtbot.waitUntil(lambda: not model.loading and model._load_task is None, timeout=WAIT_MS)  # noqa: SLF001


def row_record(qtbot, model: CaseloadModel, row: int):
    """The row's referral, waiting for its page if need be."""
    index = model.index(row, Column.NAME)
    model.data(index)  # asks for the page
    qtbot.waitUntil(lambda: model.data(index, RecordRole) is not None, timeout=WAIT_MS)
    return model.data(index, RecordRole)


def all_records(qtbot, model: CaseloadModel) -> list:
    return [row_record(qtbot, model, row) for row in range(model.rowCount())]


def cell(qtbot, model: CaseloadModel, row: int, column: Column, role=None):
    row_record(qtbot, model, row)
    index = model.index(row, column)
    return model.data(index) if role is None else model.data(index, role)


def settle() -> None:
    """Let every background read finish (so none runs on into the next test's database)."""
    QThreadPool.globalInstance().waitForDone(WAIT_MS)


def due_in_80_minutes(ctx, actor, given="Sam", family="Jones", **overrides) -> int:
    """An Act Now referral received 10 min before START: due START + 80 min, warning from START + 57.5 min."""
    values = dict(pathway="act_now", source="custody", person=PersonInput(given, family, date(2010, 3, 4)),
                  received_at=START - timedelta(minutes=10), site="mk-custody", team="YOT Milton Keynes",
                  assigned_to="casey")
    values.update(overrides)
    return referrals.create_referral(ctx, actor, referrals.NewReferral(**values)).id
