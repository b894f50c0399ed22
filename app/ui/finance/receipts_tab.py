"""收据: the receipts of a day in the project, for every cashier or one — voided ones struck
through with their reason. Finance voids (作废…) and reprints (重打, as 副本) from here, and
prints the whole day's receipts in one batch, with a progress bar and a cancel button; the
batch is drawn off the GUI thread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals.sale_form import money_text
from app.ui.deals.task_dialog import date_edit
from app.ui.finance import columns
from app.ui.finance.events import finance_events
from app.ui.finance.table import RecordModel, make_view, select_where, selected_row

ZERO = Decimal("0.00")


class ReceiptsTab(QWidget):
    def __init__(self, context: Any, cashier: bool, printing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"finance-receipts-{id(self)}"
        self.cashier, self.printing = cashier, printing
        self.project_id: int | None = None
        self.dialog: Any = None
        self.day_label, self.cashier_label = QLabel(), QLabel()
        self.day = date_edit(dt.date.today())
        self.day.setObjectName("receipts_day")
        self.cashiers = QComboBox()
        self.cashiers.setObjectName("receipts_cashier")
        self.cashiers.setMinimumWidth(140)
        self.summary = QLabel()
        self.summary.setObjectName("receipts_summary")
        self.summary.setProperty("muted", True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.model = RecordModel(columns.RECEIPTS, self, struck=lambda r: r.voided_at is not None)
        self.view = make_view(self.model, "receipts_table", sortable=True)
        self.void_button = QPushButton(qta.icon("fa6s.ban"), "")
        self.void_button.setObjectName("void_button")
        self.reprint_button = QPushButton(qta.icon("fa6s.print"), "")
        self.reprint_button.setObjectName("reprint_button")
        self.print_day_button = QPushButton(qta.icon("fa6s.print"), "")
        self.print_day_button.setObjectName("print_day_button")
        self.progress = QProgressBar()
        self.progress.setObjectName("print_progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_print_button")
        self.cancel_button.hide()
        self.void_button.setVisible(cashier)
        for button in (self.reprint_button, self.print_day_button):
            button.setVisible(cashier and printing is not None)
        self._build()
        self._connect()
        self._retranslate()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for widget in (self.day_label, self.day, self.cashier_label, self.cashiers):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        for widget in (self.progress, self.cancel_button, self.void_button,
                       self.reprint_button, self.print_day_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        printing = self.printing
        self.day.dateChanged.connect(self.reload)
        self.cashiers.activated.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.void_button.clicked.connect(self.open_void)
        self.reprint_button.clicked.connect(self.reprint)
        self.print_day_button.clicked.connect(self.print_day)
        self.cancel_button.clicked.connect(self._cancel_print)
        finance_events().changed.connect(self._on_changed)
        if printing is not None:
            printing.progress.connect(self._on_progress)
            printing.printed.connect(self._on_printed)
            printing.failed.connect(lambda _e: self._printing_done())

    # --- public -----------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def set_cashiers(self, cashiers: list) -> None:
        current = self.cashiers.currentData()
        self.cashiers.clear()
        self.cashiers.addItem(self.tr("All cashiers"), None)
        for cashier in cashiers:
            self.cashiers.addItem(cashier.name, cashier.id)
        self.cashiers.setCurrentIndex(max(self.cashiers.findData(current), 0))

    def reload(self) -> None:
        from app.services import finance

        if self.project_id is None:
            return
        engine, project = self._engine, self.project_id
        day, cashier = self.day.date().toPython(), self.cashiers.currentData()
        self._runner.run(self._key,
                         lambda: finance.receipts_of_day(engine, project, day, cashier),
                         self._on_receipts,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key)

    def open_void(self) -> Any:
        from app.ui.finance.void_dialog import VoidDialog

        receipt = selected_row(self.view)
        if receipt is None or receipt.voided_at is not None or receipt.payment_id is None:
            return None
        dialog = VoidDialog(self.context, receipt.id, receipt.receipt_no, receipt.amount,
                            receipt.kind, receipt.deal_id, self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def reprint(self) -> None:
        receipt = selected_row(self.view)
        if self.printing is not None and receipt is not None and receipt.payment_id:
            self.printing.print_receipt(receipt.id, receipt.receipt_no)

    def print_day(self) -> None:
        if self.printing is None or self.project_id is None:
            return
        if self.printing.print_day(self.project_id, self.day.date().toPython()):
            self.progress.setRange(0, 0)
            self.progress.show()
            self.cancel_button.show()
            self.cancel_button.setEnabled(True)
            self.print_day_button.setEnabled(False)

    # --- reactions --------------------------------------------------------------------------

    def _on_receipts(self, receipts: list) -> None:
        chosen = selected_row(self.view)
        self.model.set_rows(receipts)
        if chosen is not None:
            select_where(self.view, lambda r: r.id == chosen.id)
        valid = [r for r in receipts if r.voided_at is None and r.amount is not None]
        self.summary.setText(self.tr("{n} receipts, {v} voided — {total}").format(
            n=QLocale().toString(len(receipts)), v=len(receipts) - len(valid),
            total=money_text(sum((r.amount for r in valid), ZERO))))
        self._enable()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")

    def _on_printed(self, text: str) -> None:
        self._printing_done()
        set_banner(self.banner, "ok", text)
        self.reload()              # print counts changed

    def _printing_done(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.print_day_button.setEnabled(True)

    def _cancel_print(self) -> None:
        if self.printing is not None:
            self.printing.cancel()
        self.cancel_button.setEnabled(False)

    def _on_changed(self, _ids: Any) -> None:
        self.reload()

    def _enable(self) -> None:
        receipt = selected_row(self.view)
        issued = receipt is not None and receipt.payment_id is not None
        self.void_button.setEnabled(issued and receipt.voided_at is None)
        self.reprint_button.setEnabled(issued)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.day_label.setText(self.tr("Day"))
        self.cashier_label.setText(self.tr("Cashier"))
        if self.cashiers.count():
            self.cashiers.setItemText(0, self.tr("All cashiers"))
        self.void_button.setText(self.tr("Void…"))
        self.reprint_button.setText(self.tr("Reprint"))
        self.print_day_button.setText(self.tr("Print the day's receipts…"))
        self.cancel_button.setText(self.tr("Cancel printing"))
        self.model.retranslate()
        self._enable()
