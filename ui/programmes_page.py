"""Group programmes: the list of programmes, and for the chosen one its roster with the attendance grid.

The grid has a row per participant (young people from several referrals) and a column per session.
It is used from the keyboard: the arrow keys move between cells, **A** marks the young person as
attended, **D** as did not attend, **C** as cancelled (by them or their family); **Enter** opens the
attendance form for the cell (to say which parents or carers came). Ctrl+O opens the participant's
referral. Every change is a core call off the UI thread; the grid loads again after it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from casework.services import interventions, referrals
from casework.services.actor import CHANGING_ROLES, Actor
from casework.services.context import Context
from casework.services.interventions import Participant, ProgrammeDetail, ProgrammeView, SessionView
from casework.timeutil import to_local

from .field_widgets import DateInput, FormDialog, LongTextInput
from .forms import heading, small_print
from .i18n import datetime_text
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole
from .outcome_dialogs import AttendanceDialog, PlanSessionDialog, _date_or_error
from .qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .theme import status_colour
from .referral_record_dialogs import VersionedDialog
from .tasks import Task, run_in_background
from .wording import N_, error_text, tr

CELL_TEXT = {"attended": N_("Attended"), "did_not_attend": N_("Did not attend"), "cancelled": N_("Cancelled")}
KEYS = {Qt.Key.Key_A: "attended", Qt.Key.Key_D: "did_not_attend", Qt.Key.Key_C: "cancelled"}
NOT_YOURS = (N_("You may record attendance only for the young people whose referral you may change "
             "(a caseworker: assigned to you; a team lead: your team's)."))


class ProgrammeColumn(IntEnum):
    NAME = 0
    PARTICIPANTS = 1
    SESSIONS = 2


class ProgrammeListModel(RecordListModel[ProgrammeView]):
    columns = ProgrammeColumn
    headers = {ProgrammeColumn.NAME: N_("Programme"), ProgrammeColumn.PARTICIPANTS: N_("Young people"),
               ProgrammeColumn.SESSIONS: N_("Sessions")}

    def display(self, record: ProgrammeView, column):
        if column == ProgrammeColumn.NAME:
            return record.name + ("" if record.active else tr(" (ended)"))
        return str(record.participants if column == ProgrammeColumn.PARTICIPANTS else record.sessions)


class AttendanceGridModel(QAbstractTableModel):
    """Rows: participants. Columns: the young person, their referral, then one per session."""

    FIXED = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.participants: list[Participant] = []
        self.sessions: list[SessionView] = []

    def set_detail(self, detail: ProgrammeDetail | None) -> None:
        self.beginResetModel()
        self.participants = detail.participants if detail else []
        self.sessions = detail.sessions if detail else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.FIXED + len(self.sessions)

    def cell(self, row: int, column: int) -> tuple[Participant, SessionView | None]:
        session = self.sessions[column - self.FIXED] if column >= self.FIXED else None
        return self.participants[row], session

    def text(self, row: int, column: int) -> str:
        person, session = self.cell(row, column)
        if column == 0:
            return person.person_name
        if column == 1:
            return f"#{person.referral_id}"
        assert session is not None
        mark = session.attendance_of(person.intervention_id)
        if session.status == "cancelled":
            return tr("Session cancelled")
        if mark is not None:
            return tr(CELL_TEXT[mark.status])
        day = to_local(session.starts_at).date()
        if day < person.started_on or (person.ended_on and day > person.ended_on):
            return tr("not on roster")
        return "—"

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column >= self.FIXED:
                person, session = self.cell(row, column)
                return f"{person.person_name}, {self.headerData(column, Qt.Orientation.Horizontal)}: {text}"
            return text
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column >= self.FIXED:
            person, session = self.cell(row, column)
            mark = session.attendance_of(person.intervention_id) if session else None
            if mark is not None:  # the cell's words say the same (attended, did not attend, cancelled)
                return QBrush(status_colour(mark.status if role == Qt.ItemDataRole.BackgroundRole else "cell_text"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIXED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            return tr("Young person")
        if section == 1:
            return tr("Referral")
        session = self.sessions[section - self.FIXED]
        return datetime_text(session.starts_at, "ddd dd/MM\nHH:mm")


class NewProgrammeDialog(VersionedDialog):
    what = "programme"

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(0, parent)
        self._ctx, self._actor = ctx, actor
        self.setObjectName("newProgrammeDialog")
        self.setWindowTitle(tr("New group programme — Casework"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setAccessibleName(tr("Name (required)"))
        self.pathway_combo = QComboBox()
        self.pathway_combo.setAccessibleName(tr("Pathway"))
        self.pathway_combo.addItem(tr("Any pathway"), None)
        for p in ctx.pathways:
            self.pathway_combo.addItem(p.label, p.id)
        self.description_edit = LongTextInput(lines=3)
        self.description_edit.setAccessibleName(tr("Description"))
        self.add_row("name", tr("Name *:"), self.name_edit)
        self.add_row("pathway", tr("Pathway:"), self.pathway_combo)
        self.add_row("description", tr("Description:"), self.description_edit)
        self.finish_layout(tr("New group programme"), tr("e.g. boxing or football sessions. Young people from any "
                                                         "referral (of the pathway) can join its roster."),
                           tr("&Create"))
        self.busy_while_saving(self.name_edit, self.pathway_combo, self.description_edit, self.save_button)
        self.watch(self.name_edit.textEdited, self.pathway_combo.activated, self.description_edit.edited)
        self.name_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        ctx, actor = self._ctx, self._actor
        name, pathway, text = self.name_edit.text(), self.pathway_combo.currentData(), self.description_edit.value()
        self.run_task(lambda: interventions.create_programme(ctx, actor, name, pathway=pathway, description=text),
                      self.finish)


class AddParticipantDialog(VersionedDialog):
    what = "programme"

    def __init__(self, ctx: Context, actor: Actor, programme: ProgrammeView, parent: QWidget | None = None) -> None:
        super().__init__(programme.version, parent)
        self._ctx, self._actor, self.programme = ctx, actor, programme
        self.setObjectName("addParticipantDialog")
        self.setWindowTitle(tr("Add to {name} — Casework").format(name=programme.name))
        self.referral_edit = QLineEdit()
        self.referral_edit.setAccessibleName(tr("Referral number (required)"))
        self.referral_edit.setPlaceholderText(tr("e.g. 1042"))
        self.start_edit = DateInput()
        self.start_edit.setAccessibleName(tr("Joined on"))
        self.start_edit.set_date(to_local(ctx.clock.now()).date())
        self.add_row("referral", tr("Referral number *:"), self.referral_edit)
        self.add_row("started_on", tr("Joined on *:"), self.start_edit)
        self.errors.add("programme", tr("Referral number *:"), self.referral_edit,
                        self.errors._fields["referral"].error)  # noqa: SLF001 - the same field on the screen
        self.finish_layout(tr("Add a young person to the roster"),
                           tr("The referral number is on the referral record (Referral #…). The referral must be "
                              "open."), tr("&Add"))
        self.busy_while_saving(self.referral_edit, self.start_edit, self.save_button)
        self.watch(self.referral_edit.textEdited, self.start_edit.edited)
        self.referral_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        from casework.errors import ValidationError
        text = self.referral_edit.text().strip().lstrip("#")
        if not text.isdigit():
            self.show_error(ValidationError("referral", "required", tr("give the referral number")))
            return
        ok, start = _date_or_error(self, self.start_edit, "started_on")
        if not ok:
            return
        ctx, actor, programme_id, referral_id = self._ctx, self._actor, self.programme.id, int(text)
        self.run_task(lambda: interventions.add_intervention(ctx, actor, referral_id, "group", programme=programme_id,
                                                             started_on=start), self.finish)


class AttendanceGrid(QTableView):
    """The grid view: A / D / C on a session cell record attendance; Enter opens the full form."""

    mark_requested = Signal(int, int, str)   # row, column, status
    form_requested = Signal(int, int)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        if index.isValid() and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if event.key() in KEYS and index.column() >= AttendanceGridModel.FIXED:
                self.mark_requested.emit(index.row(), index.column(), KEYS[event.key()])
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.form_requested.emit(index.row(), index.column())
                return
        super().keyPressEvent(event)


class ProgrammesPage(QWidget):
    message = Signal(str)
    open_referral = Signal(int)

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setObjectName("programmesPage")
        self.started = False
        self.detail: ProgrammeDetail | None = None
        self.dialog: FormDialog | None = None
        self._list_task: Task | None = None
        self._detail_task: Task | None = None
        self._write_task: Task | None = None
        self.can_write = actor.role in CHANGING_ROLES

        self.list_model = ProgrammeListModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("programmeList")
        self.list_view.setModel(self.list_model)
        self.exporter = ListExporter(self.list_view, self._ctx, self._actor, "programmes", title=tr("Group programmes"))
        self.list_view.setAccessibleName(tr("Group programmes"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_a: self.load_detail())
        self.new_button = self._button(tr("&New programme…"), self.open_new)

        self.title = heading(tr("Choose a programme"))
        self.facts = small_print("")
        self.grid_model = AttendanceGridModel(self)
        self.grid = AttendanceGrid()
        self.grid.setObjectName("attendanceGrid")
        self.grid.setModel(self.grid_model)
        self.grid_exporter = ListExporter(self.grid, self._ctx, self._actor, "attendance", title=tr("Roster and attendance"))
        self.grid.setAccessibleName(tr("Roster and attendance"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.mark_requested.connect(self.mark)
        self.grid.form_requested.connect(self.open_attendance)
        self.grid.doubleClicked.connect(lambda i: self.open_attendance(i.row(), i.column()))
        self.help = small_print(tr("On a session's cell: A attended, D did not attend, C cancelled, Enter for who came. "
                                   "Ctrl+O opens the young person's referral."))
        self.plan_button = self._button(tr("&Plan session…"), self.open_plan)
        self.add_button = self._button(tr("A&dd young person…"), self.open_add)
        self.cancel_button = self._button(tr("Cancel session"), self.cancel_session)
        self.cancel_button.setAccessibleName(tr("Cancel the selected session"))
        self.referral_button = self._button(tr("&Open referral"), self.open_selected_referral)
        open_shortcut = QShortcut(QKeySequence("Ctrl+O"), self)
        open_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        open_shortcut.activated.connect(self.open_selected_referral)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(self.grid, 1)
        right_layout.addWidget(self.help)
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.add_button, self.cancel_button, self.referral_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._enable()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- loading -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(t is not None and not t.done for t in (self._list_task, self._detail_task, self._write_task))

    def reload(self) -> None:
        self.started = True
        ctx, actor = self._ctx, self._actor
        self._list_task = run_in_background(lambda: interventions.list_programmes(ctx, actor), self._listed,
                                            self._failed)

    def focus_search(self) -> None:
        self.list_view.setFocus()

    def _listed(self, programmes: list[ProgrammeView]) -> None:
        current = self.current_programme()
        self.list_model.set_rows(programmes)
        row = self.list_model.row_of(current.id) if current else None
        if row is None and programmes:
            row = 0
        if row is not None:
            self.list_view.selectRow(row)
        else:
            self.grid_model.set_detail(None)
        self._enable()

    def current_programme(self) -> ProgrammeView | None:
        index = self.list_view.currentIndex()
        return self.list_model.data(index, RecordRole) if index.isValid() else None

    def load_detail(self) -> None:
        programme = self.current_programme()
        if programme is None:
            return
        ctx, actor = self._ctx, self._actor
        self._detail_task = run_in_background(lambda: interventions.programme_detail(ctx, actor, programme.id),
                                              self._detail_loaded, self._failed)

    def _detail_loaded(self, detail: ProgrammeDetail) -> None:
        where = self.grid.currentIndex()
        self.detail = detail
        p = detail.programme
        self.title.setText(p.name)
        pathway = self._ctx.pathways.get(p.pathway).label if p.pathway in self._ctx.pathways.ids() else tr("any pathway")
        others = tr(" (and {k} from other teams' referrals)").format(k=detail.others) if detail.others else ""
        self.facts.setText(tr("{pathway} · {team} · {n} young people{others} · {s} sessions{ended}").format(
            pathway=pathway, team=p.team or tr("no team"), n=len(detail.participants), others=others,
            s=len(detail.sessions), ended="" if p.active else tr(" · ended")))
        self.grid_model.set_detail(detail)
        if where.isValid() and where.row() < self.grid_model.rowCount() and where.column() < self.grid_model.columnCount():
            self.grid.setCurrentIndex(self.grid_model.index(where.row(), where.column()))
        elif self.grid_model.rowCount() and self.grid_model.columnCount() > AttendanceGridModel.FIXED:
            self.grid.setCurrentIndex(self.grid_model.index(0, AttendanceGridModel.FIXED))
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self._enable()

    def _enable(self) -> None:
        programme = self.current_programme()
        running = programme is not None and programme.active and self.can_write
        self.new_button.setEnabled(self.can_write)
        self.plan_button.setEnabled(running)
        self.add_button.setEnabled(running)
        self.cancel_button.setEnabled(running and self._selected_session() is not None)
        self.referral_button.setEnabled(self.grid_model.rowCount() > 0)

    def _selected_session(self) -> SessionView | None:
        index = self.grid.currentIndex()
        if not index.isValid() or index.column() < AttendanceGridModel.FIXED:
            return None
        return self.grid_model.cell(index.row(), index.column())[1]

    # --- writes ----------------------------------------------------------------------------------------

    def _after_write(self, _result: Any = None) -> None:
        self.status.setText("")
        self.reload()
        self.load_detail()

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(self._after_write)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def open_new(self) -> NewProgrammeDialog | None:
        if not self.can_write:
            return None
        return self._open(NewProgrammeDialog(self._ctx, self._actor, self))  # type: ignore[return-value]

    def open_plan(self) -> PlanSessionDialog | None:
        programme = self.current_programme()
        if programme is None or not self.can_write:
            return None
        return self._open(PlanSessionDialog(self._ctx, self._actor, programme=programme, parent=self))  # type: ignore[return-value]

    def open_add(self) -> AddParticipantDialog | None:
        programme = self.current_programme()
        if programme is None or not self.can_write:
            return None
        return self._open(AddParticipantDialog(self._ctx, self._actor, programme, self))  # type: ignore[return-value]

    def mark(self, row: int, column: int, status: str) -> None:
        """A / D / C on a cell: record that attendance for the participant at the session."""
        if not self.can_write or (self._write_task is not None and not self._write_task.done):
            return
        person, session = self.grid_model.cell(row, column)
        if session is None:
            return
        if not person.changeable:
            self.status.setText(tr(NOT_YOURS))
            return
        ctx, actor = self._ctx, self._actor
        self.status.setText(tr("Saving…"))
        self._write_task = run_in_background(
            lambda: interventions.record_attendance(ctx, actor, session.id, status, group=True,
                                                    intervention_id=person.intervention_id,
                                                    expected_version=session.version),
            self._after_write, self._failed)

    def open_attendance(self, row: int, column: int) -> None:
        """The full form for a cell, once the young person's contacts are loaded."""
        if not self.can_write or column < AttendanceGridModel.FIXED:
            return
        person, session = self.grid_model.cell(row, column)
        if session is None or session.status == "cancelled":
            return
        if not person.changeable:
            self.status.setText(tr(NOT_YOURS))
            return
        ctx, actor = self._ctx, self._actor

        def show(detail) -> None:
            self._open(AttendanceDialog(ctx, actor, session, person.intervention_id, person.person_name, True,
                                        list(detail.person.contacts), self))
        self._write_task = run_in_background(
            lambda: referrals.get_referral(ctx, actor, person.referral_id, view="programme_attendance"), show,
            self._failed)

    def cancel_session(self) -> None:
        session = self._selected_session()
        if session is None:
            return
        ctx, actor = self._ctx, self._actor
        self._write_task = run_in_background(
            lambda: interventions.cancel_session(ctx, actor, session.id, group=True, expected_version=session.version),
            self._after_write, self._failed)

    def open_selected_referral(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.open_referral.emit(self.grid_model.cell(index.row(), index.column())[0].referral_id)

    def shutdown(self) -> None:
        for task in (self._list_task, self._detail_task, self._write_task):
            if task is not None:
                task.discard()
