"""index events by the event they correct (retention deletes events; each delete checks for corrections)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 22:15:00
"""
from __future__ import annotations

from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_corrects_event_id'), ['corrects_event_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_corrects_event_id'))
