"""Duplicate people: the review list of likely duplicates, the side-by-side merge, and undo.

For team leads, managers and administrators. The list comes from
``casework.services.matching.find_duplicates`` (blocks by identifier and date of birth, strongest
first); each pair can be compared and merged (:class:`MergeDialog`: choose which record to keep and,
field by field, which value), or marked as two different people. Recent merges are listed below
with "Undo merge…", which puts both records back exactly. Everything loads and saves off the UI
thread; a merge carries the versions of both records as loaded, so a change made meanwhile is a
conflict shown in words, never a silent overwrite.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from casework.services import audit, matching, merge
from casework.services.actor import Actor, allowed
from casework.services.context import Context
from casework.services.matching import DuplicatePair, DuplicateSide
from casework.services.merge import MergeView
from casework.timeutil import age_on, format_local, to_local

from .field_widgets import FormDialog, conflict_text
from .forms import heading, small_print
from .intake_matches import reasons_text
from .list_export import ListExporter
from .list_model import RecordListModel, RecordRole
from .qt import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .theme import alarm_text
from .risk_flags import flags_text
from .tasks import Task, run_in_background
from .wording import N_, code_text, error_text, plural, tr

FIELD_LABELS = {
    "given_name": N_("Given name"), "family_name": N_("Family name"), "date_of_birth": N_("Date of birth"),
    "gender": N_("Gender"), "home_local_authority": N_("Home local authority"), "postcode": N_("Postcode"),
    "pnc_id": N_("PNC ID"), "nhs_number": N_("NHS number"),
}


def _value_text(name: str, value: Any) -> str:
    if value in (None, ""):
        return tr("(blank)")
    if name == "date_of_birth":
        return f"{value:%d/%m/%Y}"
    if name == "gender":
        return code_text(value)
    if name == "nhs_number":
        return f"{value[:3]} {value[3:6]} {value[6:]}"
    return str(value)


def _who(side: DuplicateSide) -> str:
    p = side.person
    return f"{p.full_name} · {p.date_of_birth:%d/%m/%Y} · #{p.id}"


def _referrals_line(side: DuplicateSide) -> str:
    open_ = [r for r in side.referrals if r.open]
    if not side.referrals:
        return tr("no referrals")
    text = plural(len(side.referrals), tr("{n} referral"), tr("{n} referrals"))
    if open_:
        text += tr(" ({open} open: {which})").format(open=len(open_),
                                                     which=", ".join(r.pathway_label for r in open_))
    return text


class PairColumn(IntEnum):
    SCORE = 0
    PERSON = 1
    OTHER = 2
    WHY = 3
    REFERRALS = 4


class DuplicatesModel(RecordListModel[DuplicatePair]):
    columns = PairColumn
    headers = {PairColumn.SCORE: N_("Score"), PairColumn.PERSON: N_("Person"), PairColumn.OTHER: N_("Other record"),
               PairColumn.WHY: N_("Why"), PairColumn.REFERRALS: N_("Referrals")}

    def key(self, record: DuplicatePair):
        return record.key

    def display(self, record: DuplicatePair, column: Any) -> str:
        if column == PairColumn.SCORE:
            return f"{record.score}%"
        if column == PairColumn.PERSON:
            return _who(record.first) + (f"  {flags_text(record.first.risk_flags)}" if record.first.risk_flags else "")
        if column == PairColumn.OTHER:
            return _who(record.second) + (f"  {flags_text(record.second.risk_flags)}" if record.second.risk_flags else "")
        if column == PairColumn.WHY:
            return reasons_text(record.reasons)
        return f"{len(record.first.referrals)} | {len(record.second.referrals)}"

    def tooltip(self, record: DuplicatePair, column: Any) -> Any:
        if column in (PairColumn.PERSON, PairColumn.OTHER):
            side = record.first if column == PairColumn.PERSON else record.second
            return _referrals_line(side)
        if column == PairColumn.REFERRALS:
            return tr("Person: {a}\nOther record: {b}").format(a=_referrals_line(record.first),
                                                               b=_referrals_line(record.second))
        return None

    def alignment(self, record: DuplicatePair, column: Any) -> Any:
        if column in (PairColumn.SCORE, PairColumn.REFERRALS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MergeColumn(IntEnum):
    WHEN = 0
    KEPT = 1
    MERGED = 2
    BY = 3
    MOVED = 4
    STATE = 5


class MergesModel(RecordListModel[MergeView]):
    columns = MergeColumn
    headers = {MergeColumn.WHEN: N_("Merged"), MergeColumn.KEPT: N_("Kept person"), MergeColumn.MERGED: N_("Merged record"),
               MergeColumn.BY: N_("By"), MergeColumn.MOVED: N_("Moved"), MergeColumn.STATE: N_("State")}

    def display(self, record: MergeView, column: Any) -> str:
        if column == MergeColumn.WHEN:
            return format_local(record.merged_at)
        if column == MergeColumn.KEPT:
            return f"#{record.kept_person_id}"
        if column == MergeColumn.MERGED:
            return f"{record.merged_name} (#{record.merged_person_id})"
        if column == MergeColumn.BY:
            return record.merged_by
        if column == MergeColumn.MOVED:
            return ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in sorted(record.moved.items()))
        if record.undone_at is not None:
            return tr("Undone {when} by {who}").format(when=format_local(record.undone_at), who=record.undone_by)
        return tr("In force")


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MergeDialog(FormDialog):
    """Two records side by side: which one to keep, and for each field which value."""

    def __init__(self, ctx: Context, actor: Actor, pair: DuplicatePair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.pair = ctx, actor, pair
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge two records — Casework"))
        today = to_local(ctx.clock.now()).date()
        sides = (pair.first, pair.second)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.addWidget(QLabel(tr("<b>Keep</b>")), 0, 0)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for column, side in enumerate(sides, start=1):
            p = side.person
            button = QRadioButton(tr("Record #{id} ({n})").format(id=p.id, n=plural(len(side.referrals), tr("{n} referral"),
                                                                                     tr("{n} referrals"))))
            button.setAccessibleName(tr("Keep record {id}").format(id=p.id))
            self.keep_group.addButton(button, column - 1)
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, column)
        # Keep the record with more referrals (then the older one) unless the user says otherwise.
        keep_index = 1 if len(pair.second.referrals) > len(pair.first.referrals) else 0
        self.keep_buttons[keep_index].setChecked(True)
        self.keep_group.idToggled.connect(self._keep_changed)

        self.field_groups: dict[str, QButtonGroup] = {}
        self.field_buttons: dict[str, list[QRadioButton]] = {}
        for row, name in enumerate(merge.MERGE_FIELDS, start=1):
            label = QLabel(tr(FIELD_LABELS[name]) + ":")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight)
            values = [getattr(side.person, name) for side in sides]
            group = QButtonGroup(self)
            buttons = []
            for column, value in enumerate(values, start=1):
                text = _value_text(name, value)
                if name == "date_of_birth" and value is not None:
                    text += tr(" (aged {age})").format(age=age_on(value, today))
                button = QRadioButton(text)
                button.setAccessibleName(tr("{field}: {value} from record {id}").format(
                    field=tr(FIELD_LABELS[name]), value=text, id=sides[column - 1].person.id))
                group.addButton(button, column - 1)
                buttons.append(button)
                grid.addWidget(button, row, column)
            same = values[0] == values[1]
            for button in buttons:
                button.setEnabled(not same)
            if same:
                buttons[1].setVisible(False)
                buttons[0].setText(buttons[0].text() + tr("  (the same in both)"))
            group.idToggled.connect(self.mark_dirty)
            self.field_groups[name] = group
            self.field_buttons[name] = buttons
        base = len(merge.MERGE_FIELDS) + 1
        for offset, (title, texts) in enumerate((
            (tr("Referrals"), [_referrals_line(s) for s in sides]),
            (tr("Parents and carers"), [", ".join(c.name for c in s.person.contacts) or tr("none") for s in sides]),
            (tr("Risk flags"), [flags_text(s.risk_flags) or tr("none") for s in sides]),
        )):
            grid.addWidget(QLabel(title + ":"), base + offset, 0, Qt.AlignmentFlag.AlignRight)
            for column, text in enumerate(texts, start=1):
                label = QLabel(text)
                label.setWordWrap(True)
                grid.addWidget(label, base + offset, column)
        self._default_values()

        self.identifier_warning = QLabel()
        self.identifier_warning.setWordWrap(True)
        alarm_text(self.identifier_warning)
        self.identifier_warning.setAccessibleName(tr("Identifier warning"))
        clash = [tr(FIELD_LABELS[n]) for n in ("nhs_number", "pnc_id")
                 if getattr(pair.first.person, n) and getattr(pair.second.person, n)
                 and getattr(pair.first.person, n) != getattr(pair.second.person, n)]
        self.identifier_warning.setText(
            tr("The records have different {ids}: one young person has one, so these look like two people. "
               "Correct the wrong record before merging.").format(ids=" and ".join(clash)) if clash else "")
        self.identifier_warning.setVisible(bool(clash))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAccessibleName(tr("Merge the two records"))
        self.merge_button.setEnabled(not clash)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy_while_saving(self.merge_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Merge two records of one young person")))
        layout.addWidget(small_print(tr(
            "Why they look alike: {why} ({score}%). Every referral, contact and risk flag of the record not kept "
            "moves to the kept one. The merge is audited and can be undone from the Duplicate people page.").format(
            why=reasons_text(pair.reasons), score=pair.score)))
        layout.addLayout(grid)
        layout.addWidget(self.identifier_warning)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)
        self.merge_button.setDefault(True)
        self.keep_buttons[keep_index].setFocus()
        self._dirty = False

    @property
    def kept_index(self) -> int:
        return self.keep_group.checkedId()

    def _default_values(self) -> None:
        """Each field from the kept record, unless it is blank there and not in the other."""
        keep = self.kept_index
        sides = (self.pair.first, self.pair.second)
        for name, buttons in self.field_buttons.items():
            kept_value = getattr(sides[keep].person, name)
            other_value = getattr(sides[1 - keep].person, name)
            choose = 1 - keep if kept_value in (None, "") and other_value not in (None, "") else keep
            buttons[choose].setChecked(True)

    def _keep_changed(self, _id: int, checked: bool) -> None:
        if checked:
            self._default_values()

    def choices(self) -> dict[str, str]:
        keep = self.kept_index
        return {name: merge.KEPT if group.checkedId() in (keep, -1) else merge.OTHER
                for name, group in self.field_groups.items()}

    def submit(self) -> None:
        sides = (self.pair.first.person, self.pair.second.person)
        kept, other = sides[self.kept_index], sides[1 - self.kept_index]
        ctx, actor, choices = self._ctx, self._actor, self.choices()
        self.run_task(lambda: merge.merge_people(ctx, actor, kept.id, other.id, kept_version=kept.version,
                                                 other_version=other.version, choices=choices),
                      self.finish, busy_text=tr("Merging…"))

    def show_conflict(self, error) -> None:
        self.form_error.show_error(conflict_text(error, tr("person")) + " " +
                                   tr("Close this window and refresh the list to see the records as they are now."))


class DuplicatesPage(QWidget):
    open_referral = Signal(int)
    message = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._task: Task | None = None
        self._write: Task | None = None
        self.dialog: MergeDialog | None = None
        self.setObjectName("duplicatesPage")
        self.setAccessibleName(tr("Duplicate people"))

        self.pairs_model = DuplicatesModel(self)
        self.pairs_view = _table(self.pairs_model, tr("Likely duplicates"))
        self.pairs_view.setObjectName("duplicatesTable")
        self.exporter = ListExporter(self.pairs_view, self._ctx, self._actor, "duplicates", title=tr("Likely duplicates"))
        self.pairs_view.doubleClicked.connect(lambda _i: self.open_merge_dialog())
        self.pairs_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.merges_model = MergesModel(self)
        self.merges_view = _table(self.merges_model, tr("Recent merges"))
        self.merges_view.setObjectName("mergesTable")
        self.merges_exporter = ListExporter(self.merges_view, self._ctx, self._actor, "merges", title=tr("Recent merges"))
        self.merges_view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.summary = small_print(tr("Loading…"))
        self.summary.setAccessibleName(tr("Summary"))
        self.merge_button = QPushButton(tr("&Compare and merge…"))
        self.merge_button.setAccessibleName(tr("Compare and merge the selected pair"))
        self.merge_button.clicked.connect(self.open_merge_dialog)
        self.different_button = QPushButton(tr("&Not the same person…"))
        self.different_button.setAccessibleName(tr("Record that the selected pair are different people"))
        self.different_button.clicked.connect(self.mark_different)
        self.undo_button = QPushButton(tr("&Undo merge…"))
        self.undo_button.setAccessibleName(tr("Undo the selected merge"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        for button in (self.merge_button, self.different_button, self.undo_button, self.refresh_button):
            button.setAutoDefault(False)
        # Managers review (and may record "not the same person"); merging changes records: team leads.
        self.may_merge = allowed(actor, "merge_people")
        if not self.may_merge:  # hidden, never setVisible(True): these have no parent yet
            self.merge_button.hide()
            self.undo_button.hide()

        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.summary, 1)
        top_buttons.addWidget(self.merge_button)
        top_buttons.addWidget(self.different_button)
        top_buttons.addWidget(self.refresh_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top_buttons)
        upper_layout.addWidget(self.pairs_view, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        merges_top = QHBoxLayout()
        merges_top.addWidget(QLabel(tr("<b>Recent merges</b>")), 1)
        merges_top.addWidget(self.undo_button)
        lower_layout.addLayout(merges_top)
        lower_layout.addWidget(self.merges_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Duplicate people")))
        layout.addWidget(small_print(tr(
            "Records that are likely one young person: the same NHS number or PNC ID, or the same date of birth "
            "(or a slip of it) and a similar name. Compare and merge them, or record that they are different "
            "people.")))
        layout.addWidget(splitter, 1)
        self._selection_changed()

    # --- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._task is not None and not self._task.done:
            return
        ctx, actor = self._ctx, self._actor
        self.summary.setText(tr("Loading…"))

        def load():
            return matching.find_duplicates(ctx, actor), merge.list_merges(ctx, actor, include_undone=True, limit=50)

        self._task = run_in_background(load, self._loaded, self._failed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._task is None:
            self.reload()

    def _loaded(self, result) -> None:
        pairs, merges = result
        selected = self.selected_pair()
        self.pairs_model.set_rows(pairs)
        self.merges_model.set_rows(merges)
        for column, width in ((PairColumn.SCORE, 70), (PairColumn.PERSON, 300), (PairColumn.OTHER, 300),
                              (PairColumn.WHY, 360)):
            self.pairs_view.setColumnWidth(column, width)
        self.merges_view.resizeColumnsToContents()
        if selected is not None and (row := self.pairs_model.row_of(selected.key)) is not None:
            self.pairs_view.selectRow(row)
        elif pairs:
            self.pairs_view.selectRow(0)
        self.summary.setText(tr("{n} to review").format(n=plural(len(pairs), tr("{n} likely duplicate"), tr("{n} likely duplicates")))
                             if pairs else tr("No likely duplicates."))
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(tr("Could not load: {message}").format(message=error_text(error)))

    def focus_search(self) -> None:
        self.pairs_view.setFocus()

    # --- selection -------------------------------------------------------------------------------------

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.pairs_view.selectionModel().selectedRows()
        return self.pairs_model.data(rows[0], RecordRole) if rows else None

    def selected_merge(self) -> MergeView | None:
        rows = self.merges_view.selectionModel().selectedRows()
        return self.merges_model.data(rows[0], RecordRole) if rows else None

    def _selection_changed(self, *_args) -> None:
        pair = self.selected_pair()
        self.merge_button.setEnabled(pair is not None)
        self.different_button.setEnabled(pair is not None)
        chosen = self.selected_merge()
        self.undo_button.setEnabled(chosen is not None and chosen.undone_at is None)

    # --- actions ---------------------------------------------------------------------------------------

    def open_merge_dialog(self) -> MergeDialog | None:
        pair = self.selected_pair()
        if pair is None:
            return None
        dialog = MergeDialog(self._ctx, self._actor, pair, parent=self)
        dialog.saved.connect(self._merged)
        # Comparing the two records side by side is a look at both people's details: audited as views.
        ctx, actor, ids = self._ctx, self._actor, pair.key
        dialog.track(run_in_background(
            lambda: [audit.record_view(ctx, actor, "person", person_id, via="merge_dialog") for person_id in ids],
            lambda _r: None, lambda _e: None))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, view: MergeView) -> None:
        self.message.emit(tr("Merged {name} (#{other}) into #{kept}. Undo it from Recent merges if it was wrong.")
                          .format(name=view.merged_name, other=view.merged_person_id, kept=view.kept_person_id))
        self.reload()

    def ask_note(self) -> tuple[str, bool]:
        """How it was established that they are different people (tests replace this)."""
        return QInputDialog.getText(self, tr("Not the same person"),
                                    tr("How do you know they are different people (e.g. twins, confirmed with school)?"))

    def mark_different(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        note, ok = self.ask_note()
        if not ok:
            return
        ctx, actor = self._ctx, self._actor
        a, b = pair.key
        self._write = run_in_background(lambda: matching.mark_not_duplicate(ctx, actor, a, b, note),
                                        lambda _r: (self.message.emit(tr("Recorded as different people.")),
                                                    self.reload()),
                                        self._write_failed)

    def confirm_undo(self, view: MergeView) -> bool:
        """Asked before undoing a merge (tests replace this)."""
        answer = QMessageBox.question(
            self, tr("Undo merge?"),
            tr("Put {name} (#{other}) back as a record of their own, with the referrals, contacts and flags that "
               "were moved, and restore #{kept} as it was before the merge?").format(
                name=view.merged_name, other=view.merged_person_id, kept=view.kept_person_id))
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> None:
        view = self.selected_merge()
        if view is None or view.undone_at is not None or not self.confirm_undo(view):
            return
        ctx, actor = self._ctx, self._actor
        self._write = run_in_background(
            lambda: merge.undo_merge(ctx, actor, view.id, expected_version=view.version),
            lambda done: (self.message.emit(tr("Merge undone: {name} (#{id}) is a record of their own again.").format(
                name=done.merged_name, id=done.merged_person_id)), self.reload()),
            self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        from casework.errors import Conflict
        text = (conflict_text(error, tr("record")) + " " + tr("Refresh and try again.")
                if isinstance(error, Conflict) else error_text(error))
        self.summary.setText(text)
        self.message.emit(text)

    def dispose(self) -> None:
        for task in (self._task, self._write):
            if task is not None:
                task.discard()


__all__ = ["DuplicatesModel", "DuplicatesPage", "MergeDialog", "MergesModel"]
