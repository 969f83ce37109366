"""The window lock: after a spell without keyboard or mouse input the case content is put away and
the signed-in user's password is needed to carry on.

Locking takes the main window's pages out of it (the lock screen takes their place), hides every
other window of the app (record windows, open forms and dialogs) and switches off the window's
shortcuts, so no name stays on screen or in the task bar. Nothing is closed: a form keeps what was
typed in it and comes back as it was. Only the signed-in user can unlock (the password goes through
the core's sign-in, so failures count toward lock-out); anyone else at the desk is offered
"Sign out" instead, which ends the session.

The idle time is the ``security/idle_lock_minutes`` setting (default 10). Input anywhere in the app
restarts the count; the timer is a single-shot ``QTimer``, so tests use a short interval.
"""

from __future__ import annotations

from casework.errors import AccountLocked
from casework.services import signin
from casework.services.actor import Actor
from casework.services.context import Context

from .forms import ErrorLabel, heading, small_print
from .qt import (
    QAction,
    QApplication,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import error_text

# What counts as someone at the keyboard.
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                 QEvent.Type.TouchBegin, QEvent.Type.Shortcut}
MIN_MINUTES = 1


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Casework is locked"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.error_label = ErrorLabel(self.tr("Unlock error"))
        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.sign_out_button = QPushButton(self.tr("&Sign out"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.setToolTip(self.tr("Not {name}? Sign out; anything not saved in open forms is lost.")
                                        .format(name=actor.display_name))
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self._unlock)
        self.password_edit.returnPressed.connect(self._unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        box = QWidget()
        box.setFixedWidth(480)  # a fixed width lets the wrapped text take the height it needs
        inner = QVBoxLayout(box)
        inner.addWidget(heading(self.tr("Casework is locked")))
        self.intro = small_print(self.tr(
            "Signed in as {name} ({username}). Casework locked itself after a while without use, "
            "to keep the records private. Enter your password to carry on: anything you were typing "
            "is kept.").format(name=actor.display_name, username=actor.username))
        # Wrapped text in a fixed-width box: reserve the height it needs at that width.
        self.intro.setMinimumHeight(self.intro.heightForWidth(440))
        inner.addWidget(self.intro)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_edit)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addWidget(small_print(self.tr("Someone else? Sign out: {name}'s unsaved work in open forms is lost.")
                                    .format(name=actor.display_name)))
        inner.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _unlock(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.show_error(self.tr("Enter your password."))
            return
        self.unlock_requested.emit(password)

    def show_error(self, text: str) -> None:
        self.error_label.show_error(text)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.unlock_button):
            widget.setEnabled(not busy)


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input (or on :meth:`lock`); unlocks with the password."""

    locked = Signal()
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, window: QMainWindow, ctx: Context, actor: Actor, *, minutes: int = 10,
                 interval_ms: int | None = None) -> None:
        super().__init__(window)
        self._window, self._ctx, self._actor = window, ctx, actor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms if interval_ms is not None else max(MIN_MINUTES, minutes) * 60_000)
        self._timer.timeout.connect(self.lock)
        self._task: Task | None = None
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._bars: list[QWidget] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS and not self.is_locked:
            self._timer.start()
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- locking -------------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked:
            return
        self._timer.stop()
        window = self._window
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not window and w.isVisible() and not isinstance(w, QMenu)]
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.hide()
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._bars = [bar for bar in (window.menuBar(), window.statusBar()) if bar is not None and bar.isVisible()]
        for bar in self._bars:
            bar.setVisible(False)
        self._content = window.takeCentralWidget()
        self.screen = LockScreen(self._actor)
        self.screen.unlock_requested.connect(self._try_unlock)
        self.screen.sign_out_requested.connect(self.sign_out_requested)
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.activateWindow()
        self.screen.password_edit.setFocus()
        self.locked.emit()

    def _try_unlock(self, password: str) -> None:
        if self._task is not None and not self._task.done:
            return
        assert self.screen is not None
        self.screen.set_busy(True)
        ctx, actor = self._ctx, self._actor
        self._task = run_in_background(lambda: signin.confirm_identity(ctx, actor, password),
                                       lambda _actor: self.unlock(), self._unlock_failed)

    def _unlock_failed(self, error: BaseException) -> None:
        if self.screen is None:
            return
        self.screen.set_busy(False)
        if isinstance(error, AccountLocked):
            self.screen.show_error(error_text(error) + " " + self.tr("You can sign out instead."))
        else:
            self.screen.show_error(self.tr("That is not the password of {name}. Try again, or sign out.")
                                   .format(name=self._actor.display_name))

    def unlock(self) -> None:
        """Put everything back as it was (called once the password is confirmed)."""
        if self.screen is None:
            return
        window = self._window
        screen = window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self.screen = None
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content.show()  # a widget given a new parent stays hidden until shown
            self._content = None
        for bar in self._bars:
            bar.setVisible(True)
        for action in self._disabled:
            action.setEnabled(True)
        for widget in self._hidden:
            try:
                widget.show()
            except RuntimeError:  # deleted while the window was locked
                pass
        self._hidden, self._disabled, self._bars = [], [], []
        self._timer.start()
        self.unlocked.emit()
