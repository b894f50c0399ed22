"""The project's discounts as check boxes, in the project's order, plus the extra amount off:
a rule tied to a payment method (一次性付款 97折) can only be ticked with that method. Used
by the change dialogs that set a new price (exchange, price or payment method change)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from app.ui.deals import labels
from app.ui.deals.change_text import decimal
from app.ui.deals.sale_form import money_input_text


def codes_of(breakdown: dict[str, Any] | None) -> tuple[tuple[str, ...], Decimal]:
    """The discount codes and the extra amount a frozen breakdown was priced with."""
    steps = (breakdown or {}).get("steps") or []
    codes = tuple(s["code"] for s in steps if s.get("code") != "extra")
    extra = next((decimal(s.get("amount")) for s in steps if s.get("code") == "extra"), None)
    return codes, extra or Decimal(0)


def extra_text(breakdown: dict[str, Any] | None) -> str:
    extra = codes_of(breakdown)[1]
    return money_input_text(extra) if extra else ""


class DiscountChecks(QWidget):
    """Signals:
        changed(): the ticked discounts changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discount_checks")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        self.rules: list[Any] = []
        self.method: str | None = None
        self.none = QLabel(self.tr("This project offers no discounts."))
        self.none.setProperty("muted", True)
        self.grid.addWidget(self.none, 0, 0)

    def set_rules(self, rules: Sequence[Any], ticked: Sequence[str] = ()) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes.clear()
        self.rules = list(rules)
        self.none.setVisible(not self.rules)
        for index, rule in enumerate(self.rules):
            box = QCheckBox(self._caption(rule))
            box.setObjectName(f"discount_{rule.code}")
            box.setChecked(rule.code in ticked)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[rule.code] = box
            self.grid.addWidget(box, index, 0)
        self.set_method(self.method)

    def set_method(self, method: str | None) -> None:
        """Rules of another payment method are unticked and disabled."""
        self.method = method
        for rule in self.rules:
            box = self.boxes[rule.code]
            allowed = rule.payment_method is None or rule.payment_method == method
            if not allowed and box.isChecked():
                box.setChecked(False)
            box.setEnabled(allowed)

    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.rules if self.boxes[r.code].isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def _caption(self, rule: Any) -> str:
        if rule.kind == "percent":
            value = self.tr("× {percent}%").format(percent=f"{(rule.value * 100).normalize():f}")
        elif rule.kind == "per_m2":
            value = self.tr("−¥{amount}/m²").format(amount=f"{rule.value.normalize():f}")
        else:
            value = self.tr("−¥{amount}").format(amount=f"{rule.value.normalize():f}")
        text = f"{rule.name} ({value})"
        if rule.payment_method:
            text += " · " + labels.method_name(rule.payment_method)
        return text
