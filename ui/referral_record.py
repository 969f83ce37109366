"""The referral record: one young person's referral, everything about it on one page.

Header (name, age, pathway, stage, worker, team, site, received, open or closed); the actions
(record an event, add a note, the stage moves the pathway allows from here, assign, close); the SLA
timers with live countdowns; breaches with their reasons; interventions and sessions (derived from
the events); the young person and their contacts; and the event timeline, where an event can be
voided or corrected.

Every read and write is a core call off the UI thread; after each write the record loads again, so
timers re-time at once. Writes carry the version read: a change made meanwhile by someone else
comes back as a conflict shown in words with a Reload button, never a silent overwrite.

Use it as a page or a window: ``ReferralRecord(ctx, actor, referral_id)``. Its actions carry the
shortcuts Ctrl+E (record event), Ctrl+Shift+N (add note) and F5 (reload) for when it is a window of
its own; a shell whose own actions already use those keys passes ``shortcuts=False`` and triggers
``record_action``, ``note_action`` and ``refresh_action`` itself (two live actions on one key would
be ambiguous, and Qt would fire neither).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from casework.errors import Conflict
from casework.pathways import Pathway
from casework.services import access, audit, overlap, referrals, sla
from casework.services.overlap import MashTask, ReferralOverlap
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.sla import BreachView, Explanation
from casework.services.views import EventView, ReferralDetail
from casework.timeutil import age_on, to_local

from .audit_view import WhoLookedDialog
from .event_dialog import EventDialog, VoidEventDialog, recordable_kinds
from .field_widgets import FormDialog, conflict_text
from .i18n import datetime_text
from .interventions_panel import FollowUpsPanel, InterventionsPanel
from .forms import heading, small_print
from .person_editor import PersonEditorDialog
from .qt import (
    QAbstractItemView,
    QAction,
    QFont,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .referral_record_dialogs import AssignDialog, BreachReasonDialog, CloseReferralDialog, VersionedDialog
from .referral_record_timeline import Column, TimelineModel, details_text, interventions_summary, local_time
from .referral_record_timers import TimersPanel
from .subject_access import SubjectAccessDialog, SubjectAccessExport, default_folder, done_text, may_export
from .risk_flags import risk_label, show_flags
from .tasks import Task, run_in_background
from .wording import N_, breach_reason_text, code_text, error_text, relationship_text, review_state_text, tr

TICK_MS = 1000
RECONCILE_MS = 60_000


@dataclass(frozen=True)
class RecordData:
    detail: ReferralDetail
    timers: list[Explanation]
    breaches: list[BreachView]
    as_of: datetime
    overlap: ReferralOverlap | None = None
    changeable: bool = False
    """Whether the user may change the referral (access.may_change_referral): else no change is offered."""
    person_changeable: bool = False
    """Whether the user may change the young person's details (one of their referrals is changeable)."""


# How opening the record is named in the audit trail; reloads of an open record are not new views.
VIEW_VIA = "record_window"


def load_record(ctx: Context, actor: Actor, referral_id: int, *, view: str | None = VIEW_VIA) -> RecordData:
    """Everything the record shows, in plain values (runs off the UI thread). One view entry at most."""
    detail = referrals.get_referral(ctx, actor, referral_id, view=view)
    now = ctx.clock.now()
    changeable = access.can_change_referral(ctx, actor, referral_id)
    with ctx.read() as s:
        person_changeable = changeable or access.may_change_person(s, actor, detail.person.id)
    return RecordData(detail, sla.explain(ctx, actor, referral_id, as_of=now, view=None),
                      sla.list_breaches(ctx, actor, referral_id=referral_id), now,
                      overlap.referral_overlap(ctx, actor, referral_id), changeable, person_changeable)


class Banner(QFrame):
    """A message across the top of the record (a conflict, a failed action), with an optional button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("recordBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Message"))
        self.button = QPushButton()
        self.button.setAccessibleName(tr("Message action"))
        self.button.setVisible(False)
        self.close_button = QPushButton(tr("Dismiss"))
        self.close_button.setAccessibleName(tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.kind = ""
        self._action = None
        self.button.clicked.connect(self._clicked)
        self.setVisible(False)

    def show_message(self, text: str, *, kind: str = "error", button: str = "", action=None) -> None:
        self.kind = kind
        colours = {"error": ("#fdecea", "#8c1d18"), "conflict": ("#fff4e0", "#6b4000"), "info": ("#e8f1fb", "#0b3d91")}
        background, foreground = colours.get(kind, colours["info"])
        self.setStyleSheet(f"#recordBanner {{ background: {background}; border: 1px solid {foreground}; }}"
                           f"#recordBanner QLabel {{ color: {foreground}; }}")
        self.label.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(button.replace("&", ""))
        self.button.setVisible(bool(button))
        self._action = action
        self.setVisible(True)

    def hide_message(self) -> None:
        self.kind = ""
        self.setVisible(False)

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()


class ReferralRecord(QWidget):
    loaded = Signal(object)   # RecordData
    changed = Signal(int)     # the referral id, after any write made here (for lists to refresh)
    title_changed = Signal(str)
    open_referral_requested = Signal(int)  # another referral of the same young person

    def __init__(self, ctx: Context, actor: Actor, referral_id: int, parent: QWidget | None = None, *,
                 shortcuts: bool = True) -> None:
        super().__init__(parent)
        self._shortcuts = shortcuts
        self._ctx = ctx
        self._actor = actor
        self.referral_id = referral_id
        self.data: RecordData | None = None
        self.pathway: Pathway | None = None
        self.dialog: FormDialog | None = None
        self._load_task: Task | None = None
        self._write_task: Task | None = None
        self._reload_again = False
        self._viewed = False   # the audit trail has this window's view once it has loaded
        self.setObjectName("referralRecord")
        self.setAccessibleName(tr("Referral record"))
        self._build()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.reconcile_timer = QTimer(self)
        self.reconcile_timer.setInterval(RECONCILE_MS)
        self.reconcile_timer.timeout.connect(self.reload)
        self.reload()

    # --- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.name_label = heading("…")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(tr("Pathway, stage and status"))
        self.facts_label = small_print("")
        self.facts_label.setAccessibleName(tr("Worker, team, site and received time"))
        self.risk_label = risk_label()
        self.loading_label = small_print(tr("Loading…"))

        self.banner = Banner()

        # actions
        self.record_action = QAction(tr("&Record event…"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+E"))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.record_action.triggered.connect(lambda: self.open_event_dialog())
        self.note_action = QAction(tr("Add &note…"), self)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_action.triggered.connect(lambda: self.open_event_dialog("note"))
        self.refresh_action = QAction(tr("Reload"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.reload)
        if self._shortcuts:
            self.addActions([self.record_action, self.note_action, self.refresh_action])
        else:
            for action in (self.record_action, self.note_action, self.refresh_action):
                action.setShortcut(QKeySequence())

        self.record_button = self._button(tr("&Record event…"), tr("Record event (Ctrl+E)"), self.record_action.trigger)
        self.record_button.setToolTip(tr("Record what happened (Ctrl+E)"))
        self.note_button = self._button(tr("Add &note…"), tr("Add note"), self.note_action.trigger)
        self.assign_button = self._button(tr("A&ssign…"), tr("Assign"), self.open_assign_dialog)
        self.close_button = self._button(tr("C&lose…"), tr("Close referral"), self.open_close_dialog)
        self.moves_label = QLabel(tr("Move to:"))
        self.moves_box = QHBoxLayout()
        self.moves_box.setSpacing(6)
        self.move_buttons: dict[str, QPushButton] = {}
        # The core refuses changes to a referral the user may only read (access.py): none is offered, and
        # this says why.
        self.read_only_label = small_print(tr("Read only: you may read this referral but not change it."))
        self.read_only_label.setAccessibleName(tr("Read only"))
        self.read_only_label.setWordWrap(False)
        self.read_only_label.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.note_button)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.close_button)
        actions.addSpacing(18)
        actions.addWidget(self.moves_label)
        actions.addLayout(self.moves_box)
        actions.addWidget(self.read_only_label)
        actions.addStretch(1)
        # Managers and administrators: the audit trail of this record.
        self.who_looked_button = self._button(tr("&Who has looked…"), tr("Who has looked at this record"),
                                              self.open_who_looked)
        self.who_looked_button.setToolTip(tr("Who has opened or changed this referral, and when"))
        self.who_looked_button.setVisible(audit.may_read(self._actor))
        actions.addWidget(self.who_looked_button)

        # left column: timers, breaches, interventions, person
        self.timers_panel = TimersPanel()
        self.timers_panel.due_passed.connect(self.reload)
        self.timers_box = self._group(tr("Timers"), self.timers_panel)

        self.breaches_widget = QWidget()
        self.breaches_layout = QVBoxLayout(self.breaches_widget)
        self.breaches_layout.setContentsMargins(0, 0, 0, 0)
        self.breach_rows: dict[int, tuple[QLabel, QPushButton]] = {}
        self.breaches_box = self._group(tr("Breaches"), self.breaches_widget)

        self.interventions_label = QLabel()
        self.interventions_label.setWordWrap(True)
        self.interventions_label.setAccessibleName(tr("Interventions and sessions"))
        self.interventions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.interventions_box = self._group(tr("Interventions and sessions"), self.interventions_label)

        # Interventions (1-2-1 and group, sessions, attendance) and the follow-up checks after closure.
        self.interventions_panel = InterventionsPanel(self._ctx, self._actor)
        self.interventions_panel.changed.connect(self._wrote)
        self.work_box = self._group(tr("Interventions"), self.interventions_panel)
        self.followups_panel = FollowUpsPanel(self._ctx, self._actor)
        self.followups_panel.changed.connect(self._wrote)
        self.followups_box = self._group(tr("Follow-up checks"), self.followups_panel)

        self.person_form = QFormLayout()
        self.person_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.person_values: dict[str, QLabel] = {}
        for key, text in (("name", N_("Name")), ("born", N_("Born")), ("gender", N_("Gender")), ("la", N_("Home local authority")),
                          ("postcode", N_("Postcode")), ("pnc", N_("PNC ID")), ("nhs", N_("NHS number")),
                          ("contacts", N_("Parents and carers"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(tr(text))
            self.person_values[key] = value
            self.person_form.addRow(tr(text) + ":", value)
        self.edit_person_button = self._button(tr("&Edit details…"), tr("Edit the young person's details"),
                                               self.open_person_editor)
        # Subject access: managers export everything held about the young person (JSON and PDF).
        self.subject_access = SubjectAccessExport(self._ctx, self._actor, self)
        self.subject_access.finished.connect(lambda result: self.banner.show_message(done_text(result), kind="info"))
        self.subject_access.failed.connect(self.banner.show_message)
        self.subject_access_button = self._button(tr("Subject &access export…"),
                                                  tr("Export everything held about the young person"),
                                                  self.open_subject_access_dialog)
        self.subject_access_button.setVisible(may_export(self._actor))
        person_widget = QWidget()
        person_layout = QVBoxLayout(person_widget)
        person_layout.setContentsMargins(0, 0, 0, 0)
        person_layout.addLayout(self.person_form)
        self.person_looked_button = self._button(tr("Who has looked at them…"),
                                                 tr("Who has looked at this young person's record"),
                                                 self.open_person_looked)
        self.person_looked_button.setToolTip(tr("Who has opened or changed this young person's details or any of "
                                                "their referrals"))
        self.person_looked_button.setVisible(audit.may_read(self._actor))
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.subject_access_button)
        edit_row.addWidget(self.person_looked_button)
        edit_row.addWidget(self.edit_person_button)
        person_layout.addLayout(edit_row)
        self.person_box = self._group(tr("Young person"), person_widget)

        self.mash_label = QLabel()
        self.mash_label.setWordWrap(True)
        self.mash_label.setTextFormat(Qt.TextFormat.RichText)
        self.mash_label.setAccessibleName(tr("MASH safeguarding referral"))
        self.mash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mash_button = self._button(tr("Record &MASH referral sent…"), tr("Record the MASH referral as sent"),
                                        self.open_mash_dialog)
        mash_widget = QWidget()
        mash_layout = QHBoxLayout(mash_widget)
        mash_layout.setContentsMargins(0, 0, 0, 0)
        mash_layout.addWidget(self.mash_label, 1)
        mash_layout.addWidget(self.mash_button, 0, Qt.AlignmentFlag.AlignTop)
        self.mash_box = self._group(tr("Safeguarding: MASH referral"), mash_widget)
        self.mash_box.setVisible(False)

        self.others_widget = QWidget()
        self.others_layout = QVBoxLayout(self.others_widget)
        self.others_layout.setContentsMargins(0, 0, 0, 0)
        self.other_buttons: dict[int, QPushButton] = {}
        self.others_box = self._group(tr("Other referrals of this young person"), self.others_widget)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        for box in (self.timers_box, self.mash_box, self.breaches_box, self.others_box, self.work_box,
                    self.followups_box, self.interventions_box,
                    self.person_box):
            left_layout.addWidget(box)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setAccessibleName(tr("Timers, breaches, interventions and the young person"))
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        left_scroll.setMinimumWidth(440)

        # right column: the timeline
        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView()
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(tr("Event timeline"))
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(False)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.verticalHeader().setDefaultSectionSize(self.timeline.fontMetrics().height() + 10)
        self.timeline.setTabKeyNavigation(False)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.selectionModel().currentRowChanged.connect(self._event_selected)
        self.timeline.doubleClicked.connect(lambda _i: self.open_correct_dialog())
        self.event_detail = QLabel()
        self.event_detail.setWordWrap(True)
        self.event_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.event_detail.setAccessibleName(tr("Selected event"))
        self.event_detail.setMinimumHeight(48)
        self.event_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.void_button = self._button(tr("&Void…"), tr("Void the selected event"), self.open_void_dialog)
        self.correct_button = self._button(tr("C&orrect…"), tr("Correct the selected event"), self.open_correct_dialog)
        timeline_buttons = QHBoxLayout()
        timeline_buttons.addWidget(self.event_detail, 1)
        timeline_buttons.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        timeline_buttons.addWidget(self.void_button, 0, Qt.AlignmentFlag.AlignTop)
        timeline_widget = QWidget()
        timeline_layout = QVBoxLayout(timeline_widget)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addLayout(timeline_buttons)
        # Alt+T moves to the timeline (a group box's mnemonic focuses its first control).
        self.timeline_box = self._group(tr("&Timeline"), timeline_widget)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left_scroll)
        self.splitter.addWidget(self.timeline_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 720])

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.status_label)
        names.addWidget(self.risk_label)
        names.addWidget(self.facts_label)
        top.addLayout(names, 1)
        top.addWidget(self.loading_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self._set_enabled(False)

    def _button(self, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _group(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(content)
        return box

    # --- loading -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(t is not None and not t.done for t in (self._load_task, self._write_task))

    def reload(self) -> None:
        if self._load_task is not None and not self._load_task.done:
            self._reload_again = True
            return
        self.loading_label.setText(tr("Loading…"))
        self.loading_label.setVisible(True)
        ctx, actor, referral_id = self._ctx, self._actor, self.referral_id
        view = None if self._viewed else VIEW_VIA
        self._load_task = run_in_background(lambda: load_record(ctx, actor, referral_id, view=view), self._loaded,
                                            self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.loading_label.setVisible(False)
        self.banner.show_message(tr("The record could not be loaded: {message}").format(message=error_text(error)),
                                 button=tr("Try again"), action=self.reload)
        if self._reload_again:
            self._reload_again = False

    def _loaded(self, data: RecordData) -> None:
        self._viewed = True
        self.loading_label.setVisible(False)
        if self._reload_again:
            self._reload_again = False
            self.reload()
        self.data = data
        self.pathway = self._ctx.pathways.get(data.detail.pathway)
        self._show_header(data.detail)
        self._show_moves(data.detail)
        self.timers_panel.set_timers(data.timers, self._ctx.clock.now())
        self._show_breaches(data.breaches)
        self._show_interventions(data.detail)
        self.interventions_panel.set_detail(data.detail)
        self.followups_panel.set_detail(data.detail)
        self.followups_box.setVisible(data.detail.closed_at is not None)
        self._show_person(data.detail)
        self._show_overlap(data.overlap)
        selected = self.selected_event()
        self.timeline_model.set_events(self.pathway, data.detail.events)
        self._resize_timeline()
        if selected is not None and self.timeline_model.row_of(selected.id) >= 0:
            self.timeline.selectRow(self.timeline_model.row_of(selected.id))
        self._event_selected()
        self._set_enabled(True)
        self._fix_tab_order()
        if isinstance(self.dialog, VersionedDialog) and self.dialog.isVisible():
            self.dialog.set_version(self._version_for(self.dialog))
        if not self.tick_timer.isActive():
            self.tick_timer.start()
            self.reconcile_timer.start()
        self.loaded.emit(data)

    def _fix_tab_order(self) -> None:
        """Buttons made on loading (moves, timers, breaches) join the Tab order where they are seen."""
        chain: list[QWidget] = [self.banner.button, self.banner.close_button, self.record_button, self.note_button,
                                self.assign_button, self.close_button, *self.move_buttons.values(),
                                self.who_looked_button]
        chain += [row.why_button for row in self.timers_panel.timer_rows()]
        chain += [self.mash_button]
        chain += [button for _label, button in self.breach_rows.values()]
        chain += self.interventions_panel.focus_chain() + self.followups_panel.focus_chain()
        chain += list(self.other_buttons.values())
        chain += [self.subject_access_button, self.person_looked_button, self.edit_person_button, self.timeline,
                  self.correct_button, self.void_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _version_for(self, dialog: VersionedDialog) -> int:
        assert self.data is not None
        if isinstance(dialog, BreachReasonDialog):
            breach = next((b for b in self.data.breaches if b.id == dialog.breach.id), None)
            return breach.version if breach else dialog.version
        return self.data.detail.version

    def tick(self) -> None:
        self.timers_panel.tick(self._ctx.clock.now())

    # --- showing -----------------------------------------------------------------------------------

    @property
    def detail(self) -> ReferralDetail | None:
        return self.data.detail if self.data else None

    @property
    def changeable(self) -> bool:
        """Whether the user may change this referral (the core's rule); nothing that changes it is offered otherwise."""
        return self.data is not None and self.data.changeable

    def _show_header(self, d: ReferralDetail) -> None:
        today = to_local(self._ctx.clock.now()).date()
        age = age_on(d.person.date_of_birth, today)
        title = tr("{name}, {age}").format(name=d.person.full_name, age=age)
        self.name_label.setText(title)
        self.name_label.setAccessibleName(title)
        if d.closed_at is not None:
            status = tr("{pathway} · Closed {when} — {outcome}").format(
                pathway=d.pathway_label, when=local_time(d.closed_at), outcome=code_text(d.outcome))
        else:
            status = tr("{pathway} · {stage} · Open").format(pathway=d.pathway_label, stage=d.stage_label)
        self.status_label.setText(status)
        bold = QFont(self.status_label.font())
        bold.setBold(True)
        self.status_label.setFont(bold)
        facts = [
            tr("Assigned to {user}").format(user=d.assigned_to) if d.assigned_to else tr("Not assigned"),
            tr("Team: {team}").format(team=d.team) if d.team else tr("No team"),
            tr("Site: {site}").format(site=d.site) if d.site else tr("No site"),
            tr("Received {when} ({source})").format(when=local_time(d.received_at), source=code_text(d.source)),
            tr("Referral #{id}").format(id=d.id),
        ]
        self.facts_label.setText(" · ".join(facts))
        title = tr("{name} — {pathway}").format(name=d.person.full_name, pathway=d.pathway_label)
        if self.isWindow():
            self.setWindowTitle(tr("{title} — Casework").format(title=title))
        self.title_changed.emit(title)

    def _show_moves(self, d: ReferralDetail) -> None:
        for button in self.move_buttons.values():
            self.moves_box.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        assert self.pathway is not None
        moves = d.allowed_moves if self.changeable else []
        for stage in moves:
            label = self.pathway.stage_label(stage)
            button = self._button(label.replace("&", "&&"), tr("Move to {stage}").format(stage=label),
                                  lambda _checked=False, s=stage: self.move_to(s))
            button.setToolTip(tr("Move the referral from {a} to {b}").format(a=d.stage_label, b=label))
            self.moves_box.addWidget(button)
            self.move_buttons[stage] = button
        self.moves_label.setVisible(bool(moves))

    def _show_breaches(self, breaches: list[BreachView]) -> None:
        while self.breaches_layout.count():
            item = self.breaches_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _clear_layout(item.layout())
        self.breach_rows = {}
        self.breaches_box.setVisible(bool(breaches))
        for breach in breaches:
            lines = [tr("<b>{rule}</b> — due {when} · {state}").format(
                rule=_html(breach.rule_label), when=datetime_text(breach.due_at, "ddd dd/MM HH:mm"), state=review_state_text(breach.review_state))]
            if breach.reason_category:
                lines.append(tr("Reason: {category} — {text}").format(
                    category=breach_reason_text(breach.reason_category), text=_html(breach.reason_text or "")))
            if breach.review_state == "challenged" and breach.review_comment:
                lines.append(tr("Challenged by {who}: {comment}").format(who=breach.reviewed_by or "",
                                                                        comment=_html(breach.review_comment)))
            label = QLabel("<br>".join(lines))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAccessibleName(tr("Breach of {rule}").format(rule=breach.rule_label))
            button = self._button(tr("Give reason…") if breach.review_state in ("awaiting_reason", "challenged")
                                  else tr("Change reason…"),
                                  tr("Give the reason for the {rule} breach").format(rule=breach.rule_label),
                                  lambda _c=False, b=breach: self.open_breach_dialog(b))
            button.setVisible(breach.review_state != "accepted" and self.changeable)
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.breaches_layout.addLayout(row)
            self.breach_rows[breach.id] = (label, button)

    def _show_overlap(self, found: ReferralOverlap | None) -> None:
        show_flags(self.risk_label, found.risk_flags if found else [])
        self._show_mash(found.mash if found else None)
        _clear_layout(self.others_layout)
        self.other_buttons = {}
        others = found.other_referrals if found else []
        hidden = found.hidden_referrals if found else 0
        if not others and not hidden:
            self.others_layout.addWidget(small_print(tr("None: this is the young person's only referral.")))
        for other in others:
            if other.open:
                text = tr("<b>{pathway}</b> — open, {stage} (received {when})").format(
                    pathway=_html(other.pathway_label), stage=_html(other.stage_label), when=local_time(other.received_at))
            else:
                text = tr("{pathway} — closed {when}: {outcome}").format(
                    pathway=_html(other.pathway_label), when=local_time(other.closed_at or other.received_at),
                    outcome=_html(code_text(other.outcome) if other.outcome else tr("closed")))
            label = QLabel(("● " if other.open else "○ ") + text)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAccessibleName(tr("Referral {id} on {pathway}").format(id=other.id, pathway=other.pathway_label))
            button = self._button(tr("Open #{id}").format(id=other.id),
                                  tr("Open referral {id}").format(id=other.id),
                                  lambda _c=False, rid=other.id: self.open_referral_requested.emit(rid))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.others_layout.addLayout(row)
            self.other_buttons[other.id] = button
        if hidden:
            # Held by another team: only how many, nothing about them.
            self.others_layout.addWidget(small_print(
                tr("{n} referral elsewhere you cannot open").format(n=hidden) if hidden == 1
                else tr("{n} referrals elsewhere you cannot open").format(n=hidden)))
        open_count = sum(1 for o in others if o.open)
        self.others_box.setTitle(tr("Other referrals of this young person ({open} open, {all} in all)").format(
            open=open_count, all=len(others)) if others else tr("Other referrals of this young person"))

    def _show_mash(self, task: MashTask | None) -> None:
        self.mash_task = task
        visible = task is not None and (task.needed or task.sent or task.reason == overlap.MASH_AREA_UNKNOWN)
        self.mash_box.setVisible(visible)
        if not visible:
            self.mash_button.setVisible(False)
            return
        assert task is not None
        if task.sent:
            lines = [tr("<b>Sent</b> to {mash} on {when} by {who}").format(
                mash=_html(task.sent_to or task.mash or ""), when=local_time(task.sent_at), who=_html(task.sent_by or ""))]
            if task.reference:
                lines.append(tr("Reference: {ref}").format(ref=_html(task.reference)))
            if task.state == "met_late":
                lines.append(tr("Sent after the {target} target.").format(target=_html(task.rule_label)))
        elif task.needed:
            lines = [tr("<b>Needed</b>: {name} lives in {la}, outside this pathway's area: refer to <b>{mash}</b>.").format(
                name=_html(self.detail.person.given_name if self.detail else ""), la=_html(task.home_local_authority or ""),
                mash=_html(task.mash or ""))]
            if task.due_at is None:
                lines.append(tr("The clock starts when the young person is seen in custody."))
            else:
                state = {"breached": tr("OVERDUE: was due"), "warning": tr("Due soon")}.get(task.state, tr("Due"))
                lines.append(tr("{state} by {when}").format(state=state, when=local_time(task.due_at)))
        else:
            lines = [tr("Home local authority not recorded: record it to know whether a MASH referral is needed.")]
        self.mash_label.setText("<br>".join(lines))
        self.mash_button.setVisible(task.needed and not task.sent and self.changeable)
        self.mash_button.setEnabled(self.detail is not None and self.detail.closed_at is None and self.changeable)

    def open_mash_dialog(self) -> EventDialog | None:
        task = getattr(self, "mash_task", None)
        if self.detail is None or task is None or self.detail.closed_at is not None or not self.changeable:
            return None
        dialog = self._open(EventDialog(self._ctx, self._actor, self.detail, kind=task.event_kind, parent=self))
        if task.mash:
            dialog.current_page().set_details({"mash": task.mash})  # type: ignore[attr-defined]
        return dialog  # type: ignore[return-value]

    def _show_interventions(self, d: ReferralDetail) -> None:
        assert self.pathway is not None
        lines = interventions_summary(self.pathway, d.events)
        self.interventions_box.setVisible(lines is not None)
        self.interventions_label.setText("\n".join(lines or []))

    def _show_person(self, d: ReferralDetail) -> None:
        p = d.person
        today = to_local(self._ctx.clock.now()).date()
        values = self.person_values
        values["name"].setText(p.full_name)
        values["born"].setText(tr("{date} (aged {age})").format(date=f"{p.date_of_birth:%d/%m/%Y}",
                                                                age=age_on(p.date_of_birth, today)))
        values["gender"].setText(code_text(p.gender) if p.gender else tr("Not recorded"))
        values["la"].setText(p.home_local_authority or tr("Not recorded"))
        values["postcode"].setText(p.postcode or "—")
        values["pnc"].setText(p.pnc_id or "—")
        nhs = p.nhs_number
        values["nhs"].setText(f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}" if nhs else "—")
        if p.contacts:
            carer = tr(", parent/carer")  # outside the f-string: lupdate does not read inside one
            values["contacts"].setText("\n".join(
                f"{c.name} ({relationship_text(c.relationship)}{carer if c.is_parent_carer else ''})"
                + (f" · {c.phone.replace(' ', chr(0xA0))}" if c.phone else "") for c in p.contacts))
        else:
            values["contacts"].setText(tr("None recorded"))

    def _resize_timeline(self) -> None:
        header = self.timeline.horizontalHeader()
        for column in (Column.ID, Column.WHEN, Column.EVENT, Column.RECORDED):
            self.timeline.resizeColumnToContents(column)
            if header.sectionSize(column) > 240:
                header.resizeSection(column, 240)

    def _set_enabled(self, loaded: bool) -> None:
        d = self.detail
        mine = loaded and self.changeable
        open_ = mine and d is not None and d.closed_at is None
        self.record_action.setEnabled(open_)
        self.record_button.setEnabled(open_)
        self.note_action.setEnabled(mine)
        self.note_button.setEnabled(mine)
        self.assign_button.setEnabled(open_)
        self.close_button.setEnabled(open_)
        self.read_only_label.setVisible(loaded and not self.changeable)
        self.edit_person_button.setEnabled(loaded and self.data is not None and self.data.person_changeable)
        self.subject_access_button.setEnabled(loaded and not self.subject_access.busy)
        self.person_looked_button.setEnabled(loaded)
        for button in self.move_buttons.values():
            button.setEnabled(open_)

    # --- the timeline selection --------------------------------------------------------------------

    def selected_event(self) -> EventView | None:
        index = self.timeline.currentIndex()
        if not index.isValid() or index.row() >= len(self.timeline_model.events):
            return None
        return self.timeline_model.event_at(index.row())

    def select_event(self, event_id: int) -> None:
        row = self.timeline_model.row_of(event_id)
        if row >= 0:
            self.timeline.selectRow(row)
            self.timeline.setCurrentIndex(self.timeline_model.index(row, 0))

    def _event_selected(self, *_args: Any) -> None:
        event = self.selected_event()
        changeable = self.changeable and event is not None and event.voided_at is None and self._changeable(event)
        self.void_button.setEnabled(changeable)
        self.correct_button.setEnabled(changeable)
        if event is None or self.pathway is None:
            self.event_detail.setText(tr("Select an event to see it in full, correct it or void it."))
            return
        parts = [f"<b>#{event.id} {_html(event.label)}</b> — {local_time(event.occurred_at)}"]
        text = details_text(self.pathway, event)
        if text:
            parts.append(_html(text))
        if event.note:
            parts.append(tr("Note: {note}").format(note=_html(event.note)))
        if event.voided_at is not None:
            parts.append(tr("<i>Void since {when}: {reason}</i>").format(
                when=local_time(event.voided_at), reason=_html(event.void_reason or "")))
        elif self.changeable and not self._changeable(event):
            parts.append(tr("<i>Recorded by moving, assigning or closing the referral: undo it the same way.</i>"))
        self.event_detail.setText("<br>".join(parts))

    def _changeable(self, event: EventView) -> bool:
        """Whether the event is one a user corrects or voids (not one recorded by a move, assignment or closure)."""
        kind = self.pathway.event_kind(event.kind) if self.pathway else None
        return kind is not None and not kind.system

    # --- writes ------------------------------------------------------------------------------------

    def _wrote(self, _result: Any = None) -> None:
        if self.banner.kind != "conflict":
            self.banner.hide_message()
        self.changed.emit(self.referral_id)
        self.reload()

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(self._wrote)
        if isinstance(dialog, VersionedDialog):
            dialog.reload_wanted.connect(self.reload)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def open_event_dialog(self, kind: str | None = None) -> EventDialog | None:
        if self.detail is None or not self.changeable:
            return None
        if kind is None and (self.detail.closed_at is not None or not recordable_kinds(self.pathway)):
            return None
        return self._open(EventDialog(self._ctx, self._actor, self.detail, kind=kind, parent=self))  # type: ignore[return-value]

    def open_correct_dialog(self) -> EventDialog | None:
        event = self.selected_event()
        if (self.detail is None or event is None or event.voided_at is not None or not self.changeable
                or not self._changeable(event)):
            return None
        return self._open(EventDialog(self._ctx, self._actor, self.detail, correcting=event, parent=self))  # type: ignore[return-value]

    def open_void_dialog(self) -> VoidEventDialog | None:
        event = self.selected_event()
        if (self.detail is None or event is None or event.voided_at is not None or not self.changeable
                or not self._changeable(event)):
            return None
        assert self.pathway is not None
        return self._open(VoidEventDialog(self._ctx, self._actor, event, details_text(self.pathway, event),
                                          parent=self))  # type: ignore[return-value]

    def open_assign_dialog(self) -> AssignDialog | None:
        if self.detail is None or self.detail.closed_at is not None or not self.changeable:
            return None
        return self._open(AssignDialog(self._ctx, self._actor, self.detail, parent=self))  # type: ignore[return-value]

    def open_close_dialog(self) -> CloseReferralDialog | None:
        if self.detail is None or self.detail.closed_at is not None or self.pathway is None or not self.changeable:
            return None
        return self._open(CloseReferralDialog(self._ctx, self._actor, self.detail, self.pathway, parent=self))  # type: ignore[return-value]

    def open_breach_dialog(self, breach: BreachView) -> BreachReasonDialog | None:
        if not self.changeable:
            return None
        return self._open(BreachReasonDialog(self._ctx, self._actor, breach, parent=self))  # type: ignore[return-value]

    def open_person_editor(self) -> PersonEditorDialog | None:
        if self.detail is None or self.data is None or not self.data.person_changeable:
            return None
        authorities = sorted({a for p in self._ctx.pathways for a in p.service_area})
        dialog = self._open(PersonEditorDialog(self._ctx, self._actor, self.detail.person,
                                               local_authorities=authorities, parent=self))
        dialog.risk_panel.changed.connect(lambda: self._wrote())  # type: ignore[attr-defined]
        return dialog  # type: ignore[return-value]

    def open_subject_access_dialog(self) -> SubjectAccessDialog | None:
        """A manager's export of everything held about this record's young person (audited by the core)."""
        if self.detail is None or not may_export(self._actor) or self.subject_access.busy:
            return None
        person = self.detail.person
        dialog = SubjectAccessDialog(person.id, person.full_name, default_folder(), parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.export_subject_access(dialog.folder, dialog.reference))
        dialog.open()
        self.dialog = dialog  # type: ignore[assignment]
        return dialog

    def export_subject_access(self, folder: str, reference: str | None = None) -> None:
        if self.detail is None:
            return
        self.banner.show_message(tr("Exporting everything held about this young person…"), kind="info")
        self.subject_access.start(self.detail.person.id, folder, reference)

    def open_who_looked(self) -> WhoLookedDialog | None:
        if not audit.may_read(self._actor):
            return None
        title = tr("Who has looked at referral {id}").format(id=self.referral_id)
        return self._show_trail(WhoLookedDialog(self._ctx, self._actor, referral_id=self.referral_id, title=title,
                                                parent=self))

    def open_person_looked(self) -> WhoLookedDialog | None:
        if self.detail is None or not audit.may_read(self._actor):
            return None
        person = self.detail.person
        title = tr("Who has looked at {name}'s record").format(name=person.full_name)
        return self._show_trail(WhoLookedDialog(self._ctx, self._actor, person_id=person.id, title=title,
                                                parent=self))

    def _show_trail(self, dialog: WhoLookedDialog) -> WhoLookedDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def move_to(self, stage: str) -> None:
        """Move the referral on, with the version shown: a move made meanwhile is a conflict, not an overwrite."""
        if (self.detail is None or not self.changeable
                or (self._write_task is not None and not self._write_task.done)):
            return
        ctx, actor, referral_id, version = self._ctx, self._actor, self.detail.id, self.detail.version
        for button in self.move_buttons.values():
            button.setEnabled(False)
        self._write_task = run_in_background(
            lambda: referrals.move_stage(ctx, actor, referral_id, stage, expected_version=version),
            self._wrote, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict):
            self.banner.show_message(conflict_text(error, tr("referral")) + " " +
                                     tr("Reload to see what changed, then try again if it is still right."),
                                     kind="conflict", button=tr("&Reload"), action=self._reload_from_banner)
        else:
            self.banner.show_message(error_text(error))
        self._set_enabled(True)

    def _reload_from_banner(self) -> None:
        self.banner.hide_message()
        self.reload()

    def dispose(self) -> None:
        """Stop the clocks and drop results still on their way (the record is going away)."""
        self.tick_timer.stop()
        self.reconcile_timer.stop()
        for task in (self._load_task, self._write_task):
            if task is not None:
                task.discard()
        self.interventions_panel.dispose()
        self.followups_panel.dispose()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.dispose()
        super().closeEvent(event)


def _clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear_layout(item.layout())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

