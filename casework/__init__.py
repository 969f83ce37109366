"""Casework core: the Qt-free domain, store, services and CLI."""

__version__ = "0.1.0"
