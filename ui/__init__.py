"""The PySide6 front end: a thin layer of windows, dialogs and item models over casework.services.

Every Qt name comes in through :mod:`ui.qt`; nothing in ``casework/`` imports from here.
"""

from casework import __version__


def app_version() -> str:
    """The installed version of Casework, from the package metadata ("0+unknown" in a bare checkout)."""
    return __version__
