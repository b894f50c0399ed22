"""Mouse and keyboard on the chart, the way spreadsheet users expect: click selects, Ctrl-click
adds or removes, Shift-click and dragging select a rectangle, arrows move the current cell
(Shift extends), Home/End and PgUp/PgDn jump, Enter or the Menu key opens the action menu,
Escape clears; Ctrl+= / Ctrl+- / Ctrl+0 zoom. Kept apart from the painting view so each
stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QMouseEvent

from app.ui.chart import navigation as nav

if TYPE_CHECKING:
    from app.ui.chart.view import UnitChartView

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
_MOVES = {K.Key_Left: (0, -1), K.Key_Right: (0, 1), K.Key_Up: (-1, 0), K.Key_Down: (1, 0)}


class ChartInteraction:
    def __init__(self, view: UnitChartView) -> None:
        self.view = view
        self.anchor: nav.Place | None = None
        self._press: QPoint | None = None
        self._base: set[int] = set()

    # --- helpers ----------------------------------------------------------------------------

    def _place(self, unit_id: int | None) -> nav.Place | None:
        if unit_id is None:
            return None
        index = self.view.model.index_of(unit_id)
        return None if index is None else self.view.model.place_of(index)

    def _id_at(self, place: nav.Place) -> int | None:
        index = self.view.layout_.table[place[0]][place[1]]
        return None if index is None else self.view.model.unit(index).id

    def _ids(self, indices) -> set[int]:  # noqa: ANN001
        return {self.view.model.unit(i).id for i in indices}

    def _select_rectangle(self, a: nav.Place, b: nav.Place, current: int | None) -> None:
        ids = self._ids(nav.rectangle(self.view.layout_, a, b))
        self.view.set_selection(self._base | ids, current)

    # --- mouse ------------------------------------------------------------------------------

    def mouse_press(self, event: QMouseEvent) -> None:
        view = self.view
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        unit_id = view.unit_at(pos)
        mods = event.modifiers()
        place = self._place(unit_id)
        self._base = set(view.selected_ids) if mods & CTRL else set()
        if unit_id is not None and mods & SHIFT and self.anchor is not None:
            self._select_rectangle(self.anchor, place, unit_id)
        elif unit_id is not None and mods & CTRL:
            view.set_selection(view.selected_ids ^ {unit_id}, unit_id)
            self.anchor = place
            self._base = set(view.selected_ids)
        elif unit_id is not None:
            view.set_selection({unit_id}, unit_id)
            self.anchor = place
        else:
            if not mods & CTRL:
                view.clear_selection()
            self.anchor = None
        self._press = pos

    def mouse_move(self, event: QMouseEvent) -> None:
        view = self.view
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if (pos - self._press).manhattanLength() < 6:
            return
        view.rubber_band = QRect(self._press, pos)
        a = view.to_cells(self._press)
        b = view.to_cells(pos)
        start = view.layout_.nearest_cell(a.x(), a.y())
        end = view.layout_.nearest_cell(b.x(), b.y())
        self._select_rectangle(start, end, view.current_id)
        view.viewport().update()

    def mouse_release(self, event: QMouseEvent) -> None:
        self._press = None
        if self.view.rubber_band is not None:
            self.view.rubber_band = None
            self.view.viewport().update()

    def mouse_double_click(self, event: QMouseEvent) -> None:
        unit_id = self.view.unit_at(event.position().toPoint())
        if unit_id is not None:
            self.view.set_selection({unit_id}, unit_id)
            self.request_menu(event.globalPosition().toPoint())

    def context_menu(self, event: QContextMenuEvent) -> None:
        view = self.view
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            unit_id = view.unit_at(view.viewport().mapFrom(view, event.pos()))
            if unit_id is None:
                return
            if unit_id not in view.selected_ids:
                view.set_selection({unit_id}, unit_id)
                self.anchor = self._place(unit_id)
            self.request_menu(event.globalPos())
        else:
            self.request_menu()

    def request_menu(self, global_pos: QPoint | None = None) -> None:
        view = self.view
        ids = sorted(view.selected_ids) or ([view.current_id] if view.current_id else [])
        if not ids:
            return
        if global_pos is None:
            rect = view.cell_rect_in_viewport(view.current_id or ids[0])
            point = rect.center() if rect is not None else QPoint(0, 0)
            global_pos = view.viewport().mapToGlobal(point)
        view.context_menu_requested.emit(ids, global_pos)

    # --- keyboard ---------------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key; False to let the scroll area have it."""
        view = self.view
        if self._zoom_key(event):
            return True
        key, mods = event.key(), event.modifiers()
        if key == K.Key_Escape:
            view.clear_selection()
            return True
        if key in (K.Key_Return, K.Key_Enter, K.Key_Menu):
            self.request_menu()
            return True
        if event.matches(QKeySequence.StandardKey.SelectAll):
            view.set_selection(u.id for u in view.model.units)
            return True
        if key == K.Key_Space and view.current_id is not None:
            view.set_selection(view.selected_ids ^ {view.current_id})
            return True
        target = self._target(key, mods)
        if target is None:
            return key in _MOVES or key in (K.Key_Home, K.Key_End, K.Key_PageUp, K.Key_PageDown)
        self._move_to(target, mods)
        return True

    def _target(self, key: int, mods: Qt.KeyboardModifier) -> nav.Place | None:
        lay = self.view.layout_
        here = self._place(self.view.current_id)
        if here is None:
            here = nav.grid_end(lay, last=False)
            if here is None:
                return None
            if key in _MOVES or key in (K.Key_Home, K.Key_PageUp, K.Key_PageDown):
                return here
        if key in _MOVES:
            return nav.step(lay, here, *_MOVES[key])
        page = max(1, (self.view.viewport().height() - self.view.frozen_size()[1])
                   // lay.m.row_pitch - 1)
        if key == K.Key_PageUp:
            return nav.step(lay, here, -1, 0, page)
        if key == K.Key_PageDown:
            return nav.step(lay, here, 1, 0, page)
        if key in (K.Key_Home, K.Key_End):
            last = key == K.Key_End
            return nav.grid_end(lay, last) if mods & CTRL else nav.row_end(lay, here, last)
        return None

    def _move_to(self, target: nav.Place, mods: Qt.KeyboardModifier) -> None:
        view = self.view
        unit_id = self._id_at(target)
        if unit_id is None:
            return
        if mods & SHIFT:
            self._base = set()
            self._select_rectangle(self.anchor or target, target, unit_id)
        elif mods & CTRL:
            view.current_id = unit_id
            view.ensure_visible(unit_id)
            view.current_changed.emit(unit_id)
            view.viewport().update()
        else:
            self.anchor = target
            view.set_selection({unit_id}, unit_id)

    def _zoom_key(self, event: QKeyEvent) -> bool:
        view = self.view
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                event.modifiers() & CTRL and event.key() in (K.Key_Equal, K.Key_Plus)):
            view.zoom_in()
            return True
        if event.matches(QKeySequence.StandardKey.ZoomOut) or (
                event.modifiers() & CTRL and event.key() == K.Key_Minus):
            view.zoom_out()
            return True
        if event.modifiers() & CTRL and event.key() == K.Key_0:
            view.set_zoom(1.0)
            return True
        return False
