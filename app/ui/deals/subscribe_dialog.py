"""认购 (subscription): the unit, the customer, the deposit (定金), the discounts in the
project's order (only those offered with the chosen payment method can be ticked), an
extra amount off, the payment method and the deadline to sign — with the live price beside
it. A price beyond the seller's limit is still saved (the unit is reserved at once) and
waits for approval; the banner says from whom before the user submits. Afterwards the
subscription form (认购书) can be printed straight away."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.deals import labels
from app.ui.deals.events import deals_changed
from app.ui.deals.quote_panel import QuotePanel
from app.ui.deals.reserve_form import ReserveDialog
from app.ui.deals.sale_form import local_refusal, money_edit, money_input_text, parse_amount

MAX_SIGN_DAYS = 90


class SubscribeDialog(ReserveDialog):
    def __init__(self, context: Any, parent: QWidget | None = None, **preset: Any) -> None:
        super().__init__(context, parent, **preset)
        self.method = QComboBox()
        self.discounts = QWidget()
        self.extra = money_edit(self.tr("optional, yuan"))
        self.sign_by = QDateEdit()
        self.quote_panel = QuotePanel(context)
        self.checks: dict[str, QCheckBox] = {}
        self.deal_id: int | None = None
        self.approval_level: str | None = None
        self.setObjectName("subscribe_dialog")
        self.setWindowTitle(self.tr("Subscription (认购)"))
        self.method.setObjectName("method_combo")
        for code, text in labels.choices(labels.METHODS):
            self.method.addItem(text, code)
        self.discount_box = QVBoxLayout(self.discounts)
        self.discount_box.setContentsMargins(0, 0, 0, 0)
        self.discount_box.setSpacing(2)
        self.extra.setObjectName("extra_discount")
        self.sign_by.setObjectName("sign_by")
        self.sign_by.setCalendarPopup(True)
        self.sign_by.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.sign_by.setDateRange(today.addDays(-1), today.addDays(MAX_SIGN_DAYS))
        self.sign_by.setSpecialValueText(self.tr("Project default"))
        self.sign_by.setDate(today.addDays(-1))
        self.sign_by.setMinimumWidth(150)
        self.extra.setMaximumWidth(220)
        self.sign_by.setToolTip(self.tr("Leave at “Project default” for the project's usual "
                                        "number of days, or pick a date within 90 days."))
        self.add_row("method", self.tr("Payment method"), self.method)
        self.add_row("discounts", self.tr("Discounts"), self.discounts)
        self.add_row("extra_discount", self.tr("Extra discount"), self.extra)
        self.add_row("deposit", self.tr("Deposit (定金)"), self.deposit)
        self.add_row("sign_deadline", self.tr("Sign contract by"), self.sign_by)
        self.form.addRow("", self.note)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch(1)     # extra height below the form, not between its rows
        self.quote_panel.setMinimumWidth(380)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(left, 3)
        row.addWidget(self.quote_panel, 2)
        self.body.addLayout(row)
        self.ok_button().setText(self.tr("Subscribe"))
        self.print_button = QPushButton(self.tr("Print subscription form…"))
        self.print_button.setObjectName("print_button")
        self.print_button.setProperty("primary", True)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.hide()
        self.print_button.clicked.connect(self.print_form)
        self.method.currentIndexChanged.connect(lambda _i: self._on_method())
        self.extra.textChanged.connect(lambda _t: self.terms_changed())
        self.set_form_enabled(self.setup is not None)
        self.resize(980, 600)

    # --- the terms --------------------------------------------------------------------------

    def after_setup(self) -> None:
        for check in self.checks.values():
            self.discount_box.removeWidget(check)
            check.deleteLater()
        self.checks = {}
        for rule in (self.project.rules if self.project else ()):
            check = QCheckBox(rule.name)
            check.setObjectName(f"discount_{rule.code}")
            check.setProperty("method", rule.payment_method)
            check.toggled.connect(lambda _c: self.terms_changed())
            self.discount_box.addWidget(check)
            self.checks[rule.code] = check
        if not self.checks:
            self.discounts.setToolTip(self.tr("This project offers no discounts."))
        if self.setup.repricing:
            self._prefill_price()
        self._on_method()

    def _prefill_price(self) -> None:
        """A new price starts from the one that waits (or was rejected)."""
        deal, steps = self.deal, self.setup.breakdown.get("steps", [])
        self.setWindowTitle(self.tr("New price for the subscription of {code}").format(
            code=deal.unit_code))
        self.ok_button().setText(self.tr("Save new price"))
        for name in ("deposit", "sign_deadline", "ticket"):
            self.show_row(name, False)
        self.method.setCurrentIndex(max(0, self.method.findData(deal.payment_method)))
        for step in steps:
            if step["code"] in self.checks:
                self.checks[step["code"]].setChecked(True)
            elif step["code"] == "extra":
                self.extra.setText(money_input_text(Decimal(str(step["amount"]))))

    def _on_method(self) -> None:
        method = self.method.currentData()
        for check in self.checks.values():
            only = check.property("method")
            allowed = only in (None, method)
            check.setEnabled(allowed)
            if not allowed:
                check.setChecked(False)
            check.setToolTip("" if allowed else self.tr("Only with {method}").format(
                method=labels.method_name(only)))
        self.terms_changed()

    def codes(self) -> list[str]:
        return [code for code, check in self.checks.items() if check.isChecked()]

    def sign_deadline(self) -> dt.date | None:
        if self.sign_by.date() == self.sign_by.minimumDate():
            return None
        return self.sign_by.date().toPython()

    def terms_changed(self) -> None:
        if self.deal_id is not None:
            return
        unit = self.unit()
        try:
            extra = parse_amount(self.extra, "extra_discount", required=False) or Decimal(0)
        except Exception as error:  # noqa: BLE001 — a refusal: shown at the field
            self.errors.show(error)
            return
        if self.errors.current == "extra_discount":
            self.errors.clear()
        self.quote_panel.request(unit.id if unit else None, self.codes(),
                                 self.method.currentData(), extra)

    # --- saving -----------------------------------------------------------------------------

    def submit(self) -> tuple:
        from app.services import deals

        unit, customer_id = self.unit(), self.customer.customer_id()
        if unit is None:
            raise local_refusal("unit", self.tr("Choose the unit."))
        if customer_id is None:
            raise local_refusal("customer", self.tr("Choose the customer."))
        extra = parse_amount(self.extra, "extra_discount", required=False) or Decimal(0)
        engine, name, codes = self.engine, self.customer.customer_name(), tuple(self.codes())
        if self.setup.repricing:
            deal_id, method = self.deal.id, self.method.currentData()
            return (lambda: (deal_id, deals.reprice(engine, deal_id, codes, method, extra)),
                    lambda done: self._done(done, unit, name))
        deposit = parse_amount(self.deposit, "deposit",
                               required_text=self.tr("Enter the deposit (定金)."))
        terms = deals.Terms(deposit, codes, self.method.currentData(), extra,
                            self.sign_deadline(), self.ticket_id())
        def save() -> tuple[int, str | None]:
            deal_id = deals.subscribe(engine, unit.id, customer_id, terms)
            return deal_id, deals.deal_detail(engine, deal_id).deal.approval_level

        return save, lambda done: self._done(done, unit, name)

    def _done(self, saved: tuple[int, str | None], unit: Any, name: str) -> None:
        deal_id, level = saved
        self.deal_id = self.result_value = deal_id
        self.approval_level = level
        deals_changed([deal_id])
        text = (self.tr("The new price of unit {code} is saved.").format(code=unit.code)
                if self.setup.repricing else
                self.tr("Unit {code} is reserved for {name} (deal RG{number:06d}).").format(
                    code=unit.code, name=name, number=deal_id))
        if level:
            text += " " + self.tr("The price waits for approval by: {level}.").format(
                level=labels.level_name(level))
        self.set_form_enabled(False)
        self.ok_button().hide()
        self.cancel_button().setText(self.tr("Close"))
        self.print_button.show()
        self.print_button.setFocus()
        self.show_info("ok", text)

    def print_form(self) -> Any:
        from app.ui.deals.sale_actions import print_subscription

        unit = self.unit()
        if self.deal_id is None:
            return None
        return print_subscription(self, self.context, self.deal_id,
                                  unit_code=unit.code if unit else None)
