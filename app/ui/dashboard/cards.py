"""A KPI card of the dashboard: a title, the figure, a line under it; a click asks for the
rows behind the figure (its DrillDown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

CARD_CSS = """
QFrame#kpi_card { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }
QFrame#kpi_card:hover { border-color: #1f6feb; }
QLabel#kpi_title { color: #6b7785; font-size: 13px; }
QLabel#kpi_value { color: #1d2733; font-size: 24px; font-weight: 600; }
QLabel#kpi_note { color: #6b7785; font-size: 12px; }
"""


class KpiCard(QFrame):
    """Signals:
        clicked(object): the card's DrillDown (None: nothing behind it yet).
    """

    clicked = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.drill: Any = None
        self.setObjectName("kpi_card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(150)
        self.title, self.value, self.note = QLabel(), QLabel("—"), QLabel()
        self.title.setObjectName("kpi_title")
        self.value.setObjectName("kpi_value")
        self.note.setObjectName("kpi_note")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        for label in (self.title, self.value, self.note):
            column.addWidget(label)

    def set_figure(self, value: str, note: str, drill: Any, tooltip: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.drill = drill
        self.setToolTip(tooltip)

    def click(self) -> None:
        """What a mouse click does (tests call it)."""
        self.clicked.emit(self.drill)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.click()
        super().mouseReleaseEvent(event)
