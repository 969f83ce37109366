"""Teams, sites, users and signing in."""

from __future__ import annotations

import pytest

from casework.errors import AuthenticationFailed, NotPermitted, ValidationError
from casework.services import directory
from casework.store.models import Role

from ..conftest import PASSWORD


def test_first_admin_only_once(ctx):
    directory.create_first_admin(ctx, "admin", PASSWORD)
    with pytest.raises(ValidationError) as err:
        directory.create_first_admin(ctx, "other", PASSWORD)
    assert err.value.rule == "already_initialised"


def test_sign_in_failure_does_not_say_which_half_was_wrong(ctx, admin):
    with pytest.raises(AuthenticationFailed) as wrong_password:
        directory.authenticate(ctx, "admin", "not-the-password")
    with pytest.raises(AuthenticationFailed) as unknown_user:
        directory.authenticate(ctx, "nobody", PASSWORD)
    assert str(wrong_password.value) == str(unknown_user.value)


def test_sign_in_is_case_insensitive_on_the_user_name(ctx, admin):
    assert directory.authenticate(ctx, " Admin ", PASSWORD).role is Role.ADMIN


def test_passwords_are_stored_as_argon2_hashes(ctx, admin):
    from sqlalchemy import select

    from casework.store.models import User

    with ctx.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("$argon2") and PASSWORD not in stored


@pytest.mark.parametrize("kwargs, field, rule", [
    (dict(username="Bad Name", password=PASSWORD, role="caseworker", team="YOT Milton Keynes"), "username", "username_format"),
    (dict(username="casey", password=PASSWORD, role="caseworker", team="YOT Milton Keynes"), "username", "duplicate"),
    (dict(username="new", password="short", role="caseworker", team="YOT Milton Keynes"), "password", "password_too_short"),
    (dict(username="new", password=PASSWORD, role="wizard", team="YOT Milton Keynes"), "role", "choice"),
    (dict(username="new", password=PASSWORD, role="caseworker", team=None), "team", "required"),
    (dict(username="new", password=PASSWORD, role="caseworker", team="Atlantis"), "team", "unknown_team"),
])
def test_bad_user_names_the_field(ctx, world, kwargs, field, rule):
    with pytest.raises(ValidationError) as err:
        directory.create_user(ctx, world.admin, **kwargs)
    assert (err.value.field, err.value.rule) == (field, rule)


def test_only_an_admin_manages_users_teams_and_sites(ctx, world):
    with pytest.raises(NotPermitted):
        directory.create_user(ctx, world.team_lead, "x1", PASSWORD, "caseworker", "YOT Milton Keynes")
    with pytest.raises(NotPermitted):
        directory.create_team(ctx, world.manager, "Shadow team")
    with pytest.raises(NotPermitted):
        directory.create_site(ctx, world.caseworker, "s", "S", "office", "Leeds", "england")


@pytest.mark.parametrize("kwargs, field, rule", [
    (dict(code="mk-custody", name="Again", kind="office", local_authority="Milton Keynes", nation="england"), "code", "duplicate"),
    (dict(code="x", name="X", kind="castle", local_authority="Leeds", nation="england"), "kind", "choice"),
    (dict(code="x", name="X", kind="office", local_authority="Leeds", nation="atlantis"), "nation", "choice"),
    (dict(code="x", name="", kind="office", local_authority="Leeds", nation="england"), "name", "required"),
])
def test_bad_site_names_the_field(ctx, world, kwargs, field, rule):
    with pytest.raises(ValidationError) as err:
        directory.create_site(ctx, world.admin, **kwargs)
    assert (err.value.field, err.value.rule) == (field, rule)


def test_duplicate_team_name_is_refused_whatever_the_case(ctx, world):
    with pytest.raises(ValidationError) as err:
        directory.create_team(ctx, world.admin, "yot milton keynes")
    assert (err.value.field, err.value.rule) == ("team", "duplicate")


def test_listings(ctx, world):
    assert [t.name for t in directory.list_teams(ctx, world.admin)] == ["Leeds Navigators", "YOT Milton Keynes"]
    assert {u.username for u in directory.list_users(ctx, world.admin)} == {"admin", "casey", "tl", "morgan"}
    assert len(directory.list_sites(ctx, world.admin)) == 3
