"""A small, fully known service for the evidence and export tests: every referral, session and check.

Period: referrals closed in May 2025 (London dates). The report is run on 15 June 2026 (the tests'
clock), when every 6- and 12-month check of a May 2025 closure is due.

INTACT, closed in May 2025 (I1–I8):

| ref | outcome                    | engaged (a session attended) | 6-month check      | 12-month check: suspect b/a, victim b/a, ED |
|-----|----------------------------|------------------------------|--------------------|---------------------------------------------|
| I1  | completed                  | yes (group, 2 sessions)      | no contact         | no contact; 3/0, 1/0, ED 0                  |
| I2  | completed                  | yes                          | no contact         | no contact; 2/1, 0/0, ED 0                  |
| I3  | completed                  | yes                          | no contact         | no contact; 4/0, 2/1, ED 1                  |
| I4  | completed                  | yes                          | no contact         | no contact; 1/0, 0/0, ED 0                  |
| I5  | no_further_police_contact  | yes                          | no contact         | no contact; 2/0, 1/1, ED 0                  |
| I6  | disengaged                 | yes (1 attended, then DNA)   | contact 2025-09-01 | contact 2025-09-01; 3/4, 0/1, ED 2          |
| I7  | declined                   | no (1-2-1: did not attend)   | no contact         | not recorded                                |
| I8  | moved_away (00:30 BST 1 May)| no                          | not recorded       | not recorded                                |

Act Now, closed in May 2025 (A1–A3):

| ref | outcome   | engaged                      | 6-month check | 12-month check |
|-----|-----------|------------------------------|---------------|----------------|
| A1  | completed | yes (1-2-1, with the mother) | no contact    | not recorded   |
| A2  | completed | no (cancelled by the family) | not recorded  | not recorded   |
| A3  | declined  | no                           | not recorded  | not recorded   |

Outside the cohort: I9 closed 00:30 BST on 1 June 2025 (23:30 UTC on 31 May); I10 closed in May then
reopened (its checks cancelled); O1 open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from casework.identifiers import pnc_check_letter
from casework.services import followups, interventions, referrals
from casework.services.followups import FollowUpInput
from casework.services.people import ContactInput, PersonInput

UTC = timezone.utc


@dataclass
class Planted:
    """Everything identifying that the fixture typed in, for the export's no-identifier test."""

    names: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    dobs: list[date] = field(default_factory=list)
    postcodes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pnc_ids: list[str] = field(default_factory=list)
    nhs_numbers: list[str] = field(default_factory=list)
    referrals: dict[str, int] = field(default_factory=dict)
    person_ids: dict[str, int] = field(default_factory=dict)


PEOPLE = {
    # key: (given, family, dob, postcode, contact name, phone, pnc, nhs)
    "I1": ("Rhys", "Llewellyn", date(2010, 2, 11), "SA15 3AB", "Carys Llewellyn", "07700 900101", None, None),
    "I2": ("Ffion", "Pritchard", date(2011, 7, 23), "SA31 1DP", "Gareth Pritchard", "07700 900102", None, "9434765919"),
    "I3": ("Owain", "Bevan", date(2009, 12, 5), "SY23 2AX", "Nia Bevan", "07700 900103", None, None),
    "I4": ("Cerys", "Vaughan", date(2012, 4, 30), "LD1 5LG", "Huw Vaughan", "07700 900104", None, None),
    "I5": ("Dylan", "Maddox", date(2010, 10, 1), "SA61 1QS", "Sian Maddox", "07700 900105", None, None),
    "I6": ("Tomos", "Griffiths", date(2009, 6, 17), "SA18 2BB", "Eleri Griffiths", "07700 900106", None, None),
    "I7": ("Megan", "Howells", date(2011, 1, 9), "SA73 1AA", "Aled Howells", "07700 900107", None, None),
    "I8": ("Elis", "Parry", date(2010, 8, 28), "SY16 1EE", "Mair Parry", "07700 900108", None, None),
    "I9": ("Gwen", "Lloyd", date(2010, 5, 14), "SA14 6XY", "Iolo Lloyd", "07700 900109", None, None),
    "I10": ("Morgan", "Thomas", date(2011, 3, 3), "SA44 4AP", "Elin Thomas", "07700 900110", None, None),
    "A1": ("Jayden", "Okafor", date(2009, 9, 19), "MK9 2AA", "Grace Okafor", "07700 900201", "09/0123456" + pnc_check_letter("09", "0123456"), None),
    "A2": ("Leon", "Walsh", date(2010, 11, 2), "MK6 5LD", "Tina Walsh", "07700 900202", None, None),
    "A3": ("Kyle", "Dempsey", date(2008, 12, 24), "SL1 2EL", "Rose Dempsey", "07700 900203", None, None),
    "O1": ("Amira", "Haddad", date(2012, 1, 31), "SL2 5AA", "Yusuf Haddad", "07700 900204", None, None),
}

RECEIVED = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
MAY_CLOSE = datetime(2025, 5, 12, 15, 0, tzinfo=UTC)


def _person(key: str, planted: Planted) -> PersonInput:
    given, family, dob, postcode, contact, phone, pnc, nhs = PEOPLE[key]
    planted.names += [given, family, contact, f"{given} {family}"]
    planted.phones.append(phone)
    planted.dobs.append(dob)
    planted.postcodes.append(postcode)
    if pnc:
        planted.pnc_ids.append(pnc)
    if nhs:
        planted.nhs_numbers.append(nhs)
    la = "Carmarthenshire" if key[0] in "IO" else "Milton Keynes"
    return PersonInput(given, family, dob, "female" if key in ("I2", "I4", "I7", "O1") else "male", la, postcode,
                       pnc_id=pnc, nhs_number=nhs, contacts=(ContactInput(contact, "parent", phone, True),))


def _new(ctx, actor, key: str, planted: Planted) -> referrals.ReferralDetail:
    note = f"Concern raised by school about {PEOPLE[key][0]} carrying a blade near the bus station ({key})"
    planted.notes.append(note)
    if key.startswith(("I", "O")):
        new = referrals.NewReferral(pathway="intact", source="marf", person=_person(key, planted),
                                    received_at=RECEIVED, site="carmarthen", team="YOT Milton Keynes",
                                    assigned_to="casey", note=note,
                                    first_event_details={"referring_agency": "School", "consent": "yes"})
    else:
        new = referrals.NewReferral(pathway="act_now", source="custody", person=_person(key, planted),
                                    received_at=RECEIVED, site="mk-custody", team="YOT Milton Keynes",
                                    assigned_to="casey", note=note)
    detail = referrals.create_referral(ctx, actor, new)
    planted.referrals[key] = detail.id
    planted.person_ids[key] = detail.person.id
    return detail


def _close(ctx, actor, planted: Planted, key: str, outcome: str, at: datetime = MAY_CLOSE) -> None:
    note = f"Closing summary for {PEOPLE[key][0]} {PEOPLE[key][1]}: {outcome}"
    planted.notes.append(note)
    referrals.close_referral(ctx, actor, planted.referrals[key], outcome, at=at, note=note)


def _check(ctx, actor, planted: Planted, key: str, months: int, **values) -> None:
    check = next(c for c in followups.list_follow_ups(ctx, actor, planted.referrals[key]) if c.months == months)
    followups.record_follow_up(ctx, actor, check.id, FollowUpInput(**values))


def build(ctx, actor) -> Planted:
    """Make the fixture through the real services (the clock stands at 15 June 2026)."""
    planted = Planted()
    details = {key: _new(ctx, actor, key, planted) for key in PEOPLE}
    iv = interventions
    boxing = iv.create_programme(ctx, actor, "Boxing — Llanelli", pathway="intact")
    started = date(2025, 3, 10)
    places = {k: iv.add_intervention(ctx, actor, planted.referrals[k], "group", programme=boxing.id,
                                     started_on=started) for k in ("I1", "I2", "I3", "I4", "I5", "I6")}
    first = iv.plan_session(ctx, actor, programme=boxing.id, starts_at=datetime(2025, 4, 15, 17, 0, tzinfo=UTC),
                            location="Llanelli boxing club")
    second = iv.plan_session(ctx, actor, programme=boxing.id, starts_at=datetime(2025, 4, 22, 17, 0, tzinfo=UTC))
    for key, place in places.items():
        iv.record_attendance(ctx, actor, first.id, "attended", group=True, intervention_id=place.id)
        iv.record_attendance(ctx, actor, second.id, "did_not_attend" if key == "I6" else "attended", group=True,
                             intervention_id=place.id)
    i7 = iv.add_intervention(ctx, actor, planted.referrals["I7"], "one_to_one", started_on=started)
    s = iv.plan_session(ctx, actor, intervention_id=i7.id, starts_at=datetime(2025, 3, 20, 16, 0, tzinfo=UTC))
    iv.record_attendance(ctx, actor, s.id, "did_not_attend")
    a1 = iv.add_intervention(ctx, actor, planted.referrals["A1"], "one_to_one", with_parents=True, started_on=started)
    s = iv.plan_session(ctx, actor, intervention_id=a1.id, starts_at=datetime(2025, 3, 25, 16, 0, tzinfo=UTC))
    iv.record_attendance(ctx, actor, s.id, "attended", contact_ids=[details["A1"].person.contacts[0].id])
    a2 = iv.add_intervention(ctx, actor, planted.referrals["A2"], "one_to_one", started_on=started)
    s = iv.plan_session(ctx, actor, intervention_id=a2.id, starts_at=datetime(2025, 3, 26, 16, 0, tzinfo=UTC))
    iv.record_attendance(ctx, actor, s.id, "cancelled")

    for key in ("I1", "I2", "I3", "I4", "A1", "A2"):
        _close(ctx, actor, planted, key, "completed")
    _close(ctx, actor, planted, "I5", "no_further_police_contact")
    _close(ctx, actor, planted, "I6", "disengaged")
    _close(ctx, actor, planted, "I7", "declined")
    _close(ctx, actor, planted, "A3", "declined")
    _close(ctx, actor, planted, "I8", "moved_away", datetime(2025, 4, 30, 23, 30, tzinfo=UTC))  # 1 May, 00:30 BST
    _close(ctx, actor, planted, "I9", "completed", datetime(2025, 5, 31, 23, 30, tzinfo=UTC))   # 1 June, 00:30 BST
    _close(ctx, actor, planted, "I10", "completed")
    referrals.reopen_referral(ctx, actor, planted.referrals["I10"], "closed on the wrong referral")

    no = dict(further_police_contact="no", ed_reattendances=0)
    for key in ("I1", "I2", "I3", "I4", "I5", "I7", "A1", "I9"):
        _check(ctx, actor, planted, key, 6, **no)
    _check(ctx, actor, planted, "I6", 6, further_police_contact="yes", police_contact_on="2025-09-01",
           ed_reattendances=1)
    twelve = {  # suspect before/after, victim before/after, ED re-attendances
        "I1": (3, 0, 1, 0, 0), "I2": (2, 1, 0, 0, 0), "I3": (4, 0, 2, 1, 1), "I4": (1, 0, 0, 0, 0),
        "I5": (2, 0, 1, 1, 0), "I6": (3, 4, 0, 1, 2), "I9": (9, 9, 9, 9, 9),
    }
    for key, (sb, sa, vb, va, ed) in twelve.items():
        contact = dict(further_police_contact="yes", police_contact_on="2025-09-01") if key == "I6" else \
            dict(further_police_contact="no")
        _check(ctx, actor, planted, key, 12, **contact, suspect_before=sb, suspect_after=sa, victim_before=vb,
               victim_after=va, ed_reattendances=ed)
    return planted
