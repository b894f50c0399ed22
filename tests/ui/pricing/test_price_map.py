"""价格图: a trial as the sales control chart coloured by the new unit price. Without a
database: the colour scale runs pale → dark with the price, one cell per unit of the building
shown, sold units grey, the legend spans the trial, the tooltip reads old → new, buildings
switch, 10,000 units stay fast. With one: the manager tries a plan and looks at the map."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest

from app.domain.pricing import PriceChange
from app.domain.statuses import UnitStatus
from app.ui.pricing.price_map_model import OUTSIDE, SKIPPED, PriceMapModel
from app.ui.pricing.price_map_panel import PriceMapPanel
from app.ui.pricing.price_scale import (
    LEVELS,
    SKIPPED_FILL,
    PriceScale,
    colour_at,
    luminance,
    text_colour,
)
from app.ui.pricing.trial_tab import VIEW_KEY
from tests.ui.chart.fake_units import fake_units
from tests.ui.pricing.test_plan_flow import fill_plan, try_prices

D = Decimal


def trial_of(units, skip=lambda u: u.status in (UnitStatus.CONTRACTED,  # noqa: B008
                                                UnitStatus.RESERVED, UnitStatus.FILED)):
    """A made-up trial: old unit price 20,000 + 50 per floor, new 20,000 + 100 per floor;
    sold units skipped."""
    changes = []
    for u in units:
        old = D(20000) + u.floor * 50
        if skip(u):
            changes.append(PriceChange(u.id, old, old * u.gross_area, old, old * u.gross_area,
                                       "frozen"))
            continue
        new = D(20000) + u.floor * 100
        changes.append(PriceChange(u.id, old, (old * u.gross_area).quantize(D("0.01")), new,
                                   (new * u.gross_area).quantize(D("0.01"))))
    return changes


@pytest.fixture
def panel(qtbot):
    widget = PriceMapPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_at(view, unit_id: int) -> str:
    """The fill colour inside a unit's cell, away from its text and border."""
    rect = view.cell_rect_in_viewport(unit_id)
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.top() + rect.height() // 2).name()


# --- the scale ------------------------------------------------------------------------------

def test_the_scale_runs_from_pale_to_dark_as_the_price_rises():
    scale = PriceScale.of([D("21000"), None, D("18000"), D("24000")])
    assert (scale.low, scale.high) == (D("18000"), D("24000"))
    assert scale.level(D("18000")) == 0 and scale.level(D("24000")) == LEVELS - 1
    assert scale.position(D("21000")) == pytest.approx(0.5)
    lums = [luminance(scale.colour(D(p))) for p in range(18000, 24001, 1000)]
    assert lums == sorted(lums, reverse=True)      # every step darker than the one before
    assert luminance(colour_at(0)) > 0.6 > 0.05 > luminance(colour_at(1))
    assert text_colour(colour_at(0)).name() != "#ffffff"
    assert text_colour(colour_at(1)).name() == "#ffffff"
    assert PriceScale(D(1), D(1)).position(D(1)) == 0.5
    assert PriceScale.of([None]) is None


# --- the model ------------------------------------------------------------------------------

def test_one_cell_per_unit_of_the_chosen_building_and_a_switch():
    units = fake_units(buildings=3, floors=5)           # 20 units per building
    by_id = {u.id: u for u in units}
    in_trial = [u for u in units if u.building_id != 3]
    model = PriceMapModel()
    model.set_trial(trial_of(in_trial), by_id)
    assert [(b.id, b.name, b.count) for b in model.buildings] == [(1, "1号楼", 20),
                                                                  (2, "2号楼", 20)]
    assert model.building_id == 1
    assert sorted(u.id for u in model.units) == [u.id for u in units if u.building_id == 1]
    assert len(model.grid.cells) == 20 and len(model.grid.floors) == 5
    model.set_building(2)
    assert {u.building_id for u in model.units} == {2} and len(model.grid.cells) == 20
    model.set_building(3)                              # not in the trial: refused
    assert model.building_id == 2
    # a new trial keeps the building shown if it still has units in it
    model.set_trial(trial_of(in_trial), by_id)
    assert model.building_id == 2
    model.clear()
    assert len(model) == 0 and model.buildings == [] and model.scale is None


def test_units_outside_an_adjustment_keep_their_place_as_outlines():
    units = fake_units(floors=4, entrances=1)
    changes = trial_of([u for u in units if u.floor >= 3])
    model = PriceMapModel()
    model.set_trial(changes, {u.id: u for u in units})
    assert len(model) == len(units) and model.trial_count() == len(changes)
    kinds = {model.unit(i).floor: model.kinds[i] for i in range(len(model))}
    assert kinds[1] == kinds[2] == OUTSIDE
    assert kinds[3] >= 0 or kinds[3] == SKIPPED


def test_cell_texts_show_room_price_and_change():
    units = fake_units(floors=2, entrances=1, statuses=[UnitStatus.AVAILABLE,
                                                        UnitStatus.CONTRACTED])
    model = PriceMapModel()
    model.set_trial(trial_of(units), {u.id: u for u in units})
    texts = {model.unit(i).room_no: model.texts[i] for i in range(len(model))}
    assert texts["201"].price == "20,200"
    assert texts["201"].change == "+0.50%"                   # 20,100 → 20,200
    assert texts["201"].note.endswith("万")
    assert texts["202"].change == "签约" and texts["202"].note == "已售：保持原价"


# --- the painted map ------------------------------------------------------------------------

def test_dearer_cells_are_darker_and_sold_ones_grey(panel):
    units = fake_units(floors=8, entrances=1, statuses=[UnitStatus.AVAILABLE,
                                                        UnitStatus.CONTRACTED])
    panel.set_trial(trial_of(units), {u.id: u for u in units})
    view = panel.view
    low = next(u for u in units if u.floor == 1 and u.status is UnitStatus.AVAILABLE)
    high = next(u for u in units if u.floor == 8 and u.status is UnitStatus.AVAILABLE)
    sold = next(u for u in units if u.status is UnitStatus.CONTRACTED)
    model = panel.model
    low_colour, high_colour = QColor(fill_at(view, low.id)), QColor(fill_at(view, high.id))
    assert low_colour.name() == model.scale.colour(D(20100)).name()
    assert high_colour.name() == model.scale.colour(D(20800)).name()
    assert luminance(high_colour) < luminance(low_colour)
    assert fill_at(view, sold.id) == SKIPPED_FILL.name()


def test_the_legend_spans_the_trial_and_the_tooltip_reads_old_to_new(panel):
    units = fake_units(buildings=2, floors=6, statuses=[UnitStatus.AVAILABLE])
    panel.set_trial(trial_of(units), {u.id: u for u in units})
    assert panel.scale_low.text() == "20,100" and panel.scale_high.text() == "20,600"
    assert panel.building_combo.isVisible() and panel.building_combo.count() == 2
    assert not panel.skipped_label.isVisible()
    unit = next(u for u in units if u.building_id == 1 and u.floor == 6)
    text = panel.view.tooltip_text(unit.id)
    assert "20,300.00 → <b>20,600.00</b>" in text                 # unit price
    old_total = ((D(20300)) * unit.gross_area).quantize(D("0.01"))
    new_total = ((D(20600)) * unit.gross_area).quantize(D("0.01"))
    assert f"{old_total:,.2f} → <b>{new_total:,.2f}</b>" in text
    assert "+1.48%" in text and unit.code in text
    # the other building: chosen in the combo, its own units, the same scale
    panel.building_combo.setCurrentIndex(1)
    panel.building_combo.activated.emit(1)
    assert panel.model.building_id == 2
    assert {u.building_id for u in panel.model.units} == {2}
    assert panel.scale_high.text() == "20,600"
    other = next(u for u in units if u.building_id == 2)
    assert panel.view.tooltip_text(other.id)
    assert panel.view.tooltip_text(unit.id) == ""               # not shown any more
    rect = panel.view.cell_rect_in_viewport(other.id)
    assert panel.view.index_at(rect.center()) == panel.model.index_of(other.id)
    assert panel.view.index_at(QPoint(2, 2)) is None               # the floor column


def test_zoom_and_hover_and_a_new_trial_keeps_the_view(panel, qtbot):
    units = fake_units(floors=6, statuses=[UnitStatus.AVAILABLE])
    by_id = {u.id: u for u in units}
    panel.set_trial(trial_of(units), by_id)
    view = panel.view
    fitted = view.layout_.m.cell_w
    panel.zoom_in_button.click()
    zoomed = view.layout_.m.cell_w
    assert zoomed > fitted and view.zoom > 1
    panel.set_trial(trial_of(units[:-1]), by_id)     # tried again: the same building
    assert view.layout_.m.cell_w == zoomed
    panel.fit_button.click()
    assert view.layout_.m.cell_w == fitted and view.zoom == 1
    panel.zoom_out_button.click()
    assert view.layout_.m.cell_w < fitted
    rect = view.cell_rect_in_viewport(units[0].id)
    QTest.mouseMove(view.viewport(), rect.center())
    qtbot.waitUntil(lambda: view.hovered == panel.model.index_of(units[0].id))


def test_ten_thousand_units_lay_out_and_paint_quickly(qtbot):
    units = fake_units(buildings=1, floors=50, entrances=25, per_floor=8)   # 10,000 units
    assert len(units) == 10_000
    by_id = {u.id: u for u in units}
    changes = trial_of(units)
    panel = PriceMapPanel()
    qtbot.addWidget(panel)
    panel.resize(3400, 1000)
    panel.show()
    qtbot.waitExposed(panel)
    timer = QElapsedTimer()
    timer.start()
    panel.set_trial(changes, by_id)
    assert timer.elapsed() < 3000          # ~0.2 s here: grid, scale and texts once
    view = panel.view
    view.set_cell_size(8, 5)
    pixmap = QPixmap(view.viewport().size())
    timings = []
    for _ in range(5):
        painter = QPainter(pixmap)
        try:
            timer.restart()
            painted = view.paint(painter, view.viewport().rect())
            timings.append(timer.elapsed())
        finally:
            painter.end()
    assert painted > 5000                  # most of the building is in view at this size
    assert sorted(timings)[2] < 150
    view.fit()                             # cells a price fits in: only those in view paint
    painter = QPainter(pixmap)
    try:
        painted = view.paint(painter, view.viewport().rect())
    finally:
        painter.end()
    assert 0 < painted < 2500


# --- on the pricing screen ------------------------------------------------------------------

def test_the_manager_sees_the_trial_as_a_price_map(qtbot, open_pricing, priced):
    screen = open_pricing("manager")
    tab = screen.plan_tab
    assert not tab.view_toggle.isEnabled()          # nothing tried yet
    fill_plan(tab)
    try_prices(qtbot, screen, tab)
    assert tab.stack.currentWidget() is tab.view
    tab.map_button.click()
    assert tab.map_shown() and tab.stack.currentWidget() is tab.price_map
    panel = tab.price_map
    model = panel.model
    assert [b.code for b in model.buildings] == ["1", "2"]
    assert panel.building_combo.isVisible()
    assert sorted(model.unit(i).code for i in range(len(model))) == sorted(
        code for code in priced.units if code.startswith("1-"))
    changes = tab.model.changes()
    priced_now = [c.new_unit_price for c in changes if not c.skipped]
    assert panel.scale_low.text() == f"{min(priced_now):,.0f}"
    assert panel.scale_high.text() == f"{max(priced_now):,.0f}"
    view = panel.view
    sold = priced.sold["1-1-101"]
    assert fill_at(view, sold) == SKIPPED_FILL.name()
    # 1-1-301 is dearer than 1-1-201 (floor coefficient): darker
    high = QColor(fill_at(view, priced.units["1-1-301"]))
    low = QColor(fill_at(view, priced.units["1-1-201"]))
    assert luminance(high) < luminance(low)
    text = view.tooltip_text(priced.units["1-1-201"])
    assert "20,000.00 → <b>25,755.00</b>" in text and "+28.78%" in text
    assert "已签约" in view.tooltip_text(sold)
    index = panel.building_combo.findData(model.buildings[1].id)
    panel.building_combo.setCurrentIndex(index)
    panel.building_combo.activated.emit(index)
    assert sorted(model.unit(i).code for i in range(len(model))) == [
        "2-1-101", "2-1-102", "2-1-201", "2-1-202"]
    assert fill_at(view, priced.sold["2-1-201"]) == SKIPPED_FILL.name()
    # the choice is remembered; editing keeps the map, marked out of date in the summary
    tab.editor.floor_step.setText("0.02")
    assert tab.stack.currentWidget() is tab.price_map
    tab.table_button.click()
    assert tab.stack.currentWidget() is tab.view
    tab.map_button.click()
    assert QSettings().value(VIEW_KEY) == "map"
    again = open_pricing("manager")                  # the map is shown first next time
    assert again.plan_tab.map_shown()
