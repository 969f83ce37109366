"""Breach review: the breach list with filters, each breach's reason, and a team lead's decision.

Who sees what (the core enforces it; the page only offers what will be allowed):

* a **team lead** sees their own team's breaches (the team filter is fixed), gives a reason where
  the worker could not, and accepts or challenges reasons (a challenge needs a comment);
* a **manager** chooses any team (or all) and reviews too;
* a **caseworker** sees the team's breaches read-only, with "Give reason…" for them.

Every decision carries the version of the breach the person was looking at, so two people reviewing
the same breach get a clear conflict message, not a silent overwrite. Loading and saving run off
the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import Any

from casework.errors import Conflict, ValidationError
from casework.services import directory, sla
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.sla import BREACH_REASONS, REVIEW_STATES, BreachView
from casework.store.models import Role
from casework.timeutil import format_local, local_to_utc

from .alerts import alarm_colour
from .forms import AnyDateEdit, ErrorLabel, heading, small_print
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole  # noqa: F401 - RecordRole for callers
from .qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QItemSelectionModel,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .scheduler import SlaScheduler
from .tasks import Task, run_in_background
from .wording import N_, breach_reason_text, error_text, plural, review_state_text, validation_text

# The earliest date the period filters offer; shown as "Any" (the field is then not a filter).
ANY_DATE = QDate(2000, 1, 1)
REVIEWERS = (Role.TEAM_LEAD, Role.MANAGER)
REASON_GIVERS = (Role.CASEWORKER, Role.TEAM_LEAD)
FIXED_TEAM_ROLES = (Role.CASEWORKER, Role.TEAM_LEAD)


class Column(IntEnum):
    DUE = 0
    PERSON = 1
    REFERRAL = 2
    RULE = 3
    WORKER = 4
    TEAM = 5
    STATE = 6
    REASON = 7


HEADERS = {
    Column.DUE: N_("Due"),
    Column.PERSON: N_("Young person"),
    Column.REFERRAL: N_("Referral"),
    Column.RULE: N_("Timer"),
    Column.WORKER: N_("Worker"),
    Column.TEAM: N_("Team"),
    Column.STATE: N_("Review"),
    Column.REASON: N_("Reason"),
}


@dataclass(frozen=True)
class BreachFilters:
    team: str | None = None
    pathway: str | None = None
    rule: str | None = None
    due_from: datetime | None = None
    due_to: datetime | None = None
    review_state: str | None = None
    include_rescinded: bool = False


def local_day_start(day: date) -> datetime:
    """Midnight at the start of a Europe/London day, in UTC."""
    return local_to_utc(datetime(day.year, day.month, day.day))


class BreachTableModel(RecordListModel[BreachView]):
    columns = Column
    headers = HEADERS

    set_breaches = RecordListModel.set_rows
    breach = RecordListModel.row
    breaches = RecordListModel.rows

    def display(self, breach: BreachView, column: Column) -> str:
        if column == Column.DUE:
            return format_local(breach.due_at)
        if column == Column.PERSON:
            return breach.person_name
        if column == Column.REFERRAL:
            return str(breach.referral_id)
        if column == Column.RULE:
            return breach.rule_label
        if column == Column.WORKER:
            return breach.assigned_to or self.tr("Unassigned")
        if column == Column.TEAM:
            return breach.team or ""
        if column == Column.STATE:
            if breach.rescinded_at is not None:
                return self.tr("Withdrawn")
            return review_state_text(breach.review_state)
        return breach_reason_text(breach.reason_category) if breach.reason_category else self.tr("—")

    def foreground(self, breach: BreachView, column: Column) -> QColor | None:
        if column == Column.STATE and breach.rescinded_at is None \
                and breach.review_state in ("awaiting_reason", "challenged"):
            return alarm_colour(breach.review_state == "challenged")
        return None

    def tooltip(self, breach: BreachView, column: Column) -> str | None:
        return breach.reason_text if column == Column.REASON and breach.reason_text else None


class BreachReasonDialog(QDialog):
    """The worker's reason for one breach: a category and what happened."""

    saved = Signal(object)  # the BreachView after saving

    def __init__(self, ctx: Context, actor: Actor, breach: BreachView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._breach = ctx, actor, breach
        self._task: Task | None = None
        self.result_view: BreachView | None = None
        self.setWindowTitle(self.tr("Reason for a breach — Casework"))
        self.setObjectName("breachReasonDialog")

        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Reason category"))
        self.category_combo.addItem(self.tr("Choose…"), None)
        for code in BREACH_REASONS:
            self.category_combo.addItem(breach_reason_text(code), code)
        if breach.reason_category:
            self.category_combo.setCurrentIndex(self.category_combo.findData(breach.reason_category))
        self.category_error = ErrorLabel(self.tr("Reason category error"))
        self.text_edit = QPlainTextEdit(breach.reason_text or "")
        self.text_edit.setAccessibleName(self.tr("What happened"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What happened, and what will stop it happening again"))
        self.text_error = ErrorLabel(self.tr("What happened error"))
        self.form_error = ErrorLabel(self.tr("Reason error"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("{rule} breached").format(rule=breach.rule_label)))
        layout.addWidget(small_print(self.tr("Referral {id} · {person} · due {due}").format(
            id=breach.referral_id, person=breach.person_name, due=format_local(breach.due_at))))
        if breach.review_state == "challenged" and breach.review_comment:
            challenge = QLabel(self.tr("Challenged by {who}: {comment}").format(
                who=breach.reviewed_by or "", comment=breach.review_comment))
            challenge.setWordWrap(True)
            challenge.setAccessibleName(self.tr("Challenge"))
            layout.addWidget(challenge)
        form = QFormLayout()
        category_label = QLabel(self.tr("&Category:"))
        category_label.setBuddy(self.category_combo)
        form.addRow(category_label, self.category_combo)
        form.addRow("", self.category_error)
        text_label = QLabel(self.tr("&What happened:"))
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        form.addRow("", self.text_error)
        layout.addLayout(form)
        layout.addWidget(self.form_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save reason"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.category_combo.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def submit(self) -> None:
        if self.busy:
            return
        for label in (self.category_error, self.text_error, self.form_error):
            label.clear_error()
        category = self.category_combo.currentData()
        text = self.text_edit.toPlainText()
        if category is None:
            self.category_error.show_error(self.tr("choose the reason that fits best"))
            self.category_combo.setFocus()
            return
        ctx, actor, breach = self._ctx, self._actor, self._breach
        self.save_button.setEnabled(False)
        self._task = run_in_background(
            lambda: sla.give_breach_reason(ctx, actor, breach.id, category, text, expected_version=breach.version),
            self._saved, self._failed)

    def _saved(self, view: BreachView) -> None:
        self.save_button.setEnabled(True)
        self.result_view = view
        self.saved.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and error.field == "category":
            self.category_error.show_error(validation_text(error))
            self.category_combo.setFocus()
        elif isinstance(error, ValidationError) and error.field == "text":
            self.text_error.show_error(validation_text(error))
            self.text_edit.setFocus()
        elif isinstance(error, Conflict):
            self.form_error.show_error(self.tr(
                "Someone else changed this breach after you opened it, so nothing was saved. "
                "Close this box, look at the breach again, and give your reason once more (copy it first)."))
        else:
            self.form_error.show_error(error_text(error))

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
        super().reject()


class BreachReviewPage(QWidget):
    open_referral = Signal(int)
    selection_changed = Signal(object)  # the selected breach's referral id, or None (the shell's Ctrl+E)
    message = Signal(str)               # a line for the status bar
    loaded = Signal(int)            # rows now listed
    reviewed = Signal(object)       # the BreachView after an accept or a challenge
    reason_given = Signal(object)   # the BreachView after a reason was saved here

    def __init__(self, ctx: Context, actor: Actor, *, scheduler: SlaScheduler | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._load_task: Task | None = None
        self._write_task: Task | None = None
        self._reload_pending = False
        self._teams_known = False
        self._own_team: str | None = None
        self._shown_id: int | None = None
        self._fitted = False
        self.can_review = actor.role in REVIEWERS
        self.started = False
        self.setObjectName("breachReview")
        self.setAccessibleName(self.tr("Breach review"))
        self.model = BreachTableModel(self)
        self._build()
        if scheduler is not None:
            scheduler.swept.connect(lambda result: self.refresh() if result.breaches else None)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Team filter"))
        self.team_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        fixed = self._actor.role in FIXED_TEAM_ROLES
        if not fixed:
            self.team_combo.addItem(self.tr("All teams"), None)
        self.team_combo.setEnabled(not fixed)
        if fixed:
            self.team_combo.setToolTip(self.tr("You see your own team's breaches"))

        self.pathway_combo = QComboBox()
        self.pathway_combo.setAccessibleName(self.tr("Pathway filter"))
        self.pathway_combo.addItem(self.tr("All pathways"), None)
        for pathway in self._ctx.pathways:
            self.pathway_combo.addItem(pathway.label, pathway.id)
        self.rule_combo = QComboBox()
        self.rule_combo.setAccessibleName(self.tr("Timer filter"))
        self.rule_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_rules()

        self.from_edit = self._date_edit(self.tr("Due from"))
        self.to_edit = self._date_edit(self.tr("Due to"))
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Review state filter"))
        self.state_combo.addItem(self.tr("Any state"), None)
        for state in REVIEW_STATES:
            self.state_combo.addItem(review_state_text(state), state)
        self.withdrawn_check = QCheckBox(self.tr("Include &withdrawn"))
        self.withdrawn_check.setAccessibleName(self.tr("Include withdrawn breaches"))
        self.withdrawn_check.setToolTip(self.tr("Breaches withdrawn because the events were corrected"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of breaches"))

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for column, (text, widget) in enumerate(((self.tr("&Team:"), self.team_combo),
                                                 (self.tr("&Pathway:"), self.pathway_combo),
                                                 (self.tr("T&imer:"), self.rule_combo))):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column * 2)
            filters.addWidget(widget, 0, column * 2 + 1)
        for column, (text, widget) in enumerate(((self.tr("Due fro&m:"), self.from_edit),
                                                 (self.tr("Due t&o:"), self.to_edit),
                                                 (self.tr("&State:"), self.state_combo))):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, 1, column * 2)
            filters.addWidget(widget, 1, column * 2 + 1)
        filters.addWidget(self.withdrawn_check, 1, 6)
        filters.setColumnStretch(7, 1)
        filters.addWidget(self.count_label, 1, 8, Qt.AlignmentFlag.AlignRight)

        for combo in (self.team_combo, self.pathway_combo, self.rule_combo, self.state_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.pathway_combo.currentIndexChanged.connect(self._fill_rules)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.withdrawn_check.toggled.connect(self.refresh)

        self.table = QTableView()
        self.table.setObjectName("breachTable")
        self.table.setAccessibleName(self.tr("Breaches, latest due first"))
        self.table.setModel(self.model)
        self.exporter = ListExporter(self.table, self._ctx, self._actor, "breaches", title=self.tr("Breach review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in ((Column.DUE, 152), (Column.PERSON, 120), (Column.REFERRAL, 64), (Column.RULE, 125),
                              (Column.WORKER, 60), (Column.TEAM, 140), (Column.STATE, 125)):
            header.resizeSection(column, width)
        self.table.setColumnHidden(Column.TEAM, fixed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        self.table.activated.connect(lambda index: self.open_referral.emit(self.model.breach(index.row()).referral_id))

        self.empty_label = small_print("")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        self.splitter = splitter

        self.error_label = ErrorLabel(self.tr("Breach list error"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(self.tr("Breach review")))
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)

        chain = [self.team_combo, self.pathway_combo, self.rule_combo, self.from_edit, self.to_edit,
                 self.state_combo, self.withdrawn_check, self.table, self.open_button, self.reason_button,
                 self.comment_edit, self.accept_button, self.challenge_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._show_selected()

    def _date_edit(self, name: str) -> QDateEdit:
        return AnyDateEdit(self.tr("Any"), name, display_format="dd MMM yyyy", minimum=ANY_DATE)  # Any: no limit

    def _build_detail(self) -> QWidget:
        self.detail_error = ErrorLabel(self.tr("Breach error"))
        self.detail_status = small_print("")
        self.detail_status.setAccessibleName(self.tr("Breach status"))
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("Last action"))
        self.detail_title = heading(self.tr("No breach selected"))
        self.detail_title.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label.setAccessibleName(self.tr("Breach details"))

        self.reason_box = QGroupBox(self.tr("Reason"))
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setAccessibleName(self.tr("Reason"))
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.addWidget(self.reason_label)

        self.review_box = QGroupBox(self.tr("Review"))
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_label.setAccessibleName(self.tr("Review"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Review comment"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("Optional when accepting; needed to challenge"))
        self.comment_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.comment_label = QLabel(self.tr("&Comment:"))
        self.comment_label.setBuddy(self.comment_edit)
        self.comment_error = ErrorLabel(self.tr("Comment error"))
        self.accept_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                         self.tr("&Accept reason"))
        self.accept_button.setAccessibleName(self.tr("Accept reason"))
        self.accept_button.clicked.connect(lambda: self.review("accept"))
        self.challenge_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion),
                                            self.tr("Chall&enge"))
        self.challenge_button.setAccessibleName(self.tr("Challenge reason"))
        self.challenge_button.clicked.connect(lambda: self.review("challenge"))
        decision = QHBoxLayout()
        decision.addWidget(self.accept_button)
        decision.addWidget(self.challenge_button)
        decision.addStretch(1)
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_label)
        review_layout.addWidget(self.detail_status)
        self.decision_area = QWidget()
        area = QVBoxLayout(self.decision_area)
        area.setContentsMargins(0, 4, 0, 0)
        area.addWidget(self.comment_label)
        area.addWidget(self.comment_edit)
        area.addWidget(self.comment_error)
        area.addLayout(decision)
        review_layout.addWidget(self.decision_area)
        self.decision_area.setVisible(self.can_review)

        self.open_button = QPushButton(self.tr("Open &referral"))
        self.open_button.clicked.connect(self._open_selected)
        self.reason_button = QPushButton(self.tr("&Give reason…"))
        self.reason_button.setAccessibleName(self.tr("Give reason"))
        self.reason_button.clicked.connect(self.give_reason)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.reason_button)
        actions.addStretch(1)


        pane = QWidget()
        pane.setObjectName("breachDetail")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.facts_label)
        layout.addLayout(actions)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.review_box)
        layout.addWidget(self.detail_error)
        layout.addWidget(self.notice_label)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(pane)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons and the comment inside
        scroll.setMinimumWidth(360)
        return scroll

    def _fill_rules(self) -> None:
        current = self.rule_combo.currentData()
        pathway_id = self.pathway_combo.currentData()
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        self.rule_combo.addItem(self.tr("All timers"), None)
        pathways = [self._ctx.pathways.get(pathway_id)] if pathway_id else list(self._ctx.pathways)
        for pathway in pathways:
            for rule in pathway.sla_rules:
                label = rule.label if pathway_id else f"{rule.label} ({pathway.label})"
                self.rule_combo.addItem(label, rule.id)
        found = self.rule_combo.findData(current)
        self.rule_combo.setCurrentIndex(max(0, found))
        self.rule_combo.blockSignals(False)

    # --- filters and loading ---------------------------------------------------------------------

    def filters(self) -> BreachFilters:
        due_from = self.from_edit.date()
        due_to = self.to_edit.date()
        return BreachFilters(
            team=self.team_combo.currentData() if self._teams_known else None,
            pathway=self.pathway_combo.currentData(),
            rule=self.rule_combo.currentData(),
            due_from=None if due_from == ANY_DATE else local_day_start(due_from.toPython()),
            # "to" is the last day included: the filter runs to midnight after it.
            due_to=None if due_to == ANY_DATE else local_day_start(due_to.toPython() + timedelta(days=1)),
            review_state=self.state_combo.currentData(),
            include_rescinded=self.withdrawn_check.isChecked(),
        )

    def set_period(self, first: date | None, last: date | None) -> None:
        """Set the due-date filters (None for no limit) with one reload."""
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day else ANY_DATE)
            edit.blockSignals(False)
        self.refresh()

    @property
    def busy(self) -> bool:
        return any(t is not None and not t.done for t in (self._load_task, self._write_task))

    def reload(self) -> None:
        """The main window's name for a refresh (F5, and the first time the page is shown)."""
        self.refresh()

    def refresh(self) -> None:
        """Load the breach list for the filters, off the UI thread (teams too, the first time)."""
        self.started = True
        if self._load_task is not None and not self._load_task.done:
            self._reload_pending = True
            return
        ctx, actor = self._ctx, self._actor
        filters = self.filters()
        need_teams = not self._teams_known
        fixed = actor.role in FIXED_TEAM_ROLES

        def load():
            teams = directory.list_teams(ctx, actor) if need_teams else None
            team = filters.team
            if need_teams and fixed:
                team = next((t.name for t in teams if t.id == actor.team_id), None)
            if fixed and team is None and actor.team_id is None:
                return teams, []
            rows = sla.list_breaches(ctx, actor, team=team, pathway=filters.pathway, rule=filters.rule,
                                     due_from=filters.due_from, due_to=filters.due_to,
                                     review_state=filters.review_state,
                                     include_rescinded=filters.include_rescinded)
            return teams, rows

        self._load_task = run_in_background(load, self._loaded, self._load_failed)

    def _loaded(self, outcome) -> None:
        teams, rows = outcome
        self._load_task = None
        if teams is not None:
            self._fill_teams(teams)
        self.error_label.clear_error()  # only ever a loading error
        selected = self.selected_breach()
        self.model.set_breaches(rows)
        self.count_label.setText(plural(len(rows), self.tr("{n} breach"), self.tr("{n} breaches")))
        if rows:
            self.list_stack.setCurrentWidget(self.table)
            if not self._fitted:
                self._fit_columns()
        else:
            self.empty_label.setText(self.tr("No breaches match these filters."))
            self.list_stack.setCurrentWidget(self.empty_label)
        if selected is not None and (row := self.model.row_of(selected.id)) is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()
        self.loaded.emit(len(rows))
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents (capped), once; the reason takes what is left."""
        header = self.table.horizontalHeader()
        for column in Column:
            if column != Column.REASON and not self.table.isColumnHidden(column):
                header.resizeSection(column, min(220, max(self.table.sizeHintForColumn(column),
                                                          header.sectionSizeHint(column))))
        self._fitted = True

    def _load_failed(self, error: BaseException) -> None:
        self._load_task = None
        self.error_label.show_error(self.tr("Could not load breaches: {error}").format(error=error_text(error)))
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _fill_teams(self, teams) -> None:
        self.team_combo.blockSignals(True)
        if self._actor.role in FIXED_TEAM_ROLES:
            own = next((t for t in teams if t.id == self._actor.team_id), None)
            self.team_combo.clear()
            self.team_combo.addItem(own.name if own else self.tr("No team"), own.name if own else None)
            self._own_team = own.name if own else None
        else:
            for team in teams:
                self.team_combo.addItem(team.name, team.name)
        self.team_combo.blockSignals(False)
        self._teams_known = True

    def choose_team(self, name: str | None) -> None:
        """A manager's team filter (None: all teams)."""
        index = self.team_combo.findData(name)
        if index >= 0:
            self.team_combo.setCurrentIndex(index)

    # --- selection and the detail pane -----------------------------------------------------------

    def selected_breach(self) -> BreachView | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.breach(chosen[0].row()) if chosen else None

    def selected_referral_id(self) -> int | None:
        breach = self.selected_breach()
        return breach.referral_id if breach is not None else None

    def _selection_moved(self) -> None:
        self._show_selected()
        self.selection_changed.emit(self.selected_referral_id())

    def select_breach(self, breach_id: int) -> bool:
        row = self.model.row_of(breach_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _show_selected(self) -> None:
        breach = self.selected_breach()
        shown = breach.id if breach is not None else None
        if shown != self._shown_id:
            # Another breach: old messages no longer apply (a typed comment stays until sent).
            self._shown_id = shown
            for label in (self.detail_error, self.comment_error):
                label.clear_error()
            self.notice_label.setText("")
        if breach is None:
            self.detail_title.setText(self.tr("No breach selected"))
            self.facts_label.setText(self.tr("Select a breach to see its reason and review it."))
            for widget in (self.reason_box, self.review_box, self.open_button, self.reason_button):
                widget.setVisible(False)
            return
        for widget in (self.reason_box, self.review_box, self.open_button):
            widget.setVisible(True)
        self.detail_title.setText(self.tr("{rule} breached").format(rule=breach.rule_label))
        facts = [
            self.tr("Young person: {name}").format(name=breach.person_name),
            self.tr("Referral: {id} ({pathway})").format(id=breach.referral_id,
                                                         pathway=self._pathway_label(breach.pathway)),
            self.tr("Worker: {worker}").format(worker=breach.assigned_to or self.tr("unassigned")),
            self.tr("Team: {team}").format(team=breach.team or self.tr("none")),
            self.tr("Was due: {time}").format(time=format_local(breach.due_at)),
            self.tr("Breach recorded: {time}").format(time=format_local(breach.detected_at)),
        ]
        if breach.rescinded_at is not None:
            facts.append(self.tr("Withdrawn {time}: the events were corrected and the timer was met")
                         .format(time=format_local(breach.rescinded_at)))
        self.facts_label.setText("\n".join(facts))

        if breach.reason_category:
            # BreachView has no reason time yet; shown as soon as the core adds one.
            when = getattr(breach, "reason_at", None)
            given = (self.tr("Given by {who}, {time}").format(who=breach.reason_by or self.tr("unknown"),
                                                               time=format_local(when)) if when
                     else self.tr("Given by {who}").format(who=breach.reason_by or self.tr("unknown")))
            self.reason_label.setText(self.tr("{category}\n\n{text}\n\n{given}").format(
                category=breach_reason_text(breach.reason_category), text=breach.reason_text or "", given=given))
        else:
            self.reason_label.setText(self.tr("No reason given yet."))

        review = [self.tr("State: {state}").format(state=review_state_text(breach.review_state))]
        if breach.reviewed_by:
            review.append(self.tr("Reviewed by {who}, {time}").format(
                who=breach.reviewed_by, time=format_local(breach.reviewed_at)))
        if breach.review_comment:
            review.append(self.tr("Comment: {comment}").format(comment=breach.review_comment))
        self.review_label.setText("\n".join(review))

        live = breach.rescinded_at is None
        awaiting = live and breach.review_state == "awaiting_review"
        self.decision_area.setVisible(self.can_review and live and breach.review_state != "accepted")
        for button in (self.accept_button, self.challenge_button):
            button.setEnabled(awaiting and not self._writing)
        if self.can_review and live and not awaiting and breach.review_state != "accepted":
            self.detail_status.setText(self.tr("A reason is needed before this breach can be reviewed."))
        else:
            self.detail_status.setText("")
        self.detail_status.setVisible(bool(self.detail_status.text()))
        self.reason_button.setVisible(self._may_give_reason(breach))
        self.reason_button.setEnabled(not self._writing)

    def _pathway_label(self, pathway_id: str) -> str:
        try:
            return self._ctx.pathways.get(pathway_id).label
        except Exception:  # noqa: BLE001 - a pathway file removed since: show its id
            return pathway_id

    def _may_give_reason(self, breach: BreachView) -> bool:
        if breach.rescinded_at is not None or breach.review_state == "accepted":
            return False
        # The core's rule (access.may_change_referral): a caseworker answers for the referrals assigned
        # to them, a team lead for their team's.
        if self._actor.role is Role.CASEWORKER:
            return breach.assigned_to == self._actor.username
        return self._actor.role in REASON_GIVERS and breach.team is not None and breach.team == self._own_team

    @property
    def _writing(self) -> bool:
        return self._write_task is not None and not self._write_task.done

    def _open_selected(self) -> None:
        breach = self.selected_breach()
        if breach is not None:
            self.open_referral.emit(breach.referral_id)

    # --- decisions -------------------------------------------------------------------------------

    def review(self, decision: str) -> None:
        """Accept or challenge the selected breach's reason, with the comment typed."""
        breach = self.selected_breach()
        if breach is None or self._writing:
            return
        comment = self.comment_edit.toPlainText()
        self.comment_error.clear_error()
        self.detail_error.clear_error()
        self.notice_label.setText("")
        if decision == "challenge" and not comment.strip():
            self.comment_error.show_error(self.tr("Comment: say what is missing from the reason to challenge it"))
            self.comment_edit.setFocus()
            return
        ctx, actor = self._ctx, self._actor
        self._run_write(
            lambda: sla.review_breach(ctx, actor, breach.id, decision, comment, expected_version=breach.version),
            self._reviewed, breach)

    def _reviewed(self, view: BreachView) -> None:
        self.comment_edit.clear()
        word = self.tr("accepted") if view.review_state == "accepted" else self.tr("challenged")
        self.notice_label.setText(self.tr("Reason {word}.").format(word=word))
        self.message.emit(self.tr("Breach of {rule} on referral {id}: reason {word}.").format(
            rule=view.rule_label, id=view.referral_id, word=word))
        self.reviewed.emit(view)
        self.refresh()

    def give_reason(self) -> None:
        breach = self.selected_breach()
        if breach is None:
            return
        dialog = BreachReasonDialog(self._ctx, self._actor, breach, self)
        dialog.saved.connect(self._reason_saved)
        dialog.open()
        self.reason_dialog = dialog  # for tests and so that it is not collected while open

    def _reason_saved(self, view: BreachView) -> None:
        self.notice_label.setText(self.tr("Reason saved."))
        self.message.emit(self.tr("Reason saved for the breach on referral {id}.").format(id=view.referral_id))
        self.reason_given.emit(view)
        self.refresh()

    def _run_write(self, call: Callable[[], Any], on_success: Callable[[Any], None], breach: BreachView) -> None:
        def failed(error: BaseException) -> None:
            self._write_task = None
            self._show_selected()
            if isinstance(error, Conflict):
                self.detail_error.show_error(self.tr(
                    "Someone else changed this breach while you were looking at it, so nothing was saved. "
                    "It has been reloaded: check it, then decide again (your comment is kept)."))
                self.refresh()
            elif isinstance(error, ValidationError) and error.field == "comment":
                self.comment_error.show_error(self.tr("Comment: {text}").format(text=validation_text(error)))
                self.comment_edit.setFocus()
            else:
                self.detail_error.show_error(error_text(error))
                self.refresh()

        def succeeded(view) -> None:
            self._write_task = None
            on_success(view)

        self._write_task = run_in_background(call, succeeded, failed)
        self._show_selected()

    def shutdown(self) -> None:
        """Drop the results of anything still running (the page is going away)."""
        for task in (self._load_task, self._write_task):
            if task is not None:
                task.discard()
