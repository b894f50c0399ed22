"""One status in the legend: its colour, name, how many units, their gross area and list
value (one line each, so the legend fits a 1366-pixel office screen). Clickable, so a salesperson can show a buyer "only what is still for sale" in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus


class LegendCard(QFrame):
    """Signals:
        clicked(): the user clicked the card (toggle this status in the filter).
    """

    clicked = Signal()

    def __init__(self, status: UnitStatus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("legend_card")
        self.setProperty("checked", False)
        colour = STATUS_COLOURS[status] if status is not None else None
        self.swatch = QLabel()
        self.swatch.setFixedSize(14, 14)
        self.swatch.setStyleSheet(
            f"background: {colour.fill}; border: 1px solid {colour.border}; border-radius: 3px;"
            if colour else "background: transparent;")
        self.name = QLabel()
        self.name.setObjectName("legend_name")
        self.count = QLabel()
        self.count.setObjectName("legend_count")
        self.area = QLabel()
        self.area.setObjectName("legend_detail")
        self.value = QLabel()
        self.value.setObjectName("legend_detail")
        top = QHBoxLayout()
        top.setSpacing(6)
        top.setContentsMargins(0, 0, 0, 0)
        if colour:
            top.addWidget(self.swatch)
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.area)
        layout.addWidget(self.value)
        if status is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_checked(self, checked: bool) -> None:
        """Checked: this status is part of the filter (drawn with a blue frame)."""
        if self.property("checked") == checked:
            return
        self.setProperty("checked", checked)
        self.style().unpolish(self)
        self.style().polish(self)

    def is_checked(self) -> bool:
        return bool(self.property("checked"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self.status is not None and event.button() == Qt.MouseButton.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)
