"""New referral: one form per referral source (custody notification, MARF, ED attendance).

The source's part of the form is built from the pathway file: the fields of the source's first
event (``first_event`` in the pathway file) become widgets by type, so a field an area adds to, say,
``custody_notified`` appears here without a code change. Around them: the site (custody suites for
custody, hospital EDs for ED attendances), the time received in UK time (back-dating allowed), team
and worker, the young person, parents and carers, and a note.

While the person is typed, people already on record who may be them (same date of birth and a
similar name, or the same identifier) are looked up off the UI thread and shown beside the form
with the pathways they are open on; "Use this person" makes the referral for them instead.

Saving is one call to ``referrals.create_referral`` off the UI thread. A ValidationError marks the
field it names and keeps everything typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casework.errors import ValidationError
from casework.pathways import Pathway, PathwayRegistry
from casework.services import directory, matching, referrals
from casework.services.actor import Actor
from casework.services.context import Context
from casework.services.matching import PossibleMatch
from casework.services.referrals import NewReferral
from casework.services.views import ReferralDetail, SiteView, TeamView, UserView
from casework.timeutil import to_local

from .field_widgets import (
    FieldInput,
    FormDialog,
    LocalTimeEdit,
    LongTextInput,
    align_labels,
    field_label,
    make_field_input,
    plain,
)
from .forms import ErrorLabel, heading, small_print, with_error
from .intake_matches import MatchesPanel
from .person_editor import ContactsEditor, PersonFields, person_input
from .qt import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import N_, code_text, error_text, tr

MATCH_DELAY_MS = 400


@dataclass(frozen=True)
class SourceForm:
    """What differs between the forms of the referral sources."""

    title: str
    site_kinds: tuple[str, ...]
    site_label: str
    time_label: str
    intro: str


SOURCE_FORMS = {
    "custody": SourceForm(
        N_("Custody notification"), ("custody_suite",), N_("Custody suite"), N_("Time notified"),
        N_("Police custody has notified the service of a young person in custody.")),
    "marf": SourceForm(
        N_("MARF"), ("office",), N_("Receiving office"), N_("MARF received"),
        N_("A Multi-Agency Referral Form from a partner agency, for triage against the threshold.")),
    "emergency_department": SourceForm(
        N_("ED attendance"), ("hospital_ed",), N_("Hospital"), N_("Attendance time"),
        N_("A young person attending the emergency department with a violence-related injury.")),
}


@dataclass(frozen=True)
class IntakeChoice:
    pathway: str
    source: str
    text: str


def intake_choices(pathways: PathwayRegistry) -> list[IntakeChoice]:
    """One entry per pathway and source, for a "New referral" menu."""
    choices = []
    for pathway in pathways:
        for source in pathway.sources:
            form = SOURCE_FORMS.get(source)
            title = tr(form.title) if form else code_text(source)
            choices.append(IntakeChoice(pathway.id, source, tr("{source} ({pathway})…").format(
                source=title, pathway=pathway.label)))
    return choices


@dataclass(frozen=True)
class Directory:
    sites: list[SiteView]
    teams: list[TeamView]
    users: list[UserView]


def load_directory(ctx: Context, actor: Actor) -> Directory:
    return Directory(directory.list_sites(ctx, actor), directory.list_teams(ctx, actor),
                     directory.list_users(ctx, actor))


class IntakeDialog(FormDialog):
    created = Signal(object)  # ReferralDetail

    def __init__(self, ctx: Context, actor: Actor, pathway: str, source: str, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self.pathway: Pathway = ctx.pathways.get(pathway)
        self.source = source
        self.form = SOURCE_FORMS.get(source) or SourceForm(code_text(source), (), N_("Site"), N_("Time received"), "")
        self.directory: Directory | None = None
        self.chosen: PossibleMatch | None = None
        self._directory_task: Task | None = None
        self._match_task: Task | None = None
        self._match_generation = 0
        self._form_labels: list[QLabel] = []
        self.setObjectName("intakeDialog")
        self.setWindowTitle(tr("New referral — {source} — Casework").format(source=tr(self.form.title)))
        self.mnemonics.used.update("sc")  # &Save referral, Cancel

        # --- the referral part ---
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(tr(self.form.site_label))
        self.site_combo.addItem(tr("Loading…"), None)
        self.site_combo.setEnabled(False)
        self.time_edit = LocalTimeEdit(ctx.clock, accessible_name=tr("{label} (UK time)").format(
            label=tr(self.form.time_label)))
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(tr("Team"))
        self.team_combo.addItem(tr("Loading…"), None)
        self.team_combo.setEnabled(False)
        self.assign_combo = QComboBox()
        self.assign_combo.setAccessibleName(tr("Assign to"))
        self.assign_combo.addItem(tr("Not assigned yet"), None)
        self.assign_combo.setEnabled(False)
        self.team_combo.currentIndexChanged.connect(self._fill_assignees)

        self.detail_inputs: dict[str, FieldInput] = {}
        first_kind_id = self.pathway.first_event.get(source)
        self.first_kind = self.pathway.event_kind(first_kind_id) if first_kind_id else None

        referral_box = QGroupBox(tr("Referral"))
        referral_form = QFormLayout(referral_box)
        referral_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        referral_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._add_row(referral_form, "site", tr(self.form.site_label) + ":", self.site_combo)
        self._add_row(referral_form, "received_at", tr(self.form.time_label) + " *:", self.time_edit)
        for spec in (self.first_kind.fields if self.first_kind else ()):
            widget = make_field_input(spec)
            self.detail_inputs[spec.name] = widget
            self._add_row(referral_form, f"details.{spec.name}", field_label(spec), widget)
        self._add_row(referral_form, "team", tr("Team:"), self.team_combo)
        self._add_row(referral_form, "assigned_to", tr("Assign to:"), self.assign_combo)

        # --- the person ---
        today = to_local(ctx.clock.now()).date()
        authorities = sorted({a for p in ctx.pathways for a in p.service_area})
        self.person_box = QGroupBox(tr("Young person"))
        self.person_fields = PersonFields(self.mnemonics, local_authorities=authorities)
        self.person_fields.set_today(today)
        self.person_fields.register(self.errors)
        for name in ("person", "person_id"):
            self.errors.add(name, tr("Young person"), self.person_fields.given_edit,
                            self.person_fields.error_labels["given_name"])
        self.existing_banner = QFrame()
        self.existing_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.existing_label = QLabel()
        self.existing_label.setWordWrap(True)
        self.existing_label.setAccessibleName(tr("Existing person chosen"))
        self.new_person_button = QPushButton(self.mnemonics(tr("Enter a new person instead")))
        self.new_person_button.setAccessibleName(tr("Enter a new person instead"))
        self.new_person_button.setAutoDefault(False)
        self.new_person_button.clicked.connect(self.use_new_person)
        banner_layout = QHBoxLayout(self.existing_banner)
        banner_layout.addWidget(self.existing_label, 1)
        banner_layout.addWidget(self.new_person_button)
        self.existing_banner.setVisible(False)
        person_layout = QVBoxLayout(self.person_box)
        person_layout.addWidget(self.existing_banner)
        person_layout.addWidget(self.person_fields)

        self.contacts_box = QGroupBox(tr("Parents and carers"))
        self.contacts = ContactsEditor(self.mnemonics)
        self.contacts.register(self.errors)
        QVBoxLayout(self.contacts_box).addWidget(self.contacts)

        self.note_box = QGroupBox(tr("Note"))
        self.note_edit = LongTextInput(lines=3)
        self.note_edit.setAccessibleName(tr("Note"))
        self.note_edit.setPlaceholderText(tr("Anything else the team should know (optional)"))
        self.note_error = ErrorLabel(tr("Note error"))
        self.errors.add("note", tr("Note"), self.note_edit, self.note_error)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(with_error(self.note_edit, self.note_error))

        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form_layout.setContentsMargins(0, 0, 8, 0)
        intro = small_print(tr(self.form.intro) + " " + tr("Fields marked * are required."))
        form_layout.addWidget(intro)
        form_layout.addWidget(referral_box)
        form_layout.addWidget(self.person_box)
        form_layout.addWidget(self.contacts_box)
        form_layout.addWidget(self.note_box)
        form_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Referral form"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(form_widget)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.matches = MatchesPanel()
        self.matches.use_person.connect(self.use_person)
        self.matches.setMinimumWidth(300)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.matches)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 340])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(tr("&Save referral"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(tr("Save referral"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy_while_saving(form_widget, self.save_button, self.matches)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("New referral: {source} — {pathway}").format(
            source=tr(self.form.title), pathway=self.pathway.label)))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.form_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1160, 780)
        # The referral's labels and the first column of the person's line up.
        align_labels(self._form_labels + [self.person_fields.labels[n] for n in
                                          ("given_name", "date_of_birth", "home_local_authority", "pnc_id")])
        self.save_button.setDefault(True)

        # --- typing, matching ---
        self.watch_inputs(self.detail_inputs.values())
        self.watch(self.time_edit.edited, self.person_fields.edited, self.contacts.edited, self.note_edit.edited,
                   self.site_combo.activated, self.team_combo.activated, self.assign_combo.activated)
        self.match_timer = QTimer(self)
        self.match_timer.setSingleShot(True)
        self.match_timer.setInterval(MATCH_DELAY_MS)
        self.match_timer.timeout.connect(self.look_for_matches)
        self.person_fields.identity_edited.connect(self.match_timer.start)

        self.site_combo.setFocus()
        self._load_directory()

    def _add_row(self, form: QFormLayout, name: str, text: str, widget: QWidget) -> None:
        error = ErrorLabel(tr("{field} error").format(field=plain(text)))
        label = QLabel(self.mnemonics(text))
        label.setBuddy(widget)
        form.addRow(label, with_error(widget, error))
        self.errors.add(name, text, widget, error)
        self._form_labels.append(label)

    # --- the directory -----------------------------------------------------------------------------

    def _load_directory(self) -> None:
        ctx, actor = self._ctx, self._actor
        self._directory_task = self.track(run_in_background(
            lambda: load_directory(ctx, actor), self._directory_loaded, self._directory_failed))

    @property
    def ready(self) -> bool:
        return self.directory is not None

    def _directory_loaded(self, found: Directory) -> None:
        self.directory = found
        self.site_combo.clear()
        self.site_combo.addItem(tr("Not recorded"), None)
        kinds = self.form.site_kinds
        for site in found.sites:
            if not kinds or site.kind in kinds:
                self.site_combo.addItem(f"{site.name} ({site.local_authority})", site.code)
        if self.site_combo.count() == 2:
            self.site_combo.setCurrentIndex(1)
        self.site_combo.setEnabled(True)
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        me = next((u for u in found.users if u.id == self._actor.user_id), None)
        # A referral is taken in for the taker's own team (the core refuses any other): the team is
        # shown, not chosen.
        own = me.team if me is not None and me.team else None
        self.team_combo.addItem(own or tr("No team"), own)
        self.team_combo.setCurrentIndex(0)
        self.team_combo.setToolTip(tr("Referrals you take in belong to your own team"))
        self.team_combo.blockSignals(False)
        self.team_combo.setEnabled(False)
        self._fill_assignees()
        self.assign_combo.setEnabled(True)
        if me is not None and self.assign_combo.findData(me.username) > 0:
            self.assign_combo.setCurrentIndex(self.assign_combo.findData(me.username))

    def _directory_failed(self, error: BaseException) -> None:
        self.form_error.show_error(tr("Could not load sites, teams and workers: {message}").format(
            message=error_text(error)))

    def _fill_assignees(self) -> None:
        if self.directory is None:
            return
        team = self.team_combo.currentData()
        previous = self.assign_combo.currentData()
        self.assign_combo.clear()
        self.assign_combo.addItem(tr("Not assigned yet"), None)
        for user in self.directory.users:
            if user.active and user.role in ("caseworker", "team_lead") and (team is None or user.team == team):
                self.assign_combo.addItem(f"{user.display_name} ({user.username})", user.username)
        index = self.assign_combo.findData(previous) if previous else 0
        self.assign_combo.setCurrentIndex(max(index, 0))

    # --- possible matches --------------------------------------------------------------------------

    def _match_query(self) -> dict[str, Any] | None:
        values = self.person_fields.values(parse_date=False)
        dob = self.person_fields.date_of_birth_or_none()
        named = bool(values["given_name"].strip() or values["family_name"].strip())
        if (named and dob is not None) or values["pnc_id"] or values["nhs_number"]:
            return dict(given_name=values["given_name"], family_name=values["family_name"], date_of_birth=dob,
                        pnc_id=values["pnc_id"], nhs_number=values["nhs_number"], postcode=values.get("postcode"))
        return None

    def look_for_matches(self) -> None:
        """Ask the core who may already be known (off the UI thread); a later search wins."""
        self.match_timer.stop()
        query = self._match_query()
        self._match_generation += 1
        generation = self._match_generation
        if self._match_task is not None:
            self._match_task.discard()
        if query is None:
            if self.chosen is None:
                self.matches.show_idle()
            return
        self.matches.show_searching()
        ctx, actor = self._ctx, self._actor
        today = to_local(ctx.clock.now()).date()

        def found(result: list[PossibleMatch]) -> None:
            if generation == self._match_generation:
                chosen_id = self.chosen.person.id if self.chosen else None
                self.matches.show_matches(result, today, self.pathway.id, chosen_id)

        def failed(error: BaseException) -> None:
            if generation == self._match_generation:
                self.matches.show_failed(error_text(error))

        self._match_task = self.track(run_in_background(
            lambda: matching.possible_matches(ctx, actor, **query), found, failed))

    @property
    def matching_busy(self) -> bool:
        return self.match_timer.isActive() or (self._match_task is not None and not self._match_task.done)

    def use_person(self, match: PossibleMatch) -> None:
        """Make the referral for someone already on record; what was typed for a new person is kept."""
        self.chosen = match
        person = match.person
        self.existing_label.setText(tr("<b>This referral will be for {name}</b>, born {date}, who is already on "
                                       "record. Their details and contacts are kept as they are; change them on "
                                       "their record.").format(name=_html(person.full_name),
                                                               date=f"{person.date_of_birth:%d/%m/%Y}"))
        self.existing_banner.setVisible(True)
        self.person_fields.set_read_only(True)
        self.contacts_box.setVisible(False)
        self.matches.mark_chosen(person.id)
        self.mark_dirty()
        self.new_person_button.setFocus()

    def use_new_person(self) -> None:
        self.chosen = None
        self.existing_banner.setVisible(False)
        self.person_fields.set_read_only(False)
        self.contacts_box.setVisible(True)
        self.matches.mark_chosen(None)
        self.person_fields.given_edit.setFocus()

    # --- saving ------------------------------------------------------------------------------------

    def new_referral(self) -> NewReferral:
        """What the form says, as the core takes it (raises ValidationError for a date that is not one)."""
        details: dict[str, Any] = {}
        for name, widget in self.detail_inputs.items():
            value = widget.value()
            if value not in (None, "", []):
                details[name] = value
        if self.chosen is not None:
            person, person_id = None, self.chosen.person.id
        else:
            person, person_id = person_input(self.person_fields, self.contacts), None
        return NewReferral(
            pathway=self.pathway.id, source=self.source, person=person, person_id=person_id,
            received_at=self.time_edit.value(), site=self.site_combo.currentData(),
            team=self.team_combo.currentData(), assigned_to=self.assign_combo.currentData(),
            first_event_details=details, note=self.note_edit.value(),
        )

    def submit(self) -> None:
        if self.busy:
            return
        try:
            new = self.new_referral()
        except ValidationError as error:
            self.errors.clear()
            self.show_error(error)
            return
        ctx, actor = self._ctx, self._actor
        self.run_task(lambda: referrals.create_referral(ctx, actor, new), self._created)

    def _created(self, detail: ReferralDetail) -> None:
        self.created.emit(detail)
        self.finish(detail)

    def done(self, result: int) -> None:
        self.match_timer.stop()
        super().done(result)


def open_intake(ctx: Context, actor: Actor, pathway: str, source: str, parent: QWidget | None = None) -> IntakeDialog:
    """Show the form for one referral source without blocking; connect to ``created`` for the result."""
    dialog = IntakeDialog(ctx, actor, pathway, source, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
