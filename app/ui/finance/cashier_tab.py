"""收款: the cashier's desk. Find a deal by customer, phone, unit or contract number; see its
schedule and its money; take a payment (收款…), void a receipt with a reason (作废…), reprint
a receipt as 副本 (重打), pay back an approved cancellation's refund (退款…). Only finance
gets the money buttons — executives and administrators read; the database refuses anyone
else anyway. Every call runs off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import SCREEN_CSS, set_banner
from app.ui.deals.events import deal_events
from app.ui.deals.labels import LIVE_STAGES
from app.ui.deals.sale_form import money_text
from app.ui.finance import columns
from app.ui.finance.events import finance_events
from app.ui.finance.ledger_view import LedgerView, load_ledger
from app.ui.finance.table import RecordModel, make_view, select_where, selected_row

DEBOUNCE_MS = 250


class CashierTab(QWidget):
    def __init__(self, context: Any, cashier: bool, printing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self.cashier = cashier          # may take money (finance)
        self.masked = not context.session.has(Role.FINANCE, Role.ADMIN)   # no phones
        self.printing = printing        # PrintJobs, or None without the printing module
        self.project_id: int | None = None
        self.deal_id: int | None = None
        self.dialog: Any = None
        self.print_offer: QMessageBox | None = None
        self.banner = QLabel()
        self.banner.setObjectName("cashier_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.search = QLineEdit()
        self.search.setObjectName("deal_search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(qta.icon("fa6s.magnifying-glass", color="#6b7785"),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.hits = RecordModel(columns.HITS, self)
        self.hits_view = make_view(self.hits, "deal_hits")
        self.hits_view.setColumnHidden(columns.HITS_PHONE, self.masked)
        self.ledger = LedgerView()
        self.pay_button = QPushButton(qta.icon("fa6s.hand-holding-dollar", color="white"), "")
        self.pay_button.setObjectName("pay_button")
        self.pay_button.setProperty("primary", True)
        self.void_button = QPushButton(qta.icon("fa6s.ban"), "")
        self.void_button.setObjectName("void_button")
        self.reprint_button = QPushButton(qta.icon("fa6s.print"), "")
        self.reprint_button.setObjectName("reprint_button")
        self.refund_button = QPushButton(qta.icon("fa6s.rotate-left"), "")
        self.refund_button.setObjectName("refund_button")
        self.money_buttons = (self.pay_button, self.void_button, self.reprint_button,
                              self.refund_button)
        for button in self.money_buttons:
            button.setVisible(cashier)
            self.ledger.actions.addWidget(button)
        self.reprint_button.setVisible(cashier and printing is not None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._build()
        self._connect()
        self._retranslate()

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.search)
        column.addWidget(self.hits_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.ledger)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 880])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.find)
        self.search.returnPressed.connect(self.find)
        self.hits_view.selectionModel().selectionChanged.connect(self._on_hit)
        self.ledger.entries_view.selectionModel().selectionChanged.connect(self._enable)
        self.pay_button.clicked.connect(self.open_payment)
        self.void_button.clicked.connect(self.open_void)
        self.reprint_button.clicked.connect(self.reprint)
        self.refund_button.clicked.connect(self.open_refund)
        finance_events().changed.connect(self._on_changed)
        deal_events().changed.connect(self._on_changed)     # e.g. a cancellation approved
        if self.printing is not None:
            self.printing.printed.connect(lambda text: set_banner(self.banner, "ok", text))

    # --- public -----------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.deal_id = None
        self.ledger.show_data(None)
        self.find()

    def find(self, text: str | None = None) -> None:
        """Search now (`text`, or what is typed)."""
        from app.ui.finance.data import find_deals

        self._timer.stop()
        if text is not None and text != self.search.text():
            self.search.blockSignals(True)
            self.search.setText(text)
            self.search.blockSignals(False)
        if self.project_id is None:
            return
        engine, project, words = self._engine, self.project_id, self.search.text()
        masked = self.masked
        self._runner.run(f"finance-find-{id(self)}",
                         lambda: find_deals(engine, project, words, masked),
                         self._on_hits, self._failed)

    def show_deal(self, deal_id: int) -> None:
        self.deal_id = deal_id
        engine = self._engine
        self._runner.run(f"finance-ledger-{id(self)}", lambda: load_ledger(engine, deal_id),
                         self._on_ledger, self._failed)

    def is_loading(self) -> bool:
        return any(self._runner.is_busy(f"finance-{name}-{id(self)}")
                   for name in ("find", "ledger"))

    # --- money ------------------------------------------------------------------------------

    def open_payment(self) -> Any:
        from app.ui.finance.payment_dialog import PaymentDialog

        data = self.ledger.data
        if data is None:
            return None
        return self._open(PaymentDialog(self.context, data.ledger, self.window()),
                          self._on_paid)

    def open_void(self) -> Any:
        from app.ui.finance.void_dialog import VoidDialog

        entry = self.ledger.selected_entry()
        if entry is None or entry.receipt_id is None:
            return None
        return self._open(VoidDialog(self.context, entry.receipt_id, entry.receipt_no,
                                     entry.amount, entry.kind, self.deal_id, self.window()),
                          lambda _v: set_banner(self.banner, "ok", self.tr(
                              "Receipt {no} voided.").format(no=entry.receipt_no)))

    def open_refund(self) -> Any:
        from app.ui.finance.refund_dialog import RefundDialog

        data = self.ledger.data
        if data is None or data.approved_refund is None:
            return None
        return self._open(RefundDialog(self.context, data.ledger, data.approved_refund,
                                       data.refund_left, self.window()),
                          lambda voucher: set_banner(self.banner, "ok", self.tr(
                              "Refund paid: voucher {no}.").format(no=voucher)))

    def reprint(self) -> None:
        entry = self.ledger.selected_entry()
        if self.printing is not None and entry is not None and entry.receipt_id is not None:
            self.printing.print_receipt(entry.receipt_id, entry.receipt_no)

    # --- reactions --------------------------------------------------------------------------

    def _open(self, dialog: Any, on_saved: Any) -> Any:
        set_banner(self.banner, "ok", "")
        dialog.saved.connect(on_saved)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_paid(self, receipt: Any) -> None:
        set_banner(self.banner, "ok", self.tr("Receipt {no} issued: {amount} from {payer}.")
                   .format(no=receipt.receipt_no, amount=money_text(receipt.amount),
                           payer=receipt.payer or ""))
        if self.printing is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print receipt"),
                          self.tr("Print receipt {no} now?").format(no=receipt.receipt_no),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window())
        for standard, text in ((QMessageBox.StandardButton.Yes, self.tr("Print…")),
                               (QMessageBox.StandardButton.No, self.tr("Later"))):
            box.button(standard).setText(text)
            box.button(standard).setIcon(QIcon())
        box.button(QMessageBox.StandardButton.Yes).setProperty("primary", True)
        box.setStyleSheet(SCREEN_CSS)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(
            lambda button: self.printing.print_receipt(receipt.id, receipt.receipt_no)
            if box.standardButton(button) == QMessageBox.StandardButton.Yes else None)
        self.print_offer = box
        box.open()

    def _on_hits(self, hits: list) -> None:
        self.hits.set_rows(hits)
        wanted = self.deal_id
        if wanted is None or not select_where(self.hits_view, lambda h: h.deal_id == wanted):
            if hits:
                self.hits_view.selectRow(0)
            else:
                self.deal_id = None
                self.ledger.show_data(None)
                self._enable()

    def _on_hit(self) -> None:
        hit = selected_row(self.hits_view)
        if hit is not None:
            self.show_deal(hit.deal_id)

    def _on_ledger(self, data: Any) -> None:
        if data.ledger.deal_id != self.deal_id:
            return
        entry = self.ledger.selected_entry()
        self.ledger.show_data(data)
        if entry is not None:
            select_where(self.ledger.entries_view,
                         lambda e: e.payment_id == entry.payment_id)
        self._enable()

    def _on_changed(self, deal_ids: Any) -> None:
        if self.deal_id is not None and (deal_ids is None or self.deal_id in deal_ids):
            self.show_deal(self.deal_id)

    def _failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def _enable(self) -> None:
        data = self.ledger.data
        entry = self.ledger.selected_entry()
        stage = data.ledger.stage if data else None
        issued = entry is not None and entry.receipt_id is not None
        self.pay_button.setEnabled(stage in LIVE_STAGES)
        self.void_button.setEnabled(issued and not entry.voided)
        self.reprint_button.setEnabled(issued)
        self.refund_button.setEnabled(stage == "cancelled" and data is not None
                                      and data.refund_left > 0)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Customer, phone, unit or contract number"))
        self.pay_button.setText(self.tr("Take payment…"))
        self.void_button.setText(self.tr("Void…"))
        self.reprint_button.setText(self.tr("Reprint"))
        self.refund_button.setText(self.tr("Refund…"))
        self.refund_button.setToolTip(self.tr("Pay back the refund of an approved cancellation"))
        self.hits.retranslate()
        self.ledger.retranslate()
        self._enable()
