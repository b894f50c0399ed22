"""Narrowing the chart to what a buyer asks for — "三室, south-facing, under 400万" — by
layout, orientation, status, gross area and list total. Units that do not match are dimmed,
not hidden, so the building keeps its shape. An impossible range (from > to) is said plainly
and not applied."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.chart import ChartFilter
from app.domain.statuses import UnitStatus
from app.ui.chart.model import ChartModel
from app.ui.chart.multi_select import MultiSelectButton
from app.ui.chart.range_edit import RangeEdit
from app.ui.common.labels import unit_status_name

TEN_THOUSAND = Decimal(10_000)
DEBOUNCE_MS = 250


class FilterBar(QWidget):
    """Signals:
        filter_applied(object): a valid ChartFilter was put into the model.
        filter_rejected(str): the entered ranges are impossible; the message says why.
    """

    filter_applied = Signal(object)
    filter_rejected = Signal(str)

    def __init__(self, model: ChartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self.model = model
        self.layouts = MultiSelectButton()
        self.orientations = MultiSelectButton()
        self.statuses = MultiSelectButton()
        self.area = RangeEdit()
        self.total = RangeEdit()
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_filters")
        self.message = QLabel()
        self.message.setObjectName("filter_message")
        self.message.setStyleSheet("color: #D93025;")
        self.result = QLabel()
        self.result.setObjectName("filter_result")
        self.result.setStyleSheet("color: #1F3A5F; font-weight: 600;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for widget in (self.layouts, self.orientations, self.statuses, self.area, self.total,
                       self.clear_button, self.message):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.result)
        for button in (self.layouts, self.orientations, self.statuses):
            button.selection_changed.connect(self.apply)
        for edit in (self.area, self.total):
            edit.edited.connect(self._timer.start)
        self.clear_button.clicked.connect(self.clear)
        self.statuses.set_options((s, unit_status_name(s)) for s in UnitStatus)
        model.layout_changed.connect(self._on_units_changed)
        model.filter_changed.connect(self._on_model_filter)
        model.changed.connect(self._update_result)
        self._retranslate()
        self._on_units_changed()

    # --- public -----------------------------------------------------------------------------

    def current_filter(self) -> ChartFilter | None:
        """The filter the widgets describe, or None when a range is impossible."""
        if not (self.area.is_valid() and self.total.is_valid()):
            return None
        area_min, area_max = self.area.values()
        total_min, total_max = self.total.values()
        return ChartFilter(
            layouts=frozenset(self.layouts.selected()),
            orientations=frozenset(self.orientations.selected()),
            statuses=frozenset(self.statuses.selected()),
            area_min=area_min, area_max=area_max,
            total_min=None if total_min is None else total_min * TEN_THOUSAND,
            total_max=None if total_max is None else total_max * TEN_THOUSAND)

    def apply(self) -> bool:
        """Put the filter into the model; False (and a message) if a range is impossible."""
        self._timer.stop()
        self.area.set_invalid(not self.area.is_valid())
        self.total.set_invalid(not self.total.is_valid())
        chart_filter = self.current_filter()
        if chart_filter is None:
            which = self.tr("area") if not self.area.is_valid() else self.tr("total price")
            text = self.tr("The {which} range is impossible: “from” is larger than “to”. "
                           "It was not applied.").format(which=which)
            self.message.setText(text)
            self.filter_rejected.emit(text)
            return False
        self.message.clear()
        self.model.set_filter(chart_filter)
        self.filter_applied.emit(chart_filter)
        return True

    def clear(self) -> None:
        for button in (self.layouts, self.orientations, self.statuses):
            button.set_selected(())
        self.area.set_values(None, None)
        self.total.set_values(None, None)
        self.apply()

    def filter_text(self) -> str:
        """The active filter in words (for the printout and the Excel export)."""
        f = self.model.filter
        parts = []
        for button in (self.layouts, self.orientations, self.statuses):
            if button.selected():
                parts.append(button.text())  # "户型：三室两厅两卫" — title and choice
        for title, low, high, unit in ((self.tr("Area"), f.area_min, f.area_max, "㎡"),
                                       (self.tr("Total"), _wan(f.total_min), _wan(f.total_max),
                                        self.tr("×10k yuan"))):
            if low is not None or high is not None:
                parts.append(f"{title} {_num(low)}–{_num(high)} {unit}")
        return "; ".join(parts)

    # --- syncing ----------------------------------------------------------------------------

    def _on_units_changed(self) -> None:
        self.layouts.set_options((v, v) for v in self.model.layouts())
        self.orientations.set_options((v, v) for v in self.model.orientations())
        self._update_result()

    def _on_model_filter(self) -> None:
        """The filter changed elsewhere (a legend click): mirror it in the widgets."""
        f = self.model.filter
        self.statuses.set_selected(f.statuses)
        self.layouts.set_selected(f.layouts)
        self.orientations.set_selected(f.orientations)
        self._update_result()

    def _update_result(self) -> None:
        self.clear_button.setEnabled(self.model.filter.active)
        if self.model.filter.active and len(self.model):
            self.result.setText(self.tr("{n} of {total} units match").format(
                n=self.model.matching_count(), total=len(self.model)))
        else:
            self.result.clear()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        any_text = self.tr("any")
        self.layouts.set_title(self.tr("Layout"), any_text)
        self.orientations.set_title(self.tr("Orientation"), any_text)
        self.statuses.set_title(self.tr("Status"), any_text)
        self.statuses.relabel({s: unit_status_name(s) for s in UnitStatus})
        self.area.set_texts(self.tr("Area"), "㎡", self.tr("from"), self.tr("to"))
        self.total.set_texts(self.tr("Total"), self.tr("×10k yuan"), self.tr("from"),
                             self.tr("to"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._update_result()


def _wan(value: Decimal | None) -> Decimal | None:
    return None if value is None else value / TEN_THOUSAND


def _num(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"
