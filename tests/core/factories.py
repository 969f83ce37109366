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
