"""Small building blocks shared by the plan and adjustment editors: a titled card, a caption,
a hint line, and the little +/− buttons of an editable table."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget


def card(*widgets: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A white card holding `widgets` one under the other."""
    frame = QFrame()
    frame.setProperty("card", True)
    column = QVBoxLayout(frame)
    column.setContentsMargins(14, 10, 14, 12)
    column.setSpacing(6)
    for widget in widgets:
        column.addWidget(widget)
    return frame, column


def caption() -> QLabel:
    label = QLabel()
    label.setProperty("section", True)
    return label


def hint() -> QLabel:
    label = QLabel()
    label.setProperty("hint", True)
    label.setWordWrap(True)
    return label


def row_button(icon_name: str) -> QToolButton:
    import qtawesome as qta

    button = QToolButton()
    button.setProperty("row_button", True)
    button.setIcon(qta.icon(icon_name, color="#44505e"))
    button.setIconSize(QSize(12, 12))
    return button
