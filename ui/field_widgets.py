"""Form pieces the case screens share: widgets built from a pathway's field specs, dates and local
times, inline field errors, and a dialog base that saves off the UI thread and never loses typing.

A pathway file declares each event kind's fields (``casework.pathways.FieldSpec``: text, bool, int,
choice, multi, date). :func:`make_field_input` turns one into a widget, so a field an area adds to
its pathway file appears in the intake form and the event dialog without a code change.

Dates are typed as day/month/year into a line edit rather than a ``QDateEdit``: a date edit cannot
be empty, and a date of birth that silently defaults to some date is worse than one left blank.
Times are picked in Europe/London wall-clock time and handed to the core as aware UTC.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from casework.clock import Clock
from casework.errors import Conflict, ValidationError
from casework.pathways import FieldSpec
from casework.timeutil import local_to_utc, to_local

from .forms import ErrorLabel, grow_to_fit, small_print
from .i18n import datetime_text, zone_text
from .qt import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    Qt,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QTime,
    QTimeZone,
    QToolButton,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .theme import mark_invalid
from .wording import code_text, error_text, tr, validation_text

# Field names whose text is usually more than a line, with the lines to show. A pathway file could
# say so itself one day (a ``lines`` key on the field); until then the UI knows these.
LONG_TEXT_FIELDS = {"concerns": 4, "notes": 3, "summary": 3, "reason": 2, "attendees": 2}


# --- mnemonics -------------------------------------------------------------------------------------

class Mnemonics:
    """Gives each label of one window its own Alt+letter, preferring the first letter of a word."""

    def __init__(self, reserved: str = "") -> None:
        self.reserved: set[str] = set(reserved.lower())
        self.used: set[str] = set(self.reserved)

    def keep_free(self, text: str) -> str:
        """A button's ``text`` (with its own Alt+letter), moved to another letter if a label here took it.

        Labels get their letters here, in the language shown, but a button's letter comes with its
        translation: in Welsh "C&au'r atgyfeiriad" wanted the A that "C&anlyniad" had been given.
        """
        letter = next((text[i + 1].lower() for i in range(len(text) - 1)
                       if text[i] == "&" and text[i + 1] != "&" and (i == 0 or text[i - 1] != "&")), None)
        if letter is None or letter in self.reserved or letter not in self.used or "&&" in text:
            if letter is not None:
                self.used.add(letter)
            return text
        return self(text.replace("&", ""))

    def __call__(self, text: str) -> str:
        if "&" in text:
            index = text.index("&")
            if index + 1 < len(text):
                self.used.add(text[index + 1].lower())
            return text
        starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalnum())]
        others = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
        for index in starts + others:
            letter = text[index].lower()
            if letter not in self.used:
                self.used.add(letter)
                return text[:index] + "&" + text[index:]
        return text


def plain(label: str) -> str:
    """A label without its mnemonic marker, trailing colon or required star: for names and messages."""
    return label.replace("&", "").rstrip(":").strip().removesuffix("*").strip()


def field_message(message: str, *names: str) -> str:
    """A core message shown beside its field, without repeating the field's name.

    "date of birth cannot be in the future" under Date of birth reads "Cannot be in the future";
    "contacts[0].name is required" reads "Required".
    """
    text = message.strip()
    lowered = text.lower()
    for name in names:
        for form in {name.lower(), name.lower().replace("_", " ")}:
            if form and lowered.startswith(form + " "):
                text = text[len(form):].strip()
                lowered = text.lower()
                break
    if lowered.startswith("is "):
        text = text[3:]
    return text[:1].upper() + text[1:]


# --- dates -----------------------------------------------------------------------------------------

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2,4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
DATE_HINT = "dd/mm/yyyy"


class DateTextError(ValueError):
    """Typed text that is not a date; ``rule`` says how (a code, worded by :func:`date_error_text`)."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


def parse_user_date(text: str) -> date | None:
    """Day/month/year as people in the UK write it (4/3/2010, 04.03.2010, 04032010) or ISO 2010-03-04."""
    if not text.strip():
        return None
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_COMPACT, "dmy")):
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups())))
            if len(str(parts["y"])) < 4 or parts["y"] < 100:
                raise DateTextError("two_digit_year")
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                raise DateTextError("no_such_date") from None
    raise DateTextError("date_format")


def date_error_text(rule: str) -> str:
    return {
        "two_digit_year": tr("write the year in full, e.g. 04/03/2010"),
        "no_such_date": tr("there is no such date"),
    }.get(rule, tr("write the date as day/month/year, e.g. 04/03/2010"))


def format_user_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.strftime("%d/%m/%Y")


class DateInput(QLineEdit):
    """A date typed as day/month/year; empty is allowed (the core says when it is required)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(DATE_HINT)
        self.setMaxLength(20)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def date(self) -> date | None:
        """The date typed, None when empty; raises DateTextError when the text is not a date."""
        return parse_user_date(self.text())

    def set_date(self, value: date | str | None) -> None:
        self.setText(format_user_date(value))


# --- widgets for the fields of an event kind --------------------------------------------------------

class TextInput(QLineEdit):
    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setMaxLength(2000)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class LongTextInput(QPlainTextEdit):
    """Several lines of text. Tab moves on to the next field (Ctrl+Tab would type a tab)."""

    edited = Signal()

    def __init__(self, spec: FieldSpec | None = None, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * lines + 14)
        self._setting = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def text(self) -> str:
        return self.toPlainText()

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            self.setPlainText("" if value is None else str(value))
        finally:
            self._setting = False


class YesNoInput(QComboBox):
    """Yes, no, or not known (an unrecorded answer is not a "no")."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.addItem(tr("Choose…") if spec.required else tr("Not known"), None)
        self.addItem(tr("Yes"), True)
        self.addItem(tr("No"), False)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class CountInput(QSpinBox):
    """A whole number, or "Not known" (shown at the bottom of the range) when nobody said."""

    edited = Signal()
    NOT_KNOWN = -1

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setRange(self.NOT_KNOWN, 9999)
        self.setSpecialValueText(tr("Not known"))
        self.setValue(self.NOT_KNOWN)
        self.setAccelerated(True)
        self.setMinimumWidth(130)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.valueChanged.connect(lambda _v: self.edited.emit())

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if number == self.NOT_KNOWN else number

    def set_value(self, value: Any) -> None:
        self.setValue(self.NOT_KNOWN if value is None else int(value))


class ChoiceInput(QComboBox):
    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.addItem(tr("Choose…") if spec.required else tr("Not recorded"), None)
        for option in spec.options:
            self.addItem(code_text(option), option)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class MultiInput(QWidget):
    """More than one of the options: a grid of check boxes, each its own Tab stop."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self.spec = spec
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        rows = (len(spec.options) + columns - 1) // columns
        for index, option in enumerate(spec.options):
            box = QCheckBox(code_text(option))
            box.setAccessibleName(f"{spec.label}: {code_text(option)}")
            box.toggled.connect(lambda _c: self.edited.emit())
            # Fill down the columns, so the options read in order.
            grid.addWidget(box, index % rows, index // rows)
            self.boxes[option] = box
        if spec.options:
            self.setFocusProxy(self.boxes[spec.options[0]])

    def value(self) -> list[str]:
        return [option for option, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for option, box in self.boxes.items():
            box.setChecked(option in chosen)


class DateFieldInput(DateInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def value(self) -> str | None:
        """ISO date for the core; a text that is not a date raises ValidationError naming the field."""
        try:
            parsed = self.date()
        except DateTextError as exc:
            raise ValidationError(f"details.{self.spec.name}", exc.rule, date_error_text(exc.rule)) from None
        return parsed.isoformat() if parsed else None

    def set_value(self, value: Any) -> None:
        self.set_date(value)


FieldInput = TextInput | LongTextInput | YesNoInput | CountInput | ChoiceInput | MultiInput | DateFieldInput


def make_field_input(spec: FieldSpec, parent: QWidget | None = None) -> FieldInput:
    """The widget for one field of an event kind, by its type."""
    if spec.type == "text":
        lines = LONG_TEXT_FIELDS.get(spec.name)
        widget: FieldInput = LongTextInput(spec, parent, lines=lines) if lines else TextInput(spec, parent)
    elif spec.type == "bool":
        widget = YesNoInput(spec, parent)
    elif spec.type == "int":
        widget = CountInput(spec, parent)
    elif spec.type == "choice":
        widget = ChoiceInput(spec, parent)
    elif spec.type == "multi":
        widget = MultiInput(spec, parent)
    elif spec.type == "date":
        widget = DateFieldInput(spec, parent)
    else:  # the loader refuses unknown types; a plain line is the safe fallback
        widget = TextInput(spec, parent)
    widget.setAccessibleName(spec.label + (tr(" (required)") if spec.required else ""))
    widget.setObjectName(f"field_{spec.name}")
    return widget


def field_label(spec: FieldSpec) -> str:
    return spec.label + (" *" if spec.required else "") + ":"


def align_labels(labels: Iterable[QLabel]) -> None:
    """Give the labels of several form layouts in one window one width, so their fields line up."""
    labels = list(labels)
    if not labels:
        return
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# --- local time -----------------------------------------------------------------------------------

class LocalTimeEdit(QWidget):
    """A date and time on the wall clock in Europe/London, with a "Now" button.

    The date-time edit runs in UTC so that Qt applies no time zone of its own (the machine's may not
    be London); the wall-clock reading is turned into an instant by ``casework.timeutil``. Back-dating
    is allowed; the core refuses a time in the future or before the referral was received.
    """

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self._clock = clock
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(QDate(2000, 1, 1))
        self.edit.setAccessibleName(accessible_name or tr("Date and time (UK time)"))
        self.setAccessibleName(self.edit.accessibleName())
        self.zone_label = QLabel()
        self.zone_label.setAccessibleName(tr("Day and time zone"))
        self.now_button = QToolButton()
        self.now_button.setText(tr("Now"))
        self.now_button.setAccessibleName(tr("Set to now"))
        self.now_button.setToolTip(tr("Set the time to now"))
        self.now_button.clicked.connect(self._now_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self._setting = False
        self.edit.dateTimeChanged.connect(self._changed)
        self.set_now()

    def _changed(self, _value: QDateTime) -> None:
        self._show_zone()
        if not self._setting:
            self.edited.emit()

    def _now_clicked(self) -> None:
        self.set_now()
        self.edited.emit()

    def set_now(self) -> None:
        self.set_value(self._clock.now())

    def set_value(self, instant: datetime) -> None:
        local = to_local(instant)
        self._setting = True
        try:
            self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, local.minute), QTimeZone.utc()))
        finally:
            self._setting = False
        self._show_zone()

    def wall_clock(self) -> datetime:
        """The naive Europe/London reading shown."""
        value = self.edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def value(self) -> datetime:
        """The instant, aware UTC."""
        return local_to_utc(self.wall_clock())

    def _show_zone(self) -> None:
        value = self.value()
        self.zone_label.setText(f"{datetime_text(value, 'dddd')} · {zone_text(value)}")


# --- inline errors --------------------------------------------------------------------------------

@dataclass
class _Field:
    label: str
    widget: QWidget
    error: ErrorLabel


class FieldErrors:
    """Maps the core's field names ("date_of_birth", "contacts[0].phone", "details.offence") to
    widgets: an error marks its widget, shows the message under it and moves the focus there."""

    def __init__(self) -> None:
        self._fields: dict[str, _Field] = {}
        self.current: str | None = None

    def add(self, name: str, label: str, widget: QWidget, error: ErrorLabel) -> None:
        self._fields[name] = _Field(plain(label), widget, error)

    def remove_prefix(self, prefix: str) -> None:
        for name in [n for n in self._fields if n.startswith(prefix)]:
            del self._fields[name]

    def names(self) -> list[str]:
        return list(self._fields)

    def find(self, name: str) -> str | None:
        """The registered field for an error's field name: exact, else its nearest parent ("contacts[0]")."""
        candidate = name
        while candidate:
            if candidate in self._fields:
                return candidate
            cut = max(candidate.rfind("."), candidate.rfind("["))
            candidate = candidate[:cut] if cut > 0 else ""
        return None

    def label_of(self, name: str) -> str:
        found = self.find(name)
        return self._fields[found].label if found else ""

    def show(self, error: ValidationError, message: str | None = None) -> bool:
        """Mark the field the error names; False when no field of this form has that name."""
        found = self.find(error.field)
        if found is None:
            return False
        self.clear()
        entry = self._fields[found]
        text = message or field_message(validation_text(error), entry.label, error.field,
                                        error.field.rsplit(".", 1)[-1])
        entry.error.show_error(text)
        _mark(entry.widget, True)
        entry.widget.setAccessibleDescription(text)
        self.current = found
        _reveal(entry.widget)
        entry.widget.setFocus()
        return True

    def clear(self) -> None:
        for entry in self._fields.values():
            if entry.error.has_error:
                entry.error.clear_error()
            _mark(entry.widget, False)
            entry.widget.setAccessibleDescription("")
        self.current = None

    def error_text(self, name: str) -> str:
        found = self.find(name)
        return self._fields[found].error.text() if found else ""


_FRAMED = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def _mark(widget: QWidget, invalid: bool) -> None:
    """Give the field's frame the invalid border (ui/theme.py CaseworkStyle draws it, in the look's colour)."""
    targets = [widget] if isinstance(widget, _FRAMED) else \
        [w for w in (getattr(widget, "edit", None),) if isinstance(w, _FRAMED)]
    for target in targets:
        mark_invalid(target, invalid)


def _reveal(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 20, 40)
            return
        parent = parent.parentWidget()


# --- the dialog base ------------------------------------------------------------------------------

def conflict_text(error: Conflict, what: str) -> str:
    versions = ""
    if error.expected is not None and error.actual is not None:
        versions = tr(" (you had version {mine}; it is now at version {theirs})").format(
            mine=error.expected, theirs=error.actual)
    return tr("Someone else changed this {what} while you had it open{versions}. Nothing was saved.").format(
        what=what, versions=versions)


class FormDialog(QDialog):
    """A dialog that saves through one core call off the UI thread.

    * a ValidationError marks the field it names (see :class:`FieldErrors`), everything typed stays;
    * a Conflict goes to :meth:`show_conflict` (nothing was saved; the subclass offers a reload);
    * Esc or Cancel asks before throwing away anything typed (:meth:`confirm_discard`);
    * Enter presses the default button (the subclass's save button).
    """

    saved = Signal(object)  # the service's result

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.mnemonics = Mnemonics()
        self.form_error = ErrorLabel(tr("Form error"))
        self.busy_label = small_print("")
        self.busy_label.setVisible(False)
        self.result_value: Any = None
        self._task: Task | None = None
        self._dirty = False
        self._busy_widgets: list[QWidget] = []
        self._side_tasks: list[Task] = []

    # --- typed changes ---

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self.mark_dirty)

    def watch_inputs(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            signal = getattr(widget, "edited", None)
            if signal is not None:
                signal.connect(self.mark_dirty)

    def mark_dirty(self, *_args: Any) -> None:
        self._dirty = True

    def mark_clean(self) -> None:
        self._dirty = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    # --- running the save ---

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def track(self, task: Task) -> Task:
        """A read this dialog started (a list to fill, a search): dropped when the dialog closes."""
        self._side_tasks = [t for t in self._side_tasks if not t.done] + [task]
        return task

    def done(self, result: int) -> None:  # noqa: D102 - QDialog's: every way out (accept, reject) ends here
        for task in self._side_tasks:
            task.discard()
        super().done(result)

    def busy_while_saving(self, *widgets: QWidget) -> None:
        self._busy_widgets.extend(widgets)

    def run_task(self, call: Callable[[], Any], on_success: Callable[[Any], None], *,
                 busy_text: str = "") -> None:
        if self.busy:
            return
        self.errors.clear()
        self.form_error.clear_error()
        self._set_busy(True, busy_text or tr("Saving…"))

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.show_error(error)

        self._task = run_in_background(call, succeeded, failed)

    def finish(self, result: Any) -> None:
        """The save worked: hand the result on and close."""
        self.result_value = result
        self._dirty = False
        self.saved.emit(result)
        self.accept()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in self._busy_widgets:
            widget.setEnabled(not busy)
        self.busy_label.setText(text if busy else "")
        self.busy_label.setVisible(busy)

    # --- errors ---

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, Conflict):
            self.show_conflict(error)
        elif isinstance(error, ValidationError) and self.errors.show(error):
            label = self.errors.label_of(error.field)
            message = self.errors.error_text(error.field)
            self.form_error.show_error(tr("Not saved. {field}: {message}").format(
                field=label, message=message[:1].lower() + message[1:]))
        else:
            self.form_error.show_error(error_text(error))
        grow_to_fit(self)

    def show_conflict(self, error: Conflict) -> None:
        self.form_error.show_error(conflict_text(error, tr("record")))

    # --- leaving ---

    def confirm_discard(self) -> bool:
        """Asked when Esc or Cancel would throw away typed changes (tests replace it)."""
        answer = QMessageBox.question(
            self, tr("Discard changes?"),
            tr("You have typed changes that are not saved. Close and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.busy:
            return  # the save is on its way; closing now would hide its outcome
        if self._dirty and not self.confirm_discard():
            return
        if self._task is not None:
            self._task.discard()
        super().reject()
