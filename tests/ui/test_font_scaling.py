"""Text follows the system font size: nothing in the UI sets a font size in pixels, and with the
application font at 1.5 times its size the screens grow so that no label or button is cut short."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.event_dialog import EventDialog
from ui.field_widgets import FormDialog
from ui.main_window import MainWindow
from ui.qt import QAbstractItemView, QApplication, QFont, QHeaderView, QLabel, QPushButton, QThreadPool, QWidget
from ui.sign_in_dialog import SignInDialog
from ui.workspace import build_workspace

UI = Path(__file__).resolve().parents[2] / "ui"
WAIT = 8_000
SCALE = 1.5


def test_no_font_size_is_given_in_pixels_or_as_a_fixed_number():
    """Font sizes are relative to the application font (QFont.pointSizeF() * factor), never absolute."""
    absolute = re.compile(r"font-size\s*:|setPixelSize\(|setPointSize\(\s*\d|setPointSizeF\(\s*\d|QFont\([^)]*,\s*\d")
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if absolute.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    for path in sorted((UI.parent / "resources").rglob("*.qss")):
        if "font-size" in path.read_text(encoding="utf-8"):
            offenders.append(f"{path.name}: font-size")
    assert not offenders, "\n".join(offenders)


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(FormDialog, "confirm_discard", lambda self: True)


@pytest.fixture
def large_font(qapp):
    """The application font at 1.5 times the system's size, as a person with large text set would have."""
    original = QApplication.font()
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * SCALE)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(original)


def settle(qtbot) -> None:
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(WAIT)
        qtbot.wait(30)


def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons smaller than they need to be to show all of their text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, (QLabel, QPushButton)) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed_height:
                found.append(f"{type(widget).__name__} {widget.text()[:40]!r}: {widget.height()} < {needed_height} high")
            continue
        hint = widget.minimumSizeHint()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            found.append(f"{type(widget).__name__} {widget.text()[:40]!r}: {widget.width()}x{widget.height()} "
                         f"< {hint.width()}x{hint.height()}")
    return found


def test_the_sign_in_dialog_grows_with_the_font(qtbot, ctx, world, large_font):
    dialog = SignInDialog(ctx, database="test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.username_edit.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    assert not clipped(dialog), clipped(dialog)
    assert dialog.username_edit.height() >= dialog.username_edit.fontMetrics().height()


def test_the_main_window_pages_grow_with_the_font(qtbot, ctx, world, settings, samples, large_font, tmp_path):
    window = MainWindow(ctx, world.team_lead, settings=settings)
    qtbot.addWidget(window)
    workspace = build_workspace(window, ctx, world.team_lead, settings)
    window.resize(1280, 800)
    window.show()
    window.reload()
    problems = {}
    try:
        for key in window.page_keys():
            window.show_page(key)
            settle(qtbot)
            found = clipped(window)
            if found:
                problems[key] = found
            # rows of every table are at least a line of the (large) text high
            for view in window.page(key).findChildren(QAbstractItemView):
                if not isinstance(view, QHeaderView) and view.isVisibleTo(window) and view.model() is not None and view.model().rowCount():
                    assert view.visualRect(view.model().index(0, 0)).height() >= view.fontMetrics().height(), key
        if SCREENSHOTS:
            window.show_page("caseload")
            settle(qtbot)
            window.grab().save(str(SCREENSHOTS / "large-text-caseload.png"))
    finally:
        workspace.shutdown()
        QThreadPool.globalInstance().waitForDone(WAIT)
    assert not problems, problems


def test_the_event_form_grows_with_the_font(qtbot, qapp, ctx, world, samples):
    from casework.services import referrals

    detail = referrals.get_referral(ctx, world.team_lead, samples[0])

    def build() -> EventDialog:
        dialog = EventDialog(ctx, world.team_lead, detail)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    normal = build()
    normal_hint = normal.sizeHint()
    normal.reject()
    original = QApplication.font()
    large = QFont(original)
    large.setPointSizeF(original.pointSizeF() * SCALE)
    QApplication.setFont(large)
    try:
        bigger = build()
        hint = bigger.sizeHint()
        assert not clipped(bigger), clipped(bigger)
        # the form asks for more room, in both directions, as the text grows
        assert hint.height() > normal_hint.height() * 1.2 and hint.width() >= normal_hint.width()
        assert bigger.height() >= hint.height() - 1 or bigger.height() >= bigger.minimumSizeHint().height()
        bigger.reject()
    finally:
        QApplication.setFont(original)


SCREENSHOTS: Path | None = None
