"""New referral forms, driven through their widgets: one form per source, fields from the pathway file,
inline validation that keeps everything typed, and possible matches before a new person is saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casework.services import referrals, sla
from casework.store.models import Person
from tests.core.factories import act_now, young_person
from ui.field_widgets import ChoiceInput, FormDialog, CountInput, LongTextInput, MultiInput, TextInput, YesNoInput
from ui.intake import IntakeDialog, intake_choices
from ui.intake_matches import MatchesPanel
from ui.qt import QWidget, Qt
from ui.theme import marked_invalid


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    """Closing a dialog with typing in it asks first; at teardown nobody is there to answer."""
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def open_form(qtbot, ctx, actor, pathway: str, source: str) -> IntakeDialog:
    dlg = IntakeDialog(ctx, actor, pathway, source)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.ready, timeout=5000)
    return dlg


@pytest.fixture
def custody_form(qtbot, ctx, world) -> IntakeDialog:
    return open_form(qtbot, ctx, world.caseworker, "act_now", "custody")


def type_person(qtbot, dlg: IntakeDialog, given="Sam", family="Jones", dob="04/03/2010") -> None:
    fields = dlg.person_fields
    qtbot.keyClicks(fields.given_edit, given)
    qtbot.keyClicks(fields.family_edit, family)
    qtbot.keyClicks(fields.dob_edit, dob)


def save(qtbot, dlg: IntakeDialog):
    """Press Save and wait for the core to answer either way."""
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=5000)


def person_count(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Person.id)))


# --- one form per source --------------------------------------------------------------------------

def test_there_is_a_form_for_each_pathway_source(ctx):
    choices = {(c.pathway, c.source) for c in intake_choices(ctx.pathways)}
    assert choices == {("act_now", "custody"), ("intact", "marf"), ("ae_navigator", "emergency_department")}


def test_open_intake_shows_the_form_without_blocking(qtbot, ctx, world):
    from ui.intake import open_intake
    dlg = open_intake(ctx, world.caseworker, "intact", "marf")
    qtbot.addWidget(dlg)
    assert dlg.isVisible() and dlg.windowTitle() == "New referral — MARF — Casework"
    qtbot.waitUntil(lambda: dlg.ready, timeout=5000)


def test_each_form_builds_its_first_event_fields_from_the_pathway_file(qtbot, ctx, world):
    custody = open_form(qtbot, ctx, world.caseworker, "act_now", "custody")
    assert set(custody.detail_inputs) == {"offence", "custody_reference"}
    assert all(isinstance(w, TextInput) for w in custody.detail_inputs.values())

    marf = open_form(qtbot, ctx, world.caseworker, "intact", "marf")
    assert isinstance(marf.detail_inputs["concerns"], LongTextInput)
    assert all(isinstance(marf.detail_inputs[n], YesNoInput) for n in ("low_level", "risk_of_serious_violence", "consent"))
    assert marf.detail_inputs["low_level"].itemText(0) == "Not known"  # not answered is not "no"

    ed = open_form(qtbot, ctx, world.caseworker, "ae_navigator", "emergency_department")
    assert isinstance(ed.detail_inputs["injury_type"], ChoiceInput)
    assert ed.detail_inputs["injury_type"].findText("Stab wound") > 0  # codes in words
    assert isinstance(ed.detail_inputs["presenting_issues"], MultiInput)
    assert isinstance(ed.detail_inputs["previous_attendances"], CountInput)
    assert ed.windowTitle().startswith("New referral — ED attendance")


def test_site_lists_only_the_sites_of_the_source_kind(qtbot, ctx, world, custody_form):
    codes = [custody_form.site_combo.itemData(i) for i in range(custody_form.site_combo.count())]
    assert codes == [None, "mk-custody"]
    assert custody_form.site_combo.currentData() == "mk-custody"  # the only one is chosen
    ed = open_form(qtbot, ctx, world.caseworker, "ae_navigator", "emergency_department")
    assert [ed.site_combo.itemData(i) for i in range(ed.site_combo.count())] == [None, "lgi-ed"]


def test_team_and_worker_default_to_the_signed_in_caseworker(custody_form):
    assert custody_form.team_combo.currentData() == "YOT Milton Keynes"
    assert custody_form.assign_combo.currentData() == "casey"
    workers = {custody_form.assign_combo.itemData(i) for i in range(custody_form.assign_combo.count())}
    assert workers == {None, "casey", "tl"}  # the manager and admin are not caseworkers


# --- saving ---------------------------------------------------------------------------------------

def test_a_custody_notification_typed_in_is_saved_with_its_event_and_a_running_custody_timer(
        qtbot, ctx, world, clock, custody_form):
    dlg = custody_form
    # GIVEN a custody notification 10 minutes ago, typed in field by field
    notified = clock.now() - timedelta(minutes=10)
    dlg.time_edit.set_value(notified)
    qtbot.keyClicks(dlg.detail_inputs["offence"], "Possession of a bladed article")
    qtbot.keyClicks(dlg.detail_inputs["custody_reference"], "MK/26/1187")
    type_person(qtbot, dlg)
    qtbot.keyClicks(dlg.person_fields.la_combo.lineEdit(), "Slough")
    qtbot.keyClicks(dlg.person_fields.postcode_edit, "sl1 1aa")
    qtbot.mouseClick(dlg.contacts.add_button, Qt.MouseButton.LeftButton)
    row = dlg.contacts.rows[0]
    qtbot.keyClicks(row.name, "Ann Jones")
    qtbot.keyClicks(row.relationship.lineEdit(), "mother")
    qtbot.keyClicks(row.phone, "07700 900123")

    # WHEN Enter is pressed in the last field
    with qtbot.waitSignal(dlg.created, timeout=5000) as created:
        qtbot.keyClick(dlg.person_fields.nhs_edit, Qt.Key.Key_Return)

    # THEN the referral, its person and contact, and its custody_notified event are saved...
    detail = created.args[0]
    assert (detail.pathway, detail.source, detail.site, detail.team, detail.assigned_to) == (
        "act_now", "custody", "Milton Keynes custody suite", "YOT Milton Keynes", "casey")
    assert detail.received_at == notified.replace(second=0, microsecond=0)
    person = detail.person
    assert (person.full_name, person.date_of_birth, person.home_local_authority, person.postcode) == (
        "Sam Jones", date(2010, 3, 4), "Slough", "SL1 1AA")
    assert [(c.name, c.relationship, c.phone, c.is_parent_carer) for c in person.contacts] == [
        ("Ann Jones", "mother", "07700 900123", True)]
    first = detail.events[0]
    assert first.kind == "custody_notified"
    assert first.details == {"offence": "Possession of a bladed article", "custody_reference": "MK/26/1187"}
    # ... and the custody timer runs from the time notified, 90 minutes.
    custody = next(t for t in sla.explain(ctx, world.caseworker, detail.id) if t.rule_id == "custody_attendance")
    assert custody.state == "running"
    assert custody.due_at == detail.received_at + timedelta(minutes=90)
    assert dlg.result() == dlg.DialogCode.Accepted


def test_an_ed_attendance_saves_choices_several_issues_yes_no_and_a_count(qtbot, ctx, world):
    dlg = open_form(qtbot, ctx, world.caseworker, "ae_navigator", "emergency_department")
    # The team is the caseworker's own, shown and not chosen: the core takes referrals in for it only.
    assert (dlg.team_combo.currentData(), dlg.team_combo.isEnabled(), dlg.team_combo.count()) == \
        ("YOT Milton Keynes", False, 1)
    inputs = dlg.detail_inputs
    inputs["injury_type"].setCurrentIndex(inputs["injury_type"].findData("stab_wound"))
    qtbot.keyClick(inputs["presenting_issues"].boxes["violence"], Qt.Key.Key_Space)
    inputs["presenting_issues"].boxes["housing"].setChecked(True)
    inputs["known_to_services"].setCurrentIndex(inputs["known_to_services"].findData(True))
    inputs["previous_attendances"].selectAll()
    qtbot.keyClicks(inputs["previous_attendances"], "2")
    type_person(qtbot, dlg, "Aisha", "Rahman", "12/12/2007")
    with qtbot.waitSignal(dlg.created, timeout=5000) as created:
        save(qtbot, dlg)
    detail = created.args[0]
    assert detail.events[0].kind == "ed_attendance"
    assert detail.events[0].details == {"injury_type": "stab_wound", "presenting_issues": ["violence", "housing"],
                                        "known_to_services": True, "previous_attendances": 2}
    assert detail.team == "YOT Milton Keynes" and detail.assigned_to == "casey"  # taken in by casey, for casey


def test_a_marf_keeps_not_known_answers_out_of_the_record(qtbot, ctx, world):
    dlg = open_form(qtbot, ctx, world.caseworker, "intact", "marf")
    qtbot.keyClicks(dlg.detail_inputs["referring_agency"], "Carmarthenshire schools")
    qtbot.keyClicks(dlg.detail_inputs["concerns"], "Carrying a knife to school")
    dlg.detail_inputs["risk_of_serious_violence"].setCurrentIndex(1)  # Yes
    type_person(qtbot, dlg, "Aled", "Pritchard", "09/04/2012")
    with qtbot.waitSignal(dlg.created, timeout=5000) as created:
        save(qtbot, dlg)
    assert created.args[0].events[0].details == {
        "referring_agency": "Carmarthenshire schools", "concerns": "Carrying a knife to school",
        "risk_of_serious_violence": True}


# --- validation -----------------------------------------------------------------------------------

def _typed(dlg: IntakeDialog) -> dict:
    f = dlg.person_fields
    return {"given": f.given_edit.text(), "family": f.family_edit.text(), "dob": f.dob_edit.text(),
            "nhs": f.nhs_edit.text(), "offence": dlg.detail_inputs["offence"].text(),
            "contact": dlg.contacts.rows[0].name.text() if dlg.contacts.rows else None}


def test_a_future_date_of_birth_marks_the_field_says_why_and_keeps_everything_typed(qtbot, ctx, custody_form):
    dlg = custody_form
    qtbot.keyClicks(dlg.detail_inputs["offence"], "Robbery with a knife")
    type_person(qtbot, dlg, dob="01/01/2030")
    qtbot.mouseClick(dlg.contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.contacts.rows[0].name, "Ann Jones")
    before = _typed(dlg)

    save(qtbot, dlg)

    assert dlg.errors.current == "date_of_birth"
    message = dlg.person_fields.error_labels["date_of_birth"]
    assert message.isVisible() and "future" in message.text()
    assert "Date of birth" in dlg.form_error.text()
    assert dlg.person_fields.dob_edit.hasFocus() or not dlg.isActiveWindow()
    assert marked_invalid(dlg.person_fields.dob_edit)  # its frame drawn as an invalid field's
    assert _typed(dlg) == before
    assert dlg.isVisible() and person_count(ctx) == 0


def test_a_bad_nhs_number_marks_that_field(qtbot, ctx, custody_form):
    dlg = custody_form
    type_person(qtbot, dlg)
    qtbot.keyClicks(dlg.person_fields.nhs_edit, "123 456 7890")
    save(qtbot, dlg)
    assert dlg.errors.current == "nhs_number"
    assert "check digit" in dlg.person_fields.error_labels["nhs_number"].text()
    assert dlg.person_fields.nhs_edit.text() == "123 456 7890"
    # Putting it right clears the mark and saves.
    dlg.person_fields.nhs_edit.clear()
    qtbot.keyClicks(dlg.person_fields.nhs_edit, "943 476 5919")
    with qtbot.waitSignal(dlg.created, timeout=5000):
        save(qtbot, dlg)
    assert not dlg.person_fields.error_labels["nhs_number"].has_error


def test_a_date_that_is_not_one_is_caught_before_the_core_is_asked(qtbot, ctx, custody_form, monkeypatch):
    monkeypatch.setattr(referrals, "create_referral", lambda *a: pytest.fail("should not be called"))
    type_person(qtbot, custody_form, dob="31/02/2010")
    save(qtbot, custody_form)
    assert custody_form.errors.current == "date_of_birth"
    assert "no such date" in custody_form.person_fields.error_labels["date_of_birth"].text()


def test_a_bad_contact_phone_marks_that_row(qtbot, ctx, custody_form):
    dlg = custody_form
    type_person(qtbot, dlg)
    for name in ("Ann Jones", "Bob Jones"):
        qtbot.mouseClick(dlg.contacts.add_button, Qt.MouseButton.LeftButton)
        row = dlg.contacts.rows[-1]
        qtbot.keyClicks(row.name, name)
        qtbot.keyClicks(row.relationship.lineEdit(), "parent")
    qtbot.keyClicks(dlg.contacts.rows[1].phone, "call me")
    save(qtbot, dlg)
    assert dlg.errors.current == "contacts[1].phone"
    assert dlg.contacts.rows[1].error.isVisible()
    assert not dlg.contacts.rows[0].error.isVisible()
    assert "Contact 2 phone" in dlg.form_error.text()


def test_removing_a_contact_row_renumbers_the_rest(qtbot, custody_form):
    contacts = custody_form.contacts
    for _ in range(3):
        qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(contacts.rows[2].name, "Third")
    qtbot.mouseClick(contacts.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(contacts.rows) == 2
    assert contacts.rows[1].name.text() == "Third"
    assert contacts.rows[1].name.accessibleName() == "Contact 2 name"
    assert "contacts[1].name" in custody_form.errors.names() and "contacts[2].name" not in custody_form.errors.names()


def test_age_outside_the_pathway_names_the_date_of_birth(qtbot, ctx, custody_form):
    type_person(qtbot, custody_form, dob="04/03/2000")  # 26: Act Now is for 10-17
    save(qtbot, custody_form)
    assert custody_form.errors.current == "date_of_birth"
    assert "ages 10-17" in custody_form.person_fields.error_labels["date_of_birth"].text()


def test_a_future_time_notified_marks_the_time(qtbot, ctx, clock, custody_form):
    custody_form.time_edit.set_value(clock.now() + timedelta(hours=2))
    type_person(qtbot, custody_form)
    save(qtbot, custody_form)
    assert custody_form.errors.current == "received_at"
    assert "future" in custody_form.form_error.text()


# --- leaving --------------------------------------------------------------------------------------

def test_escape_asks_before_throwing_away_typing(qtbot, custody_form):
    asked = []
    custody_form.confirm_discard = lambda: asked.append(True) or False
    qtbot.keyClicks(custody_form.person_fields.given_edit, "Sam")
    qtbot.keyClick(custody_form, Qt.Key.Key_Escape)
    assert asked and custody_form.isVisible()
    assert custody_form.person_fields.given_edit.text() == "Sam"
    custody_form.confirm_discard = lambda: True
    qtbot.keyClick(custody_form, Qt.Key.Key_Escape)
    assert not custody_form.isVisible()


def test_escape_on_an_untouched_form_just_closes(qtbot, custody_form):
    custody_form.confirm_discard = lambda: pytest.fail("nothing typed, nothing to ask")
    qtbot.keyClick(custody_form, Qt.Key.Key_Escape)
    assert not custody_form.isVisible()


# --- possible matches -----------------------------------------------------------------------------

def wait_for_matches(qtbot, dlg: IntakeDialog) -> MatchesPanel:
    qtbot.waitUntil(lambda: not dlg.matching_busy and dlg.matches.state not in (MatchesPanel.SEARCHING,),
                    timeout=5000)
    return dlg.matches


def test_a_known_person_with_the_same_birthday_and_a_similar_name_is_shown_with_their_open_pathway(
        qtbot, ctx, world, custody_form):
    planted = act_now(ctx, world.caseworker, person=young_person(given_name="Samuel"))
    dlg = custody_form
    assert dlg.matches.state == MatchesPanel.IDLE
    type_person(qtbot, dlg, given="Sam", family="Jones", dob="04/03/2010")
    panel = wait_for_matches(qtbot, dlg)
    assert panel.state == MatchesPanel.FOUND
    [card] = panel.cards
    assert card.match.person.id == planted.person.id
    texts = [label.text() for label in card.referral_labels]
    assert any("Open on Act Now" in t and "In custody" in t for t in texts)
    assert card.why_label.text() == "Same date of birth and a similar name"


def test_use_this_person_links_the_new_referral_to_them(qtbot, ctx, world, custody_form):
    planted = act_now(ctx, world.caseworker, person=young_person(given_name="Samuel"))
    referrals.close_referral(ctx, world.caseworker, planted.id, "completed")
    dlg = custody_form
    type_person(qtbot, dlg, given="Sam", family="Jones", dob="04/03/2010")
    card = wait_for_matches(qtbot, dlg).card_for(planted.person.id)
    assert card is not None
    qtbot.mouseClick(card.use_button, Qt.MouseButton.LeftButton)
    assert dlg.existing_banner.isVisible() and "Samuel Jones" in dlg.existing_label.text()
    assert not dlg.contacts_box.isVisible()
    assert dlg.person_fields.given_edit.text() == "Sam"  # what was typed stays, in case they change their mind
    people_before = person_count(ctx)

    with qtbot.waitSignal(dlg.created, timeout=5000) as created:
        save(qtbot, dlg)

    assert created.args[0].person.id == planted.person.id
    assert person_count(ctx) == people_before


def test_carrying_on_with_a_new_person_after_choosing_one(qtbot, ctx, world, custody_form):
    planted = act_now(ctx, world.caseworker)
    dlg = custody_form
    type_person(qtbot, dlg, given="Sam", family="Jones", dob="04/03/2010")
    card = wait_for_matches(qtbot, dlg).card_for(planted.person.id)
    qtbot.mouseClick(card.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.new_person_button, Qt.MouseButton.LeftButton)
    assert dlg.chosen is None and not dlg.existing_banner.isVisible()
    with qtbot.waitSignal(dlg.created, timeout=5000) as created:
        save(qtbot, dlg)
    assert created.args[0].person.id != planted.person.id


def test_an_identifier_alone_finds_the_person(qtbot, ctx, world, custody_form):
    planted = act_now(ctx, world.caseworker, person=young_person(nhs_number="9434765919"))
    qtbot.keyClicks(custody_form.person_fields.nhs_edit, "943 476 5919")
    panel = wait_for_matches(qtbot, custody_form)
    assert [c.match.person.id for c in panel.cards] == [planted.person.id]


def test_nobody_matching_says_so(qtbot, ctx, world, custody_form):
    act_now(ctx, world.caseworker)
    type_person(qtbot, custody_form, given="Priya", family="Shah", dob="04/03/2010")
    assert wait_for_matches(qtbot, custody_form).state == MatchesPanel.NONE


# --- keyboard -------------------------------------------------------------------------------------

def tab_chain(dlg: QWidget, start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [], start
    while len(chain) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.isVisibleTo(dlg) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.focusProxy() is None:
            chain.append(widget)
    return chain


def test_tab_goes_through_the_form_in_reading_order(qtbot, custody_form):
    dlg = custody_form
    chain = tab_chain(dlg, dlg.site_combo, 60)
    f = dlg.person_fields
    order = [dlg.time_edit.edit, dlg.detail_inputs["offence"], dlg.detail_inputs["custody_reference"],
             dlg.assign_combo, f.given_edit, f.family_edit, f.dob_edit, f.gender_combo,
             f.la_combo, f.postcode_edit, f.pnc_edit, f.nhs_edit, dlg.contacts.add_button, dlg.note_edit,
             dlg.save_button]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)


def test_every_field_has_a_label_with_a_mnemonic_and_an_accessible_name(qtbot, custody_form):
    from ui.qt import QLabel
    labels = [label for label in custody_form.findChildren(QLabel) if label.buddy() is not None]
    letters = [label.text()[label.text().index("&") + 1].lower() for label in labels if "&" in label.text()]
    assert len(labels) >= 14 and len(letters) == len(labels)
    assert len(set(letters)) == len(letters)  # no two Alt+letters alike
    for label in labels:
        assert label.buddy().accessibleName()
