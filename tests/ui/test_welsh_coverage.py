"""Casework in Welsh, everywhere: every page, the record window and its dialogs, the start-up and account
dialogs and the import wizard show no English.

Each window is opened as in ``test_accessibility`` (data loaded, for the role that sees it) with the Welsh
catalogues installed, and every text a person reads or hears (titles, labels, buttons, headers, tool
tips, placeholders, accessible names) must be a Welsh translation of the catalogue, data held in the
database, or one of the few words the same in both languages (``welsh_coverage.SAME_IN_BOTH``).
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from casework import i18n as core_i18n
from casework.i18n import pathway_word
from casework.store.models import Contact, Person, Site, Team, User
from ui import i18n
from ui.audit_view import WhoLookedDialog
from ui.breach_review import BreachReasonDialog as ReviewReasonDialog
from ui.database_key_dialog import NewDatabaseDialog, UnlockDialog
from ui.first_run_dialog import FirstRunDialog
from ui.idle_lock import LockScreen
from ui.import_wizard import ImportWizard
from ui.intake import intake_choices, open_intake
from ui.password_dialog import PasswordDialog
from ui.qt import QDialog
from ui.settings_dialog import SettingsDialog
from ui.sign_in_dialog import SignInDialog
from ui.subject_access import SubjectAccessDialog

from casework.services import sla

from ..core import sheet_data as sd
from .test_accessibility import _no_modal_questions, case, desktop, settle  # noqa: F401  (fixtures)
from .test_welsh import catalogues_built  # noqa: F401  (fixture)
from .welsh_coverage import is_welsh, not_welsh, visible_texts


@pytest.fixture
def welsh(qapp, ctx):
    installed = i18n.install(qapp, i18n.WELSH)
    assert installed.missing == [], f"catalogues not built (make translations): {installed.missing}"
    ctx.pathways = ctx.pathways.localised(pathway_word)
    yield installed
    i18n.uninstall(qapp)
    core_i18n.set_language(core_i18n.ENGLISH)


@pytest.fixture
def language(welsh) -> str:
    """``test_accessibility``'s desktop asks for a language: Welsh here (installed by ``welsh``)."""
    return "cy"


def _data(ctx) -> frozenset[str]:
    """Names and codes held in the test's database: shown as they are, in either language."""
    values: set[str] = set()
    with ctx.read() as s:
        for given, family, postcode in s.execute(select(Person.given_name, Person.family_name, Person.postcode)):
            values |= {given, family, f"{given} {family}", f"{family}, {given}", postcode}
        for name, phone in s.execute(select(Contact.name, Contact.phone)):
            values |= {name, phone, (phone or "").replace(" ", chr(0xA0))}
        for username, name in s.execute(select(User.username, User.display_name)):
            values |= {username, name}
        values |= set(s.scalars(select(Team.name)))
        for code, name, authority in s.execute(select(Site.code, Site.name, Site.local_authority)):
            values |= {code, name, authority}
    for pathway in ctx.pathways:  # the local authorities a pathway serves: place names, as the file has them
        values |= set(pathway.service_area)
    return frozenset(v for v in values if v)


def _check(window, where: str, problems: dict[str, dict[str, str]], data: frozenset[str], qtbot=None) -> None:
    if qtbot is not None:
        settle(qtbot)
    texts = visible_texts(window)
    assert texts, f"{where}: no texts found"
    english = not_welsh(texts, data)
    if english:
        problems[where] = english


def _report(problems: dict[str, dict[str, str]]) -> str:
    return "English in Welsh mode:\n" + "\n".join(
        f"  {where}:\n" + "\n".join(f"    - {text!r} ({kind})" for text, kind in found.items())
        for where, found in problems.items())


def test_the_check_tells_welsh_from_english():
    assert is_welsh("Llwyth achosion") and is_welsh("&Ffeil") and is_welsh("Enw:")
    assert is_welsh("12 atgyfeiriad")                      # a template, filled in
    assert is_welsh("Casework") and is_welsh("42") and is_welsh("15/06/2026 10:00")
    assert not is_welsh("Caseload") and not is_welsh("Save the record") and not is_welsh("12 referrals")
    assert is_welsh("Sam Jones", frozenset({"Sam Jones"})) and not is_welsh("Sam Jones")


def test_every_page_of_the_main_window_is_in_welsh(qtbot, welsh, ctx, world, case, desktop):
    problems: dict[str, dict[str, str]] = {}
    data = _data(ctx)
    for actor in (world.caseworker, world.team_lead, world.manager, world.admin):
        window, _workspace = desktop(actor)
        for key in window.page_keys():
            window.show_page(key)
            page = window.page(key)
            if hasattr(page, "reload"):
                page.reload()
            settle(qtbot)
            texts = visible_texts(page)
            english = not_welsh(texts, data)
            if english:
                problems[f"{actor.username}: page {key}"] = english
        _check(window, f"{actor.username}: main window", problems, data, qtbot)
        window.close()
    assert not problems, _report(problems)


def test_the_record_window_and_its_dialogs_are_in_welsh(qtbot, welsh, ctx, world, case, desktop, tmp_path):
    problems: dict[str, dict[str, str]] = {}
    data = _data(ctx)
    window, workspace = desktop(world.team_lead)
    record_window = workspace.open_referral(case.id)
    record = record_window.record
    qtbot.waitUntil(lambda: record.data is not None and not record.busy, timeout=8_000)
    _check(record_window, "record window", problems, data, qtbot)
    breaches = sla.list_breaches(ctx, world.team_lead)
    dialogs = {
        "assign": record.open_assign_dialog,
        "close referral": record.open_close_dialog,
        "person editor": record.open_person_editor,
        "subject access": lambda: SubjectAccessDialog(case.person.id, case.person.full_name, str(tmp_path),
                                                      parent=record),
        "who has looked": lambda: WhoLookedDialog(ctx, world.manager, referral_id=case.id, title="Reece", parent=record),
        "breach reason": lambda: record.open_breach_dialog(breaches[0]),
        "breach review: reason": lambda: ReviewReasonDialog(ctx, world.team_lead, breaches[0], parent=record),
        "add an intervention": record.interventions_panel.open_add,
    }
    for kind in [k.id for k in record.pathway.event_kinds]:
        dialogs[f"record event ({kind})"] = lambda kind=kind: record.open_event_dialog(kind)
    for name, opener in dialogs.items():
        dialog = opener()
        if dialog is None:
            continue
        _check(dialog, f"record: {name}", problems, data, qtbot)
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
    assert not problems, _report(problems)


def test_intake_and_the_start_up_account_and_import_dialogs_are_in_welsh(qtbot, welsh, ctx, world, settings,
                                                                          tmp_path):
    problems: dict[str, dict[str, str]] = {}
    data = _data(ctx)
    for choice in intake_choices(ctx.pathways):
        dialog = open_intake(ctx, world.team_lead, choice.pathway, choice.source)
        qtbot.waitUntil(lambda d=dialog: d.ready, timeout=8_000)
        _check(dialog, f"intake {choice.pathway}/{choice.source}", problems, data, qtbot)
        dialog.reject()
    dialogs = {
        "sign in": SignInDialog(ctx, database="test"),
        "first run": FirstRunDialog(ctx, database="test"),
        "new database": NewDatabaseDialog(database="test", keyring_available=True),
        "unlock database": UnlockDialog(f"sqlite:///{tmp_path / 'locked.sqlite3'}", database="test"),
        "change password": PasswordDialog(ctx, world.caseworker),
        "set a password": PasswordDialog(ctx, world.admin, username="casey"),
        "settings": SettingsDialog(settings),
        "lock screen": LockScreen(world.caseworker),
        "import referrals": ImportWizard(ctx, world.caseworker),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        _check(dialog, name, problems, data, qtbot)
        dialog.close()
    assert not problems, _report(problems)


def test_the_import_wizard_reports_its_problems_in_welsh(qtbot, welsh, ctx, world, tmp_path):
    # GIVEN a spreadsheet with a bad date, a bad postcode and a gender the import does not know
    rows = sd.referral_rows(6)
    rows[2][sd.HEADERS.index("DOB")] = "31/02/2009"
    rows[4][sd.HEADERS.index("Postcode")] = "NOT A POSTCODE"
    rows[4][sd.HEADERS.index("Gender")] = "banana"
    rows[5][sd.HEADERS.index("Referral date/time")] = "14/06/2026"  # no time of day: a warning
    bad = tmp_path / "atgyfeiriadau.csv"
    bad.write_bytes(sd.to_csv(sd.HEADERS, rows, delimiter=";"))
    cells = {str(v) for row in rows for v in row} | {repr(str(v)) for row in rows for v in row}
    letters = {chr(65 + i) for i in range(26)}  # the column letters
    data = _data(ctx) | frozenset(cells) | frozenset(sd.HEADERS) | frozenset(letters) | {bad.name}
    wizard = ImportWizard(ctx, world.caseworker)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.show()
    problems: dict[str, dict[str, str]] = {}
    # WHEN it is read, its columns matched and checked, in Welsh
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=15_000)
    _check(wizard, "import: columns", problems, data, qtbot)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=15_000)
    settle(qtbot)
    shots = os.environ.get("CASEWORK_WIZARD_SHOTS")
    if shots:
        wizard.grab().save(os.path.join(shots, "import-3-check-errors-cy.png"))
    # THEN the page and every problem it lists are in Welsh
    _check(wizard, "import: check", problems, data)
    model = wizard.check_page.table.model()
    table = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.index(row, column).data()
            if isinstance(value, str) and value:
                table[value] = f"problem row {row + 1}, column {column + 1}"
    english = not_welsh(table, data)
    if english:
        problems["import: the problems"] = english
    assert not problems, _report(problems)
    messages = [p.message for p in wizard.report.problems]
    assert "nid yw 31/02/2009 yn ddyddiad" in messages and len(messages) == 4, messages


def test_a_refusal_is_shown_in_welsh_and_kept_in_english(welsh, world):
    from casework.errors import NotPermitted
    from casework.services.actor import refusal_reason
    from ui.wording import error_text

    error = NotPermitted("merge_people", refusal_reason(world.caseworker, "merge_people"))
    assert error.reason == "a caseworker may not merge people"  # as the audit trail keeps it
    assert error_text(error) == ("Ni chaniateir: nid yw gweithiwr achos yn cael cyfuno cofnodion pobl. "
                                 "Mae'r ymgais wedi'i chofnodi.")
