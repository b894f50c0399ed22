"""Choosing the database: this computer's embedded one, or the office server.

Errors in the address are shown inline under the fields (not in a pop-up), and the choice
is saved to QSettings only when it is valid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.login.connection_settings import (
    DEFAULT_DATABASE,
    AddressProblem,
    ConnectionChoice,
    Mode,
    check_office_address,
    load_connection,
    save_connection,
)

ERROR_STYLE = "color: #c0392b;"
HINT_STYLE = "color: #666666;"


class ConnectionDialog(QDialog):
    """Edit and save a `ConnectionChoice`; read it back with `choice()` after `accept()`."""

    def __init__(self, parent: QWidget | None = None, choice: ConnectionChoice | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        initial = choice or load_connection(settings)
        self._choice = initial
        self._problem: AddressProblem | None = None

        self.embedded_radio = QRadioButton()
        self.embedded_hint = QLabel()
        self.office_radio = QRadioButton()
        self.office_hint = QLabel()
        for hint in (self.embedded_hint, self.office_hint):
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            hint.setContentsMargins(22, 0, 0, 6)
        group = QButtonGroup(self)
        group.addButton(self.embedded_radio)
        group.addButton(self.office_radio)

        self.server_edit = QLineEdit(initial.server)
        self.server_edit.setObjectName("server")
        self.database_edit = QLineEdit(initial.database or DEFAULT_DATABASE)
        self.database_edit.setObjectName("database")
        self._server_label = QLabel()
        self._database_label = QLabel()
        form = QFormLayout()
        form.setContentsMargins(22, 0, 0, 0)
        form.addRow(self._server_label, self.server_edit)
        form.addRow(self._database_label, self.database_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.embedded_radio, self.embedded_hint, self.office_radio,
                       self.office_hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        (self.embedded_radio if initial.embedded else self.office_radio).setChecked(True)
        self.embedded_radio.toggled.connect(self._update_enabled)
        self.server_edit.textEdited.connect(self._clear_error)
        self.database_edit.textEdited.connect(self._clear_error)
        self._update_enabled()
        self.setMinimumWidth(460)
        self._retranslate()

    def choice(self) -> ConnectionChoice:
        return self._choice

    def accept(self) -> None:
        """Validate; on success save to QSettings and close, else explain inline."""
        mode = Mode.EMBEDDED if self.embedded_radio.isChecked() else Mode.OFFICE
        server, database = self.server_edit.text().strip(), self.database_edit.text().strip()
        if mode is Mode.OFFICE:
            _address, problem = check_office_address(server, database)
            if problem is not None:
                self._show_problem(problem)
                return
        self._choice = ConnectionChoice(mode, server, database or DEFAULT_DATABASE)
        save_connection(self._choice, self._settings)
        super().accept()

    def _show_problem(self, problem: AddressProblem) -> None:
        self._problem = problem
        self.error_label.setText(self._problem_text(problem))
        self.error_label.show()
        field = self.database_edit if problem is AddressProblem.NO_DATABASE else self.server_edit
        field.setFocus()
        field.selectAll()

    def _problem_text(self, problem: AddressProblem) -> str:
        return {
            AddressProblem.EMPTY: self.tr("Enter the server's name or IP address."),
            AddressProblem.BAD_PORT: self.tr("The port must be a number from 1 to 65535."),
            AddressProblem.BAD_FORMAT: self.tr(
                "This is not a valid server address. Type HOST or HOST:PORT, "
                "for example 192.168.1.20 or db.office.local:5432."),
            AddressProblem.NO_DATABASE: self.tr("Enter the database name."),
        }[problem]

    def _clear_error(self) -> None:
        self._problem = None
        self.error_label.hide()

    def _update_enabled(self) -> None:
        office = self.office_radio.isChecked()
        for widget in (self.server_edit, self.database_edit, self._server_label,
                       self._database_label):
            widget.setEnabled(office)
        if office and not self.server_edit.text():
            self.server_edit.setFocus()
        self._clear_error()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connection"))
        self.embedded_radio.setText(self.tr("This computer (embedded database)"))
        self.embedded_hint.setText(self.tr(
            "For trying EstateDesk, training, or a single-desk office. "
            "The data stays on this computer."))
        self.office_radio.setText(self.tr("Office server"))
        self.office_hint.setText(self.tr(
            "The sales office's shared PostgreSQL server. Ask your administrator "
            "for its address."))
        self._server_label.setText(self.tr("Server (host[:port]):"))
        self._database_label.setText(self.tr("Database:"))
        self.server_edit.setPlaceholderText(self.tr("e.g. 192.168.1.20 or db.office.local:5432"))
        if self._problem is not None:
            self.error_label.setText(self._problem_text(self._problem))
