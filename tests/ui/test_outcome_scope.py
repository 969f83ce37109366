"""The screens offer interventions and follow-up actions only where the core allows them (access.py)."""

from __future__ import annotations

from datetime import timedelta

from casework.services import interventions, referrals
from tests.core.factories import act_now, young_person
from ui.programmes_page import NOT_YOURS, AttendanceGridModel, ProgrammesPage
from ui.qt import Qt
from ui.wording import tr

from .test_referral_record import open_record


def test_record_panels_offer_no_changes_on_a_referral_the_caseworker_may_only_read(qtbot, ctx, world, clock):
    theirs = act_now(ctx, world.team_lead, assigned_to="tl", received_at=clock.now() - timedelta(days=200))
    referrals.close_referral(ctx, world.team_lead, theirs.id, "completed", at=clock.now() - timedelta(days=95))
    rec = open_record(qtbot, ctx, world.caseworker, theirs.id)
    panel, checks = rec.interventions_panel, rec.followups_panel
    qtbot.waitUntil(lambda: checks.model.rowCount() == 3, timeout=5000)
    checks.table.selectRow(0)
    assert not checks.record_button.isEnabled() and checks.open_record() is None
    assert not checks.reopen_button.isEnabled() and checks.open_reopen() is None
    assert not panel.add_button.isEnabled() and panel.open_add() is None

    lead = open_record(qtbot, ctx, world.team_lead, theirs.id)
    qtbot.waitUntil(lambda: lead.followups_panel.model.rowCount() == 3, timeout=5000)
    lead.followups_panel.table.selectRow(0)
    assert lead.followups_panel.record_button.isEnabled() and lead.followups_panel.reopen_button.isEnabled()


def test_the_attendance_grid_records_only_for_referrals_the_caseworker_may_change(qtbot, ctx, world, clock):
    mine = act_now(ctx, world.team_lead, received_at=clock.now() - timedelta(days=10))
    theirs = act_now(ctx, world.team_lead, assigned_to="tl", received_at=clock.now() - timedelta(days=10),
                     person=young_person(given_name="Kai", family_name="Evans"))
    interventions.create_programme(ctx, world.team_lead, "Boxing")
    for referral in (mine, theirs):
        interventions.add_intervention(ctx, world.team_lead, referral.id, "group", programme="Boxing",
                                       started_on=clock.now().date() - timedelta(days=7))
    interventions.plan_session(ctx, world.team_lead, programme="Boxing", starts_at=clock.now() - timedelta(days=1))
    page = ProgrammesPage(ctx, world.caseworker)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.detail is not None and page.grid_model.columnCount() == AttendanceGridModel.FIXED + 1,
                    timeout=5000)
    assert [(p.person_name, p.changeable) for p in page.grid_model.participants] == [("Kai Evans", False),
                                                                                     ("Sam Jones", True)]
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid_model.index(0, AttendanceGridModel.FIXED))
    qtbot.keyClick(page.grid, Qt.Key.Key_A)
    assert page.status.text() == tr(NOT_YOURS)
    page.open_attendance(0, AttendanceGridModel.FIXED)
    assert page.dialog is None or not page.dialog.isVisible()
    page.grid.setCurrentIndex(page.grid_model.index(1, AttendanceGridModel.FIXED))
    qtbot.keyClick(page.grid, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not page.busy and page.grid_model.text(1, 2) == "Attended", timeout=5000)
    assert page.grid_model.text(0, 2) == "—"
    detail = interventions.programme_detail(ctx, world.team_lead, "Boxing")
    assert [(a.referral_id, a.status) for a in detail.sessions[0].attendance] == [(mine.id, "attended")]
