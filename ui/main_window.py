"""The main window: the referrals of the database, with an open-only switch and a pathway filter.

Referrals are fetched in one place, :meth:`MainWindow.fetch_referrals`, a plain call to
``referrals.list_referrals`` that touches no widget, so it can move to a worker thread (and the
table to a windowed model) without changing anything else here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import SQLAlchemyError

from casework.errors import CaseworkError
from casework.services import referrals
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.views import ReferralSummary
from casework.timeutil import to_local

from . import app_version
from . import settings as options
from .qt import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QGuiApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPalette,
    QPoint,
    QRect,
    QSizePolicy,
    QSortFilterProxyModel,
    QStackedWidget,
    QStyle,
    Qt,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .referral_table_model import Column, ReferralTableModel, SortRole
from .settings import Settings
from .wording import error_text, plural, role_name

DEFAULT_SIZE = (1180, 640)
MAX_COLUMN_WIDTH = 320
COLUMN_PADDING = 12


@dataclass(frozen=True)
class Filters:
    open_only: bool = False
    pathway: str | None = None


class MainWindow(QMainWindow):
    referrals_loaded = Signal(int)  # how many rows the table now has

    def __init__(self, ctx: Context, actor: Actor, *, settings: Settings | None = None,
                 database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._settings = settings
        self._database = database
        self._loaded_once = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Casework — {name} ({role})").format(
            name=actor.display_name, role=role_name(actor.role)))

        self.model = ReferralTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_central())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of referrals"))
        self.statusBar().addPermanentWidget(self.count_label)
        self.restore_geometry()

    # --- building --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.refresh_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                      self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Load the referrals again (F5)"))
        self.refresh_action.triggered.connect(self.reload)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("&About Casework"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_central(self) -> QWidget:
        self.pathway_combo = QComboBox()
        self.pathway_combo.setAccessibleName(self.tr("Pathway filter"))
        self.pathway_combo.addItem(self.tr("All pathways"), None)
        for pathway in self._ctx.pathways:
            self.pathway_combo.addItem(pathway.label, pathway.id)
        self.pathway_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pathway_combo.currentIndexChanged.connect(self.reload)
        pathway_label = QLabel(self.tr("&Pathway:"))
        pathway_label.setBuddy(self.pathway_combo)

        self.open_only_check = QCheckBox(self.tr("&Open only"))
        self.open_only_check.setAccessibleName(self.tr("Show open referrals only"))
        self.open_only_check.toggled.connect(self.reload)

        toolbar = QToolBar(self.tr("Filters"))
        toolbar.setObjectName("filtersToolbar")
        toolbar.setMovable(False)
        toolbar.toggleViewAction().setVisible(False)  # the filters cannot be hidden by accident
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        filters = QWidget()
        row = QHBoxLayout(filters)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(8)
        row.addWidget(pathway_label)
        row.addWidget(self.pathway_combo)
        row.addSpacing(12)
        row.addWidget(self.open_only_check)
        toolbar.addWidget(filters)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.table = QTableView()
        self.table.setObjectName("referralsTable")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No referrals"))
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.stack)
        return central

    # --- loading ---------------------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(open_only=self.open_only_check.isChecked(), pathway=self.pathway_combo.currentData())

    def fetch_referrals(self, filters: Filters) -> list[ReferralSummary]:
        """The one place referrals are loaded. Touches no widget (it may run on a worker later)."""
        return referrals.list_referrals(self._ctx, self._actor, open_only=filters.open_only,
                                        pathway=filters.pathway)

    def reload(self) -> None:
        filters = self.filters()
        try:
            rows = self.fetch_referrals(filters)
        except (CaseworkError, SQLAlchemyError) as exc:
            message = error_text(exc)
            self.statusBar().showMessage(message)
            QMessageBox.warning(self, self.tr("Could not load referrals"), message)
            return
        today = to_local(self._ctx.clock.now()).date()
        self.show_referrals(rows, today, filters)

    def show_referrals(self, rows: list[ReferralSummary], today: date, filters: Filters) -> None:
        self.model.set_referrals(rows, today)
        count = len(rows)
        self.count_label.setText(plural(count, self.tr("{n} referral"), self.tr("{n} referrals")))
        if count:
            self.stack.setCurrentWidget(self.table)
            if not self._loaded_once:
                self._fit_columns()
                self._loaded_once = True
        else:
            filtered = filters != Filters()
            self.empty_label.setText(self.tr("No referrals match these filters.") if filtered
                                     else self.tr("No referrals yet."))
            self.stack.setCurrentWidget(self.empty_label)
        self.referrals_loaded.emit(count)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents (a little air, a cap for long names), once per window."""
        header = self.table.horizontalHeader()
        widths = {column: min(max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)),
                              MAX_COLUMN_WIDTH)
                  for column in Column}
        # Spread what room is left (up to a few pixels a column) so no horizontal scroll bar appears
        # just for padding.
        spare = self.table.viewport().width() - sum(widths.values()) if self.table.isVisible() else 0
        pad = max(0, min(COLUMN_PADDING, spare // len(Column)))
        for column, width in widths.items():
            header.resizeSection(column, width + pad)

    # --- window state ----------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        if self._settings is None:
            self.resize(width, height)
            return
        s = self._settings
        saved = QRect(s.get(options.MAIN_WINDOW_X), s.get(options.MAIN_WINDOW_Y),
                      s.get(options.MAIN_WINDOW_WIDTH), s.get(options.MAIN_WINDOW_HEIGHT))
        if saved.width() >= 200 and saved.height() >= 150:
            self.resize(saved.size())
            # Only move back to a place that is still on a screen (monitors come and go).
            if QGuiApplication.screenAt(saved.topLeft() + QPoint(40, 20)) is not None:
                self.move(saved.topLeft())
        else:
            self.resize(width, height)
        if s.get(options.MAIN_WINDOW_MAXIMIZED):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_geometry(self) -> None:
        if self._settings is None:
            return
        maximized = self.isMaximized()
        rect = self.normalGeometry() if maximized and self.normalGeometry().isValid() else self.geometry()
        s = self._settings
        s.set(options.MAIN_WINDOW_X, rect.x())
        s.set(options.MAIN_WINDOW_Y, rect.y())
        s.set(options.MAIN_WINDOW_WIDTH, rect.width())
        s.set(options.MAIN_WINDOW_HEIGHT, rect.height())
        s.set(options.MAIN_WINDOW_MAXIMIZED, maximized)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)

    # --- help ------------------------------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Casework"), self.about_text())

    def about_text(self) -> str:
        lines = [
            self.tr("<b>Casework</b> {version}").format(version=app_version()),
            self.tr("Case management for youth-violence referral pathways."),
            self.tr("Signed in as {user} ({role}).").format(user=self._actor.username, role=role_name(self._actor.role)),
        ]
        if self._database:
            lines.append(self.tr("Database: {where}").format(where=self._database))
        return "<p>" + "</p><p>".join(_escape(line) if i else line for i, line in enumerate(lines)) + "</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
