"""The referrals table: one row per ReferralSummary, columns named by constants.

The model holds plain ``ReferralSummary`` views handed to it by whoever loaded them; it never
touches the database itself, so it can be filled from a worker thread's result later on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from casework.services.views import ReferralSummary
from casework.timeutil import age_on, format_local

from .qt import QAbstractTableModel, QColor, QGuiApplication, QModelIndex, QPalette, QPersistentModelIndex, Qt
from .wording import humanise

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    AGE = 1
    PATHWAY = 2
    STAGE = 3
    ASSIGNED_TO = 4
    TEAM = 5
    SITE = 6
    RECEIVED = 7
    STATUS = 8


HEADERS = {
    Column.NAME: "Name",
    Column.AGE: "Age",
    Column.PATHWAY: "Pathway",
    Column.STAGE: "Stage",
    Column.ASSIGNED_TO: "Assigned to",
    Column.TEAM: "Team",
    Column.SITE: "Site",
    Column.RECEIVED: "Received",
    Column.STATUS: "Status",
}

# The ReferralSummary behind a row, for any column.
RecordRole = Qt.ItemDataRole.UserRole + 1
# A value to sort by: numbers and instants sort as such, text without regard to case.
SortRole = Qt.ItemDataRole.UserRole + 2

UNASSIGNED = "Unassigned"


class ReferralTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralSummary] = []
        self._today: date | None = None

    # --- loading ---------------------------------------------------------------------------------

    def set_referrals(self, referrals: Sequence[ReferralSummary], today: date) -> None:
        """Replace every row. ``today`` is the local date that ages are counted to."""
        self.beginResetModel()
        self._rows = list(referrals)
        self._today = today
        self.endResetModel()

    def referral(self, row: int) -> ReferralSummary:
        return self._rows[row]

    @property
    def today(self) -> date | None:
        return self._today

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.AGE:
                return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        referral = self._rows[index.row()]
        column = Column(index.column())
        if role == RecordRole:
            return referral
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(referral, column)
        if role == SortRole:
            return self._sort_key(referral, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and referral.closed_at is not None:
            # Closed referrals recede; open work stands out.
            return _muted_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(referral, column)
        return None

    # --- cell values -----------------------------------------------------------------------------

    def age(self, referral: ReferralSummary) -> int | None:
        return age_on(referral.date_of_birth, self._today) if self._today else None

    def status(self, referral: ReferralSummary) -> str:
        if referral.closed_at is None:
            return self.tr("Open")
        if referral.outcome:
            return self.tr("Closed — {outcome}").format(outcome=humanise(referral.outcome).lower())
        return self.tr("Closed")

    def _display(self, referral: ReferralSummary, column: Column) -> str:
        if column == Column.NAME:
            return referral.person_name
        if column == Column.AGE:
            age = self.age(referral)
            return "" if age is None else str(age)
        if column == Column.PATHWAY:
            return referral.pathway_label
        if column == Column.STAGE:
            return referral.stage_label
        if column == Column.ASSIGNED_TO:
            return referral.assigned_to or self.tr(UNASSIGNED)
        if column == Column.TEAM:
            return referral.team or ""
        if column == Column.SITE:
            return referral.site or ""
        if column == Column.RECEIVED:
            return format_local(referral.received_at)
        return self.status(referral)

    def _sort_key(self, referral: ReferralSummary, column: Column):
        if column == Column.AGE:
            return self.age(referral) or 0
        if column == Column.RECEIVED:
            return referral.received_at.timestamp()
        if column == Column.STATUS:
            # Open before closed, then by outcome.
            return f"{0 if referral.closed_at is None else 1} {referral.outcome or ''}"
        return self._display(referral, column).casefold()

    def _tooltip(self, referral: ReferralSummary, column: Column) -> str | None:
        if column == Column.AGE:
            return self.tr("Born {date}").format(date=referral.date_of_birth.isoformat())
        if column == Column.STATUS and referral.closed_at is not None:
            return self.tr("Closed {time}").format(time=format_local(referral.closed_at))
        return None


def _muted_text() -> QColor:
    """Text 45% of the way to the background: quieter, still above WCAG AA contrast (about 4.7:1)."""
    palette = QGuiApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.45
    return QColor(round(text.red() + (base.red() - text.red()) * mix),
                  round(text.green() + (base.green() - text.green()) * mix),
                  round(text.blue() + (base.blue() - text.blue()) * mix))
