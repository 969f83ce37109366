"""argon2 password hashing."""

from __future__ import annotations

import os
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .errors import ValidationError
from .validation import bad_character
from .i18n import _

MIN_LENGTH = 8
MAX_LENGTH = 1024
LOCKOUT_FAILURES_ENV = "CASEWORK_LOCKOUT_FAILURES"
LOCKOUT_MINUTES_ENV = "CASEWORK_LOCKOUT_MINUTES"
_hasher = PasswordHasher()
# Verified against when the user name is unknown, so a failed sign-in takes as long either way. A
# fixed hash made with the hasher's parameters (a test checks they still match): hashing one at
# import cost every process that imports this module a 64 MiB argon2 run (a tenth of the desktop's
# start-up).
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$2gjhiopQsY1erLm1mwXC4A$H7c0yJJ74ZpZQqAeXsNdbA3avZSEgq5kFWftsnkDf9M"


def check_strength(password: str, field: str = "password") -> None:
    if not isinstance(password, str):
        raise ValidationError(field, "text", _("a password is text"))
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, "password_too_short", _("a password needs at least {limit} characters").format(limit=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        raise ValidationError(field, "password_too_long", _("a password has at most {limit} characters").format(limit=MAX_LENGTH))
    if bad_character(password) == "invalid_characters":
        raise ValidationError(field, "invalid_characters", _("the password contains characters that are not valid text"))


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not isinstance(password, str) or len(password) > MAX_LENGTH or bad_character(password) == "invalid_characters":
        password = ""  # cannot match; still verified against the hash so that it takes as long
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class LockoutPolicy:
    """After ``max_failures`` failed sign-ins in a row, refuse the name for ``lock_minutes``."""

    max_failures: int = 5
    lock_minutes: int = 15

    @classmethod
    def from_environment(cls) -> LockoutPolicy:
        """``$CASEWORK_LOCKOUT_FAILURES`` and ``$CASEWORK_LOCKOUT_MINUTES`` override the defaults."""
        def number(name: str, default: int, low: int) -> int:
            raw = os.environ.get(name, "").strip()
            if not raw:
                return default
            try:
                value = int(raw)
            except ValueError:
                raise ValidationError(name, "not_a_number", f"${name} must be a whole number, not {raw!r}") from None
            if value < low:
                raise ValidationError(name, "too_small", f"${name} must be at least {low}")
            return value
        return cls(number(LOCKOUT_FAILURES_ENV, cls.max_failures, 1), number(LOCKOUT_MINUTES_ENV, cls.lock_minutes, 1))
