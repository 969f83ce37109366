"""Casework in Welsh: the language setting, the main window, its menus, a dialog and Qt's own buttons."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casework import i18n as core_i18n
from casework.i18n import pathway_word
from casework.services.context import Context
from ui import app as gui_app
from ui import i18n
from ui.main_window import MainWindow
from ui.qt import QDialogButtonBox, QLineEdit, QLocale, QMessageBox, QPlainTextEdit, Qt
from ui.settings import LANGUAGE, Settings
from ui.sign_in_dialog import SignInDialog
from ui.wording import code_text, plural, tr

from .caseload_helpers import all_records, settle, wait_loaded

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def catalogues_built():
    """The .qm files are built by `make translations`; build them here too when pytest runs on its own."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations"), "build"], check=True)


@pytest.fixture
def welsh(qapp):
    installed = i18n.install(qapp, i18n.WELSH)
    assert installed.missing == [], f"catalogues not built (make translations): {installed.missing}"
    yield installed
    i18n.uninstall(qapp)


def _welsh_ctx(ctx: Context) -> Context:
    ctx.pathways = ctx.pathways.localised(pathway_word)
    return ctx


def test_the_language_defaults_to_the_system_and_a_stored_choice_wins(settings: Settings) -> None:
    assert settings.get(LANGUAGE) == ""
    assert i18n.system_language(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)) == "cy"
    assert i18n.system_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "en"
    assert i18n.system_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"
    assert i18n.resolve("") == i18n.system_language()
    settings.set(LANGUAGE, "cy")
    assert i18n.resolve(settings.get(LANGUAGE)) == "cy"
    assert i18n.resolve("xx") == i18n.system_language()


def test_the_app_starts_in_the_language_stored_in_settings(qapp, tmp_path) -> None:
    user = Settings.for_user()
    user.set(LANGUAGE, "cy")
    user.sync()
    try:
        assert gui_app.main(["--offscreen-smoke", "--db", f"sqlite:///{tmp_path / 'cy.sqlite3'}"]) == 0
        assert i18n.current_language() == "cy"
        assert core_i18n.language() == "cy"           # the reports follow the same choice
        assert QLocale().language() == QLocale.Language.Welsh
        assert tr("Caseworker") == "Gweithiwr achos"
    finally:
        i18n.uninstall(qapp)
    assert tr("Caseworker") == "Caseworker" and core_i18n.language() == "en"


def test_the_main_window_and_its_menus_are_in_welsh(qtbot, welsh, ctx, world, settings, samples) -> None:
    window = MainWindow(_welsh_ctx(ctx), world.team_lead, settings=settings, database="test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    try:
        window.reload()
        wait_loaded(qtbot, window.caseload.model)
        assert window.windowTitle() == "Casework — Terry Lead (Arweinydd tîm)"
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Ffeil", "Gol&wg", "Cy&morth"]  # letters no page uses (test_accessibility, in Welsh)
        assert window.navigation.item(0).text() == "Llwyth achosion"
        assert window.quit_action.text() == "&Gadael"
        assert window.language_menu.title() == "&Iaith"
        assert [a.text() for a in window.language_menu.actions()][1:] == ["English", "Cymraeg"]
        model = window.caseload.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:3] == ["Enw", "Oed", "Llwybr"]
        rows = all_records(qtbot, model)
        assert window.caseload.count_label.text() == f"{len(rows)} atgyfeiriad"
        # Pathway words come from the catalogue: the stage column of a custody referral
        stages = {r.stage for r in rows}
        labels = {window._ctx.pathways.get(r.pathway).stage_label(r.stage) for r in rows}
        assert "Yn y ddalfa" in labels or "custody" not in stages
    finally:
        window.caseload.shutdown()
        window.close()
        settle()


def test_a_dialog_and_qt_standard_buttons_and_menus_are_in_welsh(qtbot, welsh, ctx) -> None:
    dialog = SignInDialog(ctx, database="test.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mewngofnodi — Casework"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Iawn"
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ie"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Na"
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        menu = widget.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert "&Copïo" in texts and "&Gludo" in texts, texts
        menu.deleteLater()


def test_numbers_dates_and_counts_follow_the_language(welsh) -> None:
    from datetime import datetime, timezone
    assert plural(1, tr("{n} referral"), tr("{n} referrals")) == "1 atgyfeiriad"
    assert plural(10_000, tr("{n} referral"), tr("{n} referrals")) == "10,000 atgyfeiriad"
    assert i18n.datetime_text(datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)) == "Llun 2 Maw 2026, 09:30"
    assert code_text("released_under_investigation") == "Wedi'i ryddhau dan ymchwiliad"
    assert code_text("no_further_action") == "Dim camau pellach"


def test_choosing_a_language_is_stored_and_says_it_applies_at_the_next_start(qtbot, settings, monkeypatch) -> None:
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
    i18n.choose_language(None, settings, "cy")
    assert settings.get(LANGUAGE) == "cy"
    assert told == [("Cymraeg", "Bydd Casework yn Gymraeg y tro nesaf y bydd yn cychwyn. "
                                "Caewch ef a'i gychwyn eto i newid nawr.")]



def test_a_search_cut_short_says_so_in_welsh(qtbot, welsh, ctx, world, settings, samples, monkeypatch) -> None:
    from casework.services import caseload
    from ui.caseload_view import CaseloadView

    monkeypatch.setattr(caseload, "FIRST_MATCHES", 2)
    view = CaseloadView(_welsh_ctx(ctx), world.manager, settings=settings)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.reload()
    wait_loaded(qtbot, view.model)
    view.open_only_check.setChecked(False)
    wait_loaded(qtbot, view.model)
    shown: list[tuple[str, str]] = []  # the label after each load (connected after the view's own slot)
    view.model.loaded.connect(lambda _n: shown.append((view.count_label.text(), view.count_label.toolTip())))
    view.search_edit.setText("a")
    view.apply_filters()
    # (The two-row list's end is on screen, so the table then reads the rest: "3 atgyfeiriad".)
    qtbot.waitUntil(lambda: len(shown) == 2 and not view.model.loading, timeout=5000)
    (first, tip), (then, _) = shown
    assert first == "2+ atgyfeiriad"
    assert tip.startswith("Mae mwy na 2 atgyfeiriad yn cyfateb.")
    assert then == "3 atgyfeiriad"
    view.shutdown()
    settle()
