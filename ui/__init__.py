"""The PySide6 front end: a thin layer of windows, dialogs and item models over casework.services.

Every Qt name comes in through :mod:`ui.qt`; nothing in ``casework/`` imports from here.
"""

from importlib import metadata


def app_version() -> str:
    """The installed version of Casework ("0+unknown" when running from a bare checkout)."""
    try:
        return metadata.version("casework")
    except metadata.PackageNotFoundError:
        return "0+unknown"
