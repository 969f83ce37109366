"""File → Settings…: the person's own desktop settings (this computer and account), one form.

Each row is a registered setting (ui/settings.py). The colour scheme applies at once; the window lock
and the tray take effect at the next sign-in (they are read when the workspace is built).
"""

from __future__ import annotations

from . import settings as options
from .forms import heading, small_print
from .qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

        self.tray = QCheckBox(self.tr("Show SLA alerts in the system &tray"))
        self.tray.setChecked(settings.get(options.ALERT_TRAY_NOTIFICATIONS))

        # Rows are appended (other settings add theirs below); each field is the buddy of its label,
        # which gives it its accessible name and its Alt+letter.
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Colour scheme:"), self.colour_scheme)
        self.form.addRow(self.tr("&Lock the window after:"), self.idle_lock)
        self.form.addRow("", self.tray)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        layout.addWidget(small_print(self.tr(
            "These settings are kept for you on this computer. The colour scheme changes at once; "
            "the window lock and the tray apply from your next sign-in.")))
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.colour_scheme.setFocus()

    def accept(self) -> None:
        scheme = self.colour_scheme.currentData()
        self._settings.set(options.COLOUR_SCHEME, scheme)
        self._settings.set(options.IDLE_LOCK_MINUTES, self.idle_lock.value())
        self._settings.set(options.ALERT_TRAY_NOTIFICATIONS, self.tray.isChecked())
        self._settings.sync()
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, scheme)
        super().accept()
