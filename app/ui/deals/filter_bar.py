"""What the deal list is narrowed by: the project, the stage (live deals by default, one
stage, the ended ones, or all), a search box (unit code, customer name or contract number —
the database searches) and, for managers, "needs approval" (a discount or a change waiting
for a decision). Typing is debounced; every change emits one DealQuery."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.db.queries.deals import DealQuery
from app.ui.deals import labels

DEBOUNCE_MS = 250
PROJECT_KEY = "deals/project"
LIVE, ENDED, ALL = "live", "ended", "all"
STAGE_SETS = {LIVE: labels.LIVE_STAGES, ENDED: labels.ENDED_STAGES,
              ALL: labels.LIVE_STAGES + labels.ENDED_STAGES}


class DealFilterBar(QWidget):
    """Signals:
        query_changed(object): the DealQuery the widgets now describe (None: no project).
        project_changed(object): the chosen project's id.
    """

    query_changed = Signal(object)
    project_changed = Signal(object)

    def __init__(self, show_approval: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.show_approval = show_approval
        self.project_label = QLabel()
        self.project = QComboBox()
        self.project.setObjectName("deal_project")
        self.project.setMinimumWidth(180)
        self.stage = QComboBox()
        self.stage.setObjectName("deal_stage")
        self.search = QLineEdit()
        self.search.setObjectName("deal_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(qta.icon("fa6s.magnifying-glass", color="#6b7785"),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(240)
        self.needs_approval = QCheckBox()
        self.needs_approval.setObjectName("needs_approval")
        self.needs_approval.setVisible(show_approval)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.project_label)
        row.addWidget(self.project)
        row.addSpacing(8)
        row.addWidget(self.stage)
        row.addWidget(self.search, 1)
        row.addWidget(self.needs_approval)
        self.project.activated.connect(self._on_project)
        self.stage.activated.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.needs_approval.toggled.connect(self._emit)
        self._retranslate()

    # --- public -----------------------------------------------------------------------------

    def project_id(self) -> int | None:
        return self.project.currentData()

    def set_projects(self, projects: list[Any]) -> None:
        """Fill the chooser (ProjectRef) and pick the last used project, else the first."""
        self.project.blockSignals(True)
        self.project.clear()
        for project in projects:
            self.project.addItem(project.name, project.id)
        saved = QSettings().value(PROJECT_KEY)
        index = self.project.findData(int(saved)) if str(saved or "").isdigit() else -1
        self.project.setCurrentIndex(max(index, 0) if projects else -1)
        self.project.blockSignals(False)
        if projects:
            self._on_project()

    def choose_project(self, project_id: int) -> None:
        index = self.project.findData(project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)
            self._on_project()

    def set_stage_set(self, code: str) -> None:
        """Show live, ended or all deals, or one stage (its code)."""
        index = self.stage.findData(code)
        if index >= 0:
            self.stage.setCurrentIndex(index)
            self._emit()

    def set_list_filters_visible(self, visible: bool) -> None:
        """Stage, search and "needs approval" narrow the deal list only: hidden elsewhere."""
        self.stage.setVisible(visible)
        self.search.setVisible(visible)
        self.needs_approval.setVisible(visible and self.show_approval)

    def query(self) -> DealQuery | None:
        project_id = self.project_id()
        if project_id is None:
            return None
        code = self.stage.currentData() or LIVE
        stages = STAGE_SETS.get(code, (code,))
        return DealQuery(project_id, stages=tuple(stages), text=self.search.text().strip(),
                         needs_approval=self.show_approval and self.needs_approval.isChecked())

    # --- internals --------------------------------------------------------------------------

    def _on_project(self) -> None:
        project_id = self.project_id()
        if project_id is not None:
            QSettings().setValue(PROJECT_KEY, project_id)
        self.project_changed.emit(project_id)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.project_label.setText(self.tr("Project"))
        current = self.stage.currentData() or LIVE
        self.stage.clear()
        self.stage.addItem(self.tr("Live deals"), LIVE)
        for code, name in labels.choices(labels.STAGES):
            self.stage.addItem(name, code)
        self.stage.addItem(self.tr("Ended deals"), ENDED)
        self.stage.addItem(self.tr("All deals"), ALL)
        self.stage.setCurrentIndex(max(self.stage.findData(current), 0))
        self.search.setPlaceholderText(self.tr("Search by unit, customer or contract number"))
        self.needs_approval.setText(self.tr("Needs approval"))
        self.needs_approval.setToolTip(self.tr("Deals with a discount or a change waiting "
                                               "for a decision"))
