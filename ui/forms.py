"""Small pieces the dialogs share: a heading, a line of small print, and inline error labels."""

from __future__ import annotations

from .qt import QDate, QDateEdit, QFont, QLabel, QPalette, Qt, QVBoxLayout, QWidget
from .theme import alarm_text


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def small_print(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ErrorLabel(QLabel):
    """A message about one field (or the whole form), shown in red below it; hidden when empty."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setVisible(False)
        alarm_text(self)  # red in the look in use, and again when the look changes

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)

    def clear_error(self) -> None:
        self.clear()
        self.setVisible(False)

    @property
    def has_error(self) -> bool:
        return bool(self.text())


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """A field with its error label underneath, as one cell of a form layout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def grow_to_fit(dialog: QWidget) -> None:
    """Make a dialog tall enough for what it now shows (an error label appeared), keeping its width."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(width, needed)


class AnyDateEdit(QDateEdit):
    """A date filter whose lowest date reads as a word ("Any": no limit), with a calendar popup.

    Tab and Shift+Tab leave it as they leave any field: Qt's QDateTimeEdit swallows them while its
    special text is shown (it looks for a next date section the text does not have), which trapped
    keyboard users in the filter.
    """

    def __init__(self, any_text: str, accessible_name: str, *, display_format: str, minimum: QDate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format)
        self.setMinimumDate(minimum)
        self.setSpecialValueText(any_text)  # shown at the minimum date
        self.setDate(minimum)

    def showing_any(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if tab and plain and self.showing_any():
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)
