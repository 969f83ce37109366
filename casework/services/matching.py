"""People who may already be known: shown at intake before a new person is saved.

Two kinds of evidence, strongest first:

* **the same identifier** — NHS number or PNC ID (compared in their normal forms);
* **the same date of birth and a similar name** — names are compared forgivingly: case, accents and
  punctuation do not count; given and family names may have been swapped; one part of a
  hyphenated or double family name is enough; an initial stands for a name that starts with it;
  spelling variants (Jayden/Jaden, Mohammed/Muhammad) score by Jaro-Winkler similarity
  (``rapidfuzz``); names that sound alike (Catherine/Kathryn, Smith/Smyth) by their Metaphone key
  (``jellyfish``); nicknames (Bill/William, Alex/Alexander) by the hand-curated ``nicknames`` data;
* **a date of birth that is a plausible typing slip of it** (day and month swapped, a day or a month
  out by one, the year out by one, the two digits of the day transposed) **and a close name** — the
  same evidence, asked for more strongly and scored lower.

Candidates are fetched in SQL by identifier equality or by date of birth ``IN`` (the date and its
slips: at most nine values on the date-of-birth index), never by reading everyone; they are scored
here in Python. The duplicates review (:func:`find_duplicates`) walks people once in date-of-birth
order and compares each only with those born on the same date or a slip of it (a sliding window of
about a year), plus the groups that share an identifier: blocks, not every pair. Results carry codes;
the UI words them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from datetime import timedelta
from functools import lru_cache

import jellyfish
from nicknames import NickNamer
from rapidfuzz.distance import JaroWinkler
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from .. import identifiers
from ..errors import NotFound, ValidationError
from ..store.models import Person, PersonNotDuplicate, Referral, Role, Team
from ..validation import clean_text, valid_id
from . import access, audit
from .access import require
from .actor import Actor
from .context import Context
from .people import person_view
from .risk import RiskFlagView, active_flags
from .views import JsonView, PersonView
from ..i18n import N_, _

# Reason codes, strongest first. The UI turns them into words.
SAME_NHS_NUMBER = "same_nhs_number"
SAME_PNC_ID = "same_pnc_id"
SAME_DOB_SAME_NAME = "same_dob_same_name"
SAME_DOB_SIMILAR_NAME = "same_dob_similar_name"
NAMES_SWAPPED = "names_swapped"
NICKNAME = "nickname"
SOUNDS_ALIKE = "sounds_alike"
DOB_DAY_MONTH_SWAPPED = "dob_day_month_swapped"
DOB_ONE_DAY_APART = "dob_one_day_apart"
DOB_ONE_MONTH_APART = "dob_one_month_apart"
DOB_ONE_YEAR_APART = "dob_one_year_apart"
DOB_DAY_DIGITS_SWAPPED = "dob_day_digits_swapped"
SAME_POSTCODE = "same_postcode"
DIFFERENT_NHS_NUMBER = "different_nhs_number"
DIFFERENT_PNC_ID = "different_pnc_id"

# Each reason in words (the desktop's match lists and the spreadsheet import's warnings).
REASON_WORDS = {
    SAME_NHS_NUMBER: N_("same NHS number"),
    SAME_PNC_ID: N_("same PNC ID"),
    SAME_DOB_SAME_NAME: N_("same date of birth and name"),
    SAME_DOB_SIMILAR_NAME: N_("same date of birth and a similar name"),
    NAMES_SWAPPED: N_("given and family names the other way round"),
    DIFFERENT_NHS_NUMBER: N_("but a different NHS number"),
    DIFFERENT_PNC_ID: N_("but a different PNC ID"),
    NICKNAME: N_("one name a nickname of the other"),
    SOUNDS_ALIKE: N_("names that sound the same"),
    DOB_DAY_MONTH_SWAPPED: N_("date of birth with day and month swapped, and a similar name"),
    DOB_ONE_DAY_APART: N_("date of birth a day out, and a similar name"),
    DOB_ONE_MONTH_APART: N_("date of birth a month out, and a similar name"),
    DOB_ONE_YEAR_APART: N_("date of birth a year out, and a similar name"),
    DOB_DAY_DIGITS_SWAPPED: N_("date of birth with the day's digits swapped, and a similar name"),
    SAME_POSTCODE: N_("same postcode"),
}


def reason_words(reason: str) -> str:
    """A reason code in words, in the current language."""
    return _(REASON_WORDS.get(reason, reason.replace("_", " ")))
DOB_SLIPS = (DOB_DAY_MONTH_SWAPPED, DOB_ONE_DAY_APART, DOB_ONE_MONTH_APART, DOB_ONE_YEAR_APART,
             DOB_DAY_DIGITS_SWAPPED)
REASONS = (SAME_NHS_NUMBER, SAME_PNC_ID, SAME_DOB_SAME_NAME, SAME_DOB_SIMILAR_NAME, NAMES_SWAPPED, NICKNAME,
           SOUNDS_ALIKE, *DOB_SLIPS, SAME_POSTCODE, DIFFERENT_NHS_NUMBER, DIFFERENT_PNC_ID)

IDENTIFIER_SCORE = 100
SAME_NAME_SCORE = 95
# Below these a same-DOB candidate is not shown: a family name that is not close, or a combined
# similarity that two unrelated names of one cohort often reach.
MIN_FAMILY_SIMILARITY = 0.80
MIN_GIVEN_SIMILARITY = 0.80
MIN_COMBINED_SIMILARITY = 0.84
# A different identifier of the same kind is strong evidence of a different person (twins share a
# date of birth and often a similar name): such a candidate is still shown, marked and lowered.
CONFLICTING_IDENTIFIER_PENALTY = 30
# A date of birth that differs by a typing slip: the names must agree more closely, and the score is lower.
DOB_SLIP_PENALTY = 12
MIN_SLIP_COMBINED_SIMILARITY = 0.92
MIN_SLIP_FAMILY_SIMILARITY = 0.90
SAME_POSTCODE_BONUS = 3
# Nicknames and sound-alike names count as this similar (a spelling variant's Jaro-Winkler is ~0.9).
NICKNAME_SIMILARITY = 0.92
SOUNDS_ALIKE_SIMILARITY = 0.90
MIN_PHONETIC_LENGTH = 5  # Tom/Tim share a Metaphone key; short names say too little by sound
MAX_LIMIT = 50
# The duplicates review lists pairs at or above this score (every name match passes it; a match
# lowered by a conflicting identifier does not).
DUPLICATE_MIN_SCORE = 70
# The most pairs one duplicates review lists, and the longest note on a "not the same person" decision.
MAX_DUPLICATES = 10_000_000
MAX_NOTE = 2000


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
    risk_flags: list[RiskFlagView] = field(default_factory=list)
    """Active risk flags; given only for people the actor may read."""
    restricted: bool = False
    """The actor may not read this person: only the name and date of birth are given (``person`` has
    nothing else), ``referrals`` and ``risk_flags`` are empty, and ``known_to`` / ``has_open_referral``
    say who to ask."""
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
    return list(_name_parts(text or ""))


@lru_cache(maxsize=65536)
def _name_parts(text: str) -> tuple[str, ...]:
    folded = _fold(text)
    parts = [p for p in _SEPARATORS.split(folded) if p]
    joined = "".join(parts)
    if len(parts) > 1 and joined not in parts:
        parts.append(joined)  # O'Neill = ONeill = Oneill; Mc Bride = McBride
    return tuple(parts)


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    """The nicknames data, read on first use (not at start-up)."""
    return NickNamer()


@lru_cache(maxsize=4096)
def _name_family(name: str) -> frozenset[str]:
    """The name, its nicknames and the names it is a nickname of (Bill -> William, Will, Billy …)."""
    names = _nicknamer()
    return frozenset({name} | names.nicknames_of(name) | names.canonicals_of(name))


def are_nicknames(a: str, b: str) -> bool:
    """Bill and William, Alex and Alexander; also two short forms of one name (Bill and Will)."""
    if a == b or len(a) < 2 or len(b) < 2:
        return False
    fa, fb = _name_family(a), _name_family(b)
    names = _nicknamer()
    return b in fa or a in fb or bool(names.canonicals_of(a) & names.canonicals_of(b))


@lru_cache(maxsize=8192)
def phonetic_key(name: str) -> str:
    """The Metaphone key of one folded name part (jellyfish)."""
    return jellyfish.metaphone(name)


def sound_alike(a: str, b: str) -> bool:
    return (a != b and len(a) >= MIN_PHONETIC_LENGTH and len(b) >= MIN_PHONETIC_LENGTH and a[0] in b[0] + "ckqg"
            and phonetic_key(a) == phonetic_key(b))


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
    similarity = JaroWinkler.normalized_similarity(a, b)
    if similarity < NICKNAME_SIMILARITY and are_nicknames(a, b):
        return NICKNAME_SIMILARITY
    if similarity < SOUNDS_ALIKE_SIMILARITY and sound_alike(a, b):
        return SOUNDS_ALIKE_SIMILARITY
    return similarity


def _name_evidence(a: str, b: str) -> set[str]:
    """Which of the forgiving rules made two names agree (for the reasons shown)."""
    found: set[str] = set()
    for x in name_parts(a):
        for y in name_parts(b):
            if x == y:
                return set()
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if len(short) == 1 or (len(short) >= 3 and long_.startswith(short)):
                continue  # an initial or a short form (Sam/Samuel): "similar" says it already
            jw = JaroWinkler.normalized_similarity(x, y)
            if jw < NICKNAME_SIMILARITY and are_nicknames(x, y):
                found.add(NICKNAME)
            elif jw < SOUNDS_ALIKE_SIMILARITY and sound_alike(x, y):
                found.add(SOUNDS_ALIKE)
    return found


@lru_cache(maxsize=262144)
def name_similarity(a: str, b: str) -> float:
    """0-1: the best agreement between any part of one name and any part of the other.

    A whole-string comparison is taken too, so 'Morgan-Evans' against 'Morgan Evans' is 1.
    """
    parts_a, parts_b = _name_parts(a or ""), _name_parts(b or "")
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


def _names_match(score: NameScore, *, slip: bool = False) -> bool:
    if slip:
        return (score.family >= MIN_SLIP_FAMILY_SIMILARITY and score.given >= MIN_GIVEN_SIMILARITY
                and score.combined >= MIN_SLIP_COMBINED_SIMILARITY)
    return (score.family >= MIN_FAMILY_SIMILARITY and score.given >= MIN_GIVEN_SIMILARITY
            and score.combined >= MIN_COMBINED_SIMILARITY)


# --- dates of birth ---------------------------------------------------------------------------------

def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dob_slips(dob: date) -> dict[date, str]:
    """Dates a typing slip could have turned ``dob`` into, each with the slip's reason code.

    Symmetric (if B is a slip of A, A is a slip of B), which the duplicates walk relies on.
    """
    return dict(_slips(dob))


@lru_cache(maxsize=32768)
def _slips(dob: date) -> dict[date, str]:
    """dob_slips, cached: callers only read it."""
    found: dict[date, str] = {}

    def add(candidate: date | None, reason: str) -> None:
        if candidate is not None and candidate != dob and candidate not in found:
            found[candidate] = reason

    add(_safe_date(dob.year, dob.day, dob.month) if dob.day <= 12 else None, DOB_DAY_MONTH_SWAPPED)
    add(dob - timedelta(days=1) if dob > date.min else None, DOB_ONE_DAY_APART)
    add(dob + timedelta(days=1) if dob < date.max else None, DOB_ONE_DAY_APART)
    add(_safe_date(dob.year, dob.month - 1, dob.day) if dob.month > 1 else None, DOB_ONE_MONTH_APART)
    add(_safe_date(dob.year, dob.month + 1, dob.day) if dob.month < 12 else None, DOB_ONE_MONTH_APART)
    add(_safe_date(dob.year - 1, dob.month, dob.day), DOB_ONE_YEAR_APART)
    add(_safe_date(dob.year + 1, dob.month, dob.day), DOB_ONE_YEAR_APART)
    if dob.day >= 10 and dob.day % 10:
        add(_safe_date(dob.year, dob.month, (dob.day % 10) * 10 + dob.day // 10), DOB_DAY_DIGITS_SWAPPED)
    return found


# --- one pair ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Who:
    """What matching looks at in a person (either one typed in at intake or one stored)."""

    given_name: str
    family_name: str
    date_of_birth: date | None
    nhs_number: str | None = None
    pnc_id: str | None = None
    postcode: str | None = None

    @classmethod
    def of(cls, person) -> Who:
        return cls(person.given_name, person.family_name, person.date_of_birth, person.nhs_number, person.pnc_id,
                   person.postcode)


def score_pair(typed: Who, stored: Who) -> tuple[int, list[str]] | None:
    """How likely two records are one young person: (0-100, reason codes), or None for no match."""
    reasons: list[str] = []
    score = 0
    if typed.nhs_number and stored.nhs_number == typed.nhs_number:
        reasons.append(SAME_NHS_NUMBER)
        score = IDENTIFIER_SCORE
    if typed.pnc_id and stored.pnc_id == typed.pnc_id:
        reasons.append(SAME_PNC_ID)
        score = IDENTIFIER_SCORE
    slip = None
    if typed.date_of_birth is not None and stored.date_of_birth is not None \
            and stored.date_of_birth != typed.date_of_birth:
        slip = _slips(typed.date_of_birth).get(stored.date_of_birth)
    if typed.date_of_birth is not None and (stored.date_of_birth == typed.date_of_birth or slip):
        names = compare_names(typed.given_name, typed.family_name, stored.given_name, stored.family_name)
        if _names_match(names, slip=slip is not None):
            exact = names.given == 1.0 and names.family == 1.0
            reasons.append(SAME_DOB_SAME_NAME if exact and not slip else SAME_DOB_SIMILAR_NAME)
            if slip:
                reasons[-1] = slip
            if names.swapped:
                reasons.append(NAMES_SWAPPED)
            if not exact:
                given, family = ((stored.family_name, stored.given_name) if names.swapped
                                 else (stored.given_name, stored.family_name))
                evidence = _name_evidence(typed.given_name, given) | _name_evidence(typed.family_name, family)
                reasons.extend(r for r in (NICKNAME, SOUNDS_ALIKE) if r in evidence)
            name_score = SAME_NAME_SCORE if exact else round(SAME_NAME_SCORE * names.combined)
            if slip:
                name_score -= DOB_SLIP_PENALTY
            if typed.postcode and stored.postcode == typed.postcode:
                reasons.append(SAME_POSTCODE)
                # Never above the exact name's score: a postcode is shared by a household.
                name_score = min(SAME_NAME_SCORE if exact else SAME_NAME_SCORE - 1, name_score + SAME_POSTCODE_BONUS)
            score = max(score, name_score)
    if not reasons:
        return None
    if score < IDENTIFIER_SCORE:
        # Matched on date of birth and name only: a different identifier of the same kind lowers it.
        if typed.nhs_number and stored.nhs_number and stored.nhs_number != typed.nhs_number:
            reasons.append(DIFFERENT_NHS_NUMBER)
            score -= CONFLICTING_IDENTIFIER_PENALTY
        if typed.pnc_id and stored.pnc_id and stored.pnc_id != typed.pnc_id:
            reasons.append(DIFFERENT_PNC_ID)
            score -= CONFLICTING_IDENTIFIER_PENALTY
    return max(0, min(100, score)), reasons


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
                     postcode: str | None = None, limit: int = 10,
                     exclude_person_id: int | None = None) -> list[PossibleMatch]:
    """People who may be the one being entered, best first, each with their referrals and risk flags.

    Needs a date of birth (for name matching) or a valid identifier; otherwise returns nothing.
    Candidates come from two indexed look-ups: identifier equality, and the date of birth with its
    plausible slips (``IN`` on the date-of-birth index).

    A person the actor may not read (no referral of theirs in the actor's scope) is still shown, so
    that nobody is entered twice, but *restricted*: the name and date of birth (which the user is
    typing anyway), the reasons for the match, whether a referral is open and the teams that hold
    their referrals; no identifiers, address, contacts, pathways, stages or risk flags.
    """
    require(ctx, actor, "read_cases")
    limit = max(1, min(int(limit), MAX_LIMIT))
    nhs = _normal_or_none(nhs_number, identifiers.nhs_number)
    pnc = _normal_or_none(pnc_id, identifiers.pnc_id)
    post = _normal_or_none(postcode, identifiers.postcode)
    has_name = bool(name_parts(given_name) or name_parts(family_name))
    conditions = []
    if date_of_birth is not None and has_name:
        conditions.append(Person.date_of_birth.in_([date_of_birth, *dob_slips(date_of_birth)]))
    if nhs is not None:
        conditions.append(Person.nhs_number == nhs)
    if pnc is not None:
        conditions.append(Person.pnc_id == pnc)
    if not conditions:
        return []

    with ctx.read() as s:
        query = (select(Person).where(or_(*conditions), Person.erased_at.is_(None))
                 .options(selectinload(Person.contacts)))
        if exclude_person_id is not None:
            query = query.where(Person.id != exclude_person_id)
        scored: list[tuple[int, list[str], Person]] = []
        typed = Who(given_name, family_name, date_of_birth, nhs, pnc, post)
        for person in s.scalars(query):
            result = score_pair(typed, Who.of(person))
            if result is not None:
                scored.append((result[0], result[1], person))
        if not scored:
            return []
        ids = [p.id for _, _, p in scored]
        readable = access.readable_person_ids(s, actor, ids)
        readable_ids = [i for i in ids if i in readable]
        referrals_by_person = referrals_of(s, ctx, readable_ids, actor=actor)
        flags = active_flags(s, ctx.pathways, readable_ids)
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
        matches = [PossibleMatch(person_view(p), score, reasons, referrals_by_person[p.id],
                                 risk_flags=flags.get(p.id, [])) if p.id in readable
                   else PossibleMatch(_restricted_view(p), score, reasons, [], restricted=True,
                                      known_to=sorted(known_to[p.id]), has_open_referral=p.id in open_elsewhere)
                   for score, reasons, p in scored]
    matches.sort(key=lambda m: (-m.score, not (m.open_referrals or m.has_open_referral), m.person.family_name.lower(),
                                m.person.given_name.lower(), m.person.id))
    return matches[:limit]


def _restricted_view(person: Person) -> PersonView:
    """What a match the actor may not read shows: who it is, nothing held about them."""
    return PersonView(id=person.id, given_name=person.given_name, family_name=person.family_name,
                      date_of_birth=person.date_of_birth, gender=None, home_local_authority=None, postcode=None,
                      pnc_id=None, nhs_number=None, version=0, contacts=[])


def referrals_of(session, ctx: Context, person_ids: list[int], *,
                 actor: Actor | None = None) -> dict[int, list[MatchReferral]]:
    """Each person's referrals on any pathway, open first, then newest first (one indexed query);
    with ``actor``, only the referrals the actor may read."""
    found: dict[int, list[MatchReferral]] = {i: [] for i in person_ids}
    if not person_ids:
        return found
    query = select(Referral).where(Referral.person_id.in_(person_ids))
    if actor is not None:
        query = query.where(access.readable_referrals(actor))
    rows = session.scalars(query.order_by(Referral.closed_at.is_not(None), Referral.received_at.desc(), Referral.id.desc()))
    for referral in rows:
        found[referral.person_id].append(match_referral(ctx, referral))
    return found


def match_referral(ctx: Context, referral: Referral) -> MatchReferral:
    pathway = ctx.pathways.get(referral.pathway)
    return MatchReferral(
        id=referral.id, pathway=referral.pathway, pathway_label=pathway.label, stage=referral.stage,
        stage_label=pathway.stage_label(referral.stage), open=referral.closed_at is None,
        received_at=referral.received_at, closed_at=referral.closed_at, outcome=referral.outcome,
    )


# --- the duplicates review ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DuplicateSide(JsonView):
    person: PersonView
    referrals: list[MatchReferral]
    risk_flags: list[RiskFlagView] = field(default_factory=list)


@dataclass(frozen=True)
class DuplicatePair(JsonView):
    """Two stored people who may be one young person, for a reviewer to merge or mark as different."""

    first: DuplicateSide
    second: DuplicateSide
    score: int
    reasons: list[str]

    @property
    def key(self) -> tuple[int, int]:
        return (self.first.person.id, self.second.person.id)


@dataclass(frozen=True)
class _Row:
    id: int
    who: Who


def _duplicate_scores(session, min_score: int, dismissed: set[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, list[str]]]:
    """Every likely pair, by blocks: the same identifier (GROUP BY), the same or a slipped date of birth.

    People are read once, in date-of-birth order (the index), keeping a window of the last ~13
    months of birthdays: every slip of a date lies within a year and a month of it, and slips are
    symmetric, so each person is compared only with those already seen on the dates that could be
    theirs. The work grows with people times the size of a birthday's block, not people squared.
    """
    pairs: dict[tuple[int, int], tuple[int, list[str]]] = {}

    def consider(a: _Row, b: _Row) -> None:
        key = (min(a.id, b.id), max(a.id, b.id))
        if key in pairs or key in dismissed:
            return
        low, high = (a, b) if a.id < b.id else (b, a)
        result = score_pair(high.who, low.who)
        if result is not None and result[0] >= min_score:
            pairs[key] = result

    columns = (Person.id, Person.given_name, Person.family_name, Person.date_of_birth, Person.nhs_number,
               Person.pnc_id, Person.postcode)

    def row(r) -> _Row:
        return _Row(r.id, Who(r.given_name, r.family_name, r.date_of_birth, r.nhs_number, r.pnc_id, r.postcode))

    # Shared identifiers: only the groups with more than one person are read.
    for column in (Person.nhs_number, Person.pnc_id):
        shared = select(column).where(column.is_not(None)).group_by(column).having(func.count() > 1)
        group: dict[str, list[_Row]] = {}
        for r in session.execute(select(*columns).where(column.in_(shared), Person.erased_at.is_(None))
                                 .order_by(column, Person.id)):
            members = group.setdefault(getattr(r, column.key), [])
            current = row(r)
            for other in members:
                consider(current, other)
            members.append(current)

    window: dict[date, list[_Row]] = {}
    horizon = timedelta(days=400)
    stream = session.execute(select(*columns).where(Person.erased_at.is_(None)).order_by(Person.date_of_birth, Person.id)
                             .execution_options(yield_per=2000))
    for r in stream:
        current = row(r)
        dob = current.who.date_of_birth
        for stale in [d for d in window if d < dob - horizon]:
            del window[stale]
        for other in window.get(dob, ()):
            consider(current, other)
        for slipped in _slips(dob):
            if slipped < dob:
                for other in window.get(slipped, ()):
                    consider(current, other)
        window.setdefault(dob, []).append(current)
    return pairs


def find_duplicates(ctx: Context, actor: Actor, *, min_score: int = DUPLICATE_MIN_SCORE,
                    limit: int = 500) -> list[DuplicatePair]:
    """Likely duplicate people across the whole database, strongest first, without pairs already
    marked as different people. Each side carries its referrals and risk flags.

    Only pairs of people the actor may read both of are listed (a manager reads everyone; a team
    lead the young people of their team's referrals), and each side shows only the referrals the
    actor may read.
    """
    require(ctx, actor, "review_duplicates")
    for name, value, low, high in (("min_score", min_score, 0, 100), ("limit", limit, 1, MAX_DUPLICATES)):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(name, "range", f"{name.replace('_', ' ')} is a whole number from {low} to {high}")
    with ctx.read() as s:
        dismissed = {(r.person_low_id, r.person_high_id)
                     for r in s.execute(select(PersonNotDuplicate.person_low_id, PersonNotDuplicate.person_high_id))}
        scores = _duplicate_scores(s, min_score, dismissed)
        if actor.role is not Role.MANAGER:
            readable = set(s.scalars(select(Referral.person_id).where(access.readable_referrals(actor)).distinct()))
            scores = {key: value for key, value in scores.items() if key[0] in readable and key[1] in readable}
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], item[0]))[:max(1, int(limit))]
        ids = sorted({i for (a, b), _ in ranked for i in (a, b)})
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(ids))
                                             .options(selectinload(Person.contacts)))} if ids else {}
        referrals_by_person = referrals_of(s, ctx, ids, actor=actor)
        flags = active_flags(s, ctx.pathways, ids)

        def side(person_id: int) -> DuplicateSide:
            return DuplicateSide(person_view(people[person_id]), referrals_by_person[person_id],
                                 flags.get(person_id, []))

        return [DuplicatePair(side(a), side(b), score, reasons) for (a, b), (score, reasons) in ranked]


def mark_not_duplicate(ctx: Context, actor: Actor, person_id: int, other_id: int, note: str | None = None) -> None:
    """Record that two look-alike people are different people: the pair leaves the review list.

    The reviewer must be able to read both people."""
    require(ctx, actor, "review_duplicates")
    for pid in (person_id, other_id):
        if not valid_id(pid):
            raise NotFound("person", pid)
    if person_id == other_id:
        raise ValidationError("other_id", "same_person", _("a person cannot be a duplicate of themselves"))
    text = clean_text(note, "note", MAX_NOTE, multiline=True)
    low, high = sorted((person_id, other_id))
    now = ctx.clock.now()
    with ctx.write() as s:
        for pid in (low, high):
            if s.get(Person, pid) is None:
                raise NotFound("person", pid)
            access.require_read_person(ctx, s, actor, pid, action="review_duplicates")
        exists = s.scalar(select(PersonNotDuplicate.id).where(PersonNotDuplicate.person_low_id == low,
                                                              PersonNotDuplicate.person_high_id == high))
        if exists is not None:
            return
        s.add(PersonNotDuplicate(person_low_id=low, person_high_id=high, decided_at=now, decided_by_id=actor.user_id,
                                 note=text))
        s.flush()
        audit.record(s, actor, now, "not_duplicate", "person", low, after={"person_ids": [low, high], "note": text})
