"""Export… on every list: the table as the user sees it, to CSV or XLSX, audited.

:class:`ListExporter` is attached to one table view (``ListExporter(view, ctx, actor, "alerts")``): it
puts an "Export…" entry in the table's context menu (Shift+F10 or the menu key reach it from the
keyboard) and is found by :class:`ExportListAction`, the window's File → Export list… (Ctrl+Shift+E),
which exports the table of the current page that has the focus (else the page's first).

A small list is read from the view's model on the UI thread (what the screen shows: the visible
columns in their on-screen order, the rows in their sorted and filtered order, the display text) and
written off it by ``casework.services.list_export.export_table``. The caseload, a window over possibly a
million rows, gives ``caseload=`` instead: the export then runs the screen's query through the service,
every row, off the UI thread. Either way the export is an audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from casework.services import list_export
from casework.services.actor import Actor
from casework.services.caseload import CaseloadQuery, CaseloadRow
from casework.services.context import Context

from .qt import (
    QAction,
    QFileDialog,
    QKeySequence,
    QMainWindow,
    QMessageBox,
    QObject,
    QStandardPaths,
    Qt,
    QTableView,
    QWidget,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import error_text

CaseloadSource = Callable[[], tuple[list[str], CaseloadQuery, Callable[[CaseloadRow], Sequence[Any]]]]


def table_contents(view: QTableView) -> tuple[list[str], list[list[str]]]:
    """The headers and rows a table view shows: visible columns in on-screen order, rows as sorted/filtered."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [header.logicalIndex(visual) for visual in range(header.count())]
    columns = [c for c in columns if not view.isColumnHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") for c in columns]
    rows = []
    for row in range(model.rowCount()):
        rows.append([_cell(model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole)) for c in columns])
    return headers, rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value)


class ListExporter(QObject):
    """The Export… action of one list."""

    exported = Signal(str, int)   # path, rows
    failed = Signal(str)          # the error, in words

    def __init__(self, view: QTableView, ctx: Context, actor: Actor, list_name: str, *, title: str = "",
                 caseload: CaseloadSource | None = None) -> None:
        super().__init__(view)
        self.view, self.ctx, self.actor = view, ctx, actor
        self.list_name = list_name
        self.title = title or list_name
        self.caseload = caseload
        self._task: Task | None = None
        self.last_path: str | None = None
        self.action = QAction(self.tr("Export…"), view)
        self.action.setObjectName(f"export_{list_name}")
        self.action.setToolTip(self.tr("Save this list as a spreadsheet (Excel or CSV)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.export)
        view.addAction(self.action)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.list_name.lower())
        return str(Path(folder) / f"casework-{stem}-{datetime.now():%Y%m%d-%H%M}.xlsx")

    def choose_file(self) -> str:
        """The file to write, from a save dialog ('' when cancelled). Tests replace this."""
        path, chosen = QFileDialog.getSaveFileName(
            self.view.window(), self.tr("Export {list}").format(list=self.title), self.suggested_path(),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path and not Path(path).suffix.lower() in (".xlsx", ".csv"):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return path

    def export(self) -> None:
        if self.busy:
            return
        path = self.choose_file()
        if not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
        ctx, actor, name = self.ctx, self.actor, self.list_name
        if self.caseload is not None:
            headers, query, cells = self.caseload()
            call = lambda: list_export.export_caseload(ctx, actor, query, path, fmt, headers, cells)  # noqa: E731
        else:
            headers, rows = table_contents(self.view)
            call = lambda: list_export.export_table(ctx, actor, name, path, fmt, headers, rows)  # noqa: E731
        self._status(self.tr("Exporting {list}…").format(list=self.title))
        self._task = run_in_background(call, lambda count: self._done(path, count), self._failed)

    def _done(self, path: str, count: int) -> None:
        self.last_path = path
        self._status(self.tr("Exported {count} rows to {file}").format(count=count, file=Path(path).name))
        self.exported.emit(path, count)

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        self._status("")
        self.failed.emit(text)
        if self.view.isVisible():
            QMessageBox.warning(self.view.window(), self.tr("Export"),
                                self.tr("The list was not exported.") + "\n\n" + text)

    def _status(self, text: str) -> None:
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)


def exporters_of(page: QWidget | None) -> list[ListExporter]:
    if page is None:
        return []
    return [e for e in page.findChildren(ListExporter) if e.view.isVisibleTo(page) or not page.isVisible()]


class ExportListAction(QObject):
    """File → Export list… (Ctrl+Shift+E): the current page's list that has the focus, else its first."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("E&xport list…"), window)
        self.action.setObjectName("exportListAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setToolTip(self.tr("Save the list on this page as a spreadsheet (Ctrl+Shift+E)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.trigger)
        page_changed = getattr(window, "page_changed", None)
        if page_changed is not None:
            page_changed.connect(lambda _key: self.update_enabled())

    def current(self) -> ListExporter | None:
        page = self.window.current_page() if hasattr(self.window, "current_page") else None
        found = exporters_of(page)
        if not found:
            return None
        focus = self.window.focusWidget()
        for exporter in found:
            if focus is not None and (focus is exporter.view or exporter.view.isAncestorOf(focus)):
                return exporter
        return found[0]

    def update_enabled(self) -> None:
        self.action.setEnabled(self.current() is not None)

    def trigger(self) -> None:
        exporter = self.current()
        if exporter is not None:
            exporter.export()
