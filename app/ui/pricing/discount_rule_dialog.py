"""Adding or changing one discount rule (优惠规则): its code (fixed once saved — the deals name
rules by it), name, kind, value, stacking order, payment method and whether it is offered.
A percentage is typed as the share of the price that remains (97 → 97折, stored as 0.97);
a fixed amount in yuan off the total; a per-m² amount in yuan per m². The dialog stays
open until the rule is saved; a refusal shows under its field, what was typed still there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.payment_plans import PaymentMethod
from app.ui.customers.field_errors import with_error_label
from app.ui.customers.form_dialog import FormDialog
from app.ui.deals import labels as deal_labels
from app.ui.pricing.discount_models import HUNDRED, plain, rule_value_text, yuan
from app.ui.pricing.inputs import input_error, number

KINDS = ("percent", "fixed", "per_m2")
MAX_ORDER = 9999
FOUR_PLACES = Decimal("0.0001")
READ_ONLY_CSS = "QLineEdit[readOnly=\"true\"] { background: #f4f6f9; color: #6b7785; }"


class DiscountRuleDialog(FormDialog):
    """`rule` None: a new rule (its code must not be one of `taken_codes`)."""

    def __init__(self, rule: Any = None, taken_codes: set[str] | None = None,
                 next_order: int = 1, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("discount_rule_dialog")
        self.setStyleSheet(self.styleSheet() + READ_ONLY_CSS)
        self.rule = rule
        self.taken_codes = set(taken_codes or ()) - ({rule.code} if rule else set())
        self.setWindowTitle(self.tr("New discount rule") if rule is None
                            else self.tr("Change discount rule"))
        self.code = QLineEdit(rule.code if rule else "")
        self.code.setObjectName("rule_code")
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("e.g. full97 — lower-case letters, digits, _"))
        self.code.setReadOnly(rule is not None)
        if rule is not None:
            self.code.setToolTip(self.tr("Deals name the rule by its code: it stays as it is."))
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setObjectName("rule_name")
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("e.g. 一次性付款97折"))
        self.kind = QComboBox()
        self.kind.setObjectName("rule_kind")
        for kind in KINDS:
            self.kind.addItem(deal_labels.discount_kind_name(kind), kind)
        self.value = QLineEdit()
        self.value.setObjectName("rule_value")
        self.value_unit = QLabel()
        self.value_unit.setProperty("muted", True)
        self.preview = QLabel()
        self.preview.setObjectName("rule_preview")
        self.preview.setProperty("hint", True)
        self.order = QSpinBox()
        self.order.setObjectName("rule_order")
        self.order.setRange(0, MAX_ORDER)
        self.order.setValue(rule.sort_order if rule else next_order)
        self.method = QComboBox()
        self.method.setObjectName("rule_method")
        self.method.addItem(self.tr("Any payment method"), None)
        for method in PaymentMethod:
            self.method.addItem(deal_labels.method_name(method.value), method.value)
        self.active = QCheckBox(self.tr("Offered to buyers now"))
        self.active.setObjectName("rule_active")
        self.active.setChecked(rule.active if rule else True)
        if rule is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind)))
            self.method.setCurrentIndex(max(0, self.method.findData(rule.payment_method)))
            self.value.setText(self._value_text(rule.kind, rule.value))
        self._build()
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.value.textChanged.connect(self._show_preview)
        self._on_kind()
        (self.name if rule else self.code).setFocus()

    def _build(self) -> None:
        form = QFormLayout()
        form.setSpacing(8)
        for field, label, widget in (
                ("code", self.tr("Code"), self.code),
                ("name", self.tr("Name"), self.name),
                ("kind", self.tr("Kind"), self.kind)):
            box, error = with_error_label(widget)
            self.errors.add(field, widget, error)
            form.addRow(label, box)
        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(8)
        entry.addWidget(self.value, 1)
        entry.addWidget(self.value_unit, 0)
        value_error = QLabel()
        value_error.setProperty("field_error", True)
        value_error.setWordWrap(True)
        value_error.hide()
        value_box = QWidget()
        column = QVBoxLayout(value_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(entry)
        column.addWidget(value_error)
        column.addWidget(self.preview)
        self.errors.add("value", self.value, value_error)
        form.addRow(self.tr("Value"), value_box)
        for field, label, widget in (
                ("sort_order", self.tr("Order"), self.order),
                ("payment_method", self.tr("Only when paid by"), self.method)):
            box, error = with_error_label(widget)
            self.errors.add(field, widget, error)
            form.addRow(label, box)
        form.addRow("", self.active)
        hint = QLabel(self.tr("Rules apply one after another, lowest order first, each on "
                              "the price the previous one left."))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        self.body.addLayout(form)
        self.body.addWidget(hint)
        self.ok_button().setText(self.tr("Save"))

    def failed(self, error: BaseException) -> None:
        """The refusal under its field; the dialog grows to make room for the line."""
        super().failed(error)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # --- reading ----------------------------------------------------------------------------

    def kind_code(self) -> str:
        return self.kind.currentData()

    def setting(self) -> Any:
        """The rule as typed, a RuleSetting; a UserError naming the field when a value is
        not a number or the code is taken (the service checks the rest)."""
        from app.services.discount_settings import RuleSetting

        code = self.code.text().strip()
        if self.rule is None and code in self.taken_codes:
            from app.services.errors import ErrorKind, UserError
            from app.services.messages import CONSTRAINT_MESSAGES

            raise UserError(ErrorKind.DUPLICATE,
                            CONSTRAINT_MESSAGES["discount_rules_project_code_key"],
                            key="code:duplicate")
        return RuleSetting(code, self.name.text().strip(), self.kind_code(), self._value(),
                           self.order.value(), self.method.currentData(),
                           self.active.isChecked(), self.rule.id if self.rule else None)

    def _value(self) -> Decimal:
        what = self.tr("The value")
        typed = number(self.value.text(), "value", what)
        if self.kind_code() != "percent":
            return typed
        if not 0 < typed <= HUNDRED:
            raise input_error("value", self.tr(
                "A percentage lies above 0 and at most 100 (97 for 97折)."))
        ratio = typed / HUNDRED
        if ratio != ratio.quantize(FOUR_PLACES):
            raise input_error("value", self.tr("A percentage has at most two decimals."))
        return ratio.quantize(FOUR_PLACES)

    @staticmethod
    def _value_text(kind: str, value: Decimal) -> str:
        return plain(value * HUNDRED) if kind == "percent" else plain(value)

    # --- showing ----------------------------------------------------------------------------

    def _on_kind(self) -> None:
        units = {"percent": self.tr("% of the price before it"),
                 "fixed": self.tr("yuan off the total"),
                 "per_m2": self.tr("yuan per m² of the area")}
        self.value_unit.setText(units[self.kind_code()])
        self.value.setPlaceholderText({"percent": "97", "fixed": "5000",
                                       "per_m2": "100"}[self.kind_code()])
        self._show_preview()

    def _show_preview(self) -> None:
        """Under the value, what it means: "= 97折", "¥5,000 off", "¥100 × m² off"."""
        try:
            value = self._value()
        except Exception:   # half-typed: no preview yet
            value = None
        text = ""
        if value is not None and value > 0:
            if self.kind_code() == "percent":
                text = self.tr("= {zhe}: the price × {ratio}").format(
                    zhe=rule_value_text("percent", value), ratio=plain(value))
            elif self.kind_code() == "fixed":
                text = self.tr("{amount} off the total").format(amount=yuan(value))
            else:
                text = self.tr("{amount} × the unit's area off the total").format(
                    amount=yuan(value))
        self.preview.setText(text)
        self.preview.setVisible(bool(text))
