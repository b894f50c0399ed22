"""Showing errors: a known refusal (`UserError`) becomes a translated sentence; anything else
is a bug, logged with its traceback and shown with the log file's path — never a traceback
on screen.

`app.services.errors` (and with it SQLAlchemy) is imported only when an error is shown: by
then the service that raised it has loaded it anyway, and the login window stays light.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.common.logging_setup import log_file_path

if TYPE_CHECKING:
    from app.services.errors import UserError

_log = logging.getLogger(__name__)
MESSAGES_CONTEXT = "Messages"


def user_message(error: UserError) -> str:
    """The error's text in the current language, with its {params} filled in."""
    from app.ui.common.labels import display_params

    text = QCoreApplication.translate(MESSAGES_CONTEXT, error.text) or error.text
    params = display_params(error.params)
    for template in (text, error.text):  # a broken translation falls back to English
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return text  # parameters missing: the sentence with its {placeholders} beats nothing


def is_user_error(error: BaseException) -> bool:
    from app.services.errors import UserError

    return isinstance(error, UserError)


def bug_message() -> str:
    """What the user reads when something unexpected failed: where the details are."""
    return QCoreApplication.translate(
        "Errors",
        "An unexpected error happened. The details were written to the log file:\n{path}\n"
        "Please send this file to your administrator.").format(path=log_file_path())


def describe_error(error: BaseException) -> str:
    """The sentence to show for any exception, in the current language (no logging)."""
    if is_user_error(error):
        return user_message(error)  # type: ignore[arg-type]
    return bug_message()


def error_text(error: BaseException) -> str:
    """Like `describe_error`, and a bug's traceback goes to the log file: call once per error."""
    if not is_user_error(error):
        _log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return describe_error(error)


def error_box(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A message box for `error`, not yet shown (tests inspect it; `show_error` runs it)."""
    known = is_user_error(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "EstateDesk")
                       if known else
                       QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show `error` modally: a translated refusal, or the bug dialog with the log path."""
    error_box(parent, error).exec()
