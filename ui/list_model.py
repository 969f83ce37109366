"""A read-only table model over a list of records, one row each, for the pages' small tables.

A subclass names its columns (an ``IntEnum``) and their headers, and says what each cell shows by
overriding the hooks it needs: :meth:`RecordListModel.display` always, and :meth:`decoration`,
:meth:`foreground`, :meth:`font`, :meth:`tooltip`, :meth:`alignment`, :meth:`accessible_text` and
:meth:`sort_value` when the table uses them. A hook returns None for "nothing for this cell".
:data:`RecordRole` gives the record behind a row, for any column. Reloads reset the model
(``beginResetModel``/``endResetModel``); a subclass whose cells change between reloads emits a
narrow ``dataChanged`` itself.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from .qt import QAbstractTableModel, QFont, QModelIndex, QPersistentModelIndex, Qt
from .wording import tr

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

# The record behind a row, for any column.
RecordRole = Qt.ItemDataRole.UserRole + 1
# A value to sort a column by (numbers and timestamps sort as numbers, not as their text).
SortRole = Qt.ItemDataRole.UserRole + 2

# Which hook answers which role; DisplayRole and RecordRole are handled in data() itself.
_HOOKS: dict[int, str] = {
    int(Qt.ItemDataRole.DecorationRole): "decoration",
    int(Qt.ItemDataRole.ForegroundRole): "foreground",
    int(Qt.ItemDataRole.FontRole): "font",
    int(Qt.ItemDataRole.ToolTipRole): "tooltip",
    int(Qt.ItemDataRole.TextAlignmentRole): "alignment",
    int(Qt.ItemDataRole.AccessibleTextRole): "accessible_text",
    int(SortRole): "sort_value",
}


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RecordListModel(QAbstractTableModel, Generic[T]):
    """Rows are records of type ``T``; columns are the members of :attr:`columns`."""

    columns: ClassVar[type[IntEnum]]
    headers: ClassVar[Mapping[Any, str]]   # column -> untranslated header text (translated by tr())

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # --- the records ---------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> T:
        return self._rows[row]

    def rows(self) -> list[T]:
        return list(self._rows)

    def key(self, record: T) -> Hashable:
        """What identifies a record across reloads (for :meth:`row_of`); its ``id`` unless overridden."""
        return record.id  # type: ignore[attr-defined]

    def row_of(self, key: Hashable) -> int | None:
        return next((i for i, record in enumerate(self._rows) if self.key(record) == key), None)

    # --- hooks: what a cell shows, per role (None for nothing) -------------------------------------

    def display(self, record: T, column: Any) -> str:
        raise NotImplementedError

    def accessible_text(self, record: T, column: Any) -> Any:
        """What a screen reader says for the cell: the displayed text unless overridden."""
        return self.display(record, column)

    def decoration(self, record: T, column: Any) -> Any:
        return None

    def foreground(self, record: T, column: Any) -> Any:
        return None

    def font(self, record: T, column: Any) -> Any:
        return None

    def tooltip(self, record: T, column: Any) -> Any:
        return None

    def alignment(self, record: T, column: Any) -> Any:
        return None

    def sort_value(self, record: T, column: Any) -> Any:
        return None

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return tr(self.headers[self.columns(section)])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RecordRole:
            return record
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        hook = _HOOKS.get(int(role))
        return getattr(self, hook)(record, column) if hook is not None else None
