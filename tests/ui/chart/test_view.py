"""UnitChartView without a database: what it paints where, culling, selection by mouse and
keyboard, zoom, tooltips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap

from app.domain.chart import ChartFilter
from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus
from app.ui.chart.layout import Detail
from app.ui.chart.model import ChartModel
from app.ui.chart.view import UnitChartView
from tests.ui.chart.fake_units import fake_units


@pytest.fixture
def view(qtbot):
    model = ChartModel()
    model.set_units(fake_units(buildings=2, floors=12))
    chart = UnitChartView(model)
    qtbot.addWidget(chart)
    chart.resize(900, 600)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def pixel(view: UnitChartView, unit_id: int) -> str:
    """The fill colour inside a unit's cell, away from its text and border."""
    rect = view.cell_rect_in_viewport(unit_id)
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.top() + rect.height() // 2).name()


def test_cells_are_painted_in_their_status_colour(view):
    for unit in view.model.units[:12]:
        assert pixel(view, unit.id) == STATUS_COLOURS[unit.status].fill.lower(), unit.code


def test_cells_not_matching_the_filter_are_dimmed_but_kept(view):
    model = view.model
    model.set_filter(ChartFilter(statuses=frozenset({UnitStatus.AVAILABLE})))
    for unit in model.units[:12]:
        colour = pixel(view, unit.id)
        fill = STATUS_COLOURS[unit.status].fill.lower()
        if unit.status is UnitStatus.AVAILABLE:
            assert colour == fill
        else:
            assert colour != fill, unit.code
    assert view.layout_.rows == 12  # the grid keeps its shape


def test_only_visible_cells_are_painted(view):
    pixmap = QPixmap(view.viewport().size())
    painter = QPainter(pixmap)
    painted = view.paint(painter, view.viewport().rect())
    painter.end()
    assert 0 < painted < len(view.model)


def test_frozen_headers_stay_while_scrolling(view):
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    image = view.viewport().grab().toImage()
    left, top = view.frozen_size()
    # the building header band (dark) is still at the top, the floor column at the left
    dark = [image.pixelColor(x, 12).name() for x in range(left, view.viewport().width())]
    assert "#1f3a5f" in dark
    assert image.pixelColor(5, top + 40).name() == "#f5f7fa"


def test_click_ctrl_click_shift_click_select(view, qtbot):
    units = view.model.units
    first, second, third = units[0], units[1], units[4]
    vp = view.viewport()
    with qtbot.waitSignal(view.selection_changed):
        qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=view.cell_rect_in_viewport(
            first.id).center())
    assert view.selected_ids == {first.id} and view.current_id == first.id
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     view.cell_rect_in_viewport(second.id).center())
    assert view.selected_ids == {first.id, second.id}
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     view.cell_rect_in_viewport(third.id).center())
    assert len(view.selected_ids) > 2 and third.id in view.selected_ids
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_ids == set()


def test_rubber_band_selects_a_rectangle(view, qtbot):
    units = view.model.units
    vp = view.viewport()
    a = view.cell_rect_in_viewport(units[0].id).center()
    b = view.cell_rect_in_viewport(units[3].id).center()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)
    assert {units[0].id, units[3].id} <= view.selected_ids


def test_keyboard_moves_the_current_cell(view, qtbot):
    model = view.model
    start = model.units[0]
    view.set_selection({start.id}, start.id)
    row, col = model.place_of(0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.place_of(model.index_of(view.current_id)) == (row, col + 1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert model.place_of(model.index_of(view.current_id)) == (row + 1, col + 1)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(view.selected_ids) == 2
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert model.place_of(model.index_of(view.current_id))[1] == view.layout_.cols - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert model.place_of(model.index_of(view.current_id))[1] == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert model.place_of(model.index_of(view.current_id))[0] > row + 1
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert model.place_of(model.index_of(view.current_id)) == (0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # at the top edge: stays
    assert model.place_of(model.index_of(view.current_id)) == (0, 0)


def test_enter_and_menu_key_ask_for_the_action_menu(view, qtbot):
    unit = view.model.units[2]
    view.set_selection({unit.id}, unit.id)
    with qtbot.waitSignal(view.context_menu_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args[0] == [unit.id]
    assert isinstance(blocker.args[1], QPoint)


def test_zoom_keys_and_text_levels(view, qtbot):
    assert view.layout_.m.detail is Detail.FULL
    with qtbot.waitSignal(view.zoom_changed):
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < 1.0
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0
    view.set_zoom(0.6)
    assert view.layout_.m.detail is Detail.BRIEF
    view.set_zoom(0.3)
    assert view.layout_.m.detail is Detail.ROOM
    view.set_zoom(0.1)
    assert view.layout_.m.detail is Detail.COLOUR
    view.fit_width()
    assert view.layout_.width + 2 * view.layout_.m.margin <= \
        view.viewport().width() - view.frozen_size()[0]


def test_ctrl_wheel_zooms_around_the_mouse(view, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    unit = view.model.units[5]
    point = view.cell_rect_in_viewport(unit.id).center()
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom > 1.0
    assert view.unit_at(point) == unit.id  # the unit under the mouse stays under it


def test_tooltip_lists_the_unit_details(view):
    unit = view.model.units[0]
    text = view.tooltip_text(unit.id)
    for part in (unit.code, unit.layout, unit.orientation, "128.56㎡", "待售"):
        assert part in text
    assert "万" in text


def test_ten_thousand_units_paint_quickly(qtbot):
    model = ChartModel()
    model.set_units(fake_units(buildings=38, floors=33, per_floor=4)[:10_000])
    chart = UnitChartView(model)
    qtbot.addWidget(chart)
    chart.resize(3400, 1000)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_zoom(0.08)
    pixmap = QPixmap(chart.viewport().size())
    timings = []
    for _ in range(5):
        painter = QPainter(pixmap)
        timer = QElapsedTimer()
        timer.start()
        painted = chart.paint(painter, chart.viewport().rect())
        timings.append(timer.elapsed())
        painter.end()
    assert painted == 10_000
    assert sorted(timings)[2] < 150  # ~15 ms here; generous for slow CI machines


def test_selection_survives_a_reload(view):
    units = view.model.units
    view.set_selection({units[0].id, units[1].id}, units[0].id)
    view.model.set_units(list(units))
    assert view.selected_ids == {units[0].id, units[1].id}
    view.model.set_units(list(units[1:]))
    assert view.selected_ids == {units[1].id}
    assert view.current_id is None


def test_area_and_total_text_are_office_style(view):
    from app.ui.chart.formatting import money_short

    assert money_short(Decimal("3664128")) == "366.41万"
    assert money_short(Decimal("3664000")) == "366.4万"
    assert money_short(Decimal("5000000")) == "500万"
