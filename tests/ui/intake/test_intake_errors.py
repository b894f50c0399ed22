"""A refused intake shows the translated reason at the field the service names, highlights
that field and puts the cursor there — and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.intake.keyboard import type_text


def submit(qtbot, screen) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen._runner.is_busy(), timeout=10_000)


@pytest.mark.parametrize("case", [
    ("12345", "张三", "", "phone", "电话号码"),
    ("13800138000", "张三😀", "", "name", "😀"),
    ("13800138000", "张三", "-5", "budget", "负"),
    ("62345678", "张三", "", "phone", "区号"),
], ids=["bad-phone", "emoji-name", "negative-budget", "landline-without-area-code"])
def test_bad_input_is_shown_at_its_field_and_nothing_is_saved(
        qtbot, open_intake, roster, count_customers, case):
    phone, name, budget, field, words = case
    screen = open_intake("reception")
    type_text(qtbot, screen.phone, phone)
    type_text(qtbot, screen.form.name, name)
    type_text(qtbot, screen.form.budget, budget)
    submit(qtbot, screen)
    assert screen.errors.current == field
    shown = screen.errors.text_at(field)
    assert shown and words in shown       # the Chinese sentence from the .qm (or the char)
    widget = screen.phone if field == "phone" else getattr(screen.form, field)
    assert widget.property("invalid") is True
    assert QApplication.focusWidget() is widget
    assert not screen.banner.isVisible()
    assert count_customers() == 0
    type_text(qtbot, screen.phone, "")            # a correction clears the marks on save
    screen.clear()
    assert screen.errors.current is None and widget.property("invalid") is False


def test_area_range_error_marks_the_upper_bound(qtbot, open_intake, roster, count_customers):
    screen = open_intake("reception")
    type_text(qtbot, screen.phone, "13800138000")
    type_text(qtbot, screen.form.name, "张三")
    type_text(qtbot, screen.form.area_min, "120")
    type_text(qtbot, screen.form.area_max, "90")
    submit(qtbot, screen)
    assert screen.errors.current == "area_max"
    assert screen.form.area_max.property("invalid") is True
    assert count_customers() == 0


def test_no_rotation_is_said_in_the_banner(qtbot, open_intake, count_customers):
    screen = open_intake("reception")
    assert screen.rotation.empty.isVisible()
    type_text(qtbot, screen.phone, "13800138000")
    type_text(qtbot, screen.form.name, "张三")
    submit(qtbot, screen)
    assert screen.errors.current is None
    assert screen.banner.isVisible() and screen.banner.property("banner") == "error"
    assert "轮岗" in screen.banner.text() or "rotation" in screen.banner.text()
    assert count_customers() == 0
