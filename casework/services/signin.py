"""Signing in: argon2 passwords, lock-out after repeated failures, password change and reset.

Lock-out is kept per *typed user name*, whether or not such a user exists, so a guesser learns
nothing: an unknown name is refused and locked exactly like a known one ("sign-in failed", then,
after ``max_failures`` failures in a row, "this account is locked until 14:35"). The name is stored
only as a salted SHA-256 digest (``sign_in_throttle.key``), never as typed: a password typed into the
user name box by mistake must not end up in the database in clear.

Every failure, every refusal while locked and every lock is written to the audit trail (the entity
is the user when one has that name; no typed text is recorded). An administrator unlocks an
account (``unlock_user``) or resets its password (``reset_password``, which unlocks it too).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..errors import AccountLocked, AuthenticationFailed, ValidationError
from ..passwords import LockoutPolicy, check_strength, hash_password, verify_password
from ..store.models import SignInThrottle, User
from ..validation import bad_character
from . import audit
from .access import require
from .actor import Actor
from .context import Context
from ..i18n import _

def _normal(username: str | None) -> str:
    return (username or "").strip().lower()


def throttle_key(username: str | None) -> str:
    """The stored form of a typed user name: a salted digest, never the text."""
    return hashlib.sha256(b"casework-sign-in:" + _normal(username).encode("utf-8", "surrogatepass")).hexdigest()


def _policy(ctx: Context) -> LockoutPolicy:
    return ctx.lockout


def locked_until(ctx: Context, username: str) -> datetime | None:
    """When the name's lock ends, if it is locked now."""
    now = ctx.clock.now()
    with ctx.read() as s:
        row = s.get(SignInThrottle, throttle_key(username))
    return row.locked_until if row is not None and row.locked_until is not None and row.locked_until > now else None


def _check_password(ctx: Context, username: str, password: str) -> User | None:
    """The active user whose name and password these are, or None; a lock raises AccountLocked.

    Failures are counted and audited here, in a transaction of their own.
    """
    name = _normal(username)
    key = throttle_key(name)
    now = ctx.clock.now()
    with ctx.read() as s:
        row = s.get(SignInThrottle, key)
        user = s.scalar(select(User).where(User.username == name)) if name and not bad_character(name) else None
    # The hash is checked in every case (against a dummy when there is no such user), so a refusal
    # takes as long whether the name exists, is locked or not.
    # A password that cannot be encoded (a lone surrogate) cannot be anyone's: it is checked against
    # the dummy hash so the refusal takes as long as any other.
    bad_password = bad_character(password or "") is not None
    ok = verify_password(user.password_hash if user and not bad_password else None,
                         "" if bad_password else password or "") and not bad_password
    if row is not None and row.locked_until is not None and row.locked_until > now:
        _audit_attempt(ctx, user, "sign_in_refused_locked", {"locked_until": row.locked_until})
        raise AccountLocked(row.locked_until)
    if ok and user is not None and user.active:
        if row is not None:
            with ctx.write() as s:
                s.execute(delete(SignInThrottle).where(SignInThrottle.key == key))
        return user
    return _count_failure(ctx, key, user)


def _count_failure(ctx: Context, key: str, user: User | None) -> None:
    policy = _policy(ctx)
    now = ctx.clock.now()
    for attempt in (1, 2):  # a second try if another desktop inserted the same row first
        try:
            with ctx.write() as s:
                row = s.get(SignInThrottle, key, with_for_update=True)
                if row is None:
                    row = SignInThrottle(key=key, failures=0)
                    s.add(row)
                if row.locked_until is not None and row.locked_until <= now:
                    row.locked_until = None  # an expired lock: counting starts again
                row.failures += 1
                row.last_failure_at = now
                failures = row.failures
                lock = failures >= policy.max_failures
                if lock:
                    row.locked_until = now + timedelta(minutes=policy.lock_minutes)
                    row.failures = 0
                details = {"failures": failures, "known_user": user is not None}
                audit.record(s, None, now, "sign_in_failed", "user", user.id if user else None, after=details)
                if lock:
                    audit.record(s, None, now, "account_locked", "user", user.id if user else None,
                                 after={"locked_until": row.locked_until, "known_user": user is not None})
                until = row.locked_until
            break
        except IntegrityError:
            if attempt == 2:
                raise
    if lock:
        raise AccountLocked(until)
    raise AuthenticationFailed()


def _audit_attempt(ctx: Context, user: User | None, action: str, details: dict) -> None:
    with ctx.write() as s:
        audit.record(s, None, ctx.clock.now(), action, "user", user.id if user else None,
                     after={**details, "known_user": user is not None})


def authenticate(ctx: Context, username: str, password: str) -> Actor:
    """The signed-in actor; AuthenticationFailed (never saying which half was wrong) or AccountLocked."""
    user = _check_password(ctx, username, password)
    if user is None:  # pragma: no cover - _check_password raises instead
        raise AuthenticationFailed()
    return Actor.of(user)


def confirm_identity(ctx: Context, actor: Actor, password: str) -> Actor:
    """The signed-in user's password again (the locked window): failures count toward lock-out."""
    confirmed = authenticate(ctx, actor.username, password)
    if confirmed.user_id != actor.user_id:  # pragma: no cover - the same name is the same user
        raise AuthenticationFailed()
    return confirmed


def change_password(ctx: Context, actor: Actor, old_password: str, new_password: str) -> None:
    """The user's own password. The current one is required (a wrong one counts toward lock-out)."""
    if not old_password:
        raise ValidationError("old_password", "required", _("give your current password"))
    check_strength(new_password or "", "new_password")
    if new_password == old_password:
        raise ValidationError("new_password", "same_as_old", _("the new password must differ from the current one"))
    try:
        _check_password(ctx, actor.username, old_password)
    except AccountLocked:
        raise
    except AuthenticationFailed:
        raise ValidationError("old_password", "wrong_password", _("the current password is not right")) from None
    new_hash = hash_password(new_password)
    with ctx.write() as s:
        user = s.get(User, actor.user_id, with_for_update=True)
        assert user is not None
        user.password_hash = new_hash
        audit.record(s, actor, ctx.clock.now(), "change_password", "user", user.id)


def _find(session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == _normal(username)).with_for_update())
    if user is None:
        raise ValidationError("username", "unknown_user", _("no user called {name}").format(name=repr(username)))
    return user


def reset_password(ctx: Context, actor: Actor, username: str, new_password: str) -> None:
    """An administrator sets a user's password (and so unlocks them)."""
    require(ctx, actor, "manage_users", entity_type="user")
    check_strength(new_password or "", "new_password")
    new_hash = hash_password(new_password)
    with ctx.write() as s:
        user = _find(s, username)
        user.password_hash = new_hash
        s.execute(delete(SignInThrottle).where(SignInThrottle.key == throttle_key(user.username)))
        audit.record(s, actor, ctx.clock.now(), "reset_password", "user", user.id)


def unlock_user(ctx: Context, actor: Actor, username: str) -> bool:
    """An administrator lifts a lock-out (and forgets the failures). True if there was anything to lift."""
    require(ctx, actor, "manage_users", entity_type="user")
    now = ctx.clock.now()
    with ctx.write() as s:
        user = _find(s, username)
        row = s.get(SignInThrottle, throttle_key(user.username), with_for_update=True)
        was_locked = row is not None and row.locked_until is not None and row.locked_until > now
        if row is not None:
            s.delete(row)
        audit.record(s, actor, now, "unlock", "user", user.id, before={"locked_until": row.locked_until if row else None},
                     after={"locked_until": None})
        return was_locked


def locks_of(session, users: list[User], now: datetime) -> dict[int, datetime]:
    """user id -> end of the lock, for the given users that are locked now (one query)."""
    keys = {throttle_key(u.username): u.id for u in users}
    if not keys:
        return {}
    rows = session.execute(select(SignInThrottle.key, SignInThrottle.locked_until)
                           .where(SignInThrottle.key.in_(list(keys)), SignInThrottle.locked_until > now)).all()
    return {keys[k]: until for k, until in rows}
