"""The audit trail: one entry for every change, naming the acting user."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from ..store.models import AuditEntry
from .actor import Actor


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def record(session: Session, actor: Actor | None, at: datetime, action: str, entity_type: str,
           entity_id: int | None, *, before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None) -> None:
    details: dict[str, Any] = {}
    if before is not None:
        details["before"] = _plain(before)
    if after is not None:
        details["after"] = _plain(after)
    session.add(AuditEntry(
        at=at, user_id=actor.user_id if actor else None, action=action,
        entity_type=entity_type, entity_id=entity_id, details=details,
    ))


def snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}
