"""Column types shared by the models."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on both engines; naive datetimes are refused at the boundary.

    PostgreSQL stores ``timestamptz``. SQLite has no time zone type, so the value is written as
    UTC and given its zone back when read.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: store timezone-aware UTC")
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def result_processor(self, dialect, coltype):
        """On SQLite, the stored text straight to an aware datetime in one step (a page of caseload rows
        reads four of them a row; the generic path parsed, then called ``process_result_value``)."""
        generic = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite":
            return generic
        parse, utc = datetime.fromisoformat, timezone.utc

        def process(value):
            if value is None:
                return None
            try:
                parsed = parse(value)
            except (TypeError, ValueError):  # not ISO text: SQLAlchemy's own parsing decides
                return generic(value) if generic is not None else value
            return parsed.replace(tzinfo=utc) if parsed.tzinfo is None else parsed.astimezone(utc)
        return process
