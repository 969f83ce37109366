"""Codes from the pathway files and the SLA engine as the printed reports word them.

Reports are part of the core (they run from the command line too), so their wording lives here,
in English, marked for the catalogue (``N_``) and translated when shown (``_``, casework.i18n); anything not listed is humanised ("released_under_investigation" -> "Released under
investigation").
"""

from __future__ import annotations

from ..i18n import N_, _, pathway_word

CODE_WORDS = {
    "one_to_one": "1-2-1",
    "intact_team": N_("INTACT team"),
    "no_further_action": N_("No further action"),
    "no_further_police_contact": N_("No further police contact"),
    "disengaged_criminal_justice": N_("Disengaged (criminal-justice route continues)"),
    "assault_punch_kick": N_("Assault (punch or kick)"),
    "not_seen": N_("Not seen"),
    "non_binary": N_("Non-binary"),
    "prefer_not_to_say": N_("Prefer not to say"),
    "not_known": N_("Not known"),
    "referred_on": N_("Referred on"),
    "moved_away": N_("Moved away"),
    "not_accepted": N_("Not accepted"),
    "female": N_("Female"),
    "male": N_("Male"),
}

# A contact's relationship as typed (the desktop suggests these; anything else is printed as typed).
RELATIONSHIP_WORDS = {
    "mother": N_("Mother"), "father": N_("Father"), "carer": N_("Carer"), "foster carer": N_("Foster carer"),
    "grandparent": N_("Grandparent"), "aunt": N_("Aunt"), "uncle": N_("Uncle"), "sibling": N_("Sibling"),
    "social worker": N_("Social worker"), "other": N_("Other"),
}

SOURCE_WORDS = {
    "custody": N_("Custody notification"),
    "marf": N_("MARF (multi-agency referral form)"),
    "emergency_department": N_("ED attendance"),
}

TIMER_STATE_WORDS = {
    "not_started": N_("Not started"),
    "running": N_("Running"),
    "warning": N_("Running (due soon)"),
    "breached": N_("Breached"),
    "met": N_("Met on time"),
    "met_late": N_("Met late"),
    "paused": N_("Paused"),
    "not_applicable": N_("Does not apply"),
    "not_tracked": N_("Imported — not tracked"),
}

BREACH_REASON_WORDS = {
    "notified_late": N_("Notified late"),
    "staff_unavailable": N_("No worker available"),
    "young_person_unavailable": N_("Young person not available"),
    "family_unavailable": N_("Family not available"),
    "custody_access_delayed": N_("Access to custody delayed"),
    "out_of_hours": N_("Out of hours"),
    "recording_delay": N_("Recorded late"),
    "other": N_("Other"),
}

REVIEW_STATE_WORDS = {
    "awaiting_reason": N_("Reason needed"),
    "awaiting_review": N_("Awaiting review"),
    "accepted": N_("Reason accepted"),
    "challenged": N_("Reason challenged"),
}

ROLE_WORDS = {"caseworker": N_("Caseworker"), "team_lead": N_("Team lead"), "manager": N_("Manager"), "admin": N_("Administrator")}


def humanise(code: str | None) -> str:
    if not code:
        return ""
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _word(table: dict[str, str], value: str) -> str:
    """The words for a code in the chosen language: from the table, else humanised (a pathway file's choice
    options are in the catalogue under the "pathway" context)."""
    words = table.get(value)
    if words is not None:
        return _(words)
    return pathway_word(humanise(value))


def code(value: str | None) -> str:
    if not value:
        return ""
    return _word(CODE_WORDS, value)


def source(value: str) -> str:
    return _word(SOURCE_WORDS, value)


def timer_state(value: str) -> str:
    return _word(TIMER_STATE_WORDS, value)


def breach_reason(value: str | None) -> str:
    if not value:
        return _("Not given yet")
    return _word(BREACH_REASON_WORDS, value)


def review_state(value: str) -> str:
    return _word(REVIEW_STATE_WORDS, value)


def relationship(value: str | None) -> str:
    if not value:
        return ""
    words = RELATIONSHIP_WORDS.get(value.strip().lower())
    return _(words) if words is not None else humanise(value)


def role(value: str) -> str:
    return _word(ROLE_WORDS, value)


def detail_value(value: object, choice: bool = False) -> str:
    """An event detail's value: yes/no, lists joined, codes (a choice's options) in words."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list | tuple):
        return ", ".join(detail_value(v, choice) for v in value)
    if choice and isinstance(value, str):
        return code(value)
    if isinstance(value, str) and value and value.islower() and " " not in value and "_" in value:
        return code(value)
    if isinstance(value, str) and value in CODE_WORDS:
        return _(CODE_WORDS[value])
    return str(value)
