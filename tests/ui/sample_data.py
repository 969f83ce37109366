"""A dozen referrals across the three pathways, made through the real services.

Used by the UI tests and by ``tests/ui/screenshots.py``. Expects the teams, sites and users of the
``world`` fixture (tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from casework.services import referrals
from casework.services.people import PersonInput


@dataclass(frozen=True)
class Sample:
    given: str
    family: str
    born: date
    pathway: str
    days_ago: float
    stages: tuple[str, ...] = ()
    outcome: str | None = None
    assigned_to: str | None = None


_SOURCE = {"act_now": "custody", "intact": "marf", "ae_navigator": "emergency_department"}
_SITE = {"act_now": "mk-custody", "intact": "carmarthen", "ae_navigator": "lgi-ed"}
_TEAM = {"act_now": "YOT Milton Keynes", "intact": None, "ae_navigator": "Leeds Navigators"}

SAMPLES: tuple[Sample, ...] = (
    Sample("Jayden", "Okafor", date(2009, 11, 2), "act_now", 0.05, assigned_to="casey"),
    Sample("Tyler", "Brennan", date(2010, 5, 19), "act_now", 0.8, ("engagement",), assigned_to="casey"),
    Sample("Mia", "Kowalski", date(2011, 8, 30), "act_now", 3.2, ("engagement", "intervention"), assigned_to="tl"),
    Sample("Reece", "Adeyemi", date(2008, 7, 14), "act_now", 9.5, ("criminal_justice",), assigned_to="casey"),
    Sample("Callum", "Hughes", date(2009, 2, 1), "act_now", 40, ("engagement", "intervention"), "completed", "tl"),
    Sample("Aled", "Pritchard", date(2012, 4, 9), "intact", 0.3),
    Sample("Seren", "Llewellyn", date(2013, 1, 23), "intact", 2.1, ("assessment",)),
    Sample("Dylan", "Morgan-Evans", date(2010, 10, 10), "intact", 15, ("assessment", "intervention")),
    Sample("Ffion", "Rees", date(2011, 6, 3), "intact", 60, ("signposted",), "referred_on"),
    Sample("Aisha", "Rahman", date(2007, 12, 12), "ae_navigator", 0.15),
    Sample("Kieran", "Walsh", date(2004, 3, 28), "ae_navigator", 1.4, ("aftercare",)),
    Sample("Shannon", "McBride", date(2006, 9, 17), "ae_navigator", 21, ("declined",), "declined"),
)


def add_samples(ctx, actor, samples: tuple[Sample, ...] = SAMPLES) -> list[int]:
    """Create the referrals (moving stages and closing as described); returns their ids."""
    now = ctx.clock.now()
    ids = []
    for sample in samples:
        detail = referrals.create_referral(ctx, actor, referrals.NewReferral(
            pathway=sample.pathway, source=_SOURCE[sample.pathway],
            person=PersonInput(sample.given, sample.family, sample.born),
            received_at=now - timedelta(days=sample.days_ago), site=_SITE[sample.pathway],
            team=_TEAM[sample.pathway], assigned_to=sample.assigned_to,
        ))
        for stage in sample.stages:
            referrals.move_stage(ctx, actor, detail.id, stage)
        if sample.outcome:
            referrals.close_referral(ctx, actor, detail.id, sample.outcome)
        ids.append(detail.id)
    return ids
