"""Alembic environment and revisions, shipped inside the wheel as ``casework_migrations``."""
