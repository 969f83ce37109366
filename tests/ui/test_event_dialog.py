"""Recording an event through the dialog: fields from the pathway file, UK time with back-dating,
inline errors that keep what was typed, corrections and voids."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from casework.services import referrals, sla
from casework.timeutil import LONDON
from tests.core.factories import act_now, young_person
from ui.event_dialog import EventDialog, VoidEventDialog, recordable_kinds
from ui.field_widgets import ChoiceInput, FormDialog, TextInput, YesNoInput
from ui.qt import QDateTimeEdit, Qt


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def open_dialog(qtbot, ctx, actor, detail, **kwargs) -> EventDialog:
    dlg = EventDialog(ctx, actor, detail, **kwargs)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def submit(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)


def timer(ctx, actor, referral_id, rule_id):
    return next(t for t in sla.explain(ctx, actor, referral_id) if t.rule_id == rule_id)


def intact_referral(ctx, actor):
    return referrals.create_referral(ctx, actor, referrals.NewReferral(
        pathway="intact", source="marf", person=young_person(given_name="Aled", date_of_birth=datetime(2012, 4, 9).date()),
        site="carmarthen", assigned_to=actor.username))


def test_the_kinds_offered_are_the_pathways_own_not_system_ones(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    offered = [dlg.kind_combo.itemData(i) for i in range(dlg.kind_combo.count())]
    assert offered == [k.id for k in recordable_kinds(ctx.pathways.get("act_now"))]
    assert "custody_attended" in offered
    assert not {"assigned", "stage_moved", "closed", "note"} & set(offered)


def test_fields_follow_the_chosen_kind_and_typing_survives_switching(qtbot, ctx, world):
    detail = intact_referral(ctx, world.caseworker)
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    dlg.set_kind("triage_decision")
    assert isinstance(dlg.field("threshold_met"), YesNoInput)
    assert dlg.field("threshold_met").itemText(0) == "Choose…"  # required: no "not known"
    assert isinstance(dlg.field("destination"), ChoiceInput)
    assert dlg.field("destination").findText("INTACT team") > 0
    dlg.set_kind("session_missed")
    assert isinstance(dlg.field("programme"), TextInput)
    qtbot.keyClicks(dlg.field("programme"), "Boxing")
    dlg.set_kind("triage_decision")
    dlg.set_kind("session_missed")
    assert dlg.field("programme").text() == "Boxing"


def test_recording_custody_attended_stops_the_custody_timer(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    clock.advance(timedelta(minutes=40))
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    dlg.set_kind("custody_attended")
    outcome = dlg.field("outcome_of_visit")
    outcome.setCurrentIndex(outcome.findData("engaged"))
    qtbot.keyClicks(dlg.note_edit, "Seen with an appropriate adult")
    with qtbot.waitSignal(dlg.saved, timeout=5000) as saved:
        submit(qtbot, dlg)
    event = saved.args[0]
    assert (event.kind, event.details, event.note) == ("custody_attended", {"outcome_of_visit": "engaged"},
                                                        "Seen with an appropriate adult")
    assert event.occurred_at == clock.now().replace(second=0, microsecond=0)
    assert timer(ctx, world.caseworker, detail.id, "custody_attendance").state == "met"


def test_a_back_dated_time_typed_in_uk_time_re_times_the_timers(qtbot, ctx, world, clock):
    # GIVEN custody notified at 10:00 BST; the worker records at 13:00 that they attended at 11:20
    detail = act_now(ctx, world.caseworker)
    clock.advance(timedelta(hours=3))
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    dlg.set_kind("custody_attended")
    edit = dlg.time_edit.edit
    assert edit.text() == "15/06/2026 13:00"  # now, in UK time (12:00 UTC)
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "11")
    edit.setSelectedSection(QDateTimeEdit.Section.MinuteSection)
    qtbot.keyClicks(edit, "20")
    assert dlg.time_edit.wall_clock() == datetime(2026, 6, 15, 11, 20)
    assert "BST" in dlg.time_edit.zone_label.text()
    with qtbot.waitSignal(dlg.saved, timeout=5000) as saved:
        submit(qtbot, dlg)
    # THEN the event is at 11:20 London time (10:20 UTC), recorded at 13:00, and the timer ran 80 minutes: met.
    event = saved.args[0]
    assert event.occurred_at == datetime(2026, 6, 15, 11, 20, tzinfo=LONDON)
    assert event.recorded_at == clock.now()
    custody = timer(ctx, world.caseworker, detail.id, "custody_attendance")
    assert custody.state == "met" and custody.stopped_at == event.occurred_at


def test_a_missing_required_field_is_marked_and_the_rest_kept(qtbot, ctx, world):
    detail = intact_referral(ctx, world.caseworker)
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    dlg.set_kind("triage_decision")
    dlg.field("destination").setCurrentIndex(dlg.field("destination").findData("intact_team"))
    qtbot.keyClicks(dlg.note_edit, "Discussed at the daily meeting")
    submit(qtbot, dlg)
    assert dlg.errors.current == "details.threshold_met"
    assert dlg.current_page().errors["threshold_met"].text() == "Required"
    assert dlg.field("destination").currentData() == "intact_team"
    assert dlg.note_edit.toPlainText() == "Discussed at the daily meeting"
    assert dlg.isVisible()
    # Answering it saves.
    dlg.field("threshold_met").setCurrentIndex(dlg.field("threshold_met").findData(True))
    with qtbot.waitSignal(dlg.saved, timeout=5000):
        submit(qtbot, dlg)


def test_a_time_in_the_future_or_before_the_referral_is_refused_at_the_time_field(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    dlg.set_kind("released_from_custody")
    dlg.time_edit.set_value(clock.now() + timedelta(hours=1))
    submit(qtbot, dlg)
    assert dlg.errors.current == "occurred_at"
    assert "future" in dlg.time_error.text()
    dlg.time_edit.set_value(clock.now() - timedelta(days=1))
    submit(qtbot, dlg)
    assert dlg.errors.current == "occurred_at"
    assert "before the referral was received" in dlg.time_error.text()


def test_a_note_needs_its_text(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail, kind="note")
    assert not dlg.kind_combo.isVisibleTo(dlg)
    submit(qtbot, dlg)
    assert dlg.errors.current == "note"
    qtbot.keyClicks(dlg.note_edit, "Mum rang back")
    with qtbot.waitSignal(dlg.saved, timeout=5000) as saved:
        submit(qtbot, dlg)
    assert (saved.args[0].kind, saved.args[0].note) == ("note", "Mum rang back")


def test_correcting_an_event_starts_from_it_and_voids_the_original(qtbot, ctx, world, clock):
    detail = act_now(ctx, world.caseworker)
    original = referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended",
                                      details={"outcome_of_visit": "declined"})
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail, correcting=original)
    assert dlg.kind == "custody_attended" and not dlg.kind_combo.isEnabled()
    assert dlg.field("outcome_of_visit").currentData() == "declined"
    assert not dlg.dirty
    dlg.field("outcome_of_visit").setCurrentIndex(dlg.field("outcome_of_visit").findData("engaged"))
    qtbot.keyClicks(dlg.reason_edit, "wrong outcome picked")
    with qtbot.waitSignal(dlg.saved, timeout=5000) as saved:
        submit(qtbot, dlg)
    copy = saved.args[0]
    assert copy.corrects_event_id == original.id and copy.details == {"outcome_of_visit": "engaged"}
    events = {e.id: e for e in referrals.get_referral(ctx, world.caseworker, detail.id).events}
    assert events[original.id].voided_at is not None and events[original.id].void_reason == "wrong outcome picked"


def test_voiding_needs_a_reason_and_re_times_the_timers(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    attended = referrals.record_event(ctx, world.caseworker, detail.id, "custody_attended")
    assert timer(ctx, world.caseworker, detail.id, "custody_attendance").state == "met"
    dlg = VoidEventDialog(ctx, world.caseworker, attended)
    qtbot.addWidget(dlg)
    dlg.show()
    submit(qtbot, dlg)
    assert dlg.errors.current == "reason"
    qtbot.keyClicks(dlg.reason_edit, "recorded on the wrong young person")
    with qtbot.waitSignal(dlg.saved, timeout=5000):
        qtbot.keyClick(dlg.reason_edit, Qt.Key.Key_Return)
    assert timer(ctx, world.caseworker, detail.id, "custody_attendance").state == "running"


def test_escape_asks_before_losing_typing(qtbot, ctx, world):
    detail = act_now(ctx, world.caseworker)
    dlg = open_dialog(qtbot, ctx, world.caseworker, detail)
    asked = []
    dlg.confirm_discard = lambda: asked.append(1) or False
    qtbot.keyClicks(dlg.note_edit, "half a thought")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked and dlg.isVisible() and dlg.note_edit.toPlainText() == "half a thought"
