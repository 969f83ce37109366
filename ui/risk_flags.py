"""Risk flags on a young person: shown in words wherever the person appears, set and removed here.

* :func:`flags_text` — the one-line wording ("⚑ Risk: County lines · Weapon carrying") used by the
  referral record header, the intake match cards and the duplicates page; never colour alone;
* :class:`RiskFlagsPanel` — a person's flags with who set each and when, "Add flag…" and "Remove…"
  (the person editor shows it); removed flags are listed below, with who removed them and why;
* :class:`AddRiskFlagDialog` and :class:`RemoveRiskFlagDialog` — the two writes, through
  ``casework.services.risk`` off the UI thread; errors name the field and keep what was typed.
"""

from __future__ import annotations

from casework.services import risk
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.risk import RiskFlagView
from casework.timeutil import format_local

from .field_widgets import FormDialog
from .forms import ErrorLabel, heading, small_print, with_error
from .qt import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .theme import alarm_text
from .tasks import Task, run_in_background
from .wording import error_text, tr

FLAG_MARK = "\u2691"


def flags_text(flags: list[RiskFlagView] | list[str]) -> str:
    """ "⚑ Risk: County lines · Weapon carrying", or "" when there are none."""
    labels = [f if isinstance(f, str) else f.label for f in flags]
    if not labels:
        return ""
    return tr("{mark} Risk: {flags}").format(mark=FLAG_MARK, flags=" · ".join(labels))


def flag_line(flag: RiskFlagView) -> str:
    text = tr("{label} — set {when} by {who}").format(label=flag.label, when=format_local(flag.set_at),
                                                      who=flag.set_by)
    if flag.note:
        text += f": {flag.note}"
    return text


def risk_label(parent: QWidget | None = None) -> QLabel:
    """A bold label for a flags line (hidden while empty)."""
    label = QLabel(parent)
    label.setObjectName("riskFlags")
    label.setWordWrap(True)
    label.setAccessibleName(tr("Risk flags"))
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    alarm_text(label)
    label.setVisible(False)
    return label


def show_flags(label: QLabel, flags: list[RiskFlagView]) -> None:
    text = flags_text(flags)
    label.setText(text)
    label.setToolTip("\n".join(flag_line(f) for f in flags if isinstance(f, RiskFlagView)))
    label.setVisible(bool(text))


class AddRiskFlagDialog(FormDialog):
    def __init__(self, ctx: Context, actor: Actor, person_id: int, *, exclude: set[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.person_id = ctx, actor, person_id
        self.setObjectName("addRiskFlagDialog")
        self.setWindowTitle(tr("Add a risk flag — Casework"))
        self.flag_combo = QComboBox()
        self.flag_combo.setAccessibleName(tr("Risk flag"))
        for kind in ctx.pathways.risk_flags:
            if kind.id not in (exclude or set()):
                self.flag_combo.addItem(kind.label, kind.id)
                self.flag_combo.setItemData(self.flag_combo.count() - 1, kind.description, Qt.ItemDataRole.ToolTipRole)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(tr("Note"))
        self.note_edit.setPlaceholderText(tr("What is known, and from whom (optional)"))
        self.note_edit.setMaxLength(risk.MAX_NOTE)
        self.description = small_print("")
        self.flag_combo.currentIndexChanged.connect(self._describe)
        self.watch(self.flag_combo.currentIndexChanged, self.note_edit.textEdited)
        form = QFormLayout()
        flag_label = QLabel(tr("&Flag:"))
        flag_label.setBuddy(self.flag_combo)
        note_label = QLabel(tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        flag_error, note_error = ErrorLabel(tr("Flag error")), ErrorLabel(tr("Note error"))
        form.addRow(flag_label, with_error(self.flag_combo, flag_error))
        form.addRow("", self.description)
        form.addRow(note_label, with_error(self.note_edit, note_error))
        self.errors.add("flag", tr("Flag"), self.flag_combo, flag_error)
        self.errors.add("note", tr("Note"), self.note_edit, note_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("&Add flag"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy_while_saving(self.flag_combo, self.note_edit, self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Add a risk flag")))
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        self.setMinimumWidth(480)
        self._describe()

    def _describe(self, *_args) -> None:
        kind = self._ctx.pathways.risk_flag(self.flag_combo.currentData() or "")
        self.description.setText(kind.description if kind else "")

    def submit(self) -> None:
        ctx, actor, person_id = self._ctx, self._actor, self.person_id
        flag, note = self.flag_combo.currentData(), self.note_edit.text()
        self.run_task(lambda: risk.set_flag(ctx, actor, person_id, flag, note), self.finish)


class RemoveRiskFlagDialog(FormDialog):
    def __init__(self, ctx: Context, actor: Actor, flag: RiskFlagView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.flag = ctx, actor, flag
        self.setObjectName("removeRiskFlagDialog")
        self.setWindowTitle(tr("Remove a risk flag — Casework"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(tr("Reason"))
        self.reason_edit.setPlaceholderText(tr("Why it no longer applies"))
        self.watch(self.reason_edit.textEdited)
        reason_label = QLabel(tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        form = QFormLayout()
        reason_error = ErrorLabel(tr("Reason error"))
        form.addRow(reason_label, with_error(self.reason_edit, reason_error))
        self.errors.add("reason", tr("Reason"), self.reason_edit, reason_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("&Remove flag"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy_while_saving(self.reason_edit, self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Remove “{flag}”").format(flag=flag.label)))
        layout.addWidget(small_print(flag_line(flag)))
        layout.addWidget(small_print(tr("The flag stays in the person's history, with who removed it, when and why.")))
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        ctx, actor, flag_id, reason = self._ctx, self._actor, self.flag.id, self.reason_edit.text()
        self.run_task(lambda: risk.remove_flag(ctx, actor, flag_id, reason), self.finish)


class RiskFlagsPanel(QWidget):
    """A person's risk flags in force (with Remove…), Add flag…, and the removed ones below."""

    changed = Signal()
    loaded = Signal(object)  # list[RiskFlagView]

    def __init__(self, ctx: Context, actor: Actor, person_id: int, parent: QWidget | None = None, *,
                 editable: bool = True) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self.person_id, self._editable = ctx, actor, person_id, editable
        self.setObjectName("riskFlagsPanel")
        self.setAccessibleName(tr("Risk flags"))
        self.flags: list[RiskFlagView] = []
        self.dialog: FormDialog | None = None
        self._task: Task | None = None
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.history_label = small_print("")
        self.history_label.setWordWrap(True)
        self.history_label.setAccessibleName(tr("Removed risk flags"))
        self.add_button = QPushButton(tr("Add f&lag…"))
        self.add_button.setAccessibleName(tr("Add a risk flag"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.add_button.setVisible(editable)
        self.remove_buttons: dict[int, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("<b>Risk flags</b>")), 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.rows)
        layout.addWidget(self.history_label)
        self.reload()

    def reload(self) -> None:
        ctx, actor, person_id = self._ctx, self._actor, self.person_id
        self._task = run_in_background(lambda: risk.list_flags(ctx, actor, person_id), self._loaded, self._failed)

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                while item.layout().count():
                    inner = item.layout().takeAt(0)
                    if inner.widget() is not None:
                        inner.widget().deleteLater()
        self.remove_buttons = {}

    def _loaded(self, flags: list[RiskFlagView]) -> None:
        self.flags = flags
        self._clear()
        active = [f for f in flags if f.active]
        if not active:
            self.rows.addWidget(small_print(tr("No risk flags.")))
        for flag in active:
            row = QHBoxLayout()
            label = QLabel(f"{FLAG_MARK} " + flag_line(flag))
            label.setWordWrap(True)
            label.setAccessibleName(tr("Risk flag: {label}").format(label=flag.label))
            row.addWidget(label, 1)
            if self._editable:
                button = QPushButton(tr("Remove…"))
                button.setAccessibleName(tr("Remove the {label} flag").format(label=flag.label))
                button.setAutoDefault(False)
                button.clicked.connect(lambda _c=False, f=flag: self.open_remove_dialog(f))
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.remove_buttons[flag.id] = button
            self.rows.addLayout(row)
        removed = [f for f in flags if not f.active]
        self.history_label.setText("\n".join(
            tr("Removed: {label} (set {set} by {by}; removed {when} by {who}: {why})").format(
                label=f.label, set=format_local(f.set_at), by=f.set_by, when=format_local(f.removed_at),
                who=f.removed_by, why=f.removal_reason) for f in removed))
        self.history_label.setVisible(bool(removed))
        self.loaded.emit(flags)

    def _failed(self, error: BaseException) -> None:
        self._clear()
        self.rows.addWidget(small_print(tr("Risk flags could not be loaded: {message}").format(
            message=error_text(error))))

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(lambda _result: (self.reload(), self.changed.emit()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def open_add_dialog(self) -> AddRiskFlagDialog:
        active = {f.flag for f in self.flags if f.active}
        return self._open(AddRiskFlagDialog(self._ctx, self._actor, self.person_id, exclude=active, parent=self))  # type: ignore[return-value]

    def open_remove_dialog(self, flag: RiskFlagView) -> RemoveRiskFlagDialog:
        return self._open(RemoveRiskFlagDialog(self._ctx, self._actor, flag, parent=self))  # type: ignore[return-value]

    def dispose(self) -> None:
        if self._task is not None:
            self._task.discard()
