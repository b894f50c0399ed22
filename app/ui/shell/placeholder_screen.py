"""Stands in for a screen that a later release delivers, and says so plainly: it must not
look like a feature that is broken or empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenSpec


class PlaceholderScreen(QWidget):
    def __init__(self, spec: ScreenSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder_{spec.key}")
        self._spec = spec
        import qtawesome as qta

        self.icon = QLabel()
        self.icon.setPixmap(qta.icon(spec.icon, color="#9aa5b1").pixmap(64, 64))
        self.title = QLabel()
        self.title.setObjectName("title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        for label in (self.icon, self.title, self.summary, self.notice):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QLabel#title { font-size: 18pt; font-weight: 600; color: #333; }"
                           "QLabel#notice { color: #777; }")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addStretch(3)
        layout.setContentsMargins(60, 20, 60, 20)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self._spec.display_title())
        self.summary.setText(self._spec.display_summary())
        self.notice.setText(self.tr(
            "This screen arrives with a later release of EstateDesk. "
            "Nothing here is in use yet."))
