"""People in the desktop app: the duplicates page and the side-by-side merge with undo, risk flags
wherever the person appears, the MASH referral task and the other referrals on the referral record."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from casework.services import caseload, matching, merge, people, referrals, risk
from tests.core.factories import act_now, young_person
from ui.caseload_model import CaseloadModel, Column
from ui.duplicates_page import DuplicatesPage, MergeDialog, PairColumn
from ui.event_dialog import EventDialog
from ui.field_widgets import FormDialog
from ui.intake_matches import MatchCard
from ui.person_editor import PersonEditorDialog
from ui.qt import Qt
from ui.risk_flags import AddRiskFlagDialog, RemoveRiskFlagDialog

from .test_referral_record import open_record, settle

SHOTS = Path(os.environ.get("CASEWORK_SCREENSHOT_DIR", "/tmp/casework-people-shots"))


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def _duplicates(ctx, world):
    """Jayden Okafor (Act Now, open) and Jaden Okafor (A&E, day and month swapped), and a twin."""
    a = act_now(ctx, world.caseworker, person=young_person(given_name="Jayden", family_name="Okafor",
                                                           nhs_number="9434765919"))
    b = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", site="lgi-ed", team="YOT Milton Keynes", assigned_to="casey",
        person=young_person(given_name="Jaden", family_name="Okafor", date_of_birth=date(2010, 4, 3), postcode=None,
                            gender=None, home_local_authority="Leeds")))
    risk.set_flag(ctx, world.caseworker, b.person.id, "weapon_carrying", "knife wound, says he carries")
    act_now(ctx, world.caseworker, person=young_person(given_name="Ruby", family_name="Okafor"))
    return a, b


def open_page(qtbot, ctx, actor) -> DuplicatesPage:
    page = DuplicatesPage(ctx, actor)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def test_duplicates_page_lists_the_pair_with_reasons_and_flags(qtbot, ctx, world):
    a, b = _duplicates(ctx, world)
    page = open_page(qtbot, ctx, world.team_lead)
    assert page.pairs_model.rowCount() == 1
    model = page.pairs_model
    why = model.data(model.index(0, PairColumn.WHY))
    assert "day and month swapped" in why
    assert "Risk: Weapon carrying" in model.data(model.index(0, PairColumn.OTHER))
    assert page.summary.text() == "1 likely duplicate to review"
    assert page.merge_button.isEnabled()
    shot(page, "duplicates-page")


def test_merge_dialog_chooses_values_side_by_side_and_merges_then_undo(qtbot, ctx, world, monkeypatch):
    a, b = _duplicates(ctx, world)
    page = open_page(qtbot, ctx, world.team_lead)
    dialog = page.open_merge_dialog()
    qtbot.waitUntil(dialog.isVisible)
    # Keeps the first record (equal referrals); the blank gender/postcode stay Jayden's; the LA is Jayden's.
    assert dialog.kept_index == 0
    assert dialog.choices()["given_name"] == merge.KEPT
    # Choose the date of birth from the other record.
    dialog.field_buttons["date_of_birth"][1].click()
    assert dialog.choices()["date_of_birth"] == merge.OTHER
    shot(dialog, "merge-dialog")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = people.get_person(ctx, world.team_lead, a.person.id)
    assert kept.date_of_birth == date(2010, 4, 3) and kept.given_name == "Jayden"
    assert referrals.get_referral(ctx, world.team_lead, b.id).person.id == a.person.id
    assert page.pairs_model.rowCount() == 0
    assert page.merges_model.rowCount() == 1
    page.merges_view.selectRow(0)
    assert page.undo_button.isEnabled()
    monkeypatch.setattr(page, "confirm_undo", lambda view: True)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.undo_button.click()
    assert referrals.get_referral(ctx, world.team_lead, b.id).person.id == b.person.id
    assert people.get_person(ctx, world.team_lead, a.person.id).date_of_birth == date(2010, 3, 4)
    assert page.pairs_model.rowCount() == 1
    shot(page, "duplicates-page-after-undo")


def test_a_merge_against_a_record_changed_meanwhile_shows_a_conflict(qtbot, ctx, world):
    a, b = _duplicates(ctx, world)
    page = open_page(qtbot, ctx, world.team_lead)
    dialog = page.open_merge_dialog()
    people.update_person(ctx, world.caseworker, b.person.id, b.person.version, postcode="LS1 4AP")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_error.isVisible(), timeout=5000)
    assert "Someone else changed this person" in dialog.form_error.text()
    assert dialog.isVisible()
    assert referrals.get_referral(ctx, world.team_lead, b.id).person.id == b.person.id


def test_different_identifiers_disable_the_merge_with_the_reason(qtbot, ctx, world):
    act_now(ctx, world.caseworker, person=young_person(nhs_number="9434765919"))
    act_now(ctx, world.caseworker, person=young_person(nhs_number="4010232137"))
    pair = matching.find_duplicates(ctx, world.team_lead, min_score=50)[0]
    dialog = MergeDialog(ctx, world.team_lead, pair)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()
    assert "different NHS number" in dialog.identifier_warning.text()


def test_not_the_same_person_removes_the_pair(qtbot, ctx, world, monkeypatch):
    _duplicates(ctx, world)
    page = open_page(qtbot, ctx, world.team_lead)
    monkeypatch.setattr(page, "ask_note", lambda: ("twins per school", True))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.different_button.click()
    assert page.pairs_model.rowCount() == 0


def test_the_duplicates_page_is_in_the_workspace_for_team_leads_not_caseworkers(qtbot, ctx, world):
    from ui.main_window import MainWindow
    from ui.workspace import build_workspace
    for actor, expected in ((world.team_lead, True), (world.caseworker, False)):
        window = MainWindow(ctx, actor)
        qtbot.addWidget(window)
        workspace = build_workspace(window, ctx, actor, None)
        assert ("duplicates" in [p.key for p in window._pages]) is expected
        workspace.shutdown()


# --- risk flags wherever the person appears -----------------------------------------------------------

def test_risk_flags_in_the_record_header_and_the_person_editor_add_and_remove(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    rec = open_record(qtbot, ctx, world.caseworker, detail.id)
    assert not rec.risk_label.isVisible()
    editor = rec.open_person_editor()
    assert isinstance(editor, PersonEditorDialog)
    panel = editor.risk_panel
    qtbot.waitUntil(lambda: panel.add_button.isVisible() and panel._task.done, timeout=5000)
    add = panel.open_add_dialog()
    assert isinstance(add, AddRiskFlagDialog)
    add.flag_combo.setCurrentIndex(add.flag_combo.findData("county_lines"))
    add.note_edit.setText("found at a trap house in Slough")
    with qtbot.waitSignal(rec.loaded, timeout=5000):
        qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, rec)
    assert rec.risk_label.isVisible() and rec.risk_label.text() == "\u2691 Risk: County lines"
    qtbot.waitUntil(lambda: bool(panel.remove_buttons), timeout=5000)
    shot(editor, "person-editor-risk-flags")
    [flag_id] = panel.remove_buttons
    remove = panel.open_remove_dialog(next(f for f in panel.flags if f.id == flag_id))
    assert isinstance(remove, RemoveRiskFlagDialog)
    qtbot.mouseClick(remove.save_button, Qt.MouseButton.LeftButton)  # no reason: refused, names the field
    qtbot.waitUntil(lambda: remove.form_error.isVisible(), timeout=5000)
    assert "Reason" in remove.form_error.text()
    remove.reason_edit.setText("moved to a new school, no concerns")
    with qtbot.waitSignal(rec.loaded, timeout=5000):
        qtbot.mouseClick(remove.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, rec)
    assert not rec.risk_label.isVisible()
    qtbot.waitUntil(lambda: panel.history_label.isVisible(), timeout=5000)
    assert "moved to a new school" in panel.history_label.text()


def test_the_caseload_row_shows_risk_flags_in_words(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    risk.set_flag(ctx, world.caseworker, detail.person.id, "county_lines")
    risk.set_flag(ctx, world.caseworker, detail.person.id, "missing_episodes")
    model = CaseloadModel(ctx, world.caseworker)
    model.set_query(caseload.default_query(world.caseworker))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.record(0) is not None, timeout=5000)
    index = model.index(0, Column.NAME)
    assert model.data(index) == "Jones, Sam  \u2691 County lines +1"
    assert "Risk flags: County lines, Missing episodes" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    model.shutdown()


def test_an_intake_match_card_shows_the_persons_risk_flags(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    risk.set_flag(ctx, world.caseworker, detail.person.id, "threat_to_life")
    [match] = matching.possible_matches(ctx, world.caseworker, given_name="Sam", family_name="Jones",
                                        date_of_birth=date(2010, 3, 4))
    card = MatchCard(match, date(2026, 6, 15), "act_now")
    qtbot.addWidget(card)
    assert card.risk_label.text() == "\u2691 Risk: Threat to life"
    assert not card.risk_label.isHidden()


# --- the referral record: MASH task and other referrals ---------------------------------------------------

def test_the_record_shows_the_mash_task_and_records_it_sent_to_the_home_mash(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker, person=young_person(home_local_authority="Luton"))
    referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    rec = open_record(qtbot, ctx, world.caseworker, detail.id)
    assert rec.mash_box.isVisible()
    assert "refer to <b>Luton MASH</b>" in rec.mash_label.text()
    assert rec.mash_button.isVisible() and rec.mash_button.isEnabled()
    shot(rec, "referral-record-mash-needed")
    dialog = rec.open_mash_dialog()
    assert isinstance(dialog, EventDialog) and dialog.kind == "mash_referral_sent"
    assert dialog.current_page().details()["mash"] == "Luton MASH"
    clock.advance(timedelta(hours=2))
    with qtbot.waitSignal(rec.loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, rec)
    assert "<b>Sent</b> to Luton MASH" in rec.mash_label.text() and "Casey Worker" in rec.mash_label.text()
    assert not rec.mash_button.isVisible()


def test_the_record_lists_the_persons_other_referrals_and_opens_one(qtbot, ctx, world):
    first = act_now(ctx, world.caseworker)
    referrals.close_referral(ctx, world.caseworker, first.id, "completed")
    ae = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="ae_navigator", source="emergency_department", person_id=first.person.id, site="lgi-ed",
        team="YOT Milton Keynes", assigned_to="casey"))
    current = act_now(ctx, world.caseworker, person=None, person_id=first.person.id)
    risk.set_flag(ctx, world.caseworker, first.person.id, "weapon_carrying")
    rec = open_record(qtbot, ctx, world.caseworker, current.id)
    assert set(rec.other_buttons) == {ae.id, first.id}
    assert "1 open, 2 in all" in rec.others_box.title()
    assert rec.risk_label.text() == "\u2691 Risk: Weapon carrying"
    shot(rec, "referral-record-other-referrals")
    with qtbot.waitSignal(rec.open_referral_requested, timeout=2000) as opened:
        rec.other_buttons[ae.id].click()
    assert opened.args == [ae.id]


def test_opening_the_merge_dialog_is_audited_as_a_view_of_both_people(qtbot, ctx, world):
    from sqlalchemy import select
    from casework.store.models import AuditEntry
    a, b = _duplicates(ctx, world)
    page = open_page(qtbot, ctx, world.team_lead)
    dialog = page.open_merge_dialog()

    def viewed():
        with ctx.read() as s:
            return set(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "view",
                                                                    AuditEntry.entity_type == "person",
                                                                    AuditEntry.user_id == world.team_lead.user_id)))
    qtbot.waitUntil(lambda: viewed() == {a.person.id, b.person.id}, timeout=5000)
    dialog.reject()


def test_a_manager_reviews_duplicates_but_is_not_offered_merging(qtbot, ctx, world):
    _duplicates(ctx, world)
    page = open_page(qtbot, ctx, world.manager)
    assert page.pairs_model.rowCount() == 1
    assert not page.merge_button.isVisible() and not page.undo_button.isVisible()
    assert page.different_button.isVisible()
    lead = open_page(qtbot, ctx, world.team_lead)
    assert lead.merge_button.isVisible() and lead.undo_button.isVisible()
