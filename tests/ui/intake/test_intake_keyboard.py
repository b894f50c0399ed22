"""The intake form driven with the keyboard only: a walk-in is registered with the phone,
Tab and Enter, handed to the next salesperson on the rotation, and the form is ready for the
next visitor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import customers, intake
from tests.ui.intake.keyboard import press, type_in_focus, type_text


def wait_lookup(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: not screen._timer.isActive()
                    and not screen._runner.is_busy("intake-lookup"), timeout=5000)


def test_keyboard_only_walk_in_goes_to_the_next_on_duty(qtbot, open_intake, roster,
                                                        manager_engine, count_customers):
    screen = open_intake("reception")
    assert screen.rotation.names_in_order() == ["顾问甲", "顾问乙"]
    assert QApplication.focusWidget() is screen.phone
    type_in_focus(qtbot, "138 0013 8000")
    wait_lookup(qtbot, screen)
    assert screen.hit is None and screen.form.name.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.form.name
    type_in_focus(qtbot, "张三")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)                       # gender: 男
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.form.visit_type
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down, 2)                    # channel: the second in the list
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down, 3)                    # purpose: 改善
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "三室两厅")
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "89")
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "120")
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "350.5")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.form.party_size
    type_in_focus(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "想看南向")
    with qtbot.waitSignal(screen.visit_registered, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_Return)
    result = saved.args[0]
    assert result.is_new and result.staff_name == "顾问甲"
    assert "张三" in screen.banner.text() and "顾问甲" in screen.banner.text()
    assert screen.banner.isVisible()
    assert screen.phone.text() == "" and screen.form.name.text() == ""
    assert QApplication.focusWidget() is screen.phone
    form = customers.load_form(manager_engine, result.customer_id)
    assert (form.name, form.gender, form.phone) == ("张三", "M", "+8613800138000")
    assert (form.purpose, form.wanted_layout, form.budget_wan) == ("upgrade", "三室两厅", "350.5")
    assert (form.wanted_area_min, form.wanted_area_max) == ("89.00", "120.00")
    assert form.channel_id == intake.channels(manager_engine)[1].id
    assert count_customers() == 1

    type_in_focus(qtbot, "13900139000")                 # the next visitor: 顾问乙's turn
    press(qtbot, Qt.Key.Key_Tab)
    type_in_focus(qtbot, "李四")
    with qtbot.waitSignal(screen.visit_registered, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_Enter)
    assert saved.args[0].staff_name == "顾问乙"
    assert count_customers() == 2


def test_enter_right_after_typing_waits_for_the_lookup(qtbot, open_intake, roster,
                                                       count_customers):
    screen = open_intake("reception")
    intake.register_visit(screen._engine, intake.VisitForm(phone="13812345678", name="欧阳娜娜"))
    qtbot.keyClicks(screen.phone, "13812345678")
    with qtbot.waitSignal(screen.visit_registered, timeout=10_000) as saved:
        qtbot.keyClick(screen.phone, Qt.Key.Key_Return)  # before the 250 ms lookup fired
    assert not saved.args[0].is_new
    assert count_customers() == 1


def test_escape_clears_the_form(qtbot, open_intake, roster):
    screen = open_intake("reception")
    qtbot.keyClicks(screen.phone, "1380013")
    qtbot.keyClick(screen.phone, Qt.Key.Key_Tab)
    type_text(qtbot, screen.form.name, "王五")
    qtbot.keyClick(screen.form.name, Qt.Key.Key_Escape)
    assert screen.phone.text() == "" and screen.form.name.text() == ""
    assert QApplication.focusWidget() is screen.phone
