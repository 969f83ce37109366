"""Keyboard-only helpers for GUI tests: make a window the active one (shortcuts need it), press keys,
and find where the focus is. No mouse anywhere."""

from __future__ import annotations

from ui.qt import QApplication, Qt

WAIT = 8_000


def activate(qtbot, window) -> None:
    """Show ``window`` and make it the active window, as a click or Alt+Tab would."""
    window.show()
    qtbot.waitExposed(window)
    for _attempt in range(4):  # the offscreen platform sometimes drops a request made as another window closes
        window.raise_()
        window.activateWindow()
        window.windowHandle().requestActivate()
        try:
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT // 4)
            return
        except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError: ask again
            continue
    raise AssertionError(f"{window!r} did not become the active window: {QApplication.activeWindow()!r} is "
                         f"(modal: {QApplication.activeModalWidget()!r})")


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, *, to=None) -> None:
    """A key press delivered where the keyboard focus is (or to ``to``), as a person's would be."""
    target = to or focused() or QApplication.activeWindow()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def shortcut(qtbot, sequence: str) -> None:
    """Press a shortcut such as "Ctrl+E" or "Alt+S" where the focus is."""
    from ui.qt import QKeySequence

    combination = QKeySequence(sequence)[0]
    press(qtbot, combination.key(), combination.keyboardModifiers())


def tab_until(qtbot, predicate, *, limit: int = 60, backwards: bool = False):
    """Press Tab (or Shift+Tab) until the focused widget satisfies ``predicate``; return it."""
    for _ in range(limit):
        widget = focused()
        if widget is not None and predicate(widget):
            return widget
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget (focus ends on {focused()!r})")


def alt_for(widget) -> str:
    """The Alt+letter that reaches ``widget`` in the language shown: its own text's ("Ac&knowledge"), or
    the text of the label whose buddy it is ("&Comment:"). Tests press what a person would read."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from .accessibility import _mnemonic

    texts = [widget.text()] if isinstance(widget, QAbstractButton) else []
    texts += [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    for text in texts:
        letter = _mnemonic(text)
        if letter:
            return f"Alt+{letter.upper()}"
    raise AssertionError(f"{widget!r} has no Alt+letter ({texts})")
