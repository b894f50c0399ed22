"""The filter bar and the legend share the chart model: what one sets, the other shows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.statuses import UnitStatus
from app.ui.chart.filter_bar import FilterBar
from app.ui.chart.legend_widget import LegendWidget
from app.ui.chart.model import ChartModel
from tests.ui.chart.fake_units import LAYOUTS, fake_units


@pytest.fixture
def parts(qtbot):
    model = ChartModel()
    model.set_units(fake_units(floors=8))
    bar, legend = FilterBar(model), LegendWidget(model)
    for widget in (bar, legend):
        qtbot.addWidget(widget)
    return model, bar, legend


def test_layouts_offered_are_those_present(parts):
    model, bar, _legend = parts
    assert sorted(bar.layouts.options()) == sorted({u.layout for u in model.units})
    assert set(bar.layouts.options()) <= set(LAYOUTS)
    bar.layouts.set_checked("三室两厅两卫", True)
    assert model.filter.layouts == frozenset({"三室两厅两卫"})
    assert all(model.matches(i) == (u.layout == "三室两厅两卫")
               for i, u in enumerate(model.units))
    assert "户型" in bar.layouts.text() and "三室两厅两卫" in bar.layouts.text()


def test_area_and_total_ranges_filter(parts, qtbot):
    model, bar, _legend = parts
    bar.area.low.setText("100")
    bar.total.high.setText("360")  # 万元
    assert bar.apply()
    assert model.filter.area_min == Decimal("100")
    assert model.filter.total_max == Decimal("3600000")
    for i, unit in enumerate(model.units):
        assert model.matches(i) == (unit.gross_area >= 100 and unit.list_total <= 3_600_000)
    assert "套" in bar.result.text()


def test_impossible_range_is_said_and_not_applied(parts, qtbot):
    model, bar, _legend = parts
    bar.area.low.setText("150")
    bar.area.high.setText("90")
    with qtbot.waitSignal(bar.filter_rejected):
        assert not bar.apply()
    assert not model.filter.active
    assert "面积" in bar.message.text() and "不" in bar.message.text()
    bar.area.high.setText("200")
    assert bar.apply()
    assert bar.message.text() == ""
    assert model.filter.area_min == 150


def test_clear_filters(parts):
    model, bar, _legend = parts
    bar.statuses.set_checked(UnitStatus.HELD, True)
    bar.area.low.setText("100")
    bar.apply()
    assert model.filter.active and bar.clear_button.isEnabled()
    bar.clear_button.click()
    assert not model.filter.active
    assert bar.area.low.text() == "" and not bar.statuses.selected()


def test_legend_counts_match_the_model(parts):
    model, _bar, legend = parts
    for status, card in legend.cards.items():
        assert card.count.text() == str(model.legend.of(status).count)
        assert card.name.text()  # the Chinese status name
    assert legend.cards[UnitStatus.HELD].name.text() == "销控"
    assert legend.total_card.count.text() == str(len(model))
    assert legend.sell_value.text() == f"{model.legend.sell_through_count:.1f}%"


def test_clicking_a_legend_status_filters_and_the_bar_follows(parts, qtbot):
    model, bar, legend = parts
    card = legend.cards[UnitStatus.AVAILABLE]
    qtbot.mouseClick(card, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert model.filter.statuses == frozenset({UnitStatus.AVAILABLE})
    assert card.is_checked()
    assert bar.statuses.selected() == frozenset({UnitStatus.AVAILABLE})
    legend.toggle(UnitStatus.AVAILABLE)
    assert not model.filter.active and not card.is_checked()
