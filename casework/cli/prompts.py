"""Where passwords come from: an environment variable, else a prompt on a terminal, else an error."""

from __future__ import annotations

import getpass
import os
import sys

from ..errors import ValidationError

PASSWORD_ENV = "CASEWORK_PASSWORD"
NEW_PASSWORD_ENV = "CASEWORK_NEW_PASSWORD"
USER_ENV = "CASEWORK_USER"
DEFAULT_USER = "admin"


def stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def ask(prompt: str) -> str:
    """One hidden answer from the terminal. Tests replace this."""
    return getpass.getpass(prompt)


def _from_env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value else None


def acting_user(explicit: str | None) -> str:
    return explicit or _from_env(USER_ENV) or DEFAULT_USER


def sign_in_password(username: str) -> str:
    """The acting user's password: $CASEWORK_PASSWORD, else asked once on a terminal."""
    value = _from_env(PASSWORD_ENV)
    if value is not None:
        return value
    if stdin_is_tty():
        return _answer(f"Password for {username}: ")
    raise ValidationError("password", "required",
                          f"no password for {username}: set {PASSWORD_ENV} or run on a terminal to be asked")


def new_password(env_name: str, username: str) -> str:
    """A password being set: from ``env_name``, else asked twice on a terminal (the two must match)."""
    value = _from_env(env_name)
    if value is not None:
        return value
    if not stdin_is_tty():
        raise ValidationError("password", "required",
                              f"no password for the new user {username}: set {env_name} or run on a terminal "
                              "to be asked")
    first = _answer(f"New password for {username}: ")
    second = _answer(f"Repeat the password for {username}: ")
    if first != second:
        raise ValidationError("password", "mismatch", "the two passwords typed differ; nothing was saved")
    return first


def _answer(prompt: str) -> str:
    try:
        return ask(prompt)
    except EOFError:
        raise ValidationError("password", "required", "no password was typed") from None
