"""the open-referral deadline indexes carry the person: a short name search walks them in order

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27 04:00:00.000000

A one-letter search ("s") matches a tenth of all people. Finding their open referrals person by
person, then sorting them all, costs the same whatever is shown; the caseload shows the first 1,000
in next-deadline order (casework.services.caseload.ordered_ids with a limit). Those come quickest by
walking the open referrals in deadline order and keeping the ones whose person matches, which needs
the person on the index entry: ``ix_referral_open_due``, ``ix_referral_open_team_due`` and
``ix_referral_open_worker_due`` (partial, on open referrals) gain ``person_id`` as their last column.
Their leading columns, and so every plan that used them, are unchanged.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

OPEN = "closed_at IS NULL"
INDEXES = {
    "ix_referral_open_due": [],
    "ix_referral_open_team_due": ["team_id"],
    "ix_referral_open_worker_due": ["assigned_user_id"],
}


def _create(name: str, columns: list[str]) -> None:
    op.create_index(name, "referral", columns, unique=False,
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))


def upgrade() -> None:
    for name, lead in INDEXES.items():
        op.drop_index(name, table_name="referral")
        _create(name, [*lead, "next_due_at", "id", "person_id"])


def downgrade() -> None:
    for name, lead in INDEXES.items():
        op.drop_index(name, table_name="referral")
        _create(name, [*lead, "next_due_at", "id"])
