"""First run: a database with no users gets its administrator (directory.create_first_admin).

Errors appear under the field they concern, name it, and leave everything typed in place.
"""

from __future__ import annotations

from casework.errors import ValidationError
from casework.passwords import MIN_LENGTH
from casework.services import directory
from casework.services.context import Context
from casework.services.views import UserView

from .forms import ErrorLabel, grow_to_fit, heading, small_print, with_error
from .qt import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget, Signal
from .tasks import Task, run_in_background
from .wording import error_text, field_label, validation_text

DEFAULT_USERNAME = "admin"


class FirstRunDialog(QDialog):
    created = Signal(object)  # the UserView of the new administrator

    def __init__(self, ctx: Context, *, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self.user: UserView | None = None
        self.setWindowTitle(self.tr("Set up Casework"))
        self.setObjectName("firstRunDialog")

        self.username_edit = QLineEdit(DEFAULT_USERNAME)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setPlaceholderText(self.tr("Optional, e.g. Ada Lovelace"))
        self.password_edit = QLineEdit()
        self.password_edit.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_LENGTH))
        self.confirm_edit = QLineEdit()
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.edits: dict[str, QLineEdit] = {
            "username": self.username_edit,
            "display_name": self.display_name_edit,
            "password": self.password_edit,
            "confirm_password": self.confirm_edit,
        }
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for field, edit in self.edits.items():
            label = field_label(field)
            edit.setAccessibleName(label)
            self.errors[field] = ErrorLabel(self.tr("{field} error").format(field=label))
            form.addRow(f"{label}:", with_error(edit, self.errors[field]))
        self.form_error = ErrorLabel(self.tr("Set-up error"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create administrator"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Set up Casework")))
        layout.addWidget(small_print(self.tr(
            "This database has no users yet. Create the administrator account: it manages users, "
            "teams and sites. You will sign in with it next.")))
        if database:
            layout.addWidget(small_print(self.tr("Database: {where}").format(where=database)))
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        # Only once the button is inside the dialog does the dialog take it as its default (Enter).
        self.create_button.setDefault(True)
        self.password_edit.setFocus()

    # --- submitting ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def field_error(self, field: str) -> str:
        return self.errors[field].text()

    def submit(self) -> None:
        if self.busy:
            return
        self._clear_errors()
        username = self.username_edit.text().strip()
        display_name = self.display_name_edit.text().strip()
        password = self.password_edit.text()
        confirm = self.confirm_edit.text()
        problems = []
        if not username:
            problems.append(("username", self.tr("enter a user name")))
        if len(password) < MIN_LENGTH:
            problems.append(("password", self.tr("use at least {n} characters").format(n=MIN_LENGTH)))
        elif confirm != password:
            problems.append(("confirm_password", self.tr("does not match the password")))
        if problems:
            for field, text in problems:
                self._show(field, text)
            self.edits[problems[0][0]].setFocus()
            return
        self._set_busy(True)
        ctx = self._ctx
        self._task = run_in_background(
            lambda: directory.create_first_admin(ctx, username, password, display_name or None),
            self._succeeded, self._failed)

    def _succeeded(self, user: UserView) -> None:
        self._set_busy(False)
        self.user = user
        self.created.emit(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError) and error.field in self.errors:
            self._show(error.field, validation_text(error))
            self.edits[error.field].setFocus()
        else:
            self.form_error.show_error(error_text(error))
            grow_to_fit(self)

    def _show(self, field: str, text: str) -> None:
        self.errors[field].show_error(f"{field_label(field)}: {text}")
        grow_to_fit(self)

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_error()

    def _set_busy(self, busy: bool) -> None:
        for widget in (*self.edits.values(), self.create_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
        super().reject()
