"""What a screen reader is told: the accessible name of every control in a window.

The name asked for is the one assistive technology gets, through Qt's accessibility interface
(``QAccessibleInterface.text(Name)``): a widget's ``accessibleName``, else what Qt derives (a
button's text, the text of the label whose buddy a field is).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible  # tests only: the app itself never asks
from PySide6.QtWidgets import QAbstractSpinBox

from ui.qt import QComboBox, Qt, QWidget

# Widgets a person reaches from the keyboard (Tab): anything whose focus policy includes TabFocus.
_SKIP_INSIDE = (QAbstractSpinBox, QComboBox)  # their inner line edit / popup list are parts of them


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def controls(root: QWidget) -> list[QWidget]:
    """The focusable widgets of ``root`` that are shown (or would be, were their page on top)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.isWindow() and widget is not root:
            continue  # not reachable from the keyboard (labels selectable by mouse, for one)
        if widget.window() is not root.window():
            continue  # a popup or another window owned by this one
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, _SKIP_INSIDE):
                inner = True
                break
            parent = parent.parentWidget()
        if inner or widget.isHidden() and not _on_hidden_page(widget, root):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the control that gets the focus (and is checked itself)
        if type(widget).__name__ in ("QWidget", "QScrollArea", "QStackedWidget", "QFrame", "QSplitter",
                                     "QScrollBar", "QTabWidget") and widget.focusPolicy() != Qt.FocusPolicy.StrongFocus:
            continue  # containers that pass the focus on
        if widget is root and type(widget).__name__ in ("QDialog",):
            continue
        found.append(widget)
    return found


def _on_hidden_page(widget: QWidget, root: QWidget) -> bool:
    """Hidden only because its page of a stack or tab is not the current one (not hidden itself)."""
    return False


def describe(widget: QWidget) -> str:
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = getattr(widget, "text", None)
    if callable(text):
        try:
            parts.append(repr(text()))
        except TypeError:
            pass
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else ""))
        parent = parent.parentWidget()
    return " ".join(parts) + " in " + " < ".join(chain)


def unnamed_controls(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not accessible_name(w)]


def _mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("&Save" -> "s"), None without one ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letters used by more than one visible control (or menu) of ``window``: pressing one of them
    goes to the first and never reaches the others."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar

    owners: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = _mnemonic(text or "")
        if letter:
            owners.setdefault(letter, []).append(f"{what} {text!r}")

    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(window):
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
    return {letter: names for letter, names in owners.items() if len(names) > 1}


def menu_clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters used twice inside one menu of ``window``'s menu bar (or a submenu): with the menu open, the
    letter only moves between the items instead of choosing one."""
    from PySide6.QtWidgets import QMainWindow

    found: dict[str, list[str]] = {}
    if not isinstance(window, QMainWindow) or window.menuWidget() is None:
        return found

    def walk(menu, path: str) -> None:
        owners: dict[str, list[str]] = {}
        for action in menu.actions():
            if not action.isVisible() or action.isSeparator():
                continue
            letter = _mnemonic(action.text() or "")
            if letter:
                owners.setdefault(letter, []).append(repr(action.text()))
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")
        for letter, names in owners.items():
            if len(names) > 1:
                found[f"{path}: {letter.upper()}"] = names

    for action in window.menuBar().actions():
        if action.isVisible() and action.menu() is not None:
            walk(action.menu(), action.text())
    return found
