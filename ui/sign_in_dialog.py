"""Signing in: user name and password, checked off the UI thread by directory.authenticate.

A failure never says which half was wrong; it keeps the user name and clears the password.
"""

from __future__ import annotations

from casework.services import directory
from casework.services.actor import Actor
from casework.services.context import Context

from .forms import ErrorLabel, grow_to_fit, heading, small_print
from .qt import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget, Signal
from .tasks import Task, run_in_background
from .wording import error_text


class SignInDialog(QDialog):
    signed_in = Signal(object)  # the Actor

    def __init__(self, ctx: Context, *, database: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — Casework"))
        self.setObjectName("signInDialog")

        self.username_edit = QLineEdit(username)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.error_label = ErrorLabel(self.tr("Sign-in error"))
        self.busy_label = small_print("")
        self.busy_label.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sign in to Casework")))
        if database:
            where = small_print(self.tr("Database: {where}").format(where=database))
            where.setAccessibleName(self.tr("Database"))
            layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        # Only once the button is inside the dialog does the dialog take it as its default (Enter).
        self.sign_in_button.setDefault(True)

        (self.password_edit if username else self.username_edit).setFocus()

    # --- submitting ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def submit(self) -> None:
        if self.busy:
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self._fail(self.tr("Enter your user name and password."),
                       focus=self.username_edit if not username else self.password_edit)
            return
        self.error_label.clear_error()
        self._set_busy(True)
        ctx = self._ctx
        self._task = run_in_background(lambda: directory.authenticate(ctx, username, password),
                                       self._succeeded, self._failed)

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.password_edit.clear()
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        # Unknown user, wrong password and inactive account all read the same (see error_text).
        self._set_busy(False)
        self.password_edit.clear()
        self._fail(error_text(error), focus=self.password_edit)

    def _fail(self, message: str, *, focus: QLineEdit) -> None:
        self.error_label.show_error(message)
        grow_to_fit(self)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        self.busy_label.setText(self.tr("Signing in…") if busy else "")
        self.busy_label.setVisible(busy)
        grow_to_fit(self)

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
        super().reject()
