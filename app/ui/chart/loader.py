"""Getting units into the chart model off the GUI thread: a full load when the user picks a
project or building (a newer pick supersedes an older one), and after a change notification
only the named units — or, when a bulk change named just buildings, those buildings.

Partial loads never lose a change: ids wait in a pending set until a load that asked for them
has been applied, and changes heard during a full load are re-read after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ui.chart.model import ChartModel
from app.ui.common.operations import OperationRunner

FULL, UNITS, BUILDINGS = "chart-load", "chart-units", "chart-buildings"


class ChartLoader(QObject):
    """Signals:
        loading_changed(bool): a full load started (True) or ended (False).
        loaded(): a full load was put into the model.
        updated(): some units were refreshed in place.
        failed(object): a full load failed (the exception).
        refresh_failed(object): a live refresh failed (say so quietly; a reconnect reloads).
    """

    loading_changed = Signal(bool)
    loaded = Signal()
    updated = Signal()
    failed = Signal(object)
    refresh_failed = Signal(object)

    def __init__(self, login: Any, runner: OperationRunner, model: ChartModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = login.engine
        self._runner = runner
        self.model = model
        self.project_id: int | None = None
        self.building_id: int | None = None
        self.last_updated: dt.datetime | None = None
        self._pending: set[int] = set()
        self._pending_buildings: set[int] = set()
        self._heard_while_loading: set[int] = set()
        self._buildings_while_loading = False
        self.fresh = False  # the next full load shows another place: start at the top

    @property
    def loading(self) -> bool:
        return self._runner.is_busy(FULL)

    # --- full loads -------------------------------------------------------------------------

    def load(self, project_id: int, building_id: int | None) -> None:
        """Show another project/building (None: the whole project); the model is cleared so
        the old chart does not pose as the new one."""
        changed = (project_id, building_id) != (self.project_id, self.building_id)
        self.project_id, self.building_id = project_id, building_id
        if changed:
            self.model.clear()
            self.fresh = True
        self.reload()

    def reload(self) -> None:
        """Read everything shown again (refresh button, after a reconnect)."""
        from app.services.chart import load_chart

        if self.project_id is None:
            return
        self._runner.cancel(UNITS)
        self._runner.cancel(BUILDINGS)
        self._pending.clear()
        self._pending_buildings.clear()
        self._heard_while_loading.clear()
        self._buildings_while_loading = False
        engine, project, building = self._engine, self.project_id, self.building_id
        was_loading = self.loading
        self._runner.run(FULL, lambda: load_chart(engine, project, building),
                         self._on_loaded, self._on_failed)
        if not was_loading:
            self.loading_changed.emit(True)

    def _on_loaded(self, units: list) -> None:
        self.model.set_units(units)
        self.last_updated = dt.datetime.now()
        self.loading_changed.emit(False)
        self.loaded.emit()
        self.fresh = False
        if self._buildings_while_loading:
            self._buildings_while_loading = False
            self.reload()
            return
        if self._heard_while_loading:
            ids, self._heard_while_loading = self._heard_while_loading, set()
            self.reload_units(ids)

    def _on_failed(self, error: BaseException) -> None:
        self.loading_changed.emit(False)
        self.failed.emit(error)

    # --- partial loads ----------------------------------------------------------------------

    def apply_changes(self, changes: Iterable) -> None:
        """Unit changes heard from the database: reload what concerns the chart shown."""
        ids: set[int] = set()
        buildings: set[int] = set()
        for change in changes:
            if change.project_id != self.project_id:
                continue
            if self.building_id is not None and self.building_id not in change.building_ids:
                continue
            if change.unit_ids is None:
                buildings |= set(change.building_ids)
            else:
                ids |= set(change.unit_ids)
        if self.loading:
            self._heard_while_loading |= ids
            self._buildings_while_loading |= bool(buildings)
            return
        if buildings:
            if self.building_id is not None:
                self.reload()
                return
            self.reload_buildings(buildings)
        if ids:
            self.reload_units(ids)

    def reload_units(self, unit_ids: Iterable[int]) -> None:
        from app.services.chart import load_units

        if self.loading:
            self._heard_while_loading |= set(unit_ids)
            return
        self._pending |= set(unit_ids)
        requested = frozenset(self._pending)
        engine = self._engine
        self._runner.run(UNITS, lambda: load_units(engine, requested),
                         lambda units: self._on_units(requested, units), self._on_failed_quietly)

    def _on_units(self, requested: frozenset[int], units: list) -> None:
        self._pending -= requested
        shown = [u for u in units
                 if self.building_id is None or u.building_id == self.building_id]
        removed = requested - {u.id for u in shown}
        self.model.update_units(shown, removed)
        self.last_updated = dt.datetime.now()
        self.updated.emit()

    def reload_buildings(self, building_ids: Iterable[int]) -> None:
        from app.services.chart import load_chart

        self._pending_buildings |= set(building_ids)
        requested = frozenset(self._pending_buildings)
        engine, project = self._engine, self.project_id

        def work() -> list:
            return [u for b in sorted(requested) for u in load_chart(engine, project, b)]

        self._runner.run(BUILDINGS, work, lambda units: self._on_buildings(requested, units),
                         self._on_failed_quietly)

    def _on_buildings(self, requested: frozenset[int], units: list) -> None:
        self._pending_buildings -= requested
        self.model.replace_buildings(requested, units)
        self.last_updated = dt.datetime.now()
        self.updated.emit()

    def _on_failed_quietly(self, error: BaseException) -> None:
        """A live refresh failed (the connection is probably down): the reconnect will
        reload in full; say so without a dialog."""
        self.refresh_failed.emit(error)
