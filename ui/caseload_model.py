"""The caseload table: a windowed model over ``casework.services.caseload``, for a million rows or ten.

The model never holds the whole caseload. It knows the row count (one ``count`` query) and keeps a
bounded LRU of pages of rows (``page`` queries of ``page_size`` rows). When the view asks for a row
whose page is not here, the cell shows a light placeholder ("…"), the page is queued, and a
worker fetches it off the UI thread; when it lands, a ``dataChanged`` for just that page's rows
repaints it. Pages are fetched one at a time, newest request first, and the queue is short: while
someone drags the scroll bar from the top to the bottom, the pages flown past are dropped instead of
fetched (a page still on screen is asked for again at the next paint, so it comes back to the front).

Sorting and filtering are SQL: ``sort()`` and ``set_query()`` load the new count and first page in
the background and swap them in with one model reset, so the old rows stay on screen (not a blank
grid) until the new ones are ready. ``refresh()`` re-reads the rows on screen and keeps the scroll
position.

The "Next deadline" column counts down live from the injected clock: a timer re-reads the clock
every second while a deadline on screen is under an hour away (or under an hour overdue), every
minute otherwise, and emits ``dataChanged`` for that one column over the rows on screen. Its words
always say the state ("Breached — 12 min over"); colour only repeats it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from enum import IntEnum
from functools import partial
from typing import Any

from casework.services import caseload, caseload_anchors
from casework.services.actor import Actor
from casework.services.caseload import CaseloadQuery, CaseloadRow
from casework.services.context import Context
from casework.timeutil import age_on, format_local, to_local

from .i18n import date_text, datetime_text, zone_text
from .qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from .tasks import Task, run_in_background
from .wording import N_, deadline_state_text, duration_text, error_text, tr

AnyIndex = QModelIndex | QPersistentModelIndex


def risk_marker(labels) -> str:
    """The row's risk indicator in words (never colour alone): "⚑ County lines +1"."""
    labels = list(labels)
    if not labels:
        return ""
    more = f" +{len(labels) - 1}" if len(labels) > 1 else ""
    return f"\u2691 {labels[0]}{more}"


class Column(IntEnum):
    NAME = 0
    AGE = 1
    PATHWAY = 2
    STAGE = 3
    ASSIGNED = 4
    NEXT_DEADLINE = 5
    SITE = 6
    RECEIVED = 7


HEADERS = {
    Column.NAME: N_("Name"),
    Column.AGE: N_("Age"),
    Column.PATHWAY: N_("Pathway"),
    Column.STAGE: N_("Stage"),
    Column.ASSIGNED: N_("Assigned to"),
    Column.NEXT_DEADLINE: N_("Next deadline"),
    Column.SITE: N_("Site"),
    Column.RECEIVED: N_("Received"),
}

# The sort key (casework.services.caseload.SORT_KEYS) of each column; also the column's settings key.
SORT_KEYS = {
    Column.NAME: "name",
    Column.AGE: "age",
    Column.PATHWAY: "pathway",
    Column.STAGE: "stage",
    Column.ASSIGNED: "assigned",
    Column.NEXT_DEADLINE: "next_deadline",
    Column.SITE: "site",
    Column.RECEIVED: "received",
}
COLUMN_OF_SORT_KEY = {key: column for column, key in SORT_KEYS.items()}

# The CaseloadRow behind a row (None while its page is loading).
RecordRole = Qt.ItemDataRole.UserRole + 1
# The SLA state code of a row's next deadline now: "breached", "warning", "running" or "none".
SlaStateRole = Qt.ItemDataRole.UserRole + 2

LOADING = "…"
UNASSIGNED = N_("Unassigned")
PAGE_SIZE = 200
MAX_PAGES = 50          # 10,000 rows at most in memory
MAX_PENDING = 3         # requests kept while scrolling fast; older ones are dropped
MAX_SCREEN_ROWS = 400   # more rows than any screen shows at once
ANCHORS_AFTER_MS = 200  # anchors for deep jumps are found this long after a load (the first paint goes first)
FAST_TICK_MS = 1_000
SLOW_TICK_MS = 60_000
FAST_WINDOW = timedelta(hours=1)

# The roles data() answers for some cell (any other role is None for every cell).
_ANSWERED_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.AccessibleTextRole, RecordRole, SlaStateRole))

_DEADLINE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                   Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole,
                   SlaStateRole]


class CaseloadModel(QAbstractTableModel):
    """Rows of one ``CaseloadQuery``, fetched a page at a time off the UI thread."""

    loading_changed = Signal(bool)   # a count (and first page) is being loaded in the background
    loaded = Signal(int)             # a load finished: the new row count
    failed = Signal(str)             # a load or a page failed: what to tell the person
    page_arrived = Signal(int)       # page number, once its rows are in

    def __init__(self, ctx: Context, actor: Actor, *, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES,
                 anchor_every: int = caseload_anchors.ANCHOR_EVERY, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor
        self._page_size = page_size
        self._max_pages = max(2, max_pages)
        self._query = caseload.default_query(actor)
        self._count = 0
        self._generation = 0
        self._pages: OrderedDict[int, list[CaseloadRow]] = OrderedDict()
        # For orders no index gives (see caseload.wants_id_list): every id in order, so a deep page is
        # a lookup by id rather than the whole sort again.
        self._ids: Sequence[int] | None = None
        # For the next-deadline order: the sort key of every ``anchor_every``-th row, found in the
        # background after a load, so a deep page is an indexed seek rather than an OFFSET walk.
        self._anchor_every = anchor_every
        self._anchors: caseload_anchors.Anchors | None = None
        self._anchor_task: Task | None = None
        self._anchor_timer = QTimer(self)
        self._anchor_timer.setSingleShot(True)
        self._anchor_timer.setInterval(ANCHORS_AFTER_MS)
        self._anchor_timer.timeout.connect(self._build_anchors)
        # A search first reads only its first caseload.FIRST_MATCHES matches ("1,000+"); the rest when
        # the table is scrolled to its end (canFetchMore / fetchMore), and from then on at every refresh.
        self._complete = True
        self._whole = False
        self._pending: OrderedDict[int, None] = OrderedDict()
        self._failed_pages: set[int] = set()
        self._fetching: tuple[int, int, Task] | None = None   # (generation, page, task)
        self._load_task: Task | None = None
        self._load_query: CaseloadQuery | None = None
        self._loading = False
        self._seen: tuple[int, int] | None = None        # rows painted since the last tick
        self._on_screen: tuple[int, int] | None = None   # rows painted up to the last tick

        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.setInterval(0)
        self._pump_timer.timeout.connect(self._pump)
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.timeout.connect(self.tick)

    # --- what is shown -------------------------------------------------------------------------------

    @property
    def query(self) -> CaseloadQuery:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        """Whether every match is counted (False: a search's first ``caseload.FIRST_MATCHES`` only)."""
        return self._complete

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def target_query(self) -> CaseloadQuery:
        """The query being loaded, or else the one shown; without its instant."""
        query = self._load_query if self._load_task is not None and self._load_query is not None else self._query
        return replace(query, as_of=None)

    def prepare(self, query: CaseloadQuery) -> None:
        """The query to load first, set before anything is loaded (no database work)."""
        if self._count or self._load_task is not None or self._generation:
            raise RuntimeError("prepare() is for a model that has loaded nothing yet")
        self._query = replace(query, as_of=None)

    def set_query(self, query: CaseloadQuery) -> None:
        """Show another query: counted and its first page fetched in the background, then swapped in."""
        self._start_load(query, pages=[0], keep_position=False)

    def refresh(self) -> None:
        """Read the rows on screen again (and the count), keeping the scroll position."""
        if self._load_task is not None:
            return  # a load is under way: what it brings is fresh already
        pages = self._pages_on_screen() or [0]
        self._start_load(self._query, pages=pages, keep_position=True, whole=self._whole)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's own
        """True while only a search's first matches are here (the view asks at the end of the table)."""
        return not parent.isValid() and not self._complete and self._load_task is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008 - Qt's own
        """Read every match of the search, keeping the rows and the scroll position."""
        if self.canFetchMore(parent):
            pages = self._pages_on_screen() or [0]
            self._start_load(self._query, pages=pages, keep_position=True, whole=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        target = self.target_query
        if target.sort == key and target.descending == descending:
            return
        if not self._generation and self._load_task is None:
            self._query = replace(target, sort=key, descending=descending)  # nothing loaded yet
            return
        self._start_load(replace(target, sort=key, descending=descending), pages=[0], keep_position=False)

    def sort_column(self) -> Column:
        return COLUMN_OF_SORT_KEY.get(self._query.sort, Column.NEXT_DEADLINE)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def record(self, row: int) -> CaseloadRow | None:
        """The row's referral if its page is here (never fetches)."""
        rows = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    def referral_id(self, row: int) -> int | None:
        record = self.record(row)
        return record.id if record is not None else None

    def row_of(self, referral_id: int) -> int | None:
        """The row of a referral among the pages held here, if it is among them."""
        for number, rows in self._pages.items():
            for offset, record in enumerate(rows):
                if record.id == referral_id:
                    return number * self._page_size + offset
        return None

    @property
    def anchors(self) -> caseload_anchors.Anchors | None:
        """The keyset anchors deep pages are sought from (None before they are found, or not wanted)."""
        return self._anchors

    def shutdown(self) -> None:
        """Stop the timers and drop every result still on its way (the model is going away)."""
        self._ticker.stop()
        self._pump_timer.stop()
        self._anchor_timer.stop()
        if self._anchor_task is not None:
            self._anchor_task.discard()
            self._anchor_task = None
        if self._load_task is not None:
            self._load_task.discard()
            self._load_task = None
        if self._fetching is not None:
            self._fetching[2].discard()
            self._fetching = None
        self._pending.clear()

    # --- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Sort by {column}").format(column=tr(HEADERS[Column(section)]).lower())
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for a dozen roles; those no cell answers (decoration, check state, size
        # hint...) return at once, and the column stays an int (an IntEnum made per call cost more than
        # the rest of the lookup): scroll frames and a jump's repaints are mostly these calls.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= self._count:
            return None
        self._note_seen(row)
        record = self._fetch_row(row)
        if record is None:
            return self._placeholder(row, column, role)
        if role == RecordRole:
            return record
        if column == Column.NEXT_DEADLINE:
            return self._deadline_data(record, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.closed_at is not None or (column == Column.ASSIGNED and record.assigned_username is None):
                return QBrush(_muted_text())
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SlaStateRole:
            return record.sla_state(self._ctx.clock.now())
        return None

    # --- cells -------------------------------------------------------------------------------------

    def _placeholder(self, row: int, column: Column, role: int) -> Any:
        failed = row // self._page_size in self._failed_pages
        if role == Qt.ItemDataRole.DisplayRole and column == Column.NAME:
            return self.tr("Could not load") if failed else LOADING
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.NAME:
            return self.tr("Could not load this row") if failed else self.tr("Loading")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_muted_text())
        return None

    def _display(self, record: CaseloadRow, column: Column) -> str:
        if column == Column.NAME:
            name = f"{record.family_name}, {record.given_name}"
            return f"{name}  {risk_marker(record.risk_flags)}" if record.risk_flags else name
        if column == Column.AGE:
            return str(age_on(record.date_of_birth, to_local(self._ctx.clock.now()).date()))
        if column == Column.PATHWAY:
            return record.pathway_label
        if column == Column.STAGE:
            return record.stage_label
        if column == Column.ASSIGNED:
            return record.assigned_name or tr(UNASSIGNED)
        if column == Column.SITE:
            return record.site or ""
        if column == Column.RECEIVED:
            return format_local(record.received_at)
        return ""

    def export_cells(self, record: CaseloadRow, columns: list[int] | None = None) -> list[str]:
        """What each column (all, or ``columns``) shows for ``record``: for exporting every row of the
        query, not only those in the window. Safe off the UI thread (text only)."""
        chosen = [Column(c) for c in columns] if columns is not None else list(Column)
        return [self._deadline_data(record, Qt.ItemDataRole.DisplayRole) if column == Column.NEXT_DEADLINE
                else self._display(record, column) for column in chosen]

    def _tooltip(self, record: CaseloadRow, column: Column) -> str | None:
        if column == Column.NAME:
            ids = []
            if record.pnc_id:
                ids.append(self.tr("PNC ID {id}").format(id=record.pnc_id))
            if record.nhs_number:
                n = record.nhs_number
                ids.append(self.tr("NHS number {number}").format(number=f"{n[:3]} {n[3:6]} {n[6:]}"))
            text = " · ".join([record.name, *ids])
            if record.risk_flags:
                text += "\n" + self.tr("Risk flags: {flags}").format(flags=", ".join(record.risk_flags))
            return text
        if column == Column.AGE:
            return self.tr("Born {date}").format(date=date_text(record.date_of_birth, "d MMM yyyy"))
        if column == Column.ASSIGNED and record.assigned_username:
            return f"{record.assigned_name} ({record.assigned_username})"
        if column == Column.STAGE and record.closed_at is not None:
            return self.tr("Closed {time}").format(time=format_local(record.closed_at))
        return None

    def _deadline_data(self, record: CaseloadRow, role: int) -> Any:
        now = self._ctx.clock.now()
        state = record.sla_state(now)
        if role == SlaStateRole:
            return state
        if role == Qt.ItemDataRole.DisplayRole:
            return deadline_text(state, record.next_due_at, now)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if record.next_due_at is None:
                return self.tr("No deadline")
            return self.tr("{text}; due {time}").format(text=deadline_text(state, record.next_due_at, now),
                                                        time=format_local(record.next_due_at))
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.next_due_at is None:
                return self.tr("No deadline running")
            tip = self.tr("Due {time}").format(time=_long_local(record.next_due_at))
            if record.next_warn_at is not None:
                tip += "\n" + self.tr("Warning from {time}").format(time=_long_local(record.next_warn_at))
            return tip
        if role == Qt.ItemDataRole.FontRole:
            if state != "breached":
                return None
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        colours = state_colours(state) if state in ("warning", "breached") else None
        if role == Qt.ItemDataRole.BackgroundRole and colours is not None:
            return QBrush(colours[0])
        if role == Qt.ItemDataRole.ForegroundRole and colours is not None:
            return QBrush(colours[1])
        return None

    # --- pages -------------------------------------------------------------------------------------

    def _note_seen(self, row: int) -> None:
        """Widen the window of rows painted since the last tick; a jump (scrollTo) starts a new one."""
        seen = self._seen
        if seen is None or row < seen[0] - MAX_SCREEN_ROWS or row > seen[1] + MAX_SCREEN_ROWS:
            self._seen = (row, row)
        elif row < seen[0] or row > seen[1]:
            self._seen = (min(seen[0], row), max(seen[1], row))

    def _fetch_row(self, row: int) -> CaseloadRow | None:
        number = row // self._page_size
        rows = self._pages.get(number)
        if rows is None:
            if number not in self._failed_pages:
                self._request(number)
            return None
        self._pages.move_to_end(number)
        offset = row % self._page_size
        return rows[offset] if offset < len(rows) else None

    def _request(self, number: int) -> None:
        if self._fetching is not None and self._fetching[:2] == (self._generation, number):
            return
        self._pending[number] = None
        self._pending.move_to_end(number)
        while len(self._pending) > MAX_PENDING:
            self._pending.popitem(last=False)  # flown past while scrolling: not worth a query
        if self._fetching is None and not self._pump_timer.isActive():
            self._pump_timer.start()  # after this paint has asked for all it needs

    def _pump(self) -> None:
        if self._fetching is not None or not self._pending:
            return
        number, _ = self._pending.popitem(last=True)  # the newest request first
        if number in self._pages:
            self._pump()
            return
        generation, query, size = self._generation, self._query, self._page_size
        ctx, actor, ids, anchors = self._ctx, self._actor, self._ids, self._anchors
        if ids is not None:
            wanted = ids[number * size:(number + 1) * size]

            def fetch() -> list[CaseloadRow]:
                return caseload.rows(ctx, actor, query, wanted)
        elif anchors is not None and number * size < anchors.rows_covered:
            def fetch() -> list[CaseloadRow]:
                return caseload_anchors.page(ctx, actor, query, number * size, size, anchors)
        else:
            def fetch() -> list[CaseloadRow]:
                return caseload.page(ctx, actor, query, number * size, size)
        task = run_in_background(fetch,
                                 on_success=partial(self._page_arrived, generation, number),
                                 on_failure=partial(self._page_failed, generation, number))
        self._fetching = (generation, number, task)

    def _page_arrived(self, generation: int, number: int, rows: list[CaseloadRow]) -> None:
        self._fetching = None
        if generation == self._generation:
            self._store(number, rows)
            first = number * self._page_size
            last = min(first + self._page_size, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
            self.page_arrived.emit(number)
            self._arm_ticker()
        self._pump()

    def _page_failed(self, generation: int, number: int, error: BaseException) -> None:
        self._fetching = None
        if generation == self._generation:
            self._failed_pages.add(number)
            first = number * self._page_size
            last = min(first + self._page_size, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
            self.failed.emit(error_text(error))
        self._pump()

    def _store(self, number: int, rows: list[CaseloadRow]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        self._failed_pages.discard(number)
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def _pages_on_screen(self) -> list[int]:
        shown = self._seen or self._on_screen
        if shown is None:
            return list(self._pages)[-2:]
        first, last = shown
        return list(range(first // self._page_size, last // self._page_size + 1))[:4]

    # --- loading -----------------------------------------------------------------------------------

    def _start_load(self, query: CaseloadQuery, *, pages: list[int], keep_position: bool,
                    whole: bool = False) -> None:
        if self._load_task is not None:
            self._load_task.discard()
        # The SLA state filter is judged at one instant for the count and every page alike.
        query = query.at(self._ctx.clock.now())
        ctx, actor, size = self._ctx, self._actor, self._page_size
        # A keystroke of a search reads its first matches only, and one more to know there are more.
        first = None if whole or not (query.search and query.search.strip()) else caseload.FIRST_MATCHES

        def load() -> tuple[int, dict[int, list[CaseloadRow]], Sequence[int] | None, bool]:
            fetched = {}
            complete = True
            if caseload.wants_id_list(query):
                # One sort for the whole list (it costs what the first page would by OFFSET anyway).
                ids = caseload.ordered_ids(ctx, actor, query, limit=None if first is None else first + 1)
                if first is not None and len(ids) > first:
                    ids, complete = ids[:first], False
                for number in pages:
                    if number * size < len(ids):
                        fetched[number] = caseload.rows(ctx, actor, query, ids[number * size:(number + 1) * size])
                return len(ids), fetched, ids, complete
            total = caseload.count(ctx, actor, query)
            for number in pages:
                if number * size < total:
                    fetched[number] = caseload.page(ctx, actor, query, number * size, size)
            return total, fetched, None, complete

        task = run_in_background(load, on_success=partial(self._loaded, query, keep_position, whole),
                                 on_failure=self._load_failed)
        self._load_task, self._load_query = task, query
        self._set_loading(True)

    def _loaded(self, query: CaseloadQuery, keep_position: bool, whole: bool,
                result: tuple[int, dict[int, list[CaseloadRow]], Sequence[int] | None, bool]) -> None:
        self._load_task = None
        total, pages, self._ids, self._complete = result
        self._whole = whole
        if keep_position and query == replace(self._query, as_of=query.as_of):
            self._apply_in_place(query, total, pages)
        else:
            self.beginResetModel()
            self._generation += 1
            self._query = query
            self._count = total
            self._pages.clear()
            self._pending.clear()
            self._failed_pages.clear()
            self._seen = self._on_screen = None
            for number, rows in pages.items():
                self._store(number, rows)
            self.endResetModel()
        self._set_loading(False)
        self._arm_ticker()
        self._plan_anchors()
        self.loaded.emit(total)

    # --- anchors for deep jumps (the next-deadline order) -------------------------------------------

    def _plan_anchors(self) -> None:
        """After a load: the old anchors go (positions may have moved); new ones are found shortly,
        in the background, for a view long enough to jump in. Until then deep pages go by OFFSET."""
        self._anchors = None
        self._anchor_timer.stop()
        if self._anchor_task is not None:
            self._anchor_task.discard()
            self._anchor_task = None
        if self._ids is None and self._count > self._anchor_every and caseload_anchors.applies(self._query):
            self._anchor_timer.start()

    def _build_anchors(self) -> None:
        generation, query, ctx, actor, every = self._generation, self._query, self._ctx, self._actor, self._anchor_every
        self._anchor_task = run_in_background(
            lambda: caseload_anchors.build(ctx, actor, query, every),
            on_success=partial(self._anchors_built, generation),
            on_failure=lambda _error: setattr(self, "_anchor_task", None))  # deep pages stay on OFFSET

    def _anchors_built(self, generation: int, anchors: caseload_anchors.Anchors) -> None:
        self._anchor_task = None
        if generation == self._generation:
            self._anchors = anchors

    def _apply_in_place(self, query: CaseloadQuery, total: int, pages: dict[int, list[CaseloadRow]]) -> None:
        """Same query, fresh rows: rows added or removed at the end, everything else repainted."""
        self._generation += 1
        self._query = query
        self._pages.clear()
        self._pending.clear()
        self._failed_pages.clear()
        for number, rows in pages.items():
            self._store(number, rows)
        before = self._count
        if total > before:
            self.beginInsertRows(QModelIndex(), before, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < before:
            self.beginRemoveRows(QModelIndex(), total, before - 1)
            self._count = total
            self.endRemoveRows()
        if total:
            self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(Column) - 1))

    def _load_failed(self, error: BaseException) -> None:
        self._load_task = None
        self._set_loading(False)
        self.failed.emit(error_text(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- the live countdown ------------------------------------------------------------------------

    def tick(self) -> None:
        """Repaint the next-deadline column of the rows on screen, and set the next tick."""
        if self._seen is not None:
            self._on_screen = self._seen
            self._seen = None
        shown = self._on_screen
        if shown is not None and self._count:
            first = max(0, shown[0])
            last = min(shown[1], first + MAX_SCREEN_ROWS, self._count - 1)
            if last >= first:
                self.dataChanged.emit(self.index(first, Column.NEXT_DEADLINE), self.index(last, Column.NEXT_DEADLINE),
                                      _DEADLINE_ROLES)
        self._arm_ticker()

    def next_tick_ms(self) -> int:
        """Every second while a deadline on screen is within the hour (either side), else up to a minute."""
        now = self._ctx.clock.now()
        shown = self._seen or self._on_screen
        wait = SLOW_TICK_MS
        if shown is None:
            return wait
        for row in range(shown[0], min(shown[1], shown[0] + MAX_SCREEN_ROWS, self._count - 1) + 1):
            record = self.record(row)
            if record is None or record.next_due_at is None:
                continue
            if abs(record.next_due_at - now) < FAST_WINDOW:
                return FAST_TICK_MS
            if record.next_warn_at is not None and record.next_warn_at > now:
                wait = min(wait, _ms(record.next_warn_at - now))
        return max(FAST_TICK_MS, wait)

    def _arm_ticker(self) -> None:
        if self._count:
            self._ticker.start(self.next_tick_ms())
        else:
            self._ticker.stop()


# --- words and colours for a deadline ---------------------------------------------------------------

def _ms(delta: timedelta) -> int:
    return int(delta.total_seconds() * 1000) + 1


def deadline_text(state: str, due: datetime | None, now: datetime) -> str:
    """What the cell says: how long is left or over, with the state in words when it needs attention."""
    if due is None:
        return ""
    if state == "breached":
        return tr("{state} — {span} over").format(state=deadline_state_text(state), span=_span(now - due))
    if state == "warning":
        return tr("{state} — {span} left").format(state=deadline_state_text(state), span=_span(due - now))
    return tr("{span} left").format(span=_span(due - now))


def _span(delta: timedelta) -> str:
    seconds = int(abs(delta.total_seconds()))
    if seconds >= 2 * 86_400:  # hours stop mattering after a day or two, and the cell stays short
        return tr("{d} days").format(d=seconds // 86_400)
    return duration_text(seconds)


# (background, text) per state, light and dark; each pair is above 7:1 contrast.
_LIGHT = {"warning": ("#ffe8a8", "#4d3800"), "breached": ("#f9d3cf", "#7a1a12")}
_DARK = {"warning": ("#5c4500", "#ffe8a8"), "breached": ("#6e1d17", "#ffd9d4")}


def state_colours(state: str) -> tuple[QColor, QColor] | None:
    """Background and text colours for a deadline state (None: the table's own, for running and none)."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    pair = (_DARK if dark else _LIGHT).get(state)
    return (QColor(pair[0]), QColor(pair[1])) if pair else None


def _long_local(value: datetime) -> str:
    return f"{datetime_text(value, 'ddd d MMM yyyy, HH:mm')} {zone_text(value)}"


def _muted_text() -> QColor:
    """Text 45% of the way to the background: quieter, still above WCAG AA contrast (about 4.7:1)."""
    palette = QGuiApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.45
    return QColor(round(text.red() + (base.red() - text.red()) * mix),
                  round(text.green() + (base.green() - text.green()) * mix),
                  round(text.blue() + (base.blue() - text.blue()) * mix))

