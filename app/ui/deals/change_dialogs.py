"""变更申请: one small dialog per kind of change to a live deal — 退房 cancellation (the money
received split into a refund and a forfeited deposit), 换房 exchange (another available unit
of the project at its own price, the money carried over), 更名 the buyers, 变更 a new price
or payment method (a contracted deal gets a new schedule). Each asks with a reason; a
manager decides in 审批. The database checks every request and refuses with a reason shown
here; nothing is saved then. (面积补差: settlement_dialog.py.)"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.statuses import Role, UnitStatus
from app.ui.deals import labels
from app.ui.deals.discount_checks import DiscountChecks, codes_of, extra_text
from app.ui.deals.quote_panel import QuotePanel
from app.ui.deals.sale_form import money_edit, money_input_text, money_text, parse_amount
from app.ui.deals.task_dialog import DealTaskDialog
from app.ui.deals.unit_picker import UnitPicker

PRICE_FIELDS = {"discount_method": "discounts", "discount_unknown": "discounts",
                "discount_duplicate": "discounts", "discount_exceeds_price": "discounts",
                "discount_too_deep": "discounts", "deposit_too_large": "discounts",
                "extra_discount": "extra_discount"}


class CancelDialog(DealTaskDialog):
    FIELDS = {"cancel_split": "refund"}

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("cancel_dialog")
        self.setWindowTitle(self.tr("Request a cancellation"))
        self.received = self.deal.deposit
        self.headline.setText(self.tr("{title}: {received} received").format(
            title=self.deal_title(), received=money_text(self.received)))
        self.refund = money_edit()
        self.refund.setObjectName("refund")
        self.refund.setText(money_input_text(self.received))
        self.forfeit = money_edit()
        self.forfeit.setObjectName("forfeit")
        self.forfeit.setText("0")
        self.add_row("refund", self.tr("Refund (¥)"), self.refund)
        self.add_row("forfeit", self.tr("Deposit forfeited (¥)"), self.forfeit)
        self.reason = self.add_reason(self.tr("Why the buyer cancels (required)"))
        self.ok_button().setText(self.tr("Request cancellation"))

    def submit(self) -> tuple:
        from app.services.deal_changes import request_cancel

        refund = parse_amount(self.refund, "refund", required_text=self.tr("Enter the refund."))
        forfeit = parse_amount(self.forfeit, "forfeit", required=False) or Decimal("0.00")
        engine, deal_id, reason = self.engine, self.deal.id, self.reason.toPlainText()
        return (lambda: request_cancel(engine, deal_id, refund, forfeit, reason),
                self.saved_deal)


class PricedChangeDialog(DealTaskDialog):
    """A change that prices the deal again: discounts, extra amount off, the live quote."""

    FIELDS = PRICE_FIELDS

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.ok_button().setEnabled(False)
        self.ready = False            # until the discounts (and units) are read
        self.codes, _extra = codes_of(detail.breakdown)
        self.discounts = DiscountChecks()
        self.extra = money_edit(self.tr("none"))
        self.extra.setObjectName("extra_discount")
        self.extra.setText(extra_text(detail.breakdown))
        self.quote = QuotePanel(context)
        self.setMinimumWidth(560)
        self.discounts.changed.connect(self.ask_quote)
        self.extra.textChanged.connect(self.ask_quote)

    def add_price_rows(self) -> None:
        self.add_row("discounts", self.tr("Discounts"), self.discounts)
        self.add_row("extra_discount", self.tr("Extra discount (¥)"), self.extra)
        self.body.addWidget(self.quote)

    def load(self, fn: Any) -> None:
        """Read what the form offers (pool thread), then enable it."""
        self.run("load", fn, self._data_loaded, self.show_refusal)

    def _data_loaded(self, data: Any) -> None:
        self.fill(data)
        self.ok_button().setEnabled(True)
        self.ask_quote()
        self.loaded.emit()

    def fill(self, data: Any) -> None:  # overridden
        pass

    def done(self, result: int) -> None:  # Qt override: closed, saved or cancelled
        """Nothing still asked for may arrive at a closed dialog: drop the quote under way."""
        self.quote.request(None, (), "")
        self.runner.cancel(f"{self._key}-load")
        super().done(result)

    def unit_id(self) -> int | None:
        return self.deal.unit_id

    def method(self) -> str:
        return self.deal.payment_method

    def extra_amount(self) -> Decimal:
        try:
            return parse_amount(self.extra, "extra_discount", required=False) or Decimal(0)
        except Exception:  # noqa: BLE001 — shown when submitting
            return Decimal(0)

    def ask_quote(self) -> None:
        self.quote.request(self.unit_id(), self.discounts.codes(), self.method(),
                           self.extra_amount())


def exchange_units(engine: Any, project_id: int, current_unit: int, manager: bool) -> list:
    """Units an exchange may move to: available ones (and held ones, for a manager)."""
    from app.services.chart import load_chart

    wanted = {UnitStatus.AVAILABLE} | ({UnitStatus.HELD} if manager else set())
    return [u for u in load_chart(engine, project_id)
            if u.status in wanted and u.id != current_unit and u.list_total]


class ExchangeDialog(PricedChangeDialog):
    FIELDS = {**PRICE_FIELDS, "unit_taken": "unit", "exchange_unit_invalid": "unit",
              "unit_unpriced": "unit"}

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("exchange_dialog")
        self.setWindowTitle(self.tr("Request a unit exchange"))
        self.headline.setText(self.tr("{title}: from {unit}, {total} ({method})").format(
            title=self.deal_title(), unit=self.deal.unit_code,
            total=money_text(self.deal.deal_total),
            method=labels.method_name(self.deal.payment_method)))
        self.unit = UnitPicker()
        self.add_row("unit", self.tr("New unit"), self.unit)
        self.add_price_rows()
        self.reason = self.add_reason(self.tr("Why the buyer changes unit (required)"))
        self.ok_button().setText(self.tr("Request exchange"))
        self.unit.unit_changed.connect(lambda _u: self.ask_quote())
        engine, deal = self.engine, self.deal
        manager = context.session.has(Role.SALES_MANAGER)

        def read() -> tuple:
            from app.services.deals import discount_rules

            return (discount_rules(engine, deal.project_id),
                    exchange_units(engine, deal.project_id, deal.unit_id, manager))

        self.load(read)

    def fill(self, data: Any) -> None:
        rules, units = data
        self.discounts.set_rules(rules, self.codes)
        self.discounts.set_method(self.method())
        self.unit.set_units(units)

    def unit_id(self) -> int | None:
        unit = self.unit.unit()
        return unit.id if unit is not None else None

    def submit(self) -> tuple:
        from app.services.deal_changes import request_exchange
        from app.ui.deals.sale_form import local_refusal

        unit_id = self.unit_id()
        if unit_id is None:
            raise local_refusal("unit", self.tr("Choose the new unit."))
        extra = parse_amount(self.extra, "extra_discount", required=False) or Decimal(0)
        engine, deal_id, codes = self.engine, self.deal.id, self.discounts.codes()
        reason = self.reason.toPlainText()
        return (lambda: request_exchange(engine, deal_id, unit_id, codes, reason, extra),
                self.saved_deal)


class TermsDialog(PricedChangeDialog):
    """变更: new discounts and/or payment method; a contracted deal also needs its schedule."""

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("terms_dialog")
        self.setWindowTitle(self.tr("Request a price or payment change"))
        self.headline.setText(self.tr("{title}: now {total} ({method})").format(
            title=self.deal_title(), total=money_text(self.deal.deal_total),
            method=labels.method_name(self.deal.payment_method)))
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("method")
        for code, name in labels.choices(labels.METHODS):
            self.method_combo.addItem(name, code)
        self.method_combo.setCurrentIndex(self.method_combo.findData(self.deal.payment_method))
        self.add_row("method", self.tr("Payment method"), self.method_combo)
        self.add_price_rows()
        self.schedule = None
        if self.deal.stage == "contracted":
            from app.ui.deals.terms_schedule import TermsSchedule

            self.schedule = TermsSchedule(detail)
            self.add_row("schedule", self.tr("New schedule"), self.schedule)
            self.quote.quote_changed.connect(self.schedule.set_quote)
            self.method_combo.currentIndexChanged.connect(
                lambda _i: self.schedule.set_method(self.method()))
        self.reason = self.add_reason(self.tr("Why the terms change (required)"))
        self.ok_button().setText(self.tr("Request change"))
        self.method_combo.currentIndexChanged.connect(self._on_method)
        engine, project_id = self.engine, self.deal.project_id

        def read() -> list:
            from app.services.deals import discount_rules

            return discount_rules(engine, project_id)

        self.load(read)

    def fill(self, rules: Any) -> None:
        self.discounts.set_rules(rules, self.codes)
        self.discounts.set_method(self.method())

    def method(self) -> str:
        return self.method_combo.currentData()

    def _on_method(self) -> None:
        self.discounts.set_method(self.method())
        self.ask_quote()

    def submit(self) -> tuple:
        from app.services.deal_changes import request_terms

        extra = parse_amount(self.extra, "extra_discount", required=False) or Decimal(0)
        schedule = self.schedule.lines() if self.schedule is not None else ()
        engine, deal_id, codes = self.engine, self.deal.id, self.discounts.codes()
        method, reason = self.method(), self.reason.toPlainText()
        return (lambda: request_terms(engine, deal_id, codes, method, reason,
                                      extra_discount=extra, schedule=schedule),
                self.saved_deal)


class RenameDialog(DealTaskDialog):
    """更名: the contract's new list of buyers (co-owners added, removed or corrected)."""

    FIELDS = {"buyers_missing": "buyers", "buyers_too_many": "buyers",
              "buyer_shares": "buyers", "buyer_name_invalid": "buyers",
              "buyer_id_invalid": "buyers", "buyer_phone_invalid": "buyers",
              "deal_buyers_deal_id_key": "buyers"}

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        from app.ui.deals.buyers_editor import BuyersEditor

        super().__init__(context, detail, parent)
        self.setObjectName("rename_dialog")
        self.setWindowTitle(self.tr("Request a change of buyers"))
        self.headline.setText(self.tr("{title}: contract {number}").format(
            title=self.deal_title(), number=self.deal.contract_no or ""))
        self.buyers = BuyersEditor()
        self.buyers.set_buyers([(b.name, b.id_type, b.id_number, b.phone, b.share)
                                for b in detail.buyers])
        self.add_row("buyers", self.tr("Buyers"), self.buyers)
        self.reason = self.add_reason(self.tr("e.g. adding the spouse (required)"))
        self.ok_button().setText(self.tr("Request change"))
        self.setMinimumWidth(760)

    def submit(self) -> tuple:
        from app.services.deal_changes import request_rename

        buyers = self.buyers.buyers()
        engine, deal_id, reason = self.engine, self.deal.id, self.reason.toPlainText()
        return (lambda: request_rename(engine, deal_id, buyers, reason), self.saved_deal)
