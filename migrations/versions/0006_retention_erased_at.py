"""retention: when a referral or person was erased

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 21:30:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import casework.store.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', casework.store.types.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', casework.store.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
