"""Column types shared by the models."""

from __future__ import annotations

from datetime import datetime, timezone

from operator import index

from sqlalchemy import BigInteger, DateTime, String, bindparam, func, literal_column, select
from sqlalchemy.sql.elements import ColumnElement
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

    def bind_processor(self, dialect):
        """On SQLite, an aware datetime straight to the stored text in one step: SQLAlchemy's DATETIME
        format (``YYYY-MM-DD HH:MM:SS.ffffff``, always six digits of microseconds) through
        ``isoformat``, where the generic path converted, then filled a format string from a dict."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        utc = timezone.utc

        def process(value):
            if value is None:
                return None
            if not isinstance(value, datetime):
                raise TypeError(f"expected a datetime, got {type(value).__name__}")
            if value.tzinfo is not utc:
                if value.tzinfo is None or value.utcoffset() is None:
                    raise ValueError("naive datetime refused: store timezone-aware UTC")
                value = value.astimezone(utc)
            return value.isoformat(" ", "microseconds")[:26]  # without its "+00:00"
        return process

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
                return parse(value + "+00:00")  # naive UTC text, as written: aware in one call
            except (TypeError, ValueError):
                pass
            try:  # text with an offset of its own
                parsed = parse(value)
            except (TypeError, ValueError):  # not ISO text: SQLAlchemy's own parsing decides
                return generic(value) if generic is not None else value
            return parsed.replace(tzinfo=utc) if parsed.tzinfo is None else parsed.astimezone(utc)
        return process


class IdList(TypeDecorator[list]):
    """A list of integer ids as one bound parameter, for ``in_ids``: a JSON array on SQLite (read back
    with ``json_each``), a ``bigint[]`` on PostgreSQL. One statement text for any number of ids, where
    an expanding ``IN (?, ?, ...)`` is a new statement for every length (rendered again by SQLAlchemy,
    prepared again by the driver)."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import ARRAY

            return dialect.type_descriptor(ARRAY(BigInteger))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value, dialect):
        ids = [index(v) for v in value]  # integers only (a float or a string is a TypeError)
        if dialect.name == "postgresql":
            return ids
        return "[" + ",".join(map(str, ids)) + "]"


def in_ids(column, name: str, dialect: str) -> ColumnElement[bool]:
    """``column IN`` the ids bound later as ``name`` (a list), in one statement text whatever their number."""
    ids = bindparam(name, type_=IdList())
    if dialect == "postgresql":
        return column == func.any(ids)
    return column.in_(select(literal_column("value")).select_from(func.json_each(ids)))
