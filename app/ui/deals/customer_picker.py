"""Choosing one of my customers in a sale dialog: the chart's customer model (name and
masked phone, searchable by name, pinyin initials or phone digits) in a short table under a
search field. Typing narrows the list; a single match is chosen by itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.chart.customer_model import ID_ROLE, SEARCH_ROLE, CustomerChoiceModel


class CustomerPicker(QWidget):
    """Signals:
        changed(object): the chosen customer's id (None when none is chosen).
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_picker")
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Search: name, initials (zs) or phone digits"))
        self.search.setClearButtonEnabled(True)
        self.model = CustomerChoiceModel((), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("customer_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(122)   # about four customers; the search finds the rest
        self.empty = QLabel(self.tr("You have no active customers yet. Register the customer "
                                    "first."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)
        self.empty.hide()
        self.chosen = QLabel()
        self.chosen.setObjectName("chosen_customer")
        self.chosen.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.chosen, self.search, self.table, self.empty):
            layout.addWidget(widget)
        self._locked = False
        self._locked_id: int | None = None
        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.changed.emit(self.customer_id()))

    def set_customers(self, customers: Sequence) -> None:
        self.model.set_customers(customers)
        self.empty.setVisible(not customers)

    def customer_id(self) -> int | None:
        if self._locked:
            return self._locked_id
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def customer_name(self) -> str:
        wanted = self.customer_id()
        for row in range(self.model.rowCount()):
            if self.model.customer(row).id == wanted:
                return self.model.customer(row).name
        return ""

    def choose(self, customer_id: int) -> bool:
        """Select a customer by id (as a click would); False if not listed."""
        self.search.clear()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == customer_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def lock(self, customer_id: int) -> None:
        """Fix the customer (a small deposit being converted): shown, not choosable."""
        self._locked, self._locked_id = True, customer_id
        self.chosen.setText(f"<b>{self.customer_name()}</b>")
        self.chosen.show()
        for widget in (self.search, self.table, self.empty):
            widget.hide()
        self.changed.emit(customer_id)

    def focus_widget(self) -> QWidget:
        return self.search

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().lower().replace(" ", ""))
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)
