"""Telling the user about new alerts outside the alert centre: a tray notification when the desktop
has a system tray, otherwise a quiet line in the status bar (and the unread badge). Never a modal
box: an alert must not take the keyboard away from someone typing up a custody visit.

Privacy: an operating-system notification is not a private place. It can show on the lock screen,
be mirrored to a phone, sit in a notification history, and be read by anyone passing the screen in
a custody suite or an emergency department. So the text names the timer and the referral number
only, never the young person ("Custody attendance breached — referral 123"); the name is one click
away, inside the signed-in application.
"""

from __future__ import annotations

from collections.abc import Sequence

from casework.services.sla import AlertView
from casework.timeutil import to_local

from .alerts import AlertCentre
from .qt import QApplication, QIcon, QMainWindow, QMenu, QObject, QStyle, QSystemTrayIcon, Signal
from .scheduler import SlaScheduler
from .settings import ALERT_TRAY_NOTIFICATIONS, Settings
from .wording import error_text, plural, tr

MESSAGE_MS = 15_000      # how long a tray message stays up (the platform may choose otherwise)
STATUS_MS = 60_000       # how long the status-bar fallback stays
MAX_IDS_LISTED = 5


def message_for(alerts: Sequence[AlertView]) -> tuple[str, str]:
    """Title and text for new alerts. Timer names and referral numbers only: see the module's note."""
    breaches = [a for a in alerts if a.threshold == "breach"]
    if len(alerts) == 1:
        alert = alerts[0]
        if breaches:
            return (tr("Casework: timer breached", "notifier"),
                    tr("{rule} breached — referral {id}", "notifier").format(rule=alert.rule_label, id=alert.referral_id))
        due = to_local(alert.due_at).strftime("%H:%M") if alert.due_at else ""
        text = (tr("{rule} due at {time} — referral {id}", "notifier") if due
                else tr("{rule} due soon — referral {id}", "notifier"))
        return tr("Casework: timer due soon", "notifier"), text.format(rule=alert.rule_label, time=due,
                                                                         id=alert.referral_id)
    ids = sorted({a.referral_id for a in alerts})
    listed = ", ".join(str(i) for i in ids[:MAX_IDS_LISTED]) + (", …" if len(ids) > MAX_IDS_LISTED else "")
    warnings = len(alerts) - len(breaches)
    parts = []
    if breaches:
        parts.append(plural(len(breaches), tr("{n} breached", "notifier"), tr("{n} breached", "notifier")))
    if warnings:
        parts.append(plural(warnings, tr("{n} due soon", "notifier"), tr("{n} due soon", "notifier")))
    title = plural(len(alerts), tr("Casework: {n} new alert", "notifier"), tr("Casework: {n} new alerts", "notifier"))
    where = (tr("referral {ids}", "notifier") if len(ids) == 1 else tr("referrals {ids}", "notifier")).format(ids=listed)
    return title, f"{', '.join(parts)} — {where}"


class AlertNotifier(QObject):
    """Shows new alerts as tray messages, or quietly in the window's status bar without a tray."""

    activated = Signal()  # the user clicked the tray icon or a message: show the alert centre

    def __init__(self, window: QMainWindow | None = None, *, use_tray: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.last_message: tuple[str, str] | None = None
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip(tr("Casework", "notifier"))
            self.tray.messageClicked.connect(self.activated)
            self.tray.activated.connect(self._tray_activated)
            self._menu = QMenu()
            self._menu.addAction(tr("Show alerts", "notifier"), self.activated.emit)
            self.tray.setContextMenu(self._menu)
            self.tray.show()

    @classmethod
    def from_settings(cls, window: QMainWindow | None, settings: Settings) -> AlertNotifier:
        """The tray when the desktop has one and the ``alerts/tray_notifications`` setting allows it."""
        return cls(window, use_tray=None if settings.get(ALERT_TRAY_NOTIFICATIONS) else False)

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None

    def _icon(self) -> QIcon:
        if self._window is not None and not self._window.windowIcon().isNull():
            return self._window.windowIcon()
        app_icon = QApplication.windowIcon()
        if not app_icon.isNull():
            return app_icon
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.activated.emit()

    # --- wiring --------------------------------------------------------------------------------------

    def follow(self, centre: AlertCentre) -> None:
        centre.new_alerts.connect(self.notify)
        centre.unread_count_changed.connect(self.set_unread)

    def follow_scheduler(self, scheduler: SlaScheduler) -> None:
        scheduler.failed.connect(self.sweep_failed)

    # --- telling -------------------------------------------------------------------------------------

    def notify(self, alerts: list[AlertView]) -> None:
        if not alerts:
            return
        title, text = message_for(alerts)
        self.last_message = (title, text)
        if self.tray is not None:
            breach = any(a.threshold == "breach" for a in alerts)
            icon = QSystemTrayIcon.MessageIcon.Critical if breach else QSystemTrayIcon.MessageIcon.Warning
            self.tray.showMessage(title, text, icon, MESSAGE_MS)
        else:
            lead_in = (tr("New alert", "notifier") if len(alerts) == 1
                       else tr("{n} new alerts", "notifier").format(n=len(alerts)))
            self._status(f"{lead_in}: {text}")
            if self._window is not None:
                # Flashes the taskbar entry where the platform does that; no sound, no focus stolen.
                QApplication.alert(self._window)

    def set_unread(self, count: int) -> None:
        if self.tray is not None:
            self.tray.setToolTip(plural(count, tr("Casework — {n} unread alert", "notifier"),
                                        tr("Casework — {n} unread alerts", "notifier")) if count
                                 else tr("Casework — no unread alerts", "notifier"))

    def sweep_failed(self, error: BaseException) -> None:
        self._status(tr("Could not check SLA deadlines (will try again): {error}", "notifier")
                     .format(error=error_text(error)))

    def _status(self, text: str) -> None:
        if self._window is not None:
            self._window.statusBar().showMessage(text, STATUS_MS)

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
