"""on PostgreSQL the lower-case name indexes carry the id and the name: a short search reads only them

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-27 07:00:00.000000

A one-letter name search ("s") matches about 23,000 of 200,000 people. PostgreSQL found them through
``ix_person_given_lower`` and ``ix_person_family_lower`` (0009) and then read every one of their rows
from the table, 20-50 ms on its own. With the person's id and the name itself in the index entry
(``INCLUDE``), each half of the search is an index-only scan. SQLite has no ``INCLUDE`` and reads its
names from the FTS5 index (0014): nothing changes there.
"""
from __future__ import annotations

from alembic import op


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

NAMES = {"ix_person_given_lower": "given_name", "ix_person_family_lower": "family_name"}


def _recreate(include: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index, column in NAMES.items():
        op.execute(f"DROP INDEX {index}")
        covering = f" INCLUDE (id, {column})" if include else ""
        op.execute(f"CREATE INDEX {index} ON person (lower({column}) text_pattern_ops){covering}")


def upgrade() -> None:
    _recreate(include=True)


def downgrade() -> None:
    _recreate(include=False)
