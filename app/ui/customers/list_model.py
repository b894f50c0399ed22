"""The customer list as a lazy table: the row count comes from the database, rows come in
pages of 200 fetched off the GUI thread when the view asks for them (placeholder "…" cells
until then). Pages are cached (the most recent few dozen), a new query supersedes the old one
and drops its late answers, and scrolling through a million customers fetches only the pages
that were on screen.

The fetch functions are injected (count_fn(query) and page_fn(query, offset, limit)), so the
screen passes the services and a test can count real calls."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from app.ui.common.operations import OperationRunner
from app.ui.customers import labels

PAGE = 200
MAX_IN_FLIGHT = 2
CACHE_PAGES = 50
REQUEST_DELAY_MS = 10
COLUMNS = ("name", "gender", "phone", "grade", "status", "salesperson", "channel",
           "last_contact", "next_contact")
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#c62828")
STATUS_COLOURS = {"visitor": QColor("#44505e"), "queued": QColor("#8a5a00"),
                  "reserved": QColor("#b26a00"), "contracted": QColor("#2e7d32"),
                  "owner": QColor("#1f4e79"), "lost": QColor("#9aa5b1")}
WAITING = QColor("#9aa5b1")
_Index = QModelIndex | QPersistentModelIndex


def phone_text(phone: str | None) -> str:
    """As dialled ("138 1234 5678"); a masked phone (138****5678) stays as the server sent it."""
    if not phone or "*" in phone:
        return phone or ""
    from app.domain.phones import format_phone_display

    try:
        return format_phone_display(phone)
    except ValueError:
        return phone


class CustomerListModel(QAbstractTableModel):
    """Signals:
        count_changed(int): the number of customers matching the query is known.
        failed(object): counting or fetching failed (the exception).
    """

    count_changed = Signal(int)
    failed = Signal(object)

    def __init__(self, count_fn: Callable[[Any], int],
                 page_fn: Callable[[Any, int, int], list], runner: OperationRunner,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._count_fn, self._page_fn, self._runner = count_fn, page_fn, runner
        self.query: Any = None
        self.today = dt.date.today()
        self._rows = 0
        self._generation = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._in_flight: set[int] = set()
        self._wanted: list[int] = []
        self._dropped: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REQUEST_DELAY_MS)
        self._timer.timeout.connect(self._request_wanted)

    # --- queries ----------------------------------------------------------------------------

    def set_query(self, query: Any) -> None:
        """Show the customers matching `query`; answers to the previous query are dropped."""
        self.query = query
        self._reload(new_query=True)

    def refresh(self) -> None:
        """Read the same query again (after a change), keeping the position if the count holds."""
        if self.query is not None:
            self._reload(new_query=False)

    def is_loading(self) -> bool:
        return self._runner.is_busy(f"customer-count-{id(self)}") or bool(self._in_flight)

    def customer_at(self, row: int) -> Any:
        """The CustomerRow at `row`, or None while its page is loading."""
        page = self._pages.get(row // PAGE)
        offset = row - (row // PAGE) * PAGE
        return page[offset] if page is not None and offset < len(page) else None

    def loaded_pages(self) -> set[int]:
        return set(self._pages)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, ROW_ROLE):
            return None
        customer = self._row(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if column in ("gender", "grade") else None
        if customer is None:
            return (labels.PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole
                    else WAITING if role == Qt.ItemDataRole.ForegroundRole else None)
        if role == ID_ROLE:
            return customer.id
        if role == ROW_ROLE:
            return customer
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status":
                return STATUS_COLOURS.get(customer.status)
            return OVERDUE if column == "next_contact" and self._overdue(customer) else None
        return self._display(customer, column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(COLUMNS)):
            return None
        return (self.tr("Name"), self.tr("Gender"), self.tr("Phone"), self.tr("Grade"),
                self.tr("Status"), self.tr("Consultant"), self.tr("Channel"),
                self.tr("Last contact"), self.tr("Next contact"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- internals --------------------------------------------------------------------------

    def _overdue(self, customer: Any) -> bool:
        return (customer.next_contact_on is not None and customer.status != "lost"
                and customer.next_contact_on < self.today)

    @staticmethod
    def _display(customer: Any, column: str) -> str:
        if column == "gender":
            return labels.label(labels.GENDERS, customer.gender)
        if column == "phone":
            return phone_text(customer.phone)
        if column == "status":
            return labels.label(labels.STATUSES, customer.status)
        if column == "last_contact":
            return labels.datetime_text(customer.last_contact_at)
        if column == "next_contact":
            return labels.date_text(customer.next_contact_on)
        return getattr(customer, column) or ""

    def _reload(self, new_query: bool) -> None:
        self._generation += 1
        generation, query = self._generation, self.query
        self._pages.clear()
        self._in_flight.clear()
        self._wanted.clear()
        self._dropped.clear()
        self.today = dt.date.today()
        if self._rows:
            self._emit_rows(0, self._rows - 1)  # placeholders until the new rows arrive
        count_fn = self._count_fn
        self._runner.run(f"customer-count-{id(self)}", lambda: count_fn(query),
                         lambda n: self._on_count(generation, n, new_query), self._on_failed)

    def _on_count(self, generation: int, count: int, new_query: bool) -> None:
        if generation != self._generation:
            return
        if count != self._rows or new_query:
            self.beginResetModel()
            self._rows = count
            self.endResetModel()
        elif count:
            self._emit_rows(0, count - 1)
        self.count_changed.emit(count)

    def _row(self, row: int) -> Any:
        page = row // PAGE
        if page in self._pages:
            self._pages.move_to_end(page)
            return self.customer_at(row)
        if page not in self._in_flight:
            if page in self._wanted:
                self._wanted.remove(page)
            self._wanted.append(page)
            self._timer.start()
        return None

    def _request_wanted(self) -> None:
        """Fetch the most recently wanted pages; older wishes are dropped (the view asks
        again for what is still on screen when it repaints)."""
        while self._wanted and len(self._in_flight) < MAX_IN_FLIGHT:
            self._fetch(self._wanted.pop())
        self._dropped.update(self._wanted)
        self._wanted.clear()

    def _fetch(self, page: int) -> None:
        self._in_flight.add(page)
        generation, query, page_fn = self._generation, self.query, self._page_fn
        self._runner.run(f"customer-page-{id(self)}-{page}",
                         lambda: page_fn(query, page * PAGE, PAGE),
                         lambda rows: self._on_page(generation, page, rows),
                         lambda error: self._on_page_failed(generation, page, error))

    def _on_page(self, generation: int, page: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page)
        self._pages[page] = rows
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        for p in {page, *self._dropped}:
            self._emit_rows(p * PAGE, min((p + 1) * PAGE, self._rows) - 1)
        self._dropped.clear()
        self._request_wanted()

    def _on_page_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation == self._generation:
            self._in_flight.discard(page)
            self._pages[page] = []  # not asked again until the next refresh
            self._on_failed(error)

    def _on_failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def _emit_rows(self, first: int, last: int) -> None:
        if 0 <= first <= last < self._rows:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
