"""查看交易: the deals of a reserved, contracted or filed unit — who reserved or contracted it
and when, at what price, how earlier deals ended. A salesperson or manager goes on from
here with the selected live deal: subscribe a small deposit, sign the contract, print the
subscription form. Row-level security decides which deals a user sees."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import ChartUnit
from app.ui.chart.unit_deals_model import CUSTOMER, UnitDealsModel
from app.ui.deals import labels


class UnitDealsDialog(QDialog):
    """Signals:
        sale_opened(object): a sale dialog was opened from here (tests drive it).
        unit_changed(): a sale saved from here changed the unit.
    """

    sale_opened = Signal(object)
    unit_changed = Signal()

    def __init__(self, unit: ChartUnit, deals: Sequence, context: Any, can_sell: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_deals_dialog")
        self.setWindowTitle(self.tr("Deals of unit {code}").format(code=unit.code))
        self.unit = unit
        self.context = context
        self.sale: Any = None
        self.heading = QLabel(self.tr("<b>{building} {room}</b> — {n} deal(s)").format(
            building=unit.building_name, room=unit.room_no, n=len(deals)))
        self.model = UnitDealsModel(deals, self)
        self.table = QTableView()
        self.table.setObjectName("unit_deals_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setObjectName("deal_detail")
        self.detail.setWordWrap(True)
        self.empty = QLabel(self.tr("No deal of this unit is visible to you."))
        self.empty.setVisible(not deals)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.subscribe_button = self._button("subscribe_button", self.tr("Subscribe…"))
        self.contract_button = self._button("contract_button", self.tr("Sign contract…"))
        self.print_button = self._button("print_button", self.tr("Print subscription form…"))
        for button in (self.subscribe_button, self.contract_button, self.print_button):
            button.setVisible(can_sell)
        self.buttons.rejected.connect(self.reject)
        self.subscribe_button.clicked.connect(self.subscribe)
        self.contract_button.clicked.connect(self.sign)
        self.print_button.clicked.connect(self.print_form)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.table, self.empty, self.detail, self.buttons):
            layout.addWidget(widget)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        if deals:
            self.table.selectRow(0)
        self._update()
        self.resize(820, 380)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    # --- going on with a deal ---------------------------------------------------------------

    def subscribe(self) -> Any:
        from app.ui.deals.sale_actions import open_subscribe

        deal = self.selected()
        return self._opened(open_subscribe(self, self.context, deal_id=deal.id))

    def sign(self) -> Any:
        from app.ui.deals.sale_actions import open_contract

        return self._opened(open_contract(self, self.context, self.selected().id))

    def print_form(self) -> Any:
        from app.ui.deals.sale_actions import print_subscription

        deal = self.selected()
        self.sale = print_subscription(self, self.context, deal.id, unit_code=deal.unit_code)
        self.sale_opened.emit(self.sale)
        return self.sale

    def _opened(self, dialog: Any) -> Any:
        self.sale = dialog
        dialog.saved.connect(lambda _v: self.unit_changed.emit())
        self.sale_opened.emit(dialog)
        return dialog

    def _update(self) -> None:
        deal = self.selected()
        stage = deal.stage if deal else None
        self.subscribe_button.setEnabled(stage == "small_deposit")
        self.contract_button.setEnabled(stage == "subscribed"
                                        and deal.approval in ("not_needed", "approved"))
        self.print_button.setEnabled(stage in ("subscribed", "contracted")
                                     and deal.subscribed_at is not None)
        self.detail.setText(self._detail_text(deal) if deal else "")

    def _detail_text(self, deal: Any) -> str:
        parts = [self.tr("Payment: {method}").format(method=labels.method_name(
            deal.payment_method))] if deal.payment_method else []
        if deal.approval not in (None, "not_needed"):
            parts.append(self.tr("Price: {approval}").format(
                approval=labels.approval_name(deal.approval)))
            if deal.approval == "pending" and deal.approval_level:
                parts[-1] += f" ({labels.level_name(deal.approval_level)})"
        if deal.stage == "subscribed" and deal.sign_deadline:
            parts.append(self.tr("Sign by {date}").format(date=deal.sign_deadline.isoformat()))
        if deal.stage == "small_deposit" and deal.small_deposit_until:
            until = deal.small_deposit_until.astimezone()
            parts.append(self.tr("Held until {time}").format(
                time=until.strftime("%Y-%m-%d %H:%M")))
        if deal.pending_change:
            parts.append(self.tr("Change waiting: {kind}").format(
                kind=labels.change_kind_name(deal.pending_change)))
        return " · ".join(parts)
