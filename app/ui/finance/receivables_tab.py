"""应收/催款: what the project's contracted deals still owe. Ageing of the overdue money
(1–30, 31–60, 61–90, over 90 days) with its total; per deal what fell due, what was paid,
what is outstanding and overdue; the collection list with the latest note and the next
action (finance adds notes and prints a 催款函 reminder letter); and the mortgage money
the banks are still expected to pay out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals.sale_form import money_text
from app.ui.finance import columns
from app.ui.finance.events import finance_events
from app.ui.finance.table import RecordModel, make_view, select_where, selected_row

ZERO = Decimal("0.00")
BUCKETS = (QT_TRANSLATE_NOOP("ReceivablesTab", "1–30 days"),
           QT_TRANSLATE_NOOP("ReceivablesTab", "31–60 days"),
           QT_TRANSLATE_NOOP("ReceivablesTab", "61–90 days"),
           QT_TRANSLATE_NOOP("ReceivablesTab", "Over 90 days"),
           QT_TRANSLATE_NOOP("ReceivablesTab", "Overdue in total"))


class _Card(QFrame):
    """One ageing bucket: its name, the amount, how many deals."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("card", True)
        self.caption, self.amount, self.deals = QLabel(), QLabel(), QLabel()
        self.caption.setProperty("muted", True)
        self.deals.setProperty("muted", True)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        for label in (self.caption, self.amount, self.deals):
            column.addWidget(label)


class ReceivablesTab(QWidget):
    def __init__(self, context: Any, cashier: bool, printing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"finance-receivables-{id(self)}"
        self.cashier, self.printing = cashier, printing
        self.project_id: int | None = None
        self.data: Any = None
        self.dialog: Any = None
        self.cards = [_Card(f"ageing_{i}") for i in range(len(BUCKETS))]
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.rows = RecordModel(columns.RECEIVABLES, self)
        self.collection = RecordModel(columns.COLLECTION, self)
        self.banks = RecordModel(columns.BANKS, self)
        self.rows_view = make_view(self.rows, "receivables_table", sortable=True, stretch=False)
        self.collection_view = make_view(self.collection, "collection_table", sortable=True)
        self.masked = not context.session.has(Role.FINANCE, Role.ADMIN)   # no phones
        for column in (columns.COLLECTION_PHONE, *columns.COLLECTION_NOTES):
            self.collection_view.setColumnHidden(column, self.masked)
        self.banks_view = make_view(self.banks, "banks_table", stretch=False)
        self.rows_total, self.banks_total = QLabel(), QLabel()
        for label in (self.rows_total, self.banks_total):
            label.setProperty("muted", True)
        self.note_button = QPushButton(qta.icon("fa6s.phone"), "")
        self.note_button.setObjectName("collection_note_button")
        self.letter_button = QPushButton(qta.icon("fa6s.envelope"), "")
        self.letter_button.setObjectName("reminder_letter_button")
        self.note_button.setVisible(cashier)
        self.letter_button.setVisible(cashier and printing is not None)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("receivable_tabs")
        self.tabs.setDocumentMode(True)
        self._build()
        self.collection_view.selectionModel().selectionChanged.connect(self._enable)
        self.note_button.clicked.connect(self.open_note)
        self.letter_button.clicked.connect(self.reminder_letter)
        finance_events().changed.connect(self._on_changed)
        if printing is not None:
            printing.printed.connect(self._on_printed)
        self._retranslate()

    def _build(self) -> None:
        strip = QHBoxLayout()
        strip.setSpacing(10)
        for card in self.cards:
            strip.addWidget(card, 1)
        pages = []
        for view, extra in ((self.rows_view, self.rows_total),
                            (self.collection_view, None), (self.banks_view, self.banks_total)):
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 8, 0, 0)
            column.setSpacing(6)
            if view is self.collection_view:
                bar = QHBoxLayout()
                bar.addStretch(1)
                bar.addWidget(self.note_button)
                bar.addWidget(self.letter_button)
                column.addLayout(bar)
            column.addWidget(view, 1)
            if extra is not None:
                column.addWidget(extra)
            pages.append(page)
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(strip)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    # --- public -----------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        from app.ui.finance.data import load_receivables

        if self.project_id is None:
            return
        engine, project = self._engine, self.project_id
        masked = self.masked
        self._runner.run(self._key, lambda: load_receivables(engine, project, masked),
                         self._show,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key)

    def open_note(self) -> Any:
        from app.ui.finance.collection_dialog import CollectionNoteDialog

        row = selected_row(self.collection_view)
        if row is None:
            return None
        dialog = CollectionNoteDialog(self.context, row, self.window())
        dialog.saved.connect(lambda _v: set_banner(self.banner, "ok", self.tr(
            "Note saved for {unit}.").format(unit=row.unit_code)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def reminder_letter(self) -> None:
        row = selected_row(self.collection_view)
        if self.printing is not None and row is not None:
            self.printing.reminder_letter(row.deal_id, row.unit_code)

    # --- reactions --------------------------------------------------------------------------

    def _show(self, data: Any) -> None:
        self.data = data
        chosen = selected_row(self.collection_view)
        self.rows.set_rows(data.rows)
        self.collection.set_rows(data.collection)
        self.banks.set_rows(data.banks)
        if chosen is not None:
            select_where(self.collection_view, lambda c: c.deal_id == chosen.deal_id)
        self._retranslate()

    def _on_printed(self, text: str) -> None:
        if self.isVisible():
            set_banner(self.banner, "ok", text)

    def _on_changed(self, _ids: Any) -> None:
        self.reload()

    def _enable(self) -> None:
        chosen = selected_row(self.collection_view) is not None
        self.note_button.setEnabled(chosen)
        self.letter_button.setEnabled(chosen)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for i, text in enumerate((self.tr("Receivables by deal"), self.tr("Collection list"),
                                  self.tr("Mortgage disbursements expected"))):
            self.tabs.setTabText(i, text)
        self.note_button.setText(self.tr("Add note…"))
        self.letter_button.setText(self.tr("Reminder letter…"))
        for model in (self.rows, self.collection, self.banks):
            model.retranslate()
        self._enable()
        data = self.data
        buckets = list(data.ageing.buckets) if data else [("", ZERO, 0)] * 4
        total = data.ageing.total if data else ZERO
        deals = len(data.collection) if data else 0
        for card, name, (_label, amount, count) in zip(
                self.cards, BUCKETS, buckets + [("", total, deals)], strict=True):
            card.caption.setText(QCoreApplication.translate("ReceivablesTab", name))
            card.amount.setText(money_text(amount))
            colour = "#1f3a5f" if not amount else "#b26a00" if card is self.cards[0] \
                else "#c62828"
            card.amount.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {colour};")
            card.deals.setText(self.tr("{n} deals").format(n=count))
        if data is None:
            return
        rows = data.rows
        self.rows_total.setText(self.tr(
            "{n} deals — due to date {due}, paid {paid}, outstanding {out}, overdue {over}")
            .format(n=len(rows), due=money_text(sum((r.due for r in rows), ZERO)),
                    paid=money_text(sum((r.paid for r in rows), ZERO)),
                    out=money_text(sum((r.outstanding for r in rows), ZERO)),
                    over=money_text(sum((r.overdue for r in rows), ZERO))))
        self.banks_total.setText(self.tr("Expected from the banks: {total}").format(
            total=money_text(sum((b.amount for b in data.banks), ZERO))))
