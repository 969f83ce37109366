"""Alembic environment. Run through casework.store.migrate, which passes the connection in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from casework.store.models import Base, search_index_table

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )


def include_name(name, type_, _parent_names) -> bool:
    # The FTS5 name index and its shadow tables are made by hand in revision 0014, not from the models.
    return not (type_ == "table" and name and search_index_table(name))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; use `casework init`")
run_migrations_online()
