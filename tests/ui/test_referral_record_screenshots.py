"""The intake forms, the referral record and its dialogs painted with realistic data (a check that
they render), and the screenshots for the README and for review:

    .venv/bin/python -m tests.ui.test_referral_record_screenshots [--all] [OUTPUT_DIR]

writes intake-custody.png, intake-marf.png, intake-ed.png, referral-record.png and, in the dark look,
intake-custody-error-dark.png (a refused save: the invalid field's border and message; default
docs/screenshots); ``--all`` adds the event dialog, a validation error, the INTACT record and a
person-edit conflict, for review. A throwaway SQLite database, a fixed clock, the sample referrals of
tests/ui/sample_data.py and one Act Now referral with a morning's events.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casework.clock import FixedClock  # noqa: E402
from casework.services import directory, people, referrals, sla  # noqa: E402
from casework.services.context import Context  # noqa: E402
from casework.services.people import ContactInput, PersonInput  # noqa: E402
from ui.event_dialog import EventDialog  # noqa: E402
from ui.field_widgets import FormDialog  # noqa: E402
from ui.intake import IntakeDialog  # noqa: E402
from ui.qt import QApplication, QWidget  # noqa: E402
from ui.referral_record import ReferralRecord  # noqa: E402
from ui.theme import DARK, LIGHT, apply_theme  # noqa: E402

from .sample_data import add_samples  # noqa: E402

PASSWORD = "correct-horse-battery"
NOW = datetime(2026, 6, 15, 9, 0, tzinfo=timezone.utc)  # 10:00 BST, a Monday
README_SHOTS = ("intake-custody.png", "intake-marf.png", "intake-ed.png", "referral-record.png")


def build_world(ctx, clock: FixedClock) -> dict[str, int]:
    clock.set(NOW - timedelta(hours=30))
    directory.create_first_admin(ctx, "admin", PASSWORD, "Ada Admin")
    admin = directory.authenticate(ctx, "admin", PASSWORD)
    directory.create_team(ctx, admin, "YOT Milton Keynes")
    directory.create_team(ctx, admin, "Leeds Navigators")
    directory.create_team(ctx, admin, "INTACT Carmarthenshire")
    directory.create_site(ctx, admin, "mk-custody", "Milton Keynes custody suite", "custody_suite", "Milton Keynes", "england")
    directory.create_site(ctx, admin, "slough-custody", "Slough custody suite", "custody_suite", "Slough", "england")
    directory.create_site(ctx, admin, "lgi-ed", "Leeds General Infirmary ED", "hospital_ed", "Leeds", "england")
    directory.create_site(ctx, admin, "chh-ed", "Calderdale Royal Hospital ED", "hospital_ed", "Calderdale", "england")
    directory.create_site(ctx, admin, "carmarthen", "Carmarthen police station", "office", "Carmarthenshire", "wales")
    directory.create_user(ctx, admin, "casey", PASSWORD, "caseworker", "YOT Milton Keynes", "Casey Worker")
    directory.create_user(ctx, admin, "cara", PASSWORD, "caseworker", "YOT Milton Keynes", "Cara Newman")
    directory.create_user(ctx, admin, "tl", PASSWORD, "team_lead", "YOT Milton Keynes", "Terry Lead")
    directory.create_user(ctx, admin, "nia", PASSWORD, "caseworker", "Leeds Navigators", "Nia Navigator")
    directory.create_user(ctx, admin, "rhys", PASSWORD, "caseworker", "INTACT Carmarthenshire", "Rhys Evans")
    clock.set(NOW - timedelta(hours=2))
    add_samples(ctx, admin)
    casey = directory.authenticate(ctx, "casey", PASSWORD)
    rhys = directory.authenticate(ctx, "rhys", PASSWORD)

    # An Act Now referral from yesterday evening: attended late, released, meeting still to hold.
    clock.set(NOW - timedelta(hours=15, minutes=20))
    act = referrals.create_referral(ctx, casey, referrals.NewReferral(
        pathway="act_now", source="custody", site="mk-custody", team="YOT Milton Keynes", assigned_to="casey",
        person=PersonInput("Tyrese", "Campbell-Ward", date(2009, 8, 21), gender="male",
                           home_local_authority="Milton Keynes", postcode="MK6 3AB", pnc_id="24/0118732W",
                           contacts=(ContactInput("Denise Campbell", "mother", "07700 900123", True),
                                     ContactInput("Marcus Ward", "father", "07700 900456", True))),
        first_event_details={"offence": "Possession of a bladed article in a public place",
                             "custody_reference": "MK/26/04471"},
        note="Arrested near Central Milton Keynes station; knife found in bag."))
    clock.advance(timedelta(minutes=104))
    referrals.record_event(ctx, casey, act.id, "custody_attended", details={"outcome_of_visit": "engaged"},
                           note="Seen with appropriate adult; agreed to a home visit with mum.")
    sla.run_sweep(ctx)
    clock.advance(timedelta(hours=3, minutes=30))
    referrals.record_event(ctx, casey, act.id, "released_from_custody", occurred_at=clock.now() - timedelta(hours=2),
                           details={"release_type": "released_under_investigation"})
    referrals.move_stage(ctx, casey, act.id, "engagement")
    [breach] = sla.list_breaches(ctx, casey, referral_id=act.id)
    sla.give_breach_reason(ctx, casey, breach.id, "staff_unavailable",
                           "Only worker on shift was at Slough custody with another young person.")
    clock.set(NOW - timedelta(minutes=25))
    referrals.record_event(ctx, casey, act.id, "note", note="Mum called: meeting after school, 15:30 at home.")

    # An INTACT referral in intervention, with sessions.
    clock.set(NOW - timedelta(days=20))
    intact = referrals.create_referral(ctx, rhys, referrals.NewReferral(
        pathway="intact", source="marf", site="carmarthen", team="INTACT Carmarthenshire", assigned_to="rhys",
        person=PersonInput("Cai", "Llewellyn", date(2011, 2, 14), home_local_authority="Carmarthenshire"),
        first_event_details={"referring_agency": "Queen Elizabeth High School", "concerns": "Seen with older group "
                             "linked to county lines; carrying a knife", "low_level": True,
                             "risk_of_serious_violence": True, "consent": True}))
    clock.advance(timedelta(days=1))
    referrals.record_event(ctx, rhys, intact.id, "triage_decision",
                           details={"threshold_met": True, "destination": "intact_team"})
    referrals.move_stage(ctx, rhys, intact.id, "assessment")
    clock.advance(timedelta(days=4))
    referrals.record_event(ctx, rhys, intact.id, "assessment_completed")
    referrals.record_event(ctx, rhys, intact.id, "intervention_chosen",
                           details={"type": "group", "programme": "Boxing at Carmarthen ABC"})
    referrals.move_stage(ctx, rhys, intact.id, "intervention")
    for days, kind, extra in ((7, "session_attended", {}), (12, "session_attended", {}),
                              (17, "session_missed", {"reason": "family holiday"})):
        clock.set(NOW - timedelta(days=20) + timedelta(days=days))
        referrals.record_event(ctx, rhys, intact.id, kind, details={"programme": "Boxing", **extra})
    clock.set(NOW)
    sla.run_sweep(ctx)
    return {"act_now": act.id, "intact": intact.id}


def _settle(app: QApplication, until=lambda: True, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _fill_custody(dlg: IntakeDialog) -> None:
    dlg.detail_inputs["offence"].setText("Possession of a bladed article")
    dlg.detail_inputs["custody_reference"].setText("MK/26/04502")
    f = dlg.person_fields
    f.given_edit.setText("Jaden")
    f.family_edit.setText("Okafor")
    f.dob_edit.setText("02/11/2009")
    f.dob_edit.edited.emit()
    f.la_combo.setEditText("Milton Keynes")
    f.postcode_edit.setText("MK9 3QA")
    row = dlg.contacts.add_row()
    row.name.setText("Grace Okafor")
    row.relationship.setEditText("mother")
    row.phone.setText("07700 900781")
    dlg.look_for_matches()


def render(out: Path, *, everything: bool = False, dark: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        _settle(app)
        if everything or name in README_SHOTS:
            path = out / name
            if not widget.grab().save(str(path)):
                raise RuntimeError(f"could not save {path}")
            saved.append(path)

    def shot_anyway(widget: QWidget, name: str) -> None:
        _settle(app)
        path = out / name
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not save {path}")
        saved.append(path)

    original_confirm = FormDialog.confirm_discard
    FormDialog.confirm_discard = lambda self: True  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as folder:
            clock = FixedClock(NOW)
            ctx = Context.open(f"sqlite:///{folder}/casework.sqlite3", clock=clock)
            ids = build_world(ctx, clock)
            casey = directory.authenticate(ctx, "casey", PASSWORD)
            rhys = directory.authenticate(ctx, "rhys", PASSWORD)
            nia = directory.authenticate(ctx, "nia", PASSWORD)

            custody = IntakeDialog(ctx, casey, "act_now", "custody")
            custody.show()
            _settle(app, lambda: custody.ready)
            custody.site_combo.setCurrentIndex(custody.site_combo.findData("mk-custody"))
            _fill_custody(custody)
            _settle(app, lambda: not custody.matching_busy)
            shot(custody, "intake-custody.png")
            custody.person_fields.dob_edit.setText("02/11/2029")
            custody.submit()
            _settle(app, lambda: not custody.busy)
            shot(custody, "intake-custody-error.png")
            if dark:  # the refused save in the dark look: the invalid border, its message, the focus ring
                apply_theme(app, DARK)
                custody.activateWindow()
                _settle(app, lambda: custody.person_fields.dob_edit.hasFocus())
                shot_anyway(custody, "intake-custody-error-dark.png")
                apply_theme(app, LIGHT)
            custody.reject()

            marf = IntakeDialog(ctx, rhys, "intact", "marf")
            marf.show()
            _settle(app, lambda: marf.ready)
            marf.detail_inputs["referring_agency"].setText("Carmarthenshire Youth Support Service")
            marf.detail_inputs["concerns"].set_value("Missing from home twice this month; found with older "
                                                     "teenagers and a large amount of cash.")
            marf.detail_inputs["low_level"].set_value(True)
            marf.detail_inputs["risk_of_serious_violence"].set_value(True)
            marf.detail_inputs["consent"].set_value(None)
            marf.person_fields.given_edit.setText("Osian")
            marf.person_fields.family_edit.setText("Price")
            marf.person_fields.dob_edit.setText("17/05/2012")
            marf.person_fields.dob_edit.edited.emit()
            marf.person_fields.la_combo.setEditText("Carmarthenshire")
            marf.look_for_matches()
            _settle(app, lambda: not marf.matching_busy)
            shot(marf, "intake-marf.png")
            marf.reject()

            ed = IntakeDialog(ctx, nia, "ae_navigator", "emergency_department")
            ed.show()
            _settle(app, lambda: ed.ready)
            ed.site_combo.setCurrentIndex(ed.site_combo.findData("lgi-ed"))
            ed.detail_inputs["injury_type"].set_value("stab_wound")
            ed.detail_inputs["presenting_issues"].set_value(["violence", "exploitation", "substance_use"])
            ed.detail_inputs["known_to_services"].set_value(True)
            ed.detail_inputs["previous_attendances"].set_value(2)
            ed.person_fields.given_edit.setText("Kieran")
            ed.person_fields.family_edit.setText("Walsh")
            ed.person_fields.dob_edit.setText("28/03/2004")
            ed.person_fields.dob_edit.edited.emit()
            ed.person_fields.la_combo.setEditText("Leeds")
            ed.look_for_matches()
            _settle(app, lambda: not ed.matching_busy)
            shot(ed, "intake-ed.png")
            ed.reject()

            record = ReferralRecord(ctx, casey, ids["act_now"])
            record.resize(1280, 820)
            record.show()
            _settle(app, lambda: record.data is not None and not record.busy)
            record.timers_panel.row("parent_meeting").why_button.setChecked(True)
            record.select_event(record.detail.events[-1].id)
            shot(record, "referral-record.png")

            dialog = record.open_event_dialog()
            assert isinstance(dialog, EventDialog)
            dialog.set_kind("parent_meeting_held")
            dialog.field("attendees").set_value("Tyrese, Denise Campbell (mother)")
            dialog.field("location").set_value("home")
            shot(dialog, "event-dialog.png")
            dialog.reject()

            person_editor = record.open_person_editor()
            person = record.detail.person
            people.update_person(ctx, directory.authenticate(ctx, "tl", PASSWORD), person.id, person.version,
                                 postcode="MK6 4AA")
            person_editor.fields.pnc_edit.setText("24/0118732W")
            person_editor.fields.la_combo.setEditText("Slough")
            person_editor.submit()
            _settle(app, lambda: person_editor.theirs is not None)
            shot(person_editor, "person-editor-conflict.png")
            person_editor.reject()
            record.close()

            intact = ReferralRecord(ctx, rhys, ids["intact"])
            intact.resize(1280, 820)
            intact.show()
            _settle(app, lambda: intact.data is not None and not intact.busy)
            shot(intact, "referral-record-intact.png")
            intact.close()
            ctx.close()
    finally:
        FormDialog.confirm_discard = original_confirm  # type: ignore[method-assign]
    return saved


def test_the_screens_paint_with_realistic_data(tmp_path, qapp):
    saved = render(tmp_path, everything=True)
    assert {p.name for p in saved} >= set(README_SHOTS)
    assert all(p.stat().st_size > 10_000 for p in saved)


if __name__ == "__main__":
    apply_theme(QApplication.instance() or QApplication([]), LIGHT)
    from .screenshot_language import render_in, split_args
    language, args = split_args(sys.argv[1:])  # --lang cy: NAME-cy.png in Welsh
    folders = [a for a in args if a != "--all"]
    for path in render_in(language, lambda out: render(out, everything="--all" in args, dark=True),
                          Path(folders[0]) if folders else Path("docs/screenshots")):
        print(path)
