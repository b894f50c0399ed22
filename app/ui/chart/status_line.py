"""The line under the chart: when it was last brought up to date, whether live updates are
running (green), connecting, or interrupted and reconnecting (red), and short messages about
what just happened ("销控: 3 套已完成")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

LIVE_COLOURS = {"live": "#2E7D32", "connecting": "#9AA5B1", "lost": "#C62828",
                "stopped": "#9AA5B1"}


class ChartStatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_status")
        self.updated = QLabel()
        self.updated.setObjectName("updated")
        self.dot = QLabel()
        self.dot.setFixedSize(9, 9)
        self.live = QLabel()
        self.live.setObjectName("live")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #1F3A5F;")
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(6)
        row.addWidget(self.updated)
        row.addSpacing(14)
        row.addWidget(self.dot)
        row.addWidget(self.live)
        row.addSpacing(14)
        row.addWidget(self.message, 1)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self.message.clear)
        self._state = "connecting"
        self._at: dt.datetime | None = None
        self._retranslate()

    def set_updated(self, at: dt.datetime | None) -> None:
        self._at = at
        self._retranslate()

    def set_live_state(self, state: str) -> None:
        self._state = state
        self._retranslate()

    def live_text(self) -> str:
        return self.live.text()

    def show_message(self, text: str, timeout_ms: int = 10_000) -> None:
        self.message.setText(text)
        self._clear.start(timeout_ms)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.updated.setText(self.tr("Last updated {time}").format(
            time=self._at.strftime("%H:%M:%S")) if self._at else self.tr("Not loaded yet"))
        texts = {"live": self.tr("Live updates on"),
                 "connecting": self.tr("Connecting live updates…"),
                 "lost": self.tr("Live updates interrupted, reconnecting…"),
                 "stopped": self.tr("Live updates off")}
        self.live.setText(texts.get(self._state, ""))
        colour = LIVE_COLOURS.get(self._state, "#9AA5B1")
        self.dot.setStyleSheet(f"background: {colour}; border-radius: 4px;")
        self.live.setStyleSheet(f"color: {colour if self._state == 'lost' else '#33475B'};")
