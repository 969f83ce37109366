"""The team board: workload per worker, the team's live timers counting down, and reassignment.

The numbers come from ``casework.services.team`` in one background call; the board reloads after
every sweep of the scheduler it is attached to (a timer crossing a threshold, or another desktop's
work arriving with the reconcile pass). Between reloads the countdowns move with the injected clock
(:meth:`TeamBoardPage.tick`, every 15 s by a timer): "time left" is wall-clock time until the due
instant, and a timer whose due time passes turns to "Overdue" at once, in words, with an icon and a
colour, never by colour alone.

Reassigning sends the referral's version as the board last saw it, so a referral someone else
changed meanwhile gives a clear conflict message, and the board reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from casework.errors import Conflict
from casework.services import directory, referrals, team
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.team import TeamTimer, WorkerLoad
from casework.services.views import UserView
from casework.store.models import Role
from casework.timeutil import format_local, to_local

from .alerts import alarm_colour
from .forms import ErrorLabel, heading, small_print
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole, SortRole, bold_font  # noqa: F401 - RecordRole for callers
from .qt import (
    QAbstractItemView,
    QComboBox,
    QColor,
    QFont,
    QGuiApplication,
    QHBoxLayout,
    QIcon,
    QItemSelectionModel,
    QLabel,
    QModelIndex,
    QPushButton,
    QSortFilterProxyModel,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .scheduler import SlaScheduler
from .tasks import Task, run_in_background
from .wording import N_, duration_text, error_text, plural, role_name

TICK_MS = 15_000
BOARD_ROLES = (Role.TEAM_LEAD, Role.MANAGER)


def _table(name: str, model: QSortFilterProxyModel, height: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    # No sort column to begin with: rows stay in the order the service gives (clicking a header sorts).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(height)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


# --- workload ------------------------------------------------------------------------------------------

class LoadColumn(IntEnum):
    WORKER = 0
    ROLE = 1
    OPEN = 2
    BREACHED = 3
    WARNING = 4
    RUNNING = 5
    NEEDS_REASON = 6
    NEEDS_REVIEW = 7
    NEXT_DUE = 8


LOAD_HEADERS = {
    LoadColumn.WORKER: N_("Worker"),
    LoadColumn.ROLE: N_("Role"),
    LoadColumn.OPEN: N_("Open referrals"),
    LoadColumn.BREACHED: N_("Overdue"),
    LoadColumn.WARNING: N_("Due soon"),
    LoadColumn.RUNNING: N_("On track"),
    LoadColumn.NEEDS_REASON: N_("Reasons needed"),
    LoadColumn.NEEDS_REVIEW: N_("Reviews waiting"),
    LoadColumn.NEXT_DUE: N_("Next due"),
}
_NUMBERS = {
    LoadColumn.OPEN: "open_referrals", LoadColumn.BREACHED: "breached", LoadColumn.WARNING: "warning",
    LoadColumn.RUNNING: "running", LoadColumn.NEEDS_REASON: "awaiting_reason",
    LoadColumn.NEEDS_REVIEW: "awaiting_review",
}


class WorkloadModel(RecordListModel[WorkerLoad]):
    columns = LoadColumn
    headers = LOAD_HEADERS

    set_loads = RecordListModel.set_rows
    load = RecordListModel.row
    loads = RecordListModel.rows

    def key(self, load: WorkerLoad) -> str | None:
        return load.username

    def display(self, load: WorkerLoad, column: LoadColumn) -> str:
        if column == LoadColumn.WORKER:
            if load.username is None:
                return self.tr("Unassigned")
            return load.display_name if load.in_team else self.tr("{name} (left the team)").format(name=load.display_name)
        if column == LoadColumn.ROLE:
            return role_name(load.role) if load.role else ""
        if column == LoadColumn.NEXT_DUE:
            return format_local(load.next_due_at)
        return str(getattr(load, _NUMBERS[column]))

    def sort_value(self, load: WorkerLoad, column: LoadColumn) -> Any:
        if column in _NUMBERS:
            return getattr(load, _NUMBERS[column])
        if column == LoadColumn.NEXT_DUE:
            return load.next_due_at.timestamp() if load.next_due_at else float("inf")
        return self.display(load, column).casefold()

    def alignment(self, load: WorkerLoad, column: LoadColumn) -> int | None:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column in _NUMBERS else None

    def foreground(self, load: WorkerLoad, column: LoadColumn) -> QColor | None:
        if column == LoadColumn.BREACHED and load.breached:
            return alarm_colour(True)
        if column == LoadColumn.WARNING and load.warning:
            return alarm_colour(False)
        return None

    def font(self, load: WorkerLoad, column: LoadColumn) -> QFont | None:
        if column == LoadColumn.BREACHED and load.breached:
            return bold_font()
        if load.username is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def tooltip(self, load: WorkerLoad, column: LoadColumn) -> str | None:
        if column == LoadColumn.WORKER and not load.in_team:
            return self.tr("No longer in this team: move their work to someone who is")
        return None


# --- live timers ---------------------------------------------------------------------------------------

class TimerColumn(IntEnum):
    TIME_LEFT = 0
    STATE = 1
    RULE = 2
    PERSON = 3
    REFERRAL = 4
    WORKER = 5
    DUE = 6


TIMER_HEADERS = {
    TimerColumn.TIME_LEFT: N_("Time left"),
    TimerColumn.STATE: N_("State"),
    TimerColumn.RULE: N_("Timer"),
    TimerColumn.PERSON: N_("Young person"),
    TimerColumn.REFERRAL: N_("Referral"),
    TimerColumn.WORKER: N_("Worker"),
    TimerColumn.DUE: N_("Due"),
}


class LiveTimerModel(RecordListModel[TeamTimer]):
    """The team's live timers; the countdown and the state follow :meth:`set_now`."""

    columns = TimerColumn
    headers = TIMER_HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._now: datetime | None = None
        self._icons: dict[str, QIcon] = {}

    def set_timers(self, timers: Sequence[TeamTimer], now: datetime, names: dict[str, str] | None = None) -> None:
        self._now = now
        self._names = dict(names or {})
        self.set_rows(timers)

    def set_now(self, now: datetime) -> None:
        """Move the countdowns on; only the two columns that depend on the time change."""
        self._now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, TimerColumn.TIME_LEFT), self.index(len(self._rows) - 1, TimerColumn.STATE),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                                   Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, SortRole])

    timer = RecordListModel.row
    timers = RecordListModel.rows

    def key(self, item: TeamTimer) -> tuple[int, str]:
        return item.timer.referral_id, item.timer.rule_id

    def state(self, item: TeamTimer) -> str:
        """The state now: one whose due time has passed is breached whatever the last load said."""
        view = item.timer
        if view.state in ("running", "warning") and view.due_at is not None and self._now is not None \
                and self._now > view.due_at:
            return "breached"
        return view.state

    def seconds_left(self, item: TeamTimer) -> int | None:
        view = item.timer
        if view.state == "paused":
            return view.remaining_seconds
        if view.due_at is None or self._now is None:
            return None
        return int((view.due_at - self._now).total_seconds())

    def time_left_text(self, item: TeamTimer) -> str:
        seconds = self.seconds_left(item)
        if seconds is None:
            return ""
        if item.timer.state == "paused":
            return self.tr("Paused, {left} left").format(left=duration_text(seconds))
        if seconds < 0:
            return self.tr("Overdue by {time}").format(time=duration_text(seconds))
        return self.tr("{time} left").format(time=duration_text(seconds))

    def state_text(self, state: str) -> str:
        return {"breached": self.tr("Overdue"), "warning": self.tr("Due soon"), "running": self.tr("On track"),
                "paused": self.tr("Paused")}.get(state, state.replace("_", " ").capitalize())

    def sort_value(self, item: TeamTimer, column: TimerColumn) -> Any:
        view = item.timer
        if column in (TimerColumn.TIME_LEFT, TimerColumn.DUE):
            return view.due_at.timestamp() if view.due_at else float("inf")
        if column == TimerColumn.STATE:
            return {"breached": 0, "warning": 1, "running": 2}.get(self.state(item), 3)
        if column == TimerColumn.REFERRAL:
            return view.referral_id
        return self.display(item, column).casefold()

    def decoration(self, item: TeamTimer, column: TimerColumn) -> QIcon | None:
        return self._icon(self.state(item)) if column == TimerColumn.STATE else None

    def foreground(self, item: TeamTimer, column: TimerColumn) -> QColor | None:
        state = self.state(item)
        if column in (TimerColumn.TIME_LEFT, TimerColumn.STATE) and state in ("breached", "warning"):
            return alarm_colour(state == "breached")
        return None

    def font(self, item: TeamTimer, column: TimerColumn) -> QFont | None:
        return bold_font() if column == TimerColumn.TIME_LEFT and self.state(item) == "breached" else None

    def tooltip(self, item: TeamTimer, column: TimerColumn) -> str | None:
        view = item.timer
        if column in (TimerColumn.TIME_LEFT, TimerColumn.DUE) and view.due_at:
            return self.tr("Due {time}").format(time=format_local(view.due_at))
        return None

    def _icon(self, state: str) -> QIcon | None:
        pixmap = {"breached": QStyle.StandardPixmap.SP_MessageBoxCritical,
                  "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "paused": QStyle.StandardPixmap.SP_MediaPause}.get(state)
        if pixmap is None:
            return None
        if state not in self._icons:
            self._icons[state] = QGuiApplication.instance().style().standardIcon(pixmap)  # type: ignore[union-attr]
        return self._icons[state]

    def display(self, item: TeamTimer, column: TimerColumn) -> str:
        view = item.timer
        if column == TimerColumn.TIME_LEFT:
            return self.time_left_text(item)
        if column == TimerColumn.STATE:
            return self.state_text(self.state(item))
        if column == TimerColumn.RULE:
            return view.rule_label
        if column == TimerColumn.PERSON:
            return view.person_name
        if column == TimerColumn.REFERRAL:
            return str(view.referral_id)
        if column == TimerColumn.WORKER:
            if view.assigned_to is None:
                return self.tr("Unassigned")
            return self._names.get(view.assigned_to, view.assigned_to)
        return format_local(view.due_at)


# --- the page ------------------------------------------------------------------------------------------

class TeamBoardPage(QWidget):
    open_referral = Signal(int)
    selection_changed = Signal(object)  # the selected timer's referral id, or None (the shell's Ctrl+E)
    message = Signal(str)               # a line for the status bar
    loaded = Signal()
    reassigned = Signal(object)   # the ReferralDetail after a reassignment

    def __init__(self, ctx: Context, actor: Actor, *, scheduler: SlaScheduler | None = None,
                 tick_ms: int = TICK_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._load_task: Task | None = None
        self._write_task: Task | None = None
        self._reload_pending = False
        self._teams_known = False
        self._workers: list[UserView] = []
        self.can_reassign = actor.role is Role.TEAM_LEAD  # managers read; assigning is casework
        self.started = False
        self.setObjectName("teamBoard")
        self.setAccessibleName(self.tr("Team board"))
        self.workload_model = WorkloadModel(self)
        self.timer_model = LiveTimerModel(self)
        self._build()
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(tick_ms)
        self.clock_timer.timeout.connect(self.tick)
        self._stale = False
        if scheduler is not None:
            scheduler.swept.connect(lambda _result: self._swept())

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        row_height = self.fontMetrics().height() + 10
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.team_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team_combo.setEnabled(self._actor.role is Role.MANAGER)
        self.team_combo.currentIndexChanged.connect(self.refresh)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team_combo)
        self.as_of_label = small_print("")
        self.as_of_label.setAccessibleName(self.tr("Last loaded"))
        self.reload_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                         self.tr("Reloa&d"))
        self.reload_button.setAccessibleName(self.tr("Reload the board"))
        self.reload_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Team board")))
        top.addSpacing(16)
        top.addWidget(team_label)
        top.addWidget(self.team_combo)
        top.addStretch(1)
        top.addWidget(self.as_of_label)
        top.addWidget(self.reload_button)

        self.workload_proxy = QSortFilterProxyModel(self)
        self.workload_proxy.setSourceModel(self.workload_model)
        self.workload_proxy.setSortRole(SortRole)
        self.workload_table = _table("workloadTable", self.workload_proxy, row_height)
        self.workload_table.setAccessibleName(self.tr("Workload per worker"))
        self.workload_exporter = ListExporter(self.workload_table, self._ctx, self._actor, "team_workload", title=self.tr("Workload per worker"))
        header = self.workload_table.horizontalHeader()
        for column, width in ((LoadColumn.WORKER, 190), (LoadColumn.ROLE, 125), (LoadColumn.OPEN, 110),
                              (LoadColumn.BREACHED, 80), (LoadColumn.WARNING, 80), (LoadColumn.RUNNING, 80),
                              (LoadColumn.NEEDS_REASON, 120), (LoadColumn.NEEDS_REVIEW, 120)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # the header's words fit
        self.workload_table.selectionModel().selectionChanged.connect(lambda *_: self._worker_chosen())

        self.timer_proxy = QSortFilterProxyModel(self)
        self.timer_proxy.setSourceModel(self.timer_model)
        self.timer_proxy.setSortRole(SortRole)
        self.timer_table = _table("liveTimersTable", self.timer_proxy, row_height)
        self.timer_table.setAccessibleName(self.tr("Live timers across the team, soonest due first"))
        self.exporter = ListExporter(self.timer_table, self._ctx, self._actor, "team_timers", title=self.tr("Live timers"))
        self.timer_table.sortByColumn(TimerColumn.TIME_LEFT, Qt.SortOrder.AscendingOrder)
        header = self.timer_table.horizontalHeader()
        for column, width in ((TimerColumn.TIME_LEFT, 200), (TimerColumn.STATE, 135), (TimerColumn.RULE, 190),
                              (TimerColumn.PERSON, 160), (TimerColumn.REFERRAL, 70), (TimerColumn.WORKER, 150)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.timer_table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        self.timer_table.activated.connect(
            lambda index: self.open_referral.emit(self._timer_at(index).timer.referral_id))

        self.worker_combo = QComboBox()
        self.worker_combo.setAccessibleName(self.tr("New worker"))
        self.worker_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.worker_combo.setMinimumContentsLength(18)
        self.worker_combo.currentIndexChanged.connect(lambda *_: self._update_reassign())
        worker_label = QLabel(self.tr("Re&assign the selected referral to:"))
        worker_label.setBuddy(self.worker_combo)
        self.reassign_button = QPushButton(self.tr("Reassi&gn"))
        self.reassign_button.setAccessibleName(self.tr("Reassign referral"))
        self.reassign_button.clicked.connect(self.reassign)
        self.open_button = QPushButton(self.tr("Open &referral"))
        self.open_button.clicked.connect(self._open_selected)
        reassign_row = QHBoxLayout()
        reassign_row.addWidget(self.open_button)
        reassign_row.addSpacing(16)
        reassign_row.addWidget(worker_label)
        reassign_row.addWidget(self.worker_combo)
        reassign_row.addWidget(self.reassign_button)
        reassign_row.addStretch(1)
        self.reassign_widgets = (worker_label, self.worker_combo, self.reassign_button)
        for widget in self.reassign_widgets:
            if not self.can_reassign:
                widget.hide()  # hidden, never setVisible(True): these have no parent yet

        self.load_error_label = ErrorLabel(self.tr("Team board loading error"))
        self.error_label = ErrorLabel(self.tr("Reassignment error"))
        self.notice_label = small_print("")
        self.notice_label.setAccessibleName(self.tr("Last action"))

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.workload_heading = QLabel(self.tr("<b>Workload</b>"))
        upper_layout.addWidget(self.workload_heading)
        upper_layout.addWidget(self.workload_table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.timers_heading = QLabel(self.tr("<b>Live timers</b>"))
        lower_layout.addWidget(self.timers_heading)
        lower_layout.addWidget(self.timer_table)
        lower_layout.addLayout(reassign_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.load_error_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_label)

        chain = [self.team_combo, self.reload_button, self.workload_table, self.timer_table, self.open_button,
                 self.worker_combo, self.reassign_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._update_reassign()

    # --- showing and hiding ------------------------------------------------------------------------

    def _swept(self) -> None:
        # A hidden board is only marked stale: it reloads when it is shown again.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.tick()
        self.clock_timer.start()
        if self._stale:
            self._stale = False
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.clock_timer.stop()
        super().hideEvent(event)

    def tick(self) -> None:
        """Move the countdowns to the clock's now (the clock timer does this; tests call it)."""
        self.timer_model.set_now(self._ctx.clock.now())

    # --- loading -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(t is not None and not t.done for t in (self._load_task, self._write_task))

    def reload(self) -> None:
        """The main window's name for a refresh (F5, and the first time the page is shown)."""
        self.refresh()

    def refresh(self) -> None:
        """Load the workload, the live timers and the team's workers in one background call."""
        self.started = True
        if self._load_task is not None and not self._load_task.done:
            self._reload_pending = True
            return
        ctx, actor = self._ctx, self._actor
        need_teams = not self._teams_known
        chosen = self.team_combo.currentData() if self._teams_known else None

        def load():
            teams = directory.list_teams(ctx, actor) if need_teams else None
            if teams is not None and actor.role is not Role.MANAGER:
                teams = [t for t in teams if t.id == actor.team_id]  # a team lead's board is their team's
            name = chosen if not need_teams else (teams[0].name if teams else None)
            if name is None:
                return teams, None, [], [], []
            now = ctx.clock.now()
            return (teams, now, team.workload(ctx, actor, name, as_of=now),
                    team.live_timers(ctx, actor, name, as_of=now), team.assignable_workers(ctx, actor, name))

        self._load_task = run_in_background(load, self._loaded, self._load_failed)

    def _loaded(self, outcome) -> None:
        teams, now, loads, timers, workers = outcome
        self._load_task = None
        if teams is not None:
            self._fill_teams(teams)
        self.load_error_label.clear_error()
        selected_referral = self._selected_timer().timer.referral_id if self._selected_timer() else None
        self._workers = workers
        names = {w.username: w.display_name for w in workers}
        names.update({load.username: load.display_name for load in loads if load.username})
        self.workload_model.set_loads(loads)
        self.timer_model.set_timers(timers, now or self._ctx.clock.now(), names)
        self._fill_workers()
        if selected_referral is not None:
            self.select_referral(selected_referral)
        self.workload_heading.setText(self.tr("<b>Workload</b> — {n}").format(
            n=plural(sum(1 for load in loads if load.username), self.tr("{n} worker"), self.tr("{n} workers"))))
        self.timers_heading.setText(self.tr("<b>Live timers</b> — {n}").format(
            n=plural(len(timers), self.tr("{n} timer"), self.tr("{n} timers"))))
        if now is not None:
            self.as_of_label.setText(self.tr("As of {time}").format(time=to_local(now).strftime("%H:%M")))
        self._update_reassign()
        self.loaded.emit()
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _load_failed(self, error: BaseException) -> None:
        self._load_task = None
        self.load_error_label.show_error(self.tr("Could not load the team board: {error}").format(error=error_text(error)))
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _fill_teams(self, teams) -> None:
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for entry in teams:
            self.team_combo.addItem(entry.name, entry.name)
        self.team_combo.blockSignals(False)
        self._teams_known = True

    def choose_team(self, name: str) -> None:
        index = self.team_combo.findData(name)
        if index >= 0:
            self.team_combo.setCurrentIndex(index)

    def _fill_workers(self) -> None:
        current = self.worker_combo.currentData()
        self.worker_combo.blockSignals(True)
        self.worker_combo.clear()
        for worker in self._workers:
            self.worker_combo.addItem(f"{worker.display_name} ({role_name(worker.role).lower()})", worker.username)
        found = self.worker_combo.findData(current)
        self.worker_combo.setCurrentIndex(found if found >= 0 else (0 if self._workers else -1))
        self.worker_combo.blockSignals(False)

    # --- selection -----------------------------------------------------------------------------------

    def _timer_at(self, proxy_index: QModelIndex) -> TeamTimer:
        return self.timer_model.timer(self.timer_proxy.mapToSource(proxy_index).row())

    def _selected_timer(self) -> TeamTimer | None:
        chosen = self.timer_table.selectionModel().selectedRows()
        return self._timer_at(chosen[0]) if chosen else None

    def selected_referral_id(self) -> int | None:
        item = self._selected_timer()
        return item.timer.referral_id if item is not None else None

    def _selection_moved(self) -> None:
        self._update_reassign()
        self.selection_changed.emit(self.selected_referral_id())

    def select_referral(self, referral_id: int, rule_id: str | None = None) -> bool:
        for row in range(self.timer_proxy.rowCount()):
            item = self._timer_at(self.timer_proxy.index(row, 0))
            if item.timer.referral_id == referral_id and (rule_id is None or item.timer.rule_id == rule_id):
                self.timer_table.selectionModel().setCurrentIndex(
                    self.timer_proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def choose_worker(self, username: str) -> bool:
        index = self.worker_combo.findData(username)
        if index >= 0:
            self.worker_combo.setCurrentIndex(index)
        return index >= 0

    def _worker_chosen(self) -> None:
        """Choosing a worker in the workload table offers them as the new worker."""
        chosen = self.workload_table.selectionModel().selectedRows()
        if chosen:
            load = self.workload_model.load(self.workload_proxy.mapToSource(chosen[0]).row())
            if load.username:
                self.choose_worker(load.username)

    def _update_reassign(self) -> None:
        item = self._selected_timer()
        writing = self._write_task is not None and not self._write_task.done
        target = self.worker_combo.currentData()
        self.open_button.setEnabled(item is not None)
        self.worker_combo.setEnabled(not writing and bool(self._workers))
        self.reassign_button.setEnabled(self.can_reassign and item is not None and not writing and target is not None
                                        and target != item.timer.assigned_to)

    def _open_selected(self) -> None:
        item = self._selected_timer()
        if item is not None:
            self.open_referral.emit(item.timer.referral_id)

    # --- reassigning ---------------------------------------------------------------------------------

    def reassign(self) -> None:
        item = self._selected_timer()
        username = self.worker_combo.currentData()
        if item is None or username is None or (self._write_task is not None and not self._write_task.done):
            return
        ctx, actor = self._ctx, self._actor
        referral_id, version = item.timer.referral_id, item.referral_version
        name = self.worker_combo.currentText()
        self.error_label.clear_error()
        self.notice_label.setText("")

        def done(detail) -> None:
            self._write_task = None
            self.notice_label.setText(self.tr("Referral {id} reassigned to {name}.").format(id=referral_id, name=name))
            self.message.emit(self.notice_label.text())
            self.reassigned.emit(detail)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._write_task = None
            if isinstance(error, Conflict):
                self.error_label.show_error(self.tr(
                    "Referral {id} was changed by someone else after the board loaded, so it was not reassigned. "
                    "The board has been reloaded: check it and try again.").format(id=referral_id))
            else:
                self.error_label.show_error(error_text(error))
            self._update_reassign()
            self.refresh()

        self._write_task = run_in_background(
            lambda: referrals.assign(ctx, actor, referral_id, username, expected_version=version), done, failed)
        self._update_reassign()

    def shutdown(self) -> None:
        """Stop the countdown and drop the results of anything still running (the page is going away)."""
        self.clock_timer.stop()
        for task in (self._load_task, self._write_task):
            if task is not None:
                task.discard()
