"""Codes from the core turned into words for people: roles, outcomes, form fields, errors.

The core returns codes (a role value, an outcome id, a ValidationError's field and rule); the words
are chosen here, in one place, and go through Qt's translation machinery.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from casework.errors import AuthenticationFailed, CaseworkError, ValidationError

from .qt import QCoreApplication


def tr(text: str, context: str = "wording") -> str:
    return QCoreApplication.translate(context, text)


ROLE_NAMES = {
    "caseworker": "Caseworker",
    "team_lead": "Team lead",
    "manager": "Manager",
    "admin": "Administrator",
}


def role_name(role: object) -> str:
    code = getattr(role, "value", role)
    return tr(ROLE_NAMES.get(str(code), str(code).replace("_", " ").capitalize()))


def humanise(code: str | None) -> str:
    """``disengaged_criminal_justice`` -> ``Disengaged criminal justice``."""
    if not code:
        return ""
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


# Field names the core uses in ValidationError, as the forms label them.
FIELD_LABELS = {
    "username": "User name",
    "display_name": "Full name",
    "password": "Password",
    "confirm_password": "Confirm password",
}


def field_label(field: str) -> str:
    return tr(FIELD_LABELS.get(field, humanise(field)))


# (field, rule) -> what to tell the person. Anything not listed falls back to the core's message.
_RULE_TEXT = {
    ("username", "username_format"):
        "use 2 to 80 characters: lower-case letters, digits, dots, dashes or underscores, starting with a letter",
    ("username", "duplicate"): "this user name is taken",
    ("password", "password_too_short"): "use at least 8 characters",
    ("user", "already_initialised"): "this database already has users; sign in instead",
}


def validation_text(error: ValidationError) -> str:
    """The message for one field, without the field's name (the form shows it beside the field)."""
    text = _RULE_TEXT.get((error.field, error.rule))
    return tr(text) if text else error.message


SIGN_IN_FAILED = "Sign-in failed: the user name and password do not match an active account."


def error_text(error: BaseException) -> str:
    """One error, for a message box or a status line. Never includes a password or a stack trace."""
    if isinstance(error, AuthenticationFailed):
        return tr(SIGN_IN_FAILED)
    if isinstance(error, ValidationError):
        return f"{field_label(error.field)}: {validation_text(error)}"
    if isinstance(error, CaseworkError):
        return str(error)
    if isinstance(error, SQLAlchemyError):
        # The driver's first line says what went wrong (refused connection, unknown database ...).
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()
        return tr("The database could not be reached: {detail}").format(detail=detail[0] if detail else type(error).__name__)
    return tr("Something went wrong: {kind}").format(kind=type(error).__name__)


def describe_database(url: str) -> str:
    """Where the data lives, for people: a file path, or the server and database (never a password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or tr("in-memory database")
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return tr("{database} on {host}").format(database=parsed.database or "", host=f"{host}{port}")


def plural(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(n=f"{count:,}")
