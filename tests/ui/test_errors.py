"""Known refusals are shown translated with their parameters; anything else is a bug shown
with the log file's path, and its traceback lands in that file."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from app.services.errors import ErrorKind, UserError
from app.ui.common import i18n
from app.ui.common.errors import bug_message, error_box, user_message
from app.ui.common.logging_setup import configure_logging, log_file_path


def test_user_message_translates_and_fills_params():
    error = UserError(ErrorKind.NOT_ALLOWED,
                      "Your role is not allowed to do this (it needs: {roles}).",
                      {"roles": "finance"})
    assert user_message(error) == "您的岗位无权进行此操作（需要：finance）。"
    i18n.install_language("en")
    assert user_message(error) == "Your role is not allowed to do this (it needs: finance)."


def test_user_message_survives_missing_params_and_unknown_text():
    error = UserError(ErrorKind.RULE, "Login \"{login}\" is reserved.", {})
    assert user_message(error) == "登录名“{login}”为系统保留，不能使用。"
    unknown = UserError(ErrorKind.RULE, "Some new database text {x}", {"x": 1})
    assert user_message(unknown) == "Some new database text 1"


def test_error_box_for_a_user_error_shows_the_translated_text(qtbot):
    box = error_box(None, UserError(ErrorKind.BAD_PASSWORD, "Wrong user name or password."))
    qtbot.addWidget(box)
    assert box.text() == "用户名或密码错误。"
    assert box.icon() == QMessageBox.Icon.Warning


def test_error_box_for_a_bug_names_the_log_file_and_logs_the_traceback(qtbot, tmp_path):
    path = configure_logging()
    assert path == tmp_path / "logs" / "estatedesk.log" == log_file_path()
    try:
        {}["missing"]
    except KeyError as error:
        box = error_box(None, error)
    qtbot.addWidget(box)
    logging.getLogger().handlers[-1].flush()
    assert str(path) in box.text()
    assert box.text() == bug_message()
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError: 'missing'" in path.read_text(encoding="utf-8")


def test_status_and_role_codes_are_shown_by_name(qapp):
    from app.services.messages import RULE_MESSAGES

    error = UserError(ErrorKind.RULE, RULE_MESSAGES["unit_status_transition"],
                      {"unit": "1-2-1502", "status": "held", "to": "pencilled",
                       "by": "jingli"}, key="unit_status_transition")
    text = user_message(error)
    assert "1-2-1502" in text and "jingli" in text
    assert "销控" in text and "预留" in text and "held" not in text
    roles = UserError(ErrorKind.NOT_ALLOWED, RULE_MESSAGES["role_required"],
                      {"roles": ["sales_manager"]}, key="role_required")
    assert "销售经理" in user_message(roles)
    assert "sales_manager" in roles.english()
