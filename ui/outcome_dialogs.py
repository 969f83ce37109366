"""Dialogs for interventions, sessions, attendance, follow-up checks and reopening a referral.

Each saves through one core call off the UI thread (see :class:`~ui.field_widgets.FormDialog`): a
validation error marks the field it names and keeps what was typed; a stale version is a conflict
shown in words.
"""

from __future__ import annotations

from datetime import date

from casework.services import followups, interventions, referrals
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.followups import FIELD_LABELS, FollowUpInput, FollowUpView
from casework.services.interventions import InterventionView, ProgrammeView, SessionView
from casework.services.views import ContactView, ReferralDetail
from casework.timeutil import to_local

from .field_widgets import DateInput, DateTextError, LocalTimeEdit, LongTextInput, date_error_text
from .i18n import datetime_text
from .qt import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from .referral_record_dialogs import VersionedDialog
from .wording import N_, tr

ATTENDANCE_WORDS = {"attended": N_("Attended"), "did_not_attend": N_("Did not attend"),
                    "cancelled": N_("Cancelled by the young person or family")}
SESSION_WORDS = {"planned": N_("Planned"), "held": N_("Held"), "cancelled": N_("Session cancelled")}


def attendance_text(status: str | None) -> str:
    return tr(ATTENDANCE_WORDS.get(status or "", "Not recorded"))


def session_text(status: str) -> str:
    return tr(SESSION_WORDS.get(status, status))


def _date_or_error(dialog: VersionedDialog, widget: DateInput, name: str) -> tuple[bool, date | None]:
    """The typed date, or mark the field and say so (the core never sees text that is not a date)."""
    try:
        return True, widget.date()
    except DateTextError as exc:
        from casework.errors import ValidationError
        dialog.show_error(ValidationError(name, exc.rule, date_error_text(exc.rule)))
        return False, None


class AddInterventionDialog(VersionedDialog):
    what = "referral"

    def __init__(self, ctx: Context, actor: Actor, detail: ReferralDetail, programmes: list[ProgrammeView],
                 parent: QWidget | None = None) -> None:
        super().__init__(detail.version, parent)
        self._ctx, self._actor, self.detail = ctx, actor, detail
        self.setObjectName("addInterventionDialog")
        self.setWindowTitle(tr("Add intervention — {name} — Casework").format(name=detail.person.full_name))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("Kind of intervention"))
        self.kind_combo.addItem(tr("1-2-1 work"), "one_to_one")
        self.kind_combo.addItem(tr("Group programme"), "group")
        self.child_check = QCheckBox(tr("with the &child"))
        self.child_check.setChecked(True)
        self.parents_check = QCheckBox(tr("with the pa&rents or carers"))
        who = QWidget()
        who.setAccessibleName(tr("1-2-1 work with"))
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.child_check)
        row.addWidget(self.parents_check)
        row.addStretch(1)
        self.programme_combo = QComboBox()
        self.programme_combo.setAccessibleName(tr("Group programme"))
        self.programme_combo.addItem(tr("Choose…"), None)
        for p in programmes:
            if p.active and (p.pathway is None or p.pathway == detail.pathway):
                self.programme_combo.addItem(p.name, p.id)
        self.start_edit = DateInput()
        self.start_edit.setAccessibleName(tr("Started on"))
        self.start_edit.set_date(to_local(ctx.clock.now()).date())
        self.add_row("kind", tr("Kind *:"), self.kind_combo)
        self.add_row("with", tr("With *:"), who)
        self.add_row("programme", tr("Programme:"), self.programme_combo)
        self.add_row("started_on", tr("Started on *:"), self.start_edit)
        self.finish_layout(tr("Add an intervention"),
                           tr("1-2-1 work with the young person and/or their parents or carers, or a place on a "
                              "group programme (its sessions are planned on the Group programmes page)."),
                           tr("&Add"))
        self.busy_while_saving(self.kind_combo, self.child_check, self.parents_check, self.programme_combo,
                               self.start_edit, self.save_button)
        self.watch(self.kind_combo.activated, self.child_check.toggled, self.parents_check.toggled,
                   self.programme_combo.activated, self.start_edit.edited)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.kind_combo.setFocus()

    def _kind_changed(self, *_args) -> None:
        group = self.kind_combo.currentData() == "group"
        self.child_check.setEnabled(not group)
        self.parents_check.setEnabled(not group)
        self.programme_combo.setEnabled(group)

    def submit(self) -> None:
        if self.busy:
            return
        ok, start = _date_or_error(self, self.start_edit, "started_on")
        if not ok:
            return
        kind = self.kind_combo.currentData()
        programme = self.programme_combo.currentData() if kind == "group" else None
        if kind == "group" and programme is None:
            programme = ""
        child, parents = self.child_check.isChecked(), self.parents_check.isChecked()
        ctx, actor, referral_id = self._ctx, self._actor, self.detail.id
        self.run_task(lambda: interventions.add_intervention(
            ctx, actor, referral_id, kind, programme=programme, with_child=child, with_parents=parents,
            started_on=start), self.finish)


class PlanSessionDialog(VersionedDialog):
    what = "session"

    def __init__(self, ctx: Context, actor: Actor, *, intervention: InterventionView | None = None,
                 programme: ProgrammeView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(0, parent)
        self._ctx, self._actor = ctx, actor
        self.intervention, self.programme = intervention, programme
        self.setObjectName("planSessionDialog")
        name = programme.name if programme else (intervention.label if intervention else "")
        self.setWindowTitle(tr("Plan a session — {name} — Casework").format(name=name))
        self.time_edit = LocalTimeEdit(ctx.clock, accessible_name=tr("Starts at (UK time)"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(5, interventions.MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(60)
        self.minutes_spin.setSuffix(tr(" minutes"))
        self.minutes_spin.setAccessibleName(tr("Length in minutes"))
        self.location_edit = QLineEdit()
        self.location_edit.setMaxLength(interventions.MAX_TEXT)
        self.location_edit.setAccessibleName(tr("Where"))
        self.add_row("starts_at", tr("Starts at *:"), self.time_edit)
        self.add_row("minutes", tr("Length *:"), self.minutes_spin)
        self.add_row("location", tr("Where:"), self.location_edit)
        self.finish_layout(tr("Plan a session"), tr("{name}. Attendance is recorded once the session has started.")
                           .format(name=name), tr("&Plan session"))
        self.busy_while_saving(self.time_edit, self.minutes_spin, self.location_edit, self.save_button)
        self.watch(self.time_edit.edited, self.minutes_spin.valueChanged, self.location_edit.textEdited)
        self.time_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        ctx, actor = self._ctx, self._actor
        when, minutes, place = self.time_edit.value(), self.minutes_spin.value(), self.location_edit.text()
        intervention_id = self.intervention.id if self.intervention else None
        programme_id = self.programme.id if self.programme else None
        self.run_task(lambda: interventions.plan_session(ctx, actor, starts_at=when, minutes=minutes, location=place,
                                                         intervention_id=intervention_id, programme=programme_id),
                      self.finish)


class AttendanceDialog(VersionedDialog):
    what = "session"

    def __init__(self, ctx: Context, actor: Actor, session: SessionView, intervention_id: int, who: str,
                 with_child: bool, contacts: list[ContactView], parent: QWidget | None = None) -> None:
        super().__init__(session.version, parent)
        self._ctx, self._actor, self.session, self.intervention_id = ctx, actor, session, intervention_id
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(tr("Attendance — {who} — Casework").format(who=who))
        current = session.attendance_of(intervention_id)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(tr("Attendance"))
        for code, words in ATTENDANCE_WORDS.items():
            self.status_combo.addItem(tr(words), code)
        if current is not None:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current.status)))
        self.child_check = QCheckBox(tr("The &young person came"))
        self.child_check.setChecked(current.child_attended if current else with_child)
        self.contact_checks: dict[int, QCheckBox] = {}
        people = QWidget()
        people.setAccessibleName(tr("Who came"))
        column = QVBoxLayout(people)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.child_check)
        for contact in contacts:
            check = QCheckBox(f"{contact.name} ({contact.relationship})")
            check.setChecked(bool(current and contact.id in current.contact_ids))
            column.addWidget(check)
            self.contact_checks[contact.id] = check
        self.add_row("status", tr("Attendance *:"), self.status_combo)
        self.add_row("attended", tr("Who came:"), people)
        self.finish_layout(tr("Record attendance"), tr("{who} — session of {when}.").format(
            who=who, when=datetime_text(session.starts_at, "ddd dd/MM/yyyy HH:mm")), tr("&Save attendance"))
        self.errors.add("contacts", tr("Who came:"), people, self.errors._fields["attended"].error)  # noqa: SLF001
        self.busy_while_saving(self.status_combo, people, self.save_button)
        self.watch(self.status_combo.activated, self.child_check.toggled,
                   *(c.toggled for c in self.contact_checks.values()))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.status_combo.setFocus()

    def _status_changed(self, *_args) -> None:
        attended = self.status_combo.currentData() == "attended"
        for check in [self.child_check, *self.contact_checks.values()]:
            check.setEnabled(attended)

    def submit(self) -> None:
        if self.busy:
            return
        status = self.status_combo.currentData()
        attended = status == "attended"
        child = self.child_check.isChecked() if attended else None
        contact_ids = [cid for cid, check in self.contact_checks.items() if attended and check.isChecked()]
        ctx, actor, session_id, who, version = self._ctx, self._actor, self.session.id, self.intervention_id, self.version
        group = self.session.group
        self.run_task(lambda: interventions.record_attendance(
            ctx, actor, session_id, status, group=group, intervention_id=who, child_attended=child,
            contact_ids=contact_ids, expected_version=version), self.finish)


class FollowUpDialog(VersionedDialog):
    what = N_("follow-up check")

    def __init__(self, ctx: Context, actor: Actor, check: FollowUpView, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(check.version, parent)
        self._ctx, self._actor, self.check = ctx, actor, check
        self.setObjectName("followUpDialog")
        self.setWindowTitle(tr("{months}-month check — {who} — Casework").format(months=check.months, who=who))
        self.contact_combo = QComboBox()
        self.contact_combo.setAccessibleName(tr(FIELD_LABELS["further_police_contact"]))
        self.contact_combo.addItem(tr("Choose…"), None)
        self.contact_combo.addItem(tr("No"), "no")
        self.contact_combo.addItem(tr("Yes"), "yes")
        self.contact_date = DateInput()
        self.contact_date.setAccessibleName(tr(FIELD_LABELS["police_contact_on"]))
        self.counts: dict[str, QLineEdit] = {}
        self.add_row("further_police_contact", tr("Further police contact since closure *:"), self.contact_combo)
        self.add_row("police_contact_on", tr("Date of first contact:"), self.contact_date)
        required_at_12 = check.months == 12
        for name in followups.COUNT_FIELDS:
            if name in ("suspect_after", "victim_after") and not required_at_12:
                continue
            edit = QLineEdit()
            edit.setMaxLength(4)
            edit.setAccessibleName(tr(FIELD_LABELS[name]))
            edit.setPlaceholderText("0")
            star = " *" if (required_at_12 or name == "ed_reattendances") else ""
            self.add_row(name, tr(FIELD_LABELS[name]) + star + ":", edit)
            self.counts[name] = edit
        if check.status == "done":
            self.contact_combo.setCurrentIndex(2 if check.further_police_contact else 1)
            self.contact_date.set_date(check.police_contact_on)
            for name, edit in self.counts.items():
                value = getattr(check, name)
                edit.setText("" if value is None else str(value))
        about = tr("Due {due}. Police occurrences: the 12 months before the referral, and (at the 12-month check) "
                   "the 12 months after it.").format(due=f"{check.due_on:%d/%m/%Y}")
        self.finish_layout(tr("Record the {months}-month follow-up check").format(months=check.months), about,
                           tr("&Save check"))
        widgets = [self.contact_combo, self.contact_date, *self.counts.values()]
        self.busy_while_saving(*widgets, self.save_button)
        self.watch(self.contact_combo.activated, self.contact_date.edited,
                   *(e.textEdited for e in self.counts.values()))
        self.contact_combo.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        ok, contact_on = _date_or_error(self, self.contact_date, "police_contact_on")
        if not ok:
            return
        values = {name: edit.text() for name, edit in self.counts.items()}
        data = FollowUpInput(further_police_contact=self.contact_combo.currentData(),
                             police_contact_on=contact_on, **values)
        ctx, actor, check_id, version = self._ctx, self._actor, self.check.id, self.version
        self.run_task(lambda: followups.record_follow_up(ctx, actor, check_id, data, expected_version=version),
                      self.finish)


class ReopenDialog(VersionedDialog):
    def __init__(self, ctx: Context, actor: Actor, detail: ReferralDetail, parent: QWidget | None = None) -> None:
        super().__init__(detail.version, parent)
        self._ctx, self._actor, self.detail = ctx, actor, detail
        self.setObjectName("reopenDialog")
        self.setWindowTitle(tr("Reopen referral — {name} — Casework").format(name=detail.person.full_name))
        self.reason_edit = LongTextInput(lines=3)
        self.reason_edit.setAccessibleName(tr("Why it is reopened (required)"))
        self.add_row("reason", tr("Why *:"), self.reason_edit)
        self.finish_layout(tr("Reopen the referral"),
                           tr("The closure is undone: the referral goes back to the stage it was closed from and "
                              "its follow-up checks are cancelled. Closing it again schedules new ones."),
                           tr("&Reopen"))
        self.busy_while_saving(self.reason_edit, self.save_button)
        self.watch(self.reason_edit.edited)
        self.reason_edit.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        reason = self.reason_edit.toPlainText()
        ctx, actor, referral_id, version = self._ctx, self._actor, self.detail.id, self.version
        self.run_task(lambda: referrals.reopen_referral(ctx, actor, referral_id, reason, expected_version=version),
                      self.finish)
