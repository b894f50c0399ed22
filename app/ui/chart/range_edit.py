"""A "from – to" pair of number boxes (area in ㎡, total in 万元). Either end may stay empty,
meaning "no limit"; the filter bar decides what an impossible range means."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget


class RangeEdit(QWidget):
    """Signals:
        edited(): either box changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.low = QLineEdit()
        self.high = QLineEdit()
        self.unit = QLabel()
        validator = QDoubleValidator(0.0, 1e9, 2, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(QLocale.c())
        dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        for box in (self.low, self.high):
            box.setValidator(validator)
            box.setFixedWidth(64)
            box.setClearButtonEnabled(False)
            box.textChanged.connect(self.edited)
        layout.addWidget(self.low)
        layout.addWidget(dash)
        layout.addWidget(self.high)
        layout.addWidget(self.unit)

    def set_texts(self, title: str, unit: str, low_hint: str, high_hint: str) -> None:
        self.title.setText(title)
        self.unit.setText(unit)
        self.low.setPlaceholderText(low_hint)
        self.high.setPlaceholderText(high_hint)

    def values(self) -> tuple[Decimal | None, Decimal | None]:
        return _number(self.low.text()), _number(self.high.text())

    def set_values(self, low: Decimal | None, high: Decimal | None) -> None:
        for box, value in ((self.low, low), (self.high, high)):
            box.blockSignals(True)
            box.setText("" if value is None else f"{value.normalize():f}")
            box.blockSignals(False)

    def is_valid(self) -> bool:
        low, high = self.values()
        return low is None or high is None or low <= high

    def set_invalid(self, invalid: bool) -> None:
        style = "QLineEdit { border: 1px solid #D93025; border-radius: 3px; }" if invalid else ""
        for box in (self.low, self.high):
            box.setStyleSheet(style)


def _number(text: str) -> Decimal | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
