"""Group programmes (roster and attendance grid, from the keyboard), Follow-ups due, and Evidence pages."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest

from casework.services import followups, interventions, referrals
from tests.core import outcomes_fixture
from tests.core.factories import act_now, young_person
from ui.evidence_page import EvidencePage
from ui.field_widgets import FormDialog
from ui.followups_page import DueColumn, FollowUpsPage
from ui.outcome_dialogs import FollowUpDialog
from ui.programmes_page import AddParticipantDialog, AttendanceGridModel, NewProgrammeDialog, ProgrammesPage
from ui.qt import Qt


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def _save(qtbot, dialog: FormDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_programmes_page_roster_across_referrals_and_attendance_from_the_keyboard(qtbot, ctx, world, clock):
    a = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=10))
    b = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=10),
                person=young_person(given_name="Kai", family_name="Evans", date_of_birth=date(2009, 1, 2)))
    page = ProgrammesPage(ctx, world.caseworker)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)

    new = page.open_new()
    assert isinstance(new, NewProgrammeDialog)
    new.name_edit.setText("Boxing — Bletchley")
    new.pathway_combo.setCurrentIndex(new.pathway_combo.findData("act_now"))
    _save(qtbot, new)
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1 and page.detail is not None, timeout=5000)

    for referral in (a, b):
        add = page.open_add()
        assert isinstance(add, AddParticipantDialog)
        add.referral_edit.setText(f"#{referral.id}")
        add.start_edit.set_date(clock.now().date() - timedelta(days=7))
        _save(qtbot, add)
        qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    add = page.open_add()
    add.referral_edit.setText("nobody")
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    assert "Referral number" in add.form_error.text()
    add.reject()
    for days in (3, 1):
        interventions.plan_session(ctx, world.caseworker, programme="Boxing — Bletchley",
                                   starts_at=clock.now() - timedelta(days=days))
    page.load_detail()
    qtbot.waitUntil(lambda: page.grid_model.columnCount() == AttendanceGridModel.FIXED + 2, timeout=5000)
    assert [p.person_name for p in page.grid_model.participants] == ["Kai Evans", "Sam Jones"]

    # keyboard: first session cell of Kai → A; move down to Sam → D
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid_model.index(0, AttendanceGridModel.FIXED))
    qtbot.keyClick(page.grid, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: not page.busy and page.grid_model.text(0, 2) == "Attended", timeout=5000)
    page.grid.setCurrentIndex(page.grid_model.index(1, AttendanceGridModel.FIXED))
    qtbot.keyClick(page.grid, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: not page.busy and page.grid_model.text(1, 2) == "Did not attend", timeout=5000)
    assert page.grid_model.text(0, 3) == "—"
    with qtbot.waitSignal(page.open_referral, timeout=2000) as opened:
        qtbot.mouseClick(page.referral_button, Qt.MouseButton.LeftButton)
    assert opened.args == [a.id]
    detail = interventions.programme_detail(ctx, world.caseworker, "Boxing — Bletchley")
    assert [(x.referral_id, x.status) for x in detail.sessions[0].attendance] == [(a.id, "did_not_attend"),
                                                                                  (b.id, "attended")]
    page.grab().save("/tmp/outcomes_programmes_page.png")


def test_followups_page_lists_due_checks_and_records_one(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker, received_at=clock.now() - timedelta(days=200))
    referrals.close_referral(ctx, world.caseworker, detail.id, "completed", at=clock.now() - timedelta(days=95))
    page = FollowUpsPage(ctx, world.caseworker)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    row = page.model.row(0)
    assert row.months == 3 and row.overdue
    assert page.model.display(row, DueColumn.DUE).endswith("overdue")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, FollowUpDialog), timeout=5000)
    dialog = page.dialog
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findData("no"))
    dialog.counts["ed_reattendances"].setText("x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_error.text() != "", timeout=5000)
    assert "ED re-attendances" in dialog.form_error.text()
    dialog.counts["ed_reattendances"].setText("0")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.status.text() == "No follow-up checks due."
    assert followups.list_follow_ups(ctx, world.caseworker, detail.id)[0].status == "done"


def test_evidence_page_shows_the_figures_prints_and_exports(qtbot, ctx, world, tmp_path):
    outcomes_fixture.build(ctx, world.caseworker)
    page = EvidencePage(ctx, world.manager, choose_file=lambda _s: str(tmp_path / "evidence"),
                        choose_folder=lambda: str(tmp_path / "export"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.from_edit.setDate(page.from_edit.date().fromString("01/05/2025", "dd/MM/yyyy"))
    page.to_edit.setDate(page.to_edit.date().fromString("31/05/2025", "dd/MM/yyyy"))
    page.reload()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Figure", "Act Now", "INTACT", "All pathways"]
    assert page.model.text(1, 2) == "5 of 8 (63%)"   # INTACT completed
    assert page.model.text(3, 3) == "7 of 8 (88%)"   # no further police contact at 6 months, all pathways
    assert page.model.text(8, 2) == "67% fall"
    page.grab().save("/tmp/outcomes_evidence_page.png")

    page.make_pdf()
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)
    assert (tmp_path / "evidence.pdf").read_bytes().startswith(b"%PDF")
    page.export()
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)
    assert "Exported to" in page.status.text()
    with (tmp_path / "export" / "referrals.csv").open(newline="") as handle:
        assert list(csv.DictReader(handle)) == []  # received in March 2025, not May: the export's period is receipt
    lead = EvidencePage(ctx, world.team_lead)
    qtbot.addWidget(lead)
    assert not lead.export_button.isVisibleTo(lead)
