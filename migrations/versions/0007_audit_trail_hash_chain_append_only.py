"""audit trail: hash chain, chain head, append-only triggers

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 21:40:00

Entries written before this revision are chained here, in the order they were written (``id``).
The triggers refuse UPDATE and DELETE of audit entries (TRUNCATE too on PostgreSQL), except the one
change the audited redaction makes (details, their salt and ``redacted_by_seq``, moving forward).
A later revision that rebuilds ``audit_entry`` or ``audit_chain`` with a SQLite batch operation
drops their triggers with the old table and must create them again (``create_triggers``);
``tests/core/test_audit.py`` checks they hold at head.
"""
from __future__ import annotations

import os

import sqlalchemy as sa
from alembic import op

import casework.store.types
from casework.store import chain

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

APPEND_ONLY = "audit_entry is append-only: entries cannot be changed or deleted"
HEAD_GUARD = "audit_chain only moves forward"

# The UPDATE allowed: only details, their salt and redacted_by_seq change, and redacted_by_seq
# moves forward past the entry (and past any earlier redaction of it).
_SQLITE_REDACTION = """
    NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id
    AND NEW.action IS OLD.action AND NEW.entity_type IS OLD.entity_type AND NEW.entity_id IS OLD.entity_id
    AND NEW.prev_hash IS OLD.prev_hash AND NEW.entry_hash IS OLD.entry_hash
    AND NEW.details_digest IS OLD.details_digest
    AND NEW.redacted_by_seq IS NOT NULL AND NEW.redacted_by_seq > COALESCE(OLD.redacted_by_seq, OLD.seq)
"""

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        WHEN NOT ({_SQLITE_REDACTION})
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""",
    f"""CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""",
    f"""CREATE TRIGGER audit_chain_no_rewind BEFORE UPDATE ON audit_chain
        WHEN NOT (NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq)
        BEGIN SELECT RAISE(ABORT, '{HEAD_GUARD}'); END""",
    f"""CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
        BEGIN SELECT RAISE(ABORT, '{HEAD_GUARD}'); END""",
]
SQLITE_TRIGGER_NAMES = ["audit_entry_no_update", "audit_entry_no_delete", "audit_chain_no_rewind",
                        "audit_chain_no_delete"]

PG_FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION casework_audit_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE'
           AND NEW.id = OLD.id AND NEW.seq = OLD.seq
           AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
           AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.entity_type IS NOT DISTINCT FROM OLD.entity_type
           AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
           AND NEW.prev_hash IS NOT DISTINCT FROM OLD.prev_hash
           AND NEW.entry_hash IS NOT DISTINCT FROM OLD.entry_hash
           AND NEW.details_digest IS NOT DISTINCT FROM OLD.details_digest
           AND NEW.redacted_by_seq IS NOT NULL AND NEW.redacted_by_seq > COALESCE(OLD.redacted_by_seq, OLD.seq)
        THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    f"""CREATE OR REPLACE FUNCTION casework_audit_chain_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION '{HEAD_GUARD}' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    f"""CREATE OR REPLACE FUNCTION casework_audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'insufficient_privilege';
    END $$""",
]
PG_TRIGGERS = [
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION casework_audit_entry_guard()""",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
       FOR EACH STATEMENT EXECUTE FUNCTION casework_audit_no_truncate()""",
    """CREATE TRIGGER audit_chain_forward_only BEFORE UPDATE OR DELETE ON audit_chain
       FOR EACH ROW EXECUTE FUNCTION casework_audit_chain_guard()""",
    """CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
       FOR EACH STATEMENT EXECUTE FUNCTION casework_audit_no_truncate()""",
]
PG_TRIGGER_NAMES = [("audit_entry_append_only", "audit_entry"), ("audit_entry_no_truncate", "audit_entry"),
                    ("audit_chain_forward_only", "audit_chain"), ("audit_chain_no_truncate", "audit_chain")]


def create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_FUNCTIONS + PG_TRIGGERS:
            op.execute(statement)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table in PG_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for function in ("casework_audit_entry_guard", "casework_audit_chain_guard", "casework_audit_no_truncate"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _chain_existing(bind) -> tuple[int, str]:
    """Give the entries written so far their place in the chain, oldest first."""
    entries = sa.table(
        "audit_entry", sa.column("id", sa.Integer), sa.column("at", casework.store.types.UTCDateTime()),
        sa.column("user_id", sa.Integer), sa.column("action", sa.String), sa.column("entity_type", sa.String),
        sa.column("entity_id", sa.Integer), sa.column("details", sa.JSON), sa.column("seq", sa.BigInteger),
        sa.column("prev_hash", sa.String), sa.column("entry_hash", sa.String),
        sa.column("details_digest", sa.String), sa.column("details_salt", sa.String),
    )
    seq, prev = 0, chain.GENESIS
    rows = bind.execute(sa.select(entries.c.id, entries.c.at, entries.c.user_id, entries.c.action,
                                  entries.c.entity_type, entries.c.entity_id, entries.c.details)
                        .order_by(entries.c.id)).all()
    updates = []
    for row in rows:
        seq += 1
        details = chain.normalise_details(row.details or {})
        salt = os.urandom(16).hex()
        digest = chain.details_digest(details, salt)
        entry_hash = chain.entry_hash(seq, prev, row.at, row.user_id, row.action, row.entity_type, row.entity_id,
                                      digest)
        updates.append({"b_id": row.id, "details": details, "seq": seq, "prev_hash": prev, "entry_hash": entry_hash,
                        "details_digest": digest, "details_salt": salt})
        prev = entry_hash
    statement = (entries.update().where(entries.c.id == sa.bindparam("b_id"))
                 .values(details=sa.bindparam("details"), seq=sa.bindparam("seq"),
                         prev_hash=sa.bindparam("prev_hash"), entry_hash=sa.bindparam("entry_hash"),
                         details_digest=sa.bindparam("details_digest"), details_salt=sa.bindparam("details_salt")))
    for start in range(0, len(updates), 2000):
        bind.execute(statement, updates[start:start + 2000])
    return seq, prev


def upgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('details_digest', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('details_salt', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('redacted_by_seq', sa.BigInteger(), nullable=True))

    last_seq, last_hash = _chain_existing(op.get_bind())

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('entry_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('details_digest', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_entry_seq'), ['seq'])
        batch_op.create_index('ix_audit_user_seq', ['user_id', 'seq'], unique=False)
        batch_op.create_index('ix_audit_at', ['at'], unique=False)

    op.create_table(
        'audit_chain',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('last_seq', sa.BigInteger(), nullable=False),
        sa.Column('last_hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain')),
    )
    op.execute(sa.text("INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, :seq, :hash)")
               .bindparams(seq=last_seq, hash=last_hash))
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    op.drop_table('audit_chain')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_at')
        batch_op.drop_index('ix_audit_user_seq')
        batch_op.drop_constraint(batch_op.f('uq_audit_entry_seq'), type_='unique')
        for column in ('redacted_by_seq', 'details_salt', 'details_digest', 'entry_hash', 'prev_hash', 'seq'):
            batch_op.drop_column(column)
