"""The status bar's connection state: a coloured dot and a word, so a desk that lost the
server notices before saving anything."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

CONNECTED_COLOUR = "#2e7d32"
DISCONNECTED_COLOUR = "#c62828"


class ConnectionIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connected = True
        self.dot = QLabel()
        self.dot.setFixedSize(10, 10)
        self.text = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(5)
        layout.addWidget(self.dot)
        layout.addWidget(self.text)
        self._refresh()

    def set_connected(self, connected: bool) -> None:
        self._connected = bool(connected)
        self._refresh()

    def is_connected(self) -> bool:
        return self._connected

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        colour = CONNECTED_COLOUR if self._connected else DISCONNECTED_COLOUR
        self.dot.setStyleSheet(f"background: {colour}; border-radius: 5px;")
        self.text.setText(self.tr("Connected") if self._connected else self.tr("Disconnected"))
        self.text.setStyleSheet("" if self._connected else f"color: {DISCONNECTED_COLOUR};")
