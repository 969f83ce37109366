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
