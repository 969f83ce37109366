"""Desktop settings: every key registered here, once, with its type and default.

Only plain values (str, int, bool) are stored, never pickled objects or Qt types, so a settings file
from one version of the app (or of Qt) can always be read by another. The file is an INI file in
the user's configuration folder, organisation and application both "Casework".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from .qt import QSettings

ORGANISATION = "Casework"
APPLICATION = "Casework"

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    @property
    def type(self) -> type:
        return type(self.default)


# --- the registry ------------------------------------------------------------------------------

MAIN_WINDOW_X = Option("main_window/x", -1)
MAIN_WINDOW_Y = Option("main_window/y", -1)
MAIN_WINDOW_WIDTH = Option("main_window/width", 0)
MAIN_WINDOW_HEIGHT = Option("main_window/height", 0)
MAIN_WINDOW_MAXIMIZED = Option("main_window/maximized", False)

# SLA alerts (ui/scheduler.py, ui/notifier.py): how often to reconcile with the database (this is
# also how alerts raised on another desktop arrive), and whether to use the system tray.
SLA_RECONCILE_SECONDS = Option("sla/reconcile_seconds", 60)
ALERT_TRAY_NOTIFICATIONS = Option("alerts/tray_notifications", True)

# The main window's current page, and the caseload page (ui/caseload_view.py): its filters, sort and
# column widths. The search text is deliberately not kept (it is often a child's name).
MAIN_WINDOW_PAGE = Option("main_window/page", "")
CASELOAD_SCOPE = Option("caseload/scope", "")
CASELOAD_TEAM = Option("caseload/team", 0)
CASELOAD_PATHWAY = Option("caseload/pathway", "")
CASELOAD_STAGE = Option("caseload/stage", "")
CASELOAD_WORKER = Option("caseload/worker", "")
CASELOAD_SLA_STATE = Option("caseload/sla_state", "")
CASELOAD_OPEN_ONLY = Option("caseload/open_only", True)
CASELOAD_SORT = Option("caseload/sort", "next_deadline")
CASELOAD_SORT_DESCENDING = Option("caseload/sort_descending", False)
CASELOAD_COLUMN_WIDTHS = Option("caseload/column_widths", "")  # "name=180,age=48,..."

# The reports page (ui/reports_page.py): small-count suppression as last chosen, and the folder the last
# report was saved in (empty: the user's Documents folder).
REPORTS_SUPPRESS_SMALL_COUNTS = Option("reports/suppress_small_counts", False)
REPORTS_FOLDER = Option("reports/folder", "")

# The window lock (ui/idle_lock.py): minutes without keyboard or mouse input before the window
# locks and asks for the password again (at least 1).
IDLE_LOCK_MINUTES = Option("security/idle_lock_minutes", 10)

# The look (ui/theme.py): "system" follows the desktop's light or dark colour scheme; "light" or "dark"
# forces one (the Settings dialog, ui/settings_dialog.py).
COLOUR_SCHEME = Option("appearance/colour_scheme", "system")
# The language of the desktop and of the reports it prints (ui/i18n.py): "en", "cy", or "" for the
# system's language. Applied when Casework next starts.
LANGUAGE = Option("ui/language", "")

OPTIONS: tuple[Option, ...] = (
    MAIN_WINDOW_X, MAIN_WINDOW_Y, MAIN_WINDOW_WIDTH, MAIN_WINDOW_HEIGHT, MAIN_WINDOW_MAXIMIZED,
    SLA_RECONCILE_SECONDS, ALERT_TRAY_NOTIFICATIONS,
    MAIN_WINDOW_PAGE, CASELOAD_SCOPE, CASELOAD_TEAM, CASELOAD_PATHWAY, CASELOAD_STAGE, CASELOAD_WORKER,
    CASELOAD_SLA_STATE, CASELOAD_OPEN_ONLY, CASELOAD_SORT, CASELOAD_SORT_DESCENDING, CASELOAD_COLUMN_WIDTHS,
    REPORTS_SUPPRESS_SMALL_COUNTS, REPORTS_FOLDER,
    IDLE_LOCK_MINUTES,
    COLOUR_SCHEME,
    LANGUAGE,
)


class Settings:
    """Typed access to a QSettings store. A value of the wrong type reads as the default."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> Settings:
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION))

    @classmethod
    def at(cls, path: str) -> Settings:
        """Settings in a given INI file (tests, and runs that must not touch the user's settings)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, option: Option[T]) -> T:
        if option not in OPTIONS:
            raise KeyError(f"unregistered setting {option.key!r}")
        raw = self._store.value(option.key, option.default)
        return _coerce(raw, option)

    def set(self, option: Option[T], value: T) -> None:
        if option not in OPTIONS:
            raise KeyError(f"unregistered setting {option.key!r}")
        if type(value) is not option.type:
            raise TypeError(f"setting {option.key!r} takes {option.type.__name__}, not {type(value).__name__}")
        self._store.setValue(option.key, value)

    def sync(self) -> None:
        self._store.sync()


def _coerce(raw: object, option: Option[T]) -> T:
    """INI files give strings back; turn them into the option's type, or fall back to the default."""
    if isinstance(option.default, bool):
        if isinstance(raw, bool):
            return raw  # type: ignore[return-value]
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes"):
            return True  # type: ignore[return-value]
        if text in ("false", "0", "no"):
            return False  # type: ignore[return-value]
        return option.default
    if isinstance(option.default, int):
        try:
            return int(raw)  # type: ignore[return-value, call-overload]
        except (TypeError, ValueError):
            return option.default
    return raw if isinstance(raw, str) else option.default  # type: ignore[return-value]
