"""imported referrals: SLA deadlines passed before the import are not tracked

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-27 03:40:00

``referral.sla_untracked_before`` is the instant a spreadsheet import took the referral in (unless the
import chose to track every clock). A timer whose due time is at or before it had run out before
Casework held the referral: it is kept as "imported — not tracked" (``sla_timer.state`` =
``not_tracked``), with no alert and no breach record. Referrals taken in any other way leave it NULL.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import casework.store.types


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sla_untracked_before', casework.store.types.UTCDateTime(timezone=True),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_column('sla_untracked_before')
