"""A customer's history, newest first: visits and calls, follow-ups (how, what, the result
and the next date) and changes of salesperson — one card each, with its icon, what happened,
who and when. It is what a salesperson reads before picking up the phone."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.customers import labels

ICONS = {"visit": ("fa6s.person-walking", "#2f6db5"), "call": ("fa6s.phone", "#2f6db5"),
         "revisit": ("fa6s.rotate-left", "#2f6db5"), "assignment": ("fa6s.user-tag", "#8a6d3b"),
         "followup": ("fa6s.comments", "#2e7d32")}
METHOD_ICONS = {"visit": "fa6s.handshake", "call": "fa6s.phone", "wechat": "fa6b.weixin",
                "sms": "fa6s.comment-sms", "other": "fa6s.comment"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CSS = ("QScrollArea#timeline { background: #ffffff; border: 1px solid #dde3ea;"
       " border-radius: 8px; }"
       "QWidget#timeline_body { background: #ffffff; }"
       "QFrame#timeline_entry { border: none; border-bottom: 1px solid #eef1f5; }"
       "QLabel#entry_headline { font-weight: 600; color: #1f3a5f; }"
       "QLabel#entry_time { color: #8a95a3; }"
       "QLabel#entry_body { color: #333b45; }")


class TimelineList(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setStyleSheet(CSS)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries: list = []
        self._texts: list[str] = []
        self.body = QWidget()
        self.body.setObjectName("timeline_body")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(12, 6, 12, 6)
        self.column.setSpacing(0)
        self.setWidget(self.body)
        self._fill()

    def set_entries(self, entries: list) -> None:
        """TimelineEntry rows, newest first."""
        self.entries = list(entries)
        self._fill()

    def kinds(self) -> list[str]:
        return [e.kind for e in self.entries]

    def texts(self) -> list[str]:
        """Each card's text (headline, time and body lines), newest first."""
        return list(self._texts)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def _fill(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._texts = []
        if not self.entries:
            empty = QLabel(self.tr("No visits or follow-ups yet."))
            empty.setStyleSheet("color: #8a95a3; padding: 10px 0;")
            self.column.addWidget(empty)
        for entry in self.entries:
            self.column.addWidget(self._card(entry))
        self.column.addStretch(1)

    def _card(self, entry) -> QFrame:  # noqa: ANN001 — TimelineEntry
        import qtawesome as qta

        name, colour = ICONS.get(entry.kind, ("fa6s.circle", "#6b7785"))
        if entry.kind == "followup":
            name = METHOD_ICONS.get(entry.method or "", name)
        card = QFrame()
        card.setObjectName("timeline_entry")
        icon = QLabel()
        icon.setPixmap(qta.icon(name, color=colour).pixmap(22, 22))
        headline = QLabel(self._headline(entry))
        headline.setObjectName("entry_headline")
        headline.setWordWrap(True)
        when = QLabel(labels.datetime_text(entry.at))
        when.setObjectName("entry_time")
        lines = [line for line in self._body(entry) if line]
        body = QLabel("\n".join(lines))
        body.setObjectName("entry_body")
        body.setWordWrap(True)
        body.setVisible(bool(lines))
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(card)
        grid.setContentsMargins(0, 10, 0, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.addWidget(icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(headline, 0, 1)
        grid.addWidget(when, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(body, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._texts.append("\n".join([headline.text(), when.text(), *lines]))
        return card

    def _headline(self, entry) -> str:  # noqa: ANN001 — TimelineEntry
        staff = entry.staff or "—"
        if entry.kind in labels.VISIT_TYPES:
            return self.tr("{what} · {staff}").format(
                what=labels.label(labels.VISIT_TYPES, entry.kind), staff=staff)
        if entry.kind == "followup":
            return self.tr("Follow-up ({method}) · {staff}").format(
                method=labels.label(labels.METHODS, entry.method), staff=staff)
        if entry.kind == "assignment":
            if entry.detail:
                return self.tr("Reassigned from {old} to {new}").format(old=entry.detail,
                                                                       new=staff)
            return self.tr("Assigned to {staff}").format(staff=staff)
        return entry.kind

    def _body(self, entry) -> list[str]:  # noqa: ANN001 — TimelineEntry
        if entry.kind == "assignment":
            reason = labels.label(labels.ASSIGNMENT_REASONS, entry.text)
            return [self.tr("Reason: {reason}").format(reason=reason)] if reason else []
        if entry.kind == "followup":
            result, _, next_on = (entry.detail or "").rpartition(" → ")
            if not _DATE.fullmatch(next_on):
                result, next_on = entry.detail or "", ""
            return [entry.text or "",
                    self.tr("Result: {result}").format(result=result) if result else "",
                    self.tr("Next contact: {date}").format(date=next_on) if next_on else ""]
        party = self.tr("Party of {n}").format(n=entry.detail) if entry.detail else ""
        return [entry.text or "", party]
