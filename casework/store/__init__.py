"""Persistence: typed SQLAlchemy models, engines, migrations."""
