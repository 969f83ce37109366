"""A module imported when one of its names is first used, not when the importing module is loaded.

Start-up imports only what the first screen needs (issue 9's cold-start target); a module that
only a later action needs (the spreadsheet reader behind File → Import referrals…, the backup
behind File → Back up…) is named at the top as ``si = lazy_module("casework.services.spreadsheet_import")``
and used as before (``si.read_file(...)``). The import happens on the first attribute read, under
Python's import lock, so a first use on a worker thread is as safe as one on the UI thread.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands in for a module until one of its attributes is read."""

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}{' (imported)' if self._module is not None else ''}>"


def lazy_module(name: str) -> Any:
    """``name``, imported on first attribute access (typed ``Any``: use it as the module)."""
    return LazyModule(name)
