"""签约 (contract): the contract number and signing date, the buyers (the customer first,
co-owners added), the payment terms of the agreed payment method and the payment schedule —
generated from the method's template, then editable, with the sum checked against the deal
total before anything is sent. The price and method were fixed at subscription; changing
them is a change request, not part of signing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.errors import ValidationError
from app.domain.payment_plans import check_schedule, generate_schedule
from app.ui.common.errors import error_text
from app.ui.customers.field_errors import with_error_label
from app.ui.customers.style import set_banner
from app.ui.deals import labels
from app.ui.deals.buyers_editor import BuyersEditor
from app.ui.deals.contract_terms import ContractTerms
from app.ui.deals.events import deals_changed
from app.ui.deals.sale_form import SaleDialog, local_refusal, money_text
from app.ui.deals.schedule_editor import ScheduleEditor


def _load(engine: Any, deal_id: int) -> tuple[Any, Any]:
    from app.services import customers, deals

    detail = deals.deal_detail(engine, deal_id)
    if detail is None:
        from app.services.errors import ErrorKind, UserError

        raise UserError(ErrorKind.RULE, "The deal does not exist.", key="deal_not_found")
    try:
        person = customers.load_form(engine, detail.deal.customer_id)
    except Exception:  # noqa: BLE001 — the buyer is then typed in
        person = None
    return detail, person


def _refusal(field: str, error: ValidationError) -> BaseException:
    from app.services.errors import from_validation
    from app.ui.common.errors import user_message

    return local_refusal(field, user_message(from_validation(error)))


class ContractDialog(SaleDialog):
    def __init__(self, context: Any, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("contract_dialog")
        self.setWindowTitle(self.tr("Sign the contract (签约)"))
        self.deal_id = deal_id
        self.deal: Any = None
        self.summary = QLabel()
        self.summary.setObjectName("deal_summary")
        self.summary.setWordWrap(True)
        self.contract_no = QLineEdit()
        self.contract_no.setObjectName("contract_no")
        self.contract_no.setMaxLength(30)
        self.contract_no.setPlaceholderText(self.tr("e.g. HT-2026-0001"))
        self.contract_no.setMaximumWidth(280)
        self.signed_on = QDateEdit()
        self.signed_on.setObjectName("signed_on")
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.signed_on.setDate(QDate.currentDate())
        self.signed_on.setMaximumWidth(160)
        self.buyers = BuyersEditor()
        self.terms = ContractTerms(self.errors)
        self.schedule = ScheduleEditor()
        self.blocker = QLabel()
        self.blocker.setObjectName("blocker")
        self.blocker.setWordWrap(True)
        self.blocker.hide()
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.summary)
        form.addRow(self.blocker)
        for name, caption, widget in (
                ("contract_no", self.tr("Contract number"), self.contract_no),
                ("signed_on", self.tr("Signed on"), self.signed_on),
                ("buyers", self.tr("Buyers"), self.buyers)):
            box, line = with_error_label(widget)
            form.addRow(caption, box)
            self.errors.add(name, widget, line)
        self.terms_label = QLabel(self.tr("Payment terms"))
        form.addRow(self.terms_label, self.terms)
        box, line = with_error_label(self.schedule)
        form.addRow(self.tr("Payment schedule"), box)
        self.errors.add("schedule", self.schedule.table, line)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.ok_button().setText(self.tr("Sign contract"))
        self.terms.changed.connect(self.regenerate)
        self.signed_on.dateChanged.connect(lambda _d: self.regenerate())
        self.schedule.reset_requested.connect(self.regenerate)
        self.schedule.table.setMinimumHeight(140)
        self.schedule.table.setMaximumHeight(240)
        self.resize(1000, 660)
        self.show_info("info", self.tr("Loading…"))
        engine = self.engine
        self.run("setup", lambda: _load(engine, deal_id), self._on_setup,
                 lambda e: self.show_info("error", error_text(e)))

    # --- loading ----------------------------------------------------------------------------

    def _on_setup(self, loaded: tuple[Any, Any]) -> None:
        detail, person = loaded
        deal = self.deal = detail.deal
        self.summary.setText(self.tr(
            "<b>{unit}</b> · {customer} · deal total <b>{total}</b> · deposit paid {deposit} · "
            "{method}").format(unit=deal.unit_code, customer=deal.customer_name,
                               total=money_text(deal.deal_total),
                               deposit=money_text(deal.deposit),
                               method=labels.method_name(deal.payment_method)))
        if deal.subscribed_at is not None:
            self.signed_on.setMinimumDate(QDate(deal.subscribed_at.astimezone().date()))
        if person is not None:
            self.buyers.set_buyers([(person.name, person.id_type, person.id_number,
                                     person.phone)])
        else:
            self.buyers.set_buyers([(deal.customer_name, None, None, None)])
        self.terms.set_method(deal.payment_method or "full", deal.deal_total, deal.deposit)
        self.terms_label.setVisible(self.terms.has_terms())
        self.terms.setVisible(self.terms.has_terms())
        self.show_info("info", "")
        self.regenerate()
        problem = self._not_signable(deal)
        set_banner(self.blocker, "error", problem)
        self.ok_button().setEnabled(not problem)
        self.loaded.emit()

    def _not_signable(self, deal: Any) -> str:
        if deal.stage != "subscribed":
            return self.tr("Deal {unit} is {stage}: only a subscription can be signed.").format(
                unit=deal.unit_code, stage=labels.stage_name(deal.stage))
        if deal.approval == "pending":
            return self.tr("The price waits for approval by: {level}. The contract can be "
                           "signed once it is approved.").format(
                               level=labels.level_name(deal.approval_level))
        if deal.approval == "rejected":
            return self.tr("The price was rejected: agree a new price first.")
        return ""

    # --- the schedule -----------------------------------------------------------------------

    def sign_date(self) -> dt.date:
        return self.signed_on.date().toPython()

    def regenerate(self) -> bool:
        """The method's template applied to the terms; False (and the error shown at its
        field) when the terms do not allow a schedule."""
        deal = self.deal
        if deal is None:
            return False
        self.schedule.set_total(deal.deal_total, self.sign_date())
        if self.errors.current not in (None, "contract_no", "buyers", "signed_on"):
            self.errors.clear()
        try:
            loans = self.terms.loans()
            lines = generate_schedule(deal.payment_method or "full", deal.deal_total,
                                      self.sign_date(), deal.deposit,
                                      self.terms.down_payment_ratio(), loans, self.terms.plan())
        except ValidationError as error:
            self.errors.show(_refusal(error.field, error))
            self.schedule.set_lines([])
            return False
        except Exception as error:  # noqa: BLE001 — a refusal from parse_amount
            self.errors.show(error)
            self.schedule.set_lines([])
            return False
        self.schedule.set_lines(lines)
        return True

    # --- saving -----------------------------------------------------------------------------

    def submit(self) -> tuple:
        from app.services import deals

        deal = self.deal
        number = self.contract_no.text().strip()
        if not number:
            raise local_refusal("contract_no", self.tr("Enter the contract number."))
        buyers = self.buyers.buyers()
        lines = self.schedule.lines()
        try:
            check_schedule(lines, deal.deal_total, self.sign_date())
        except ValidationError as error:
            raise _refusal("schedule", error) from error
        engine, deal_id, signed = self.engine, self.deal_id, self.sign_date()
        return (lambda: deals.sign_contract(engine, deal_id, number, signed, buyers, lines),
                self._done)

    def _done(self, _result: Any) -> None:
        deals_changed([self.deal_id])
        self.accept()
