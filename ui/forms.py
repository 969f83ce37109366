"""Small pieces the dialogs share: a heading, a line of small print, and inline error labels."""

from __future__ import annotations

from .qt import QFont, QLabel, QPalette, QVBoxLayout, QWidget
from .theme import status_colour


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
        self._apply_colour()

    def _apply_colour(self) -> None:
        self.setStyleSheet(f"color: {status_colour('alarm', self.palette()).name()};")

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
