"""The frame of the sale dialogs (认购, 小定, 排号, 签约): their data loads off the GUI thread
before the form is enabled, the primary button runs the service call off the GUI thread,
and a refusal is shown where it belongs — at the field it names (the deposit, the contract
number, the buyers…) or in the banner (someone else took the unit). The dialog stays open
with what was typed, so it can be corrected.

Also the small pieces the dialogs share: money fields, money text, the refusal → field map."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_yuan
from app.ui.common.errors import is_user_error
from app.ui.customers.field_errors import FieldErrors, field_of
from app.ui.customers.style import SCREEN_CSS, set_banner

_ids = itertools.count(1)

# Refusal keys of the deal functions → the form field they concern (the rest: the banner).
REFUSAL_FIELDS = {
    "deposit_too_large": "deposit", "deposit_below_small": "deposit",
    "sign_deadline_range": "sign_deadline",
    "discount_method": "discounts", "discount_unknown": "discounts",
    "discount_duplicate": "discounts", "discount_exceeds_price": "discounts",
    "discount_too_deep": "discounts",
    "ticket_not_active": "ticket", "ticket_not_found": "ticket",
    "queue_tickets_one_active_per_customer": "customer", "customer_lost": "customer",
    "contract_no_invalid": "contract_no", "deals_project_contract_no_key": "contract_no",
    "signed_on_range": "signed_on",
    "schedule_empty": "schedule", "schedule_sum": "schedule", "schedule_kind_invalid":
        "schedule", "schedule_loan_method": "schedule", "due_before_signing": "schedule",
    "buyers_missing": "buyers", "buyers_too_many": "buyers", "buyer_shares": "buyers",
    "buyer_name_invalid": "buyers", "buyer_id_invalid": "buyers",
    "buyer_phone_invalid": "buyers", "deal_buyers_deal_id_key": "buyers",
    "reason_missing": "reason",
}
# amount checks name their field: the database's name → the form's
AMOUNT_FIELDS = {"deposit": "deposit", "extra_discount": "extra_discount",
                 "intention_fee": "intention_fee"}
AMOUNT_KEYS = ("amount_missing", "amount_not_positive", "amount_precision",
               "amount_too_large")

EXTRA_STYLE = """
QFrame[quote="true"] { background: #f7f9fc; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel[total="true"] { font-size: 13pt; font-weight: 700; color: #1f3a5f; }
QLabel[amount="true"] { font-family: "DejaVu Sans Mono", monospace; }
QLabel[ticket_number="true"] { font-size: 28pt; font-weight: 700; color: #2f6db5; }
"""


def at_field(error: BaseException, fields: dict[str, str] | None = None) -> BaseException:
    """The refusal with its key naming the form field ("deposit:deposit_too_large"), when
    the database's key says which field it concerns; otherwise unchanged (→ banner)."""
    if not is_user_error(error) or field_of(error):
        return error
    key = getattr(error, "key", "") or ""
    name = REFUSAL_FIELDS.get(key)
    if key in AMOUNT_KEYS:
        name = AMOUNT_FIELDS.get(str(error.params.get("field", "")))  # type: ignore[attr-defined]
    if fields:
        name = fields.get(key, name)
    if not name:
        return error
    return replace(error, key=f"{name}:{key}")  # type: ignore[type-var]


def local_refusal(field: str, text: str) -> BaseException:
    """A refusal found before the database (text already translated), shown at `field`."""
    from app.services.errors import ErrorKind, UserError

    return UserError(ErrorKind.VALIDATION, text, key=f"{field}:local")


def parse_amount(edit: QLineEdit, field: str, required: bool = True,
                 required_text: str = "") -> Decimal | None:
    """The amount typed in `edit` as Decimal (parse_money's rules), or a refusal at `field`."""
    from app.domain.customer_rules import parse_money
    from app.domain.errors import ValidationError
    from app.services.errors import from_validation

    try:
        value = parse_money(edit.text(), field)
    except ValidationError as error:
        raise from_validation(error) from error
    if value is None and required:
        raise local_refusal(field, required_text)
    return value


def money_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(20)
    return edit


def money_text(amount: Decimal | None) -> str:
    return "—" if amount is None else format_yuan(amount)


def money_input_text(amount: Decimal | None) -> str:
    """An amount as a money field shows it for editing: 50000 or 50000.50."""
    if amount is None:
        return ""
    q = amount.quantize(Decimal("0.01"))
    return f"{q:f}".removesuffix(".00")


class SaleDialog(QDialog):
    """Signals:
        saved(object): the service call succeeded (the deal id, the queue number…).
        loaded(): the dialog's data arrived and the form is usable (tests wait for it).
    """

    saved = Signal(object)
    loaded = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.engine = context.login.engine
        self.runner = context.runner
        self._key = f"sale-dialog-{next(_ids)}"
        self.setStyleSheet(SCREEN_CSS + EXTRA_STYLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button().setProperty("primary", True)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.ok_button().setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.working = False
        self.ready = False            # the data arrived (tests wait for it)
        self.result_value: Any = None
        self.loaded.connect(self._on_loaded)

    # --- for subclasses ---------------------------------------------------------------------

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def run(self, name: str, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None) -> None:
        """`fn` off the GUI thread; a newer call of the same `name` supersedes it."""
        self.runner.run(f"{self._key}-{name}", fn, on_success, on_failure or self.show_refusal)

    def show_refusal(self, error: BaseException) -> None:
        self.working = False
        self.ok_button().setEnabled(True)
        self.errors.show(at_field(error))

    def show_info(self, kind: str, text: str) -> None:
        set_banner(self.banner, kind, text)

    def submit(self) -> tuple[Callable[[], Any], Callable[[Any], None]]:
        """Check what was typed (raise a refusal) and return (service call, on success)."""
        raise NotImplementedError

    # --- internals --------------------------------------------------------------------------

    def _on_loaded(self) -> None:
        self.ready = True

    def _on_ok(self) -> None:
        if self.working:
            return
        self.errors.clear()
        try:
            fn, done = self.submit()
        except Exception as error:  # noqa: BLE001 — a refusal before the database
            if not is_user_error(error):
                raise
            self.errors.show(error)
            return
        self.working = True
        self.ok_button().setEnabled(False)

        def succeeded(value: Any) -> None:
            self.working = False
            self.result_value = value     # `done` may replace it with what `saved` carries
            done(value)
            self.saved.emit(self.result_value)

        self.run("submit", fn, succeeded)
