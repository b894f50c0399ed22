"""调价 editor: raise or lower the list prices of many units at once — by a percentage of the
current price or by an amount per m² — limited to a floor range, some buildings and some
layouts (each left open means "all"). Typed as text, read as exact Decimal when tried; a bad
value is refused at its field and nothing runs.

Signals:
    edited(): anything was typed or chosen (a trial shown is now out of date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from app.ui.chart.multi_select import MultiSelectButton
from app.ui.customers.field_errors import FieldErrors, with_error_label
from app.ui.pricing.editor_parts import caption, card, hint
from app.ui.pricing.inputs import input_error, number, optional_floor

PERCENT, PER_M2 = 0, 1


class AdjustmentEditor(QWidget):
    edited = Signal()
    kind = "adjustment"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustment_editor")
        self.project: Any = None
        self.percent_radio, self.per_m2_radio = QRadioButton(), QRadioButton()
        self.percent_radio.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.percent_radio, PERCENT)
        self.mode.addButton(self.per_m2_radio, PER_M2)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setMaxLength(20)
        self.amount.setFixedWidth(120)
        self.amount_unit = QLabel()
        self.floor_from, self.floor_to = QLineEdit(), QLineEdit()
        self.floor_from.setObjectName("floor_from")
        self.floor_to.setObjectName("floor_to")
        for edit in (self.floor_from, self.floor_to):
            edit.setFixedWidth(70)
            edit.setMaxLength(6)
        self.buildings, self.layouts = MultiSelectButton(), MultiSelectButton()
        self.buildings.setObjectName("buildings")
        self.layouts.setObjectName("layouts")
        self._texts: dict[str, QLabel] = {}
        self._error_boxes: dict[str, tuple[QWidget, QLabel]] = {}
        self._build()
        for edit in (self.amount, self.floor_from, self.floor_to):
            edit.textEdited.connect(self.edited)
        self.mode.idToggled.connect(self._on_mode)
        self.buildings.selection_changed.connect(self.edited)
        self.layouts.selection_changed.connect(self.edited)
        self._retranslate()

    # --- building ---------------------------------------------------------------------------

    def _text(self, key: str, label: QLabel) -> QLabel:
        self._texts[key] = label
        return label

    def _boxed(self, name: str, widget: QWidget) -> tuple[QWidget, QLabel]:
        box, error = with_error_label(widget)
        self._error_boxes[name] = (widget, error)
        return box, error

    def _build(self) -> None:
        amount_box, _ = self._boxed("amount", self.amount)
        from_box, _ = self._boxed("floor_from", self.floor_from)
        to_box, _ = self._boxed("floor_to", self.floor_to)
        how = QHBoxLayout()
        how.setSpacing(14)
        for widget in (self.percent_radio, self.per_m2_radio):
            how.addWidget(widget)
        how.addSpacing(10)
        how.addWidget(amount_box)
        how.addWidget(self.amount_unit)
        how.addStretch(1)
        floors = QHBoxLayout()
        floors.setSpacing(6)
        floors.addWidget(from_box)
        floors.addWidget(QLabel("–"))
        floors.addWidget(to_box)
        floors.addWidget(self._text("floor_unit", QLabel()))
        floors.addSpacing(10)
        floors.addWidget(self._text("floor_hint", hint()))
        floors.addStretch(1)
        where = QHBoxLayout()
        where.setSpacing(10)
        where.addWidget(self.buildings)
        where.addWidget(self.layouts)
        where.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        for row, (key, layout) in enumerate((("how", how), ("floors", floors),
                                             ("where", where))):
            label = self._text(key, QLabel())
            label.setProperty("hint", True)
            grid.addWidget(label, row, 0)
            grid.addLayout(layout, row, 1)
        grid.setColumnStretch(1, 1)
        frame, column = card(self._text("caption", caption()))
        column.addLayout(grid)
        column.addWidget(self._text("rule_hint", hint()))
        page = QHBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(frame)

    def register_errors(self, errors: FieldErrors) -> None:
        for name, (widget, line) in self._error_boxes.items():
            errors.add(name, widget, line)
        for alias in ("percent", "per_m2", "adjustment"):   # the domain's names for it
            errors.add(alias, *self._error_boxes["amount"])

    def scope_widgets(self) -> list[QWidget]:
        return []

    # --- project ----------------------------------------------------------------------------

    def set_project(self, project: Any) -> None:
        self.project = project
        self.buildings.set_options((b.code, b.name) for b in project.buildings)
        self.layouts.set_options((layout, layout) for layout in project.layouts)
        whole_unit = str(project.settings.basis) == "whole_unit"
        if whole_unit:
            self.percent_radio.setChecked(True)
        self.per_m2_radio.setEnabled(not whole_unit)
        self.per_m2_radio.setToolTip(self.tr("This project prices whole units: adjust by "
                                             "percentage.") if whole_unit else "")

    def _on_mode(self, _id: int, checked: bool) -> None:
        if checked:
            self._retranslate()
            self.edited.emit()

    # --- reading the adjustment -------------------------------------------------------------

    def definition(self, project: Any) -> Any:
        """The Adjustment typed here; a bad value raises a UserError naming its field."""
        from app.domain.errors import ValidationError
        from app.domain.pricing import Adjustment
        from app.services.errors import from_validation

        by_percent = self.mode.checkedId() == PERCENT
        amount = number(self.amount.text(), "amount",
                        self.tr("Percentage") if by_percent else self.tr("Amount per m²"))
        if amount == 0:
            raise input_error("amount", self.tr("An adjustment of zero changes nothing."))
        floors = self._floors(project)
        buildings = set(self.buildings.selected()) or None
        layouts = set(self.layouts.selected()) or None
        try:
            return Adjustment(percent=amount if by_percent else None,
                              per_m2=None if by_percent else amount, floors=floors,
                              buildings=buildings, layouts=layouts)
        except ValidationError as error:
            raise from_validation(error) from error

    def _floors(self, project: Any) -> range | None:
        low = optional_floor(self.floor_from.text(), "floor_from", self.tr("From floor"))
        high = optional_floor(self.floor_to.text(), "floor_to", self.tr("To floor"))
        if low is None and high is None:
            return None
        span = project.floor_span() or (low or high, high or low)
        low = span[0] if low is None else low
        high = span[1] if high is None else high
        if low > high:
            raise input_error("floor_to", self.tr("The last floor is below the first."))
        return range(low, high + 1)

    # --- running ----------------------------------------------------------------------------

    def trial_function(self, engine: Any, project_id: int,
                       adjustment: Any) -> Callable[[], list]:
        def run() -> list:
            from app.services import price_plans

            return price_plans.trial_adjustment(engine, project_id, adjustment)

        return run

    def suggested_name(self, adjustment: Any = None) -> str:
        """"调价 +2% 10–20层 2号楼 2026-06-01": what it does, where and when."""
        parts = [self.tr("Adjustment")]
        if adjustment is not None:
            if adjustment.percent is not None:
                parts.append(f"{adjustment.percent:+f}%")
            else:
                parts.append(self.tr("{amount} ¥/m²").format(amount=f"{adjustment.per_m2:+f}"))
            if adjustment.floors is not None:
                parts.append(self.tr("floors {low}–{high}").format(
                    low=adjustment.floors.start, high=adjustment.floors.stop - 1))
            names = {b.code: b.name for b in (self.project.buildings if self.project else [])}
            parts.extend(names.get(code, code) for code in sorted(adjustment.buildings or ()))
        parts.append(dt.date.today().isoformat())
        return " ".join(parts)[:60]

    # --- texts ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = self._texts
        by_percent = self.mode.checkedId() == PERCENT
        texts["caption"].setText(self.tr("Bulk adjustment"))
        texts["how"].setText(self.tr("Change by"))
        texts["floors"].setText(self.tr("Floors"))
        texts["where"].setText(self.tr("Buildings and layouts"))
        texts["floor_unit"].setText(self.tr("F"))
        texts["floor_hint"].setText(self.tr("Leave empty for no limit."))
        texts["rule_hint"].setText(self.tr(
            "A positive number raises prices, a negative one lowers them. Only unsold units "
            "matching every condition change; subscribed and contracted units keep the price "
            "agreed with their buyer."))
        self.percent_radio.setText(self.tr("By percentage"))
        self.per_m2_radio.setText(self.tr("By amount per m²"))
        self.amount_unit.setText("%" if by_percent else self.tr("¥/m²"))
        self.amount.setPlaceholderText(self.tr("e.g. 2 or -1.5") if by_percent
                                       else self.tr("e.g. 300 or -200"))
        self.floor_from.setPlaceholderText(self.tr("from"))
        self.floor_to.setPlaceholderText(self.tr("to"))
        self.buildings.set_title(self.tr("Buildings"), self.tr("all"))
        self.layouts.set_title(self.tr("Layouts"), self.tr("all"))
