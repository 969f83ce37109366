"""The referral record's Interventions and Follow-up checks panels, driven through their widgets."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from casework.services import followups, interventions, referrals
from tests.core.factories import act_now
from ui.field_widgets import FormDialog
from ui.interventions_panel import CheckColumn, SessionColumn
from ui.outcome_dialogs import AddInterventionDialog, AttendanceDialog, FollowUpDialog, PlanSessionDialog, ReopenDialog
from ui.qt import Qt

from .test_referral_record import open_record

UTC = timezone.utc


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def _cells(model, column) -> list[str]:
    return [model.display(model.row(r), column) for r in range(model.rowCount())]


def _save(qtbot, dialog: FormDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_add_one_to_one_work_plan_a_session_and_record_who_came(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=3))
    rec = open_record(qtbot, ctx, world.caseworker, detail.id)
    panel = rec.interventions_panel
    qtbot.waitUntil(lambda: "No interventions yet." in panel.status_label.text(), timeout=5000)

    dialog = panel.open_add()
    assert isinstance(dialog, AddInterventionDialog)
    dialog.child_check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # with nobody: refused, naming the field
    qtbot.waitUntil(lambda: dialog.form_error.text() != "", timeout=5000)
    assert "With" in dialog.form_error.text() and dialog.isVisible()
    dialog.parents_check.setChecked(True)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert _cells(panel.model, SessionColumn.WORK) == ["1-2-1 with parents/carers"]

    panel.table.selectRow(0)
    plan = panel.open_plan()
    assert isinstance(plan, PlanSessionDialog)
    plan.time_edit.set_value(clock.now() - timedelta(hours=2))
    plan.location_edit.setText("Family home")
    _save(qtbot, plan)
    qtbot.waitUntil(lambda: _cells(panel.model, SessionColumn.STATUS) == ["Planned"], timeout=5000)

    panel.table.selectRow(0)
    panel.table.setFocus()
    attend = panel.open_attendance()
    assert isinstance(attend, AttendanceDialog)
    assert not attend.child_check.isChecked()  # the work is with the parents
    attend.status_combo.setCurrentIndex(attend.status_combo.findData("attended"))
    next(iter(attend.contact_checks.values())).setChecked(True)
    _save(qtbot, attend)
    qtbot.waitUntil(lambda: _cells(panel.model, SessionColumn.ATTENDANCE) == ["Attended"], timeout=5000)
    assert _cells(panel.model, SessionColumn.WHO) == ["Ann Jones"]
    assert _cells(panel.model, SessionColumn.STATUS) == ["Held"]
    rec.grab().save("/tmp/outcomes_record_interventions.png")


def test_follow_up_checks_show_after_closing_and_reopen_cancels_them(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=200))
    referrals.close_referral(ctx, world.caseworker, detail.id, "completed", at=clock.now() - timedelta(days=100))
    rec = open_record(qtbot, ctx, world.caseworker, detail.id)
    panel = rec.followups_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=5000)
    assert rec.followups_box.isVisibleTo(rec)
    assert _cells(panel.model, CheckColumn.STATUS) == ["Overdue", "Due", "Due"]
    panel.table.selectRow(0)
    dialog = panel.open_record()
    assert isinstance(dialog, FollowUpDialog)
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findData("yes"))
    dialog.counts["ed_reattendances"].setText("0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_error.text() != "", timeout=5000)
    assert "Date of first contact" in dialog.form_error.text()
    dialog.contact_date.setText((clock.now() - timedelta(days=10)).strftime("%d/%m/%Y"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: _cells(panel.model, CheckColumn.STATUS)[0] == "Recorded", timeout=5000)
    assert "police contact" in _cells(panel.model, CheckColumn.RESULT)[0]
    panel.table.selectRow(1)
    assert not panel.record_button.isEnabled()  # not due yet
    rec.grab().save("/tmp/outcomes_record_followups.png")

    reopen = panel.open_reopen()
    assert isinstance(reopen, ReopenDialog)
    reopen.reason_edit.setPlainText("closed too early")
    _save(qtbot, reopen)
    qtbot.waitUntil(lambda: rec.detail is not None and rec.detail.closed_at is None, timeout=5000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert not rec.followups_box.isVisibleTo(rec)
