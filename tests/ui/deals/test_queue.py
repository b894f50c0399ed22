"""排号 against PostgreSQL: a salesperson issues a queue number with its intention fee and
sees the number; the queue tab lists the launch-day order, refunds a number with a reason
and starts the customer's subscription with their number; finance only reads."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import deals
from app.ui.deals import labels
from app.ui.deals.queue_model import CUSTOMER, FEE, NUMBER, STATUS, QueueModel
from app.ui.deals.queue_tab import QueueTab
from app.ui.deals.sale_actions import open_queue_ticket
from app.ui.deals.subscribe_dialog import SubscribeDialog
from tests.ui.deals import sale_fixtures
from tests.ui.deals.sale_fixtures import TIMEOUT, ready, submit

host = sale_fixtures.host   # fixture


def queue_tab(qtbot, context, project_id):
    tab = QueueTab(context)
    qtbot.addWidget(tab)
    tab.resize(900, 400)
    tab.show()
    tab.set_project(project_id)
    qtbot.waitUntil(lambda: not context.runner.is_busy(), timeout=TIMEOUT)
    return tab


def test_issuing_a_queue_number_shows_it(qtbot, host, world, context_for):
    context = context_for("sales1")
    dialog = ready(qtbot, open_queue_ticket(host, context, world.project.id))
    assert world.project.name in dialog.heading.text()
    assert dialog.customer.proxy.rowCount() == 1      # only my customers
    submit(qtbot, dialog)
    assert dialog.errors.current == "customer"
    dialog.customer.choose(world.customers[0].id)
    dialog.fee.setText("20000")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.ok_button().click()
    assert saved.args[0] == 1 and dialog.number_label.text() == "第 1 号"
    assert dialog.number_label.isVisible() and not dialog.ok_button().isVisible()
    [row] = deals.queue_list(world.engines("sales1"), world.project.id)
    assert (row.number, row.customer_id, row.intention_fee) == (
        1, world.customers[0].id, Decimal("20000.00"))

    again = ready(qtbot, open_queue_ticket(host, context, world.project.id,
                                           world.customers[0].id))
    again.fee.setText("20000")
    submit(qtbot, again)      # one active number per customer and project
    assert again.errors.current == "customer"
    again.close()
    dialog.close()


def test_queue_tab_lists_refunds_and_starts_the_subscription(qtbot, world, context_for):
    sales1, sales2 = world.engines("sales1"), world.engines("sales2")
    deals.issue_queue_ticket(sales1, world.project.id, world.customers[0].id, Decimal("20000"))
    deals.issue_queue_ticket(sales2, world.project.id, world.customers[1].id, Decimal("30000"))
    context = context_for("manager")
    tab = queue_tab(qtbot, context, world.project.id)
    model = tab.model
    assert [model.index(r, NUMBER).data() for r in range(model.rowCount())] == ["1", "2"]
    assert model.index(1, FEE).data() == "¥30,000.00"
    assert "2" in tab.summary.text() and "¥50,000.00" in tab.summary.text()
    assert not tab.refund_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.refund_button.isEnabled() and tab.subscribe_button.isEnabled()

    dialog = tab.ask_refund()
    assert not dialog.ok_button().isEnabled()
    dialog.set_reason("客户放弃")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)   # active ones only
    tab.show_all.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)
    assert model.row(0).status == "refunded"
    assert model.index(0, STATUS).data() == labels.queue_status_name("refunded")
    assert model.index(0, NUMBER).data(Qt.ItemDataRole.ForegroundRole) is not None

    tab.table.selectRow(1)
    subscribe = tab.subscribe()
    assert isinstance(subscribe, SubscribeDialog)
    ready(qtbot, subscribe)
    assert subscribe.customer.customer_id() == world.customers[1].id
    assert subscribe.ticket.currentData() == model.row(1).id
    subscribe.close()


def test_finance_only_reads_the_queue(qtbot, world, context_for):
    deals.issue_queue_ticket(world.engines("sales1"), world.project.id, world.customers[0].id,
                             Decimal("20000"))
    tab = queue_tab(qtbot, context_for("finance"), world.project.id)
    assert tab.model.rowCount() == 1 and tab.model.index(0, CUSTOMER).data() == "张三"
    assert not any(b.isVisible() for b in (tab.issue_button, tab.refund_button,
                                           tab.subscribe_button))


def test_queue_model(qtmodeltester, world):
    deals.issue_queue_ticket(world.engines("sales1"), world.project.id, world.customers[0].id,
                             Decimal("20000"))
    model = QueueModel()
    model.set_rows(deals.queue_list(world.engines("sales1"), world.project.id, False))
    qtmodeltester.check(model)
    assert model.headerData(NUMBER, Qt.Orientation.Horizontal)
