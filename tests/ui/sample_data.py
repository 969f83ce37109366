"""A dozen referrals across the three pathways, made through the real services.

Used by the UI tests and by ``tests/ui/screenshots.py``. Expects the teams, sites and users of the
``world`` fixture (tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from casework.services import directory, referrals
from casework.services.actor import Actor
from casework.services.people import PersonInput
from casework.store.models import Role, Team, User


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
_TEAM = {"act_now": "YOT Milton Keynes", "intact": "INTACT Carmarthenshire", "ae_navigator": "Leeds Navigators"}

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


def _writer(ctx, admin, team: str):
    """Who enters a team's referrals: its team lead (made, with the team, if the world has none).

    Case records are the case roles' to change; the administrator only sets the teams and users up.
    """
    if admin.has_case_role:
        return admin
    with ctx.read() as s:
        team_row = s.scalar(select(Team).where(Team.name == team))
        lead = s.scalar(select(User).where(User.team_id == team_row.id, User.role == Role.TEAM_LEAD)
                        .order_by(User.id).limit(1)) if team_row else None
        if lead is not None:
            return Actor.of(lead)
    if team_row is None:
        directory.create_team(ctx, admin, team)
    username = "lead." + "".join(c for c in team.lower() if c.isalnum())[:30]
    directory.create_user(ctx, admin, username, "correct-horse-battery", "team_lead", team, f"Lead of {team}")
    return directory.authenticate(ctx, username, "correct-horse-battery")


def add_samples(ctx, admin, samples: tuple[Sample, ...] = SAMPLES) -> list[int]:
    """Create the referrals (moving stages and closing as described), each by a team lead of its
    team; returns their ids."""
    now = ctx.clock.now()
    ids = []
    for sample in samples:
        actor = _writer(ctx, admin, _TEAM[sample.pathway])
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
