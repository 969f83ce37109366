"""Changing one's own password (File → Change password…), and an administrator setting someone's.

The current password is required (a wrong one counts toward lock-out, like a failed sign-in). Errors
appear under the field they concern, name it, and leave everything else typed in place.
"""

from __future__ import annotations

from casework.errors import AccountLocked, ValidationError
from casework.passwords import MIN_LENGTH
from casework.services import signin
from casework.services.actor import Actor
from casework.services.context import Context

from .forms import ErrorLabel, grow_to_fit, heading, small_print, with_error
from .qt import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from .tasks import Task, run_in_background
from .wording import N_, error_text, field_label, tr, validation_text


class PasswordDialog(QDialog):
    """Own password (``username`` None: current password asked) or, for an administrator, another user's."""

    def __init__(self, ctx: Context, actor: Actor, *, username: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._username = ctx, actor, username
        self._task: Task | None = None
        self.saved = False
        own = username is None
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Change your password") if own else
                            self.tr("Set a new password for {name}").format(name=username))
        self.old_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_LENGTH))
        self.confirm_edit = QLineEdit()
        for edit in (self.old_edit, self.new_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edits: dict[str, QLineEdit] = {}
        if own:
            self.edits["old_password"] = self.old_edit
        self.edits["new_password"] = self.new_edit
        self.edits["confirm_new_password"] = self.confirm_edit
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        mnemonics = {"old_password": N_("&Current password"), "new_password": N_("&New password"),
                     "confirm_new_password": N_("C&onfirm new password")}
        for field, edit in self.edits.items():
            label = field_label(field)
            edit.setAccessibleName(label)
            self.errors[field] = ErrorLabel(self.tr("{field} error").format(field=label))
            form.addRow(tr(mnemonics[field]) + ":", with_error(edit, self.errors[field]))
        self.form_error = ErrorLabel(self.tr("Password error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Change password") if own else self.tr("Set password"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        layout.addWidget(small_print(
            self.tr("Signed in as {name} ({username}).").format(name=actor.display_name, username=actor.username)
            if own else self.tr("They sign in with it next time; a lock-out on their account is lifted.")))
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.save_button.setDefault(True)
        next(iter(self.edits.values())).setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def submit(self) -> None:
        if self.busy:
            return
        for label in (*self.errors.values(), self.form_error):
            label.clear_error()
        old, new, confirm = self.old_edit.text(), self.new_edit.text(), self.confirm_edit.text()
        if new != confirm:
            self._field_error("confirm_new_password", self.tr("The two new passwords are not the same."))
            return
        ctx, actor, username = self._ctx, self._actor, self._username
        if username is None:
            call = lambda: signin.change_password(ctx, actor, old, new)  # noqa: E731
        else:
            call = lambda: signin.reset_password(ctx, actor, username, new)  # noqa: E731
        self.save_button.setEnabled(False)
        self._task = run_in_background(call, self._done, self._failed)

    def _done(self, _result) -> None:
        self.saved = True
        self.save_button.setEnabled(True)
        for edit in self.edits.values():
            edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.errors:
            self._field_error(error.field, validation_text(error))
        elif isinstance(error, AccountLocked):
            self.form_error.show_error(error_text(error))
        else:
            self.form_error.show_error(error_text(error))
        grow_to_fit(self)

    def _field_error(self, field: str, text: str) -> None:
        self.errors[field].show_error(text)
        edit = self.edits[field]
        if field != "new_password":
            edit.clear()
        edit.setFocus()
        grow_to_fit(self)
