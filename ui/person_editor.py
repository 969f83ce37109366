"""A young person's details: the fields (shared by intake and the record), parents and carers, and the
editor that saves changes with the version it read, so a change made meanwhile by someone else comes
back as a conflict to resolve, never a silent overwrite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from casework.errors import Conflict, ValidationError
from casework.services import audit, people
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.people import GENDERS, ContactInput, PersonInput
from casework.services.views import PersonView

from .field_widgets import DateInput, DateTextError, FieldErrors, FormDialog, Mnemonics, date_error_text, plain
from .forms import ErrorLabel, heading, small_print, with_error
from .i18n import date_text
from .qt import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import run_in_background
from .wording import N_, code_text, tr

RELATIONSHIPS = ("mother", "father", "carer", "foster carer", "grandparent", "aunt", "uncle", "sibling",
                 "social worker", "other")
# Labels for the person fields, keyed by the core's field names (also used in error messages).
PERSON_LABELS = {
    "given_name": N_("Given name"),
    "family_name": N_("Family name"),
    "date_of_birth": N_("Date of birth"),
    "gender": N_("Gender"),
    "home_local_authority": N_("Home local authority"),
    "postcode": N_("Postcode"),
    "pnc_id": N_("PNC ID"),
    "nhs_number": N_("NHS number"),
}
IDENTITY_FIELDS = ("given_name", "family_name", "date_of_birth", "pnc_id", "nhs_number")


def _line(max_length: int, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class PersonFields(QWidget):
    """Name, date of birth, gender, home local authority, postcode, PNC ID and NHS number.

    Laid out two to a row. ``identity_edited`` fires when a field that identifies the person
    changes (names, date of birth, identifiers): the intake form looks for possible matches then.
    """

    edited = Signal()
    identity_edited = Signal()

    def __init__(self, mnemonics: Mnemonics, *, local_authorities: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_edit = _line(120, tr("Given name (required)"))
        self.family_edit = _line(120, tr("Family name (required)"))
        self.dob_edit = DateInput()
        self.dob_edit.setAccessibleName(tr("Date of birth (required), day/month/year"))
        self.dob_hint = small_print("")
        self.dob_hint.setAccessibleName(tr("Age"))
        self.gender_combo = QComboBox()
        self.gender_combo.setAccessibleName(tr("Gender"))
        self.gender_combo.addItem(tr("Not recorded"), None)
        for code in GENDERS:
            self.gender_combo.addItem(code_text(code), code)
        self.la_combo = QComboBox()
        self.la_combo.setEditable(True)
        self.la_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.la_combo.setAccessibleName(tr("Home local authority"))
        self.la_combo.lineEdit().setPlaceholderText(tr("e.g. Milton Keynes"))
        self.set_local_authorities(local_authorities or [])
        self.postcode_edit = _line(10, tr("Postcode"), tr("e.g. MK9 2AA"))
        self.pnc_edit = _line(20, tr("PNC ID"), tr("e.g. 12/3456789A"))
        self.nhs_edit = _line(14, tr("NHS number"), tr("10 digits"))

        self.widgets: dict[str, QWidget] = {
            "given_name": self.given_edit, "family_name": self.family_edit, "date_of_birth": self.dob_edit,
            "gender": self.gender_combo, "home_local_authority": self.la_combo, "postcode": self.postcode_edit,
            "pnc_id": self.pnc_edit, "nhs_number": self.nhs_edit,
        }
        self.error_labels = {name: ErrorLabel(tr("{field} error").format(field=PERSON_LABELS[name]))
                             for name in self.widgets}
        required = {"given_name", "family_name", "date_of_birth"}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.labels: dict[str, QLabel] = {}
        for index, name in enumerate(self.widgets):
            row, col = divmod(index, 2)
            text = tr(PERSON_LABELS[name]) + (" *" if name in required else "") + ":"
            label = QLabel(mnemonics(text))
            label.setBuddy(self.widgets[name])
            self.labels[name] = label
            cell = with_error(self.widgets[name], self.error_labels[name])
            if name == "date_of_birth":
                cell.layout().insertWidget(1, self.dob_hint)
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, row, col * 2 + 1)
            label.setContentsMargins(0, 4, 0, 0)

        for name in ("given_name", "family_name", "postcode", "pnc_id", "nhs_number"):
            self.widgets[name].textEdited.connect(self.edited)
        self.dob_edit.edited.connect(self.edited)
        self.gender_combo.activated.connect(self.edited)
        self.la_combo.editTextChanged.connect(self.edited)
        for name in ("given_name", "family_name", "pnc_id", "nhs_number"):
            self.widgets[name].textEdited.connect(self.identity_edited)
        self.dob_edit.edited.connect(self.identity_edited)
        self.dob_edit.textChanged.connect(self._show_age)
        self._today: date | None = None

    # --- values ---

    def set_today(self, today: date) -> None:
        self._today = today
        self._show_age()

    def set_local_authorities(self, names: list[str]) -> None:
        typed = self.la_combo.currentText()
        self.la_combo.clear()
        self.la_combo.addItems(sorted(set(names)))
        self.la_combo.setCurrentIndex(-1)
        self.la_combo.setEditText(typed)

    def _show_age(self) -> None:
        try:
            born = self.dob_edit.date()
        except DateTextError:
            born = None
        if born is None or self._today is None:
            self.dob_hint.setText("")
            self.dob_hint.setVisible(False)
            return
        from casework.timeutil import age_on
        age = age_on(born, self._today)
        self.dob_hint.setText(tr("{date} — aged {age}").format(date=date_text(born, "d MMMM yyyy"), age=age)
                              if 0 <= age < 130 else date_text(born, "d MMMM yyyy"))
        self.dob_hint.setVisible(True)

    def date_of_birth(self) -> date | None:
        """The date typed; raises ValidationError("date_of_birth") when the text is not a date."""
        try:
            return self.dob_edit.date()
        except DateTextError as exc:
            raise ValidationError("date_of_birth", exc.rule, date_error_text(exc.rule)) from None

    def date_of_birth_or_none(self) -> date | None:
        try:
            return self.dob_edit.date()
        except DateTextError:
            return None

    def values(self, *, parse_date: bool = True) -> dict[str, Any]:
        """Every field as the core takes it (date of birth parsed; may raise ValidationError)."""
        return {
            "given_name": self.given_edit.text(),
            "family_name": self.family_edit.text(),
            "date_of_birth": self.date_of_birth() if parse_date else None,
            "gender": self.gender_combo.currentData(),
            "home_local_authority": self.la_combo.currentText().strip() or None,
            "postcode": self.postcode_edit.text().strip() or None,
            "pnc_id": self.pnc_edit.text().strip() or None,
            "nhs_number": self.nhs_edit.text().strip() or None,
        }

    def set_person(self, person: PersonView) -> None:
        for name in self.widgets:
            self.set_field(name, getattr(person, name))

    def set_field(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        if name == "date_of_birth":
            self.dob_edit.set_date(value)
            self._show_age()
        elif name == "gender":
            index = self.gender_combo.findData(value) if value else 0
            self.gender_combo.setCurrentIndex(max(index, 0))
        elif name == "home_local_authority":
            self.la_combo.setEditText(value or "")
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(value or "")

    def register(self, errors: FieldErrors) -> None:
        for name, widget in self.widgets.items():
            errors.add(name, PERSON_LABELS[name], widget, self.error_labels[name])

    def set_read_only(self, read_only: bool) -> None:
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
            self.labels[name].setEnabled(not read_only)


# --- parents and carers ----------------------------------------------------------------------------

@dataclass
class _ContactRow:
    name: QLineEdit
    relationship: QComboBox
    phone: QLineEdit
    parent_carer: QCheckBox
    remove: QToolButton
    error: ErrorLabel


class ContactsEditor(QWidget):
    """Rows of name, relationship, phone and "parent/carer", added and removed at will."""

    edited = Signal()
    rows_changed = Signal()

    def __init__(self, mnemonics: Mnemonics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_ContactRow] = []
        self._errors: FieldErrors | None = None
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.headers = [QLabel(tr("Name")), QLabel(tr("Relationship")), QLabel(tr("Phone")), QLabel("")]
        for col, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, col)
        self.empty_label = small_print(tr("No parent or carer recorded yet."))
        self.empty_label.setWordWrap(False)
        self.add_button = QPushButton(mnemonics(tr("Add parent or carer")))
        self.add_button.setAccessibleName(tr("Add parent or carer"))
        self.add_button.clicked.connect(self._add_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label)
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(bottom)
        self._relayout()

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.name.setFocus()
        self.edited.emit()

    def add_row(self, contact: ContactInput | None = None) -> _ContactRow:
        number = len(self.rows) + 1
        name = QLineEdit()
        name.setMaxLength(200)
        relationship = QComboBox()
        relationship.setEditable(True)
        relationship.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        relationship.addItems(list(RELATIONSHIPS))
        relationship.setCurrentIndex(-1)
        phone = QLineEdit()
        phone.setMaxLength(40)
        phone.setPlaceholderText(tr("e.g. 07700 900123"))
        parent_carer = QCheckBox(tr("Parent/carer"))
        parent_carer.setChecked(True)
        remove = QToolButton()
        remove.setText(tr("Remove"))
        row = _ContactRow(name, relationship, phone, parent_carer, remove,
                          ErrorLabel(tr("Contact {n} error").format(n=number)))
        if contact is not None:
            name.setText(contact.name)
            relationship.setEditText(contact.relationship)
            phone.setText(contact.phone or "")
            parent_carer.setChecked(contact.is_parent_carer)
        name.textEdited.connect(self.edited)
        relationship.editTextChanged.connect(self.edited)
        phone.textEdited.connect(self.edited)
        parent_carer.toggled.connect(self.edited)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._relayout()
        return row

    def remove_row(self, row: _ContactRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        for widget in (row.name, row.relationship, row.phone, row.parent_carer, row.remove, row.error):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.edited.emit()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].name.setFocus()
        else:
            self.add_button.setFocus()

    def _relayout(self) -> None:
        for index, row in enumerate(self.rows):
            number = index + 1
            self.grid.addWidget(row.name, 1 + index * 2, 0)
            self.grid.addWidget(row.relationship, 1 + index * 2, 1)
            self.grid.addWidget(row.phone, 1 + index * 2, 2)
            self.grid.addWidget(row.parent_carer, 1 + index * 2, 3)
            self.grid.addWidget(row.remove, 1 + index * 2, 4)
            self.grid.addWidget(row.error, 2 + index * 2, 0, 1, 5)
            row.name.setAccessibleName(tr("Contact {n} name").format(n=number))
            row.relationship.setAccessibleName(tr("Contact {n} relationship").format(n=number))
            row.phone.setAccessibleName(tr("Contact {n} phone").format(n=number))
            row.parent_carer.setAccessibleName(tr("Contact {n} is a parent or carer").format(n=number))
            row.remove.setAccessibleName(tr("Remove contact {n}").format(n=number))
            row.error.setAccessibleName(tr("Contact {n} error").format(n=number))
        if self.isVisible():
            # Show the new row's widgets now (not at the next event loop turn), so focus can go to them.
            for row in self.rows:
                for widget in (row.name, row.relationship, row.phone, row.parent_carer, row.remove):
                    widget.setVisible(True)
        for label in self.headers:
            label.setVisible(bool(self.rows))
        self.empty_label.setVisible(not self.rows)
        # Tab goes along each row, then down to the next, then to the add button.
        chain = [w for r in self.rows for w in (r.name, r.relationship, r.phone, r.parent_carer, r.remove)]
        for first, second in zip(chain, chain[1:] + [self.add_button]):
            QWidget.setTabOrder(first, second)
        if self._errors is not None:
            self.register(self._errors)
        self.rows_changed.emit()

    def contacts(self) -> tuple[ContactInput, ...]:
        return tuple(ContactInput(name=r.name.text(), relationship=r.relationship.currentText(),
                                  phone=r.phone.text().strip() or None, is_parent_carer=r.parent_carer.isChecked())
                     for r in self.rows)

    def register(self, errors: FieldErrors) -> None:
        self._errors = errors
        errors.remove_prefix("contacts[")
        for index, row in enumerate(self.rows):
            number = index + 1
            errors.add(f"contacts[{index}].name", tr("Contact {n} name").format(n=number), row.name, row.error)
            errors.add(f"contacts[{index}].relationship", tr("Contact {n} relationship").format(n=number),
                       row.relationship, row.error)
            errors.add(f"contacts[{index}].phone", tr("Contact {n} phone").format(n=number), row.phone, row.error)
            errors.add(f"contacts[{index}]", tr("Contact {n}").format(n=number), row.name, row.error)


def person_input(fields: PersonFields, contacts: ContactsEditor) -> PersonInput:
    return PersonInput(**fields.values(), contacts=contacts.contacts())


# --- the editor -----------------------------------------------------------------------------------

def _shown(value: Any) -> str:
    if value is None or value == "":
        return tr("(blank)")
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return code_text(str(value)) if isinstance(value, str) and value in GENDERS else str(value)


class PersonEditorDialog(FormDialog):
    """Edit a young person's details with the version read; a conflict offers their version or yours."""

    def __init__(self, ctx: Context, actor: Actor, person: PersonView, *, local_authorities: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self.person = person
        self.theirs: PersonView | None = None
        self.setWindowTitle(tr("Edit {name} — Casework").format(name=person.full_name))
        self.setObjectName("personEditorDialog")
        self.mnemonics = Mnemonics("sc")
        self.fields = PersonFields(self.mnemonics, local_authorities=local_authorities)
        from casework.timeutil import to_local
        self.fields.set_today(to_local(ctx.clock.now()).date())
        self.fields.set_person(person)
        self.fields.register(self.errors)
        self.watch(self.fields.edited)

        self.conflict_box = QFrame()
        self.conflict_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_box.setAccessibleName(tr("Conflict"))
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_theirs_button = QPushButton(tr("Use &their version"))
        self.use_theirs_button.setAccessibleName(tr("Use their version"))
        self.keep_mine_button = QPushButton(tr("&Keep my changes"))
        self.keep_mine_button.setAccessibleName(tr("Keep my changes"))
        self.use_theirs_button.clicked.connect(self.use_theirs)
        self.keep_mine_button.clicked.connect(self.keep_mine)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addStretch(1)
        conflict_buttons.addWidget(self.use_theirs_button)
        conflict_buttons.addWidget(self.keep_mine_button)
        box_layout = QVBoxLayout(self.conflict_box)
        box_layout.addWidget(self.conflict_label)
        box_layout.addLayout(conflict_buttons)
        self.conflict_box.setVisible(False)

        contacts = small_print(self._contacts_text(person))
        contacts.setAccessibleName(tr("Parents and carers"))
        # Risk flags are set and removed on their own (each is saved at once, audited, kept in history).
        from .risk_flags import RiskFlagsPanel
        self.risk_panel = RiskFlagsPanel(ctx, actor, person.id, editable=actor.role.value != "manager")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(tr("Save"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy_while_saving(self.fields, self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Young person's details")))
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.fields)
        layout.addWidget(contacts)
        layout.addWidget(self.risk_panel)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self.save_button.setDefault(True)
        self.fields.given_edit.setFocus()
        # Opening the editor is a look at the person's record: audited (off the UI thread).
        self.track(run_in_background(lambda: audit.record_view(ctx, actor, "person", person.id, via="person_editor"),
                                     lambda _none: None, self.show_error))

    @staticmethod
    def _contacts_text(person: PersonView) -> str:
        if not person.contacts:
            return tr("Parents and carers: none recorded.")
        parts = [f"{c.name} ({c.relationship}{', ' + c.phone if c.phone else ''})" for c in person.contacts]
        return tr("Parents and carers: {list}").format(list="; ".join(parts))

    def changes(self) -> dict[str, Any]:
        """Only what differs from the version read (raises ValidationError for a date that is not one)."""
        typed = self.fields.values()
        current = {name: getattr(self.person, name) for name in PERSON_LABELS}
        changes = {}
        for name, value in typed.items():
            before = current[name]
            if isinstance(value, str):
                value = value.strip()
            if (value or None) != (before or None):
                changes[name] = value
        return changes

    def submit(self) -> None:
        if self.busy:
            return
        try:
            changes = self.changes()
        except ValidationError as error:
            self.show_error(error)
            return
        if not changes:
            self.mark_clean()
            self.finish(self.person)
            return
        ctx, actor, person_id, version = self._ctx, self._actor, self.person.id, self.person.version
        self.run_task(lambda: people.update_person(ctx, actor, person_id, version, **changes), self.finish)

    def show_conflict(self, error: Conflict) -> None:
        """Nothing was saved. Fetch their version, say what differs, and let the person choose."""
        self.conflict_label.setText(tr("Someone else changed these details while you had them open. "
                                       "Nothing was saved; your typing is still here. Loading their version…"))
        self.conflict_box.setVisible(True)
        self.use_theirs_button.setEnabled(False)
        self.keep_mine_button.setEnabled(False)
        ctx, actor, person_id = self._ctx, self._actor, self.person.id
        self.track(run_in_background(lambda: people.get_person(ctx, actor, person_id, view="person_editor"),
                                     self._theirs_loaded, self.show_error))

    def _theirs_loaded(self, theirs: PersonView) -> None:
        self.theirs = theirs
        differences = []
        for name, label in PERSON_LABELS.items():
            before, after = getattr(self.person, name), getattr(theirs, name)
            if before != after:
                differences.append(tr("{field}: {before} → {after}").format(
                    field=tr(label), before=_shown(before), after=_shown(after)))
        changed = ("\n• " + "\n• ".join(differences)) if differences else ""
        self.conflict_label.setText(
            tr("Someone else changed these details while you had them open. Nothing was saved; your typing "
               "is still here.{changed}\n\nUse their version (your typing is dropped), or keep your changes: "
               "what you changed keeps your value, everything else takes theirs, then Save.").format(
                changed=("\n\n" + tr("They changed:") + changed) if changed else ""))
        self.use_theirs_button.setEnabled(True)
        self.keep_mine_button.setEnabled(True)
        self.use_theirs_button.setFocus()

    def use_theirs(self) -> None:
        if self.theirs is None:
            return
        self.person = self.theirs
        self.fields.set_person(self.theirs)
        self.errors.clear()
        self.form_error.clear_error()
        self.conflict_box.setVisible(False)
        self.mark_clean()
        self.fields.given_edit.setFocus()

    def keep_mine(self) -> None:
        """Keep what was typed over their version; fields not touched here take their new values.

        Their version becomes the one read, so the next Save is a knowing overwrite of only the fields
        typed in this dialog, never a silent revert of the others.
        """
        if self.theirs is None:
            return
        typed = self.fields.values(parse_date=False)
        try:
            typed["date_of_birth"] = self.fields.date_of_birth()
        except ValidationError:
            typed["date_of_birth"] = self.fields.dob_edit.text()  # not a date: typed, so kept
        for name in PERSON_LABELS:
            mine = typed[name].strip() if isinstance(typed[name], str) else typed[name]
            if (mine or None) == (getattr(self.person, name) or None):
                self.fields.set_field(name, getattr(self.theirs, name))
        self.person = self.theirs
        self.conflict_box.setVisible(False)
        self.form_error.clear_error()
        self.mark_dirty()
        self.save_button.setFocus()


def changed_fields(a: PersonView, b: PersonView) -> list[str]:
    return [plain(PERSON_LABELS[n]) for n in PERSON_LABELS if getattr(a, n) != getattr(b, n)]
