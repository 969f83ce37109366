"""The alert centre: the signed-in user's SLA alerts, newest first, with an unread count.

Alerts are rows the core sweep writes, one per timer, threshold and person (the assigned worker and
the team's leads), so a team lead's list already holds the team's alerts. The page reloads in the
background after every sweep of the :class:`~ui.scheduler.SlaScheduler` it is attached to; its
reconcile pass runs every minute or so, which is also how alerts raised by another desktop's sweep
arrive here. Marking read and acknowledging are core calls made off the UI thread too.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from casework.services import sla
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.sla import AlertView
from casework.timeutil import format_local

from .forms import ErrorLabel, heading, small_print
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole, bold_font  # noqa: F401 - RecordRole for callers
from .qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QFont,
    QGuiApplication,
    QHBoxLayout,
    QIcon,
    QItemSelectionModel,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .theme import status_colour
from .scheduler import SlaScheduler
from .tasks import Task, run_in_background
from .wording import N_, error_text, plural, threshold_text

LOAD_LIMIT = 200


class Column(IntEnum):
    STATUS = 0
    RULE = 1
    PERSON = 2
    REFERRAL = 3
    DUE = 4
    RAISED = 5
    READ = 6


HEADERS = {
    Column.STATUS: N_("Alert"),
    Column.RULE: N_("Timer"),
    Column.PERSON: N_("Young person"),
    Column.REFERRAL: N_("Referral"),
    Column.DUE: N_("Due"),
    Column.RAISED: N_("Raised"),
    Column.READ: N_("Read"),
}


def is_breach(alert: AlertView) -> bool:
    return alert.threshold == "breach"


def alert_icon(breach: bool) -> QIcon:
    style = QGuiApplication.instance().style()  # type: ignore[union-attr]
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical if breach
                              else QStyle.StandardPixmap.SP_MessageBoxWarning)


def alarm_colour(breach: bool) -> QColor:
    """Red for a breach, amber-brown for a warning: readable on the window's background (and never the
    only sign: the words and the icon say the same)."""
    return status_colour("alarm" if breach else "caution")


class AlertTableModel(RecordListModel[AlertView]):
    columns = Column
    headers = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._icons: dict[bool, QIcon] = {}

    set_alerts = RecordListModel.set_rows
    alert = RecordListModel.row
    alerts = RecordListModel.rows

    # --- what the cells show -----------------------------------------------------------------------

    def display(self, alert: AlertView, column: Column) -> str:
        if column == Column.STATUS:
            return threshold_text(alert.threshold)
        if column == Column.RULE:
            return alert.rule_label
        if column == Column.PERSON:
            return alert.person_name
        if column == Column.REFERRAL:
            return str(alert.referral_id)
        if column == Column.DUE:
            return format_local(alert.due_at)
        if column == Column.RAISED:
            return format_local(alert.created_at)
        if alert.acknowledged_at is not None:
            return self.tr("Acknowledged")
        return self.tr("Read") if alert.read_at is not None else self.tr("Unread")

    def decoration(self, alert: AlertView, column: Column) -> QIcon | None:
        if column != Column.STATUS:
            return None
        breach = is_breach(alert)
        if breach not in self._icons:
            self._icons[breach] = alert_icon(breach)
        return self._icons[breach]

    def foreground(self, alert: AlertView, column: Column) -> QColor | None:
        return alarm_colour(is_breach(alert)) if column == Column.STATUS else None

    def font(self, alert: AlertView, column: Column) -> QFont | None:
        return bold_font() if alert.read_at is None else None

    def accessible_text(self, alert: AlertView, column: Column) -> str:
        return self._spoken(alert) if column == Column.STATUS else self.display(alert, column)

    def _spoken(self, alert: AlertView) -> str:
        state = self.tr("unread") if alert.read_at is None else self.tr("read")
        return self.tr("{threshold}: {rule}, referral {id}, {state}").format(
            threshold=threshold_text(alert.threshold), rule=alert.rule_label, id=alert.referral_id, state=state)

    def tooltip(self, alert: AlertView, column: Column) -> str:
        lines = [self.tr("{rule} for referral {id} — {threshold}").format(
            rule=alert.rule_label, id=alert.referral_id, threshold=threshold_text(alert.threshold).lower())]
        if alert.due_at is not None:
            lines.append(self.tr("Due {time}").format(time=format_local(alert.due_at)))
        lines.append(self.tr("Raised {time}").format(time=format_local(alert.created_at)))
        if alert.read_at is not None:
            lines.append(self.tr("Read {time}").format(time=format_local(alert.read_at)))
        if alert.acknowledged_at is not None:
            lines.append(self.tr("Acknowledged {time}").format(time=format_local(alert.acknowledged_at)))
        return "\n".join(lines)


class AlertCentre(QWidget):
    """A page: the user's alerts and what can be done with them."""

    open_referral = Signal(int)
    selection_changed = Signal(object)   # the selected alert's referral id, or None (the shell's Ctrl+E)
    message = Signal(str)                # a line for the status bar
    unread_count_changed = Signal(int)
    new_alerts = Signal(list)      # unread alerts that appeared since the previous load
    loaded = Signal(int)           # how many rows the table now shows
    failed = Signal(str)           # what went wrong, in words

    def __init__(self, ctx: Context, actor: Actor, *, scheduler: SlaScheduler | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._load_task: Task | None = None
        self._write_task: Task | None = None
        self._reload_pending = False
        self._seen: set[int] | None = None
        self._unread: int | None = None
        self.started = False
        self.setObjectName("alertCentre")
        self.setAccessibleName(self.tr("Alerts"))
        self.model = AlertTableModel(self)
        self._build()
        if scheduler is not None:
            self.attach(scheduler)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.unread_label = QLabel()
        self.unread_label.setAccessibleName(self.tr("Unread alerts"))
        self.unread_only_check = QCheckBox(self.tr("&Unread only"))
        self.unread_only_check.setAccessibleName(self.tr("Show unread alerts only"))
        self.unread_only_check.toggled.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Alerts")))
        top.addSpacing(12)
        top.addWidget(self.unread_label)
        top.addStretch(1)
        top.addWidget(self.unread_only_check)

        self.table = QTableView()
        self.table.setObjectName("alertsTable")
        self.table.setAccessibleName(self.tr("Alerts, newest first"))
        self.table.setModel(self.model)
        self.exporter = ListExporter(self.table, self._ctx, self._actor, "alerts", title=self.tr("Alerts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in ((Column.STATUS, 150), (Column.RULE, 190), (Column.PERSON, 170),
                              (Column.REFERRAL, 80), (Column.DUE, 160), (Column.RAISED, 160)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # the header's words fit
        self.table.activated.connect(lambda index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())

        self.empty_label = small_print("")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No alerts"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.open_button = QPushButton(self.tr("&Open referral"))
        self.open_button.setToolTip(self.tr("Open the referral of the selected alert (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.mark_read_button = QPushButton(self.tr("Mark &read"))
        self.mark_read_button.setToolTip(self.tr("Mark the selected alerts read"))
        self.mark_read_button.clicked.connect(self.mark_selected_read)
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge"))
        self.acknowledge_button.setToolTip(self.tr("Record that you have seen the selected alert and are dealing with it"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.mark_all_button = QPushButton(self.tr("Mark &all read"))
        self.mark_all_button.clicked.connect(self.mark_all_read)
        self.refresh_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                          self.tr("Reloa&d"))
        self.refresh_button.setToolTip(self.tr("Load the alerts again"))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.open_button, self.mark_read_button, self.acknowledge_button, self.mark_all_button,
                       self.refresh_button):
            button.setAccessibleName(button.text().replace("&", ""))

        buttons = QHBoxLayout()
        for button in (self.open_button, self.mark_read_button, self.acknowledge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_all_button)
        buttons.addWidget(self.refresh_button)

        self.load_error_label = ErrorLabel(self.tr("Alerts loading error"))
        self.error_label = ErrorLabel(self.tr("Alerts error"))
        self.status_label = small_print("")
        self.status_label.setAccessibleName(self.tr("Alerts status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.load_error_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)

        QWidget.setTabOrder(self.unread_only_check, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.mark_read_button)
        QWidget.setTabOrder(self.mark_read_button, self.acknowledge_button)
        QWidget.setTabOrder(self.acknowledge_button, self.mark_all_button)
        QWidget.setTabOrder(self.mark_all_button, self.refresh_button)
        self._show_unread(0)
        self._update_actions()

    def attach(self, scheduler: SlaScheduler) -> None:
        """Reload after every sweep (deadline, reconcile or clock jump) the scheduler finishes."""
        scheduler.swept.connect(lambda _result: self.refresh())

    # --- state ---------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(t is not None and not t.done for t in (self._load_task, self._write_task))

    @property
    def unread_count(self) -> int:
        return self._unread or 0

    def selected_alerts(self) -> list[AlertView]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.alert(r) for r in rows]

    def selected_referral_id(self) -> int | None:
        chosen = self.selected_alerts()
        return chosen[0].referral_id if len(chosen) == 1 else None

    def _selection_moved(self) -> None:
        self._update_actions()
        self.selection_changed.emit(self.selected_referral_id())

    def select_alert(self, alert_id: int) -> bool:
        row = self.model.row_of(alert_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    # --- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """The main window's name for a refresh (F5, and the first time the page is shown)."""
        self.refresh()

    def refresh(self) -> None:
        """Load the alerts and the unread count again, off the UI thread."""
        self.started = True
        if self._load_task is not None and not self._load_task.done:
            self._reload_pending = True
            return
        ctx, actor, unread_only = self._ctx, self._actor, self.unread_only_check.isChecked()

        def load():
            return (sla.list_alerts(ctx, actor, unread_only=unread_only, limit=LOAD_LIMIT),
                    sla.unread_alert_count(ctx, actor))

        self.status_label.setText(self.tr("Loading alerts…"))
        self._load_task = run_in_background(load, self._loaded, self._load_failed)

    def _loaded(self, outcome) -> None:
        alerts, unread = outcome
        self._load_task = None
        self.load_error_label.clear_error()
        self.status_label.setText("")
        selected = {a.id for a in self.selected_alerts()}
        current = self.table.currentIndex()
        current_id = self.model.alert(current.row()).id if current.isValid() else None
        self.model.set_alerts(alerts)
        self._restore_selection(selected, current_id)
        if alerts:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr("No unread alerts.") if self.unread_only_check.isChecked()
                else self.tr("No alerts. An alert appears here when a timer on your cases (or your team's) "
                             "is due soon or has been breached."))
            self.stack.setCurrentWidget(self.empty_label)
        fresh = self._note_seen(alerts)
        self._show_unread(unread)
        self._update_actions()
        self.loaded.emit(len(alerts))
        if fresh:
            self.new_alerts.emit(fresh)
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _load_failed(self, error: BaseException) -> None:
        self._load_task = None
        self.status_label.setText("")
        message = self.tr("Could not load alerts: {error}").format(error=error_text(error))
        self.load_error_label.show_error(message)
        self.failed.emit(message)
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _note_seen(self, alerts: list[AlertView]) -> list[AlertView]:
        """Unread alerts not seen before. The first load only learns what is there already."""
        ids = {a.id for a in alerts}
        if self._seen is None:
            self._seen = ids
            return []
        fresh = [a for a in alerts if a.id not in self._seen and a.read_at is None]
        self._seen |= ids
        return fresh

    def _restore_selection(self, selected: set[int], current_id: int | None) -> None:
        selection = self.table.selectionModel()
        for alert_id in selected:
            row = self.model.row_of(alert_id)
            if row is not None:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        if current_id is not None and (row := self.model.row_of(current_id)) is not None:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_unread(self, count: int) -> None:
        self.unread_label.setText(plural(count, self.tr("{n} unread"), self.tr("{n} unread")) if count
                                  else self.tr("Nothing unread"))
        font = self.unread_label.font()
        font.setBold(bool(count))
        self.unread_label.setFont(font)
        if count != self._unread:
            self._unread = count
            self.unread_count_changed.emit(count)

    # --- actions -------------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        chosen = self.selected_alerts()
        writing = self._write_task is not None and not self._write_task.done
        self.open_button.setEnabled(len(chosen) == 1)
        self.mark_read_button.setEnabled(not writing and any(a.read_at is None for a in chosen))
        self.acknowledge_button.setEnabled(not writing and len(chosen) == 1 and chosen[0].acknowledged_at is None)
        self.mark_all_button.setEnabled(not writing and self.unread_count > 0)

    def open_selected(self) -> None:
        chosen = self.selected_alerts()
        if len(chosen) != 1:
            return
        alert = chosen[0]
        if alert.read_at is None:
            self._write(lambda ctx, actor: sla.mark_alerts_read(ctx, actor, [alert.id]))
        self.open_referral.emit(alert.referral_id)

    def mark_selected_read(self) -> None:
        ids = [a.id for a in self.selected_alerts() if a.read_at is None]
        if ids:
            self._write(lambda ctx, actor: sla.mark_alerts_read(ctx, actor, ids),
                        done=plural(len(ids), self.tr("{n} alert marked read."), self.tr("{n} alerts marked read.")))

    def acknowledge_selected(self) -> None:
        chosen = self.selected_alerts()
        if len(chosen) == 1:
            alert_id = chosen[0].id
            self._write(lambda ctx, actor: sla.acknowledge_alert(ctx, actor, alert_id),
                        done=self.tr("Alert acknowledged."))

    def mark_all_read(self) -> None:
        self._write(lambda ctx, actor: sla.mark_alerts_read(ctx, actor), done=self.tr("All alerts marked read."))

    def _write(self, call: Callable[[Context, Actor], Any], *, done: str = "") -> None:
        if self._write_task is not None and not self._write_task.done:
            return
        ctx, actor = self._ctx, self._actor
        self.error_label.clear_error()

        def finished(_result) -> None:
            self._write_task = None
            self.status_label.setText(done)
            if done:
                self.message.emit(done)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._write_task = None
            self.error_label.show_error(error_text(error))
            self._update_actions()
            self.refresh()

        self._write_task = run_in_background(lambda: call(ctx, actor), finished, failed)
        self._update_actions()

    def shutdown(self) -> None:
        """Drop the results of anything still running (the page is going away)."""
        for task in (self._load_task, self._write_task):
            if task is not None:
                task.discard()


class AlertBadge(QToolButton):
    """The unread count for the status bar or a toolbar: words and a number, not a red dot alone.
    Clicking it (or Space on it) asks to show the alert centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBadge")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        style = self.style()
        if count:
            self.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.setText(plural(count, self.tr("{n} unread alert"), self.tr("{n} unread alerts")))
        else:
            self.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            self.setText(self.tr("No unread alerts"))
        font = self.font()
        font.setBold(bool(count))
        self.setFont(font)
        self.setAccessibleName(self.text())
        self.setToolTip(self.tr("Show the alert centre"))

    def follow(self, centre: AlertCentre) -> None:
        centre.unread_count_changed.connect(self.set_count)
        self.set_count(centre.unread_count)
