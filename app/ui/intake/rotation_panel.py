"""Today's duty rotation (轮岗) beside the intake form: the salespeople in their order and
who takes the next new visitor, so the receptionist can tell the visitor who is coming —
and a manager can change the order from here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RotationPanel(QFrame):
    """Signals:
        edit_requested(): a manager wants to set today's order.
    """

    edit_requested = Signal()

    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setProperty("card", True)
        self.setObjectName("rotation_panel")
        self.roster: list = []
        self.next_id: int | None = None
        self.title = QLabel()
        self.title.setProperty("section", True)
        self.names = QListWidget()
        self.names.setObjectName("rotation_names")
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.names.setIconSize(QSize(16, 16))
        self.names.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.setStyleSheet("QListWidget { border: none; background: transparent; }"
                                 "QListWidget::item { padding: 6px 4px; }")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)
        self.edit_button = QPushButton(qta.icon("fa6s.list-ol"), "")
        self.edit_button.setObjectName("edit_roster")
        self.edit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab on the form
        self.edit_button.clicked.connect(self.edit_requested)
        self.edit_button.setVisible(can_edit)
        self.can_edit = can_edit
        self._arrow = qta.icon("fa6s.circle-arrow-right", color="#2e7d32")
        self._dot = qta.icon("fa6s.circle", color="#c5ccd6")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.names)
        layout.addWidget(self.empty)
        layout.addWidget(self.edit_button)
        self.setMinimumWidth(220)
        self._retranslate()

    def set_roster(self, roster: list, next_id: int | None) -> None:
        """`roster`: Choice(id, name) in order; `next_id`: who takes the next new visitor
        (None when unknown)."""
        self.roster, self.next_id = list(roster), next_id
        self._retranslate()

    def names_in_order(self) -> list[str]:
        return [c.name for c in self.roster]

    def next_name(self) -> str | None:
        return next((c.name for c in self.roster if c.id == self.next_id), None)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Today's rotation"))
        self.edit_button.setText(self.tr("Set today's order…"))
        self.names.clear()
        for position, choice in enumerate(self.roster, 1):
            is_next = choice.id == self.next_id
            text = f"{position}.  {choice.name}"
            if is_next:
                text += "    " + self.tr("next")
            item = QListWidgetItem(self._arrow if is_next else self._dot, text)
            if is_next:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.names.addItem(item)
        self.names.setVisible(bool(self.roster))
        self.empty.setVisible(not self.roster)
        self.empty.setText(self.tr("No rotation is set for today. Set the order before the "
                                   "first visitor arrives.") if self.can_edit else
                           self.tr("No rotation is set for today: ask a sales manager to "
                                   "set it before registering new visitors."))
