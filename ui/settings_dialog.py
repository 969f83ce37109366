"""File → Settings…: the person's own desktop settings (this computer and account), one form.

Each row is a registered setting (ui/settings.py). The colour scheme applies at once; the window lock
and the tray take effect at the next sign-in (they are read when the workspace is built); the language
at the next start (ui/i18n.py: every window is built once, with its words, so switching in place would
leave half of the app in the old language and could lose what is being typed). The language is the
same setting as View → Language, which shows the choice made here.
"""

from __future__ import annotations

from . import i18n
from . import settings as options
from .forms import heading, small_print
from .qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from .settings import Settings
from .theme import DARK, LIGHT, SYSTEM, apply_theme


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.colour_scheme = QComboBox()
        for value, text in ((SYSTEM, self.tr("Follow the system")), (LIGHT, self.tr("Light")), (DARK, self.tr("Dark"))):
            self.colour_scheme.addItem(text, value)
        self.colour_scheme.setCurrentIndex(max(0, self.colour_scheme.findData(settings.get(options.COLOUR_SCHEME))))

        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(1, 240)
        self.idle_lock.setSuffix(self.tr(" minutes"))
        self.idle_lock.setValue(max(1, settings.get(options.IDLE_LOCK_MINUTES)))

        # The language: the system's (named), English, Cymraeg, each in itself; below it, in the language
        # chosen (the one the person can read), when the change takes effect.
        self.language = QComboBox()
        self.language.addItem(self.tr("System language ({language})").format(
            language=i18n.LANGUAGES[i18n.system_language()]), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        stored = settings.get(options.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(stored if stored in i18n.LANGUAGES else i18n.SYSTEM)))
        self.language.setAccessibleName(self.tr("Language"))  # the value (its current text) is read after it
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.tray = QCheckBox(self.tr("Show SLA alerts in the system &tray"))
        self.tray.setChecked(settings.get(options.ALERT_TRAY_NOTIFICATIONS))

        # Rows are appended (other settings add theirs below); each field is the buddy of its label,
        # which gives it its accessible name and its Alt+letter.
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Colour scheme:"), self.colour_scheme)
        self.form.addRow(self.tr("&Lock the window after:"), self.idle_lock)
        self.form.addRow("", self.tray)
        self.form.addRow(self.tr("Lan&guage:"), self.language)
        self.form.addRow("", self.language_note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        layout.addWidget(small_print(self.tr(
            "These settings are kept for you on this computer. The colour scheme changes at once; "
            "the window lock and the tray apply from your next sign-in; the language from the next time "
            "Casework starts.")))
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._language_chosen()
        self.colour_scheme.setFocus()

    def chosen_language(self) -> str:
        """The language the choice means ("" is the system's)."""
        return i18n.resolve(self.language.currentData())

    def _language_chosen(self, _index: int = -1) -> None:
        """Say, in the language chosen, that it applies at the next start (nothing when it is the one in use)."""
        chosen = self.chosen_language()
        text = i18n.restart_text(chosen) if chosen != i18n.current_language() else ""
        self.language_note.setText(text)
        self.language_note.setVisible(bool(text))
        self.language.setAccessibleDescription(text)

    def accept(self) -> None:
        scheme = self.colour_scheme.currentData()
        self._settings.set(options.COLOUR_SCHEME, scheme)
        self._settings.set(options.IDLE_LOCK_MINUTES, self.idle_lock.value())
        self._settings.set(options.ALERT_TRAY_NOTIFICATIONS, self.tray.isChecked())
        # told already, beside the choice: no second message
        i18n.choose_language(self, self._settings, self.language.currentData(), tell=False)
        self._settings.sync()
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, scheme)
        super().accept()
