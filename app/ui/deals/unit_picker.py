"""The unit of a sale: fixed when the dialog was opened from the chart or from a deal (a
heading with its building, room, layout, area and list total), or chosen from the project's
units the seller may take — available, pencilled in by them — searchable by code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from app.ui.chart import formatting as fmt
from app.ui.common.labels import unit_status_name


def unit_heading(unit: Any) -> str:
    return "<b>{building} {room}</b> ({code}) · {layout} · {area} · {total}".format(
        building=unit.building_name, room=unit.room_no, code=unit.code,
        layout=unit.layout or "—", area=fmt.area(unit.gross_area),
        total=fmt.yuan(unit.list_total))


class UnitPicker(QWidget):
    """Signals:
        unit_changed(object): the chosen ChartUnit, or None.
        project_changed(int): another project was chosen (its units must be loaded).
    """

    unit_changed = Signal(object)
    project_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_picker")
        self.heading = QLabel()
        self.heading.setObjectName("unit_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.project = QComboBox()
        self.project.setObjectName("project_combo")
        self.units = QComboBox()
        self.units.setObjectName("unit_combo")
        self.units.setEditable(True)
        self.units.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.units.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.units.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.units.lineEdit().setPlaceholderText(self.tr("Unit code, e.g. 1-1-1502"))
        self.units.setMinimumContentsLength(24)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading, 1)
        row.addWidget(self.project)
        row.addWidget(self.units, 1)
        self._fixed: Any = None
        self._choices: list = []
        self.project.currentIndexChanged.connect(self._on_project)
        self.units.currentIndexChanged.connect(lambda _i: self.unit_changed.emit(self.unit()))
        self.set_fixed(None)

    def set_fixed(self, unit: Any) -> None:
        """Show `unit` as the sale's unit (None: let the user choose)."""
        self._fixed = unit
        self.heading.setVisible(unit is not None)
        self.units.setVisible(unit is None)
        self.project.setVisible(unit is None and self.project.count() > 1)
        if unit is not None:
            text = unit_heading(unit)
            if unit.status.value != "available":
                text += " · " + unit_status_name(unit.status)
            self.heading.setText(text)

    def set_projects(self, projects: Sequence, current: int | None) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        for project in projects:
            self.project.addItem(project.name, project.id)
        if current is not None:
            self.project.setCurrentIndex(max(0, self.project.findData(current)))
        self.project.blockSignals(False)
        self.project.setVisible(self._fixed is None and self.project.count() > 1)

    def set_units(self, units: Sequence) -> None:
        self._choices = list(units)
        self.units.blockSignals(True)
        self.units.clear()
        for unit in self._choices:
            self.units.addItem(f"{unit.code} · {unit.layout or '—'} · "
                               f"{fmt.area(unit.gross_area)} · {fmt.money_short(unit.list_total)}",
                               unit.id)
        self.units.setCurrentIndex(-1)
        self.units.blockSignals(False)
        self.unit_changed.emit(None)

    def choose(self, unit_id: int) -> bool:
        index = self.units.findData(unit_id)
        if index >= 0:
            self.units.setCurrentIndex(index)
        return index >= 0

    def unit(self) -> Any:
        if self._fixed is not None:
            return self._fixed
        index = self.units.currentIndex()
        if index < 0 or self.units.currentText() != self.units.itemText(index):
            return None
        return self._choices[index] if index < len(self._choices) else None

    def project_id(self) -> int | None:
        return self.project.currentData()

    def _on_project(self, _index: int) -> None:
        if self.project.currentData() is not None:
            self.project_changed.emit(self.project.currentData())
