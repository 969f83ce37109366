"""The referral record, driven through its widgets: header, timers with live countdowns, the timeline,
stage moves with conflicts, breach reasons, interventions, the person editor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casework.services import people, referrals, sla
from tests.core.factories import act_now, young_person
from ui.event_dialog import EventDialog, VoidEventDialog
from ui.field_widgets import FormDialog
from ui.person_editor import PersonEditorDialog
from ui.qt import QKeySequence, Qt
from ui.referral_record import ReferralRecord
from ui.referral_record_dialogs import AssignDialog, BreachReasonDialog, CloseReferralDialog
from ui.referral_record_timeline import Column, EventRole


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def open_record(qtbot, ctx, actor, referral_id: int) -> ReferralRecord:
    rec = ReferralRecord(ctx, actor, referral_id)
    qtbot.addWidget(rec)
    rec.resize(1280, 820)
    rec.show()
    qtbot.waitUntil(lambda: rec.data is not None and not rec.busy, timeout=5000)
    return rec


def settle(qtbot, rec: ReferralRecord) -> None:
    qtbot.waitUntil(lambda: not rec.busy, timeout=5000)


def submit_and_reload(qtbot, rec: ReferralRecord, dlg: FormDialog) -> None:
    """Press the dialog's save button; wait until the record has loaded again."""
    with qtbot.waitSignal(rec.loaded, timeout=5000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, rec)


def timeline_kinds(rec: ReferralRecord) -> list[str]:
    model = rec.timeline_model
    return [model.data(model.index(row, 0), EventRole).kind for row in range(model.rowCount())]


@pytest.fixture
def detail(ctx, world):
    return act_now(ctx, world.caseworker)


@pytest.fixture
def record(qtbot, ctx, world, detail) -> ReferralRecord:
    return open_record(qtbot, ctx, world.caseworker, detail.id)


# --- what it shows --------------------------------------------------------------------------------

def test_the_header_names_the_young_person_pathway_stage_and_who_has_it(record):
    assert record.name_label.text() == "Sam Jones, 16"
    assert record.status_label.text() == "Act Now · In custody · Open"
    facts = record.facts_label.text()
    for part in ("Assigned to casey", "Team: YOT Milton Keynes", "Site: Milton Keynes custody suite",
                 "Received 15/06/2026 10:00 (Custody notification)"):
        assert part in facts
    assert record.person_values["contacts"].text() == "Ann Jones (mother, parent/carer) · 07700\u00a0900123"
    assert record.person_values["born"].text() == "04/03/2010 (aged 16)"


def test_timers_show_state_due_time_and_a_countdown_that_moves_with_the_clock(qtbot, record, clock):
    row = record.timers_panel.row("custody_attendance")
    assert row.chip.text() == "Running"
    assert row.due_label.text() == "Due Mon 15/06 11:30 BST"
    assert row.countdown_label.text() == "1 h 30 min left"
    assert "Custody attendance: running" in row.chip.toolTip()
    assert not row.explanation.isVisible()
    qtbot.mouseClick(row.why_button, Qt.MouseButton.LeftButton)
    assert row.explanation.isVisible() and "Due: Mon 15 Jun 2026 11:30 BST" in row.explanation.text()
    # The other rules of the pathway are there too, in words.
    assert record.timers_panel.row("parent_meeting").chip.text() == "Not started"
    assert record.timers_panel.row("mash_referral").chip.text() == "Does not apply"  # lives in the area

    clock.advance(timedelta(minutes=80, seconds=15))
    record.tick()
    assert row.countdown_label.text() == "9 min 45 s left"


def test_a_live_timer_passing_its_due_time_shows_overdue_and_reloads(qtbot, record, clock):
    row = record.timers_panel.row("custody_attendance")
    clock.advance(timedelta(minutes=95))
    with qtbot.waitSignal(record.loaded, timeout=5000):
        record.tick()
    settle(qtbot, record)
    row = record.timers_panel.row("custody_attendance")
    assert row.chip.text() == "Breached"
    assert row.countdown_label.text() == "Overdue by 5 min 00 s"


def test_recording_custody_attended_through_the_dialog_turns_the_timer_met_at_once(qtbot, record, clock):
    clock.advance(timedelta(minutes=35))
    dlg = record.open_event_dialog()
    assert isinstance(dlg, EventDialog) and dlg.isVisible()
    dlg.set_kind("custody_attended")
    dlg.field("outcome_of_visit").setCurrentIndex(dlg.field("outcome_of_visit").findData("engaged"))
    submit_and_reload(qtbot, record, dlg)
    row = record.timers_panel.row("custody_attendance")
    assert row.chip.text() == "Met"
    assert row.countdown_label.text() == "Met 55 min before the due time"
    assert timeline_kinds(record)[0] == "custody_attended"
    assert record.timeline_model.data(record.timeline_model.index(0, Column.DETAILS)) == "Outcome of visit: Engaged"


def test_a_back_dated_event_takes_its_place_in_the_timeline_and_says_when_it_was_recorded(
        qtbot, ctx, world, record, clock):
    clock.advance(timedelta(hours=2))
    referrals.record_event(ctx, world.caseworker, record.referral_id, "note", note="Called the custody sergeant")
    record.reload()
    settle(qtbot, record)
    dlg = record.open_event_dialog()
    dlg.set_kind("custody_attended")
    dlg.time_edit.set_value(clock.now() - timedelta(minutes=50))  # 11:10 BST, inside the 90 minutes
    qtbot.keyClicks(dlg.note_edit, "Written up late")
    submit_and_reload(qtbot, record, dlg)
    assert timeline_kinds(record)[:3] == ["note", "custody_attended", "assigned"]
    model = record.timeline_model
    assert model.data(model.index(1, Column.WHEN)) == "15/06/2026 11:10"
    assert model.data(model.index(1, Column.RECORDED)) == "casey, at 15/06/2026 12:00"
    assert record.timers_panel.row("custody_attendance").chip.text() == "Met"


def test_ctrl_e_opens_the_event_dialog(qtbot, record):
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow, timeout=2000)
    record.timeline.setFocus()
    qtbot.keyClick(record.timeline, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(record.dialog, EventDialog) and record.dialog.isVisible()
    assert "Ctrl+E" in record.record_button.toolTip()


def test_embedded_in_a_shell_the_record_leaves_the_keys_to_the_shell(qtbot, ctx, world, detail):
    rec = ReferralRecord(ctx, world.caseworker, detail.id, shortcuts=False)
    qtbot.addWidget(rec)
    assert rec.record_action.shortcut().isEmpty() and rec.refresh_action.shortcut().isEmpty()
    assert rec.record_action not in rec.actions()
    qtbot.waitUntil(lambda: rec.data is not None and not rec.busy, timeout=5000)


# --- stage moves ----------------------------------------------------------------------------------

def test_move_buttons_are_exactly_the_moves_the_pathway_allows(qtbot, ctx, record):
    pathway = ctx.pathways.get("act_now")
    assert set(record.move_buttons) == set(pathway.allowed_moves("custody")) == {"engagement", "criminal_justice"}
    assert record.move_buttons["engagement"].text() == "Engaging family"
    with qtbot.waitSignal(record.loaded, timeout=5000):
        qtbot.mouseClick(record.move_buttons["engagement"], Qt.MouseButton.LeftButton)
    settle(qtbot, record)
    assert record.detail.stage == "engagement"
    assert set(record.move_buttons) == set(pathway.allowed_moves("engagement"))
    assert record.status_label.text() == "Act Now · Engaging family · Open"
    assert timeline_kinds(record)[0] == "stage_moved"


def test_a_move_made_meanwhile_by_someone_else_is_a_conflict_not_an_overwrite(qtbot, ctx, world, record):
    # GIVEN the team lead moves the referral to the criminal-justice route while the record is open
    referrals.move_stage(ctx, world.team_lead, record.referral_id, "criminal_justice")
    # WHEN the caseworker, still looking at "In custody", moves it to engagement
    qtbot.mouseClick(record.move_buttons["engagement"], Qt.MouseButton.LeftButton)
    settle(qtbot, record)
    # THEN nothing is saved, and the record says so in words, with a reload
    assert referrals.get_referral(ctx, world.caseworker, record.referral_id).stage == "criminal_justice"
    assert record.banner.isVisible() and record.banner.kind == "conflict"
    assert "Someone else changed this referral" in record.banner.label.text()
    assert "Nothing was saved" in record.banner.label.text()
    assert record.banner.button.text() == "&Reload"
    with qtbot.waitSignal(record.loaded, timeout=5000):
        qtbot.mouseClick(record.banner.button, Qt.MouseButton.LeftButton)
    settle(qtbot, record)
    assert not record.banner.isVisible()
    assert record.detail.stage == "criminal_justice"
    assert set(record.move_buttons) == {"engagement"}


# --- assign and close -----------------------------------------------------------------------------

def test_assigning_through_the_dialog(qtbot, record):
    dlg = record.open_assign_dialog()
    assert isinstance(dlg, AssignDialog)
    qtbot.waitUntil(lambda: dlg.loaded, timeout=5000)
    users = [dlg.user_combo.itemData(i) for i in range(dlg.user_combo.count())]
    assert users == ["casey", "tl"]
    dlg.user_combo.setCurrentIndex(dlg.user_combo.findData("tl"))
    submit_and_reload(qtbot, record, dlg)
    assert record.detail.assigned_to == "tl"
    assert "Assigned to tl" in record.facts_label.text()


def test_a_close_made_over_someone_elses_change_keeps_the_choice_and_saves_once_reloaded(
        qtbot, ctx, world, record):
    dlg = record.open_close_dialog()
    assert isinstance(dlg, CloseReferralDialog)
    outcomes = [dlg.outcome_combo.itemData(i) for i in range(1, dlg.outcome_combo.count())]
    assert outcomes == list(ctx.pathways.get("act_now").outcomes)
    dlg.outcome_combo.setCurrentIndex(dlg.outcome_combo.findData("referred_on"))
    referrals.move_stage(ctx, world.team_lead, record.referral_id, "engagement")  # meanwhile, still casey's
    with qtbot.waitSignal(record.loaded, timeout=5000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, record)
    assert dlg.isVisible() and dlg.outcome_combo.currentData() == "referred_on"
    assert "Someone else changed this referral" in dlg.form_error.text()
    assert referrals.get_referral(ctx, world.caseworker, record.referral_id).closed_at is None
    assert "Engaging family" in record.status_label.text()  # the record shows their change
    submit_and_reload(qtbot, record, dlg)
    assert record.detail.outcome == "referred_on"
    assert record.status_label.text().startswith("Act Now · Closed")
    assert not record.record_button.isEnabled() and not record.move_buttons
    assert record.note_button.isEnabled()  # notes can still be added


# --- the timeline ---------------------------------------------------------------------------------

def test_a_voided_event_stays_struck_through_with_its_reason_and_the_timer_re_times(
        qtbot, ctx, world, record):
    attended = referrals.record_event(ctx, world.caseworker, record.referral_id, "custody_attended")
    record.reload()
    settle(qtbot, record)
    assert record.timers_panel.row("custody_attendance").chip.text() == "Met"
    record.select_event(attended.id)
    assert record.void_button.isEnabled()
    dlg = record.open_void_dialog()
    assert isinstance(dlg, VoidEventDialog)
    qtbot.keyClicks(dlg.reason_edit, "wrong young person")
    submit_and_reload(qtbot, record, dlg)
    model = record.timeline_model
    row = model.row_of(attended.id)
    assert model.data(model.index(row, Column.EVENT)) == "Custody attended (void)"
    assert model.data(model.index(row, Column.EVENT), Qt.ItemDataRole.FontRole).strikeOut()
    assert "Void: wrong young person" in model.data(model.index(row, Column.DETAILS))
    assert record.timers_panel.row("custody_attendance").chip.text() == "Running"
    record.select_event(attended.id)
    assert not record.void_button.isEnabled() and not record.correct_button.isEnabled()


def test_a_correction_points_back_at_the_event_it_corrects(qtbot, ctx, world, record):
    attended = referrals.record_event(ctx, world.caseworker, record.referral_id, "custody_attended",
                                      details={"outcome_of_visit": "declined"})
    record.reload()
    settle(qtbot, record)
    record.select_event(attended.id)
    dlg = record.open_correct_dialog()
    dlg.field("outcome_of_visit").setCurrentIndex(dlg.field("outcome_of_visit").findData("engaged"))
    submit_and_reload(qtbot, record, dlg)
    model = record.timeline_model
    labels = [model.data(model.index(r, Column.EVENT)) for r in range(model.rowCount())]
    assert f"Custody attended — corrects #{attended.id}" in labels
    assert "Custody attended (void)" in labels


def test_system_events_cannot_be_voided_from_the_timeline(qtbot, record):
    assigned = next(e for e in record.detail.events if e.kind == "assigned")
    record.select_event(assigned.id)
    assert not record.void_button.isEnabled()
    assert "moving, assigning or closing" in record.event_detail.text()


# --- breaches -------------------------------------------------------------------------------------

def test_giving_a_breach_reason(qtbot, ctx, world, detail, clock):
    clock.advance(timedelta(hours=2))
    sla.run_sweep(ctx)
    rec = open_record(qtbot, ctx, world.caseworker, detail.id)
    [breach] = rec.data.breaches
    label, button = rec.breach_rows[breach.id]
    assert rec.breaches_box.isVisible()
    assert "Custody attendance" in label.text() and "Reason needed" in label.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dlg = rec.dialog
    assert isinstance(dlg, BreachReasonDialog)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)
    assert dlg.errors.current == "category"  # nothing chosen yet
    dlg.category_combo.setCurrentIndex(dlg.category_combo.findData("custody_access_delayed"))
    qtbot.keyClicks(dlg.text_edit, "Suite was locked down for an hour")
    submit_and_reload(qtbot, rec, dlg)
    [after] = sla.list_breaches(ctx, world.caseworker, referral_id=detail.id)
    assert (after.reason_category, after.reason_text, after.review_state) == (
        "custody_access_delayed", "Suite was locked down for an hour", "awaiting_review")
    label, button = rec.breach_rows[after.id]
    assert "Access to custody was delayed" in label.text() and "Awaiting review" in label.text()
    assert button.text() == "Change reason…"


def test_no_breaches_no_breach_section(record):
    assert not record.breaches_box.isVisible()


# --- interventions --------------------------------------------------------------------------------

def test_intact_interventions_and_sessions_are_summed_up_from_the_events(qtbot, ctx, world):
    detail = referrals.create_referral(ctx, world.caseworker, referrals.NewReferral(
        pathway="intact", source="marf", person=young_person(date_of_birth=date(2012, 4, 9)), site="carmarthen",
        assigned_to="casey"))
    for kind, details in (("intervention_chosen", {"type": "group", "programme": "Boxing"}),
                          ("session_attended", {"programme": "Boxing"}),
                          ("session_attended", {"programme": "Boxing"}),
                          ("session_missed", {"programme": "Boxing", "reason": "ill"})):
        referrals.record_event(ctx, world.caseworker, detail.id, kind, details=details)
    rec = open_record(qtbot, ctx, world.caseworker, detail.id)
    assert rec.interventions_box.isVisible()
    text = rec.interventions_label.text()
    assert "Group — Boxing, chosen 15/06/2026" in text
    assert "Sessions: 2 attended, 1 missed." in text
    assert "(ill)" in text


def test_act_now_has_no_interventions_section(record):
    assert not record.interventions_box.isVisible()


# --- the person -----------------------------------------------------------------------------------

def test_editing_the_person_saves_with_the_version_read(qtbot, ctx, world, record):
    dlg = record.open_person_editor()
    assert isinstance(dlg, PersonEditorDialog)
    dlg.fields.postcode_edit.clear()
    qtbot.keyClicks(dlg.fields.postcode_edit, "mk10 1ab")
    submit_and_reload(qtbot, record, dlg)
    assert record.person_values["postcode"].text() == "MK10 1AB"


def test_a_person_edit_over_someone_elses_shows_what_they_changed_and_keeps_typing(qtbot, ctx, world, record):
    dlg = record.open_person_editor()
    qtbot.keyClicks(dlg.fields.pnc_edit, "nonsense")
    dlg.fields.pnc_edit.clear()
    dlg.fields.postcode_edit.clear()
    qtbot.keyClicks(dlg.fields.postcode_edit, "MK10 1AB")
    # Meanwhile the team lead corrects the given name.
    person = record.detail.person
    people.update_person(ctx, world.team_lead, person.id, person.version, given_name="Samuel")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.theirs is not None, timeout=5000)
    assert dlg.conflict_box.isVisible()
    assert "Given name: Sam → Samuel" in dlg.conflict_label.text()
    assert dlg.fields.postcode_edit.text() == "MK10 1AB"  # kept until the user chooses
    assert people.get_person(ctx, world.caseworker, person.id).postcode == "MK9 2AA"
    # Keep mine: their name change is taken in, my postcode stays, and saving writes both.
    qtbot.mouseClick(dlg.keep_mine_button, Qt.MouseButton.LeftButton)
    assert dlg.fields.given_edit.text() == "Samuel"
    submit_and_reload(qtbot, record, dlg)
    saved = people.get_person(ctx, world.caseworker, person.id)
    assert (saved.given_name, saved.postcode) == ("Samuel", "MK10 1AB")
    assert record.name_label.text() == "Samuel Jones, 16"


def test_use_their_version_drops_the_typing(qtbot, ctx, world, record):
    dlg = record.open_person_editor()
    dlg.fields.postcode_edit.clear()
    qtbot.keyClicks(dlg.fields.postcode_edit, "MK10 1AB")
    person = record.detail.person
    people.update_person(ctx, world.team_lead, person.id, person.version, postcode="SL1 1AA")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.theirs is not None, timeout=5000)
    qtbot.mouseClick(dlg.use_theirs_button, Qt.MouseButton.LeftButton)
    assert dlg.fields.postcode_edit.text() == "SL1 1AA"
    assert not dlg.conflict_box.isVisible() and not dlg.dirty


# --- keyboard and names ---------------------------------------------------------------------------

def test_every_control_of_the_record_has_an_accessible_name(record):
    from ui.qt import QPushButton, QTableView, QToolButton
    controls = record.findChildren(QPushButton) + record.findChildren(QToolButton) + record.findChildren(QTableView)
    assert len(controls) > 10
    unnamed = [c.text() if hasattr(c, "text") else c for c in controls if not c.accessibleName()]
    assert unnamed == []


def test_tab_goes_from_the_actions_through_the_timers_to_the_timeline(record):
    from .test_intake import tab_chain
    chain = tab_chain(record, record.record_button, 80)
    order = [record.note_button, record.assign_button, record.close_button, record.move_buttons["engagement"],
             record.timers_panel.row("custody_attendance").why_button, record.edit_person_button, record.timeline]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)


def test_a_periodic_reload_does_not_quietly_move_an_open_dialog_onto_the_newer_version(qtbot, ctx, world, record):
    dlg = record.open_close_dialog()
    dlg.outcome_combo.setCurrentIndex(dlg.outcome_combo.findData("completed"))
    referrals.move_stage(ctx, world.team_lead, record.referral_id, "engagement")
    with qtbot.waitSignal(record.loaded, timeout=5000):
        record.reload()  # as the reconcile timer would
    with qtbot.waitSignal(record.loaded, timeout=5000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "Someone else changed this referral" in dlg.form_error.text()
    assert referrals.get_referral(ctx, world.caseworker, record.referral_id).closed_at is None
