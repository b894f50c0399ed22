"""The manager sets the day's rotation: every active salesperson, ticked if on duty, in the
order they take new visitors (the current order first). Up/Down (or Ctrl+Up/Down) move the
highlighted one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.form_dialog import FormDialog

_ID = Qt.ItemDataRole.UserRole


class RosterDialog(FormDialog):
    def __init__(self, salespeople: list, roster: list, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        import qtawesome as qta

        self.setObjectName("roster_dialog")
        self.setWindowTitle(self.tr("Today's duty rotation"))
        self.hint = QLabel(self.tr("Tick who is on duty today and put them in the order they "
                                   "take new visitors."))
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("roster_list")
        self.list.setStyleSheet("QListWidget#roster_list::item { padding: 6px 4px; }")
        on_duty = [c.id for c in roster]
        ordered = [c for i in on_duty for c in salespeople if c.id == i]
        ordered += [c for c in salespeople if c.id not in on_duty]
        for choice in ordered:
            item = QListWidgetItem(choice.name)
            item.setData(_ID, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in on_duty or not on_duty
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.up_button = QPushButton(qta.icon("fa6s.arrow-up"), self.tr("Up"))
        self.down_button = QPushButton(qta.icon("fa6s.arrow-down"), self.tr("Down"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.installEventFilter(self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.body.addWidget(self.hint)
        self.body.addLayout(row)
        self.resize(420, 380)

    def move(self, step: int) -> None:
        """Move the highlighted salesperson up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Ctrl+Up/Down in the list moves the highlighted salesperson (keyboard only)."""
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def staff_ids(self) -> list[int]:
        """The ticked salespeople, in order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(_ID) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, staff_id: int, checked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(_ID) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)
