"""The SLA timers of one referral: state in words and colour, due time in UK time, a live countdown,
and the engine's explanation behind a "Why?" toggle.

The countdown is worked out on each tick from the stored due time and the injected clock, so it
moves with the clock (and in tests with a FixedClock). A live timer whose due time passes asks for
a reload, so its state comes from the core again rather than being guessed here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from casework.services.sla import Explanation

from .i18n import datetime_text, zone_text
from .qt import QFont, QFrame, QGridLayout, QLabel, QPalette, Qt, QToolButton, QVBoxLayout, QWidget, Signal
from .wording import timer_state_text, tr

LIVE = ("running", "warning")
# Background and text colour of each state's chip. The words carry the meaning; colour helps scanning.
STATE_COLOURS = {
    "not_started": ("#e0e0e0", "#333333"),
    "running": ("#d7ebff", "#0b3d91"),
    "warning": ("#ffe2a8", "#6b4000"),
    "breached": ("#b3261e", "#ffffff"),
    "met": ("#d3f0d6", "#1b5e20"),
    "met_late": ("#f6d2cf", "#8c1d18"),
    "paused": ("#e6e0f0", "#3f2d6b"),
    "not_applicable": ("#eeeeee", "#666666"),
    "not_tracked": ("#ece6dc", "#4a3b22"),
}


def duration_text(delta: timedelta, *, seconds: bool = False) -> str:
    """3 d 4 h · 2 h 05 min · 12 min 30 s (seconds only when asked and under an hour)."""
    total = int(abs(delta.total_seconds()))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return tr("{d} d {h} h").format(d=days, h=hours) if hours else tr("{d} d").format(d=days)
    if hours:
        return tr("{h} h {m:02d} min").format(h=hours, m=minutes)
    if seconds:
        return tr("{m} min {s:02d} s").format(m=minutes, s=secs)
    if total and not minutes:
        return tr("under a minute")
    return tr("{m} min").format(m=minutes)


def due_text(due: datetime | None) -> str:
    if due is None:
        return ""
    return tr("Due {when}").format(when=f"{datetime_text(due, 'ddd dd/MM HH:mm')} {zone_text(due)}")


def countdown_text(timer: Explanation, now: datetime) -> tuple[str, str]:
    """(the countdown line, the state to show) for a timer at ``now``."""
    state = timer.state
    if state in LIVE and timer.due_at is not None:
        left = timer.due_at - now
        if left.total_seconds() <= 0:
            return tr("Overdue by {d}").format(d=duration_text(-left, seconds=True)), "breached"
        return tr("{d} left").format(d=duration_text(left, seconds=True)), state
    if state == "breached" and timer.due_at is not None:
        return tr("Overdue by {d}").format(d=duration_text(now - timer.due_at, seconds=True)), state
    if state == "met" and timer.remaining_seconds is not None:
        return tr("Met {d} before the due time").format(d=duration_text(timedelta(seconds=timer.remaining_seconds))), state
    if state == "met_late" and timer.remaining_seconds is not None:
        return tr("Met {d} after the due time").format(
            d=duration_text(timedelta(seconds=timer.remaining_seconds))), state
    if state == "paused" and timer.remaining_seconds is not None:
        return tr("{d} left when resumed").format(d=duration_text(timedelta(seconds=timer.remaining_seconds))), state
    if state == "not_started":
        return tr("Starts when its first event is recorded"), state
    if state == "not_applicable":
        return tr("Does not apply to this referral"), state
    if state == "not_tracked":
        return tr("Due time passed before the referral was imported"), state
    return "", state


class StateChip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(120)
        self.state = ""

    def set_state(self, state: str) -> None:
        self.state = state
        background, text = STATE_COLOURS.get(state, ("#eeeeee", "#333333"))
        self.setText(timer_state_text(state))
        self.setStyleSheet(f"background: {background}; color: {text}; border-radius: 9px; padding: 2px 10px;"
                           f"{' font-weight: bold;' if state in ('breached', 'warning') else ''}")
        self.setAccessibleName(tr("State: {state}").format(state=timer_state_text(state)))


class TimerRow(QFrame):
    """One timer: chip, rule, due time, countdown, and the explanation lines behind "Why?"."""

    def __init__(self, timer: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setObjectName(f"timer_{timer.rule_id}")
        self.chip = StateChip()
        self.rule_label = QLabel(timer.rule_label)
        bold = QFont(self.rule_label.font())
        bold.setBold(True)
        self.rule_label.setFont(bold)
        self.due_label = QLabel(due_text(timer.due_at))
        self.due_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.due_label.setVisible(bool(timer.due_at))
        self.countdown_label = QLabel()
        self.countdown_label.setAccessibleName(tr("{rule}: time left").format(rule=timer.rule_label))
        self.countdown_label.setWordWrap(True)
        self.why_button = QToolButton()
        self.why_button.setText(tr("Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(tr("Explain {rule}").format(rule=timer.rule_label))
        self.why_button.setToolTip(tr("Show how this timer was worked out"))
        self.explanation = QLabel("\n".join(line.strip() for line in timer.lines[1:]))
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAccessibleName(tr("{rule}: explanation").format(rule=timer.rule_label))
        self.explanation.setContentsMargins(12, 2, 0, 4)
        self.explanation.setVisible(False)
        self.why_button.toggled.connect(self.explanation.setVisible)
        tooltip = "\n".join(timer.lines)
        for widget in (self.chip, self.rule_label, self.due_label, self.countdown_label):
            widget.setToolTip(tooltip)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.rule_label, 0, 0)
        grid.addWidget(self.chip, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.countdown_label, 1, 0)
        grid.addWidget(self.why_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.due_label, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(grid)
        layout.addWidget(self.explanation)
        self.shown_state = timer.state

    def tick(self, now: datetime) -> bool:
        """Update the countdown; True when this live timer has just passed its due time."""
        text, state = countdown_text(self.timer, now)
        self.countdown_label.setText(text)
        passed = state != self.shown_state and self.timer.state in LIVE and state == "breached"
        self.chip.set_state(state)
        self.shown_state = state
        return passed


class TimersPanel(QWidget):
    """Every timer of the referral, in the pathway's order."""

    due_passed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimerRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.empty = QLabel(tr("This pathway has no timers."))
        self.layout_.addWidget(self.empty)

    def set_timers(self, timers: list[Explanation], now: datetime) -> None:
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for index, timer in enumerate(timers):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self.layout_.addWidget(line)
                self.rows.append(line)  # type: ignore[arg-type]
            row = TimerRow(timer)
            self.layout_.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not timers)
        self.tick(now)

    def timer_rows(self) -> list[TimerRow]:
        return [r for r in self.rows if isinstance(r, TimerRow)]

    def row(self, rule_id: str) -> TimerRow | None:
        return next((r for r in self.timer_rows() if r.timer.rule_id == rule_id), None)

    def tick(self, now: datetime) -> None:
        passed = False
        for row in self.timer_rows():
            passed = row.tick(now) or passed
        if passed:
            self.due_passed.emit()
