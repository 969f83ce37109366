"""Codes from the core turned into words for people: roles, outcomes, form fields, errors.

The core returns codes (a role value, an outcome id, a ValidationError's field and rule); the words
are chosen here, in one place, and go through Qt's translation machinery.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from casework.errors import AccountLocked, AuthenticationFailed, CaseworkError, NotPermitted, ValidationError
from casework.i18n import said
from casework.reports import words as report_words

from casework.timeutil import format_local

from .qt import QCoreApplication, QLocale


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the chosen language (resources/translations/casework_*.ts).

    ``pyside6-lupdate`` files a plain ``tr("...")`` call under the empty context, with a second
    argument as its disambiguation, wherever the call is; so the lookup here uses the same. (A
    ``self.tr`` call is filed under its class, and Qt looks it up there.)
    """
    return QCoreApplication.translate("", text, disambiguation)


def N_(text: str) -> str:  # noqa: N802 - the usual name for a no-op translation marker
    """Marks a literal for the catalogue without translating it now (``tr(value)`` does, later).

    For words kept in tables (column headers, code -> words): lupdate reads ``N_("...")`` as
    ``QT_TR_NOOP`` (see ``scripts/translations``), filed under the same empty context as ``tr``.
    """
    return text


ROLE_NAMES = {
    "caseworker": N_("Caseworker"),
    "team_lead": N_("Team lead"),
    "manager": N_("Manager"),
    "admin": N_("Administrator"),
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
    "username": N_("User name"),
    "display_name": N_("Full name"),
    "password": N_("Password"),
    "confirm_password": N_("Confirm password"),
    "nhs_number": N_("NHS number"),
    "pnc_id": N_("PNC ID"),
    "received_at": N_("Time received"),
    "occurred_at": N_("Time"),
    "assigned_to": N_("Assign to"),
    # the reports page
    "report": N_("Report"),
    "from": N_("From"),
    "to": N_("To"),
    "team": N_("Team"),
    "worker": N_("Worker"),
    "referral": N_("Referral"),
    "pdf": N_("File"),
    # users and passwords
    "role": N_("Case role"),
    "admin": N_("Administrator"),
    "active": N_("Active"),
    "old_password": N_("Current password"),
    "new_password": N_("New password"),
    "confirm_new_password": N_("Confirm new password"),
}


def field_label(field: str) -> str:
    return tr(FIELD_LABELS.get(field, humanise(field)))


# (field, rule) -> what to tell the person. Anything not listed falls back to the core's message.
_RULE_TEXT = {
    ("username", "username_format"):
        N_("use 2 to 80 characters: lower-case letters, digits, dots, dashes or underscores, starting with a letter"),
    ("username", "duplicate"): N_("this user name is taken"),
    ("password", "password_too_short"): N_("use at least 8 characters"),
    ("user", "already_initialised"): N_("this database already has users; sign in instead"),
}


def validation_text(error: ValidationError) -> str:
    """The message for one field, without the field's name (the form shows it beside the field)."""
    text = _RULE_TEXT.get((error.field, error.rule))
    return tr(text) if text else error.message


SIGN_IN_FAILED = N_("Sign-in failed: the user name and password do not match an active account.")


def error_text(error: BaseException) -> str:
    """One error, for a message box or a status line. Never includes a password or a stack trace."""
    if isinstance(error, AccountLocked):
        return tr("This account is locked after repeated failed sign-ins until {until}. Try again then, or ask an "
                  "administrator to unlock it.").format(until=format_local(error.until))
    if isinstance(error, AuthenticationFailed):
        return tr(SIGN_IN_FAILED)
    if isinstance(error, NotPermitted):
        # error.reason is English (the audit trail keeps it so); error.words is the same reason in the reader's language
        return tr("Not permitted: {reason}. The attempt has been recorded.").format(reason=said(error.words))
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
    """``one`` or ``many`` (both already translated) with ``{n}`` as a number in the chosen language.

    Welsh puts the singular noun after a numeral ("5 atgyfeiriad"), so two forms serve both languages.
    """
    return (one if count == 1 else many).format(n=number_text(count))


def number_text(value: int | float) -> str:
    """A number as the chosen language writes it (QLocale: "10,000" in English and in Welsh)."""
    return QLocale().toString(value)


# --- codes from pathway files and the SLA services, as people read them --------------------------
# Anything not listed is humanised ("released_under_investigation" -> "Released under investigation").

# The reports' table (the same catalogue entries), plus the referral sources the desktop names.
CODE_WORDS = {
    **report_words.CODE_WORDS,
    "emergency_department": N_("ED attendance"),
    "marf": N_("MARF"),
    "custody": N_("Custody notification"),
}


def code_text(code: str | None) -> str:
    """A code in words: from CODE_WORDS, else humanised and looked up (a pathway file's choice options are in
    the catalogue under the "pathway" context: scripts/translations reads them from the files)."""
    if not code:
        return ""
    words = CODE_WORDS.get(code)
    if words is not None:
        return tr(words)
    text = humanise(code)
    translated = tr(text)
    return translated if translated != text else QCoreApplication.translate("pathway", text)


def relationship_text(value: str | None) -> str:
    """A contact's relationship as typed, in the chosen language when it is one the editor suggests."""
    if not value:
        return ""
    from casework.reports.words import RELATIONSHIP_WORDS  # noqa: PLC0415 - a plain table, no ReportLab
    words = RELATIONSHIP_WORDS.get(value.strip().lower())
    return value if words is None or tr(words) == words else tr(words).lower()


TIMER_STATE_WORDS = {
    "not_started": N_("Not started"),
    "running": N_("Running"),
    "warning": N_("Running — warning"),
    "breached": N_("Breached"),
    "met": N_("Met"),
    "met_late": N_("Met late (breached)"),
    "paused": N_("Paused"),
    "not_applicable": N_("Does not apply"),
    "not_tracked": N_("Imported — not tracked"),
}

BREACH_REASON_WORDS = {
    "notified_late": N_("We were notified late"),
    "staff_unavailable": N_("No worker was available"),
    "young_person_unavailable": N_("The young person was not available"),
    "family_unavailable": N_("The family was not available"),
    "custody_access_delayed": N_("Access to custody was delayed"),
    "out_of_hours": N_("Out of hours"),
    "recording_delay": N_("It happened in time but was recorded late"),
    "other": N_("Other"),
}

REVIEW_STATE_WORDS = {
    "awaiting_reason": N_("Reason needed"),
    "awaiting_review": N_("Awaiting review"),
    "accepted": N_("Reason accepted"),
    "challenged": N_("Reason challenged"),
}


def timer_state_text(state: str) -> str:
    return tr(TIMER_STATE_WORDS.get(state, humanise(state)))


def breach_reason_text(category: str | None) -> str:
    return tr(BREACH_REASON_WORDS.get(category or "", humanise(category)))


def review_state_text(state: str) -> str:
    return tr(REVIEW_STATE_WORDS.get(state, humanise(state)))


# --- SLA alerts and countdowns (ui/alerts.py, ui/notifier.py, ui/team_board.py) ------------------

def threshold_text(threshold: str) -> str:
    """An alert's threshold: ``warning`` -> "Due soon", ``warning_2`` -> "Due soon (2)", ``breach`` -> "Breached"."""
    if threshold == "breach":
        return tr("Breached")
    if threshold == "warning":
        return tr("Due soon")
    if threshold.startswith("warning_"):
        return tr("Due soon ({n})").format(n=threshold.removeprefix("warning_"))
    return humanise(threshold)


def duration_text(seconds: int) -> str:
    """A length of time as a person says it: "45 min", "1 h 05 min", "2 days 3 h" (sign ignored)."""
    minutes = abs(int(seconds)) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return tr("{d} days {h} h").format(d=days, h=hours) if days > 1 else tr("1 day {h} h").format(h=hours)
    if hours:
        return tr("{h} h {m:02d} min").format(h=hours, m=mins)
    return tr("{m} min").format(m=mins) if mins else tr("under 1 min")


# --- the caseload's next-deadline column and SLA filter (ui/caseload_model.py, ui/caseload_view.py) ---

DEADLINE_STATE_WORDS = {
    "breached": N_("Breached"),
    "warning": N_("Due soon"),
    "running": N_("On track"),
    "none": N_("No deadline"),
}


def deadline_state_text(state: str) -> str:
    """A referral's next deadline at a glance (codes of casework.services.caseload.SLA_STATES)."""
    return tr(DEADLINE_STATE_WORDS.get(state, humanise(state)))


# --- printed reports (ui/reports_page.py) --------------------------------------------------------------

REPORT_NAMES = {
    "caseload": N_("Caseload summary"),
    "sla": N_("SLA compliance and breaches"),
    "case": N_("Case file"),
    "meeting": N_("Multi-agency meeting list"),
    "evidence": N_("Outcomes and evidence"),
}

REPORT_DESCRIPTIONS = {
    "caseload": N_("Open cases by pathway and stage, new referrals by source, closures by outcome, each worker's "
                "caseload and age bands, with monthly charts."),
    "sla": N_("For each SLA rule: timers met on time, met late, breached and still running; the trend by month; "
           "every breach with its reason and review."),
    "case": N_("One referral in full: the young person, contacts, timeline, timers with their outcomes, "
            "interventions, sessions and notes."),
    "meeting": N_("Every young person seen in custody in the period, with their stage, timers and next action, for "
               "the multi-agency meeting."),
    "evidence": N_("For referrals closed in the period, by pathway: completion and engagement, no further police "
                "contact at 6 and 12 months, police occurrences before and after referral, ED re-attendance. "
                "Counts under 5 are always suppressed."),
}


def report_name(kind: str) -> str:
    return tr(REPORT_NAMES.get(kind, humanise(kind)))


def report_description(kind: str) -> str:
    return tr(REPORT_DESCRIPTIONS.get(kind, ""))
