"""The connection dialog refuses bad addresses inline and remembers good ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.ui.login.connection_dialog import ConnectionDialog
from app.ui.login.connection_settings import (
    AddressProblem,
    ConnectionChoice,
    Mode,
    check_office_address,
    load_connection,
    save_connection,
)


@pytest.fixture
def dialog(qtbot):
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_office(dialog, server: str, database: str = "estatedesk") -> None:
    dialog.office_radio.setChecked(True)
    dialog.server_edit.setText(server)
    dialog.database_edit.setText(database)


def test_defaults_to_embedded_with_office_fields_disabled(dialog):
    assert dialog.embedded_radio.isChecked()
    assert not dialog.server_edit.isEnabled()
    assert dialog.embedded_radio.text() == "本机（内置数据库）"


def test_bad_port_is_refused_with_a_message(dialog, temp_settings):
    choose_office(dialog, "192.168.1.20:99999")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "端口必须是 1 到 65535 之间的数字。"
    assert temp_settings.value("connection/mode") is None


@pytest.mark.parametrize(("server", "database", "problem"), [
    ("", "estatedesk", AddressProblem.EMPTY),
    ("db:port", "estatedesk", AddressProblem.BAD_PORT),
    ("db:0", "estatedesk", AddressProblem.BAD_PORT),
    ("[::1", "estatedesk", AddressProblem.BAD_FORMAT),
    ("db", "  ", AddressProblem.NO_DATABASE),
])
def test_check_office_address_names_the_problem(server, database, problem):
    assert check_office_address(server, database) == (None, problem)


def test_check_office_address_parses_good_ones():
    address, problem = check_office_address(" db.office.local:6543 ", "sales")
    assert problem is None
    assert (address.host, address.port, address.database) == ("db.office.local", 6543, "sales")
    assert check_office_address("[::1]:5433", "x")[0].port == 5433


def test_the_error_goes_away_when_the_user_edits(dialog):
    choose_office(dialog, "")
    dialog.accept()
    assert dialog.error_label.text() == "请输入服务器名称或 IP 地址。"
    dialog.server_edit.textEdited.emit("d")
    assert not dialog.error_label.isVisibleTo(dialog)


def test_valid_office_server_is_saved_to_qsettings(qtbot, dialog, temp_settings):
    choose_office(dialog, "10.0.0.5:6543", "sales_office")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.choice() == ConnectionChoice(Mode.OFFICE, "10.0.0.5:6543", "sales_office")
    assert temp_settings.value("connection/mode") == "office"
    assert temp_settings.value("connection/server") == "10.0.0.5:6543"
    assert temp_settings.value("connection/database") == "sales_office"
    assert load_connection() == dialog.choice()
    assert dialog.choice().address().label() == "10.0.0.5:6543/sales_office"


def test_reopening_shows_the_saved_choice(qtbot):
    save_connection(ConnectionChoice(Mode.OFFICE, "db1", "crm"))
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    assert dialog.office_radio.isChecked()
    assert (dialog.server_edit.text(), dialog.database_edit.text()) == ("db1", "crm")


def test_load_connection_tolerates_garbage(temp_settings):
    temp_settings.setValue("connection/mode", "satellite")
    temp_settings.setValue("connection/database", "")
    assert load_connection(QSettings()) == ConnectionChoice(Mode.EMBEDDED, "", "estatedesk")
