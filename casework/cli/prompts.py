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


# --- the database key (SQLCipher) -----------------------------------------------------------------

NEW_DB_PASSPHRASE_ENV = "CASEWORK_NEW_DB_PASSPHRASE"


def database_key(path):
    """The key of the encrypted file at ``path``: keyring, $CASEWORK_DB_PASSPHRASE, else asked once."""
    from ..errors import DatabaseKeyRequired
    from ..store.encryption import DatabaseKey, key_for_existing

    try:
        return key_for_existing(path)
    except DatabaseKeyRequired:
        if not stdin_is_tty():
            raise
    typed = _answer_passphrase(f"Passphrase for the database {path}: ")
    return DatabaseKey.from_passphrase(typed)


def new_database_key(*, prefer_passphrase: bool = False, env_name: str | None = None):
    """A key for a database being encrypted: a random key kept in the keyring when there is one (and
    no passphrase was asked for), else a passphrase from ``env_name`` (default $CASEWORK_DB_PASSPHRASE)
    or typed twice on a terminal."""
    from ..store.encryption import PASSPHRASE_ENV, DatabaseKey, check_new_passphrase, keyring_usable

    env_name = env_name or PASSPHRASE_ENV
    given = _from_env(env_name)
    if given is None and not prefer_passphrase and keyring_usable():
        return DatabaseKey.random()
    if given is None:
        if not stdin_is_tty():
            raise ValidationError(
                "passphrase", "required",
                f"no system keyring here to keep the database key in, and no passphrase: set {env_name}, "
                "run on a terminal to be asked, or use --no-encrypt" if not keyring_usable() else
                f"no database passphrase: set {env_name} or run on a terminal to be asked")
        first = _answer_passphrase("New database passphrase (at least 12 characters; it cannot be recovered): ")
        check_new_passphrase(first)
        second = _answer_passphrase("Repeat the database passphrase: ")
        if first != second:
            raise ValidationError("passphrase", "mismatch", "the two passphrases typed differ; nothing was changed")
        given = first
    check_new_passphrase(given)
    return DatabaseKey.from_passphrase(given)


def _answer_passphrase(prompt: str) -> str:
    try:
        return ask(prompt)
    except EOFError:
        raise ValidationError("passphrase", "required", "no passphrase was typed") from None
