"""one-letter name search (SQLite): each referral carries its person's initials, on the open deadline indexes

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-27 07:00:00.000000

A one-letter search ("s") matches a tenth of all people. Since 0016 its first 1,000 referrals come
from walking the open referrals in next-deadline order and keeping those whose person is in the set
the FTS5 name index finds; at 1,000,000 referrals that set (23,000 people for "s") cost 5 ms to read
and build before the walk started, and the walk probed it once per open referral (3 ms). Now each
referral carries ``person_initials``, a bit for each letter a-z that the given or the family name
of its person starts with (bit 0 "a" ... bit 25 "z"), exactly as the FTS5 index answers
``{given_name family_name} : ^"s"*``, and the three open deadline indexes carry it as their last
column: the walk tests it in the index entry and reads nothing else.

SQLite only, like the FTS5 index: PostgreSQL plans a search from its statistics and has neither the
column nor the triggers. The models leave the column out (``casework.store.models.sqlite_only``
tells model comparisons so), the ORM never writes it, and triggers keep it right on every write:

* a referral made, or moved to another person (a merge, its undo), takes its person's initials;
* a person renamed (by hand, a merge, retention's anonymising, raw SQL) passes them to all their
  referrals. That statement is added to the FTS5 index's own update trigger, after the index is
  updated, because a name whose first character is not printable ASCII is read through the index
  (one query per letter: what its tokenizer makes of it is the definition of a match).

A later migration that rebuilds ``referral`` or ``person`` (an Alembic batch "move and copy") drops
their triggers and must create them again (tests/core/test_name_search.py checks they are there).
"""
from __future__ import annotations

from alembic import op


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

COLUMN = "person_initials"
OPEN = "closed_at IS NULL"
# The open deadline indexes of 0016, and the column they gain here (SQLite).
INDEXES = {
    "ix_referral_open_due": [],
    "ix_referral_open_team_due": ["team_id"],
    "ix_referral_open_worker_due": ["assigned_user_id"],
}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _column_bits(name: str) -> str:
    """The bit of the letter a name column starts with; 0 for another printable ASCII character
    (digits, punctuation: the first word starts there and with no letter); -1 when the first
    character is anything else (white space, a control, any non-ASCII character, or no name)."""
    first = f"unicode({name})"
    return (f"(CASE WHEN {first} BETWEEN 65 AND 90 THEN 1 << ({first} - 65) "
            f"WHEN {first} BETWEEN 97 AND 122 THEN 1 << ({first} - 97) "
            f"WHEN {first} BETWEEN 33 AND 126 THEN 0 ELSE -1 END)")


def initials(person: str) -> str:
    """SQL for the initials of the person row ``person`` (an alias with ``id``, ``given_name`` and
    ``family_name``).

    Plain ASCII first characters are read directly: for them the FTS5 tokenizer (words end only at
    white space, A-Z folded to a-z) starts the first word there, with that letter. Any other first
    character is asked of the FTS5 index itself, one query per letter, so that its folding and its
    word breaks decide (a no-break or zero-width space before the name, the Kelvin sign for "k")."""
    given, family = _column_bits(f"{person}.given_name"), _column_bits(f"{person}.family_name")
    letters = "[" + ",".join(f'"{c}"' for c in LETTERS) + "]"
    asked = (f"(SELECT coalesce(sum(1 << letter.key), 0) FROM json_each('{letters}') AS letter "
             f"WHERE EXISTS (SELECT 1 FROM person_name_fts WHERE person_name_fts MATCH "
             f"'{{given_name family_name}} : ^\"' || letter.value || '\"*' AND person_name_fts.rowid = {person}.id))")
    return f"(CASE WHEN {given} >= 0 AND {family} >= 0 THEN {given} | {family} ELSE {asked} END)"


FROM_PERSON = f"(SELECT {initials('p')} FROM person AS p WHERE p.id = new.person_id)"
TRIGGERS = {
    "referral_person_initials_insert": (
        f"AFTER INSERT ON referral BEGIN "
        f"UPDATE referral SET {COLUMN} = coalesce({FROM_PERSON}, 0) WHERE id = new.id; END"),
    "referral_person_initials_person": (
        f"AFTER UPDATE OF person_id ON referral WHEN new.person_id IS NOT old.person_id BEGIN "
        f"UPDATE referral SET {COLUMN} = coalesce({FROM_PERSON}, 0) WHERE id = new.id; END"),
}
# The FTS5 index's update trigger (revision 0014), then the same with the referrals' initials after it.
FTS_UPDATE = (
    "AFTER UPDATE OF id, given_name, family_name ON person BEGIN "
    "INSERT INTO person_name_fts (person_name_fts, rowid, given_name, family_name) "
    "VALUES ('delete', old.id, old.given_name, old.family_name); "
    "INSERT INTO person_name_fts (rowid, given_name, family_name) "
    "VALUES (new.id, new.given_name, new.family_name); ")
FTS_UPDATE_WITH_INITIALS = (
    FTS_UPDATE + f"UPDATE referral SET {COLUMN} = {initials('new')} WHERE person_id = new.id; ")


def _indexes(with_initials: bool) -> None:
    for name, lead in INDEXES.items():
        op.execute(f"DROP INDEX {name}")
        columns = [*lead, "next_due_at", "id", "person_id", *([COLUMN] if with_initials else [])]
        op.execute(f"CREATE INDEX {name} ON referral ({', '.join(columns)}) WHERE {OPEN}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"ALTER TABLE referral ADD COLUMN {COLUMN} INTEGER NOT NULL DEFAULT 0")
    # Each person's initials once, then their referrals (only where a name starts with a letter).
    op.execute(f"CREATE TEMP TABLE person_initials_0017 (id INTEGER PRIMARY KEY, initials INTEGER NOT NULL)")
    op.execute(f"INSERT INTO person_initials_0017 SELECT p.id, {initials('p')} FROM person AS p")
    op.execute(f"UPDATE referral SET {COLUMN} = i.initials FROM person_initials_0017 AS i "
               f"WHERE i.id = referral.person_id AND i.initials != 0")
    op.execute("DROP TABLE person_initials_0017")
    _indexes(with_initials=True)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("DROP TRIGGER person_name_fts_update")
    op.execute(f"CREATE TRIGGER person_name_fts_update {FTS_UPDATE_WITH_INITIALS}END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER person_name_fts_update")
    op.execute(f"CREATE TRIGGER person_name_fts_update {FTS_UPDATE}END")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    _indexes(with_initials=False)
    op.execute(f"ALTER TABLE referral DROP COLUMN {COLUMN}")
