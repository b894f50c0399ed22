"""Which project and building the chart shows: the pickers' lists (loaded off the GUI
thread), the choice remembered in QSettings for the next start, the title for print and
export, the project's pencil time, and the zoom that suits a building or the overview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from app.ui.chart.loader import ChartLoader
from app.ui.chart.toolbar import ChartToolbar
from app.ui.common.operations import OperationRunner

PROJECT_KEY, BUILDING_KEY = "chart/project", "chart/building"
OVERVIEW = 0
DEFAULT_PENCIL_MINUTES = 120


def remembered() -> tuple[int | None, int | None]:
    """(project id, building id) shown last time; building 0 means the overview."""
    settings = QSettings()
    project, building = settings.value(PROJECT_KEY), settings.value(BUILDING_KEY)
    return (int(project) if project not in (None, "") else None,
            int(building) if building not in (None, "") else None)


class ProjectChooser(QObject):
    """Signals:
        failed(object): listing projects or buildings failed.
        empty(str): nothing to show (no project); the sentence says what to do.
    """

    failed = Signal(object)
    empty = Signal(str)

    def __init__(self, login: Any, runner: OperationRunner, toolbar: ChartToolbar,
                 loader: ChartLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = login.engine
        self._runner = runner
        self._toolbar = toolbar
        self._loader = loader
        self.projects: list = []
        self.buildings: list = []
        self._mode_changed = True
        self._building_zoom = 1.0
        toolbar.project_chosen.connect(lambda pid: self.choose_project(pid, None))
        toolbar.building_chosen.connect(self.choose_building)

    def start(self) -> None:
        from app.services.chart import list_projects

        engine = self._engine
        self._runner.run("chart-projects", lambda: list_projects(engine), self._on_projects,
                         self.failed.emit)

    def _on_projects(self, projects: list) -> None:
        self.projects = projects
        saved_project, saved_building = remembered()
        ids = [p.id for p in projects]
        project = saved_project if saved_project in ids else (ids[0] if ids else None)
        self._toolbar.set_projects(projects, project)
        if project is None:
            self.empty.emit(self.tr("There is no project yet. An administrator imports the "
                                    "units with 'estatedesk-admin units import'."))
            return
        self.choose_project(project, saved_building if project == saved_project else None)

    def choose_project(self, project_id: int, building: int | None) -> None:
        """Load the project's buildings, then show `building` (0: overview; None: the
        first building)."""
        from app.services.chart import list_buildings

        engine = self._engine
        self._runner.run("chart-building-list", lambda: list_buildings(engine, project_id),
                         lambda rows: self._on_buildings(project_id, rows, building),
                         self.failed.emit)

    def _on_buildings(self, project_id: int, buildings: list, wanted: int | None) -> None:
        self.buildings = buildings
        self._toolbar.show_project(project_id)
        ids = [b.id for b in buildings]
        if wanted == OVERVIEW or not ids:
            chosen = None
        else:
            chosen = wanted if wanted in ids else ids[0]
        self._toolbar.set_buildings(buildings, chosen)
        self._show(project_id, chosen)

    def choose_building(self, building_id: int | None) -> None:
        project = self._toolbar.project_id()
        if project is not None:
            self._show(project, building_id)

    def _show(self, project_id: int, building_id: int | None) -> None:
        settings = QSettings()
        settings.setValue(PROJECT_KEY, project_id)
        settings.setValue(BUILDING_KEY, OVERVIEW if building_id is None else building_id)
        self._mode_changed = (building_id is None) != (self._loader.building_id is None) \
            or self._loader.project_id != project_id
        self._loader.load(project_id, building_id)

    # --- for the screen ---------------------------------------------------------------------

    def after_load(self, view: Any) -> None:
        """The overview opens fitted to the width; a building at the zoom last used for
        buildings."""
        overview = self._loader.building_id is None
        if not self._mode_changed:
            return
        self._mode_changed = False
        if overview:
            view.fit_overview()
        else:
            view.set_zoom(self._building_zoom)
            view.scroll_to_start()

    def note_zoom(self, zoom: float) -> None:
        """The user zoomed: remember it for the next building shown."""
        if self._loader.building_id is not None and not self._mode_changed:
            self._building_zoom = zoom

    def project(self) -> Any | None:
        return next((p for p in self.projects if p.id == self._loader.project_id), None)

    def building(self) -> Any | None:
        return next((b for b in self.buildings if b.id == self._loader.building_id), None)

    def hold_minutes(self) -> int:
        project = self.project()
        return project.pencil_hold_minutes if project else DEFAULT_PENCIL_MINUTES

    def title(self) -> str:
        project, building = self.project(), self.building()
        name = project.name if project else ""
        where = building.name if building else self.tr("all buildings")
        return f"{name} {where}".strip()
