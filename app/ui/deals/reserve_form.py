"""What 认购 and 小定 share: the unit (fixed or chosen), the customer (one of mine), the
customer's active queue ticket (排号) to use, the deposit. The dialog's data loads off the
GUI thread first; until then the form is disabled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.ui.common.errors import error_text
from app.ui.common.labels import unit_status_name
from app.ui.customers.field_errors import with_error_label
from app.ui.deals.customer_picker import CustomerPicker
from app.ui.deals.sale_data import Seller, load_project, load_setup, may_take
from app.ui.deals.sale_form import SaleDialog, money_edit, money_input_text, money_text
from app.ui.deals.unit_picker import UnitPicker

# The subclasses' self.tr() would look this class's texts up under their own class name
# (PySide uses the instance's class): the base class names its context, literally, so
# lupdate collects it.


class ReserveDialog(SaleDialog):
    def __init__(self, context: Any, parent: QWidget | None = None, *,
                 unit_id: int | None = None, customer_id: int | None = None,
                 deal_id: int | None = None, project_id: int | None = None) -> None:
        super().__init__(context, parent)
        self.seller = Seller.of(context.session)
        self.setup: Any = None
        self.project: Any = None
        self.deal: Any = None
        self.unit_picker = UnitPicker()
        self.customer = CustomerPicker()
        self.ticket = QComboBox()
        self.ticket.setObjectName("ticket_combo")
        self.deposit = money_edit(
            QCoreApplication.translate("ReserveDialog", "yuan, e.g. 50000"))
        self.deposit.setObjectName("deposit")
        self.deposit.setMaximumWidth(220)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setProperty("muted", True)
        self.note.setMinimumWidth(360)
        self.note.hide()
        self.rows: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        captions = (QCoreApplication.translate("ReserveDialog", "Unit"),
                    QCoreApplication.translate("ReserveDialog", "Customer"),
                    QCoreApplication.translate("ReserveDialog", "Queue number"))
        self.add_row("unit", captions[0], self.unit_picker, self.unit_picker.units)
        self.add_row("customer", captions[1], self.customer, self.customer.search)
        self.add_row("ticket", captions[2], self.ticket)
        self.unit_picker.unit_changed.connect(lambda _u: self.terms_changed())
        self.unit_picker.project_changed.connect(self._load_project)
        self.customer.changed.connect(self._on_customer)
        self.show_info("info", QCoreApplication.translate("ReserveDialog", "Loading…"))
        self.set_form_enabled(False)
        engine, seller = self.engine, self.seller
        self.run("setup", lambda: load_setup(engine, seller, unit_id, customer_id, deal_id,
                                             project_id),
                 self._on_setup, self._on_load_failed)

    def add_row(self, name: str, caption: str, widget: QWidget,
                focus: QWidget | None = None) -> QLabel:
        box, line = with_error_label(widget)
        self.form.addRow(caption, box)
        self.errors.add(name, focus or widget, line)
        self.rows[name] = box
        return self.form.labelForField(box)

    def show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.rows[name], visible)

    def set_form_enabled(self, enabled: bool) -> None:
        for index in range(self.form.rowCount() * 2):
            item = self.form.itemAt(index)
            if item is not None and item.widget() is not None:
                item.widget().setEnabled(enabled)
        self.ok_button().setEnabled(enabled)

    # --- for subclasses ---------------------------------------------------------------------

    def terms_changed(self) -> None:
        """The unit, customer or terms changed (the subscribe dialog re-quotes)."""

    def after_setup(self) -> None:
        """The data is in: fill what the subclass shows."""

    def unit(self) -> Any:
        return self.unit_picker.unit()

    def ticket_id(self) -> int | None:
        return self.ticket.currentData()

    # --- loading ----------------------------------------------------------------------------

    def _on_setup(self, setup: Any) -> None:
        self.setup, self.project, self.deal = setup, setup.project, setup.deal
        self.customer.set_customers(setup.customers)
        self.unit_picker.set_projects(setup.projects, setup.project and setup.project.project_id)
        self.unit_picker.set_fixed(setup.unit)
        if setup.unit is None and self.project is not None:
            self.unit_picker.set_units(self.project.units)
        self.show_info("info", "")
        self.set_form_enabled(True)
        if setup.customer_id is not None:
            if self.deal is not None:
                self.customer.lock(setup.customer_id)
            else:
                self.customer.choose(setup.customer_id)
        if setup.repricing:
            self.note.setText(QCoreApplication.translate(
                "ReserveDialog", "A new price for the subscription of {date}: the deposit, the "
                "deadline and the queue number stay.").format(
                    date=self.deal.subscribed_at.astimezone().date()))
            self.note.show()
        elif self.deal is not None:
            self.deposit.setText(money_input_text(self.deal.deposit))
            self.note.setText(QCoreApplication.translate(
                "ReserveDialog", "Converts the small deposit of {amount} paid on {date}.").format(
                    amount=money_text(self.deal.deposit),
                    date=self.deal.created_at.astimezone().date()))
            self.note.show()
        elif setup.unit is not None and not may_take(setup.unit, self.seller):
            self.show_info("error", QCoreApplication.translate(
                "ReserveDialog", "Unit {code} is {status}: you cannot reserve it now.").format(
                    code=setup.unit.code, status=unit_status_name(setup.unit.status)))
        self._fill_tickets()
        self.after_setup()
        self.terms_changed()
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        self.show_info("error", error_text(error))

    def _load_project(self, project_id: int) -> None:
        engine, seller = self.engine, self.seller
        self.set_form_enabled(False)

        def done(project: Any) -> None:
            self.project = project
            self.unit_picker.set_units(project.units)
            self.set_form_enabled(True)
            self._fill_tickets()
            self.after_setup()
            self.terms_changed()

        self.run("project", lambda: load_project(engine, project_id, seller, with_units=True),
                 done, self._on_load_failed)

    def _on_customer(self, _customer_id: Any) -> None:
        self._fill_tickets()
        self.terms_changed()

    def _fill_tickets(self) -> None:
        customer_id = self.customer.customer_id()
        tickets = [t for t in (self.project.tickets if self.project else ())
                   if t.customer_id == customer_id and t.status == "active"]
        self.ticket.clear()
        self.ticket.addItem(QCoreApplication.translate("ReserveDialog", "None"), None)
        for t in tickets:
            self.ticket.addItem(QCoreApplication.translate(
                "ReserveDialog", "No. {number} · intention fee {fee}").format(
                    number=t.number, fee=money_text(t.intention_fee)), t.id)
        if len(tickets) == 1:
            self.ticket.setCurrentIndex(1)
        self.ticket.setEnabled(bool(tickets))
