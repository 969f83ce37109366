"""sign-in throttle: failed sign-ins and lock-outs per typed user name

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 21:45:00

One row per typed user name (stored as a salted SHA-256 digest, never the text) that has failed to
sign in: the failures in a row, the last one, and the end of a lock-out.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import casework.store.types


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sign_in_throttle',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_failure_at', casework.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column('locked_until', casework.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_sign_in_throttle')),
    )


def downgrade() -> None:
    op.drop_table('sign_in_throttle')
