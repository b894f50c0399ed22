"""The chart screen's top bar: which project and building (or all buildings), zoom, refresh,
print, preview and export. Only widgets and signals; the screen decides what they do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

OVERVIEW = 0  # building combo data of the all-buildings entry


class ChartToolbar(QWidget):
    """Signals:
        project_chosen(int): a project id.
        building_chosen(object): a building id, or None for the all-buildings overview.
    """

    project_chosen = Signal(int)
    building_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("chart_toolbar")
        self.project_label = QLabel()
        self.project_combo = QComboBox()
        self.project_combo.setMinimumWidth(180)
        self.building_label = QLabel()
        self.building_combo = QComboBox()
        self.building_combo.setMinimumWidth(150)
        for combo in (self.project_combo, self.building_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zoom_out_button = self._button(qta.icon("fa6s.magnifying-glass-minus"))
        self.zoom_label = QLabel("100%")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_in_button = self._button(qta.icon("fa6s.magnifying-glass-plus"))
        self.fit_button = self._button(qta.icon("fa6s.left-right"))
        self.refresh_button = self._button(qta.icon("fa6s.arrows-rotate"))
        self.print_button = self._button(qta.icon("fa6s.print"))
        self.preview_button = self._button(qta.icon("fa6s.eye"))
        self.pdf_button = self._button(qta.icon("fa6s.file-pdf", color="#B3261E"))
        self.excel_button = self._button(qta.icon("fa6s.file-excel", color="#1D6F42"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in (self.project_label, self.project_combo, self.building_label,
                       self.building_combo):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(_separator())
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.refresh_button, _separator(), self.print_button,
                       self.preview_button, self.pdf_button, self.excel_button):
            row.addWidget(widget)
        self.project_combo.activated.connect(self._on_project_activated)
        self.building_combo.activated.connect(self._on_building_activated)
        self._retranslate()

    @staticmethod
    def _button(icon) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setIcon(icon)
        button.setIconSize(QSize(16, 16))
        button.setAutoRaise(True)
        return button

    def set_projects(self, projects: Sequence, chosen: int | None) -> None:
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        index = self.project_combo.findData(chosen) if chosen is not None else -1
        self.project_combo.setCurrentIndex(max(0, index) if projects else -1)
        self.project_combo.blockSignals(False)

    def set_buildings(self, buildings: Sequence, chosen: int | None) -> None:
        """`chosen` None means the overview."""
        self.building_combo.blockSignals(True)
        self.building_combo.clear()
        self.building_combo.addItem(self.tr("All buildings (overview)"), OVERVIEW)
        for building in buildings:
            self.building_combo.addItem(self.tr("{name} ({n} units)").format(
                name=building.name, n=building.units), building.id)
        index = self.building_combo.findData(OVERVIEW if chosen is None else chosen)
        self.building_combo.setCurrentIndex(max(0, index))
        self.building_combo.blockSignals(False)

    def show_project(self, project_id: int) -> None:
        """Select a project in the combo without announcing it (it is already chosen)."""
        index = self.project_combo.findData(project_id)
        if index >= 0:
            self.project_combo.blockSignals(True)
            self.project_combo.setCurrentIndex(index)
            self.project_combo.blockSignals(False)

    def project_id(self) -> int | None:
        return self.project_combo.currentData()

    def building_id(self) -> int | None:
        data = self.building_combo.currentData()
        return None if data in (None, OVERVIEW) else data

    def choose_building(self, building_id: int | None) -> None:
        """Select as the user would (emits building_chosen)."""
        index = self.building_combo.findData(OVERVIEW if building_id is None else building_id)
        self.building_combo.setCurrentIndex(index)
        self._on_building_activated(index)

    def set_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")

    def _on_project_activated(self, index: int) -> None:
        data = self.project_combo.itemData(index)
        if data is not None:
            self.project_chosen.emit(data)

    def _on_building_activated(self, index: int) -> None:
        data = self.building_combo.itemData(index)
        self.building_chosen.emit(None if data in (None, OVERVIEW) else data)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.project_label.setText(self.tr("Project"))
        self.building_label.setText(self.tr("Building"))
        if self.building_combo.count():
            self.building_combo.setItemText(0, self.tr("All buildings (overview)"))
        tips = ((self.zoom_out_button, self.tr("Zoom out (Ctrl+-)")),
                (self.zoom_in_button, self.tr("Zoom in (Ctrl+=)")),
                (self.fit_button, self.tr("Fit to width")),
                (self.refresh_button, self.tr("Refresh (F5)")),
                (self.print_button, self.tr("Print…")),
                (self.preview_button, self.tr("Print preview…")),
                (self.pdf_button, self.tr("Export PDF…")),
                (self.excel_button, self.tr("Export Excel…")))
        for button, tip in tips:
            button.setToolTip(tip)
        for button, text in ((self.refresh_button, self.tr("Refresh")),
                             (self.print_button, self.tr("Print")),
                             (self.pdf_button, self.tr("PDF")),
                             (self.excel_button, self.tr("Excel"))):
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setStyleSheet("color: #D5DCE4;")
    return line
