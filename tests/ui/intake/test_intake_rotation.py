"""Returning visitors, the day's rotation panel, the manager's roster dialog and pick, and
the screen opening for every role that sees it."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from app.services import intake
from app.ui.intake.visit_form import PICK, ROTATION, SELF
from tests.ui.intake.keyboard import type_text


def wait_idle(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: not screen._timer.isActive() and not screen._runner.is_busy(),
                    timeout=10_000)


def test_a_returning_phone_shows_the_customer_and_logs_a_visit(qtbot, open_intake, roster,
                                                               count_customers, clone):
    screen = open_intake("reception")
    intake.register_visit(screen._engine, intake.VisitForm(phone="13812345678", name="欧阳娜娜"))
    type_text(qtbot, screen.phone, "138-1234-5678")
    wait_idle(qtbot, screen)
    card = screen.returning
    assert card.isVisible() and screen.hit is not None
    assert "欧***" in card.name_label.text() and "138****5678" in card.name_label.text()
    assert "顾问甲" in card.details.text()
    assert not screen.form.name.isVisible() and screen.form.visit_type.isVisible()
    screen.form.visit_type.setCurrentIndex(2)          # 回访
    with qtbot.waitSignal(screen.visit_registered, timeout=10_000) as saved:
        card.log_button.click()
    assert not saved.args[0].is_new and saved.args[0].staff_name == "顾问甲"
    assert "欧***" in screen.banner.text()
    assert count_customers() == 1
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        kinds = conn.execute(sa.text("SELECT visit_type::text FROM estatedesk.visits "
                                     "ORDER BY id")).scalars().all()
    engine.dispose()
    assert kinds == ["visit", "revisit"]


def test_manager_sets_the_order_in_the_roster_dialog(qtbot, open_intake, roster,
                                                     manager_engine):
    screen = open_intake("manager")
    assert screen.rotation.edit_button.isVisible()
    screen.rotation.edit_button.click()
    dialog = screen.roster_dialog
    assert [dialog.list.item(i).text() for i in range(2)] == ["顾问甲", "顾问乙"]
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.staff_ids() == [roster["顾问乙"], roster["顾问甲"]]
    dialog.down_button.click()                          # and back down again, by button
    dialog.up_button.click()
    dialog.set_checked(roster["顾问甲"], False)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: screen.rotation.names_in_order() == ["顾问乙"], timeout=10_000)
    assert [c.name for c in intake.duty_roster(manager_engine, dt.date.today())] == ["顾问乙"]


def test_manager_picks_another_salesperson(qtbot, open_intake, roster):
    screen = open_intake("manager")
    combo = screen.form.assignee
    assert screen.form.assign_mode == PICK and combo.isVisible()
    assert combo.itemData(0) is None                    # the rotation comes first
    combo.setCurrentIndex(combo.findData(roster["顾问乙"]))
    type_text(qtbot, screen.phone, "13700137000")
    type_text(qtbot, screen.form.name, "赵六")
    with qtbot.waitSignal(screen.visit_registered, timeout=10_000) as saved:
        screen.save()
    assert saved.args[0].staff_name == "顾问乙"        # not 顾问甲, who is next on duty


def test_next_on_duty_is_named_when_the_database_lets_the_desk_ask(qtbot, open_intake, roster,
                                                                   clone):
    """estatedesk.next_on_duty() is not granted to staff roles in this schema; with the grant
    (and SECURITY DEFINER, as it reads visits the front desk may not), the panel and the form
    name who is next. Without it the screen says "the next on the rotation" instead."""
    engine = clone.superuser_engine()
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER FUNCTION estatedesk.next_on_duty(date) SECURITY DEFINER"))
        conn.execute(sa.text("GRANT EXECUTE ON FUNCTION estatedesk.next_on_duty(date) TO "
                             "estatedesk_receptionist, estatedesk_sales_manager"))
    engine.dispose()
    screen = open_intake("reception")
    assert screen.rotation.next_name() == "顾问甲"
    assert "顾问甲" in screen.form.assignee_label.text()
    type_text(qtbot, screen.phone, "13600136000")
    type_text(qtbot, screen.form.name, "钱七")
    with qtbot.waitSignal(screen.visit_registered, timeout=10_000):
        screen.save()
    qtbot.waitUntil(lambda: screen.rotation.next_name() == "顾问乙", timeout=10_000)


@pytest.mark.parametrize("key,mode", [("reception", ROTATION), ("sales1", SELF),
                                      ("manager", PICK), ("admin", PICK)])
def test_intake_opens_for_every_role_that_sees_it(qtbot, open_intake, roster, key, mode):
    screen = open_intake(key)
    assert screen.form.assign_mode == mode
    assert screen.form.channel.count() > 1
    assert screen.rotation.names_in_order() == ["顾问甲", "顾问乙"]
    assert screen.rotation.edit_button.isVisible() == (mode == PICK)
    assert not screen.banner.isVisible()


def test_the_language_switch_reaches_the_intake_screen(qtbot, open_intake, roster):
    from app.ui.common import i18n

    screen = open_intake("reception")
    chinese = screen.title.text()
    i18n.install_language("en")
    assert screen.title.text() == "Walk-in intake" != chinese
    assert screen.save_button.text() == "Register (Enter)"
    i18n.install_language("zh_CN")
    assert screen.title.text() == chinese
