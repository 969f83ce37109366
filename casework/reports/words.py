"""Codes from the pathway files and the SLA engine as the printed reports word them.

Reports are part of the core (they run from the command line too), so their wording lives here,
in English; anything not listed is humanised ("released_under_investigation" -> "Released under
investigation").
"""

from __future__ import annotations

CODE_WORDS = {
    "one_to_one": "1-2-1",
    "intact_team": "INTACT team",
    "no_further_action": "No further action",
    "no_further_police_contact": "No further police contact",
    "disengaged_criminal_justice": "Disengaged (criminal-justice route continues)",
    "assault_punch_kick": "Assault (punch or kick)",
    "not_seen": "Not seen",
    "non_binary": "Non-binary",
    "prefer_not_to_say": "Prefer not to say",
    "not_known": "Not known",
    "referred_on": "Referred on",
    "moved_away": "Moved away",
    "not_accepted": "Not accepted",
}

SOURCE_WORDS = {
    "custody": "Custody notification",
    "marf": "MARF (multi-agency referral form)",
    "emergency_department": "ED attendance",
}

TIMER_STATE_WORDS = {
    "not_started": "Not started",
    "running": "Running",
    "warning": "Running (due soon)",
    "breached": "Breached",
    "met": "Met on time",
    "met_late": "Met late",
    "paused": "Paused",
    "not_applicable": "Does not apply",
}

BREACH_REASON_WORDS = {
    "notified_late": "Notified late",
    "staff_unavailable": "No worker available",
    "young_person_unavailable": "Young person not available",
    "family_unavailable": "Family not available",
    "custody_access_delayed": "Access to custody delayed",
    "out_of_hours": "Out of hours",
    "recording_delay": "Recorded late",
    "other": "Other",
}

REVIEW_STATE_WORDS = {
    "awaiting_reason": "Reason needed",
    "awaiting_review": "Awaiting review",
    "accepted": "Reason accepted",
    "challenged": "Reason challenged",
}

ROLE_WORDS = {"caseworker": "Caseworker", "team_lead": "Team lead", "manager": "Manager", "admin": "Administrator"}


def humanise(code: str | None) -> str:
    if not code:
        return ""
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def code(value: str | None) -> str:
    if not value:
        return ""
    return CODE_WORDS.get(value, humanise(value))


def source(value: str) -> str:
    return SOURCE_WORDS.get(value, humanise(value))


def timer_state(value: str) -> str:
    return TIMER_STATE_WORDS.get(value, humanise(value))


def breach_reason(value: str | None) -> str:
    if not value:
        return "Not given yet"
    return BREACH_REASON_WORDS.get(value, humanise(value))


def review_state(value: str) -> str:
    return REVIEW_STATE_WORDS.get(value, humanise(value))


def detail_value(value: object, choice: bool = False) -> str:
    """An event detail's value: yes/no, lists joined, codes (a choice's options) in words."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(detail_value(v, choice) for v in value)
    if choice and isinstance(value, str):
        return code(value)
    if isinstance(value, str) and value and value.islower() and " " not in value and "_" in value:
        return code(value)
    if isinstance(value, str) and value in CODE_WORDS:
        return CODE_WORDS[value]
    return str(value)
