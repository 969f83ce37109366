"""Administration: the users of this database, their case roles and the administrator grant.

The page an administrator without a case role gets instead of the case pages (they see no case
content), and that an administrator with a case role opens from the Administration menu. Every
change is a call to ``casework.services.directory``, which checks the grant itself: the page only
offers what the core allows, and shows the core's words when it refuses.
"""

from __future__ import annotations

from enum import IntEnum

from casework.errors import ValidationError
from casework.passwords import MIN_LENGTH
from casework.services import directory
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.views import TeamView, UserView
from casework.services import signin
from casework.store.models import Role
from casework.timeutil import format_local

from .forms import ErrorLabel, heading, small_print, with_error
from .list_model import RecordListModel
from .qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from .tasks import Task, run_in_background
from .wording import N_, error_text, field_label, role_name, validation_text

NO_TEAM = ""


class Column(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLE = 2
    TEAM = 3
    ADMIN = 4
    ACTIVE = 5
    LOCKED = 6


class UsersModel(RecordListModel[UserView]):
    columns = Column
    headers = {Column.USERNAME: N_("User name"), Column.NAME: N_("Name"), Column.ROLE: N_("Case role"), Column.TEAM: N_("Team"),
               Column.ADMIN: N_("Administrator"), Column.ACTIVE: N_("Active"), Column.LOCKED: N_("Locked until")}

    def display(self, record: UserView, column: Column) -> str:
        if column == Column.USERNAME:
            return record.username
        if column == Column.NAME:
            return record.display_name
        if column == Column.ROLE:
            return self.tr("None") if record.role == Role.ADMIN.value else role_name(record.role)
        if column == Column.TEAM:
            return record.team or ""
        if column == Column.ADMIN:
            return self.tr("Yes") if record.is_admin else self.tr("No")
        if column == Column.LOCKED:
            return format_local(record.locked_until) if record.locked_until else ""
        return self.tr("Yes") if record.active else self.tr("No")

    def key(self, record: UserView):
        return record.username


class UserDialog(QDialog):
    """Add a user (with a first password) or change one's case role, team, grant and active flag."""

    def __init__(self, ctx: Context, actor: Actor, teams: list[TeamView], user: UserView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._user = ctx, actor, user
        self._task: Task | None = None
        self.result_user: UserView | None = None
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("Add a user") if user is None else self.tr("Change {name}").format(
            name=user.username))

        self.username_edit = QLineEdit(user.username if user else "")
        self.username_edit.setReadOnly(user is not None)
        self.display_name_edit = QLineEdit(user.display_name if user else "")
        self.role_combo = QComboBox()
        for role in (Role.CASEWORKER, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN):
            self.role_combo.addItem(self.tr("None (administration only)") if role is Role.ADMIN else role_name(role),
                                    role.value)
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("No team"), NO_TEAM)
        for team in teams:
            self.team_combo.addItem(team.name, team.name)
        self.admin_check = QCheckBox(self.tr("Administrator: manages users, teams, sites and settings"))
        self.active_check = QCheckBox(self.tr("Active: may sign in"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_LENGTH))
        if user is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))
            self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(user.team or NO_TEAM)))
            self.admin_check.setChecked(user.is_admin)
            self.active_check.setChecked(user.active)
        else:
            self.active_check.setChecked(True)
            self.active_check.setEnabled(False)

        self.fields: dict[str, QWidget] = {"username": self.username_edit, "display_name": self.display_name_edit,
                                           "role": self.role_combo, "team": self.team_combo,
                                           "admin": self.admin_check, "active": self.active_check}
        if user is None:
            self.fields["password"] = self.password_edit
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for name, widget in self.fields.items():
            label = field_label(name)
            widget.setAccessibleName(label)
            self.errors[name] = ErrorLabel(self.tr("{field} error").format(field=label))
            form.addRow(f"{label}:", with_error(widget, self.errors[name]))
        self.form_error = ErrorLabel(self.tr("Error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_error()
        ctx, actor = self._ctx, self._actor
        role = self.role_combo.currentData()
        team = self.team_combo.currentData() or None
        admin = self.admin_check.isChecked()
        name = self.display_name_edit.text()
        if self._user is None:
            username, password = self.username_edit.text(), self.password_edit.text()
            call = lambda: directory.create_user(ctx, actor, username, password, role, team, name,  # noqa: E731
                                                 admin=admin)
        else:
            username, active = self._user.username, self.active_check.isChecked()
            call = lambda: directory.update_user(ctx, actor, username, role=role, team=team,  # noqa: E731
                                                 admin=admin, active=active, display_name=name)
        self.buttons.setEnabled(False)
        self._task = run_in_background(call, self._saved, self._failed)

    def _saved(self, user: UserView) -> None:
        self.result_user = user
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.errors:
            self.errors[error.field].show_error(validation_text(error))
            self.fields[error.field].setFocus()
        else:
            self.form_error.show_error(error_text(error))


class AdministrationPage(QWidget):
    """Users: who may sign in, their case role and team, and who administers."""

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._task: Task | None = None
        self._teams: list[TeamView] = []
        self._message = ""  # what the last action did, shown with the next reload's count
        self.started = False
        self.setObjectName("administrationPage")
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setToolTip(self.tr("Lift a lock-out after repeated failed sign-ins"))
        self.unlock_button.clicked.connect(self.unlock)
        self.status = QLabel()
        self.status.setObjectName("administrationStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.unlock_button)
        self.button_row = buttons
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users")))
        if not actor.has_case_role:
            layout.addWidget(small_print(self.tr(
                "You are an administrator without a case role: case records are not shown to you. "
                "To work on cases, give your account a case role as well.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._enable()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def selected_user(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        admin = self._actor.is_admin
        self.add_button.setEnabled(admin)
        chosen = self.selected_user()
        self.edit_button.setEnabled(admin and chosen is not None)
        self.reset_button.setEnabled(admin and chosen is not None)
        self.unlock_button.setEnabled(admin and chosen is not None and chosen.locked_until is not None)

    def reload(self) -> None:
        self.started = True
        ctx, actor = self._ctx, self._actor
        self._task = run_in_background(lambda: (directory.list_users(ctx, actor), directory.list_teams(ctx, actor)),
                                       self._loaded, lambda e: self.status.setText(error_text(e)))

    def _loaded(self, result) -> None:
        users, self._teams = result
        chosen = self.selected_user()
        self.model.set_rows(users)
        if chosen is not None:
            row = self.model.row_of(chosen.username)
            if row is not None:
                self.table.selectRow(row)
        count = self.tr("{n} users.").format(n=len(users))
        self.status.setText(f"{self._message} {count}" if self._message else count)
        self._message = ""
        self._enable()

    def add_user(self) -> UserDialog:
        return self._open(UserDialog(self._ctx, self._actor, self._teams, None, self))

    def edit_user(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        return self._open(UserDialog(self._ctx, self._actor, self._teams, user, self))

    def reset_password(self):
        from .password_dialog import PasswordDialog

        user = self.selected_user()
        if user is None:
            return None
        dialog = PasswordDialog(self._ctx, self._actor, username=user.username, parent=self)
        dialog.accepted.connect(lambda: setattr(
            self, "_message", self.tr("A new password was set for {name}.").format(name=user.username)))
        return self._open(dialog)

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        ctx, actor, name = self._ctx, self._actor, user.username
        self._task = run_in_background(
            lambda: signin.unlock_user(ctx, actor, name),
            lambda _lifted: self._done(self.tr("{name} is unlocked.").format(name=name)),
            lambda e: self.status.setText(error_text(e)))

    def _done(self, message: str) -> None:
        self._message = message
        self.reload()

    def _open(self, dialog):
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
