"""Every control of every main screen and dialog has an accessible name (what a screen reader says).

Each screen is opened as its users would have it (with data loaded, for the role that sees it), and
every widget that takes the keyboard focus is asked for its name through Qt's accessibility
interface: a button may be named by its text and a field by its form label, but nothing is silent.
No window uses an Alt+letter twice, and no menu a letter twice. Each check runs in English and in
Welsh: the Welsh words carry their own Alt+letters (resources/translations/casework_cy.ts). In Welsh the
same walk also checks that every text shown is Welsh (``welsh_coverage``: a translation of the catalogue,
data held in the database, or the same in both languages), for the Welsh coverage of issue 8
(``test_welsh_coverage`` has the rest: the import wizard's problems, the check's own test).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from casework.services import referrals, sla
from tests.core.factories import act_now, young_person
from ui.audit_view import WhoLookedDialog
from ui.database_key_dialog import NewDatabaseDialog, UnlockDialog
from ui.field_widgets import FormDialog
from ui.first_run_dialog import FirstRunDialog
from ui.idle_lock import LockScreen
from ui.import_wizard import ImportWizard
from ui.intake import intake_choices, open_intake
from ui.main_window import MainWindow
from ui.password_dialog import PasswordDialog
from ui.breach_review import BreachReasonDialog as ReviewReasonDialog
from ui.qt import QApplication, QComboBox, QDialog, QLineEdit, QTableView, QThreadPool, QWidget
from ui.settings_dialog import SettingsDialog
from ui.sign_in_dialog import SignInDialog
from ui.subject_access import SubjectAccessDialog
from ui.workspace import build_workspace

from .accessibility import controls, menu_clashes, mnemonic_clashes, unnamed_controls
from .welsh import in_language
from .welsh_coverage import english_report, not_welsh, shown_data, visible_texts

WAIT = 8_000


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


def settle(qtbot) -> None:
    """Let background loads finish and their results reach the widgets."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(WAIT)
        qtbot.wait(30)


def check(qtbot, widget: QWidget, where: str, problems: dict[str, list[str]]) -> None:
    """Every control named; in a dialog, no Alt+letter used twice."""
    settle(qtbot)
    found = controls(widget)
    assert found, f"{where}: no controls found (is it built?)"
    missing = unnamed_controls(widget)
    if missing:
        problems[where] = missing
    if widget.isWindow():
        clashes = mnemonic_clashes(widget)
        if clashes:
            problems[f"{where}: the same Alt+letter twice"] = [
                f"Alt+{letter.upper()}: {', '.join(names)}" for letter, names in clashes.items()]
        in_menus = menu_clashes(widget)
        if in_menus:
            problems[f"{where}: the same letter twice in a menu"] = [
                f"{menu}: {', '.join(names)}" for menu, names in in_menus.items()]


def select_first_rows(page: QWidget) -> None:
    for table in page.findChildren(QTableView):
        if table.isVisibleTo(page) and table.model() is not None and table.model().rowCount() > 0:
            table.selectRow(0)


def report(problems: dict[str, list[str]]) -> str:
    return "controls without an accessible name, or Alt+letters used twice:\n" + "\n".join(
        f"  {where}:\n" + "\n".join(f"    - {m}" for m in missing) for where, missing in problems.items())


class WelshCheck:
    """In Welsh, the texts of each window the walk opens: English left in them is collected, and
    ``done()`` fails naming it. In English it does nothing."""

    def __init__(self, ctx, language: str) -> None:
        self.ctx, self.on = ctx, language == "cy"
        self.data: frozenset[str] | None = None
        self.english: dict[str, dict[str, str]] = {}

    def __call__(self, widget: QWidget, where: str, *, has_texts: bool = True) -> None:
        if not self.on:
            return
        if self.data is None:
            self.data = shown_data(self.ctx)
        texts = visible_texts(widget)
        assert texts or not has_texts, f"{where}: no texts found"
        english = not_welsh(texts, self.data)
        if english:
            self.english[where] = english

    def done(self) -> None:
        assert not self.english, english_report(self.english)


@pytest.fixture
def welsh_check(ctx, language) -> WelshCheck:
    return WelshCheck(ctx, language)


@pytest.fixture(params=["en", "cy"])
def language(request, qapp, ctx):
    """Each check in English and in Welsh (the app's catalogues and the pathways' words)."""
    with in_language(qapp, ctx, request.param):
        yield request.param


@pytest.fixture
def desktop(qtbot, ctx, world, settings, language):
    opened = []

    def open_as(actor):
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


@pytest.fixture
def case(ctx, world, clock):
    """A referral of casey's with a breached timer (so breach review, alerts and reasons have content)."""
    detail = act_now(ctx, world.caseworker, person=young_person(given_name="Reece"))
    clock.advance(timedelta(minutes=95))
    sla.run_sweep(ctx)
    return detail


def test_every_page_of_the_main_window_names_its_controls(qtbot, ctx, world, case, desktop, welsh_check):
    problems: dict[str, list[str]] = {}
    for actor in (world.caseworker, world.team_lead, world.manager, world.admin):
        window, _workspace = desktop(actor)
        for key in window.page_keys():
            window.show_page(key)
            page = window.page(key)
            if hasattr(page, "reload"):
                page.reload()
            settle(qtbot)
            welsh_check(page, f"{actor.username}: page {key}", has_texts=False)
            select_first_rows(page)  # buttons that act on a selection show (and bring their letters)
            check(qtbot, page, f"{actor.username}: page {key}", problems)
            clashes = mnemonic_clashes(window)
            if clashes:
                problems[f"{actor.username}: page {key}: the same Alt+letter twice"] = [
                    f"Alt+{letter.upper()}: {', '.join(names)}" for letter, names in clashes.items()]
        check(qtbot, window, f"{actor.username}: main window", problems)
        welsh_check(window, f"{actor.username}: main window")
        window.close()
    assert not problems, report(problems)
    welsh_check.done()


def test_the_record_window_and_its_dialogs_name_their_controls(qtbot, ctx, world, case, desktop, tmp_path,
                                                              welsh_check):
    problems: dict[str, list[str]] = {}
    window, workspace = desktop(world.team_lead)
    record_window = workspace.open_referral(case.id)
    record = record_window.record
    qtbot.waitUntil(lambda: record.data is not None and not record.busy, timeout=WAIT)
    check(qtbot, record_window, "record window", problems)
    welsh_check(record_window, "record window")
    dialogs = {
        "record event": record.open_event_dialog,
        "assign": record.open_assign_dialog,
        "close referral": record.open_close_dialog,
        "person editor": record.open_person_editor,
        "subject access": lambda: SubjectAccessDialog(case.person.id, case.person.full_name, str(tmp_path), parent=record),
        "who has looked": lambda: WhoLookedDialog(ctx, world.manager, referral_id=case.id, title="Reece", parent=record),
    }
    breaches = sla.list_breaches(ctx, world.team_lead)
    dialogs["breach reason"] = lambda: record.open_breach_dialog(breaches[0])
    dialogs["breach review: reason"] = lambda: ReviewReasonDialog(ctx, world.team_lead, breaches[0], parent=record)
    dialogs["add an intervention"] = record.interventions_panel.open_add
    for name, opener in dialogs.items():
        dialog = opener()
        assert dialog is not None, f"{name}: not offered"
        check(qtbot, dialog, f"record: {name}", problems)
        welsh_check(dialog, f"record: {name}")
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
    # every kind of event form the pathway has
    for kind in [k.id for k in record.pathway.event_kinds]:
        dialog = record.open_event_dialog(kind)
        if dialog is not None:
            check(qtbot, dialog, f"record: record event ({kind})", problems)
            welsh_check(dialog, f"record: record event ({kind})")
            dialog.reject()
    editor = record.open_person_editor()
    risk = editor.risk_panel.open_add_dialog()
    check(qtbot, risk, "person editor: add a risk flag", problems)
    welsh_check(risk, "person editor: add a risk flag")
    risk.reject()
    editor.reject()
    assert not problems, report(problems)
    welsh_check.done()


def test_the_intake_forms_name_their_controls(qtbot, ctx, world, language, welsh_check):
    problems: dict[str, list[str]] = {}
    for choice in intake_choices(ctx.pathways):
        dialog = open_intake(ctx, world.team_lead, choice.pathway, choice.source)  # deleted on close
        qtbot.waitUntil(lambda d=dialog: d.ready, timeout=WAIT)
        check(qtbot, dialog, f"intake {choice.pathway}/{choice.source}", problems)
        welsh_check(dialog, f"intake {choice.pathway}/{choice.source}")
        dialog.reject()
    assert not problems, report(problems)
    welsh_check.done()


def test_the_start_up_and_account_dialogs_name_their_controls(qtbot, ctx, world, settings, tmp_path, empty_db_url, language,
                                                              welsh_check):
    problems: dict[str, list[str]] = {}
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
        check(qtbot, dialog, name, problems)
        welsh_check(dialog, name)
        dialog.close()
    assert not problems, report(problems)
    welsh_check.done()


def test_the_page_dialogs_name_their_controls(qtbot, ctx, world, case, desktop):
    """Administration's user form, breach review's reason, duplicates' merge, programmes' forms."""
    problems: dict[str, list[str]] = {}
    window, _workspace = desktop(world.admin)
    admin_page = window.page("administration")
    admin_page.reload()
    settle(qtbot)
    dialog = admin_page.add_user()
    check(qtbot, dialog, "administration: add user", problems)
    dialog.reject()

    lead_window, _ = desktop(world.team_lead)
    programmes = lead_window.page("programmes")
    lead_window.show_page("programmes")
    programmes.reload()
    settle(qtbot)
    dialog = programmes.open_new()
    assert dialog is not None
    check(qtbot, dialog, "programmes: new programme", problems)
    dialog.reject()
    assert not problems, report(problems)


def test_the_walk_finds_an_unnamed_control(qtbot):
    """The check itself: a line edit with no label and no name is caught; a named one is not."""
    from ui.qt import QLineEdit, QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    silent, named, button = QLineEdit(), QLineEdit(), QPushButton("&Save")
    named.setAccessibleName("Family name")
    for widget in (silent, named, button):
        layout.addWidget(widget)
    box.show()
    assert [w for w in controls(box)] == [silent, named, button]
    assert len(unnamed_controls(box)) == 1 and unnamed_controls(box)[0].startswith("QLineEdit")
    assert QApplication.instance() is not None


def test_the_walk_covers_the_controls_of_a_busy_screen(qtbot, ctx, world, case, desktop):
    """Not a vacuous pass: the caseload page alone has its search box, filters and the table."""
    window, _ = desktop(world.team_lead)
    page = window.page("caseload")
    settle(qtbot)
    found = controls(page)
    for kind in (QLineEdit, QComboBox, QTableView):
        assert any(isinstance(w, kind) for w in found), kind
    assert len(found) >= 6


def test_a_buttons_letter_taken_by_a_label_moves_to_a_free_one():
    """Labels get their Alt+letters in the language shown; a button's comes with its translation."""
    from ui.field_widgets import Mnemonics

    letters = Mnemonics("sc")
    assert letters("Canlyniad *:") == "C&anlyniad *:"  # C is kept for Cancel
    assert letters.keep_free("C&au'r atgyfeiriad") == "Cau'&r atgyfeiriad"  # A was the label's
    assert letters.keep_free("&Save") == "&Save"  # reserved for it
    assert letters.keep_free("C&lose referral") == "C&lose referral"  # free: kept, and now taken
    assert letters("Lateness:") == "La&teness:"  # L, then A, are taken


def test_the_welsh_check_of_the_walk_finds_english_left(qtbot, ctx):
    """Not a vacuous pass: in Welsh an English label is caught and named; in English nothing is checked."""
    from ui.qt import QLabel, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel("Save the record"))
    layout.addWidget(QLabel("Llwyth achosion"))
    in_welsh = WelshCheck(ctx, "cy")
    in_welsh(box, "a box")
    with pytest.raises(AssertionError, match="Save the record"):
        in_welsh.done()
    assert "Llwyth achosion" not in in_welsh.english["a box"]
    in_english = WelshCheck(ctx, "en")
    in_english(box, "a box")
    in_english.done()
