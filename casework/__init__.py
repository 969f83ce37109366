"""Casework core: the Qt-free domain, store, services and CLI."""

from importlib import metadata


def _version() -> str:
    """The installed distribution's version (pyproject.toml is the one place it is written)."""
    try:
        return metadata.version("casework")
    except metadata.PackageNotFoundError:  # a bare checkout on sys.path, never installed
        return "0+unknown"


__version__ = _version()
