"""The first screen after login: whom the client thinks you are, with which roles, on which
database, today — so a wrong account or server is noticed before any work is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.statuses import Role
from app.ui.common.labels import role_names, server_text

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext


class HomeScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self._session = context.session
        self.welcome = QLabel()
        self.welcome.setObjectName("welcome")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.card = QFrame()
        self.card.setObjectName("card")
        self._labels = [QLabel() for _ in range(4)]
        self.login_value = QLabel(self._session.login)
        self.roles_value = QLabel()
        self.server_value = QLabel()
        self.date_value = QLabel()
        form = QFormLayout(self.card)
        form.setContentsMargins(20, 16, 20, 16)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(24)
        for label, value in zip(self._labels, (self.login_value, self.roles_value,
                                               self.server_value, self.date_value), strict=True):
            form.addRow(label, value)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#welcome { font-size: 20pt; font-weight: 600; color: #1f4e79; }"
            "QFrame#card { background: #ffffff; border: 1px solid #d9dee5; border-radius: 6px; }"
            "QLabel#hint { color: #666666; }")
        for widget in (self.intro, self.card, self.hint):
            widget.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(14)
        layout.addWidget(self.welcome)
        layout.addWidget(self.intro)
        layout.addWidget(self.card)
        self.followups = None
        if self._session.has(Role.SALES, Role.SALES_MANAGER):  # those who follow customers up
            from app.ui.customers.due_followups_panel import DueFollowupsPanel

            self.followups = DueFollowupsPanel(context)
            self.followups.setMaximumWidth(760)
            layout.addWidget(self.followups, 1)
        layout.addWidget(self.hint)
        layout.addStretch(0 if self.followups else 1)  # the list takes the room there is
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        session = self._session
        self.welcome.setText(self.tr("Welcome, {name}").format(name=session.full_name))
        self.intro.setText(self.tr("You are logged in to EstateDesk. Please check that the "
                                   "account and the database below are the right ones."))
        for label, text in zip(self._labels, (self.tr("User name:"), self.tr("Roles:"),
                                              self.tr("Database:"), self.tr("Today:")),
                               strict=True):
            label.setText(text)
        self.roles_value.setText(role_names(session.roles))
        self.server_value.setText(server_text(session.server_label))
        self.date_value.setText(QLocale().toString(QDate.currentDate(),
                                                   QLocale.FormatType.LongFormat))
        self.hint.setText(self.tr("Choose a screen in the list on the left. The list shows "
                                  "the screens your roles may use."))
