"""Plain results the services return: no sessions, no lazy loading, ready for JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from ..timeutil import iso_local


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_local(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


class JsonView:
    def to_json(self) -> dict[str, Any]:
        return _json(asdict(self))  # type: ignore[call-overload]


@dataclass(frozen=True)
class TeamView(JsonView):
    id: int
    name: str


@dataclass(frozen=True)
class SiteView(JsonView):
    id: int
    code: str
    name: str
    kind: str
    local_authority: str
    nation: str


@dataclass(frozen=True)
class UserView(JsonView):
    id: int
    username: str
    display_name: str
    role: str
    team: str | None
    active: bool
    is_admin: bool = False
    locked_until: datetime | None = None  # the end of a lock-out after failed sign-ins, while it lasts


@dataclass(frozen=True)
class ContactView(JsonView):
    id: int
    name: str
    relationship: str
    phone: str | None
    is_parent_carer: bool


@dataclass(frozen=True)
class PersonView(JsonView):
    id: int
    given_name: str
    family_name: str
    date_of_birth: date
    gender: str | None
    home_local_authority: str | None
    postcode: str | None
    pnc_id: str | None
    nhs_number: str | None
    version: int
    contacts: list[ContactView] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class EventView(JsonView):
    id: int
    kind: str
    label: str
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    details: dict[str, Any]
    note: str | None
    voided_at: datetime | None = None
    void_reason: str | None = None
    corrects_event_id: int | None = None


@dataclass(frozen=True)
class ReferralSummary(JsonView):
    id: int
    pathway: str
    pathway_label: str
    source: str
    person_id: int
    person_name: str
    date_of_birth: date
    stage: str
    stage_label: str
    assigned_to: str | None
    team: str | None
    site: str | None
    received_at: datetime
    closed_at: datetime | None
    outcome: str | None
    version: int


@dataclass(frozen=True)
class ReferralDetail(JsonView):
    id: int
    pathway: str
    pathway_label: str
    source: str
    stage: str
    stage_label: str
    allowed_moves: list[str]
    assigned_to: str | None
    team: str | None
    site: str | None
    received_at: datetime
    closed_at: datetime | None
    outcome: str | None
    version: int
    person: PersonView
    events: list[EventView]
