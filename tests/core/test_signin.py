"""Sign-in: lock-out after repeated failures (the same for unknown names), unlock by an administrator,
password change (current password required, length rule naming the field) and reset; all audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from casework.errors import AccountLocked, AuthenticationFailed, NotPermitted, ValidationError
from casework.passwords import LockoutPolicy
from casework.services import directory, signin
from casework.store.models import AuditEntry, SignInThrottle

from ..conftest import PASSWORD

WRONG = "not-the-password"


def fail(ctx, username, times: int = 1) -> list[BaseException]:
    errors = []
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as excinfo:
            signin.authenticate(ctx, username, WRONG)
        errors.append(excinfo.value)
    return errors


def audit_actions(ctx) -> list[tuple[str, int | None, dict]]:
    with ctx.read() as s:
        return [(a.action, a.entity_id, a.details.get("after", {}))
                for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
                if a.action in ("sign_in_failed", "account_locked", "sign_in_refused_locked", "unlock",
                                "change_password", "reset_password")]


def test_five_failures_lock_the_account_for_fifteen_minutes_even_with_the_right_password(ctx, world, clock):
    errors = fail(ctx, "casey", 5)
    assert [type(e) for e in errors] == [AuthenticationFailed] * 4 + [AccountLocked]
    until = errors[-1].until
    assert until == clock.now() + timedelta(minutes=15)
    assert "locked" in str(errors[-1]) and "until 2026-06-15 10:15 BST" in str(errors[-1])
    with pytest.raises(AccountLocked):
        signin.authenticate(ctx, "casey", PASSWORD)
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(AccountLocked):
        signin.authenticate(ctx, "casey", PASSWORD)
    clock.advance(timedelta(seconds=2))
    assert signin.authenticate(ctx, "casey", PASSWORD).username == "casey"


def test_every_failure_and_the_lock_are_audited_against_the_user_without_the_typed_text(ctx, world):
    fail(ctx, "casey", 5)
    with pytest.raises(AccountLocked):
        signin.authenticate(ctx, "casey", PASSWORD)
    casey = world.caseworker.user_id
    actions = audit_actions(ctx)
    assert [(a, e) for a, e, _ in actions] == [("sign_in_failed", casey)] * 5 + [
        ("account_locked", casey), ("sign_in_refused_locked", casey)]
    assert [d["failures"] for a, _, d in actions if a == "sign_in_failed"] == [1, 2, 3, 4, 5]
    with ctx.read() as s:
        texts = " ".join(str(a.details) for a in s.scalars(select(AuditEntry)))
        keys = list(s.scalars(select(SignInThrottle.key)))
    assert WRONG not in texts and PASSWORD not in texts
    assert keys == [signin.throttle_key("casey")] and "casey" not in keys[0]


def test_an_unknown_user_name_is_refused_and_locked_exactly_like_a_known_one(ctx, world):
    known, unknown = fail(ctx, "casey", 5), fail(ctx, "nobody.here", 5)
    assert [type(e) for e in known] == [type(e) for e in unknown]
    assert [str(e) for e in known] == [str(e) for e in unknown]
    with pytest.raises(AccountLocked):
        signin.authenticate(ctx, "nobody.here", PASSWORD)
    # A name typed with other case or spaces is the same name.
    with pytest.raises(AccountLocked):
        signin.authenticate(ctx, "  Casey ", PASSWORD)


def test_a_success_forgets_earlier_failures(ctx, world):
    fail(ctx, "casey", 4)
    signin.authenticate(ctx, "casey", PASSWORD)
    fail(ctx, "casey", 4)
    assert signin.authenticate(ctx, "casey", PASSWORD).username == "casey"


def test_the_policy_is_configurable(ctx, world, monkeypatch):
    ctx.lockout = LockoutPolicy(max_failures=2, lock_minutes=60)
    errors = fail(ctx, "casey", 2)
    assert isinstance(errors[-1], AccountLocked)
    assert errors[-1].until == ctx.clock.now() + timedelta(minutes=60)
    monkeypatch.setenv("CASEWORK_LOCKOUT_FAILURES", "3")
    monkeypatch.setenv("CASEWORK_LOCKOUT_MINUTES", "30")
    assert LockoutPolicy.from_environment() == LockoutPolicy(3, 30)
    monkeypatch.setenv("CASEWORK_LOCKOUT_FAILURES", "none")
    with pytest.raises(ValidationError) as excinfo:
        LockoutPolicy.from_environment()
    assert excinfo.value.field == "CASEWORK_LOCKOUT_FAILURES"


def test_an_administrator_unlocks_and_the_unlock_is_audited(ctx, world):
    fail(ctx, "casey", 5)
    assert {u.username: u.locked_until for u in directory.list_users(ctx, world.admin)}["casey"] is not None
    with pytest.raises(NotPermitted):
        signin.unlock_user(ctx, world.team_lead, "casey")
    assert signin.unlock_user(ctx, world.admin, "casey") is True
    assert signin.authenticate(ctx, "casey", PASSWORD).username == "casey"
    assert {u.username: u.locked_until for u in directory.list_users(ctx, world.admin)}["casey"] is None
    assert audit_actions(ctx)[-1][:2] == ("unlock", world.caseworker.user_id)
    with pytest.raises(ValidationError) as excinfo:
        signin.unlock_user(ctx, world.admin, "nobody")
    assert excinfo.value.field == "username"


def test_a_user_changes_their_password_with_the_current_one(ctx, world):
    casey = world.caseworker
    signin.change_password(ctx, casey, PASSWORD, "a-brand-new-password")
    with pytest.raises(AuthenticationFailed):
        signin.authenticate(ctx, "casey", PASSWORD)
    assert signin.authenticate(ctx, "casey", "a-brand-new-password").username == "casey"
    assert ("change_password", casey.user_id) in [entry[:2] for entry in audit_actions(ctx)]


@pytest.mark.parametrize("old, new, field, rule", [
    ("", "a-brand-new-password", "old_password", "required"),
    (PASSWORD, "short", "new_password", "password_too_short"),
    (PASSWORD, PASSWORD, "new_password", "same_as_old"),
    (WRONG, "a-brand-new-password", "old_password", "wrong_password"),
])
def test_a_bad_password_change_names_the_field_and_changes_nothing(ctx, world, old, new, field, rule):
    with pytest.raises(ValidationError) as excinfo:
        signin.change_password(ctx, world.caseworker, old, new)
    assert (excinfo.value.field, excinfo.value.rule) == (field, rule)
    if rule == "password_too_short":
        assert "at least 8 characters" in excinfo.value.message
    assert signin.authenticate(ctx, "casey", PASSWORD).username == "casey"


def test_wrong_current_passwords_count_toward_lock_out(ctx, world):
    for _ in range(4):
        with pytest.raises(ValidationError):
            signin.change_password(ctx, world.caseworker, WRONG, "a-brand-new-password")
    with pytest.raises(AccountLocked):
        signin.change_password(ctx, world.caseworker, WRONG, "a-brand-new-password")
    with pytest.raises(AccountLocked):
        signin.change_password(ctx, world.caseworker, PASSWORD, "a-brand-new-password")


def test_an_administrator_resets_a_password_which_also_unlocks(ctx, world):
    fail(ctx, "casey", 5)
    with pytest.raises(ValidationError) as excinfo:
        signin.reset_password(ctx, world.admin, "casey", "short")
    assert excinfo.value.field == "new_password"
    with pytest.raises(NotPermitted):
        signin.reset_password(ctx, world.manager, "casey", "given-by-the-admin")
    signin.reset_password(ctx, world.admin, "casey", "given-by-the-admin")
    assert signin.authenticate(ctx, "casey", "given-by-the-admin").username == "casey"
    assert audit_actions(ctx)[-1][:2] == ("reset_password", world.caseworker.user_id)


def test_the_locked_window_takes_only_the_signed_in_users_password(ctx, world):
    casey = world.caseworker
    assert signin.confirm_identity(ctx, casey, PASSWORD).user_id == casey.user_id
    errors = []
    for _ in range(5):
        with pytest.raises(AuthenticationFailed) as excinfo:
            signin.confirm_identity(ctx, casey, WRONG)
        errors.append(excinfo.value)
    assert isinstance(errors[-1], AccountLocked)
    # Another user's password does not open casey's window.
    with pytest.raises(AuthenticationFailed):
        signin.confirm_identity(ctx, world.team_lead, "whatever-else-1")


def test_directory_authenticate_is_the_same_sign_in(ctx, world):
    fail(ctx, "casey", 5)
    with pytest.raises(AccountLocked):
        directory.authenticate(ctx, "casey", PASSWORD)


# --- the command line -------------------------------------------------------------------------------

def test_password_unlock_and_reset_from_the_command_line(ctx, world, clock, capsys, monkeypatch):
    from casework.cli import prompts
    from casework.cli.main import main

    monkeypatch.setattr(prompts, "stdin_is_tty", lambda: False)
    monkeypatch.delenv("CASEWORK_NEW_PASSWORD", raising=False)
    url = ctx.engine.url.render_as_string(hide_password=False)

    def cli(*args, user="admin", password=PASSWORD):
        monkeypatch.setenv("CASEWORK_PASSWORD", password)
        code = main(["--db", url, "--user", user, *args], clock=clock)
        return code, capsys.readouterr()

    # Five wrong passwords lock casey out; the message says until when, the exit code is 3.
    for _ in range(4):
        assert cli("team", "list", user="casey", password=WRONG)[0] == 3
    code, out = cli("team", "list", user="casey", password=WRONG)
    assert code == 3 and "locked after repeated failed sign-ins until 2026-06-15 10:15 BST" in out.err
    code, out = cli("user", "list")
    assert "LOCKED UNTIL" in out.out and "2026-06-15 10:15 BST" in out.out
    code, out = cli("user", "unlock", "casey")
    assert (code, out.out.strip()) == (0, "unlocked casey")
    # casey changes her own password: the new one from the environment, at least 8 characters.
    monkeypatch.setenv("CASEWORK_NEW_PASSWORD", "short")
    code, out = cli("password", user="casey")
    assert code == 2 and out.err.startswith("error: new_password:") and "at least 8 characters" in out.err
    monkeypatch.setenv("CASEWORK_NEW_PASSWORD", "caseys-new-password")
    code, out = cli("password", user="casey")
    assert (code, out.out.strip()) == (0, "changed the password of casey")
    assert signin.authenticate(ctx, "casey", "caseys-new-password").username == "casey"
    # The administrator resets it; a team lead may not.
    monkeypatch.setenv("CASEWORK_NEW_PASSWORD", "reset-by-the-admin")
    assert cli("user", "reset-password", "casey", user="tl")[0] == 3
    code, out = cli("user", "reset-password", "casey")
    assert (code, out.out.strip()) == (0, "set a new password for casey")
    assert signin.authenticate(ctx, "casey", "reset-by-the-admin").username == "casey"
    code, out = cli("user", "reset-password", "nobody")
    assert code == 2 and out.err.startswith("error: username:")
