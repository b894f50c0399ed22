"""The settings cards of the 优惠设置 tab, widgets only (the tab runs the service calls):
discount ceilings per level and the deal deadlines (each salesperson's own limit is in
discount_staff_panel.py).

Ratios are shown and typed as percentages (97.00% = the deal may go down to 97% of the
list price, 97折) and read back exactly: the spin box's text becomes the Decimal, never its
float value. A refusal shows under the field it names (`show_error`)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.discounts import DEFAULT_LEVELS
from app.ui.common.errors import is_user_error
from app.ui.customers.field_errors import FieldErrors, with_error_label
from app.ui.customers.style import repolish, set_banner
from app.ui.deals import labels as deal_labels
from app.ui.pricing.discount_models import HUNDRED, rule_value_text

LEVELS = tuple(level for level, _ in DEFAULT_LEVELS)


def at_field(error: BaseException, fields: dict[str, str]) -> BaseException:
    """A refusal whose key is a database rule ("discount_limit_own") re-keyed to the form
    field it concerns ("discount_limit:discount_limit_own"), so it shows under that field."""
    key = getattr(error, "key", "")
    if is_user_error(error) and key in fields:
        return replace(error, key=f"{fields[key]}:{key}")  # type: ignore[type-var]
    return error


class PercentSpin(QDoubleSpinBox):
    """A deal/list ratio as a percentage, 0.01%–100.00%."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(0.01, 100.0)
        self.setDecimals(2)
        self.setSingleStep(0.5)
        self.setSuffix(" %")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setGroupSeparatorShown(False)
        # no arrows: typed like the other inputs, and a refusal's red frame draws cleanly
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setFixedWidth(100)

    def ratio(self) -> Decimal:
        """The shown percentage as an exact ratio: "97.00" → Decimal("0.9700")."""
        self.interpretText()
        if self.specialValueText() and self.value() == self.minimum():
            return Decimal(0)
        locale = self.locale()
        text = self.cleanText().replace(locale.groupSeparator(), "")
        text = text.replace(locale.decimalPoint(), ".")
        return (Decimal(text) / HUNDRED).quantize(Decimal("0.0001"))

    def set_ratio(self, ratio: Decimal) -> None:
        self.setValue(float(ratio * HUNDRED))   # shown to the hundredth; read back as text


class Card(QFrame):
    """A white card with a title, a hint, its own banner and a Save button; a refusal goes
    under its field, or to the card's banner when it names none."""

    save_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName(name)
        self.setProperty("card", True)
        self.title, self.hint = QLabel(), QLabel()
        self.title.setProperty("section", True)
        self.hint.setProperty("hint", True)
        self.hint.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName(f"{name}_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)
        self.save_button = QPushButton(qta.icon("fa6s.floppy-disk", color="#2f6db5"), "")
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.clicked.connect(self.save_requested)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(8)
        self.body.addWidget(self.title)
        self.body.addWidget(self.hint)

    def footer(self) -> None:
        self.body.addWidget(self.banner)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.body.addLayout(row)

    def show_error(self, error: BaseException) -> None:
        self.errors.show(error)

    def clear_errors(self) -> None:
        self.errors.clear()

    def say(self, text: str) -> None:
        """A confirmation in the card's banner."""
        set_banner(self.banner, "ok", text)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))


class LevelsPanel(Card):
    """销售顾问 / 销售经理 / 项目总监: the lowest deal/list ratio each may grant."""

    FIELDS = {"discount_levels_ratio_range": "levels"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("levels", parent)
        self.spins = {level: PercentSpin(f"level_{level}") for level in LEVELS}
        self.names = {level: QLabel() for level in LEVELS}
        self.zhe = {level: QLabel() for level in LEVELS}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for row, level in enumerate(LEVELS):
            self.zhe[level].setProperty("muted", True)
            grid.addWidget(self.names[level], row, 0)
            grid.addWidget(self.spins[level], row, 1)
            grid.addWidget(self.zhe[level], row, 2)
            self.spins[level].valueChanged.connect(lambda _v, lv=level: self._show_zhe(lv))
        grid.setColumnStretch(2, 1)
        box, error = with_error_label(grid_box)
        self.errors.add("levels", self.spins[LEVELS[0]], error)
        self.body.addWidget(box)
        self.footer()
        self.retranslate()

    def set_levels(self, levels: list[tuple[str, Decimal]]) -> None:
        for level, ratio in levels:
            if level in self.spins:
                self.spins[level].set_ratio(ratio)

    def ratios(self) -> list[tuple[str, Decimal]]:
        return [(level, self.spins[level].ratio()) for level in LEVELS]

    def show_error(self, error: BaseException) -> None:
        if self.errors.show(at_field(error, self.FIELDS)) == "levels":
            for spin in self.spins.values():   # the order concerns all three
                spin.setProperty("invalid", True)
                repolish(spin)

    def clear_errors(self) -> None:
        super().clear_errors()
        for spin in self.spins.values():
            spin.setProperty("invalid", False)
            repolish(spin)

    def _show_zhe(self, level: str) -> None:
        ratio = self.spins[level].ratio()
        self.zhe[level].setText(self.tr("no discount") if ratio >= 1 else self.tr(
            "down to {zhe}").format(zhe=rule_value_text("percent", ratio)))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Discount ceilings by level"))
        self.hint.setText(self.tr("The lowest deal price each level may grant alone, as a "
                                  "share of the list price. A deeper discount waits for the "
                                  "next level's approval."))
        for level in LEVELS:
            self.names[level].setText(deal_labels.level_name(level))
            self._show_zhe(level)


class DeadlinesPanel(Card):
    """How long a small deposit holds a unit, how long a subscription has to be signed, and
    what happens when that passes."""

    FIELDS = {"projects_small_deposit_days_range": "small_deposit_days",
              "projects_sign_days_range": "sign_days",
              "projects_expiry_action_valid": "expiry_action"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("deadlines", parent)
        self.small_deposit_days = self._days("small_deposit_days", 30)
        self.sign_days = self._days("sign_days", 90)
        self.release = QRadioButton()
        self.release.setObjectName("expiry_release")
        self.flag = QRadioButton()
        self.flag.setObjectName("expiry_flag")
        self.actions = QButtonGroup(self)
        self.actions.addButton(self.release)
        self.actions.addButton(self.flag)
        self.release.setChecked(True)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.setSpacing(8)
        for label, field, widget in ((self.labels[0], "small_deposit_days",
                                      self.small_deposit_days),
                                     (self.labels[1], "sign_days", self.sign_days)):
            box, error = with_error_label(widget)
            self.errors.add(field, widget, error)
            form.addRow(label, box)
        choice = QWidget()
        column = QVBoxLayout(choice)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.labels[2])
        column.addWidget(self.release)
        column.addWidget(self.flag)
        box, error = with_error_label(choice)
        self.errors.add("expiry_action", self.release, error)
        form.addRow(box)
        self.body.addLayout(form)
        self.footer()
        self.retranslate()

    @staticmethod
    def _days(name: str, most: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, most)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setFixedWidth(110)
        return spin

    def set_deadlines(self, deadlines: Any) -> None:
        self.small_deposit_days.setValue(deadlines.small_deposit_days)
        self.sign_days.setValue(deadlines.sign_days)
        (self.flag if deadlines.expiry_action == "flag" else self.release).setChecked(True)

    def values(self) -> tuple[int, int, str]:
        return (self.small_deposit_days.value(), self.sign_days.value(),
                "flag" if self.flag.isChecked() else "release")

    def show_error(self, error: BaseException) -> None:
        self.errors.show(at_field(error, self.FIELDS))

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Deal deadlines"))
        self.hint.setText(self.tr("Checked whenever the sales chart or a deal list opens."))
        self.small_deposit_days.setSuffix(self.tr(" days"))
        self.sign_days.setSuffix(self.tr(" days"))
        self.labels[0].setText(self.tr("Small deposit holds the unit"))
        self.labels[1].setText(self.tr("Subscription signed within"))
        self.labels[2].setText(self.tr("When a deadline passes"))
        self.release.setText(self.tr("Release the unit for sale; the deal lapses"))
        self.flag.setText(self.tr("Keep the unit and flag the deal for the sales manager"))
