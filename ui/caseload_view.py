"""The caseload page: a filter bar over the windowed caseload table.

Scope (my caseload / my team's / every referral, as the role allows), pathway, stage (of the chosen
pathway), worker, deadline state, open only, and a search box for names and identifiers. Every
filter is applied in SQL by :class:`~ui.caseload_model.CaseloadModel` in the background; typing in
the search box waits for a pause (200 ms) first. Filters, sort and column widths are remembered as
plain values; the search text is not (it is often a child's name).

Double-click or Enter on a row emits :attr:`CaseloadView.open_referral` with the referral's id.
The page offers ``focus_search()``, ``reload()``, ``selected_referral_id()`` and the
``selection_changed`` signal to the main window, which owns the shortcuts (Ctrl+F, F5, Ctrl+E).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from casework.pathways import CLOSED_STAGE
from casework.services import caseload, directory
from casework.services.actor import Actor
from casework.services.caseload import UNASSIGNED, CaseloadQuery
from casework.services.context import Context
from casework.store.models import Role

from . import settings as options
from .caseload_model import HEADERS, SORT_KEYS, CaseloadModel, Column, deadline_text
from .forms import ErrorLabel
from .list_export import ListExporter
from .qt import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPalette,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .settings import Settings
from .tasks import Task, run_in_background
from .wording import N_, deadline_state_text, error_text, number_text, plural, tr

SEARCH_DELAY_MS = 200
# Nearly a day apart: the longest words the deadline column usually shows ("… 23 h 59 min over").
_SAMPLE_NOW = datetime(2026, 1, 2, 23, 59, tzinfo=timezone.utc)
_SAMPLE_DUE = datetime(2026, 1, 2, 0, 0, tzinfo=timezone.utc)
COMBO_CHARS = 11
SCOPE_LABELS = {"mine": N_("&My caseload"), "team": N_("&Team caseload"), "all": N_("&All referrals")}
# Default column widths in average character widths (so they scale with the font and the screen).
COLUMN_CHARS = {
    Column.NAME: 24, Column.AGE: 5, Column.PATHWAY: 15, Column.STAGE: 20, Column.ASSIGNED: 17,
    Column.NEXT_DEADLINE: 30, Column.SITE: 29, Column.RECEIVED: 19,
}


class CaseloadTable(QTableView):
    """The table: Enter or Return on a row asks for it to be opened, on every platform."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CaseloadView(QWidget):
    open_referral = Signal(int)
    selection_changed = Signal(object)   # the selected referral's id, or None
    message = Signal(str)                # for the window's status bar

    def __init__(self, ctx: Context, actor: Actor, *, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._settings = settings
        self._started = False
        self._scopes = caseload.allowed_scopes(actor)
        self._is_manager = actor.role is Role.MANAGER
        self._users: list = []          # UserView of every caseworker and team lead, once loaded
        self._teams: list = []
        self._directory_task: Task | None = None
        self._remembered_worker = ""
        self._remembered_team = 0
        self._applying = False
        self.setObjectName("caseloadView")

        self.model = CaseloadModel(ctx, actor, parent=self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self._build()
        self._restore()
        self.model.loading_changed.connect(self._loading_changed)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.model.page_arrived.connect(self._page_arrived)
        self.model.modelReset.connect(self._emit_selection)

    # --- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        # Scope: radio buttons for caseworkers and team leads; a team chooser for managers.
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        scope_row = QHBoxLayout()
        scope_row.setSpacing(12)
        if not self._is_manager:
            for scope in self._scopes:
                button = QRadioButton(tr(SCOPE_LABELS[scope]))
                button.setAccessibleName(tr(SCOPE_LABELS[scope]).replace("&", ""))
                self.scope_group.addButton(button)
                self.scope_buttons[scope] = button
                scope_row.addWidget(button)
                button.toggled.connect(self._scope_toggled)
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(tr("Team"))
        self.team_combo.addItem(tr("All teams"), 0)
        self.team_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team_combo.currentIndexChanged.connect(self._team_changed)
        self.team_label = QLabel(tr("T&eam:"))
        self.team_label.setBuddy(self.team_combo)
        if self._is_manager:
            scope_row.addWidget(self.team_label)
            scope_row.addWidget(self.team_combo)
        else:
            self.team_label.setVisible(False)
            self.team_combo.setVisible(False)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("caseloadSearch")
        self.search_edit.setAccessibleName(tr("Search referrals"))
        self.search_edit.setAccessibleDescription(tr("Start of a name, a PNC ID or an NHS number"))
        self.search_edit.setPlaceholderText(tr("Search name, PNC ID or NHS number  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(caseload.MAX_SEARCH)
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.search_edit.installEventFilter(self)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Loading referrals"))
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.busy.setVisible(False)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of referrals"))

        self.open_only_check = QCheckBox(tr("&Open only"))
        self.open_only_check.setAccessibleName(tr("Show open referrals only"))
        self.open_only_check.setChecked(True)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(scope_row)
        top.addWidget(self.open_only_check)
        top.addSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.busy)
        top.addWidget(self.count_label)

        self.pathway_combo = self._combo(tr("Pathway filter"))
        self.pathway_combo.addItem(tr("All pathways"), "")
        for pathway in self._ctx.pathways:
            self.pathway_combo.addItem(pathway.label, pathway.id)
        self.stage_combo = self._combo(tr("Stage filter"))
        self.worker_combo = self._combo(tr("Worker filter"))
        self.sla_combo = self._combo(tr("Deadline filter"))
        self.sla_combo.addItem(tr("Any"), "")
        for state in caseload.SLA_STATES:
            self.sla_combo.addItem(deadline_state_text(state), state)
        self._fill_stages("")
        self._fill_workers()

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for text, combo in ((tr("&Pathway:"), self.pathway_combo), (tr("&Stage:"), self.stage_combo),
                            (tr("&Worker:"), self.worker_combo), (tr("&Deadline:"), self.sla_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(10)
        filters.addStretch(1)

        self.pathway_combo.currentIndexChanged.connect(self._pathway_changed)
        for combo in (self.stage_combo, self.worker_combo, self.sla_combo):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.open_only_check.toggled.connect(self._open_only_toggled)

        self.error_label = ErrorLabel(tr("Problem loading referrals"))

        self.table = CaseloadTable()
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName(tr("Referrals"))
        self.table.setModel(self.model)
        self.exporter = ListExporter(self.table, self._ctx, self._actor, "caseload", title=tr("Caseload"),
                                     caseload=self._export_source)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # One height for every row, never measured per row: a million rows cost nothing to lay out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + max(8, self.fontMetrics().height() // 2))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._emit_selection())

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(tr("No referrals"))
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)

        # Tab goes left to right, top to bottom, then into the table.
        chain = [*self.scope_buttons.values(), self.team_combo, self.open_only_check, self.search_edit,
                 self.pathway_combo, self.stage_combo, self.worker_combo, self.sla_combo, self.table]
        chain = [w for w in chain if not w.isHidden()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        # No focus proxy: Tab into the page must reach the filters first (a proxy made Tab jump straight to
        # the table, and stop dead while the table was hidden behind "No referrals").

    def _combo(self, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible_name)
        # As wide as the longest entry when there is room; narrower (not clipped away) when there is not.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(self.fontMetrics().averageCharWidth() * COMBO_CHARS)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return combo

    def _fill_stages(self, pathway_id: str) -> None:
        combo = self.stage_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All stages"), "")
        if pathway_id:
            pathway = self._ctx.pathways.get(pathway_id)
            for stage in pathway.stages:
                combo.addItem(stage.label, stage.id)
            if not self.open_only_check.isChecked():
                combo.addItem(pathway.stage_label(CLOSED_STAGE), CLOSED_STAGE)
        combo.setEnabled(bool(pathway_id))
        combo.setToolTip("" if pathway_id else self.tr("Choose a pathway first"))
        combo.blockSignals(False)

    def _fill_workers(self) -> None:
        """Workers of the scope: the team's for a team caseload, everyone's for all referrals."""
        combo = self.worker_combo
        current = combo.currentData() or self._remembered_worker
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Anyone"), "")
        combo.addItem(self.tr("Unassigned"), UNASSIGNED)
        scope, team_id = self._scope_and_team()
        team_name = next((t.name for t in self._teams if t.id == team_id), None)
        for user in self._users:
            if scope == "team" and user.team != team_name:
                continue
            label = user.display_name if scope == "team" or not user.team else f"{user.display_name} ({user.team})"
            combo.addItem(label, user.username)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.setEnabled(scope != "mine")
        combo.setToolTip(self.tr("Your own caseload is yours alone") if scope == "mine" else "")
        combo.blockSignals(False)

    # --- state -------------------------------------------------------------------------------------

    def _scope_and_team(self) -> tuple[str, int | None]:
        if self._is_manager:
            team_id = self.team_combo.currentData() or 0
            return ("team", int(team_id)) if team_id else ("all", None)
        scope = next((s for s, b in self.scope_buttons.items() if b.isChecked()), self._scopes[0])
        return scope, (self._actor.team_id if scope == "team" else None)

    def current_query(self) -> CaseloadQuery:
        scope, team_id = self._scope_and_team()
        worker = self.worker_combo.currentData() or None
        if worker is None and self._remembered_worker and not self._users:
            worker = self._remembered_worker  # the workers list is still loading
        base = self.model.target_query
        return CaseloadQuery(
            scope=scope, team_id=team_id if self._is_manager else None, open_only=self.open_only_check.isChecked(),
            pathway=self.pathway_combo.currentData() or None, stage=self.stage_combo.currentData() or None,
            worker=None if scope == "mine" else worker, sla_state=self.sla_combo.currentData() or None,
            search=self.search_edit.text().strip(), sort=base.sort, descending=base.descending,
        )

    def _restore(self) -> None:
        s = self._settings
        self._applying = True
        sort, descending = caseload.DEFAULT_SORT, False
        if s is not None:
            scope = s.get(options.CASELOAD_SCOPE)
            if scope in self.scope_buttons:
                self.scope_buttons[scope].setChecked(True)
            self._remembered_team = s.get(options.CASELOAD_TEAM)
            pathway = s.get(options.CASELOAD_PATHWAY)
            index = self.pathway_combo.findData(pathway) if pathway else -1
            self.pathway_combo.setCurrentIndex(max(0, index))
            self.open_only_check.setChecked(s.get(options.CASELOAD_OPEN_ONLY))
            self._fill_stages(self.pathway_combo.currentData() or "")
            stage = s.get(options.CASELOAD_STAGE)
            index = self.stage_combo.findData(stage) if stage else -1
            self.stage_combo.setCurrentIndex(max(0, index))
            self._remembered_worker = s.get(options.CASELOAD_WORKER)
            state = s.get(options.CASELOAD_SLA_STATE)
            self.sla_combo.setCurrentIndex(max(0, self.sla_combo.findData(state) if state else 0))
            if s.get(options.CASELOAD_SORT) in caseload.SORT_KEYS:
                sort, descending = s.get(options.CASELOAD_SORT), s.get(options.CASELOAD_SORT_DESCENDING)
        if not self.scope_group.checkedButton() and self.scope_buttons:
            self.scope_buttons[self._scopes[0]].setChecked(True)
        self._fill_workers()
        self.model.prepare(replace(self.current_query(), sort=sort, descending=descending))
        self._set_column_widths(s.get(options.CASELOAD_COLUMN_WIDTHS) if s is not None else "")
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        # Clicking a header sorts (in SQL): the model already has this sort, so enabling is no reload.
        self.table.setSortingEnabled(True)
        self._applying = False

    def save_state(self) -> None:
        s = self._settings
        if s is None:
            return
        query = self.current_query()
        s.set(options.CASELOAD_SCOPE, query.scope if not self._is_manager else "")
        s.set(options.CASELOAD_TEAM, int(self.team_combo.currentData() or 0))
        s.set(options.CASELOAD_PATHWAY, query.pathway or "")
        s.set(options.CASELOAD_STAGE, query.stage or "")
        s.set(options.CASELOAD_WORKER, str(self.worker_combo.currentData() or self._remembered_worker or ""))
        s.set(options.CASELOAD_SLA_STATE, query.sla_state or "")
        s.set(options.CASELOAD_OPEN_ONLY, query.open_only)
        s.set(options.CASELOAD_SORT, self.model.query.sort)
        s.set(options.CASELOAD_SORT_DESCENDING, self.model.query.descending)
        header = self.table.horizontalHeader()
        s.set(options.CASELOAD_COLUMN_WIDTHS,
              ",".join(f"{SORT_KEYS[c]}={header.sectionSize(c)}" for c in Column))
        s.sync()

    def _set_column_widths(self, saved: str) -> None:
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        widths = {column: COLUMN_CHARS[column] * char + 16 for column in Column}
        # The deadline column fits its longest usual words, in the bold that breaches are shown in.
        bold = QFont(self.font())
        bold.setBold(True)
        longest = max(QFontMetrics(bold).horizontalAdvance(deadline_text("breached", _SAMPLE_DUE, _SAMPLE_NOW)),
                      QFontMetrics(bold).horizontalAdvance(deadline_text("warning", _SAMPLE_NOW, _SAMPLE_DUE)))
        widths[Column.NEXT_DEADLINE] = max(widths[Column.NEXT_DEADLINE], longest + 2 * char + 8)
        by_key = {key: column for column, key in SORT_KEYS.items()}
        for part in saved.split(","):
            key, _, value = part.partition("=")
            if key in by_key and value.isdigit() and 20 <= int(value) <= 2000:
                widths[by_key[key]] = int(value)
        for column, width in widths.items():
            header.resizeSection(column, width)

    # --- loading -----------------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._started

    def _export_source(self):
        """For Export…: the visible columns' headers, the query on screen, and how a row shows (every row
        of the query is exported through the service, not the window of rows loaded)."""
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not self.table.isColumnHidden(c)]
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        model = self.model
        return headers, model.query, lambda record: model.export_cells(record, columns)

    def reload(self) -> None:
        """First time: load the workers list and the caseload; after that, refresh what is shown."""
        if not self._started:
            self._started = True
            self._load_directory()
            self.model.set_query(self.current_query())
        else:
            self.model.refresh()
            if self._directory_task is None:
                self._load_directory()  # workers come and go too

    def _load_directory(self) -> None:
        ctx, actor = self._ctx, self._actor

        def fetch():
            users = [u for u in directory.list_users(ctx, actor)
                     if u.active and u.role in ("caseworker", "team_lead")]
            users.sort(key=lambda u: u.display_name.casefold())
            return users, directory.list_teams(ctx, actor)

        self._directory_task = run_in_background(fetch, self._directory_loaded, self._directory_failed)

    def _directory_loaded(self, result) -> None:
        self._directory_task = None
        self._users, self._teams = result
        self._applying = True
        if self._is_manager:
            combo = self.team_combo
            chosen = combo.currentData() or self._remembered_team
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for team in self._teams:
                combo.addItem(team.name, team.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
            self._remembered_team = 0
        self._fill_workers()
        self._applying = False
        self._remembered_worker = ""
        if self.current_query() != self.model.target_query:
            self.apply_filters()  # a remembered team, or a remembered worker who is no longer there

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self._applying:
            return
        query = self.current_query()
        if self._started:
            if query != self.model.target_query:
                self.model.set_query(query)
        else:
            self.model.prepare(query)  # loaded when the page is first shown
        self.save_state()

    def _search_now(self) -> None:
        self.apply_filters()

    # --- reactions ---------------------------------------------------------------------------------

    def _scope_toggled(self, checked: bool) -> None:
        if checked:
            self._fill_workers()
            self.apply_filters()

    def _team_changed(self) -> None:
        self._fill_workers()
        self.apply_filters()

    def _pathway_changed(self) -> None:
        self._fill_stages(self.pathway_combo.currentData() or "")
        self.apply_filters()

    def _open_only_toggled(self) -> None:
        stage = self.stage_combo.currentData()
        self._fill_stages(self.pathway_combo.currentData() or "")
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage)) if stage else 0)
        self.apply_filters()

    def _filter_changed(self) -> None:
        self.apply_filters()

    def _loading_changed(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        if loading:
            self.error_label.clear_error()

    def _loaded(self, count: int) -> None:
        if self.model.complete:
            self.count_label.setText(plural(count, self.tr("{n} referral"), self.tr("{n} referrals")))
            self.count_label.setToolTip("")
            self.count_label.setAccessibleDescription("")
        else:
            # A search's first matches only (caseload.FIRST_MATCHES): the rest when scrolled to the end.
            self.count_label.setText(self.tr("{n}+ referrals").format(n=number_text(count)))
            more = self.tr("More than {n} referrals match. Scroll to the end of the list to load them all, "
                           "or type more to narrow the search.").format(n=number_text(count))
            self.count_label.setToolTip(more)
            self.count_label.setAccessibleDescription(more)
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            query = self.model.query
            filtered = bool(query.pathway or query.stage or query.worker or query.sla_state or query.search)
            if filtered:
                text = self.tr("No referrals match these filters.")
            elif query.scope == "mine":
                text = self.tr("No referrals are assigned to you.") if query.open_only else \
                    self.tr("No referrals have been assigned to you.")
            else:
                text = self.tr("No referrals yet.")
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (self.model.sort_column(),
                                                                            self.model.sort_order()):
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)
        self._emit_selection()

    def _directory_failed(self, error: BaseException) -> None:
        self._directory_task = None
        self._failed(error_text(error))

    def _failed(self, text: str) -> None:
        self.error_label.show_error(text)
        self.message.emit(text)

    def _page_arrived(self, _number: int) -> None:
        if self.table.currentIndex().isValid():
            self._emit_selection()

    # --- selection and opening ---------------------------------------------------------------------

    def selected_referral_id(self) -> int | None:
        """The selected row's referral (None when nothing is selected or its page is still loading)."""
        selected = self.table.selectionModel().selectedRows()
        return self.model.referral_id(selected[0].row()) if len(selected) == 1 else None

    def _emit_selection(self) -> None:
        self.selection_changed.emit(self.selected_referral_id())

    def _open_index(self, index: QModelIndex) -> None:
        referral_id = self.model.referral_id(index.row()) if index.isValid() else None
        if referral_id is not None:
            self.open_referral.emit(referral_id)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # In the search box: Down moves into the table, Escape clears the search.
        if watched is self.search_edit and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.matches(QKeySequence.StandardKey.Cancel) and self.search_edit.text():
                self.search_edit.clear()
                self.apply_filters()
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        self._search_timer.stop()
        if self._directory_task is not None:
            self._directory_task.discard()
            self._directory_task = None
        self.model.shutdown()


__all__ = ["HEADERS", "CaseloadTable", "CaseloadView"]
