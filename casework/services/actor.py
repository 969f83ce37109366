"""The signed-in user a service acts for, and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotPermitted
from ..store.models import Role, User


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role
    team_id: int | None

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.id, user.username, user.display_name, user.role, user.team_id)


# What each action needs. Issue 7 refines case access by team and assignment.
_ALLOWED: dict[str, set[Role]] = {
    "manage_users": {Role.ADMIN},
    "manage_teams": {Role.ADMIN},
    "manage_sites": {Role.ADMIN},
    "read_cases": {Role.CASEWORKER, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN},
    "write_cases": {Role.CASEWORKER, Role.TEAM_LEAD, Role.ADMIN},
    "load_demo": {Role.ADMIN},
    "maintain": {Role.ADMIN},
    # Export everything held about one person (a subject access request).
    "subject_access": {Role.MANAGER},
    # Erase or anonymise what has passed its pathway's retention period.
    "retention": {Role.ADMIN},
}


def require(actor: Actor, action: str) -> None:
    if actor.role not in _ALLOWED[action]:
        raise NotPermitted(action, f"a {actor.role.value} may not {action.replace('_', ' ')}")
