"""今日待跟进 on the home screen of a salesperson or manager: their own customers whose next
contact date is today or past, most overdue first, overdue days in red. Double-click opens
the customer to record the call. Refreshes whenever customers change on this desk."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers import labels
from app.ui.customers.events import customer_events
from app.ui.customers.field_errors import message_of

OVERDUE = QColor("#c62828")
_ID = Qt.ItemDataRole.UserRole


class DueFollowupsPanel(QFrame):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("due_followups")
        self.setStyleSheet(
            "QFrame#due_followups { background: #ffffff; border: 1px solid #d9dee5;"
            " border-radius: 6px; }"
            "QLabel#due_title { font-size: 13pt; font-weight: 600; color: #1f4e79; }"
            "QLabel#due_count { background: #c62828; color: white; border-radius: 9px;"
            " padding: 1px 8px; font-weight: 600; }"
            "QTableWidget { border: none; }"
            "QTableWidget::item { padding: 0 6px; }"
            "QHeaderView::section { background: #f0f3f7; border: none; padding: 5px 8px;"
            " font-weight: 600; color: #44505e; }")
        self.context = context
        self.items: list = []
        icon = QLabel()
        icon.setPixmap(qta.icon("fa6s.calendar-check", color="#1f4e79").pixmap(20, 20))
        self.title = QLabel()
        self.title.setObjectName("due_title")
        self.count = QLabel()
        self.count.setObjectName("due_count")
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #6b7785; padding: 8px 0;")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("due_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a day's list
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        customer_events().customers_changed.connect(self.reload)
        self._retranslate()
        self.reload()

    def reload(self) -> None:
        from app.services.followups import due_followups

        engine = self.context.login.engine
        self.context.runner.run(f"due-followups-{id(self)}",
                                lambda: due_followups(engine, dt.date.today()), self._show,
                                lambda error: self.empty.setText(message_of(error)))

    def open_row(self, row: int) -> Any:
        """Open the customer in `row` (double-click); returns the dialog."""
        from app.ui.customers.detail_dialog import CustomerDetailDialog

        if not 0 <= row < len(self.items):
            return None
        self.detail = CustomerDetailDialog(self.context, self.items[row].customer_id,
                                           parent=self)
        self.detail.open()
        return self.detail

    def _show(self, items: list) -> None:
        self.items = list(items)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Due for follow-up today"))
        self.count.setText(str(len(self.items)))
        self.count.setVisible(bool(self.items))
        self.empty.setText(self.tr("Nothing is due today."))
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        self.table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Grade"),
                                              self.tr("Due on"), self.tr("Overdue"),
                                              self.tr("Last contact")])
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            late = (self.tr("%n day(s)", "", item.overdue_days) if item.overdue_days
                    else self.tr("due today"))
            cells = (item.name, item.grade or "—", labels.date_text(item.next_contact_on),
                     late, labels.datetime_text(item.last_contact_at) or "—")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, item.customer_id)
                if column in (2, 3) and item.overdue_days:
                    cell.setForeground(OVERDUE)
                    font = cell.font()
                    font.setBold(column == 3)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
