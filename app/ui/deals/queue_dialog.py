"""排号/认筹: a customer pays a refundable intention fee (诚意金) and gets the project's next
queue number, which sets their turn on launch day (开盘选房). The number is shown large once
given, to read out or write on the customer's card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.ui.common.errors import error_text
from app.ui.customers.field_errors import with_error_label
from app.ui.deals.customer_picker import CustomerPicker
from app.ui.deals.events import deals_changed
from app.ui.deals.sale_form import SaleDialog, local_refusal, money_edit, parse_amount


def _load(engine: Any, project_id: int | None) -> tuple[int | None, str, list]:
    """The project (the first one when none was given), its name, my customers."""
    from app.services import chart

    projects = chart.list_projects(engine)
    project = next((p for p in projects if p.id == project_id or project_id is None), None)
    return (project.id if project else None, project.name if project else "",
            chart.my_customers(engine))


class QueueTicketDialog(SaleDialog):
    def __init__(self, context: Any, project_id: int | None, parent: QWidget | None = None,
                 customer_id: int | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("queue_dialog")
        self.setWindowTitle(self.tr("Queue number (排号)"))
        self.project_id = project_id
        self.number: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("project_heading")
        self.customer = CustomerPicker()
        self.fee = money_edit(self.tr("yuan, e.g. 20000"))
        self.fee.setObjectName("intention_fee")
        self.number_label = QLabel()
        self.number_label.setObjectName("queue_number")
        self.number_label.setProperty("ticket_number", True)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label.hide()
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.heading)
        for name, caption, widget, focus in (
                ("customer", self.tr("Customer"), self.customer, self.customer.search),
                ("intention_fee", self.tr("Intention fee (诚意金)"), self.fee, self.fee)):
            box, line = with_error_label(widget)
            form.addRow(caption, box)
            self.errors.add(name, focus, line)
        self.body.addLayout(form)
        self.body.addWidget(self.number_label)
        self.body.addStretch(1)
        self.ok_button().setText(self.tr("Issue number"))
        self.setMinimumWidth(520)
        self.show_info("info", self.tr("Loading…"))
        engine = self.engine
        self._preset = customer_id
        self.run("setup", lambda: _load(engine, project_id), self._on_setup,
                 lambda e: self.show_info("error", error_text(e)))

    def _on_setup(self, loaded: tuple[int | None, str, list]) -> None:
        self.project_id, name, customers = loaded
        if self.project_id is None:
            self.show_info("error", self.tr("There is no project to issue numbers for."))
            return
        self.heading.setText(self.tr("<b>{project}</b> — the next free number is given "
                                     "automatically.").format(project=name))
        self.customer.set_customers(customers)
        if self._preset is not None:
            self.customer.choose(self._preset)
        self.show_info("info", "")
        self.ok_button().setEnabled(True)
        self.loaded.emit()

    def submit(self) -> tuple:
        from app.services import deals

        customer_id = self.customer.customer_id()
        if customer_id is None:
            raise local_refusal("customer", self.tr("Choose the customer."))
        fee = parse_amount(self.fee, "intention_fee",
                           required_text=self.tr("Enter the intention fee."))
        engine, project_id, name = self.engine, self.project_id, self.customer.customer_name()
        return (lambda: deals.issue_queue_ticket(engine, project_id, customer_id, fee),
                lambda number: self._done(number, name))

    def _done(self, number: int, name: str) -> None:
        self.number = number
        deals_changed(None)
        self.number_label.setText(self.tr("No. {number}").format(number=number))
        self.number_label.show()
        self.customer.setEnabled(False)
        self.fee.setEnabled(False)
        self.ok_button().hide()
        self.cancel_button().setText(self.tr("Close"))
        self.show_info("ok", self.tr("Queue number {number} issued to {name}.").format(
            number=number, name=name))
