"""The database key at start-up: choosing encryption for a new database, unlocking an encrypted one.

- :class:`NewDatabaseDialog` (first start, no database file yet): encrypt the database (the default),
  with a random key kept in the system keyring when there is one, or with a passphrase typed twice.
  ``key`` is the chosen :class:`~casework.store.encryption.DatabaseKey`, or None for a plain file.
- :class:`UnlockDialog` (an encrypted file whose key is not in the keyring): asks for the passphrase
  and opens the database off the UI thread; a wrong passphrase is said plainly under the field, which
  is cleared, and the dialog stays open. ``engine`` is the opened engine.
"""

from __future__ import annotations

from sqlalchemy import Engine

from casework.errors import ValidationError, WrongDatabaseKey
from casework.store.encryption import MIN_PASSPHRASE_LENGTH, DatabaseKey, check_new_passphrase
from casework.store.engine import make_engine

from .forms import ErrorLabel, grow_to_fit, heading, small_print, with_error
from .qt import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from .tasks import Task, run_in_background
from .wording import error_text, validation_text


class NewDatabaseDialog(QDialog):
    def __init__(self, *, database: str = "", keyring_available: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: DatabaseKey | None = None
        self._keyring = keyring_available
        self.setWindowTitle(self.tr("New database — Casework"))
        self.setObjectName("newDatabaseDialog")

        self.encrypt_check = QCheckBox(self.tr("&Encrypt the database (recommended)"))
        self.encrypt_check.setChecked(True)
        self.keyring_radio = QRadioButton(self.tr("Keep a random key in this computer's &keyring "
                                                  "(no passphrase to type)"))
        self.passphrase_radio = QRadioButton(self.tr("Protect it with a &passphrase I will type at each start"))
        self.how = QButtonGroup(self)
        self.how.addButton(self.keyring_radio)
        self.how.addButton(self.passphrase_radio)
        (self.keyring_radio if keyring_available else self.passphrase_radio).setChecked(True)
        self.keyring_radio.setEnabled(keyring_available)

        self.passphrase_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        self.passphrase_edit.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_PASSPHRASE_LENGTH))
        for edit, name in ((self.passphrase_edit, self.tr("Passphrase")),
                           (self.confirm_edit, self.tr("Repeat the passphrase"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.passphrase_error = ErrorLabel(self.tr("Passphrase error"))
        self.confirm_error = ErrorLabel(self.tr("Repeat the passphrase error"))
        self.passphrase_form = QWidget()
        form = QFormLayout(self.passphrase_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Pass&phrase:"), with_error(self.passphrase_edit, self.passphrase_error))
        form.addRow(self.tr("&Repeat:"), with_error(self.confirm_edit, self.confirm_error))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create the database"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("A new Casework database")))
        layout.addWidget(small_print(self.tr(
            "Casework holds children's records. Encrypted, the database file cannot be read without its key, "
            "even if the computer or a backup is lost.")))
        if database:
            layout.addWidget(small_print(self.tr("Database: {where}").format(where=database)))
        layout.addSpacing(6)
        layout.addWidget(self.encrypt_check)
        layout.addWidget(self.keyring_radio)
        if not keyring_available:
            layout.addWidget(small_print(self.tr(
                "This computer has no usable keyring, so the database is protected by a passphrase.")))
        layout.addWidget(self.passphrase_radio)
        layout.addWidget(self.passphrase_form)
        self.passphrase_warning = small_print(self.tr(
            "Nobody can recover a forgotten passphrase: without it the records are lost. Keep it safe."))
        layout.addWidget(self.passphrase_warning)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.create_button.setDefault(True)

        self.encrypt_check.toggled.connect(self._update)
        self.passphrase_radio.toggled.connect(self._update)
        self._update()

    @property
    def busy(self) -> bool:
        return False  # nothing runs in the background here (as the other start-up dialogs report)

    @property
    def uses_passphrase(self) -> bool:
        return self.encrypt_check.isChecked() and self.passphrase_radio.isChecked()

    def _update(self) -> None:
        encrypt = self.encrypt_check.isChecked()
        self.keyring_radio.setEnabled(encrypt and self._keyring)
        self.passphrase_radio.setEnabled(encrypt)
        self.passphrase_form.setVisible(self.uses_passphrase)
        self.passphrase_warning.setVisible(self.uses_passphrase)
        if self.uses_passphrase:
            self.passphrase_edit.setFocus()
        grow_to_fit(self)

    def submit(self) -> None:
        self.passphrase_error.clear_error()
        self.confirm_error.clear_error()
        if not self.encrypt_check.isChecked():
            self.key = None
            self.accept()
            return
        if not self.uses_passphrase:
            self.key = DatabaseKey.random()
            self.accept()
            return
        passphrase = self.passphrase_edit.text()
        try:
            check_new_passphrase(passphrase)
        except ValidationError as exc:
            self.passphrase_error.show_error(self.tr("Passphrase: {text}").format(text=validation_text(exc)))
            self.passphrase_edit.setFocus()
            grow_to_fit(self)
            return
        if self.confirm_edit.text() != passphrase:
            self.confirm_error.show_error(self.tr("Repeat: does not match the passphrase"))
            self.confirm_edit.setFocus()
            grow_to_fit(self)
            return
        self.key = DatabaseKey.from_passphrase(passphrase)
        self.accept()


class UnlockDialog(QDialog):
    def __init__(self, url: str, *, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = url
        self._task: Task | None = None
        self.engine: Engine | None = None
        self.setWindowTitle(self.tr("Unlock the database — Casework"))
        self.setObjectName("unlockDialog")

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Database passphrase"))
        self.error_label = ErrorLabel(self.tr("Unlock error"))
        self.busy_label = small_print("")
        self.busy_label.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Database &passphrase:"), self.passphrase_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("The database is encrypted")))
        layout.addWidget(small_print(self.tr(
            "Its key is not in this computer's keyring. Type the database passphrase (not your sign-in "
            "password).")))
        if database:
            layout.addWidget(small_print(self.tr("Database: {where}").format(where=database)))
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.unlock_button.setDefault(True)
        self.passphrase_edit.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def submit(self) -> None:
        if self.busy:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self._fail(self.tr("Type the database passphrase."))
            return
        self.error_label.clear_error()
        self._set_busy(True)
        url, key = self._url, DatabaseKey.from_passphrase(passphrase)
        # Deriving the key from a passphrase takes a noticeable moment: off the UI thread.
        self._task = run_in_background(lambda: make_engine(url, key=key), self._opened, self._failed)

    def _opened(self, engine: Engine) -> None:
        self._set_busy(False)
        self.engine = engine
        self.passphrase_edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        if isinstance(error, WrongDatabaseKey):
            self._fail(self.tr("That passphrase does not open this database. Check it and try again."))
        else:
            self._fail(error_text(error))

    def _fail(self, text: str) -> None:
        self.error_label.show_error(text)
        grow_to_fit(self)
        self.passphrase_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.passphrase_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.busy_label.setText(self.tr("Opening the database…") if busy else "")
        self.busy_label.setVisible(busy)

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
        super().reject()
