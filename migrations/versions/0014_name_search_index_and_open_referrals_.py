"""name search: an FTS5 index of people's names (SQLite) and open referrals by person (both engines)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27 00:45:00.000000

The caseload's name search (casework.services.caseload.search_condition) finds the people whose
given or family name starts with each typed word, then their referrals. At a million referrals the
second half was the cost: every matching person's referrals were read from the table to see which
are open (a one-letter search read 115,000 rows). ``ix_referral_open_person`` answers it from a
small covering index of the open referrals (its ``closed_at`` column is always NULL; being in the
index lets SQLite see the index covers the query's ``closed_at IS NULL``).

On SQLite the people come from ``person_name_fts``, an FTS5 index over ``person.given_name`` and
``family_name`` (external content: the names are stored once, in ``person``), kept in step by
triggers on insert, update and delete, so every writer (the services, merges and their undo,
retention's anonymising, bulk loads, raw SQL) keeps it right. Its tokenizer splits only at white
space (every letter, mark, digit, punctuation and symbol is part of a word), so a prefix query on
the first word of a name, ``^"o'bri"*``, is "the name starts with o'bri", case-insensitively.
PostgreSQL keeps the prefix indexes on lower(name) of revision 0009 (text_pattern_ops).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

FTS_TABLE = "person_name_fts"
# Words are runs of anything but white space, separators and controls; case folded, accents kept.
TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co'"
TRIGGERS = {
    "person_name_fts_insert": (
        "AFTER INSERT ON person BEGIN "
        "INSERT INTO person_name_fts (rowid, given_name, family_name) "
        "VALUES (new.id, new.given_name, new.family_name); END"),
    "person_name_fts_delete": (
        "AFTER DELETE ON person BEGIN "
        "INSERT INTO person_name_fts (person_name_fts, rowid, given_name, family_name) "
        "VALUES ('delete', old.id, old.given_name, old.family_name); END"),
    "person_name_fts_update": (
        "AFTER UPDATE OF id, given_name, family_name ON person BEGIN "
        "INSERT INTO person_name_fts (person_name_fts, rowid, given_name, family_name) "
        "VALUES ('delete', old.id, old.given_name, old.family_name); "
        "INSERT INTO person_name_fts (rowid, given_name, family_name) "
        "VALUES (new.id, new.given_name, new.family_name); END"),
}


def upgrade() -> None:
    op.create_index('ix_referral_open_person', 'referral',
                    ['person_id', 'closed_at', 'next_due_at', 'team_id', 'assigned_user_id'], unique=False,
                    sqlite_where=sa.text('closed_at IS NULL'), postgresql_where=sa.text('closed_at IS NULL'))
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(given_name, family_name, content='person', "
               f"content_rowid='id', tokenize=\"{TOKENIZER}\", prefix='1 2 3')")
    op.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    op.drop_index('ix_referral_open_person', table_name='referral')
