"""index lower-cased given and family names for name search

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 21:30:00.000000
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Expression indexes: SQLite answers the search's lower(name) ranges from them, PostgreSQL its
    # lower(name) LIKE 'prefix%' (text_pattern_ops, whatever the collation).
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_person_given_lower ON person (lower(given_name) text_pattern_ops)")
        op.execute("CREATE INDEX ix_person_family_lower ON person (lower(family_name) text_pattern_ops)")
    else:
        op.create_index('ix_person_given_lower', 'person', [sa.text('lower(given_name)')], unique=False)
        op.create_index('ix_person_family_lower', 'person', [sa.text('lower(family_name)')], unique=False)


def downgrade() -> None:
    op.drop_index('ix_person_family_lower', table_name='person')
    op.drop_index('ix_person_given_lower', table_name='person')
