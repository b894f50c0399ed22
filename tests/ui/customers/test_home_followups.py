"""今日待跟进 on the home screen: a salesperson's customers due today and overdue (overdue days
in red), opening the customer on double-click; shown only to roles that follow up."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from app.ui.shell.home_screen import HomeScreen
from tests.ui.customers.conftest import idle


@pytest.fixture
def due(clone, named_customers):
    """张三 due today, 单田芳 three days overdue (both 顾问甲's)."""
    engine = clone.superuser_engine()
    today = dt.date.today()
    with engine.begin() as conn:
        for name, day in (("张三", today), ("单田芳", today - dt.timedelta(days=3))):
            conn.execute(sa.text("UPDATE estatedesk.customers SET next_contact_on = :d "
                                 "WHERE id = :id"), {"d": day, "id": named_customers[name]})
    engine.dispose()
    return named_customers


def open_home(qtbot, context_for, key: str) -> HomeScreen:
    context = context_for(key)
    home = HomeScreen(context)
    qtbot.addWidget(home)
    home.resize(1000, 800)
    home.show()
    idle(qtbot, context.runner)
    return home


def test_due_and_overdue_follow_ups_on_the_home_screen(qtbot, context_for, due):
    home = open_home(qtbot, context_for, "sales1")
    panel = home.followups
    assert panel is not None and panel.isVisible()
    table = panel.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["单田芳", "张三"]
    assert panel.count.text() == "2"
    overdue = table.item(0, 3)
    assert "3" in overdue.text() and overdue.foreground().color().name() == "#c62828"
    assert table.item(0, 2).text() == (dt.date.today() - dt.timedelta(days=3)).isoformat()
    assert table.item(1, 3).foreground().color().name() != "#c62828"
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = panel.detail
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10_000)
    assert dialog.customer_id == due["单田芳"]
    dialog.close()


def test_nothing_due_says_so(qtbot, context_for, named_customers):
    home = open_home(qtbot, context_for, "sales2")
    assert home.followups.empty.isVisible() and not home.followups.table.isVisible()


@pytest.mark.parametrize("key,shown", [("sales1", True), ("manager", True),
                                       ("reception", False), ("executive", False),
                                       ("finance", False), ("admin", False)])
def test_only_roles_that_follow_up_get_the_list(qtbot, context_for, key, shown):
    home = open_home(qtbot, context_for, key)
    assert (home.followups is not None) == shown
