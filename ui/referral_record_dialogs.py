"""The referral record's small dialogs: assign, close, and give a breach reason.

Each saves with the version it was opened on. If someone else changed the referral (or breach) in
the meantime the core refuses with a Conflict: the dialog says so, keeps what was typed, and asks
the record to reload; once it has, :meth:`VersionedDialog.set_version` lets the person save again
knowingly.
"""

from __future__ import annotations

from casework.errors import Conflict
from casework.pathways import Pathway
from casework.services import directory, referrals, sla
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.sla import BREACH_REASONS, BreachView
from casework.services.views import ReferralDetail, UserView

from .field_widgets import FormDialog, LocalTimeEdit, LongTextInput, Mnemonics, conflict_text, plain
from .forms import ErrorLabel, heading, small_print, with_error
from .i18n import datetime_text, zone_text
from .qt import QComboBox, QDialogButtonBox, QFormLayout, QLabel, Qt, QVBoxLayout, QWidget, Signal
from .tasks import Task, run_in_background
from .wording import breach_reason_text, code_text, error_text, review_state_text, tr


class VersionedDialog(FormDialog):
    reload_wanted = Signal()
    what = "referral"

    def __init__(self, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.conflicted = False
        self.mnemonics = Mnemonics("sc")
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)

    def add_row(self, name: str, text: str, widget: QWidget) -> ErrorLabel:
        error = ErrorLabel(tr("{field} error").format(field=plain(text)))
        label = QLabel(self.mnemonics(text))
        label.setBuddy(widget)
        self.form.addRow(label, with_error(widget, error))
        self.errors.add(name, text, widget, error)
        return error

    def finish_layout(self, title: str, about: str, save_text: str) -> None:
        self.layout_.insertWidget(0, heading(title))
        if about:
            label = small_print(about)
            label.setAccessibleName(tr("About"))
            self.layout_.insertWidget(1, label)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.form_error)
        self.layout_.addWidget(self.busy_label)
        self.layout_.addStretch(1)
        save_text = self.mnemonics.keep_free(save_text)
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(plain(save_text))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.save_button.setDefault(True)

    def submit(self) -> None:  # pragma: no cover - each subclass saves its own way
        raise NotImplementedError

    def show_conflict(self, error: Conflict) -> None:
        self.conflicted = True
        self.form_error.show_error(conflict_text(error, tr(self.what)) + " " +
                                   tr("What you typed is kept. Reloading the record…"))
        self.reload_wanted.emit()

    def set_version(self, version: int) -> None:
        """The record has been reloaded after this dialog's conflict: saving now goes over the latest version.

        A reload for any other reason (the periodic one) changes nothing here: the dialog keeps the
        version it was opened on, so a change made meanwhile still comes back as a conflict.
        """
        if not self.conflicted:
            return
        self.version = version
        self.conflicted = False
        self.form_error.show_error(tr("Someone else changed this {what} while you had it open; nothing was saved. "
                                      "The record behind this window now shows their change. Check it, then save "
                                      "again if this is still right.").format(what=tr(self.what)))


class AssignDialog(VersionedDialog):
    def __init__(self, ctx: Context, actor: Actor, detail: ReferralDetail, parent: QWidget | None = None) -> None:
        super().__init__(detail.version, parent)
        self._ctx, self._actor, self.detail = ctx, actor, detail
        self.setObjectName("assignDialog")
        self.setWindowTitle(tr("Assign — {name} — Casework").format(name=detail.person.full_name))
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(tr("Assign to"))
        self.user_combo.addItem(tr("Loading…"), None)
        self.user_combo.setEnabled(False)
        self.add_row("assigned_to", tr("Assign to *:"), self.user_combo)
        now = tr("Assigned now: {user}").format(user=detail.assigned_to) if detail.assigned_to else tr("Not assigned yet.")
        team = tr("Team: {team}.").format(team=detail.team) if detail.team else tr("No team.")
        self.finish_layout(tr("Assign the referral"), f"{now} {team}", tr("Assi&gn"))
        self.busy_while_saving(self.user_combo, self.save_button)
        self.watch(self.user_combo.activated)
        self._users_task: Task = self.track(run_in_background(
            lambda: directory.list_users(ctx, actor), self._users_loaded, self._users_failed))

    def _users_loaded(self, users: list[UserView]) -> None:
        self.user_combo.clear()
        for user in users:
            if user.active and user.role in ("caseworker", "team_lead") and \
                    (self.detail.team is None or user.team == self.detail.team):
                self.user_combo.addItem(f"{user.display_name} ({user.username})", user.username)
        index = self.user_combo.findData(self.detail.assigned_to) if self.detail.assigned_to else -1
        self.user_combo.setCurrentIndex(max(index, 0))
        self.user_combo.setEnabled(True)
        self.user_combo.setFocus()

    def _users_failed(self, error: BaseException) -> None:
        self.form_error.show_error(error_text(error))

    @property
    def loaded(self) -> bool:
        return self._users_task.done

    def submit(self) -> None:
        if self.busy:
            return
        username = self.user_combo.currentData()
        ctx, actor, referral_id, version = self._ctx, self._actor, self.detail.id, self.version
        self.run_task(lambda: referrals.assign(ctx, actor, referral_id, username or "", expected_version=version),
                      self.finish)


class CloseReferralDialog(VersionedDialog):
    def __init__(self, ctx: Context, actor: Actor, detail: ReferralDetail, pathway: Pathway,
                 parent: QWidget | None = None) -> None:
        super().__init__(detail.version, parent)
        self._ctx, self._actor, self.detail = ctx, actor, detail
        self.setObjectName("closeReferralDialog")
        self.setWindowTitle(tr("Close referral — {name} — Casework").format(name=detail.person.full_name))
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(tr("Outcome (required)"))
        self.outcome_combo.addItem(tr("Choose…"), None)
        for outcome in pathway.outcomes:
            self.outcome_combo.addItem(code_text(outcome), outcome)
        self.time_edit = LocalTimeEdit(ctx.clock, accessible_name=tr("Closed at (UK time)"))
        self.note_edit = LongTextInput(lines=3)
        self.note_edit.setAccessibleName(tr("Note"))
        self.add_row("outcome", tr("Outcome *:"), self.outcome_combo)
        self.add_row("at", tr("Closed at *:"), self.time_edit)
        self.add_row("note", tr("Note:"), self.note_edit)
        self.finish_layout(tr("Close the referral"),
                           tr("Closing stops every timer still running. A closed referral cannot be moved or "
                              "assigned; notes can still be added."), tr("C&lose referral"))
        self.busy_while_saving(self.outcome_combo, self.time_edit, self.note_edit, self.save_button)
        self.watch(self.outcome_combo.activated, self.time_edit.edited, self.note_edit.edited)
        self.outcome_combo.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        outcome = self.outcome_combo.currentData() or ""
        ctx, actor, referral_id, version = self._ctx, self._actor, self.detail.id, self.version
        at, note = self.time_edit.value(), self.note_edit.value()
        self.run_task(lambda: referrals.close_referral(ctx, actor, referral_id, outcome, expected_version=version,
                                                       at=at, note=note), self.finish)


class BreachReasonDialog(VersionedDialog):
    what = "breach"

    def __init__(self, ctx: Context, actor: Actor, breach: BreachView, parent: QWidget | None = None) -> None:
        super().__init__(breach.version, parent)
        self._ctx, self._actor, self.breach = ctx, actor, breach
        self.setObjectName("breachReasonDialog")
        self.setWindowTitle(tr("Breach reason — {name} — Casework").format(name=breach.person_name))
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(tr("What happened (required)"))
        self.category_combo.addItem(tr("Choose…"), None)
        for code in BREACH_REASONS:
            self.category_combo.addItem(breach_reason_text(code), code)
        self.text_edit = LongTextInput(lines=4)
        self.text_edit.setAccessibleName(tr("Describe what happened (required)"))
        if breach.reason_category:
            self.category_combo.setCurrentIndex(max(self.category_combo.findData(breach.reason_category), 0))
            self.text_edit.set_value(breach.reason_text)
        self.add_row("category", tr("What happened *:"), self.category_combo)
        self.add_row("text", tr("Describe it *:"), self.text_edit)
        about = tr("{rule} was due {when} and was not met. State: {state}.").format(
            rule=breach.rule_label, when=f"{datetime_text(breach.due_at, 'ddd dd/MM/yyyy HH:mm')} {zone_text(breach.due_at)}", state=review_state_text(breach.review_state))
        if breach.review_state == "challenged" and breach.review_comment:
            about += " " + tr("The team lead asked: “{comment}”").format(comment=breach.review_comment)
        self.finish_layout(tr("Give the reason for a breach"), about, tr("&Give reason"))
        self.busy_while_saving(self.category_combo, self.text_edit, self.save_button)
        self.watch(self.category_combo.activated, self.text_edit.edited)
        self.category_combo.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        category = self.category_combo.currentData() or ""
        text = self.text_edit.toPlainText()
        ctx, actor, breach_id, version = self._ctx, self._actor, self.breach.id, self.version
        self.run_task(lambda: sla.give_breach_reason(ctx, actor, breach_id, category, text, expected_version=version),
                      self.finish)
