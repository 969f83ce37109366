"""The main window: a navigation list on the left, pages on the right, menus and shortcuts around them.

Pages are plugged in with :meth:`MainWindow.add_page`; each gets a place in the navigation list and
in the View menu, with Ctrl+1 … Ctrl+9 for the first nine. The first page is the caseload
(:class:`~ui.caseload_view.CaseloadView`, one page with a My/Team/All scope switch). The window owns
the shortcuts that act on "the current page" and hands them on, so pages never fight over keys:

* F5 (Refresh) calls the page's ``reload()``;
* Ctrl+F (Search) calls the page's ``focus_search()``;
* Ctrl+E (Record event) emits :attr:`MainWindow.record_event_requested` with the page's
  ``selected_referral_id()``, and is enabled only while the page reports a selection through a
  ``selection_changed(object)`` signal;
* a page's ``open_referral(int)`` signal is re-emitted as :attr:`MainWindow.open_referral_requested`,
  and its ``message(str)`` signal goes to the status bar.

Nothing here reads the database on the UI thread: pages load in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from casework.services.actor import CHANGING_ROLES, Actor
from casework.services.context import Context

from . import app_version
from . import settings as options
from .caseload_view import CaseloadView
from .qt import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QHBoxLayout,
    QKeySequence,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPoint,
    QRect,
    QStackedWidget,
    QStyle,
    Qt,
    QWidget,
    Signal,
)
from .settings import Settings
from .i18n import language_menu
from .wording import role_name

DEFAULT_SIZE = (1280, 720)
CASELOAD = "caseload"
MAX_PAGE_SHORTCUTS = 9


@dataclass
class Page:
    key: str
    title: str
    widget: QWidget
    item: QListWidgetItem
    action: QAction
    factory: Callable[[], QWidget] | None = None
    """Set while the page is not built yet: ``widget`` is an empty stand-in until it is first shown."""


class MainWindow(QMainWindow):
    lock_requested = Signal()
    new_referral_requested = Signal()
    record_event_requested = Signal(int)
    open_referral_requested = Signal(int)
    page_changed = Signal(str)

    def __init__(self, ctx: Context, actor: Actor, *, settings: Settings | None = None,
                 database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._settings = settings
        self._database = database
        self._pages: list[Page] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Casework — {name} ({role})").format(
            name=actor.display_name, role=role_name(actor.role)))

        self._build_actions()
        self._build_menus()
        self.setCentralWidget(self._build_central())

        # The caseload is for the case roles; an administrator without one sees no case content.
        self.caseload: CaseloadView | None = None
        if actor.has_case_role:
            self.caseload = CaseloadView(ctx, actor, settings=settings)
            self.add_page(CASELOAD, self.tr("Caseload"), self.caseload)
        self.new_referral_action.setEnabled(actor.role in CHANGING_ROLES)
        self.restore_geometry()

    # --- building --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.new_referral_action = QAction(self.tr("&New referral…"), self)
        self.new_referral_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_referral_action.setToolTip(self.tr("Take a new referral (Ctrl+N)"))
        self.new_referral_action.triggered.connect(self.new_referral_requested)

        self.record_event_action = QAction(self.tr("&Record event…"), self)
        self.record_event_action.setShortcut(QKeySequence("Ctrl+E"))
        self.record_event_action.setToolTip(self.tr("Record what happened on the selected referral (Ctrl+E)"))
        self.record_event_action.setEnabled(False)
        self.record_event_action.triggered.connect(self._record_event)

        self.search_action = QAction(self.tr("&Search"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.focus_search)

        self.refresh_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                      self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Load this page again (F5)"))
        self.refresh_action.triggered.connect(self.reload)

        self.change_password_action = QAction(self.tr("Change &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Put the case records away until you give your password (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.signed_out = False

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("&About Casework"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addAction(self.new_referral_action)
        file_menu.addAction(self.record_event_action)
        file_menu.addSeparator()
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.search_action)
        self.view_menu.addAction(self.refresh_action)
        self.language_menu = language_menu(self, self._settings)
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addSeparator()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_central(self) -> QWidget:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setUniformItemSizes(True)
        metrics = self.fontMetrics()
        self.navigation.setFixedWidth(metrics.averageCharWidth() * 22)
        self.navigation.setSpacing(max(2, metrics.height() // 6))
        self.navigation.currentRowChanged.connect(self._navigation_moved)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        return central

    # --- pages -----------------------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget | Callable[[], QWidget]) -> QAction:
        """Add a page: an entry in the navigation list and the View menu (Ctrl+N for the first nine).

        ``widget`` is the page, or a callable that makes it: such a page is built (and its module
        imported) only when it is first shown or asked for with :meth:`page`, so that start-up builds
        only what the first screen shows.

        Optional page methods and signals the window uses: ``reload()`` (F5, and when first shown),
        ``focus_search()`` (Ctrl+F), ``selected_referral_id()`` with ``selection_changed(object)``
        (Record event, Ctrl+E), ``open_referral(int)``, ``message(str)`` (status bar),
        ``save_state()`` and ``shutdown()`` (when the window closes). Returns the page's action.
        """
        if any(page.key == key for page in self._pages):
            raise ValueError(f"a page called {key!r} is already there")
        number = len(self._pages) + 1
        factory = None
        if not isinstance(widget, QWidget):
            factory, widget = widget, QWidget()
            widget.setObjectName(f"{key}PageToBuild")
        widget.setAccessibleName(widget.accessibleName() or title)
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        action = QAction(title, self)
        if number <= MAX_PAGE_SHORTCUTS:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=title, n=number))
        action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
        self.view_menu.addAction(action)
        page = Page(key, title, widget, item, action, factory)
        self._pages.append(page)
        if factory is None:
            self._connect_page(widget)
        if len(self._pages) == 1:
            self.navigation.setCurrentRow(0)
        return action

    def _connect_page(self, widget: QWidget) -> None:
        if hasattr(widget, "selection_changed"):
            widget.selection_changed.connect(lambda _id, w=widget: self._selection_changed(w))
        if hasattr(widget, "message"):
            widget.message.connect(self._page_message)
        if hasattr(widget, "open_referral"):
            widget.open_referral.connect(self.open_referral_requested)

    def _built(self, page: Page) -> QWidget:
        """The page's widget, made now if it was added as a factory and not yet built."""
        if page.factory is not None:
            factory, page.factory = page.factory, None
            stand_in = page.widget
            widget = factory()
            widget.setAccessibleName(widget.accessibleName() or page.title)
            self.stack.insertWidget(self.stack.indexOf(stand_in), widget)
            if self.stack.currentWidget() is stand_in:
                self.stack.setCurrentWidget(widget)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            page.widget = widget
            self._connect_page(widget)
        return page.widget

    def built_page_keys(self) -> list[str]:
        """The pages made so far (the others are made when first shown)."""
        return [page.key for page in self._pages if page.factory is None]

    def page(self, key: str) -> QWidget:
        for page in self._pages:
            if page.key == key:
                return self._built(page)
        raise KeyError(key)

    def page_keys(self) -> list[str]:
        return [page.key for page in self._pages]

    def current_page_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self._pages[row].key if 0 <= row < len(self._pages) else None

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> None:
        for row, page in enumerate(self._pages):
            if page.key == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def _navigation_moved(self, row: int) -> None:
        if not 0 <= row < len(self._pages):
            return
        page = self._pages[row]
        self.stack.setCurrentWidget(self._built(page))
        if self._started(page.widget) is False and self.isVisible():
            page.widget.reload()
        self._selection_changed(page.widget)
        self.search_action.setEnabled(hasattr(page.widget, "focus_search"))
        self.refresh_action.setEnabled(hasattr(page.widget, "reload"))
        if self._settings is not None:
            self._settings.set(options.MAIN_WINDOW_PAGE, page.key)
        self.page_changed.emit(page.key)

    @staticmethod
    def _started(widget: QWidget) -> bool | None:
        """False for a page that loads on first show and has not yet; None for pages that do not say."""
        started = getattr(widget, "started", None)
        return bool(started) if started is not None and hasattr(widget, "reload") else None

    # --- acting on the current page --------------------------------------------------------------

    def reload(self) -> None:
        """Load (the first time) or refresh the current page, in the background."""
        page = self.current_page()
        if page is not None and hasattr(page, "reload"):
            page.reload()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def selected_referral_id(self) -> int | None:
        page = self.current_page()
        if page is not None and hasattr(page, "selected_referral_id"):
            return page.selected_referral_id()
        return None

    def _selection_changed(self, widget: QWidget) -> None:
        if widget is self.current_page():
            self.record_event_action.setEnabled(self.selected_referral_id() is not None)

    def _record_event(self) -> None:
        referral_id = self.selected_referral_id()
        if referral_id is not None:
            self.record_event_requested.emit(referral_id)

    def _page_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # --- window state ----------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        if self._settings is None:
            self.resize(width, height)
            return
        s = self._settings
        saved = QRect(s.get(options.MAIN_WINDOW_X), s.get(options.MAIN_WINDOW_Y),
                      s.get(options.MAIN_WINDOW_WIDTH), s.get(options.MAIN_WINDOW_HEIGHT))
        if saved.width() >= 200 and saved.height() >= 150:
            self.resize(saved.size())
            # Only move back to a place that is still on a screen (monitors come and go).
            if QGuiApplication.screenAt(saved.topLeft() + QPoint(40, 20)) is not None:
                self.move(saved.topLeft())
        else:
            self.resize(width, height)
        if s.get(options.MAIN_WINDOW_MAXIMIZED):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        page = s.get(options.MAIN_WINDOW_PAGE)
        if page in self.page_keys():
            self.show_page(page)

    def save_geometry(self) -> None:
        if self._settings is None:
            return
        maximized = self.isMaximized()
        rect = self.normalGeometry() if maximized and self.normalGeometry().isValid() else self.geometry()
        s = self._settings
        s.set(options.MAIN_WINDOW_X, rect.x())
        s.set(options.MAIN_WINDOW_Y, rect.y())
        s.set(options.MAIN_WINDOW_WIDTH, rect.width())
        s.set(options.MAIN_WINDOW_HEIGHT, rect.height())
        s.set(options.MAIN_WINDOW_MAXIMIZED, maximized)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        for page in self._pages:
            if page.factory is not None:
                continue  # never built: nothing to save or stop
            if hasattr(page.widget, "save_state"):
                page.widget.save_state()
            if hasattr(page.widget, "shutdown"):
                page.widget.shutdown()
        super().closeEvent(event)

    # --- help ------------------------------------------------------------------------------------

    def change_password(self):
        """File → Change password…: the signed-in user's own password."""
        from .password_dialog import PasswordDialog

        dialog = PasswordDialog(self._ctx, self._actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000))
        dialog.open()
        return dialog

    def show_settings(self):
        """File → Settings… (Ctrl+,): the person's own settings on this computer."""
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._settings or Settings.for_user(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """End the session: the window closes and the app asks who is signing in."""
        self.signed_out = True
        self.close()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Casework"), self.about_text())

    def about_text(self) -> str:
        lines = [
            self.tr("<b>Casework</b> {version}").format(version=app_version()),
            self.tr("Case management for youth-violence referral pathways."),
            self.tr("Signed in as {user} ({role}).").format(user=self._actor.username, role=role_name(self._actor.role)),
        ]
        if self._database:
            lines.append(self.tr("Database: {where}").format(where=self._database))
        return "<p>" + "</p><p>".join(_escape(line) if i else line for i, line in enumerate(lines)) + "</p>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
