"""Whole workflows through the real window, as the people who use it would go: sign in, take a custody
referral, watch its countdown, record custody attended, let another timer breach and follow it from
the alert to the team lead's breach review."""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import sla
from tests.core.factories import act_now, young_person
from ui.caseload_model import Column, RecordRole
from ui.field_widgets import FormDialog
from ui.intake import intake_choices
from ui.main_window import MainWindow
from ui.qt import QThreadPool, Qt
from ui.sign_in_dialog import SignInDialog
from ui.workspace import build_workspace

from ..conftest import PASSWORD

WAIT = 8_000


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def sign_in(qtbot, ctx, username: str):
    dialog = SignInDialog(ctx, database="test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=WAIT)
    return dialog.actor


@pytest.fixture
def desktop(qtbot, ctx, world, settings):
    """Sign in as a user and open their window with its workspace; close it all at the end."""
    opened = []

    def open_as(username: str):
        actor = sign_in(qtbot, ctx, username)
        window = MainWindow(ctx, actor, settings=settings)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, actor, settings)
        window.show()
        window.reload()
        opened.append(workspace)
        return window, workspace

    yield open_as
    for workspace in opened:
        workspace.shutdown()
    QThreadPool.globalInstance().waitForDone(WAIT)


def caseload_rows(qtbot, window):
    model = window.page("caseload").model
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, Column.NAME)
        model.data(index)
        qtbot.waitUntil(lambda i=index: model.data(i, RecordRole) is not None, timeout=WAIT)
        rows.append((model.data(index, RecordRole), model.data(model.index(row, Column.NEXT_DEADLINE))))
    return rows


def test_custody_referral_from_intake_to_met_timer(qtbot, ctx, world, clock, desktop):
    window, workspace = desktop("casey")
    assert window.windowTitle().startswith("Casework — Casey Worker")

    # GIVEN the custody form, opened from New referral
    choice = next(c for c in intake_choices(ctx.pathways) if c.pathway == "act_now")
    form = workspace.new_referral(choice)
    qtbot.waitUntil(lambda: form.ready, timeout=WAIT)
    # WHEN a bad date of birth is saved, THEN the field is named and nothing typed is lost
    qtbot.keyClicks(form.person_fields.given_edit, "Sam")
    qtbot.keyClicks(form.person_fields.family_edit, "Jones")
    qtbot.keyClicks(form.person_fields.dob_edit, "04/03/2030")
    form.detail_inputs["offence"].setText("Possession of a bladed article")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.busy, timeout=WAIT)
    assert form.isVisible()
    assert "future" in form.person_fields.error_labels["date_of_birth"].text()
    assert (form.person_fields.given_edit.text(), form.person_fields.family_edit.text()) == ("Sam", "Jones")
    assert form.detail_inputs["offence"].text() == "Possession of a bladed article"
    # WHEN it is corrected and saved, THEN the record opens and the caseload shows a running countdown
    form.person_fields.dob_edit.clear()
    qtbot.keyClicks(form.person_fields.dob_edit, "04/03/2010")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(workspace.records) == 1, timeout=WAIT)
    referral_id = next(iter(workspace.records))
    window.page("caseload").reload()
    rows = caseload_rows(qtbot, window)
    mine = [(r, text) for r, text in rows if r.id == referral_id]
    assert mine and "left" in mine[0][1]

    # WHEN custody attended is recorded through the record's event form 40 minutes later
    record = workspace.records[referral_id].record
    qtbot.waitUntil(lambda: record.data is not None, timeout=WAIT)
    clock.advance(timedelta(minutes=40))
    dialog = record.open_event_dialog()
    dialog.set_kind("custody_attended")
    with qtbot.waitSignal(record.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # THEN the custody timer is met at once
    custody = next(e for e in sla.explain(ctx, world.caseworker, referral_id) if e.rule_id == "custody_attendance")
    assert custody.state == "met"
    qtbot.waitUntil(lambda: record.timers_panel.row("custody_attendance").timer.state == "met", timeout=WAIT)
    assert "Met" in record.timers_panel.row("custody_attendance").chip.text()


def test_a_breach_reaches_the_alert_centre_and_the_team_leads_review(qtbot, ctx, world, clock, desktop):
    detail = act_now(ctx, world.caseworker, person=young_person(given_name="Reece"))
    window, workspace = desktop("casey")
    # WHEN time passes beyond the 90 minutes and the desktop's scheduler looks
    clock.advance(timedelta(minutes=95))
    workspace.scheduler.check_now()
    # THEN casey's alert centre shows the breach alert and the badge counts it
    qtbot.waitUntil(lambda: workspace.alerts.model.rowCount() == 1, timeout=WAIT)
    alert = workspace.alerts.model.alert(0)
    assert (alert.referral_id, alert.threshold) == (detail.id, "breach")
    qtbot.waitUntil(lambda: "1" in workspace.badge.text(), timeout=WAIT)

    # AND the team lead's breach review lists it, awaiting the worker's reason
    lead_window, lead_workspace = desktop("tl")
    lead_window.show_page("breaches")
    page = lead_window.page("breaches")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    breach = page.model.breach(0)
    assert (breach.referral_id, breach.review_state) == (detail.id, "awaiting_reason")
    assert "team" in lead_window.page_keys()
