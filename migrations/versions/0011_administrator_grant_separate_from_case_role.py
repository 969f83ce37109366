"""administrator grant separate from the case role

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 21:20:00

``app_user.is_admin`` is the administrator grant; ``role`` stays the case role. Existing users
whose role is "admin" keep that role (it now means "administrator without a case role") and get
the grant, so every administrator of an existing database is still one after the upgrade.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_admin', sa.Boolean(), server_default=sa.text('false'), nullable=False))
    op.execute(sa.text("UPDATE app_user SET is_admin = true WHERE role = 'admin'"))


def downgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('is_admin')
