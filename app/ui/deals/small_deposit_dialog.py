"""小定 (small deposit): a small sum holds a unit for the customer for a few days (the
project's setting) before the subscription; the unit shows as reserved meanwhile. The
customer's active queue number (排号) can be used with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.deals.events import deals_changed
from app.ui.deals.reserve_form import ReserveDialog
from app.ui.deals.sale_form import local_refusal, parse_amount


class SmallDepositDialog(ReserveDialog):
    def __init__(self, context: Any, parent: QWidget | None = None, **preset: Any) -> None:
        super().__init__(context, parent, **preset)
        self.setObjectName("small_deposit_dialog")
        self.setWindowTitle(self.tr("Small deposit (小定)"))
        self.deal_id: int | None = None
        self.add_row("deposit", self.tr("Small deposit"), self.deposit)
        self.deposit.setPlaceholderText(self.tr("yuan, e.g. 10000"))
        self.note.setText(self.tr("The unit is held for the customer for the project's "
                                  "small-deposit days; subscribe before then, or it becomes "
                                  "available again by itself."))
        self.note.show()
        self.form.addRow("", self.note)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.ok_button().setText(self.tr("Take small deposit"))
        self.set_form_enabled(self.setup is not None)
        self.setMinimumWidth(560)

    def submit(self) -> tuple:
        from app.services import deals

        unit, customer_id = self.unit(), self.customer.customer_id()
        if unit is None:
            raise local_refusal("unit", self.tr("Choose the unit."))
        if customer_id is None:
            raise local_refusal("customer", self.tr("Choose the customer."))
        deposit = parse_amount(self.deposit, "deposit",
                               required_text=self.tr("Enter the small deposit."))
        engine, ticket, name = self.engine, self.ticket_id(), self.customer.customer_name()
        return (lambda: deals.small_deposit(engine, unit.id, customer_id, deposit, ticket),
                lambda deal_id: self._done(deal_id, unit, name))

    def _done(self, deal_id: int, unit: Any, name: str) -> None:
        self.deal_id = deal_id
        deals_changed([deal_id])
        self.accept()
