"""A deal's change requests, newest first: what was asked and why, by whom and when, what it
does, how it was decided (by whom, with what note) and — once applied — the deal before and
after. An approved area settlement offers its printed notice.

Signals:
    print_requested(object): the user asked for the settlement notice of this ChangeRow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.deals import labels
from app.ui.deals.change_text import before_after, describe

STATUS_COLOURS = {"pending": "#b26a00", "approved": "#2e7d32", "rejected": "#c62828"}


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class ChangeHistory(QFrame):
    print_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_history")
        self.setProperty("card", True)
        self.title = QLabel()
        self.title.setProperty("section", True)
        self.empty = QLabel()
        self.empty.setProperty("muted", True)
        self.column = QVBoxLayout()
        self.column.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.column)
        self.changes: list = []
        self._texts: list[str] = []
        self.print_buttons: dict[int, QPushButton] = {}
        self._retranslate()

    def set_changes(self, changes: list) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.changes = list(changes)
        self._texts = []
        self.print_buttons = {}
        for change in self.changes:
            self.column.addWidget(self._entry(change))
        self.empty.setVisible(not self.changes)

    def texts(self) -> list[str]:
        """Each entry's text as shown (tests, screen readers)."""
        return list(self._texts)

    def _entry(self, change: Any) -> QFrame:
        frame = QFrame()
        frame.setObjectName("change_entry")
        frame.setStyleSheet("QFrame#change_entry { border: none; border-top: 1px solid "
                            "#eef1f5; }")
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(4)
        colour = STATUS_COLOURS.get(change.status, "#44505e")
        head = QLabel(self.tr("<b>{kind}</b> · <span style='color:{colour}'>{status}</span>"
                              " · {who} {when}").format(
            kind=labels.change_kind_name(change.kind), colour=colour,
            status=labels.change_status_name(change.status), who=change.requested_by,
            when=_when(change.requested_at)))
        head.setTextFormat(Qt.TextFormat.RichText)
        lines = [self.tr("Reason: {reason}").format(reason=change.reason),
                 *describe(change.kind, change.request)]
        if change.decided_at:
            decided = self.tr("Decided by {who} on {when}").format(
                who=change.decided_by, when=_when(change.decided_at))
            if change.decision_note:
                decided += self.tr(": {note}").format(note=change.decision_note)
            lines.append(decided)
        body = QLabel("\n".join(lines))
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(head)
        column.addWidget(body)
        compared = before_after(change.before, change.after) \
            if change.status == "approved" else []
        if compared:
            column.addLayout(self._comparison(compared))
        text = "\n".join([head.text(), *lines,
                          *(f"{what}: {old} → {new}" for what, old, new in compared)])
        if change.kind == "area_settlement" and change.status == "approved":
            button = QPushButton(self.tr("Print settlement notice…"))
            button.setObjectName("print_settlement")
            button.clicked.connect(lambda: self.print_requested.emit(change))
            self.print_buttons[change.id] = button
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._texts.append(text)
        return frame

    def _comparison(self, rows: list[tuple[str, str, str]]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for r, (what, old, new) in enumerate(rows):
            for c, text in enumerate((what, old, "→", new)):
                label = QLabel(text)
                label.setWordWrap(c in (1, 3))
                if c == 0:
                    label.setProperty("muted", True)
                if c == 1:
                    label.setStyleSheet("color: #8a95a3; text-decoration: line-through;")
                grid.addWidget(label, r, c)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Changes"))
        self.empty.setText(self.tr("No change was requested."))
