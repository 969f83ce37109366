"""The language of the desktop: Welsh or English, chosen in settings, applied when the app starts.

The catalogues are ``resources/translations/casework_cy.ts`` (every string of the app, the printed
reports and the pathway files) and ``qtbase_cy.ts`` (the words Qt itself puts on standard buttons,
context menus and file dialogs: Qt ships no Welsh catalogue of its own). ``make translations`` turns
them into ``.qm`` files, which :func:`install` loads. English is the source language, so English
loads no catalogue at all; for another language Qt's own ``qtbase_xx.qm`` is loaded when Qt has
one and ours is not there.

A change of language is stored and takes effect the next time Casework starts (the main window's
Language menu says so): widgets are built once, with their words, so switching in place would
leave half a window in the old language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path

from casework import i18n as core_i18n
from casework.timeutil import to_local

from .qt import (
    QAction,
    QActionGroup,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QMenu,
    QMessageBox,
    QTime,
    QTranslator,
    QWidget,
)
from .settings import LANGUAGE, Settings

ENGLISH = "en"
WELSH = "cy"
SYSTEM = ""   # the setting's value for "the system's language"

# code -> the language's name in itself (what the Language menu shows, whatever the current language)
LANGUAGES = {ENGLISH: "English", WELSH: "Cymraeg"}

_QLOCALES = {
    ENGLISH: (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    WELSH: (QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}


def translations_dir() -> Path:
    return Path(str(files("casework_resources") / "translations"))


def system_language(locale: QLocale | None = None) -> str:
    """The system's language if Casework speaks it, else English."""
    locale = locale or QLocale.system()
    return WELSH if locale.language() == QLocale.Language.Welsh else ENGLISH


def resolve(setting: str) -> str:
    """The language to use for a stored setting ("" or unknown: the system's)."""
    return setting if setting in LANGUAGES else system_language()


@dataclass
class Installed:
    language: str
    translators: list[QTranslator]
    missing: list[str]
    """Catalogue files that should have been there and were not (the app then shows English)."""


_installed: Installed | None = None


def install(app: QCoreApplication, language: str) -> Installed:
    """Load the catalogues of ``language`` into ``app`` (replacing any loaded before); set QLocale's default.

    Also sets the language of the core's catalogue (casework.i18n), so the printed reports and the
    core's messages follow the same choice.
    """
    global _installed
    uninstall(app)
    language = language if language in LANGUAGES else ENGLISH
    qlanguage, territory = _QLOCALES[language]
    QLocale.setDefault(QLocale(qlanguage, territory))
    core_i18n.set_language(language)
    translators: list[QTranslator] = []
    missing: list[str] = []
    if language != ENGLISH:
        folder = translations_dir()
        for name in (f"casework_{language}.qm", f"qtbase_{language}.qm"):
            translator = QTranslator(app)
            if translator.load(str(folder / name)):
                translators.append(translator)
            elif name.startswith("qtbase_") and translator.load(
                    f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                translators.append(translator)  # Qt's own, for a language Qt has and we do not
            else:
                missing.append(name)
        for translator in translators:
            app.installTranslator(translator)
    _installed = Installed(language, translators, missing)
    return _installed


def uninstall(app: QCoreApplication) -> None:
    global _installed
    if _installed is not None:
        for translator in _installed.translators:
            app.removeTranslator(translator)
    _installed = None
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    core_i18n.set_language(ENGLISH)


def current_language() -> str:
    return _installed.language if _installed is not None else ENGLISH


# --- dates and times in the chosen language (QLocale) ------------------------------------------------

def _qdatetime(value: datetime) -> QDateTime:
    local = to_local(value)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def datetime_text(value: datetime | None, fmt: str = "ddd d MMM yyyy, HH:mm") -> str:
    """A UTC time as Europe/London wall-clock time, in QLocale's format language ("Llun 2 Maw 2026, 09:00")."""
    if value is None:
        return ""
    return QLocale().toString(_qdatetime(value), fmt)


def date_text(value: date | None, fmt: str = "d MMM yyyy") -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def zone_text(value: datetime) -> str:
    """GMT or BST (the same in both languages)."""
    return to_local(value).strftime("%Z")


# --- choosing the language (View > Language, and File > Settings) ---------------------------------------------------------

# What the person is told after choosing, in the language chosen (the one they can read).
_RESTART_TEXT = {
    ENGLISH: "Casework will be in English the next time it starts. Close it and start it again to switch now.",
    WELSH: "Bydd Casework yn Gymraeg y tro nesaf y bydd yn cychwyn. Caewch ef a'i gychwyn eto i newid nawr.",
}


def restart_text(language: str) -> str:
    """When a change to ``language`` takes effect (the next start), said in that language."""
    return _RESTART_TEXT[language if language in _RESTART_TEXT else ENGLISH]


def language_menu(parent: QWidget, settings: Settings | None) -> QMenu:
    """The Language menu: the system's language, English, Cymraeg (each named in itself); stored in settings."""
    menu = QMenu(QCoreApplication.translate("", "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    stored = settings.get(LANGUAGE) if settings is not None else SYSTEM
    choices = [(SYSTEM, QCoreApplication.translate("", "System language ({language})").format(
        language=LANGUAGES[system_language()]))] + list(LANGUAGES.items())
    for code, name in choices:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == stored or (code == SYSTEM and stored not in LANGUAGES))
        action.setData(code)
        action.setEnabled(settings is not None)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: choose_language(parent, settings, action.data()))
    if settings is not None:
        # the same setting as File → Settings: show what is stored whenever the menu opens
        menu.aboutToShow.connect(lambda: _show_stored(menu, settings))
    return menu


def _show_stored(menu: QMenu, settings: Settings) -> None:
    stored = settings.get(LANGUAGE)
    stored = stored if stored in LANGUAGES else SYSTEM
    for action in menu.actions():
        action.setChecked(action.data() == stored)


def choose_language(parent: QWidget | None, settings: Settings | None, code: str, *, tell: bool = True) -> None:
    """Store the choice; say when it applies (the next start), in the language chosen."""
    if settings is None:
        return
    settings.set(LANGUAGE, code)
    settings.sync()
    chosen = resolve(code)
    if tell and chosen != current_language():
        QMessageBox.information(parent, LANGUAGES[chosen], restart_text(chosen))
