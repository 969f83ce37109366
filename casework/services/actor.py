"""The signed-in user a service acts for, and what each role may do.

A user holds one *case role* (``User.role``) and, separately, may be an *administrator*
(``User.is_admin``). The case role decides what case content they see and change (see
``casework.services.access``); the administrator grant decides whether they manage users, teams,
sites and settings. ``Role.ADMIN`` as a case role means "no case role": an administrator who reads
no case content. A manager who is also an administrator has ``role=MANAGER, is_admin=True``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotPermitted
from ..i18n import L_, Later
from ..store.models import Role, User

# Roles that work with case content at all, and those that change it.
CASE_ROLES = (Role.CASEWORKER, Role.TEAM_LEAD, Role.MANAGER)
CHANGING_ROLES = (Role.CASEWORKER, Role.TEAM_LEAD)


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role
    team_id: int | None
    is_admin: bool = False

    def __post_init__(self) -> None:
        # "admin" as the case role is the administrator without a case role: always an administrator.
        if self.role is Role.ADMIN and not self.is_admin:
            object.__setattr__(self, "is_admin", True)

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.username, user.display_name, user.role, user.team_id,
                   bool(user.is_admin) or user.role is Role.ADMIN)

    @property
    def has_case_role(self) -> bool:
        return self.role in CASE_ROLES


# What each action needs: administrative actions need the administrator grant, case actions a case
# role. Which referrals a case role reaches is decided per record in ``casework.services.access``.
_ADMIN_ACTIONS = {"manage_users", "manage_teams", "manage_sites", "manage_settings", "load_demo", "maintain",
                  # Erase or anonymise what has passed its pathway's retention period.
                  "retention",
                  # Replace the evaluation export's pseudonym key (later exports unlinkable to earlier ones).
                  "replace_pseudonym_key"}
_CASE_ACTIONS: dict[str, tuple[Role, ...]] = {
    "read_cases": CASE_ROLES,
    "write_cases": CHANGING_ROLES,
    # Export everything held about one person (a subject access request).
    "subject_access": (Role.MANAGER,),
    # People (issue 6): the duplicates review (team leads, and managers, who read everyone) and
    # merging person records, which changes case records: team leads only. Which people each sees
    # or merges is scoped per record in ``casework.services.access``.
    "review_duplicates": (Role.TEAM_LEAD, Role.MANAGER),
    "merge_people": (Role.TEAM_LEAD,),
}


def allowed(actor: Actor, action: str) -> bool:
    if action in _ADMIN_ACTIONS:
        return actor.is_admin
    return actor.role in _CASE_ACTIONS[action]


# A refusal's reason is kept in English in the audit trail and shown in the reader's language
# (``i18n.Later``): the words for the roles and actions it names.
ROLE_WORDS = {"caseworker": L_("caseworker"), "team_lead": L_("team lead"), "manager": L_("manager"),
              "admin": L_("admin")}
ACTION_WORDS = {
    "manage_users": L_("manage users"), "manage_teams": L_("manage teams"), "manage_sites": L_("manage sites"),
    "manage_settings": L_("manage settings"), "load_demo": L_("load demo"), "maintain": L_("maintain"),
    "retention": L_("retention"), "replace_pseudonym_key": L_("replace pseudonym key"),
    "read_cases": L_("read cases"), "write_cases": L_("write cases"), "subject_access": L_("subject access"),
    "review_duplicates": L_("review duplicates"), "merge_people": L_("merge people"),
}


def role_words(actor: Actor) -> str:
    return ROLE_WORDS.get(actor.role.value) or actor.role.value.replace("_", " ")


def _action_words(action: str) -> str:
    return ACTION_WORDS.get(action) or action.replace("_", " ")


def refusal_reason(actor: Actor, action: str) -> Later:
    if action in _ADMIN_ACTIONS:
        return L_("only an administrator may {action}", action=_action_words(action))
    if actor.role is Role.ADMIN:
        return L_("an administrator without a case role does not see case records")
    if action == "write_cases":
        return L_("a {role} reads case records but does not change them", role=role_words(actor))
    return L_("a {role} may not {action}", role=role_words(actor), action=_action_words(action))


def require(actor: Actor, action: str) -> None:
    """Raise NotPermitted (carrying the actor, so a Context block it escapes audits it).

    Services prefer ``casework.services.access.require(ctx, actor, action)``, which audits the
    refusal wherever it is raised.
    """
    if not allowed(actor, action):
        raise NotPermitted(action, refusal_reason(actor, action), actor=actor)
