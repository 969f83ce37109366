"""The possible-matches panel of the intake form: people already on record who may be the one being
entered, with the pathways they are open on, and a "Use this person" button for each."""

from __future__ import annotations

from datetime import date

from casework.services import matching
from casework.services.matching import PossibleMatch
from casework.timeutil import age_on, to_local

from .forms import small_print
from .risk_flags import risk_label, show_flags
from .qt import (
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .wording import code_text, plural, tr

REASON_WORDS = matching.REASON_WORDS  # the same words as the core (casework.services.matching)


def reasons_text(reasons: list[str]) -> str:
    words = [tr(REASON_WORDS.get(r, r.replace("_", " "))) for r in reasons]
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def strength_text(score: int) -> str:
    if score >= 100:
        return tr("Same identifier")
    if score >= 85:
        return tr("Likely the same person")
    return tr("Possibly the same person")


class MatchCard(QFrame):
    use_clicked = Signal(object)  # the PossibleMatch

    def __init__(self, match: PossibleMatch, today: date, pathway_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"match_{match.person.id}")
        person = match.person
        age = age_on(person.date_of_birth, today)
        name = QLabel(f"<b>{_html(person.full_name)}</b>")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        self.strength_label = QLabel(tr("{score}% match").format(score=match.score))
        self.strength_label.setToolTip(strength_text(match.score))
        self.strength_label.setAccessibleName(tr("Match strength"))
        self.strength_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(name, 1)
        top.addWidget(self.strength_label)

        facts = [tr("Born {date} (aged {age})").format(date=f"{person.date_of_birth:%d/%m/%Y}", age=age)]
        if person.home_local_authority:
            facts.append(person.home_local_authority)
        if person.postcode:
            facts.append(person.postcode)
        ids = []
        if person.pnc_id:
            ids.append(tr("PNC {id}").format(id=person.pnc_id))
        if person.nhs_number:
            ids.append(tr("NHS {n}").format(n=f"{person.nhs_number[:3]} {person.nhs_number[3:6]} {person.nhs_number[6:]}"))
        details = QLabel(" · ".join(facts) + ("\n" + " · ".join(ids) if ids else ""))
        details.setWordWrap(True)
        why = self.why_label = QLabel(reasons_text(match.reasons))
        why.setToolTip(tr("{strength} ({score}%)").format(strength=strength_text(match.score), score=match.score))
        why.setWordWrap(True)
        italic = QFont(why.font())
        italic.setItalic(True)
        why.setFont(italic)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(details)
        layout.addWidget(why)
        self.risk_label = risk_label()
        show_flags(self.risk_label, match.risk_flags)
        layout.addWidget(self.risk_label)
        self.referral_labels: list[QLabel] = []
        open_refs = match.open_referrals
        closed = [r for r in match.referrals if not r.open]
        for referral in open_refs:
            same = referral.pathway == pathway_id
            text = tr("Open on {pathway} — {stage} (since {date})").format(
                pathway=referral.pathway_label, stage=referral.stage_label,
                date=f"{to_local(referral.received_at):%d/%m/%Y}")
            label = QLabel(("⚠ " if same else "● ") + text)
            label.setWordWrap(True)
            if same:
                bold = QFont(label.font())
                bold.setBold(True)
                label.setFont(bold)
                label.setToolTip(tr("Already open on this pathway: check before adding another referral."))
            self.referral_labels.append(label)
            layout.addWidget(label)
        if closed:
            last = closed[0]
            text = tr("Closed before: {list}").format(list=", ".join(
                f"{r.pathway_label} ({code_text(r.outcome) if r.outcome else tr('closed')}, "
                f"{to_local(r.closed_at or r.received_at):%m/%Y})" for r in closed[:3]))
            label = small_print(text)
            label.setToolTip(tr("Last closed {date}").format(date=f"{to_local(last.closed_at or last.received_at):%d/%m/%Y}"))
            self.referral_labels.append(label)
            layout.addWidget(label)
        if match.restricted:
            # Someone the user may not read: who holds them, not what is held (see matching.possible_matches).
            held = tr("Known to {teams}{open}. Their details are not shown to you: ask that team.").format(
                teams=", ".join(match.known_to) or tr("another team"),
                open=tr(", with an open referral") if match.has_open_referral else "")
            label = QLabel(("⚠ " if match.has_open_referral else "● ") + held)
            label.setWordWrap(True)
            self.referral_labels.append(label)
            layout.addWidget(label)
        elif not match.referrals:
            none = small_print(tr("No referrals on record."))
            self.referral_labels.append(none)
            layout.addWidget(none)

        self.use_button = QPushButton(tr("Use this person"))
        self.use_button.setAccessibleName(tr("Use {name}, born {date}").format(
            name=person.full_name, date=f"{person.date_of_birth:%d/%m/%Y}"))
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(lambda: self.use_clicked.emit(self.match))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        layout.addLayout(buttons)
        self.setAccessibleName(tr("Possible match: {name}").format(name=person.full_name))

    def set_chosen(self, chosen: bool) -> None:
        self.use_button.setText(tr("Chosen ✓") if chosen else tr("Use this person"))
        self.use_button.setEnabled(not chosen)
        self.setStyleSheet("MatchCard { border: 2px solid #2e7d32; border-radius: 4px; }" if chosen else "")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatchesPanel(QWidget):
    """Idle, looking, nothing found, or a card per possible match."""

    use_person = Signal(object)  # PossibleMatch

    IDLE = "idle"
    SEARCHING = "searching"
    NONE = "none"
    FOUND = "found"
    FAILED = "failed"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = self.IDLE
        self.cards: list[MatchCard] = []
        self.title = QLabel(tr("Already known?"))
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.status = small_print("")
        self.status.setAccessibleName(tr("Possible matches status"))
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(tr("Possible matches"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Possible matches"))
        self.show_idle()

    def _clear(self) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def show_idle(self) -> None:
        self._clear()
        self.state = self.IDLE
        self.status.setText(tr("People already on record who may be this young person are shown here once a "
                               "name and date of birth, or a PNC ID or NHS number, are entered."))

    def show_searching(self) -> None:
        self.state = self.SEARCHING
        self.status.setText(tr("Looking for people already on record…"))

    def show_failed(self, message: str) -> None:
        self._clear()
        self.state = self.FAILED
        self.status.setText(tr("Could not look for matches: {message}").format(message=message))

    def show_matches(self, matches: list[PossibleMatch], today: date, pathway_id: str,
                     chosen_person_id: int | None = None) -> None:
        self._clear()
        if not matches:
            self.state = self.NONE
            self.status.setText(tr("No one on record matches. Carry on: a new person will be added."))
            return
        self.state = self.FOUND
        self.status.setText(plural(len(matches), tr("One person on record may be this young person."),
                                   tr("{n} people on record may be this young person.")) + " " +
                            tr("Use one if it is them; otherwise carry on and a new person is added."))
        for index, match in enumerate(matches):
            card = MatchCard(match, today, pathway_id)
            card.use_clicked.connect(self.use_person)
            card.set_chosen(match.person.id == chosen_person_id)
            self.list_layout.insertWidget(index, card)
            self.cards.append(card)

    def mark_chosen(self, person_id: int | None) -> None:
        for card in self.cards:
            card.set_chosen(card.match.person.id == person_id)

    def card_for(self, person_id: int) -> MatchCard | None:
        return next((c for c in self.cards if c.match.person.id == person_id), None)
