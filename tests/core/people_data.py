"""Generated people with planted duplicates, to measure person matching (precision and recall).

``generate(n, seed)`` makes ``n`` distinct young people, then plants, for about a quarter of them, a
second record of the same young person as intake staff really mistype it — spelling variants,
typos, nicknames, swapped given and family names, one half of a hyphenated family name, a slipped
date of birth (day and month swapped, a day or a year out), or only a shared NHS number or PNC ID —
and adds look-alikes that are *different* people: twins (same date of birth, same family name,
other given name), unrelated children sharing a birthday and a common family name, and same name
and birthday with a different NHS number. Each record carries ``truth``, the young person it is;
two records are duplicates when their truths are equal.

Used by tests/core/test_people_matching.py (a threshold test) and bench/people_matching.py (the figures
at larger sizes).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from casework.identifiers import nhs_check_digit, pnc_check_letter

GIVEN = [
    "Jayden", "Mohammed", "Aisha", "Callum", "Kieran", "Tyler", "Liam", "Connor", "Ryan", "Jordan", "Ethan",
    "Oliver", "Harry", "Jack", "Charlie", "Thomas", "William", "Joshua", "James", "Daniel", "Samuel",
    "Alexander", "Benjamin", "Joseph", "Lewis", "Owen", "Dylan", "Rhys", "Cai", "Osian", "Ffion", "Seren",
    "Megan", "Chloe", "Jessica", "Olivia", "Amelia", "Emily", "Sophie", "Ruby", "Grace", "Lily", "Evie",
    "Isabella", "Caitlin", "Katie", "Leah", "Zara", "Amira", "Fatima", "Yusuf", "Ibrahim", "Omar", "Ali",
    "Hassan", "Bilal", "Kofi", "Kwame", "Tariq", "Reece", "Kyle", "Declan", "Brandon", "Nathan", "Luke",
    "Marcus", "Andre", "Tyrese", "Malachi", "Elijah", "Isaac", "Noah", "Leo", "Theo", "Freddie", "Alfie",
    "Archie", "Frankie", "Mason", "Logan", "Riley", "Jake", "Adam", "Michael", "Christopher", "Matthew",
    "Catherine", "Elizabeth", "Rebecca", "Hannah", "Abigail", "Victoria", "Nicholas", "Anthony", "Robert",
    "Jamal", "Demarcus", "Shanice", "Jade", "Kayla", "Aaliyah", "Precious", "Blessing", "Chidi", "Emeka",
]
FAMILY = [
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
    "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
    "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
    "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
    "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
    "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
    "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
    "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Okafor", "Mensah", "Osei",
    "Adeyemi", "Nwosu", "Ahmed", "Rahman", "Mahmood", "Iqbal", "Kowalski", "Nowak", "O'Brien", "O'Neill",
    "McDonald", "MacLeod", "Ap Rhys", "Pritchard", "Llewellyn", "Vaughan", "Bowen", "Pugh", "Rees",
]
# How the same name is spelled by different people at different desks.
SPELLINGS = {
    "Jayden": ["Jaden", "Jaydon", "Jadon"], "Mohammed": ["Muhammad", "Mohammad", "Mohamed"],
    "Aisha": ["Ayesha", "Aysha"], "Callum": ["Calum"], "Kieran": ["Kieron", "Ciaran"], "Connor": ["Conor"],
    "Catherine": ["Kathryn", "Katherine"], "Zara": ["Zarah"], "Leah": ["Lea"], "Rhys": ["Reece"],
    "Reece": ["Rhys", "Reese"], "Tyrese": ["Tyreese"], "Isabella": ["Isobel"], "Caitlin": ["Kaitlyn"],
    "Yusuf": ["Yousef", "Yusef"], "Elijah": ["Elija"], "Smith": ["Smyth"], "Thompson": ["Thomson"],
    "Davies": ["Davis"], "Clarke": ["Clark"], "Hussain": ["Hussein"], "Rahman": ["Rehman"],
    "McDonald": ["MacDonald"], "Mahmood": ["Mahmud"], "Griffiths": ["Griffith"], "Matthews": ["Mathews"],
}
NICKNAMES = {
    "William": ["Will", "Bill", "Billy"], "Alexander": ["Alex"], "Thomas": ["Tom", "Tommy"],
    "Samuel": ["Sam", "Sammy"], "Daniel": ["Dan", "Danny"], "Joseph": ["Joe", "Joey"], "James": ["Jim", "Jimmy"],
    "Benjamin": ["Ben"], "Joshua": ["Josh"], "Matthew": ["Matt"], "Michael": ["Mike", "Mikey"],
    "Christopher": ["Chris"], "Nicholas": ["Nick"], "Anthony": ["Tony"], "Robert": ["Rob", "Bob"],
    "Elizabeth": ["Beth", "Liz", "Lizzie"], "Rebecca": ["Becky"], "Abigail": ["Abbie"], "Victoria": ["Vicky"],
    "Catherine": ["Kate", "Cathy"], "Hannah": ["Hanna"], "Frankie": ["Frank"], "Alfie": ["Alf"],
}
LOCAL_AUTHORITIES = ["Milton Keynes", "Slough", "Leeds", "Bradford", "Powys", "Ceredigion", "Reading"]


@dataclass(frozen=True)
class Record:
    truth: int
    given_name: str
    family_name: str
    date_of_birth: date
    nhs_number: str | None = None
    pnc_id: str | None = None
    postcode: str | None = None
    home_local_authority: str | None = None
    variant: str = "original"


def _nhs(rng: random.Random) -> str:
    while True:
        first = "".join(str(rng.randint(0, 9)) for _ in range(9))
        check = nhs_check_digit(first)
        if check is not None:
            return f"{first}{check}"


def _pnc(rng: random.Random, dob: date) -> str:
    year = f"{(dob.year + 14) % 100:02d}"
    serial = f"{rng.randint(1, 9_999_999):07d}"
    return f"{year}/{serial}{pnc_check_letter(year, serial)}"


def _postcode(rng: random.Random) -> str:
    area = rng.choice(["MK", "SL", "LS", "BD", "SA", "LD", "RG"])
    return f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _typo(rng: random.Random, name: str) -> str:
    """One keyboard slip: two letters swapped, one dropped or one doubled (never the first letter)."""
    if len(name) < 5:
        return name + name[-1]
    i = rng.randint(1, len(name) - 2)
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == "drop":
        return name[:i] + name[i + 1:]
    return name[:i] + name[i] + name[i:]


def _slip(rng: random.Random, dob: date) -> date:
    choices = []
    if dob.day <= 12 and dob.day != dob.month:
        choices.append(date(dob.year, dob.day, dob.month))
    choices += [dob + timedelta(days=1), dob - timedelta(days=1)]
    try:
        choices.append(dob.replace(year=dob.year + 1))
    except ValueError:
        pass
    return rng.choice(choices)


def _variant(rng: random.Random, original: Record) -> Record:
    """A second record of the same young person, as typed at another desk."""
    kind = rng.choice(["spelling", "typo", "nickname", "swapped", "hyphen", "dob_slip", "identifier", "case",
                       "spelling_and_dob_slip", "typo_family"])
    given, family, dob = original.given_name, original.family_name, original.date_of_birth
    nhs = original.nhs_number if rng.random() < 0.3 else None
    pnc = original.pnc_id if rng.random() < 0.3 else None
    if kind == "spelling" or kind == "spelling_and_dob_slip":
        if given in SPELLINGS:
            given = rng.choice(SPELLINGS[given])
        elif family in SPELLINGS:
            family = rng.choice(SPELLINGS[family])
        else:
            given = _typo(rng, given)
        if kind == "spelling_and_dob_slip":
            dob = _slip(rng, dob)
    elif kind == "typo":
        given = _typo(rng, given)
    elif kind == "typo_family":
        family = _typo(rng, family)
    elif kind == "nickname":
        given = rng.choice(NICKNAMES[given]) if given in NICKNAMES else given[:1]
    elif kind == "swapped":
        given, family = family, given
    elif kind == "hyphen":
        family = family.split("-")[rng.randint(0, 1)] if "-" in family else f"{family}-{rng.choice(FAMILY)}"
    elif kind == "dob_slip":
        dob = _slip(rng, dob)
    elif kind == "identifier" and not (original.nhs_number or original.pnc_id):
        dob = _slip(rng, dob)
    elif kind == "identifier":
        # Only an identifier in common: another name in use, and another date of birth typed.
        given, family = rng.choice(GIVEN), original.family_name
        dob = dob + timedelta(days=rng.randint(30, 900))
        if original.nhs_number:
            nhs, pnc = original.nhs_number, None
        else:
            nhs, pnc = None, original.pnc_id
    elif kind == "case":
        given, family = given.upper(), family.lower()
    return replace(original, given_name=given, family_name=family, date_of_birth=dob, nhs_number=nhs, pnc_id=pnc,
                   postcode=original.postcode if rng.random() < 0.5 else _postcode(rng), variant=kind)


@dataclass
class Dataset:
    records: list[Record]

    def true_pairs(self) -> set[tuple[int, int]]:
        """Index pairs (into ``records``) of records of one young person."""
        by_truth: dict[int, list[int]] = {}
        for index, record in enumerate(self.records):
            by_truth.setdefault(record.truth, []).append(index)
        return {(a, b) for members in by_truth.values() for i, a in enumerate(members) for b in members[i + 1:]}


def generate(n: int = 1000, seed: int = 6, duplicate_share: float = 0.25) -> Dataset:
    rng = random.Random(seed)
    start = date(2005, 1, 1)
    records: list[Record] = []
    seen: set[tuple[str, str, date]] = set()
    truth = 0
    while len(records) < n:
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        if rng.random() < 0.08:
            family = f"{family}-{rng.choice(FAMILY)}"
        dob = start + timedelta(days=rng.randint(0, 11 * 365))
        if (given, family, dob) in seen:
            continue
        seen.add((given, family, dob))
        truth += 1
        records.append(Record(
            truth=truth, given_name=given, family_name=family, date_of_birth=dob,
            nhs_number=_nhs(rng) if rng.random() < 0.6 else None,
            pnc_id=_pnc(rng, dob) if rng.random() < 0.4 else None,
            postcode=_postcode(rng), home_local_authority=rng.choice(LOCAL_AUTHORITIES)))
    originals = list(records)
    # Planted duplicates.
    for original in rng.sample(originals, int(n * duplicate_share)):
        records.append(_variant(rng, original))
    # Look-alikes that are other young people.
    for original in rng.sample(originals, n // 20):  # twins
        truth += 1
        other_given = rng.choice([g for g in GIVEN if g[0] != original.given_name[0]])
        records.append(replace(original, truth=truth, given_name=other_given, nhs_number=_nhs(rng),
                               pnc_id=None, variant="twin"))
    for original in rng.sample(originals, n // 20):  # same birthday, common family name, other child
        truth += 1
        records.append(Record(truth=truth, given_name=rng.choice([g for g in GIVEN if g[0] != original.given_name[0]]),
                              family_name=original.family_name, date_of_birth=original.date_of_birth,
                              nhs_number=_nhs(rng), postcode=_postcode(rng), variant="same_birthday"))
    for original in rng.sample([o for o in originals if o.nhs_number], n // 50):  # namesakes, other NHS number
        truth += 1
        records.append(replace(original, truth=truth, nhs_number=_nhs(rng), pnc_id=None, postcode=_postcode(rng),
                               variant="namesake_other_nhs"))
    rng.shuffle(records)
    return Dataset(records)


def load(ctx, dataset: Dataset) -> list[int]:
    """Insert the records as people (straight into the table: matching is what is measured); their ids."""
    from casework.store.models import Person

    now = ctx.clock.now()
    with ctx.write() as s:
        people = [Person(given_name=r.given_name, family_name=r.family_name, date_of_birth=r.date_of_birth,
                         nhs_number=r.nhs_number, pnc_id=r.pnc_id, postcode=r.postcode,
                         home_local_authority=r.home_local_authority, created_at=now, updated_at=now)
                  for r in dataset.records]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


@dataclass(frozen=True)
class Figures:
    people: int
    true_pairs: int
    found_pairs: int
    correct_pairs: int
    intake_queries: int
    intake_top_hits: int

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0

    @property
    def intake_recall(self) -> float:
        return self.intake_top_hits / self.intake_queries if self.intake_queries else 1.0


def measure(ctx, actor, dataset: Dataset, ids: list[int], *, intake_sample: int = 200) -> Figures:
    """Precision and recall of the duplicates review; how often intake shows the planted original first."""
    from casework.services import matching

    index_of = {person_id: index for index, person_id in enumerate(ids)}
    truth = dataset.true_pairs()
    found = {tuple(sorted((index_of[p.first.person.id], index_of[p.second.person.id])))
             for p in matching.find_duplicates(ctx, actor, limit=1_000_000)}
    correct = len(found & truth)
    # Intake: type each planted variant in; is a record of the same young person the first match?
    variants = [i for i, r in enumerate(dataset.records) if r.variant not in ("original", "twin", "same_birthday",
                                                                               "namesake_other_nhs")]
    queries = hits = 0
    for index in variants[:intake_sample]:
        record = dataset.records[index]
        found_matches = matching.possible_matches(
            ctx, actor, given_name=record.given_name, family_name=record.family_name,
            date_of_birth=record.date_of_birth, nhs_number=record.nhs_number, pnc_id=record.pnc_id,
            postcode=record.postcode, exclude_person_id=ids[index])
        queries += 1
        if found_matches and dataset.records[index_of[found_matches[0].person.id]].truth == record.truth:
            hits += 1
    return Figures(len(dataset.records), len(truth), len(found), correct, queries, hits)
