"""Realistic synthetic demo data for the three shipped pathways (Act Now, INTACT, A&E Navigator).

``generate`` creates the reference data it needs (sites, teams, demo users; reused when already
there), then bulk-inserts people, contacts, referrals and their event histories in chunks, one
transaction each. Every history follows its pathway's real flow with realistic gaps, stops at the
clock's "now", and passes the pathway's own field declarations. Everything comes from
``random.Random(seed)`` and the injected clock, so one seed and one clock give the same rows
(whatever the chunk size).

Ids are assigned here (from the current maxima) so child rows reference their parents without
round-trips; on PostgreSQL the id sequences are advanced after every chunk. Run it while nobody
else is writing to the database: rows created concurrently could take the ids it planned to use.

Speed (100,000 referrals, about a million events, in well under a minute on SQLite) comes from
three things: the data is made up in plain tuples; a writer thread commits one chunk while the
next is being made (the drivers release the GIL); and the rows reach the driver without
SQLAlchemy's per-value type processing, checked against it (see ``_Inserter``).

The SLA cache is filled as the rows are made: every referral's timers (``sla_timer``), its next
deadline (``referral.next_due_at``), and a breach record for each breached or late timer, older
ones with a worker's reason and a team lead's review. Alerts are left to the sweep.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import queue
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from operator import itemgetter
from typing import Any

import holidays
from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, func, insert, select, text
from sqlalchemy.orm import Session

from .errors import ValidationError
from .identifiers import nhs_check_digit, pnc_check_letter
from .passwords import hash_password
from .pathways import CLOSED_STAGE, Pathway
from .services import audit
from .services.access import require
from .services.actor import Actor
from .services.context import Context
from .services.followups import CHECK_MONTHS, due_date
from .services.people import GENDERS
from .sla import cache as sla_cache
from .sla.engine import EventFact, ReferralFacts, TimerState
from .store.models import (
    Attendance,
    Breach,
    Contact,
    Event,
    FollowUp,
    Intervention,
    InterventionSession,
    Nation,
    Person,
    Programme,
    ProgrammeSession,
    Referral,
    Role,
    Site,
    SiteKind,
    SlaTimer,
    Team,
    User,
)
from .store.types import UTCDateTime
from .timeutil import LONDON, age_on

DEMO_PASSWORD = "demo-password-2026"
CHUNK_REFERRALS = 5_000
HISTORY_DAYS = 730
MAX_REFERRALS = 5_000_000

UTC = timezone.utc
_json_dumps = json.dumps


class _Shared(dict):
    """Event details that many events share (stage moves, closures, single choices, no details).

    They are only read; their JSON is worked out once.
    """

    __slots__ = ("json",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json = json.dumps(self)


_EMPTY = _Shared()


@dataclass
class DemoResult:
    users: list[tuple[str, str, str | None]]
    """(username, role, team) of every demo user, created now or found from an earlier load."""
    password: str
    counts: dict[str, int] = field(default_factory=dict)
    """people, contacts, referrals, events, open, closed added by this load."""


# --- reference data -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _SiteSpec:
    code: str
    name: str
    kind: SiteKind
    local_authority: str
    nation: Nation


SITES: tuple[_SiteSpec, ...] = (
    _SiteSpec("mk-custody", "Milton Keynes custody suite", SiteKind.CUSTODY_SUITE, "Milton Keynes", Nation.ENGLAND),
    _SiteSpec("slough-custody", "Slough custody suite", SiteKind.CUSTODY_SUITE, "Slough", Nation.ENGLAND),
    _SiteSpec("lgi-ed", "Leeds General Infirmary ED", SiteKind.HOSPITAL_ED, "Leeds", Nation.ENGLAND),
    _SiteSpec("bri-ed", "Bradford Royal Infirmary ED", SiteKind.HOSPITAL_ED, "Bradford", Nation.ENGLAND),
    _SiteSpec("crh-ed", "Calderdale Royal Hospital ED", SiteKind.HOSPITAL_ED, "Calderdale", Nation.ENGLAND),
    _SiteSpec("hri-ed", "Huddersfield Royal Infirmary ED", SiteKind.HOSPITAL_ED, "Kirklees", Nation.ENGLAND),
    _SiteSpec("carmarthen", "Carmarthen police station", SiteKind.OFFICE, "Carmarthenshire", Nation.WALES),
    _SiteSpec("aberystwyth", "Aberystwyth police station", SiteKind.OFFICE, "Ceredigion", Nation.WALES),
    _SiteSpec("haverfordwest", "Haverfordwest police station", SiteKind.OFFICE, "Pembrokeshire", Nation.WALES),
    _SiteSpec("newtown", "Newtown police station", SiteKind.OFFICE, "Powys", Nation.WALES),
    _SiteSpec("brecon", "Brecon police station", SiteKind.OFFICE, "Powys", Nation.WALES),
)


@dataclass(frozen=True)
class _TeamSpec:
    name: str
    lead: str
    caseworkers: tuple[str, ...]


TEAMS: tuple[_TeamSpec, ...] = (
    _TeamSpec("YOT Milton Keynes", "Dave Collins", ("Priya Shah", "Tom Bennett", "Aisha Okoro", "Rachel Hughes")),
    _TeamSpec("YOT Slough", "Sunita Gill", ("Marcus Reid", "Hannah Clarke", "Imran Qureshi")),
    _TeamSpec("INTACT Dyfed-Powys", "Catrin Morgan",
              ("Rhian Davies", "Gethin Jones", "Sioned Evans", "Owain Pritchard", "Mark Lewis")),
    _TeamSpec("Leeds A&E Navigators", "Jo Sutcliffe",
              ("Kieran Walsh", "Nadia Hussain", "Femi Adebayo", "Laura Greenwood")),
    _TeamSpec("Bradford A&E Navigators", "Tariq Mahmood", ("Emma Holt", "Bilal Akhtar", "Sophie Barker")),
    _TeamSpec("Calderdale and Huddersfield A&E Navigators", "Gemma Haigh", ("Ryan Booth", "Shazia Iqbal")),
)
MANAGERS: tuple[str, ...] = ("Helen Whitaker",)


def _username(display_name: str) -> str:
    return ".".join(part.lower() for part in display_name.replace("'", "").split())


# --- where referrals come from ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Area:
    pathway: str
    site: str
    team: str
    weight: float
    home: tuple[tuple[str, float], ...]
    """Home local authorities of the young people referred here (weights)."""
    away: tuple[tuple[str, float], ...]
    """Out-of-area home local authorities, used for ``away_share`` of the people."""
    away_share: float
    names: tuple[tuple[str, float], ...]
    """Name groups (weights)."""


_THAMES_AWAY_MK = (("Buckinghamshire", 3), ("Bedford", 3), ("Luton", 2), ("West Northamptonshire", 2),
                   ("Central Bedfordshire", 1))
_THAMES_AWAY_SLOUGH = (("Windsor and Maidenhead", 3), ("Buckinghamshire", 2), ("Reading", 2), ("Wokingham", 1),
                       ("Hillingdon", 2), ("Bracknell Forest", 1))

AREAS: tuple[_Area, ...] = (
    _Area("act_now", "mk-custody", "YOT Milton Keynes", 0.55, (("Milton Keynes", 1),), _THAMES_AWAY_MK, 0.15,
          (("english", 58), ("black", 16), ("pakistani", 6), ("indian", 4), ("eastern_european", 10), ("irish", 6))),
    _Area("act_now", "slough-custody", "YOT Slough", 0.45, (("Slough", 1),), _THAMES_AWAY_SLOUGH, 0.15,
          (("english", 28), ("pakistani", 26), ("sikh", 12), ("indian", 8), ("black", 12),
           ("eastern_european", 14))),
    _Area("intact", "carmarthen", "INTACT Dyfed-Powys", 0.35, (("Carmarthenshire", 1),), (), 0.0,
          (("welsh", 66), ("english", 28), ("eastern_european", 6))),
    _Area("intact", "aberystwyth", "INTACT Dyfed-Powys", 0.15, (("Ceredigion", 1),), (), 0.0,
          (("welsh", 70), ("english", 26), ("eastern_european", 4))),
    _Area("intact", "haverfordwest", "INTACT Dyfed-Powys", 0.25, (("Pembrokeshire", 1),), (), 0.0,
          (("welsh", 60), ("english", 34), ("eastern_european", 6))),
    _Area("intact", "newtown", "INTACT Dyfed-Powys", 0.15, (("Powys", 1),), (), 0.0,
          (("welsh", 58), ("english", 38), ("eastern_european", 4))),
    _Area("intact", "brecon", "INTACT Dyfed-Powys", 0.10, (("Powys", 1),), (), 0.0,
          (("welsh", 58), ("english", 38), ("eastern_european", 4))),
    _Area("ae_navigator", "lgi-ed", "Leeds A&E Navigators", 0.45,
          (("Leeds", 90), ("Wakefield", 5), ("Bradford", 3), ("Kirklees", 2)), (("North Yorkshire", 1),), 0.03,
          (("english", 58), ("black", 14), ("pakistani", 10), ("indian", 4), ("eastern_european", 10), ("irish", 4))),
    _Area("ae_navigator", "bri-ed", "Bradford A&E Navigators", 0.30,
          (("Bradford", 92), ("Leeds", 4), ("Calderdale", 4)), (("North Yorkshire", 1),), 0.02,
          (("pakistani", 50), ("english", 34), ("eastern_european", 8), ("black", 4), ("indian", 4))),
    _Area("ae_navigator", "crh-ed", "Calderdale and Huddersfield A&E Navigators", 0.12,
          (("Calderdale", 90), ("Kirklees", 5), ("Bradford", 5)), (), 0.0,
          (("english", 62), ("pakistani", 30), ("eastern_european", 5), ("black", 3))),
    _Area("ae_navigator", "hri-ed", "Calderdale and Huddersfield A&E Navigators", 0.13,
          (("Kirklees", 92), ("Calderdale", 4), ("Wakefield", 4)), (), 0.0,
          (("english", 56), ("pakistani", 28), ("indian", 6), ("black", 5), ("eastern_european", 5))),
)
PATHWAY_WEIGHTS: tuple[tuple[str, float], ...] = (("act_now", 34), ("intact", 26), ("ae_navigator", 40))

# Postcode districts of each local authority (outward codes).
POSTCODE_DISTRICTS: dict[str, tuple[str, ...]] = {
    "Milton Keynes": ("MK1", "MK2", "MK3", "MK4", "MK5", "MK6", "MK7", "MK8", "MK9", "MK10", "MK11", "MK12",
                      "MK13", "MK14", "MK15", "MK19"),
    "Slough": ("SL1", "SL2", "SL3"),
    "Buckinghamshire": ("HP10", "HP11", "HP12", "HP13", "HP19", "HP20", "HP21", "MK18"),
    "Bedford": ("MK40", "MK41", "MK42", "MK43"),
    "Luton": ("LU1", "LU2", "LU3", "LU4"),
    "West Northamptonshire": ("NN1", "NN2", "NN3", "NN4", "NN5", "NN12"),
    "Central Bedfordshire": ("LU5", "LU6", "LU7", "MK45"),
    "Windsor and Maidenhead": ("SL4", "SL6"),
    "Reading": ("RG1", "RG2", "RG4", "RG30", "RG31"),
    "Wokingham": ("RG40", "RG41", "RG6"),
    "Hillingdon": ("UB3", "UB4", "UB7", "UB8", "UB10"),
    "Bracknell Forest": ("RG12", "RG42"),
    "Leeds": ("LS1", "LS2", "LS4", "LS6", "LS7", "LS8", "LS9", "LS10", "LS11", "LS12", "LS13", "LS14", "LS15",
              "LS17", "LS25", "LS27", "LS28"),
    "Bradford": ("BD1", "BD2", "BD3", "BD4", "BD5", "BD6", "BD7", "BD8", "BD9", "BD10", "BD15", "BD18"),
    "Calderdale": ("HX1", "HX2", "HX3", "HX5", "HX6", "HX7"),
    "Kirklees": ("HD1", "HD2", "HD3", "HD4", "HD5", "HD7", "HD8", "WF12", "WF13"),
    "Wakefield": ("WF1", "WF2", "WF3", "WF4", "WF6", "WF8", "WF10"),
    "North Yorkshire": ("HG1", "HG2", "YO1", "YO10", "BD23"),
    "Carmarthenshire": ("SA14", "SA15", "SA16", "SA17", "SA18", "SA19", "SA31", "SA32", "SA33"),
    "Ceredigion": ("SA43", "SA44", "SA46", "SA48", "SY23", "SY24", "SY25"),
    "Pembrokeshire": ("SA61", "SA62", "SA65", "SA67", "SA70", "SA71", "SA72", "SA73"),
    "Powys": ("LD1", "LD2", "LD3", "LD6", "SY16", "SY18", "SY21", "SY22"),
}
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# --- names -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _NameGroup:
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    family_female: tuple[str, ...] = ()
    """Used instead of ``family`` for girls and women (Kaur)."""


NAMES: dict[str, _NameGroup] = {
    "english": _NameGroup(
        ("Oliver", "Jack", "Harry", "Charlie", "George", "Alfie", "Leo", "Noah", "Jacob", "Thomas", "Oscar",
         "Freddie", "Archie", "Riley", "Mason", "Tyler", "Kai", "Jayden", "Liam", "Callum", "Connor", "Kyle",
         "Reece", "Lewis", "Ethan", "Joshua", "Ryan", "Jordan", "Brandon", "Bradley", "Kieran", "Aaron", "Finley",
         "Logan", "Harvey", "Louie", "Jamie", "Luke", "Ben", "Sam", "Max", "Toby", "Ellis", "Corey", "Declan"),
        ("Olivia", "Amelia", "Isla", "Ava", "Mia", "Lily", "Sophie", "Grace", "Chloe", "Ellie", "Jessica", "Megan",
         "Holly", "Lauren", "Shannon", "Courtney", "Paige", "Jade", "Leah", "Millie", "Evie", "Ruby", "Keira",
         "Amber", "Poppy", "Freya", "Daisy", "Summer", "Tilly", "Lacey", "Kayla", "Libby", "Maisie", "Bethany"),
        ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Johnson", "Walker", "Wright", "Robinson", "Thompson",
         "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson", "Turner", "Hill",
         "Moore", "Cooper", "Ward", "Baker", "Shaw", "Holmes", "Barker", "Hudson", "Fletcher", "Booth",
         "Sutcliffe", "Haigh", "Ackroyd", "Greenwood", "Mitchell", "Carter", "Dixon", "Chapman", "Marshall",
         "Pearson", "Webb", "Lee", "Parker", "Bennett", "Cox", "Ellis", "Rowe", "Stevens", "Knight")),
    "welsh": _NameGroup(
        ("Rhys", "Dylan", "Cai", "Osian", "Gethin", "Ioan", "Tomos", "Elis", "Iestyn", "Harri", "Macsen", "Deio",
         "Aled", "Gruffydd", "Llŷr", "Morgan", "Owain", "Siôn", "Steffan", "Emyr", "Jac", "Tegid", "Guto"),
        ("Carys", "Ffion", "Seren", "Megan", "Cerys", "Lowri", "Nia", "Elin", "Mali", "Alaw", "Gwen", "Sioned",
         "Manon", "Efa", "Erin", "Catrin", "Angharad", "Lleucu", "Mared", "Non", "Heledd", "Enfys", "Tesni"),
        ("Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Lewis", "Hughes", "Morgan", "Griffiths",
         "Owen", "Price", "Jenkins", "Rees", "Lloyd", "Pritchard", "Powell", "Parry", "Bowen", "Vaughan", "Pugh",
         "Prosser", "Howells", "Llewellyn", "Watkins", "Phillips", "Morris", "James", "Richards", "Edwards",
         "ap Rhys", "Gwynne", "Meredith", "Bevan")),
    "pakistani": _NameGroup(
        ("Mohammed", "Muhammad", "Ayaan", "Zain", "Ibrahim", "Hamza", "Yusuf", "Adam", "Bilal", "Imran", "Rehan",
         "Haroon", "Umar", "Ali", "Hassan", "Zakariya", "Musa", "Ismail", "Kashif", "Faisal"),
        ("Aisha", "Fatima", "Maryam", "Zara", "Amira", "Hafsa", "Noor", "Inaya", "Safa", "Khadija", "Hania",
         "Sana", "Iqra", "Mehreen", "Alisha"),
        ("Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Mahmood", "Iqbal", "Rahman", "Aziz", "Nawaz", "Riaz",
         "Shah", "Butt", "Malik", "Rashid", "Qureshi", "Bashir", "Javed")),
    "indian": _NameGroup(
        ("Arjun", "Rohan", "Aarav", "Vikram", "Dev", "Nikhil", "Ravi", "Krish", "Aman", "Sahil", "Jay"),
        ("Priya", "Anaya", "Diya", "Asha", "Meera", "Riya", "Nisha", "Anjali", "Pooja", "Isha"),
        ("Patel", "Shah", "Sharma", "Mistry", "Parmar", "Chauhan", "Joshi", "Desai", "Mehta", "Solanki")),
    "sikh": _NameGroup(
        ("Harpreet", "Gurpreet", "Jaspreet", "Manpreet", "Harjit", "Arjan", "Jasveer", "Karan", "Ravinder",
         "Sukhdeep"),
        ("Simran", "Harleen", "Jasleen", "Navneet", "Amrit", "Gurleen", "Manjit", "Rajveer", "Kiran"),
        ("Singh", "Sandhu", "Gill", "Sidhu", "Dhillon", "Bains", "Johal", "Sahota"),
        ("Kaur", "Sandhu", "Gill", "Dhillon", "Kaur")),
    "black": _NameGroup(
        ("Kwame", "Tyrese", "Malik", "Kofi", "Jermaine", "Dante", "Marcus", "Andre", "Emmanuel", "Daniel",
         "David", "Samuel", "Tobi", "Chidi", "Kai", "Joel", "Isaiah", "Elijah", "Nathaniel", "Reuben"),
        ("Abena", "Shanice", "Chantelle", "Nia", "Amara", "Precious", "Blessing", "Grace", "Jada", "Kiana",
         "Tiana", "Adaeze", "Zuri", "Aaliyah", "Esther"),
        ("Okafor", "Mensah", "Boateng", "Adeyemi", "Campbell", "Francis", "Clarke", "Williams", "Thomas", "Osei",
         "Asante", "Grant", "Brown", "Johnson", "Okoro", "Adebayo", "Reid", "Henry", "Bailey", "Samuels")),
    "eastern_european": _NameGroup(
        ("Jakub", "Filip", "Mateusz", "Oskar", "Kacper", "Szymon", "Luca", "Andrei", "Alexandru", "Dawid",
         "Tomasz", "Ionut", "Matas", "Lukas"),
        ("Zuzanna", "Julia", "Natalia", "Maja", "Alicja", "Ioana", "Wiktoria", "Oliwia", "Emilia", "Gabija"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Popescu", "Ionescu",
         "Kazlauskas", "Horvath", "Novak", "Zielinski")),
    "irish": _NameGroup(
        ("Conor", "Sean", "Cian", "Oisín", "Ciaran", "Patrick", "Darragh", "Eoin", "Niall", "Ronan"),
        ("Aoife", "Niamh", "Siobhan", "Ciara", "Orla", "Róisín", "Saoirse", "Caoimhe", "Erin", "Shauna"),
        ("Murphy", "O'Brien", "Kelly", "Byrne", "O'Connor", "Doyle", "McCarthy", "O'Neill", "Quinn", "Gallagher",
         "Brennan", "Walsh", "Ryan", "Kavanagh")),
}

# --- what the flows write ----------------------------------------------------------------------------

OFFENCES = (
    ("Possession of a bladed article in a public place", 40),
    ("Possession of an offensive weapon in a public place", 14),
    ("Possession of a bladed article on school premises", 9),
    ("Threatening a person with a bladed article", 10),
    ("Robbery with a knife", 12),
    ("Wounding with intent (knife)", 5),
    ("Assault occasioning actual bodily harm (knife)", 6),
    ("Affray (knife produced)", 4),
)
RELEASE_TYPES = (("released_under_investigation", 40), ("bail", 24), ("charged_and_bailed", 20),
                 ("no_further_action", 11), ("remanded", 5))
VISIT_OUTCOMES = (("engaged", 72), ("declined", 16), ("not_seen", 12))
MEETING_LOCATIONS = (("home", 55), ("office", 24), ("school", 6), ("custody_suite", 5), ("other", 10))
DISENGAGED_REASONS = (
    "Did not attend three planned appointments",
    "Family declined further contact",
    "Young person refused to engage",
    "No response to calls, texts or home visits",
    "Young person said they did not want support",
)
ACT_NOW_NOTES = (
    "Home visit: young person and mother present; talked through the consequences of carrying a knife.",
    "Weekly session at the YOT office: knife crime awareness and decision making.",
    "School liaison: spoke to the head of year about attendance and support.",
    "Session on peer pressure and safe routes home; young person engaged well.",
    "Phone call with parent; arranged next session.",
    "Reviewed progress with the young person; agreed goals for the next month.",
)
INTACT_AGENCIES: dict[str, tuple[str, ...]] = {
    "Carmarthenshire": ("Carmarthenshire County Council education", "Carmarthenshire children's services",
                        "Carmarthenshire Youth Justice Service", "Hywel Dda University Health Board",
                        "School community police officer", "Neighbourhood policing team, Llanelli"),
    "Ceredigion": ("Ceredigion County Council education", "Ceredigion children's services",
                   "Hywel Dda University Health Board", "School community police officer",
                   "Neighbourhood policing team, Aberystwyth"),
    "Pembrokeshire": ("Pembrokeshire County Council education", "Pembrokeshire children's services",
                      "Pembrokeshire Youth Justice Service", "Hywel Dda University Health Board",
                      "School community police officer", "Neighbourhood policing team, Haverfordwest"),
    "Powys": ("Powys County Council education", "Powys children's services", "Powys Youth Justice Service",
              "Powys Teaching Health Board", "School community police officer",
              "Neighbourhood policing team, Newtown"),
}
INTACT_CONCERNS = (
    "Found with a bladed article at school",
    "Suspected county lines involvement",
    "Associating with older peers involved in drug supply",
    "Involved in a group assault",
    "Repeated missing from home episodes",
    "Threats of violence on social media",
    "Suspected criminal exploitation",
    "Found with a knife in a park",
    "Carrying a weapon for protection",
    "Anti-social behaviour escalating to violence",
)
GROUP_PROGRAMMES = ("Boxing club", "Football sessions", "Rugby sessions", "Mentoring group",
                    "Outdoor activity programme", "Fire cadets")
ONE_TO_ONE = ("1-2-1 session", "1-2-1 session with parents", "1-2-1 session at school")
MISSED_REASONS = ("Did not attend", "Unwell", "Family holiday", "No transport", "Clashed with a school trip",
                  "Forgot; rearranged")
INTACT_NOTES = (
    "Spoke to the school; attendance improving.",
    "Parents updated on progress by phone.",
    "Police systems checked: no further police contact since the referral.",
    "Discussed at the multi-agency meeting.",
)
INJURIES = (("assault_punch_kick", 45), ("stab_wound", 22), ("blunt_force", 20), ("other", 12), ("gunshot", 1))
ISSUES = (("exploitation", 0.18), ("mental_health", 0.30), ("substance_use", 0.25), ("housing", 0.08),
          ("domestic_abuse", 0.12), ("education", 0.16))
DECLINED_REASONS = ("Did not want to talk", "Wanted to go home", "Already has a worker", "Parent declined",
                    "Said the injury was an accident")
AFTERCARE_LOCATIONS = (("home", 30), ("community_venue", 28), ("phone", 20), ("school", 10), ("hospital", 5),
                       ("other", 7))
ONWARD_SERVICES = ("Community caseworker (VRP)", "CAMHS", "Substance use service", "Youth Justice Service",
                   "Housing options", "Child criminal exploitation service", "Careers and education support",
                   "Domestic abuse service", "Sports mentoring programme")
AE_NOTES = (
    "Texted to confirm the aftercare appointment.",
    "Spoke to mum; young person sleeping a lot since the assault.",
    "Safety plan agreed for getting to college.",
    "Checked in by phone; no new concerns.",
)
CONTACT_RELATIONS = (
    # relationship, weight, parent/carer, gender of the contact's name, shares the child's family name
    ("mother", 62, True, "female", 0.7),
    ("father", 30, True, "male", 0.95),
    ("stepfather", 5, True, "male", 0.2),
    ("stepmother", 3, True, "female", 0.2),
    ("grandmother", 9, True, "female", 0.6),
    ("grandfather", 3, True, "male", 0.6),
    ("aunt", 5, True, "female", 0.4),
    ("foster carer", 5, True, "female", 0.0),
    ("social worker", 8, False, "female", 0.0),
    ("older brother", 4, False, "male", 1.0),
    ("older sister", 4, False, "female", 1.0),
)

GENDER_WEIGHTS: dict[str, tuple[tuple[str, float], ...]] = {
    "act_now": (("male", 85), ("female", 13), ("non_binary", 1), ("not_known", 1)),
    "intact": (("male", 70), ("female", 28), ("non_binary", 1), ("prefer_not_to_say", 1)),
    "ae_navigator": (("male", 76), ("female", 22), ("non_binary", 1), ("not_known", 1)),
}
# Ages at referral: knife arrests peak at 15-17, INTACT referrals at 12-16, ED violence at 16-22.
# Ages a pathway file allows but these do not mention get weight 5.
AGE_WEIGHTS: dict[str, dict[int, float]] = {
    "act_now": {10: 1, 11: 2, 12: 4, 13: 8, 14: 14, 15: 20, 16: 25, 17: 26},
    "intact": {8: 1, 9: 2, 10: 4, 11: 7, 12: 11, 13: 15, 14: 17, 15: 16, 16: 14, 17: 10},
    "ae_navigator": {11: 1, 12: 2, 13: 4, 14: 6, 15: 9, 16: 11, 17: 12, 18: 12, 19: 11, 20: 10, 21: 9, 22: 8,
                     23: 7, 24: 6},
}
# Who has a PNC ID (everyone arrested gets one) and whose NHS number the referral carries (EDs record it).
PNC_SHARE = {"act_now": 0.92, "intact": 0.3, "ae_navigator": 0.22}
NHS_SHARE = {"act_now": 0.2, "intact": 0.25, "ae_navigator": 0.95}

# Event kinds and detail fields the generator writes, checked against the loaded pathways first so
# an area's edited pathway file that no longer fits fails with a clear message, not bad rows.
_WRITES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "act_now": {
        "custody_notified": {"offence": (), "custody_reference": ()},
        "custody_attended": {"outcome_of_visit": tuple(v for v, _ in VISIT_OUTCOMES)},
        "released_from_custody": {"release_type": tuple(v for v, _ in RELEASE_TYPES)},
        "parent_meeting_held": {"attendees": (), "location": tuple(v for v, _ in MEETING_LOCATIONS)},
        "mash_referral_sent": {"mash": (), "reference": ()},
        "disengaged": {"reason": ()},
    },
    "intact": {
        "marf_received": {"referring_agency": (), "concerns": (), "low_level": (), "risk_of_serious_violence": (),
                          "consent": ()},
        "triage_decision": {"threshold_met": (), "destination": ("intact_team", "other_services",
                                                                 "no_further_action")},
        "assessment_completed": {},
        "intervention_chosen": {"type": ("one_to_one", "group"), "programme": ()},
        "session_attended": {"programme": ()},
        "session_missed": {"programme": (), "reason": ()},
    },
    "ae_navigator": {
        "ed_attendance": {"injury_type": tuple(v for v, _ in INJURIES),
                          "presenting_issues": ("violence",) + tuple(v for v, _ in ISSUES),
                          "known_to_services": (), "previous_attendances": ()},
        "engaged_in_ed": {},
        "declined": {"reason": ()},
        "discharged": {},
        "aftercare_appointment_held": {"location": tuple(v for v, _ in AFTERCARE_LOCATIONS)},
        "onward_referral": {"to_service": ()},
    },
}
_COMMON_WRITES = {"note": {}, "assigned": {"to_user": (), "from_user": ()},
                  "stage_moved": {"from_stage": (), "to_stage": ()}, "closed": {"outcome": ()}}
_SOURCES = {"act_now": "custody", "intact": "marf", "ae_navigator": "emergency_department"}
_OUTCOMES = {
    "act_now": ("completed", "disengaged_criminal_justice", "moved_away", "referred_on", "declined",
                "no_further_action"),
    "intact": ("completed", "no_further_police_contact", "disengaged", "moved_away", "referred_on", "declined",
               "not_accepted"),
    "ae_navigator": ("completed", "referred_on", "declined", "disengaged", "moved_away", "no_further_action"),
}


def _check_pathways(pathways: dict[str, Pathway]) -> None:
    """Refuse, with a clear message, pathway files the generator's flows no longer fit."""
    unknown = sorted({g for weights in GENDER_WEIGHTS.values() for g, _ in weights} - set(GENDERS))
    if unknown:
        raise AssertionError(f"demo genders {unknown} are not among casework.services.people.GENDERS")
    for pathway_id, kinds in _WRITES.items():
        pathway = pathways[pathway_id]
        source = _SOURCES[pathway_id]
        if source not in pathway.sources:
            raise ValidationError("pathway", "demo_incompatible",
                                  f"{pathway.label} no longer takes {source} referrals; demo data cannot be made")
        for kind_id, writes in {**_COMMON_WRITES, **kinds}.items():
            kind = pathway.event_kind(kind_id)
            if kind is None:
                raise ValidationError("pathway", "demo_incompatible",
                                      f"{pathway.label} has no event kind {kind_id!r}; demo data cannot be made")
            for name, values in writes.items():
                spec = kind.field(name)
                if spec is None or any(v not in spec.options for v in values):
                    raise ValidationError("pathway", "demo_incompatible",
                                          f"{pathway.label}: {kind_id}.{name} does not match the demo generator")
        missing = [o for o in _OUTCOMES[pathway_id] if o not in pathway.outcomes]
        if missing:
            raise ValidationError("pathway", "demo_incompatible",
                                  f"{pathway.label} has no outcome {missing[0]!r}; demo data cannot be made")


# --- small helpers ------------------------------------------------------------------------------------
#
# Inside the generator every instant is a *naive* datetime in UTC: arithmetic on them is the same,
# and formatting them is half the cost of aware ones. They get their zone back at the database
# boundary (see _Inserter).

_HOUR = timedelta(hours=1)
_EPOCH = datetime(2000, 1, 1)


def _pick(rng: random.Random, items: Sequence[Any]) -> Any:
    return items[int(rng.random() * len(items))]


class _Weighted:
    """A weighted choice with precomputed cumulative weights (faster than ``Random.choices``)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _minutes(value: float) -> timedelta:
    return timedelta(minutes=int(value))


def _hours(value: float) -> timedelta:
    return timedelta(minutes=int(value * 60))


def _days(value: float) -> timedelta:
    return timedelta(minutes=int(value * 1440))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class _London:
    """Europe/London for naive UTC instants, with the zone's offset cached per hour."""

    def __init__(self) -> None:
        self._from_utc: dict[int, timedelta] = {}
        self._from_local: dict[int, timedelta] = {}

    def local(self, at: datetime) -> datetime:
        """The naive wall-clock time in London of the naive UTC instant ``at``."""
        key = (at - _EPOCH) // _HOUR
        offset = self._from_utc.get(key)
        if offset is None:
            offset = self._from_utc[key] = at.replace(tzinfo=UTC).astimezone(LONDON).utcoffset()
        return at + offset

    def utc(self, day: date, minute_of_day: int) -> datetime:
        """The naive UTC instant of a London wall-clock minute (as zoneinfo reads it, fold 0)."""
        hour, minute = divmod(minute_of_day, 60)
        key = day.toordinal() * 24 + hour
        offset = self._from_local.get(key)
        if offset is None:
            offset = self._from_local[key] = datetime(day.year, day.month, day.day, hour, tzinfo=LONDON).utcoffset()
        return datetime(day.year, day.month, day.day, hour, minute) - offset


@dataclass
class _Staff:
    team_id: int
    team: str
    workers: list[tuple[int, str]]
    """Assignable users, (id, username): the caseworkers, or the team lead when there are none."""
    lead: tuple[int, str] | None


@dataclass
class _Reference:
    site_ids: dict[str, int]
    site_la: dict[str, str]
    staff: dict[str, _Staff]
    users: list[tuple[str, str, str | None]]
    created: dict[str, list[str]]


_MOVES: dict[tuple[str, str], _Shared] = {}
_CLOSES: dict[str, _Shared] = {}


class _Case:
    """One referral's history while it is being made up: [at, kind, details, note] in time order.

    Details that recur (stage moves, closures, single choices) are shared dicts: they are only read.
    """

    __slots__ = ("moves", "stage", "events")

    def __init__(self, moves: dict[str, tuple[str, ...]], stage: str) -> None:
        self.moves = moves
        self.stage = stage
        self.events: list[list[Any]] = []

    def add(self, at: datetime, kind: str, details: dict[str, Any] = _EMPTY, note: str | None = None) -> None:
        self.events.append([at, kind, details, note])

    def move(self, at: datetime, to_stage: str) -> None:
        if to_stage not in self.moves.get(self.stage, ()):
            raise AssertionError(f"demo flow moves {self.stage} -> {to_stage}, which the pathway does not allow")
        key = (self.stage, to_stage)
        details = _MOVES.get(key)
        if details is None:
            details = _MOVES[key] = _Shared(from_stage=self.stage, to_stage=to_stage)
        self.events.append([at, "stage_moved", details, None])
        self.stage = to_stage

    def close(self, at: datetime, outcome: str) -> None:
        details = _CLOSES.get(outcome)
        if details is None:
            details = _CLOSES[outcome] = _Shared(outcome=outcome)
        self.events.append([at, "closed", details, None])


def _shared(field_name: str, values: Sequence[str]) -> dict[str, _Shared]:
    return {value: _Shared({field_name: value}) for value in values}


_VISIT = _shared("outcome_of_visit", [v for v, _ in VISIT_OUTCOMES])
_RELEASE = _shared("release_type", [v for v, _ in RELEASE_TYPES])
_AFTERCARE = _shared("location", [v for v, _ in AFTERCARE_LOCATIONS])
_ASSIGNED = "assigned"


# --- the generator --------------------------------------------------------------------------------------

@dataclass
class _PlannedPerson:
    row: dict[str, Any]
    contacts: list[tuple[str, str, str | None, bool]]
    """(name, relationship, phone, is_parent_carer)"""
    id: int | None = None
    carer_ids: list[int] = field(default_factory=list)
    """Ids of the parent/carer contacts, once written (for who came to a session)."""


# A planned referral: (received_at, tiebreak, pathway id, area, person)
_Planned = tuple[datetime, int, str, _Area, _PlannedPerson]


class _Generator:
    def __init__(self, rng: random.Random, now: datetime, pathways: dict[str, Pathway], ref: _Reference,
                 used_nhs: set[str], used_pnc: set[str], outcomes: _Outcomes | None = None) -> None:
        self.rng = rng
        self.outcomes = outcomes or _Outcomes(random.Random(0), now, pathways, {})
        self.now = now  # naive UTC
        self.london = _London()
        self.pathways = pathways
        self.ref = ref
        self.used_nhs = used_nhs
        self.used_pnc = used_pnc
        self.moves = {pid: {s.id: s.next for s in p.stages} for pid, p in pathways.items()}
        self.pick_pathway = _Weighted(PATHWAY_WEIGHTS)
        self.pick_area = {pid: _Weighted([(a, a.weight) for a in AREAS if a.pathway == pid])
                          for pid, _ in PATHWAY_WEIGHTS}
        self.area_home = {a.site: _Weighted(a.home) for a in AREAS}
        self.area_away = {a.site: _Weighted(a.away) for a in AREAS if a.away}
        self.area_names = {a.site: _Weighted(a.names) for a in AREAS}
        self.pick_offence = _Weighted(OFFENCES)
        self.pick_release = _Weighted(RELEASE_TYPES)
        self.pick_visit = _Weighted(VISIT_OUTCOMES)
        self.pick_meeting = _Weighted(MEETING_LOCATIONS)
        self.pick_injury = _Weighted(INJURIES)
        self.pick_aftercare = _Weighted(AFTERCARE_LOCATIONS)
        self.pick_relation = _Weighted([(r, r[1]) for r in CONTACT_RELATIONS])
        self.pick_gender = {pid: _Weighted(weights) for pid, weights in GENDER_WEIGHTS.items()}
        self.pick_age = {pid: _Weighted([(a, AGE_WEIGHTS[pid].get(a, 5)) for a in range(p.age_min, p.age_max + 1)])
                         for pid, p in pathways.items()}
        self.flows = {"act_now": self.act_now, "intact": self.intact, "ae_navigator": self.ae_navigator}
        years = range(now.year - 4, now.year + 2)
        self.wales_holidays = set(holidays.country_holidays("GB", subdiv="WLS", years=years))
        self.england_holidays = set(holidays.country_holidays("GB", subdiv="ENG", years=years))
        self.tiebreak = itertools.count(1)

    # -- planning: who is referred where and when ----------------------------------------------------

    def _received(self, pathway_id: str) -> datetime:
        rng = self.rng
        now = self.now
        earliest = now - timedelta(days=HISTORY_DAYS)
        while True:
            # Volumes grow towards the present: a third spread evenly, the rest weighted to recent months.
            if rng.random() < 0.35:
                days_ago = rng.random() * HISTORY_DAYS
            else:
                days_ago = HISTORY_DAYS * (1 - rng.random() ** 0.5)
            day = self.london.local(now - timedelta(days=days_ago)).date()
            if pathway_id == "act_now":
                # Arrests and custody notifications come at any hour, most in the afternoon and evening.
                minute = int(_CUSTODY_HOURS(rng) * 60 + rng.random() * 60)
            elif pathway_id == "intact":
                while day.weekday() >= 5 or day in self.wales_holidays:
                    day -= timedelta(days=1)
                minute = int(8.5 * 60 + rng.random() * 8.5 * 60)
            elif rng.random() < 0.7:
                # Most attendances the navigators take on are in their service hours (weekdays) ...
                while day.weekday() >= 5 or day in self.england_holidays:
                    day -= timedelta(days=1)
                minute = int(9 * 60 + rng.random() * 8 * 60)
            else:
                # ... the rest are evening and night attendances they hear about afterwards.
                minute = int(_ED_EVENING_HOURS(rng) * 60 + rng.random() * 60)
            at = self.london.utc(day, minute)
            if earliest <= at <= now:
                return at

    def _dob(self, pathway_id: str, received: datetime) -> date:
        """A date of birth giving an age in the pathway's range on the (London) day of referral."""
        on = self.london.local(received).date()
        age = self.pick_age[pathway_id](self.rng)
        latest = _years_before(on, age)
        earliest = _years_before(on, age + 1) + timedelta(days=1)
        return earliest + timedelta(days=int(self.rng.random() * ((latest - earliest).days + 1)))

    def _postcode(self, la: str) -> str:
        rng = self.rng
        letters = _INWARD_LETTERS
        district = _pick(rng, POSTCODE_DISTRICTS[la])
        return f"{district} {1 + int(rng.random() * 9)}{_pick(rng, letters)}{_pick(rng, letters)}"

    def _nhs(self) -> str:
        rng = self.rng
        while True:
            first = f"999{int(rng.random() * 1_000_000):06d}"
            check = nhs_check_digit(first)
            if check is None:
                continue
            number = f"{first}{check}"
            if number not in self.used_nhs:
                self.used_nhs.add(number)
                return number

    def _pnc(self, year: int) -> str:
        rng = self.rng
        yy = f"{year % 100:02d}"
        while True:
            serial = f"{1 + int(rng.random() * 9_999_999):07d}"
            pnc = f"{yy}/{serial}{pnc_check_letter(yy, serial)}"
            if pnc not in self.used_pnc:
                self.used_pnc.add(pnc)
                return pnc

    def _name(self, group: str, gender: str) -> tuple[str, str]:
        rng = self.rng
        names = NAMES[group]
        female = gender == "female" or (gender not in ("male", "female") and rng.random() < 0.5)
        given = _pick(rng, names.female if female else names.male)
        family = _pick(rng, names.family_female if female and names.family_female else names.family)
        return given, family

    def _person(self, pathway_id: str, area: _Area, received: datetime) -> _PlannedPerson:
        rng = self.rng
        group = self.area_names[area.site](rng)
        gender = self.pick_gender[pathway_id](rng)
        given, family = self._name(group, gender)
        if area.away and rng.random() < area.away_share:
            home = self.area_away[area.site](rng)
        else:
            home = self.area_home[area.site](rng)
        dob = self._dob(pathway_id, received)
        year = self.london.local(received).year
        pnc = None
        if rng.random() < PNC_SHARE[pathway_id]:
            # Most got their PNC record with this arrest or contact; some had one already.
            first_year = year if rng.random() < 0.7 else max(dob.year + 10, year - 1 - int(rng.random() * 3))
            pnc = self._pnc(min(first_year, year))
        nhs = self._nhs() if rng.random() < NHS_SHARE[pathway_id] else None
        row = {"given_name": given, "family_name": family, "date_of_birth": dob, "gender": gender,
               "home_local_authority": home, "postcode": self._postcode(home) if rng.random() < 0.93 else None,
               "pnc_id": pnc, "nhs_number": nhs}
        contacts = []
        r = rng.random()
        count = 0 if r < 0.04 else (1 if r < 0.52 else (2 if r < 0.9 else 3))
        seen: list[str] = []
        for _ in range(count):
            relation, _weight, parent, contact_gender, shares = self.pick_relation(rng)
            if relation in seen:
                continue
            seen.append(relation)
            c_given, c_family = self._name(group, contact_gender)
            if rng.random() < shares and not (NAMES[group].family_female and contact_gender == "female"):
                c_family = family
            phone = f"07700 900{int(rng.random() * 1000):03d}" if rng.random() < 0.95 else None
            contacts.append((f"{c_given} {c_family}", relation, phone, parent))
        return _PlannedPerson(row, contacts)

    def plan(self, total: int, people: int | None = None) -> list[_Planned]:
        """Every referral to make, in received order.

        By default most young people are referred once (88.5%), some two or three times. With
        ``people``, the referrals are shared among that many young people instead (a service's
        records over many years, where the same young people come back): the number each one gets
        is drawn, geometrically, around what is still left to share, so the totals come out exact.
        """
        rng = self.rng
        planned: list[_Planned] = []
        made: list[tuple[str, _Area, _PlannedPerson, list[datetime]]] = []
        while len(planned) < total:
            left = total - len(planned)
            if people is None:
                r = rng.random()
                wanted = min(1 if r < 0.885 else (2 if r < 0.97 else 3), left)
            elif len(made) >= people:
                # Everybody exists: the rest are further referrals of people already known.
                pathway_id, area, person, taken = made[int(rng.random() * len(made))]
                found = self._again(person, pathway_id, area, [self._received(pathway_id)], taken)
                planned.extend(found)
                continue
            else:
                mean = left / (people - len(made))
                wanted = 1 if mean <= 1 else 1 + int(math.log(1 - rng.random()) / math.log(1 - 1 / mean))
                wanted = min(wanted, left)
            pathway_id = self.pick_pathway(rng)
            area = self.pick_area[pathway_id](rng)
            times = sorted(self._received(pathway_id) for _ in range(wanted))
            person = self._person(pathway_id, area, times[0])
            taken = [times[0]]
            if people is not None:
                made.append((pathway_id, area, person, taken))
            planned.append((times[0], next(self.tiebreak), pathway_id, area, person))
            planned.extend(self._again(person, pathway_id, area, times[1:], taken))
        planned.sort(key=itemgetter(0, 1))
        return planned

    def _again(self, person: _PlannedPerson, pathway_id: str, area: _Area, times: list[datetime],
               taken: list[datetime]) -> list[_Planned]:
        """Further referrals of ``person`` at ``times``: none within 21 days of another, each to a
        pathway that takes the young person's age then (sometimes another programme)."""
        rng = self.rng
        found: list[_Planned] = []
        for at in times:
            if any(abs(at - other) < timedelta(days=21) for other in taken):
                continue
            taken.append(at)
            target = pathway_id
            if rng.random() < 0.3:
                # Young people turn up in more than one programme: arrested, or in an ED.
                target = "ae_navigator" if pathway_id != "ae_navigator" else "act_now"
            age = age_on(person.row["date_of_birth"], self.london.local(at).date())
            for candidate in (target, pathway_id):
                p = self.pathways[candidate]
                if p.age_min <= age <= p.age_max:
                    break
            else:
                continue
            same = candidate == pathway_id and rng.random() < 0.9
            found.append((at, next(self.tiebreak), candidate, area if same else self.pick_area[candidate](rng),
                          person))
        return found

    # -- the pathways' flows ------------------------------------------------------------------------

    def _daytime(self, at: datetime, start: int = 9 * 60, end: int = 20 * 60,
                 earliest: datetime | None = None) -> datetime:
        """``at`` if it falls between start and end (London minutes of the day), else the next such morning,
        or, when given ``earliest``, the evening before if that is not before ``earliest``."""
        local = self.london.local(at)
        minute = local.hour * 60 + local.minute
        if start <= minute < end:
            return at
        day = local.date()
        if earliest is not None:
            evening = self.london.utc(day if minute >= end else day - timedelta(days=1),
                                      end - 1 - int(self.rng.random() * 150))
            if evening >= earliest:
                return evening
        return self.london.utc(day if minute < start else day + timedelta(days=1),
                               start + int(self.rng.random() * 150))

    def _service_opens(self, at: datetime) -> datetime:
        """09:00 on the first weekday (England) that has not yet reached it at ``at``."""
        local = self.london.local(at)
        day = local.date() if local.hour < 9 else local.date() + timedelta(days=1)
        while day.weekday() >= 5 or day in self.england_holidays:
            day += timedelta(days=1)
        return self.london.utc(day, 9 * 60)

    def _working_day(self, at: datetime, days: int) -> datetime:
        """A time in office hours (09:00-17:00) ``days`` working days (Wales) after ``at``, never before it."""
        day = self.london.local(at).date()
        while days > 0:
            day += timedelta(days=1)
            if day.weekday() < 5 and day not in self.wales_holidays:
                days -= 1
        result = self.london.utc(day, 9 * 60 + int(self.rng.random() * 480))
        return result if result > at else at + _minutes(10 + self.rng.random() * 80)

    def act_now(self, case: _Case, received: datetime, person: _PlannedPerson, area: _Area) -> None:
        rng = self.rng
        home = person.row["home_local_authority"]
        yy = f"{self.london.local(received).year % 100:02d}"
        prefix = "MK" if area.site == "mk-custody" else "SL"
        reference = f"{prefix}/{1 + int(rng.random() * 99998):05d}/{yy}"
        case.add(received, "custody_notified", {"offence": self.pick_offence(rng), "custody_reference": reference})
        case.add(received, _ASSIGNED, None)  # the worker is filled in by build()
        # Attended within 90 minutes of the notification, mostly; sometimes later.
        r = rng.random()
        attend = 25 + rng.random() * 65 if r < 0.82 else (90 + rng.random() * 60 if r < 0.96 else
                                                          150 + rng.random() * 210)
        t = received + _minutes(attend)
        visit = self.pick_visit(rng)
        case.add(t, "custody_attended", _VISIT[visit])
        seen_at = t
        t = t + _hours(1.5 + rng.random() ** 1.6 * 20)
        case.add(t, "released_from_custody", _RELEASE[self.pick_release(rng)])
        released = t
        if home not in self.pathways["act_now"].service_area:
            # Seen in custody; safeguarding then goes to the home authority's MASH.
            mash_at = seen_at + _hours(0.5 + rng.random() * 20 if rng.random() < 0.9 else 24 + rng.random() * 24)
            reference = f"MASH-{10000 + int(rng.random() * 89999)}"
            case.add(mash_at, "mash_referral_sent", {"mash": home, "reference": reference})
            # The YOT still meets the parents or carers before handing over, mostly within 48 hours.
            delay = 3 + rng.random() * 40 if rng.random() < 0.88 else 48 + rng.random() * 48
            met = self._daytime(released + _hours(delay), earliest=released + _hours(2))
            case.add(met, "parent_meeting_held", {"attendees": self._attendees(person), "location": self.pick_meeting(rng)})
            end = max(mash_at, met) + _days(1 + rng.random() * 9)
            case.close(end, "referred_on" if rng.random() < 0.88 else "no_further_action")
            return
        # The parent/carer meeting, within 48 hours of release (mostly).
        if rng.random() < {"engaged": 0.93, "declined": 0.55, "not_seen": 0.72}[visit]:
            delay = 3 + rng.random() * 44.5 if rng.random() < 0.86 else 48 + rng.random() * 72
            t = self._daytime(released + _hours(delay), earliest=released + _hours(2))
            case.add(t, "parent_meeting_held",
                     {"attendees": self._attendees(person), "location": self.pick_meeting(rng)})
            case.move(t, "engagement")
        else:
            t = self._daytime(released + _days(2 + rng.random() * 3))
            case.add(t, "disengaged", {"reason": "Family did not respond to contact"})
            case.move(t, "criminal_justice")
            if rng.random() < 0.8:
                case.close(t + _days(7 + rng.random() * 23),
                           "declined" if visit == "declined" else "disengaged_criminal_justice")
                return
            t = self._daytime(t + _days(10 + rng.random() * 30))
            case.add(t, "note", _EMPTY, "Family got back in touch after the court date; agreed to meet.")
            case.move(t, "engagement")
        # Engaging the family, then the intervention.
        t = self._daytime(t + _days(3 + rng.random() * 11))
        r = rng.random()
        if r < 0.08:
            case.close(t, "moved_away" if rng.random() < 0.5 else "declined")
            return
        if r < 0.22:
            case.add(t, "disengaged", {"reason": _pick(rng, DISENGAGED_REASONS)})
            case.move(t, "criminal_justice")
            case.close(t + _days(14 + rng.random() * 46), "disengaged_criminal_justice")
            return
        case.move(t, "intervention")
        rounds = 1 if rng.random() < 0.7 else 2
        for round_no in range(rounds):
            weeks = 4 + rng.random() * 8
            for _ in range(int(rng.random() * 3)):
                case.add(self._daytime(t + _days(rng.random() * weeks * 7 * 0.9)), "note", _EMPTY,
                         _pick(rng, ACT_NOW_NOTES))
            t = self._daytime(t + _days(weeks * 7))
            if rng.random() < 0.1:
                case.add(t, "disengaged", {"reason": _pick(rng, DISENGAGED_REASONS)})
                case.move(t, "criminal_justice")
                case.close(t + _days(14 + rng.random() * 30), "disengaged_criminal_justice")
                return
            # The regular multi-agency meeting reviews the young person.
            case.move(t, "review")
            t = t + _days(1 + rng.random() * 13)
            if round_no + 1 < rounds:
                case.move(t, "intervention")
        r = rng.random()
        case.close(t, "completed" if r < 0.8 else ("referred_on" if r < 0.95 else "no_further_action"))

    def _attendees(self, person: _PlannedPerson) -> str:
        rng = self.rng
        who = [f"{name} ({relation})" for name, relation, _phone, parent in person.contacts
               if parent and rng.random() < 0.85][:2]
        if not who:
            return "Young person only"
        return ", ".join(who) + ("" if rng.random() < 0.12 else ", young person")

    def intact(self, case: _Case, received: datetime, person: _PlannedPerson, area: _Area) -> None:
        rng = self.rng
        county = self.ref.site_la[area.site]
        met = rng.random() < 0.64
        case.add(received, "marf_received", {
            "referring_agency": _pick(rng, INTACT_AGENCIES.get(county, INTACT_AGENCIES["Powys"])),
            "concerns": _pick(rng, INTACT_CONCERNS),
            "low_level": met or rng.random() < 0.4,
            "risk_of_serious_violence": rng.random() < (0.75 if met else 0.4),
            "consent": rng.random() < (0.92 if met else 0.6),
        })
        case.add(received, _ASSIGNED, None)
        # Triage by the Vulnerability Unit within a few working days.
        r = rng.random()
        days = 1 if r < 0.45 else (2 if r < 0.75 else (3 if r < 0.88 else 4 + int(rng.random() * 3)))
        t = self._working_day(received, days)
        while not met:
            destination = "other_services" if rng.random() < 0.7 else "no_further_action"
            case.add(t, "triage_decision", {"threshold_met": False, "destination": destination})
            case.move(t, "signposted")
            if rng.random() < 0.05:
                # New information from the referrer: triaged again.
                t = self._working_day(t, 5 + int(rng.random() * 20))
                case.add(t, "note", _EMPTY, "Further information received from the referrer; triaged again.")
                case.move(t, "triage")
                t = self._working_day(t, 1 + int(rng.random() * 3))
                met = True
                break
            case.close(self._working_day(t, int(rng.random() * 3)),
                       "referred_on" if destination == "other_services" and rng.random() < 0.6 else "not_accepted")
            return
        case.add(t, "triage_decision", {"threshold_met": True, "destination": "intact_team"})
        case.move(t, "assessment")
        t = self._working_day(t, 2 + int(rng.random() ** 1.6 * 11))  # assessed within 10 working days, mostly
        if rng.random() < 0.08:
            case.move(t, "signposted")
            case.close(t, "declined")
            return
        case.add(t, "assessment_completed")
        if rng.random() < 0.45:
            programme = _pick(rng, GROUP_PROGRAMMES)
            details = {"type": "group", "programme": programme}
        else:
            programme = None
            details = {"type": "one_to_one"}
        t = self._working_day(t, int(rng.random() * 3))
        case.add(t, "intervention_chosen", details)
        case.move(t, "intervention")
        attend_rate = 0.55 + rng.random() * 0.42
        blocks = 1 if rng.random() < 0.9 else 2
        for block in range(blocks):
            missed_in_row = 0
            for _ in range(4 + int(rng.random() * 7)):
                # Weekly, after school.
                t = self._daytime(t + _days(6 + rng.random() * 2), 15 * 60, 19 * 60)
                name = programme or _pick(rng, ONE_TO_ONE)
                if rng.random() < attend_rate:
                    case.add(t, "session_attended", {"programme": name})
                    missed_in_row = 0
                else:
                    case.add(t, "session_missed", {"programme": name, "reason": _pick(rng, MISSED_REASONS)})
                    missed_in_row += 1
                    if missed_in_row >= 3:
                        case.close(t + _days(7 + rng.random() * 14), "disengaged")
                        return
            t = t + _days(1 + rng.random() * 6)
            case.move(t, "follow_up")
            # Follow-up: watching for further police contact.
            weeks = 8 + rng.random() * 8
            if rng.random() < 0.5:
                case.add(t + _days(weeks * 3.5), "note", _EMPTY, _pick(rng, INTACT_NOTES))
            t = t + _days(weeks * 7)
            if block + 1 < blocks:
                case.add(t, "note", _EMPTY, "New concern raised by the school; a further block of sessions agreed.")
                case.move(t, "intervention")
        r = rng.random()
        case.close(t, "no_further_police_contact" if r < 0.7 else
                   ("completed" if r < 0.9 else ("referred_on" if r < 0.97 else "moved_away")))

    def ae_navigator(self, case: _Case, received: datetime, person: _PlannedPerson, area: _Area) -> None:
        rng = self.rng
        issues = ["violence"] if rng.random() < 0.96 else []
        for issue, chance in ISSUES:
            if rng.random() < chance:
                issues.append(issue)
        if not issues:
            issues.append("violence")
        r = rng.random()
        previous = 0 if r < 0.45 else (1 + int(rng.random() * 2) if r < 0.8 else 3 + int(rng.random() * 6))
        case.add(received, "ed_attendance", {
            "injury_type": self.pick_injury(rng), "presenting_issues": issues,
            "known_to_services": rng.random() < (0.45 + 0.08 * min(previous, 4)),
            "previous_attendances": previous,
        })
        case.add(received, _ASSIGNED, None)
        t = received
        engaged = False
        local = self.london.local(received)
        in_hours = 9 <= local.hour < 17 and local.weekday() < 5 and local.date() not in self.england_holidays
        if in_hours or rng.random() < 0.5:
            # A navigator sees them in the ED: in service hours mostly within two hours; after an
            # evening or night attendance, on the ward when the service opens.
            start = t if in_hours else self._service_opens(t)
            t = start + _minutes(15 + rng.random() * 95 if rng.random() < 0.88 else 110 + rng.random() * 130)
            if rng.random() < 0.72:
                case.add(t, "engaged_in_ed")
                engaged = True
            else:
                case.add(t, "declined", {"reason": _pick(rng, DECLINED_REASONS)})
                case.move(t, "declined")
        t = t + _hours(0.5 + rng.random() * 10)
        case.add(t, "discharged")
        if not engaged:
            if case.stage == "declined":
                if rng.random() < 0.85:
                    case.close(t + _days(1 + rng.random() * 5), "declined")
                    return
            elif rng.random() < 0.35:
                # Discharged before a navigator could see them, and not reached afterwards.
                case.close(self._daytime(t + _days(3 + rng.random() * 7), 9 * 60, 17 * 60),
                           "no_further_action" if rng.random() < 0.6 else "declined")
                return
        # Aftercare in the community: the first appointment within a week of discharge, mostly.
        gap = 1.5 + rng.random() * 5 if rng.random() < 0.82 else 7 + rng.random() * 7
        t = self._daytime(t + _days(gap), 9 * 60, 17 * 60)
        for index in range(1 + int(rng.random() ** 1.3 * 5)):
            if index:
                t = self._daytime(t + _days(5 + rng.random() * 9), 9 * 60, 17 * 60)
            case.add(t, "aftercare_appointment_held", _AFTERCARE[self.pick_aftercare(rng)])
            if case.stage != "aftercare":
                case.move(t, "aftercare")
            if rng.random() < 0.12:
                case.add(t + _hours(1 + rng.random() * 3), "note", _EMPTY, _pick(rng, AE_NOTES))
        t = t + _hours(4 + rng.random() * 20)
        r = rng.random()
        if r < 0.62:
            case.add(t, "onward_referral", {"to_service": _pick(rng, ONWARD_SERVICES)})
            case.move(t, "referred_on")
            if rng.random() < 0.12:
                t = self._daytime(t + _days(14 + rng.random() * 30), 9 * 60, 17 * 60)
                case.move(t, "aftercare")
                case.add(t, "aftercare_appointment_held", _AFTERCARE[self.pick_aftercare(rng)])
            case.close(t + _days(3 + rng.random() * 18), "referred_on" if case.stage == "referred_on" else "completed")
            return
        case.close(t + _days(1 + rng.random() * 10),
                   "completed" if r < 0.85 else ("disengaged" if r < 0.95 else "moved_away"))

    # -- one chunk of rows ------------------------------------------------------------------------------

    def _worker(self, staff: _Staff) -> tuple[int, str]:
        """Mostly caseworkers; team leads carry a few cases themselves."""
        rng = self.rng
        if staff.lead is not None and rng.random() < 0.08:
            return staff.lead
        return staff.workers[int(rng.random() * len(staff.workers))]

    def build(self, planned: Sequence[_Planned], ids: dict[str, int],
              counts: dict[str, int]) -> dict[str, list[tuple[Any, ...]]]:
        """The rows of these referrals (and of people not yet written), with ids from ``ids``."""
        rng = self.rng
        now = self.now
        people: list[tuple[Any, ...]] = []
        contacts: list[tuple[Any, ...]] = []
        referral_rows: list[tuple[Any, ...]] = []
        event_rows: list[tuple[Any, ...]] = []
        timer_rows: list[tuple[Any, ...]] = []
        breach_rows: list[tuple[Any, ...]] = []
        append_event = event_rows.append
        assigned_to: dict[str, _Shared] = {}
        event_id = ids["event"]
        first_key = itemgetter(0)
        now_aware = now.replace(tzinfo=UTC)
        out: dict[str, list[tuple[Any, ...]]] = {"intervention": [], "intervention_session": [],
                                                 "programme_session": [], "attendance": [], "follow_up": []}
        for received, _tie, pathway_id, area, person in planned:
            pathway = self.pathways[pathway_id]
            staff = self.ref.staff[area.team]
            referral_id = ids["referral"]
            ids["referral"] += 1
            case = _Case(self.moves[pathway_id], pathway.initial_stage)
            self.flows[pathway_id](case, received, person, area)
            events = case.events
            events.sort(key=first_key)
            worker = self._worker(staff)
            # Now and then the team lead hands the case to another worker part way through.
            handover, new = len(events), worker
            if len(events) > 4 and len(staff.workers) > 1 and rng.random() < 0.05:
                handover = 3 + int(rng.random() * (len(events) - 3))
                while new == worker:
                    new = self._worker(staff)
                before, after = events[handover - 1][0], events[handover][0]
                events.insert(handover, [before + (after - before) / 2, _ASSIGNED,
                                         {"to_user": new[1], "from_user": worker[1]}, None])
            stage = pathway.initial_stage
            closed_at = outcome = None
            assigned = worker
            first_recorded = None
            last_recorded = received
            position = 0
            facts: list[EventFact] = []
            work: list[tuple[int, datetime, str, Any, int]] = []
            for at, kind, details, note in events:
                if at > now:
                    break  # the rest has not happened yet
                if position < handover:
                    by = worker[0]
                elif position == handover:
                    by = (staff.lead or new)[0]
                    assigned = new
                else:
                    by = new[0]
                if kind == "stage_moved":
                    stage = details["to_stage"]
                elif kind == "closed":
                    closed_at, outcome, stage = at, details["outcome"], CLOSED_STAGE
                elif details is None:
                    details = assigned_to.get(worker[1])
                    if details is None:
                        details = assigned_to[worker[1]] = _Shared(to_user=worker[1])
                # Recorded a little after it happened: minutes, sometimes hours, now and then days.
                r = rng.random()
                if position < 2:
                    recorded = at + timedelta(seconds=60 + int(r * 1500))
                elif r < 0.7:
                    recorded = at + timedelta(seconds=120 + int(r * 5000))
                elif r < 0.95:
                    recorded = at + timedelta(seconds=3600 + int((r - 0.7) * 100000))
                else:
                    recorded = at + timedelta(seconds=86400 + int((r - 0.95) * 3000000))
                if recorded > now:
                    recorded = now
                if first_recorded is None:
                    first_recorded = recorded
                if recorded > last_recorded:
                    last_recorded = recorded
                append_event((event_id, referral_id, kind, at, recorded, by, details, note))
                if kind in _WORK_KINDS:
                    work.append((event_id, at, kind, details, by))
                facts.append(EventFact(event_id, kind, at.replace(tzinfo=UTC), details))
                event_id += 1
                position += 1
            if person.id is None:
                person.id = ids["person"]
                ids["person"] += 1
                row = person.row
                people.append((person.id, row["given_name"], row["family_name"], row["date_of_birth"], row["gender"],
                               row["home_local_authority"], row["postcode"], row["pnc_id"], row["nhs_number"],
                               first_recorded, first_recorded, 1))
                for name, relation, phone, parent in person.contacts:
                    contacts.append((ids["contact"], person.id, name, relation, phone, parent))
                    if parent:
                        person.carer_ids.append(ids["contact"])
                    ids["contact"] += 1
            next_due, next_warn = self._timers(
                pathway, referral_id, ReferralFacts(received.replace(tzinfo=UTC),
                                                    closed_at.replace(tzinfo=UTC) if closed_at else None,
                                                    person.row["home_local_authority"], pathway.service_area),
                _SITE_NATIONS[area.site], facts, staff, assigned, ids, timer_rows, breach_rows, now_aware)
            referral_rows.append((
                referral_id, pathway_id, _SOURCES[pathway_id], person.id, self.ref.site_ids[area.site],
                staff.team_id, assigned[0], stage, received, closed_at, outcome, next_due, next_warn,
                first_recorded, last_recorded, 1,
            ))
            counts["closed" if closed_at else "open"] += 1
            self.outcomes.add(referral_id, pathway_id, person, work, closed_at, outcome, assigned[0], ids, out)
        ids["event"] = event_id
        counts["interventions"] = counts.get("interventions", 0) + len(out["intervention"])
        counts["sessions"] = counts.get("sessions", 0) + len(out["intervention_session"]) + len(out["programme_session"])
        counts["follow_ups"] = counts.get("follow_ups", 0) + len(out["follow_up"])
        counts["people"] += len(people)
        counts["contacts"] += len(contacts)
        counts["referrals"] += len(referral_rows)
        counts["events"] += len(event_rows)
        counts["timers"] += len(timer_rows)
        counts["breaches"] += len(breach_rows)
        return {"person": people, "contact": contacts, "referral": referral_rows, "event": event_rows,
                "sla_timer": timer_rows, "breach": breach_rows, **out}

    def _timers(self, pathway: Pathway, referral_id: int, facts: ReferralFacts, nation: str,
                events: list[EventFact], staff: _Staff, assigned: tuple[int, str], ids: dict[str, int],
                timer_rows: list[tuple[Any, ...]], breach_rows: list[tuple[Any, ...]],
                now: datetime) -> tuple[datetime | None, datetime | None]:
        """The referral's SLA timers as the cache holds them, its breaches, and its next deadline (naive UTC)."""
        naive = _naive
        timers = sla_cache.compute_all(pathway, facts, nation, events, now)
        for timer in timers:
            v = sla_cache.row_values(timer, now)
            timer_id = ids["sla_timer"]
            ids["sla_timer"] += 1
            timer_rows.append((timer_id, referral_id, timer.rule.id, v["state"], naive(v["started_at"]),
                               naive(v["due_at"]), naive(v["stopped_at"]), v["warn_times"], naive(v["next_check_at"]),
                               v["thresholds_passed"], naive(now)))
            if timer.state in (TimerState.BREACHED, TimerState.MET_LATE):
                breach_rows.append(self._breach(timer_id, referral_id, pathway.id, timer.rule.id, staff, assigned,
                                                timer.due_at, ids, now))
        due, warn = sla_cache.next_deadline(timers, facts.closed_at)
        return naive(due), naive(warn)

    def _breach(self, timer_id: int, referral_id: int, pathway_id: str, rule_id: str, staff: _Staff,
                assigned: tuple[int, str], due: datetime, ids: dict[str, int], now: datetime) -> tuple[Any, ...]:
        """A breach record: older ones have the worker's reason and, mostly, the team lead's review."""
        rng = self.rng
        breach_id = ids["breach"]
        ids["breach"] += 1
        detected = due + timedelta(minutes=1 + int(rng.random() * 10))
        category = text_ = reason_at = reviewer = reviewed_at = comment = None
        state = "awaiting_reason"
        age = now - due
        if age > timedelta(days=2) and rng.random() < (0.95 if age > timedelta(days=14) else 0.6):
            category, text_ = _pick(rng, BREACH_REASON_TEXTS)
            reason_at = min(now, detected + timedelta(hours=2 + rng.random() * 70))
            state = "awaiting_review"
            if staff.lead is not None and age > timedelta(days=7) and rng.random() < 0.9:
                reviewed_at = min(now, reason_at + timedelta(hours=4 + rng.random() * 120))
                reviewer = staff.lead[0]
                if rng.random() < 0.9:
                    state, comment = "accepted", None
                else:
                    state, comment = "challenged", _pick(rng, CHALLENGE_COMMENTS)
        return (breach_id, timer_id, referral_id, pathway_id, rule_id, staff.team_id, _naive(due), _naive(detected),
                category, text_, assigned[0] if category else None, _naive(reason_at), state, reviewer,
                _naive(reviewed_at), comment, 1)


def _custody_hours() -> _Weighted:
    weights = (3, 2, 1.5, 1, 1, 1, 1.5, 2.5, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 8.5, 8.5, 8, 7.5, 7, 6, 5, 4)
    return _Weighted(list(zip(range(24), weights)))


def _ed_evening_hours() -> _Weighted:
    weights = {17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 22: 10, 23: 9, 0: 8, 1: 7, 2: 5, 3: 3, 4: 2, 5: 1, 6: 1,
               7: 1, 8: 2}
    return _Weighted(list(weights.items()))


_CUSTODY_HOURS = _custody_hours()
_ED_EVENING_HOURS = _ed_evening_hours()


# --- the database side ------------------------------------------------------------------------------

_SITE_NATIONS = {site.code: site.nation.value for site in SITES}

BREACH_REASON_TEXTS: tuple[tuple[str, str], ...] = (
    ("staff_unavailable", "Both caseworkers on shift were already attending other custody suites."),
    ("staff_unavailable", "Worker off sick; cover arranged but arrived late."),
    ("notified_late", "Custody sergeant's notification reached the duty phone 70 minutes after booking-in."),
    ("young_person_unavailable", "Young person was in interview with a solicitor until after the target time."),
    ("family_unavailable", "Parents could not be reached on the numbers given; met on the third attempt."),
    ("family_unavailable", "Mother working nights; family asked for a later meeting."),
    ("custody_access_delayed", "Access to the young person was refused until the appropriate adult arrived."),
    ("out_of_hours", "Referral arrived at the end of a Friday; first working opportunity was Monday."),
    ("recording_delay", "The contact happened on time but was written up late."),
    ("other", "Hospital discharged the young person before the navigator could be reached."),
)
CHALLENGE_COMMENTS: tuple[str, ...] = (
    "Why was the on-call worker not used? Please add what cover was tried.",
    "Please say when the notification actually arrived so we can raise it with custody.",
)


def _naive(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC).replace(tzinfo=None)

# Rows are built as tuples in these column orders.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("id", "given_name", "family_name", "date_of_birth", "gender", "home_local_authority", "postcode",
               "pnc_id", "nhs_number", "created_at", "updated_at", "version"),
    "contact": ("id", "person_id", "name", "relationship", "phone", "is_parent_carer"),
    "referral": ("id", "pathway", "source", "person_id", "site_id", "team_id", "assigned_user_id", "stage",
                 "received_at", "closed_at", "outcome", "next_due_at", "next_warn_at", "created_at", "updated_at",
                 "version"),
    "event": ("id", "referral_id", "kind", "occurred_at", "recorded_at", "recorded_by_id", "details", "note"),
    "sla_timer": ("id", "referral_id", "rule_id", "state", "started_at", "due_at", "stopped_at", "warn_times",
                  "next_check_at", "thresholds_passed", "computed_at"),
    "breach": ("id", "timer_id", "referral_id", "pathway", "rule_id", "team_id", "due_at", "detected_at",
               "reason_category", "reason_text", "reason_by_id", "reason_at", "review_state", "reviewed_by_id",
               "reviewed_at", "review_comment", "version"),
}
_COLUMNS.update({
    "intervention": ("id", "referral_id", "kind", "programme_id", "with_child", "with_parents", "started_on",
                     "ended_on", "created_at", "created_by_id", "version"),
    "intervention_session": ("id", "intervention_id", "starts_at", "minutes", "location", "status", "created_at",
                             "updated_at", "version"),
    "programme_session": ("id", "programme_id", "starts_at", "minutes", "location", "status", "created_at",
                          "updated_at", "version"),
    "attendance": ("id", "session_id", "programme_session_id", "intervention_id", "status", "child_attended",
                   "contact_ids", "recorded_at", "recorded_by_id"),
    "follow_up": ("id", "referral_id", "closure_event_id", "months", "due_on", "status", "further_police_contact",
                  "police_contact_on", "suspect_before", "victim_before", "suspect_after", "victim_after",
                  "ed_reattendances", "recorded_at", "recorded_by_id", "cancelled_at", "created_at", "version"),
})
_TABLES = (("person", Person), ("contact", Contact), ("referral", Referral), ("event", Event),
           ("sla_timer", SlaTimer), ("breach", Breach), ("intervention", Intervention),
           ("intervention_session", InterventionSession), ("programme_session", ProgrammeSession),
           ("attendance", Attendance), ("follow_up", FollowUp))


def _sqlite_time(value: datetime | None) -> str | None:
    # What UTCDateTime + SQLite's DATETIME make of a UTC instant: naive, microseconds always shown.
    return None if value is None else value.isoformat(" ", "microseconds")


def _aware(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(v.replace(tzinfo=UTC) if type(v) is datetime else v for v in row)


def _sqlite_events(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    dumps = _json_dumps
    return [(i, r, k, o.isoformat(" ", "microseconds"), rc.isoformat(" ", "microseconds"), b,
             d.json if type(d) is _Shared else dumps(d), n) for i, r, k, o, rc, b, d, n in rows]


# Row tuples (naive UTC datetimes) as the SQLite driver gets them from SQLAlchemy's bind processors.
_SQLITE_CONVERT: dict[str, Callable[[list[tuple[Any, ...]]], list[tuple[Any, ...]]]] = {
    "person": lambda rows: [(i, g, f, d.isoformat(), gen, la, pc, pnc, nhs, _sqlite_time(c), _sqlite_time(u), v)
                            for i, g, f, d, gen, la, pc, pnc, nhs, c, u, v in rows],
    "contact": lambda rows: [(i, p, n, r, ph, 1 if pc else 0) for i, p, n, r, ph, pc in rows],
    "referral": lambda rows: [(i, pw, src, p, site, team, user, stage, _sqlite_time(rec), _sqlite_time(cl), out,
                               _sqlite_time(nd), _sqlite_time(nw), _sqlite_time(c), _sqlite_time(u), v)
                              for i, pw, src, p, site, team, user, stage, rec, cl, out, nd, nw, c, u, v in rows],
    "event": _sqlite_events,
    "sla_timer": lambda rows: [(i, r, rule, st, _sqlite_time(sa), _sqlite_time(du), _sqlite_time(so),
                                _json_dumps(w), _sqlite_time(nc), tp, _sqlite_time(ca))
                               for i, r, rule, st, sa, du, so, w, nc, tp, ca in rows],
    "breach": lambda rows: [(i, t, r, pw, rule, team, _sqlite_time(du), _sqlite_time(de), cat, txt, by,
                             _sqlite_time(ra), rs, rb, _sqlite_time(rva), rc, v)
                            for i, t, r, pw, rule, team, du, de, cat, txt, by, ra, rs, rb, rva, rc, v in rows],
    "intervention": lambda rows: [(i, r, k, p, _bit(c), _bit(pa), s.isoformat(), e.isoformat() if e else None,
                                   _sqlite_time(ca), by, v) for i, r, k, p, c, pa, s, e, ca, by, v in rows],
    "intervention_session": lambda rows: [(i, o, _sqlite_time(st), m, loc, status, _sqlite_time(c),
                                           _sqlite_time(u), v) for i, o, st, m, loc, status, c, u, v in rows],
    "programme_session": lambda rows: [(i, o, _sqlite_time(st), m, loc, status, _sqlite_time(c),
                                        _sqlite_time(u), v) for i, o, st, m, loc, status, c, u, v in rows],
    "attendance": lambda rows: [(i, s, g, iv, st, _bit(c), _json_dumps(ids), _sqlite_time(at), by)
                                for i, s, g, iv, st, c, ids, at, by in rows],
    "follow_up": lambda rows: [(i, r, ev, m, d.isoformat(), st, None if fc is None else _bit(fc),
                                pc.isoformat() if pc else None, sb, vb, sa, va, ed, _sqlite_time(ra), rb,
                                _sqlite_time(cx), _sqlite_time(c), v)
                               for i, r, ev, m, d, st, fc, pc, sb, vb, sa, va, ed, ra, rb, cx, c, v in rows],
}


def _bit(value: bool) -> int:
    return 1 if value else 0


def _pg_events(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    dumps = _json_dumps
    return [(i, r, k, o.replace(tzinfo=UTC), rc.replace(tzinfo=UTC), b, d.json if type(d) is _Shared else dumps(d), n)
            for i, r, k, o, rc, b, d, n in rows]


def _pg_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [_aware(row) for row in rows]


def _pg_timers(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    dumps = _json_dumps
    return [row[:7] + (dumps(row[7]),) + row[8:] for row in _pg_rows(rows)]


def _pg_attendance(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    dumps = _json_dumps
    return [row[:6] + (dumps(row[6]),) + row[7:] for row in _pg_rows(rows)]


# Column types COPY can take straight from the (zone-aware) Python values, JSON given as its text.
_COPY_TYPES = (Integer, String, Text, Boolean, Date, UTCDateTime, JSON)


class _Inserter:
    """Inserts one table's row tuples: SQLAlchemy Core ``insert(Model)`` executemany by default.

    SQLAlchemy's per-value type processing (UTCDateTime, JSON) costs more than making the data up,
    so for the two supported drivers the rows go to the driver directly:

    * SQLite: the statement SQLAlchemy compiled, with values converted by ``_SQLITE_CONVERT``. The
      first row of every batch is also run through SQLAlchemy's own bind processors and must come
      out identical, else (the models or types changed) the plain Core path is used.
    * PostgreSQL with psycopg 3: ``COPY ... FROM STDIN``, when every column is of a type COPY takes
      from the Python value (checked against the model), else the plain Core path.
    """

    def __init__(self, dialect, name: str, model) -> None:
        self.name = name
        self.model = model
        self.columns = _COLUMNS[name]
        table = model.__table__
        self.sql: str | None = None
        self.copy: str | None = None
        if dialect.name == "sqlite":
            compiled = insert(table).compile(dialect=dialect, column_keys=list(self.columns))
            if compiled.positional and tuple(compiled.positiontup or ()) == self.columns:
                self.sql = compiled.string
                self.processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
                                   for c in self.columns]
        elif dialect.name == "postgresql" and dialect.driver == "psycopg":
            if all(type(table.c[c].type) in _COPY_TYPES for c in self.columns):
                quote = dialect.identifier_preparer.quote
                self.copy = (f"COPY {quote(table.name)} ({', '.join(quote(table.c[c].name) for c in self.columns)}) "
                             "FROM STDIN")

    def _fast_rows(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]] | None:
        converted = _SQLITE_CONVERT[self.name](rows)
        expected = tuple(proc(value) if proc else value for proc, value in zip(self.processors, _aware(rows[0])))
        if converted[0] != expected:
            self.sql = None
            return None
        return converted

    def insert(self, session: Session, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        conn = session.connection()
        fast = self._fast_rows(rows) if self.sql is not None else None
        if fast is not None:
            conn.exec_driver_sql(self.sql, fast)
        elif self.copy is not None:
            converted = {"event": _pg_events, "sla_timer": _pg_timers, "attendance": _pg_attendance}.get(
                self.name, _pg_rows)(rows)
            with conn.connection.driver_connection.cursor() as cursor, cursor.copy(self.copy) as copy:
                for row in converted:
                    copy.write_row(row)
        else:
            columns = self.columns
            conn.execute(insert(self.model), [dict(zip(columns, _aware(row))) for row in rows])


class _Writer:
    """Writes chunks in a thread of its own, one transaction each, while the caller makes the next.

    The database driver lets go of the GIL while SQLite (or the PostgreSQL server) does the work,
    so making up data and writing it overlap. Chunks are committed in order. The first error
    stops the writer; ``submit`` and ``close`` raise it again in the caller's thread.
    """

    _STOP = object()

    def __init__(self, ctx: Context, inserters: list[_Inserter]) -> None:
        self.ctx = ctx
        self.inserters = inserters
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=1)
        self.done: queue.Queue[int] = queue.Queue()
        self.error: BaseException | None = None
        self.aborted = False
        self.committed: dict[str, int] | None = None
        """The running counts as of the last committed chunk."""
        self.thread = threading.Thread(target=self._run, name="casework-demo-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            if item is self._STOP:
                return
            if self.error is not None or self.aborted:
                continue  # drain without writing, so the caller never blocks on a stopped writer
            rows, ids, counts, audit_entry = item
            try:
                with self.ctx.write() as s:
                    for inserter in self.inserters:
                        inserter.insert(s, rows[inserter.name])
                    _advance_sequences(s, ids)
                    if audit_entry is not None:
                        actor, at, details = audit_entry
                        audit.record(s, actor, at, "demo_load", "demo", None, after=details)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self.error = exc
                continue
            self.committed = counts
            self.done.put(counts["referrals"])

    def submit(self, rows: dict[str, list[tuple[Any, ...]]], ids: dict[str, int], counts: dict[str, int],
               audit_entry: tuple[Actor, datetime, dict[str, Any]] | None) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((rows, ids, counts, audit_entry))

    def finished(self) -> list[int]:
        """Referral counts after each chunk committed since the last call."""
        result = []
        while True:
            try:
                result.append(self.done.get_nowait())
            except queue.Empty:
                return result

    def abort(self) -> None:
        """Write nothing more (the chunk being written still commits)."""
        self.aborted = True

    def close(self) -> None:
        """Wait for the chunks already submitted, then raise the writer's error if there was one."""
        self.queue.put(self._STOP)
        self.thread.join()
        if self.error is not None:
            raise self.error


def _next_ids(session: Session) -> dict[str, int]:
    return {name: (session.scalar(select(func.max(model.id))) or 0) + 1 for name, model in _TABLES}


def _advance_sequences(session: Session, ids: dict[str, int]) -> None:
    """After explicit ids, move PostgreSQL's sequences past them so later ORM inserts do not collide."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name, model in _TABLES:
        last = ids[name] - 1
        if last >= 1:
            session.execute(text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                            {"table": model.__tablename__, "last": last})


def _ensure_reference_data(ctx: Context, now: datetime) -> _Reference:
    """Sites, teams and demo users, created when missing and reused by code, name and user name."""
    created: dict[str, list[str]] = {"sites": [], "teams": [], "users": []}
    password_hash: str | None = None
    with ctx.write() as s:
        site_ids: dict[str, int] = {}
        site_la: dict[str, str] = {}
        for spec in SITES:
            site = s.scalar(select(Site).where(Site.code == spec.code))
            if site is None:
                site = Site(code=spec.code, name=spec.name, kind=spec.kind, local_authority=spec.local_authority,
                            nation=spec.nation, created_at=now)
                s.add(site)
                s.flush()
                created["sites"].append(spec.code)
            site_ids[spec.code] = site.id
            site_la[spec.code] = site.local_authority
        team_ids: dict[str, int] = {}
        for spec in TEAMS:
            team = s.scalar(select(Team).where(func.lower(Team.name) == spec.name.lower()))
            if team is None:
                team = Team(name=spec.name, created_at=now)
                s.add(team)
                s.flush()
                created["teams"].append(spec.name)
            team_ids[spec.name] = team.id

        users: list[tuple[str, str, str | None]] = []

        def ensure_user(display_name: str, role: Role, team: str | None) -> User:
            nonlocal password_hash
            username = _username(display_name)
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                if password_hash is None:
                    password_hash = hash_password(DEMO_PASSWORD)
                user = User(username=username, display_name=display_name, role=role,
                            team_id=team_ids[team] if team else None, password_hash=password_hash, active=True,
                            created_at=now)
                s.add(user)
                s.flush()
                created["users"].append(username)
            team_name = next((name for name, tid in team_ids.items() if tid == user.team_id), None)
            users.append((user.username, user.role.value, team_name if user.team_id else None))
            return user

        staff: dict[str, _Staff] = {}
        for spec in TEAMS:
            lead = ensure_user(spec.lead, Role.TEAM_LEAD, spec.name)
            workers = [ensure_user(name, Role.CASEWORKER, spec.name) for name in spec.caseworkers]
            team_id = team_ids[spec.name]

            def usable(user: User) -> bool:
                return user.active and user.team_id == team_id and user.role in (Role.CASEWORKER, Role.TEAM_LEAD)

            assignable = [(u.id, u.username) for u in workers if usable(u)]
            lead_pair = (lead.id, lead.username) if usable(lead) else None
            if not assignable and lead_pair is not None:
                assignable = [lead_pair]
            if not assignable:
                raise ValidationError("team", "demo_no_caseworkers",
                                      f"team {spec.name!r} has no active caseworker the demo data can use")
            staff[spec.name] = _Staff(team_id, spec.name, assignable, lead_pair)
        for name in MANAGERS:
            ensure_user(name, Role.MANAGER, None)
    return _Reference(site_ids, site_la, staff, users, created)


def _audit_details(seed: int, requested: int, counts: dict[str, int], ref: _Reference) -> dict[str, Any]:
    return {"seed": seed, "requested": requested, **counts, "sites_created": ref.created["sites"],
            "teams_created": ref.created["teams"], "users_created": ref.created["users"]}


def _audit_incomplete(ctx: Context, actor: Actor, now: datetime, details: dict[str, Any],
                      failure: BaseException) -> None:
    """A load that stopped part way has still written rows: audit what was committed."""
    try:
        with ctx.write() as s:
            audit.record(s, actor, now, "demo_load", "demo", None,
                         after={**details, "incomplete": True, "error": type(failure).__name__})
    except Exception:  # noqa: BLE001 - the original failure is what the caller needs to see
        pass


# --- interventions, sessions, attendance and follow-up checks ------------------------------------------

# The events the outcomes are derived from.
_WORK_KINDS = frozenset({"intervention_chosen", "session_attended", "session_missed", "parent_meeting_held",
                         "aftercare_appointment_held", "closed"})
_COMPLETED = frozenset({"completed", "no_further_police_contact"})


def _ensure_programmes(ctx: Context, now: datetime) -> dict[str, int]:
    """The INTACT group programmes the demo's group work names, created when missing (by name)."""
    found: dict[str, int] = {}
    with ctx.write() as s:
        for name in GROUP_PROGRAMMES:
            programme = s.scalar(select(Programme).where(func.lower(Programme.name) == name.lower()))
            if programme is None:
                programme = Programme(name=name, pathway="intact", description="Weekly, after school (demo data)",
                                      active=True, created_at=now)
                s.add(programme)
                s.flush()
            found[name] = programme.id
    return found


class _Outcomes:
    """Interventions, sessions, attendance and follow-up checks, derived from each referral's events.

    INTACT's chosen intervention becomes 1-2-1 work or a group programme place, its sessions attended
    and missed become sessions with attendance (group sessions shared by everyone on the programme that
    week); Act Now's parent/carer meetings and A&E's aftercare appointments become 1-2-1 sessions. A
    closed referral gets its 3-, 6- and 12-month checks, recorded (mostly) once due. It draws from a
    random stream of its own, so the referrals and events are the same as without it.
    """

    def __init__(self, rng: random.Random, now: datetime, pathways: dict[str, Pathway],
                 programmes: dict[str, int]) -> None:
        self.rng = rng
        self.now = now
        self.london = _London()
        self.today = self.london.local(now).date()
        self.pathways = pathways
        self.programmes = programmes
        self.group_sessions: dict[tuple[int, date], int] = {}

    def _session(self, ids, out, owner: int, at: datetime, status: str = "held", *, group: bool = False) -> int:
        table = "programme_session" if group else "intervention_session"
        session_id = ids[table]
        ids[table] += 1
        out[table].append((session_id, owner, at, 60, None, status, at, at, 1))
        return session_id

    def _attend(self, ids, out, session_id, intervention_id, status, child, carers, at: datetime, by: int,
                group: bool = False) -> None:
        recorded = min(at + _HOUR * 2, self.now)
        out["attendance"].append((ids["attendance"], None if group else session_id, session_id if group else None,
                                  intervention_id, status, child, carers, recorded, by))
        ids["attendance"] += 1

    def _intervention(self, ids, out, referral_id, kind, programme_id, child, parents, at, closed_at, by) -> int:
        intervention_id = ids["intervention"]
        ids["intervention"] += 1
        ended = self.london.local(closed_at).date() if closed_at is not None else None
        started = self.london.local(at).date()
        out["intervention"].append((intervention_id, referral_id, kind, programme_id, child, parents, started,
                                    max(ended, started) if ended else None, at, by, 1))
        return intervention_id

    def add(self, referral_id: int, pathway_id: str, person: _PlannedPerson, work, closed_at, outcome,
            worker_id: int, ids: dict[str, int], out: dict[str, list[tuple[Any, ...]]]) -> None:
        rng = self.rng
        if pathway_id == "intact":
            chosen = next((w for w in work if w[2] == "intervention_chosen"), None)
            if chosen is not None:
                self._intact(referral_id, person, work, chosen, closed_at, worker_id, ids, out)
        else:
            kind = "parent_meeting_held" if pathway_id == "act_now" else "aftercare_appointment_held"
            held = [w for w in work if w[2] == kind]
            if held:
                parents = pathway_id == "act_now"
                intervention_id = self._intervention(ids, out, referral_id, "one_to_one", None, True, parents,
                                                     held[0][1], closed_at, held[0][4])
                for _event_id, at, _kind, _details, by in held:
                    session_id = self._session(ids, out, intervention_id, at)
                    carers = person.carer_ids[:1] if parents else []
                    child = not carers or rng.random() < 0.6
                    self._attend(ids, out, session_id, intervention_id, "attended", child, carers, at, by)
        if closed_at is not None:
            closing = next((w for w in work if w[2] == "closed"), None)
            if closing is not None:
                self._follow_ups(referral_id, pathway_id, closing[0], closed_at, outcome, worker_id, ids, out)

    def _intact(self, referral_id, person, work, chosen, closed_at, worker_id, ids, out) -> None:
        rng = self.rng
        _event_id, at, _kind, details, by = chosen
        programme_id = self.programmes.get(details.get("programme")) if details.get("type") == "group" else None
        group = programme_id is not None
        parents = not group and rng.random() < 0.35
        intervention_id = self._intervention(ids, out, referral_id, "group" if group else "one_to_one", programme_id,
                                             True, parents, at, closed_at, by)
        used: set[int] = set()
        last = at
        for _id, when, kind, _details, who in work:
            if kind not in ("session_attended", "session_missed"):
                continue
            last = when
            status = "attended" if kind == "session_attended" else "did_not_attend"
            if group:
                day = self.london.local(when).date()
                key = (programme_id, day - timedelta(days=day.weekday()))
                session_id = self.group_sessions.get(key)
                if session_id is None:
                    starts = self.london.utc(key[1] + timedelta(days=1), 17 * 60)
                    session_id = self.group_sessions[key] = self._session(
                        ids, out, programme_id, starts if starts <= self.now else when, group=True)
                if session_id in used:
                    continue
            else:
                session_id = self._session(ids, out, intervention_id, when)
            used.add(session_id)
            carers = person.carer_ids[:1] if parents and status == "attended" and rng.random() < 0.7 else []
            self._attend(ids, out, session_id, intervention_id, status, status == "attended", carers, when, who, group)
        if closed_at is None and not group:
            # The next 1-2-1 session, planned.
            upcoming = self.london.utc(self.london.local(max(last, self.now)).date() + timedelta(days=2 + int(rng.random() * 6)),
                                       16 * 60)
            self._session(ids, out, intervention_id, upcoming, "planned")

    def _follow_ups(self, referral_id, pathway_id, closure_event_id, closed_at, outcome, worker_id, ids, out) -> None:
        rng = self.rng
        closed_aware = closed_at.replace(tzinfo=UTC)
        closed_day = self.london.local(closed_at).date()
        if outcome in _COMPLETED:
            contact_chance, keep = 0.22, 0.35
        elif outcome in ("disengaged", "disengaged_criminal_justice"):
            contact_chance, keep = 0.62, 0.9
        else:
            contact_chance, keep = 0.35, 0.7
        contact_day = closed_day + timedelta(days=5 + int(rng.random() * 360)) if rng.random() < contact_chance else None
        ed = pathway_id == "ae_navigator"
        suspect_before = int(rng.random() ** (3 if ed else 1.6) * (3 if ed else 7))
        victim_before = int(rng.random() ** (1.4 if ed else 2.5) * 4)
        suspect_after = int(suspect_before * rng.random() * keep * 1.6)
        victim_after = int(victim_before * rng.random() * keep * 1.6)
        ed_total = int(rng.random() ** (1.5 if ed else 4) * (4 if ed else 2))
        for months in CHECK_MONTHS:
            due = due_date(closed_aware, months)
            row = [ids["follow_up"], referral_id, closure_event_id, months, due, "due", None, None, None, None, None,
                   None, None, None, None, None, closed_at, 1]
            ids["follow_up"] += 1
            if due <= self.today and rng.random() < 0.88:
                recorded = min(self.london.utc(due + timedelta(days=int(rng.random() * 21)), 11 * 60), self.now)
                contacted = contact_day is not None and contact_day <= due
                row[5:16] = ["done", contacted, contact_day if contacted else None,
                             suspect_before if months == 12 or rng.random() < 0.5 else None,
                             victim_before if months == 12 or rng.random() < 0.5 else None,
                             suspect_after if months == 12 else None, victim_after if months == 12 else None,
                             min(ed_total, int(ed_total * months / 12 + 0.5)), recorded, worker_id, None]
            out["follow_up"].append(tuple(row))


def generate(ctx: Context, actor: Actor, referrals: int, seed: int,
             progress: Callable[[int, int], None] | None = None, *, people: int | None = None) -> DemoResult:
    """Fill the database with ``referrals`` synthetic referrals (and their people) across the pathways.

    ``people``, when given, is how many young people the referrals belong to (at least one, at most
    one per referral); by default most are referred once. Only an administrator may load demo
    data. One audit entry records the load as a whole.
    """
    require(ctx, actor, "load_demo")
    if isinstance(referrals, bool) or not isinstance(referrals, int) or referrals < 0:
        raise ValidationError("referrals", "non_negative", "the number of referrals is a whole number, 0 or more")
    if referrals > MAX_REFERRALS:
        raise ValidationError("referrals", "too_many", f"at most {MAX_REFERRALS:,} referrals in one load")
    if people is not None and (isinstance(people, bool) or not isinstance(people, int)
                               or not 1 <= people <= max(1, referrals)):
        raise ValidationError("people", "range", "the number of people is a whole number from 1 to the "
                                                 "number of referrals")
    now = ctx.clock.now().astimezone(UTC)
    pathways = {pid: ctx.pathways.get(pid) for pid in _WRITES}
    _check_pathways(pathways)
    rng = random.Random(seed)

    ref = _ensure_reference_data(ctx, now)
    with ctx.read() as s:
        ids = _next_ids(s)
        used_nhs = set(s.scalars(select(Person.nhs_number).where(Person.nhs_number.is_not(None))))
        used_pnc = set(s.scalars(select(Person.pnc_id).where(Person.pnc_id.is_not(None))))
    programmes = _ensure_programmes(ctx, now)
    outcomes = _Outcomes(random.Random(seed * 7919 + 6), now.replace(tzinfo=None), pathways, programmes)
    generator = _Generator(rng, now.replace(tzinfo=None), pathways, ref, used_nhs, used_pnc, outcomes)
    planned = generator.plan(referrals, people)

    counts = {"people": 0, "contacts": 0, "referrals": 0, "events": 0, "open": 0, "closed": 0, "timers": 0,
              "breaches": 0}
    chunks = [planned[i:i + CHUNK_REFERRALS] for i in range(0, len(planned), CHUNK_REFERRALS)] or [[]]
    writer = _Writer(ctx, [_Inserter(ctx.engine.dialect, name, model) for name, model in _TABLES])

    def report(done: list[int]) -> None:
        if progress is not None:
            for count in done:
                progress(count, referrals)

    failure: BaseException | None = None
    try:
        for index, chunk in enumerate(chunks):
            rows = generator.build(chunk, ids, counts)
            audit_entry = None
            if index == len(chunks) - 1:
                audit_entry = (actor, now, _audit_details(seed, referrals, counts, ref))
            writer.submit(rows, dict(ids), dict(counts), audit_entry)
            report(writer.finished())
    except BaseException as exc:
        failure = exc
        writer.abort()
    try:
        writer.close()
    except BaseException as exc:
        failure = failure or exc
    if failure is not None:
        if writer.committed is not None:
            _audit_incomplete(ctx, actor, now, _audit_details(seed, referrals, writer.committed, ref), failure)
        raise failure
    report(writer.finished())
    return DemoResult(users=list(ref.users), password=DEMO_PASSWORD, counts=dict(counts))
