"""Typing as a person at the front desk does: ASCII through key events, Chinese through the
input method's commit (QTest cannot synthesise key events for non-Latin-1 characters)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` into `widget`: runs of ASCII as key clicks, the rest as IME commits."""
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def type_in_focus(qtbot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def press(qtbot, key, times: int = 1) -> None:
    """Press `key` where the keyboard focus is (as many times as asked)."""
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)
