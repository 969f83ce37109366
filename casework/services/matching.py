"""People who may already be known: shown at intake before a new person is saved.

Two kinds of evidence, strongest first:

* **the same identifier** — NHS number or PNC ID (compared in their normal forms);
* **the same date of birth and a similar name** — names are compared forgivingly: case, accents and
  punctuation do not count; given and family names may have been swapped; one part of a
  hyphenated or double family name is enough; an initial stands for a name that starts with it;
  spelling variants (Jayden/Jaden, Mohammed/Muhammad) score by Jaro-Winkler similarity.

Candidates are fetched in SQL by date of birth or identifier only (indexed columns), then scored
here in Python with ``rapidfuzz``. The result carries codes; the UI words them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz.distance import JaroWinkler
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from .. import identifiers
from ..errors import ValidationError
from ..store.models import Person, Referral, Team
from . import access
from .access import require
from .actor import Actor
from .context import Context
from .people import person_view
from .views import JsonView, PersonView

# Reason codes, strongest first. The UI turns them into words.
SAME_NHS_NUMBER = "same_nhs_number"
SAME_PNC_ID = "same_pnc_id"
SAME_DOB_SAME_NAME = "same_dob_same_name"
SAME_DOB_SIMILAR_NAME = "same_dob_similar_name"
NAMES_SWAPPED = "names_swapped"
DIFFERENT_NHS_NUMBER = "different_nhs_number"
DIFFERENT_PNC_ID = "different_pnc_id"
REASONS = (SAME_NHS_NUMBER, SAME_PNC_ID, SAME_DOB_SAME_NAME, SAME_DOB_SIMILAR_NAME, NAMES_SWAPPED,
           DIFFERENT_NHS_NUMBER, DIFFERENT_PNC_ID)

IDENTIFIER_SCORE = 100
SAME_NAME_SCORE = 95
# Below these a same-DOB candidate is not shown: a family name that is not close, or a combined
# similarity that two unrelated names of one cohort often reach.
MIN_FAMILY_SIMILARITY = 0.80
MIN_GIVEN_SIMILARITY = 0.70
MIN_COMBINED_SIMILARITY = 0.84
# A different identifier of the same kind is strong evidence of a different person (twins share a
# date of birth and often a similar name): such a candidate is still shown, marked and lowered.
CONFLICTING_IDENTIFIER_PENALTY = 30
MAX_LIMIT = 50


@dataclass(frozen=True)
class MatchReferral(JsonView):
    id: int
    pathway: str
    pathway_label: str
    stage: str
    stage_label: str
    open: bool
    received_at: datetime
    closed_at: datetime | None
    outcome: str | None


@dataclass(frozen=True)
class PossibleMatch(JsonView):
    person: PersonView
    score: int
    """0-100: 100 for a shared identifier, up to 95 for the same date of birth and a similar name."""
    reasons: list[str]
    referrals: list[MatchReferral] = field(default_factory=list)
    restricted: bool = False
    """The actor may not read this person: only the name and date of birth are given (``person`` has
    nothing else), ``referrals`` is empty, and ``known_to`` / ``has_open_referral`` say who to ask."""
    known_to: list[str] = field(default_factory=list)
    has_open_referral: bool = False

    @property
    def open_referrals(self) -> list[MatchReferral]:
        return [r for r in self.referrals if r.open]


# --- names ------------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-‐‑–'’.,]+")


def _fold(text: str) -> str:
    """Lower case, accents off, anything but letters and separators dropped."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z\s\-‐‑–'’.,]", "", plain)


def name_parts(text: str) -> list[str]:
    """'Morgan-Evans' -> ['morgan', 'evans'];  "O'Neill" -> ['o', 'neill'] plus the joined form."""
    folded = _fold(text)
    parts = [p for p in _SEPARATORS.split(folded) if p]
    joined = "".join(parts)
    if len(parts) > 1 and joined not in parts:
        parts.append(joined)  # O'Neill = ONeill = Oneill; Mc Bride = McBride
    return parts


def _word_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    # An initial stands for any name that starts with it.
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[0] == b[0] else 0.0
    # A short form that begins the long one: Sam/Samuel, Alex/Alexander, Dan/Daniel.
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long_.startswith(short):
        return 0.9
    return JaroWinkler.normalized_similarity(a, b)


def name_similarity(a: str, b: str) -> float:
    """0-1: the best agreement between any part of one name and any part of the other.

    A whole-string comparison is taken too, so 'Morgan-Evans' against 'Morgan Evans' is 1.
    """
    parts_a, parts_b = name_parts(a), name_parts(b)
    if not parts_a or not parts_b:
        return 0.0
    whole = JaroWinkler.normalized_similarity(" ".join(parts_a), " ".join(parts_b))
    best = max(_word_similarity(x, y) for x in parts_a for y in parts_b)
    return max(whole, best)


@dataclass(frozen=True)
class NameScore:
    given: float
    family: float
    swapped: bool

    @property
    def combined(self) -> float:
        return (self.given + self.family) / 2


def compare_names(given: str, family: str, other_given: str, other_family: str) -> NameScore:
    """The names as typed, and the other way round (given and family swapped); the better reading wins."""
    straight = NameScore(name_similarity(given, other_given), name_similarity(family, other_family), False)
    swapped = NameScore(name_similarity(given, other_family), name_similarity(family, other_given), True)
    return swapped if swapped.combined > straight.combined + 0.02 else straight


def _names_match(score: NameScore) -> bool:
    return (score.family >= MIN_FAMILY_SIMILARITY and score.given >= MIN_GIVEN_SIMILARITY
            and score.combined >= MIN_COMBINED_SIMILARITY)


# --- the search -------------------------------------------------------------------------------------

def _normal_or_none(raw: str | None, normalise) -> str | None:
    """An identifier in its normal form, or None when it is empty or not (yet) a valid one."""
    if not (raw or "").strip():
        return None
    try:
        return normalise(raw)
    except ValidationError:
        return None


def possible_matches(ctx: Context, actor: Actor, *, given_name: str = "", family_name: str = "",
                     date_of_birth: date | None = None, pnc_id: str | None = None, nhs_number: str | None = None,
                     limit: int = 10, exclude_person_id: int | None = None) -> list[PossibleMatch]:
    """People who may be the one being entered, best first, each with their referrals.

    Needs a date of birth (for name matching) or a valid identifier; otherwise returns nothing.

    A person the actor may not read (no referral of theirs in the actor's scope) is still shown, so
    that nobody is entered twice, but *restricted*: the name and date of birth (which the user is
    typing anyway), the reasons for the match, whether a referral is open and the teams that hold
    their referrals; no identifiers, address, contacts, pathways or stages.
    """
    require(ctx, actor, "read_cases")
    limit = max(1, min(int(limit), MAX_LIMIT))
    nhs = _normal_or_none(nhs_number, identifiers.nhs_number)
    pnc = _normal_or_none(pnc_id, identifiers.pnc_id)
    has_name = bool(name_parts(given_name) or name_parts(family_name))
    conditions = []
    if date_of_birth is not None and has_name:
        conditions.append(Person.date_of_birth == date_of_birth)
    if nhs is not None:
        conditions.append(Person.nhs_number == nhs)
    if pnc is not None:
        conditions.append(Person.pnc_id == pnc)
    if not conditions:
        return []

    with ctx.read() as s:
        query = select(Person).where(or_(*conditions)).options(selectinload(Person.contacts))
        if exclude_person_id is not None:
            query = query.where(Person.id != exclude_person_id)
        scored: list[tuple[int, list[str], Person]] = []
        for person in s.scalars(query):
            result = _score(person, given_name, family_name, date_of_birth, nhs, pnc)
            if result is not None:
                scored.append((result[0], result[1], person))
        if not scored:
            return []
        ids = [p.id for _, _, p in scored]
        readable = access.readable_person_ids(s, actor, ids)
        referrals_by_person: dict[int, list[MatchReferral]] = {i: [] for i in ids}
        rows = s.scalars(select(Referral).where(Referral.person_id.in_(readable))
                         .order_by(Referral.closed_at.is_not(None), Referral.received_at.desc(), Referral.id.desc()))
        hidden = [i for i in ids if i not in readable]
        known_to: dict[int, set[str]] = {i: set() for i in hidden}
        open_elsewhere: set[int] = set()
        if hidden:
            for person_id, team_name, closed_at in s.execute(
                    select(Referral.person_id, Team.name, Referral.closed_at)
                    .outerjoin(Team, Team.id == Referral.team_id).where(Referral.person_id.in_(hidden))):
                known_to[person_id].add(team_name or "no team")
                if closed_at is None:
                    open_elsewhere.add(person_id)
        for referral in rows:
            pathway = ctx.pathways.get(referral.pathway)
            referrals_by_person[referral.person_id].append(MatchReferral(
                id=referral.id, pathway=referral.pathway, pathway_label=pathway.label, stage=referral.stage,
                stage_label=pathway.stage_label(referral.stage), open=referral.closed_at is None,
                received_at=referral.received_at, closed_at=referral.closed_at, outcome=referral.outcome,
            ))
        matches = [PossibleMatch(person_view(p), score, reasons, referrals_by_person[p.id]) if p.id in readable
                   else PossibleMatch(_restricted_view(p), score, reasons, [], True, sorted(known_to[p.id]),
                                      p.id in open_elsewhere)
                   for score, reasons, p in scored]
    matches.sort(key=lambda m: (-m.score, not (m.open_referrals or m.has_open_referral), m.person.family_name.lower(),
                                m.person.given_name.lower(), m.person.id))
    return matches[:limit]


def _restricted_view(person: Person) -> PersonView:
    """What a match the actor may not read shows: who it is, nothing held about them."""
    return PersonView(id=person.id, given_name=person.given_name, family_name=person.family_name,
                      date_of_birth=person.date_of_birth, gender=None, home_local_authority=None, postcode=None,
                      pnc_id=None, nhs_number=None, version=0, contacts=[])


def _score(person: Person, given: str, family: str, dob: date | None, nhs: str | None,
           pnc: str | None) -> tuple[int, list[str]] | None:
    reasons: list[str] = []
    score = 0
    if nhs is not None and person.nhs_number == nhs:
        reasons.append(SAME_NHS_NUMBER)
        score = IDENTIFIER_SCORE
    if pnc is not None and person.pnc_id == pnc:
        reasons.append(SAME_PNC_ID)
        score = IDENTIFIER_SCORE
    if dob is not None and person.date_of_birth == dob:
        names = compare_names(given, family, person.given_name, person.family_name)
        if _names_match(names):
            exact = names.given == 1.0 and names.family == 1.0
            reasons.append(SAME_DOB_SAME_NAME if exact else SAME_DOB_SIMILAR_NAME)
            if names.swapped:
                reasons.append(NAMES_SWAPPED)
            name_score = SAME_NAME_SCORE if exact else round(SAME_NAME_SCORE * names.combined)
            score = max(score, name_score)
    if not reasons:
        return None
    if score < IDENTIFIER_SCORE:
        # Matched on date of birth and name only: a different identifier of the same kind lowers it.
        if nhs is not None and person.nhs_number and person.nhs_number != nhs:
            reasons.append(DIFFERENT_NHS_NUMBER)
            score -= CONFLICTING_IDENTIFIER_PENALTY
        if pnc is not None and person.pnc_id and person.pnc_id != pnc:
            reasons.append(DIFFERENT_PNC_ID)
            score -= CONFLICTING_IDENTIFIER_PENALTY
    return max(0, min(100, score)), reasons
