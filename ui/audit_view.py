"""The audit trail for managers and administrators: a page with filters, and "who has looked at this
record" for one referral or young person.

A manager sees each entry's details (the values before and after a change); an administrator sees
who, when, what action and on which record, never case content (the core leaves the details out).
Entries load newest first, 200 at a time, off the UI thread; reading the trail is itself audited
once per search (the next pages of the same search are not new reads). "Check the chain" runs
``audit verify`` and says whether the trail is intact or names the first bad entry.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from casework.services import audit, directory
from casework.services.actor import Actor
from casework.services.audit import AuditEntryView, AuditFilter, VerifyResult
from casework.services.context import Context
from casework.store.models import Role
from casework.timeutil import format_local

from .alerts import alarm_colour
from .forms import AnyDateEdit, heading, small_print
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole  # noqa: F401 - RecordRole for callers
from .qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QIntValidator,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .theme import alarm_text
from .wording import N_, error_text, humanise, plural, tr

PAGE_SIZE = 200
ANY_DATE = QDate(2000, 1, 1)


class Column(IntEnum):
    WHEN = 0
    USER = 1
    ACTION = 2
    RECORD = 3
    DETAILS = 4


HEADERS = {
    Column.WHEN: N_("When"),
    Column.USER: N_("Who"),
    Column.ACTION: N_("What they did"),
    Column.RECORD: N_("Record"),
    Column.DETAILS: N_("Details"),
}

VIA_WORDS = {
    "record_window": N_("Opened the referral record"),
    "event_form": N_("Opened the record-event form"),
    "person_editor": N_("Opened the young person's details"),
    "command_line": N_("Looked at it from the command line"),
    "sla_explanation": N_("Looked at the SLA explanation"),
}
ACTION_WORDS = audit.ACTION_WORDS  # the same words print in the subject access PDF (casework.services.audit)
# The action filter: (label, action code or None for any).
ACTION_FILTERS = [(N_("Any action"), None), (N_("Looked at a record"), "view"), (N_("Changed"), "update"),
                  (N_("Created"), "create"), (N_("Recorded an event"), "record_event"), (N_("Printed a report"), "report"),
                  (N_("Refused"), "refused"), (N_("Read the audit trail"), "audit_read")]
ENTITY_WORDS = audit.ENTITY_WORDS


def action_text(entry: AuditEntryView) -> str:
    if entry.action == "view" and entry.via:
        return tr(VIA_WORDS.get(entry.via, ACTION_WORDS["view"]))
    if entry.refused:
        words = tr("Refused")
        return f"{words}: {humanise(entry.attempted)}" if entry.attempted else words
    if entry.action == "report" and entry.entity_type == "referral":
        return tr("Printed the case file")
    return tr(ACTION_WORDS.get(entry.action, humanise(entry.action)))


def record_text(entry: AuditEntryView) -> str:
    what = tr(ENTITY_WORDS.get(entry.entity_type, humanise(entry.entity_type)))
    return f"{what} {entry.entity_id}" if entry.entity_id is not None else what


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, dict):
        return ", ".join(f"{humanise(k)}: {_value(v)}" for k, v in value.items()) or "—"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return format_local(datetime.fromisoformat(value))   # times are stored as UTC ISO text
        except ValueError:
            return value
    return str(value)


def details_lines(entry: AuditEntryView) -> list[str]:
    """The details as lines a person reads: "field: before → after" for a change."""
    if entry.details is None:
        return [tr("Details are case content: only managers see them.")]
    details = dict(entry.details)
    if entry.redacted:
        return [tr("Personal data removed by the retention job.")] + (
            [] if details.get("redacted") is True else [f"{k}: {_value(v)}" for k, v in details.items()
                                                         if k not in ("redacted",)])
    before = details.pop("before", None)
    after = details.pop("after", None)
    lines = []
    if isinstance(before, dict) or isinstance(after, dict):
        before, after = before or {}, after or {}
        for key in list(dict.fromkeys([*before, *after])):
            if key in before and key in after:
                if before[key] != after[key]:
                    lines.append(f"{humanise(key)}: {_value(before[key])} → {_value(after[key])}")
            elif key in after:
                lines.append(f"{humanise(key)}: {_value(after[key])}")
            else:
                lines.append(f"{humanise(key)}: {_value(before[key])} → —")
    lines += [f"{humanise(k)}: {_value(v)}" for k, v in details.items() if k != "via"]
    return lines


class AuditTableModel(RecordListModel[AuditEntryView]):
    columns = Column
    headers = HEADERS

    def key(self, record: AuditEntryView) -> int:
        return record.seq

    def append_rows(self, rows: list[AuditEntryView]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(self.index(-1, -1).parent(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def display(self, entry: AuditEntryView, column: Column) -> str:
        if column == Column.WHEN:
            return format_local(entry.at)
        if column == Column.USER:
            if entry.user is None:
                return tr("(the system)")
            return f"{entry.user_name} ({entry.user})" if entry.user_name and entry.user_name != entry.user \
                else entry.user
        if column == Column.ACTION:
            return action_text(entry)
        if column == Column.RECORD:
            return record_text(entry)
        return " · ".join(details_lines(entry)) if entry.details is not None else "—"

    def foreground(self, entry: AuditEntryView, column: Column) -> Any:
        return alarm_colour(True) if entry.refused and column == Column.ACTION else None

    def tooltip(self, entry: AuditEntryView, column: Column) -> Any:
        if column == Column.WHEN:
            return tr("Entry {seq}").format(seq=entry.seq)
        if column == Column.DETAILS and entry.details is not None:
            return "\n".join(details_lines(entry))
        return None


class AuditTrailView(QWidget):
    """The table, the selected entry's details and "Load more"; filtered by :meth:`search`."""

    loaded = Signal(int)               # rows now listed
    open_referral = Signal(int)
    message = Signal(str)

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._task: Task | None = None
        self._filters = AuditFilter()
        self._more = False
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Audit trail entries"))
        self.exporter = ListExporter(self.table, self._ctx, self._actor, "audit_trail", title=tr("Audit trail"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(self._activated)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(tr("Selected entry"))
        self.detail.setTabChangesFocus(True)
        self.detail.setMaximumHeight(self.fontMetrics().height() * 7)
        self.status = small_print("")
        self.status.setAccessibleName(tr("Entries listed"))
        self.more_button = QPushButton(tr("Load &more"))
        self.more_button.setAccessibleName(tr("Load more entries"))
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.load_more)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def search(self, filters: AuditFilter) -> None:
        """A new search: the first page, recorded in the trail as a read."""
        if self._task is not None:
            self._task.discard()
        self._filters = filters
        self.status.setText(tr("Loading…"))
        ctx, actor = self._ctx, self._actor
        self._task = run_in_background(
            lambda: audit.list_entries(ctx, actor, filters, limit=PAGE_SIZE + 1),
            lambda rows: self._loaded(rows, append=False), self._failed)

    def load_more(self) -> None:
        if self.busy or not self._more:
            return
        ctx, actor, filters = self._ctx, self._actor, self._filters
        last = self.model.row(self.model.rowCount() - 1).seq
        self.status.setText(tr("Loading…"))
        self._task = run_in_background(
            lambda: audit.list_entries(ctx, actor, filters, limit=PAGE_SIZE + 1, before_seq=last, record_read=False),
            lambda rows: self._loaded(rows, append=True), self._failed)

    def _loaded(self, rows: list[AuditEntryView], *, append: bool) -> None:
        self._more = len(rows) > PAGE_SIZE
        rows = rows[:PAGE_SIZE]
        if append:
            self.model.append_rows(rows)
        else:
            self.model.set_rows(rows)
            self.detail.setPlainText("")
            for column in (Column.WHEN, Column.USER, Column.ACTION, Column.RECORD):
                self.table.resizeColumnToContents(column)
                if self.table.horizontalHeader().sectionSize(column) > 320:
                    self.table.horizontalHeader().resizeSection(column, 320)
            if rows:
                self.table.selectRow(0)
        count = self.model.rowCount()
        listed = plural(count, tr("{n} entry"), tr("{n} entries"))
        self.status.setText(tr("{n}, newest first; more can be loaded").format(n=listed) if self._more
                            else tr("{n}, newest first").format(n=listed) if count else tr("No entries match."))
        self.more_button.setVisible(self._more)
        self.loaded.emit(count)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.message.emit(error_text(error))

    def selected_entry(self) -> AuditEntryView | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selected(self, *_args: Any) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail.setPlainText("")
            return
        head = tr("Entry {seq} · {when} · {who} · {what} · {record}").format(
            seq=entry.seq, when=format_local(entry.at), who=self.model.display(entry, Column.USER),
            what=action_text(entry), record=record_text(entry))
        self.detail.setPlainText("\n".join([head, *details_lines(entry)]))

    def _activated(self, index) -> None:
        entry = self.model.row(index.row()) if index.isValid() else None
        if entry is not None and entry.entity_type == "referral" and entry.entity_id is not None \
                and self._actor.role is Role.MANAGER:
            self.open_referral.emit(entry.entity_id)

    def dispose(self) -> None:
        if self._task is not None:
            self._task.discard()


def _date_edit(accessible: str) -> QDateEdit:
    return AnyDateEdit(tr("Any"), accessible, display_format="dd/MM/yyyy", minimum=ANY_DATE)


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == ANY_DATE else date(value.year(), value.month(), value.day())


class AuditPage(QWidget):
    """The navigation page: filters, the trail, and the chain check."""

    open_referral = Signal(int)
    message = Signal(str)
    verified = Signal(object)   # VerifyResult

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._verify_task: Task | None = None
        self._users_task: Task | None = None
        self.started = False
        self.setObjectName("auditPage")
        self.setAccessibleName(tr("Audit trail"))

        self.referral_edit = QLineEdit()
        self.referral_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.referral_edit.setAccessibleName(tr("Referral number filter"))
        self.referral_edit.setPlaceholderText(tr("any"))
        self.person_edit = QLineEdit()
        self.person_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.person_edit.setAccessibleName(tr("Young person number filter"))
        self.person_edit.setPlaceholderText(tr("any"))
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(tr("User filter"))
        self.user_combo.addItem(tr("Anyone"), None)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(tr("Action filter"))
        for label, code in ACTION_FILTERS:
            self.action_combo.addItem(tr(label), code)
        self.from_edit = _date_edit(tr("From date"))
        self.to_edit = _date_edit(tr("To date"))
        self.search_button = QPushButton(tr("&Search"))
        self.search_button.setAccessibleName(tr("Search the audit trail"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.reload)
        self.clear_button = QPushButton(tr("C&lear"))
        self.clear_button.setAccessibleName(tr("Clear the filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for edit in (self.referral_edit, self.person_edit):
            edit.returnPressed.connect(self.reload)
        self.verify_button = QPushButton(tr("&Check the chain"))
        self.verify_button.setAccessibleName(tr("Check the audit trail has not been tampered with"))
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.verify_label.setAccessibleName(tr("Chain check result"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        cells = [(tr("&Referral:"), self.referral_edit), (tr("&Young person:"), self.person_edit),
                 (tr("&User:"), self.user_combo), (tr("&Action:"), self.action_combo),
                 (tr("Fr&om:"), self.from_edit), (tr("&To:"), self.to_edit)]
        for n, (text, widget) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, n // 3, (n % 3) * 2)
            grid.addWidget(widget, n // 3, (n % 3) * 2 + 1)
        grid.addWidget(self.search_button, 0, 6)
        grid.addWidget(self.clear_button, 1, 6)
        grid.setColumnStretch(7, 1)

        self.trail = AuditTrailView(ctx, actor)
        self.trail.open_referral.connect(self.open_referral)
        self.trail.message.connect(self.message)
        who_sees = (tr("You see each change's values before and after.") if audit.sees_details(actor) else
                    tr("As an administrator you see who did what, when and to which record; the details are "
                       "case content and are shown to managers only."))
        check_row = QHBoxLayout()
        check_row.addWidget(self.verify_button)
        check_row.addWidget(self.verify_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Audit trail")))
        layout.addWidget(small_print(tr("Every look at a referral or a young person's record and every change, "
                                        "with refused attempts. Reading this trail is recorded too. ") + who_sees))
        layout.addLayout(grid)
        layout.addWidget(self.trail, 1)
        layout.addLayout(check_row)

    # --- the page protocol (MainWindow) -------------------------------------------------------------

    def reload(self) -> None:
        if not self.started:
            self.started = True
            self._load_users()
        try:
            filters = self.filters()
        except ValueError:
            return
        self.trail.search(filters)

    def focus_search(self) -> None:
        self.referral_edit.setFocus()
        self.referral_edit.selectAll()

    def shutdown(self) -> None:
        self.trail.dispose()
        for task in (self._verify_task, self._users_task):
            if task is not None:
                task.discard()

    # --- filters ------------------------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        referral = self.referral_edit.text().strip()
        person = self.person_edit.text().strip()
        start, end = _date_of(self.from_edit), _date_of(self.to_edit)
        if start is not None and end is not None and end < start:
            self.trail.status.setText(tr("The “To” date is before the “From” date."))
            self.to_edit.setFocus()
            raise ValueError("to before from")
        return AuditFilter(referral_id=int(referral) if referral else None,
                           person_id=int(person) if person else None,
                           user=self.user_combo.currentData(), date_from=start, date_to=end,
                           action=self.action_combo.currentData())

    def set_filters(self, filters: AuditFilter) -> None:
        self.referral_edit.setText(str(filters.referral_id) if filters.referral_id else "")
        self.person_edit.setText(str(filters.person_id) if filters.person_id else "")
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(filters.action)))
        for edit, value in ((self.from_edit, filters.date_from), (self.to_edit, filters.date_to)):
            edit.setDate(QDate(value.year, value.month, value.day) if value else ANY_DATE)
        if filters.user:
            if self.user_combo.findData(filters.user) < 0:
                self.user_combo.addItem(filters.user, filters.user)
            self.user_combo.setCurrentIndex(self.user_combo.findData(filters.user))
        else:
            self.user_combo.setCurrentIndex(0)

    def clear_filters(self) -> None:
        self.set_filters(AuditFilter())
        self.reload()

    def _load_users(self) -> None:
        ctx, actor = self._ctx, self._actor
        self._users_task = run_in_background(lambda: directory.list_users(ctx, actor), self._users_loaded,
                                             lambda _error: None)

    def _users_loaded(self, users) -> None:
        current = self.user_combo.currentData()
        for user in users:
            if self.user_combo.findData(user.username) < 0:
                self.user_combo.addItem(f"{user.display_name} ({user.username})", user.username)
        if current is not None:
            self.user_combo.setCurrentIndex(self.user_combo.findData(current))

    # --- the chain check ----------------------------------------------------------------------------

    def verify(self) -> None:
        if self._verify_task is not None and not self._verify_task.done:
            return
        self.verify_button.setEnabled(False)
        self.verify_label.setText(tr("Checking every entry…"))
        ctx, actor = self._ctx, self._actor
        self._verify_task = run_in_background(lambda: audit.verify(ctx, actor), self._verified,
                                              self._verify_failed)

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            alarm_text(self.verify_label, False)
            self.verify_label.setText(tr("Intact: {n} checked, nothing changed, removed or reordered.").format(
                n=plural(result.entries, tr("{n} entry"), tr("{n} entries"))))
        else:
            first = result.problems[0]
            alarm_text(self.verify_label)
            self.verify_label.setText(tr("Tampered with: the first bad entry is {seq} ({message}). "
                                         "Tell your data protection officer.").format(seq=first.seq,
                                                                                     message=first.message))
        self.verified.emit(result)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setText(error_text(error))


class WhoLookedDialog(QDialog):
    """Who has looked at one referral's or one young person's record, when, and what they did."""

    def __init__(self, ctx: Context, actor: Actor, *, referral_id: int | None = None, person_id: int | None = None,
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if (referral_id is None) == (person_id is None):
            raise ValueError("give a referral or a person")
        self.setObjectName("whoLookedDialog")
        self.setWindowTitle(tr("Who has looked at this record — Casework"))
        self.trail = AuditTrailView(ctx, actor)
        about = (tr("Everyone who opened referral {id}, changed it or was refused, newest first.").format(id=referral_id)
                 if referral_id is not None else
                 tr("Everyone who opened this young person's details or any of their referrals, changed them or "
                    "was refused, newest first."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title or tr("Who has looked at this record")))
        layout.addWidget(small_print(about))
        layout.addWidget(self.trail, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.trail.search(AuditFilter(referral_id=referral_id, person_id=person_id))
        self.trail.table.setFocus()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog's
        self.trail.dispose()
        super().done(result)
