"""Small builders for test data through the real services."""

from __future__ import annotations

from datetime import date

from casework.services import referrals
from casework.services.people import ContactInput, PersonInput


def young_person(**overrides) -> PersonInput:
    values = dict(given_name="Sam", family_name="Jones", date_of_birth=date(2010, 3, 4), gender="male",
                  home_local_authority="Milton Keynes", postcode="MK9 2AA",
                  contacts=(ContactInput("Ann Jones", "mother", "07700 900123", True),))
    values.update(overrides)
    return PersonInput(**values)


def act_now(ctx, actor, **overrides):
    values = dict(pathway="act_now", source="custody", person=young_person(), site="mk-custody",
                  team="YOT Milton Keynes", assigned_to="casey")
    values.update(overrides)
    return referrals.create_referral(ctx, actor, referrals.NewReferral(**values))


def lead_of(ctx, admin, team: str, username: str | None = None):
    """A team lead of ``team`` (made on first use): who sets up case data in tests, now that an
    administrator without a case role may not."""
    from sqlalchemy import select

    from casework.services import directory
    from casework.services.actor import Actor
    from casework.store.models import Team, User

    with ctx.read() as s:
        user = s.scalar(select(User).join(Team, Team.id == User.team_id)
                        .where(Team.name == team, User.role == "team_lead", User.active.is_(True))
                        .order_by(User.id).limit(1))
        if user is not None:
            return Actor.of(user)
    name = username or "lead." + "".join(c for c in team.lower() if c.isalnum())[:30]
    directory.create_user(ctx, admin, name, "correct-horse-battery", "team_lead", team, f"Lead of {team}")
    with ctx.read() as s:
        return Actor.of(s.scalar(select(User).where(User.username == name)))
