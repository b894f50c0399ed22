"""Pencilling in (预留) a unit for one of the salesperson's own customers: pick the customer
(search by name, pinyin initials or phone digits) and see until when the unit is held before
it is released automatically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import ChartUnit
from app.ui.chart import formatting as fmt
from app.ui.chart.customer_model import ID_ROLE, SEARCH_ROLE, CustomerChoiceModel


class PencilDialog(QDialog):
    def __init__(self, unit: ChartUnit, customers: Sequence, hold_minutes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pencil_dialog")
        self.unit = unit
        self.hold_minutes = hold_minutes
        self.setWindowTitle(self.tr("Pencil in unit {code}").format(code=unit.code))
        self.heading = QLabel(self.tr("<b>{building} {room}</b> · {layout} · {area} · {total}")
                              .format(building=unit.building_name, room=unit.room_no,
                                      layout=unit.layout or "—", area=fmt.area(unit.gross_area),
                                      total=fmt.money_short(unit.list_total)))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, initials (zs) or phone digits"))
        self.search.setClearButtonEnabled(True)
        self.model = CustomerChoiceModel(customers, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("You have no active customers yet. Register the customer "
                                    "first, then pencil the unit in for them."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not customers)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.deadline.setWordWrap(True)
        self.deadline.setStyleSheet("color: #8A5A00; background: #FFF6D6; padding: 6px;"
                                    " border-radius: 4px;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pencil in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (self.heading, self.search, self.table, self.empty, self.deadline,
                       self.buttons):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _i: self.accept() if self.customer_id() else None)
        self.resize(460, 420)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._update_deadline()
        self._update()

    def customer_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def choose(self, customer_id: int) -> bool:
        """Select a customer by id (as a click would); False if not listed."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == customer_id:
                self.table.selectRow(row)
                return True
        return False

    def ok_button(self):  # noqa: ANN201
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().lower().replace(" ", ""))
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.ok_button().setEnabled(self.customer_id() is not None)

    def _update_deadline(self) -> None:
        until = dt.datetime.now() + dt.timedelta(minutes=self.hold_minutes)
        hours, minutes = divmod(self.hold_minutes, 60)
        span = (self.tr("{h} h {m} min").format(h=hours, m=minutes) if hours and minutes
                else self.tr("{h} h").format(h=hours) if hours
                else self.tr("{m} min").format(m=minutes))
        self.deadline.setText(self.tr(
            "The unit is held for {span}, until about {time}; then it becomes available again "
            "by itself unless a deposit is taken.").format(span=span, time=until.strftime("%H:%M")))
