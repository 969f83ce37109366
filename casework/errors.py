"""Typed errors raised by the core. The UI and CLI turn them into words and exit codes."""

from __future__ import annotations

from .i18n import N_, _

# The records a NotFound or a Conflict can name, as a reader calls them (anything else is shown as given).
ENTITY_WORDS = {
    "alert": N_("alert"),
    "breach": N_("breach"),
    "event": N_("event"),
    "group session": N_("group session"),
    "intervention": N_("intervention"),
    "merge": N_("merge"),
    "person": N_("person"),
    "record": N_("record"),
    "referral": N_("referral"),
    "risk flag": N_("risk flag"),
    "user": N_("user"),
}


def entity_word(entity: str) -> str:
    """``referral`` -> "referral" / "atgyfeiriad" (the current language)."""
    words = ENTITY_WORDS.get(entity)
    return _(words) if words else entity


class CaseworkError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1


class ValidationError(CaseworkError):
    """Bad input: names the field and the rule broken."""

    exit_code = 2

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.rule = rule
        self.message = message


class NotPermitted(CaseworkError):
    """The acting user may not do this. Every refusal is written to the audit trail.

    ``entity_type``/``entity_id`` name the record the attempt was on (when there is one);
    ``actor`` is who tried. ``audited`` becomes True once the refusal is in the audit trail, which
    happens in a transaction of its own after the refusing one has rolled back (see
    ``casework.services.access``).
    """

    exit_code = 3

    def __init__(self, action: str, message: str = "", *, entity_type: str | None = None,
                 entity_id: int | None = None, actor: object | None = None) -> None:
        super().__init__(str(message) or f"not permitted: {action}")
        self.action = action
        # The reason in English, as the audit trail keeps it; ``words`` is the reason as given: an
        # ``i18n.Later`` when the raiser made one, which the UI shows in the reader's language
        # (``i18n.said(error.words)``).
        self.reason = str(message) or f"not permitted: {action}"
        self.words = message or self.reason
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.actor = actor
        self.audited = False


class NotFound(CaseworkError):
    exit_code = 4

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(_("{entity} {key} not found").format(entity=entity_word(entity), key=key))
        self.entity = entity
        self.key = key


class Conflict(CaseworkError):
    """A stale update: someone else changed the record since it was read. Nothing was written."""

    exit_code = 5

    def __init__(self, entity: str, key: object, expected: int | None = None, actual: int | None = None) -> None:
        words = dict(entity=entity_word(entity), key=key, expected=expected, actual=actual)
        super().__init__(_("{entity} {key} was changed by someone else (you had version {expected}, it is now at version "
                           "{actual}); nothing was saved").format(**words) if expected is not None else
                         _("{entity} {key} was changed by someone else; nothing was saved").format(**words))
        self.entity = entity
        self.key = key
        self.expected = expected
        self.actual = actual


class AuthenticationFailed(CaseworkError):
    """Sign-in failed. Deliberately does not say which half was wrong."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__(_("sign-in failed: unknown user name or wrong password"))


class AccountLocked(AuthenticationFailed):
    """Too many failed sign-ins for this user name: refused until ``until`` (UTC), whatever the password.

    Said the same way for a user name that does not exist, so a guesser learns nothing from it.
    """

    def __init__(self, until) -> None:
        from .timeutil import format_local  # local import: errors is imported by everything

        CaseworkError.__init__(self, _("this account is locked after repeated failed sign-ins until {until}; try again "
                                       "then, or ask an administrator to unlock it").format(until=format_local(until)))
        self.until = until


class PathwayFileError(CaseworkError):
    """A pathway file is broken: names the file, the key and the problem."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file = file
        self.key = key
        self.problem = problem


class DatabaseTooNew(CaseworkError):
    def __init__(self, found: str, known: str) -> None:
        super().__init__(_("the database is at revision {found}, newer than this version of Casework knows "
                           "(head {known}); upgrade Casework before opening it").format(found=found, known=known))
        self.found = found
        self.known = known


class DatabaseKeyRequired(CaseworkError):
    """An encrypted database was opened without its key (not in the keyring, no passphrase given)."""

    exit_code = 2

    def __init__(self, where: str, hint: str = "") -> None:
        super().__init__(_("the database {where} is encrypted and its key is not in this computer's keyring; {hint}").format(
            where=where, hint=hint or _("give its passphrase (set CASEWORK_DB_PASSPHRASE, or run on a terminal to be "
                                        "asked)")))
        self.field = "passphrase"
        self.where = where


class WrongDatabaseKey(CaseworkError):
    """The key or passphrase given does not open the encrypted database (or the file is not a database)."""

    exit_code = 3

    def __init__(self, where: str) -> None:
        super().__init__(_("the passphrase or key does not open the database {where} (wrong passphrase, or the file is "
                           "not a Casework database)").format(where=where))
        self.field = "passphrase"
        self.where = where


class DatabaseInUse(CaseworkError):
    """An operation that needs the database to itself found another program using it."""

    exit_code = 5

    def __init__(self, where: str, action: str) -> None:
        super().__init__(_("the database {where} is in use by another program (the desktop app or another command); "
                           "close it everywhere, then {action} again").format(where=where, action=action))
        self.where = where
        self.action = action


class BadBackupFile(CaseworkError):
    """A file offered for restore is not a usable Casework backup. Names the problem."""

    exit_code = 2

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(_("cannot restore from {file}: {problem}; nothing was changed").format(file=file, problem=problem))
        self.file = file
        self.problem = problem
