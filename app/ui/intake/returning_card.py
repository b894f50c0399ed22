"""A returning visitor, as the front desk may see them (masked name and phone, their
salesperson): shown the moment the phone number matches, so the receptionist hands them to
the salesperson they already have instead of registering them twice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.customers import labels


class ReturningCard(QFrame):
    """Signals:
        log_visit_requested(): the user wants a visit logged for this customer.
    """

    log_visit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("returning_card")
        self.setStyleSheet("QFrame#returning_card { background: #fff8e1; border: 1px solid "
                           "#ffd27a; border-radius: 8px; }"
                           "QLabel#returning_name { font-size: 14pt; font-weight: 600; }")
        self.hit = None
        self.others = 0
        icon = QLabel()
        icon.setPixmap(qta.icon("fa6s.user-check", color="#b26a00").pixmap(30, 30))
        self.heading = QLabel()
        self.heading.setProperty("muted", True)
        self.name_label = QLabel()
        self.name_label.setObjectName("returning_name")
        self.details = QLabel()
        self.log_button = QPushButton(qta.icon("fa6s.clipboard-check", color="#b26a00"), "")
        self.log_button.setObjectName("log_visit")
        self.log_button.setStyleSheet(
            "QPushButton#log_visit { background: white; color: #8a5200; border: 1px solid"
            " #f0b85a; border-radius: 4px; padding: 6px 14px; font-weight: 600; }"
            "QPushButton#log_visit:hover { background: #fff1d6; }")
        self.log_button.clicked.connect(self.log_visit_requested)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.heading)
        text.addWidget(self.name_label)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(14)
        row.addWidget(icon)
        row.addLayout(text, 1)
        row.addWidget(self.log_button)
        self._retranslate()

    def set_hit(self, hit, others: int = 0) -> None:  # noqa: ANN001 — a LookupHit or None
        """Show `hit` (hidden when None); `others`: further customers with this phone."""
        self.hit, self.others = hit, others
        self.setVisible(hit is not None)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Returning customer — already registered"))
        self.log_button.setText(self.tr("Log a visit"))
        hit = self.hit
        if hit is None:
            return
        self.name_label.setText(f"{hit.masked_name}    {hit.masked_phone}")
        parts = [self.tr("Consultant: {name}").format(name=hit.salesperson or "—"),
                 labels.label(labels.STATUSES, hit.status)]
        if hit.grade:
            parts.append(self.tr("Grade {grade}").format(grade=hit.grade))
        if self.others:
            parts.append(self.tr("{n} more with this phone").format(n=self.others))
        self.details.setText("  ·  ".join(parts))
