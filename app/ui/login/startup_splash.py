"""A small window shown while the embedded database starts (a few seconds; longer on the
first run, when PostgreSQL is initialised and the demo project created), so the user sees
that something is happening before the login window can appear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class StartupSplash(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startupSplash")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#startupSplash { background: #ffffff; border: 1px solid #c8ccd4; }"
            "QLabel#title { font-size: 22pt; font-weight: 600; color: #1f4e79; }"
            "QLabel#subtitle { color: #555555; font-size: 11pt; }")
        self.title = QLabel("EstateDesk")
        self.title.setObjectName("title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        self.setFixedSize(420, 220)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("EstateDesk"))
        self.subtitle.setText(self.tr("Sales office system"))
        self.message.setText(self.tr(
            "Starting the database on this computer…\n"
            "The first start also sets up the demo project and takes a little longer."))
