"""价格方案 editor: a base unit price per layout (a row "其他户型" prices every layout not
listed), the floor coefficients as a rule (a coefficient at a start floor, plus a step per
floor, with single floors overridden), and a coefficient per orientation. Everything is typed
as text and read as exact Decimal only when the plan is tried; a bad value is refused at its
field and nothing runs.

Signals:
    edited(): anything was typed or chosen (a trial shown is now out of date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from app.ui.customers.field_errors import FieldErrors, with_error_label
from app.ui.pricing import labels
from app.ui.pricing.editor_parts import caption, card, hint, row_button
from app.ui.pricing.inputs import floor_number, input_error, number
from app.ui.pricing.value_table import ValueTable, table_height

DEFAULT = "default"   # the base price of any layout not listed (PricePlan's key)
T = TypeVar("T")


def at_row(table: ValueTable, row: int, parse: Callable[[], T], column: int = 1) -> T:
    """Parse one cell's text; on a refusal the cursor goes to that cell."""
    try:
        return parse()
    except Exception:
        table.point_at(row, column)
        raise


class PlanEditor(QWidget):
    edited = Signal()
    kind = "plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.project: Any = None
        self.base_prices = ValueTable()
        self.base_prices.setObjectName("base_prices")
        self.start_floor, self.floor_base, self.floor_step = QLineEdit("1"), QLineEdit("1"), \
            QLineEdit("0")
        self.overrides = ValueTable()
        self.overrides.setObjectName("floor_overrides")
        self.add_override, self.remove_override = row_button("fa6s.plus"), \
            row_button("fa6s.minus")
        self.orientations = ValueTable()
        self.orientations.setObjectName("orientations")
        self.building = QComboBox()
        self.building.setObjectName("building")
        self.building.setMinimumWidth(150)
        self.building_label = QLabel()
        self._texts: dict[str, QLabel] = {}
        self._error_boxes: dict[str, tuple[QWidget, QLabel]] = {}
        self._build()
        for edit in (self.start_floor, self.floor_base, self.floor_step):
            edit.textEdited.connect(self.edited)
        for table in (self.base_prices, self.overrides, self.orientations):
            table.edited.connect(self.edited)
        self.building.currentIndexChanged.connect(self.edited)
        self.add_override.clicked.connect(lambda: self.overrides.add_row())
        self.remove_override.clicked.connect(self.overrides.remove_current)
        self._retranslate()

    # --- building ---------------------------------------------------------------------------

    def _boxed(self, name: str, widget: QWidget) -> QWidget:
        box, error = with_error_label(widget)
        self._error_boxes[name] = (widget, error)
        return box

    def _text(self, key: str, label: QLabel) -> QLabel:
        self._texts[key] = label
        return label

    def _build(self) -> None:
        base_card, base_column = card(self._text("base_caption", caption()),
                                      self._text("base_hint", hint()),
                                      self._boxed("base_prices", self.base_prices))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for column, (key, edit) in enumerate((("start_floor", self.start_floor),
                                              ("floor_base", self.floor_base),
                                              ("floor_step", self.floor_step))):
            label = self._text(key, QLabel())
            label.setProperty("hint", True)
            edit.setObjectName(key)
            edit.setMaxLength(20)
            grid.addWidget(label, 0, column)
            grid.addWidget(self._boxed(key, edit), 1, column)
        override_head = QHBoxLayout()
        override_head.addWidget(self._text("override_caption", QLabel()))
        override_head.addStretch(1)
        override_head.addWidget(self.add_override)
        override_head.addWidget(self.remove_override)
        floor_card, floor_column = card(self._text("floor_caption", caption()))
        floor_column.addLayout(grid)
        floor_column.addWidget(self._text("floor_hint", hint()))
        floor_column.addLayout(override_head)
        floor_column.addWidget(self._boxed("floor_overrides", self.overrides))
        orientation_card, orientation_column = card(
            self._text("orientation_caption", caption()),
            self._text("orientation_hint", hint()),
            self._boxed("orientations", self.orientations))
        for column in (base_column, floor_column, orientation_column):
            column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(base_card, 4)
        row.addWidget(floor_card, 4)
        row.addWidget(orientation_card, 3)
        for table, rows in ((self.base_prices, 6), (self.overrides, 3),
                            (self.orientations, 6)):
            table.setMinimumHeight(table_height(3))
            table.setMaximumHeight(table_height(rows))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def register_errors(self, errors: FieldErrors) -> None:
        """Where each refusal shows: the editor's fields and the domain's names for them."""
        for name, (widget, line) in self._error_boxes.items():
            errors.add(name, widget, line)
        errors.add("floor_coefficients", *self._error_boxes["floor_step"])
        errors.add("coefficients", *self._error_boxes["orientations"])

    def scope_widgets(self) -> list[QWidget]:
        """Shown beside the trial button: which building the plan prices."""
        return [self.building_label, self.building]

    # --- project ----------------------------------------------------------------------------

    def set_project(self, project: Any) -> None:
        self.project = project
        self.base_prices.set_fixed_rows(
            [(DEFAULT, self.tr("Other layouts")), *((lay, lay) for lay in project.layouts)])
        self.orientations.set_fixed_rows((o, o) for o in project.orientations)
        self.base_prices.set_headers(self.tr("Layout"), self._price_header())
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for building in project.buildings:
            self.building.addItem(self.tr("{name} ({n} units)").format(
                name=building.name, n=building.units), building.id)
        self.building.blockSignals(False)

    def building_id(self) -> int | None:
        return self.building.currentData()

    # --- reading the plan -------------------------------------------------------------------

    def definition(self, project: Any) -> Any:
        """The PricePlan typed here, priced as the project sets; a bad value raises a
        UserError naming its field."""
        from app.domain.errors import ValidationError
        from app.domain.pricing import PricePlan
        from app.services.errors import from_validation

        base = self._base_prices(project)
        rule = self._floor_rule()
        orientations = self._coefficients()
        settings = project.settings
        try:
            return PricePlan(base, rule, orientations, basis=settings.basis,
                             rounding_unit=settings.rounding_unit,
                             rounding_mode=settings.rounding_mode, round_at=settings.round_at)
        except ValidationError as error:
            raise from_validation(error) from error

    def _base_prices(self, project: Any) -> dict[str, Decimal]:
        prices: dict[str, Decimal] = {}
        for key, text, row in self.base_prices.entries():
            if text.strip():
                what = self.tr("Base price of {layout}").format(
                    layout=self.base_prices.label_of(row))
                prices[key] = at_row(self.base_prices, row, lambda t=text, w=what: number(
                    t, "base_prices", w, positive=True))
        if not prices:
            raise input_error("base_prices", self.tr(
                "Enter a base unit price for at least one layout, or for “Other layouts”."))
        if DEFAULT not in prices:
            codes = project.building_codes(self.building_id())
            layouts = {u.layout or "" for u in project.units.values()
                       if codes is None or u.building_code in codes}
            missing = sorted(layout for layout in layouts if layout not in prices)
            if missing:
                row = self.base_prices.row_of(missing[0])
                self.base_prices.point_at(row if row is not None else 0)
                raise input_error("base_prices", self.tr(
                    "No base price for {layouts}: enter one, or a price for “Other layouts”.")
                    .format(layouts=self.tr(", ").join(m or self.tr("(no layout)")
                                                       for m in missing)))
        return prices

    def _floor_rule(self) -> Any:
        from app.domain.pricing import FloorRule

        start = floor_number(self.start_floor.text(), "start_floor", self.tr("Start floor"))
        base = number(self.floor_base.text(), "floor_base", self.tr("Coefficient at the start "
                                                                   "floor"), positive=True)
        step = number(self.floor_step.text(), "floor_step", self.tr("Step per floor"))
        overrides: dict[int, Decimal] = {}
        for key, text, row in self.overrides.entries():
            if not key and not text.strip():
                continue
            floor = at_row(self.overrides, row, lambda k=key: floor_number(
                k, "floor_overrides", self.tr("Floor")), column=0)
            if floor in overrides:
                self.overrides.point_at(row, 0)
                raise input_error("floor_overrides", self.tr(
                    "Floor {floor} is listed twice.").format(floor=floor))
            what = self.tr("Coefficient of floor {floor}").format(floor=floor)
            overrides[floor] = at_row(self.overrides, row, lambda t=text, w=what: number(
                t, "floor_overrides", w, positive=True))
        return FloorRule(start_floor=start, step=step, base=base, overrides=overrides)

    def _coefficients(self) -> dict[str, Decimal]:
        coefficients: dict[str, Decimal] = {}
        for key, text, row in self.orientations.entries():
            if text.strip():
                what = self.tr("Coefficient of {orientation}").format(orientation=key)
                coefficients[key] = at_row(self.orientations, row, lambda t=text, w=what:
                                           number(t, "orientations", w, positive=True))
        return coefficients

    # --- running ----------------------------------------------------------------------------

    def trial_function(self, engine: Any, project_id: int, plan: Any) -> Callable[[], list]:
        """The trial to run off the GUI thread (touches no widget)."""
        building = self.building_id()

        def run() -> list:
            from app.services import price_plans

            return price_plans.trial_plan(engine, project_id, plan, building)

        return run

    def suggested_name(self, _plan: Any = None) -> str:
        """"价格方案 2026-06-01 1号楼": what and when, and the building if only one."""
        building = self.building_id()
        where = next((b.name for b in (self.project.buildings if self.project else [])
                      if b.id == building), "")
        name = self.tr("Price plan {date}").format(date=dt.date.today().isoformat())
        return f"{name} {where}".strip()[:60]

    # --- texts ------------------------------------------------------------------------------

    def _price_header(self) -> str:
        settings = self.project.settings if self.project else None
        return self.tr("Base price ({unit})").format(unit=labels.price_unit(settings))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = self._texts
        texts["base_caption"].setText(self.tr("Base unit price"))
        texts["base_hint"].setText(self.tr("Per layout; an empty layout is priced as "
                                           "“Other layouts”."))
        texts["floor_caption"].setText(self.tr("Floor coefficient"))
        texts["start_floor"].setText(self.tr("Start floor"))
        texts["floor_base"].setText(self.tr("Coefficient there"))
        texts["floor_step"].setText(self.tr("Step per floor"))
        texts["floor_hint"].setText(self.tr("Each floor above adds the step, each floor below "
                                            "subtracts it; floors listed below are set "
                                            "directly."))
        texts["override_caption"].setText(self.tr("Special floors"))
        texts["orientation_caption"].setText(self.tr("Orientation coefficient"))
        texts["orientation_hint"].setText(self.tr("An empty orientation counts as 1."))
        self.building_label.setText(self.tr("Buildings"))
        self.base_prices.set_headers(self.tr("Layout"), self._price_header())
        self.base_prices.relabel(DEFAULT, self.tr("Other layouts"))
        self.overrides.set_headers(self.tr("Floor"), self.tr("Coefficient"))
        self.orientations.set_headers(self.tr("Orientation"), self.tr("Coefficient"))
        self.add_override.setToolTip(self.tr("Add a special floor"))
        self.remove_override.setToolTip(self.tr("Remove the selected floor"))
        if self.building.count():
            self.building.setItemText(0, self.tr("All buildings"))
