"""Alembic environment. Run through casework.store.migrate, which passes the connection in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from casework.store.models import Base, compared, compared_index

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # (The FTS5 name index of 0014 and the SQLite-only initials of 0017 are not made from the models.)
        include_name=compared,
        include_object=lambda _object, name, type_, _reflected, _other: compared_index(name, type_, connection.dialect.name),
    )


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
