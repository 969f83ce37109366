"""Subject access from the referral record (managers only) and the administrators' data retention page."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from casework.services import referrals
from casework.store.models import AuditEntry, Referral
from tests.core.factories import act_now, young_person
from ui.qt import QMessageBox, Qt
from ui.referral_record import ReferralRecord
from ui.retention_page import RetentionPage
from ui.subject_access import SubjectAccessDialog

SHOTS = os.environ.get("CASEWORK_UI_SHOTS")


def open_record(qtbot, ctx, actor, referral_id: int) -> ReferralRecord:
    rec = ReferralRecord(ctx, actor, referral_id)
    qtbot.addWidget(rec)
    rec.resize(1280, 820)
    rec.show()
    qtbot.waitUntil(lambda: rec.data is not None and not rec.busy, timeout=5000)
    return rec


def test_a_manager_exports_the_young_persons_record_from_the_referral_record(qtbot, ctx, world, tmp_path):
    detail = act_now(ctx, world.caseworker)
    rec = open_record(qtbot, ctx, world.manager, detail.id)
    assert rec.subject_access_button.isVisible() and rec.subject_access_button.isEnabled()
    dialog = rec.open_subject_access_dialog()
    assert isinstance(dialog, SubjectAccessDialog)
    dialog.folder_edit.setText(str(tmp_path / "sar"))
    dialog.reference_edit.setText("SAR-7")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "subject-access-dialog.png"))
    with qtbot.waitSignal(rec.subject_access.finished, timeout=15000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    person_id = detail.person.id
    document = json.loads((tmp_path / "sar" / f"person-{person_id}.json").read_text(encoding="utf-8"))
    assert document["person"]["rows"][0]["given_name"] == "Sam"
    assert (tmp_path / "sar" / f"person-{person_id}.pdf").stat().st_size > 1000
    assert rec.banner.isVisible() and rec.banner.kind == "info"
    assert f"person-{person_id}.pdf" in rec.banner.label.text()
    with ctx.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "subject_access"))
    assert (entry.user_id, entry.entity_id, entry.details["after"]["request_reference"]) == (
        world.manager.user_id, person_id, "SAR-7")
    if SHOTS:
        rec.grab().save(os.path.join(SHOTS, "subject-access-record.png"))


@pytest.mark.parametrize("who", ["caseworker", "team_lead"])
def test_only_managers_are_offered_the_subject_access_export(qtbot, ctx, world, who):
    detail = act_now(ctx, world.caseworker)
    rec = open_record(qtbot, ctx, getattr(world, who), detail.id)
    assert not rec.subject_access_button.isVisible()
    assert rec.open_subject_access_dialog() is None


def test_a_failed_export_says_why_in_the_banner(qtbot, ctx, world, tmp_path):
    detail = act_now(ctx, world.caseworker)
    rec = open_record(qtbot, ctx, world.manager, detail.id)
    with qtbot.waitSignal(rec.subject_access.failed, timeout=15000):
        rec.export_subject_access(str(tmp_path / "no" / "such" / "place"))
    assert rec.banner.kind == "error"
    assert "no folder" in rec.banner.label.text()


def _closed_long_ago(ctx, clock, world) -> int:
    clock.set(datetime(2019, 6, 3, 9, 0, tzinfo=timezone.utc))
    detail = act_now(ctx, world.caseworker, person=young_person(date_of_birth=date(2004, 3, 4)))
    clock.set(datetime(2019, 6, 20, 9, 0, tzinfo=timezone.utc))
    referrals.close_referral(ctx, world.caseworker, detail.id, "completed")
    clock.set(datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc))
    return detail.id


def test_the_retention_page_shows_the_dry_run_then_erases_after_confirmation(qtbot, ctx, world, clock, monkeypatch):
    referral_id = _closed_long_ago(ctx, clock, world)
    page = RetentionPage(ctx, world.admin)
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.plan is not None and not page.busy, timeout=10000)
    assert page.model.rowCount() == 3
    act_now_row = next(r for r in page.model.rows if r.pathway == "act_now")
    assert (act_now_row.retention_years, act_now_row.referrals, act_now_row.people) == (6, 1, 1)
    assert "would erase 1 referral and anonymise 1 person" in page.summary_label.text()
    assert page.erase_button.isEnabled()
    with ctx.read() as s:
        assert s.get(Referral, referral_id).erased_at is None  # the dry run changed nothing
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "retention-page.png"))

    # Cancel at the confirmation: nothing happens.
    page.confirm_erase()
    assert "Erase 1 referral and anonymise 1 person?" in page.confirm_box.text()
    page.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    with ctx.read() as s:
        assert s.get(Referral, referral_id).erased_at is None

    page.confirm_erase()
    erase = next(b for b in page.confirm_box.buttons() if b.text() == "&Erase")
    erase.click()
    qtbot.waitUntil(lambda: page.result is not None and page.plan is not None and not page.busy, timeout=10000)
    assert page.result.referrals == 1
    assert page.done_label.text() == "Erased 1 referral and anonymised 1 person."
    assert "Nothing has passed its retention period" in page.summary_label.text()
    assert not page.erase_button.isEnabled()
    with ctx.read() as s:
        assert s.get(Referral, referral_id).erased_at is not None
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "retention-page-done.png"))


def test_the_retention_page_is_an_administrators_page(qtbot, ctx, world):
    from ui.main_window import MainWindow
    from ui.workspace import build_workspace

    for actor, expected in ((world.admin, True), (world.manager, False), (world.caseworker, False)):
        window = MainWindow(ctx, actor)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, actor, None)
        assert ("retention" in window.page_keys()) is expected
        workspace.shutdown()
