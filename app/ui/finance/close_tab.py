"""日结: a cashier's day as the close adds it up — money by method (现金, 刷卡, 转账, 支票) and
the total, payments, voids and refunds with their counts, the receipts issued and voided,
and every receipt. A cashier closes their own day (after a confirmation); from then on the
day is read-only — nothing is recorded or voided on it — and shown so. The day exports to
Excel off the GUI thread. Executives and administrators look at any cashier's day."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.field_errors import message_of
from app.ui.customers.style import SCREEN_CSS, set_banner
from app.ui.deals.sale_form import money_text
from app.ui.deals.task_dialog import date_edit
from app.ui.finance import columns, labels
from app.ui.finance.columns import MethodRow
from app.ui.finance.events import finance_changed, finance_events
from app.ui.finance.table import RecordModel, make_view

ZERO = Decimal("0.00")
EXPORT_DIR_KEY = "finance/export_dir"


def choose_path(parent: QWidget | None, suggested: str) -> str:
    """Where to write the workbook ("" when cancelled). Tests replace this."""
    title = QCoreApplication.translate("CloseTab", "Export the daily close")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx)")
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


class CloseTab(QWidget):
    def __init__(self, context: Any, cashier: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"finance-close-{id(self)}"
        self.me = context.session.staff_id
        self.cashier = cashier
        self.data: Any = None
        self.confirm_box: QMessageBox | None = None
        self.exported_to = ""
        self.cashier_label, self.day_label = QLabel(), QLabel()
        self.cashiers = QComboBox()
        self.cashiers.setObjectName("close_cashier")
        self.cashiers.setMinimumWidth(140)
        self.day = date_edit(dt.date.today())
        self.day.setObjectName("close_day")
        self.day.setMaximumDate(QDate.currentDate())
        self.state = QLabel()
        self.state.setObjectName("close_state")
        self.state.setProperty("chip", True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.methods = RecordModel(columns.METHOD_TOTALS, self,
                                   bold=lambda m: m.method is None)
        self.methods_view = make_view(self.methods, "methods_table")
        self.entries = QLabel()
        self.entries.setObjectName("close_entries")
        self.entries.setWordWrap(True)
        self.entries.setTextFormat(Qt.TextFormat.RichText)
        self.receipts = RecordModel(columns.RECEIPTS, self, struck=lambda r: r.voided_at is not None)
        self.receipts_view = make_view(self.receipts, "close_receipts", sortable=True)
        self.close_button = QPushButton(qta.icon("fa6s.lock", color="white"), "")
        self.close_button.setObjectName("close_day_button")
        self.close_button.setProperty("primary", True)
        self.close_button.setVisible(cashier)
        self.export_button = QPushButton(qta.icon("fa6s.file-excel"), "")
        self.export_button.setObjectName("export_button")
        self._build()
        self.cashiers.activated.connect(self.reload)
        self.day.dateChanged.connect(self.reload)
        self.close_button.clicked.connect(self.ask_close)
        self.export_button.clicked.connect(self.export)
        finance_events().changed.connect(self._on_changed)
        self._retranslate()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for widget in (self.cashier_label, self.cashiers, self.day_label, self.day, self.state):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.close_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.methods_view)
        column.addWidget(self.entries)
        column.addStretch(1)
        self.methods_view.setFixedHeight(len(labels.METHODS) * 30 + 30 + 38)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.receipts_view)
        split.setSizes([320, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    # --- public -----------------------------------------------------------------------------

    def set_cashiers(self, cashiers: list) -> None:
        current = self.cashiers.currentData() or self.me
        self.cashiers.clear()
        for cashier in cashiers:
            self.cashiers.addItem(cashier.name, cashier.id)
        index = self.cashiers.findData(current)
        self.cashiers.setCurrentIndex(max(index, 0) if cashiers else -1)
        self.reload()

    def reload(self) -> None:
        from app.ui.finance.data import load_day

        cashier = self.cashiers.currentData()
        if cashier is None:
            self._show(None)
            return
        engine, name, day = self._engine, self.cashiers.currentText(), self.day.date().toPython()
        self._runner.run(self._key, lambda: load_day(engine, cashier, name, day), self._show,
                         self._failed)

    def is_loading(self) -> bool:
        return any(self._runner.is_busy(k) for k in (self._key, f"{self._key}-close",
                                                     f"{self._key}-export"))

    def ask_close(self) -> None:
        data = self.data
        if data is None or data.totals.closed:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the day"),
                          self.tr("Close {day} with a total of {total}? Nothing can be recorded "
                                  "or voided on that day afterwards.").format(
                              day=data.day.isoformat(), total=money_text(data.totals.total)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.window())
        for standard, text in ((QMessageBox.StandardButton.Yes, self.tr("Close the day")),
                               (QMessageBox.StandardButton.Cancel, self.tr("Cancel"))):
            box.button(standard).setText(text)
            box.button(standard).setIcon(QIcon())
        box.button(QMessageBox.StandardButton.Yes).setProperty("primary", True)
        box.setStyleSheet(SCREEN_CSS)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda b: self._close(data.day) if box.standardButton(b)
                                  == QMessageBox.StandardButton.Yes else None)
        self.confirm_box = box
        box.open()

    def export(self) -> None:
        data = self.data
        if data is None:
            return
        folder = QSettings().value(EXPORT_DIR_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = re.sub(r'[\\/:*?"<>|]', "_", f"日结-{data.cashier_name}-{data.day.isoformat()}")
        path = choose_path(self.window(), str(Path(str(folder)) / f"{name}.xlsx"))
        if not path:
            return

        def work() -> str:
            from app.exports.daily_close_excel import write_daily_close_xlsx

            write_daily_close_xlsx(Path(path), data.cashier_name, data.day, data.totals,
                                   data.receipts, dt.datetime.now())
            return path

        def done(written: str) -> None:
            QSettings().setValue(EXPORT_DIR_KEY, str(Path(written).parent))
            self.exported_to = written
            set_banner(self.banner, "ok", self.tr("Exported to {path}").format(path=written))

        self._runner.run(f"{self._key}-export", work, done, self._failed)

    # --- reactions --------------------------------------------------------------------------

    def _close(self, day: dt.date) -> None:
        from app.services import finance

        engine = self._engine

        def done(_totals: Any) -> None:
            set_banner(self.banner, "ok", self.tr("{day} is closed.").format(day=day.isoformat()))
            finance_changed()

        self._runner.run(f"{self._key}-close", lambda: finance.close_day(engine, day), done,
                         self._failed)

    def _show(self, data: Any) -> None:
        self.data = data
        totals = data.totals if data else None
        rows = [MethodRow(code, totals.by_method.get(code, ZERO)) for code in labels.METHODS
                ] if totals else []
        self.methods.set_rows(rows + ([MethodRow(None, totals.total)] if totals else []))
        self.receipts.set_rows(data.receipts if data else [])
        self._retranslate()

    def _on_changed(self, _ids: Any) -> None:
        self.reload()

    def _failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.cashier_label.setText(self.tr("Cashier"))
        self.day_label.setText(self.tr("Day"))
        self.close_button.setText(self.tr("Close the day…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.methods.retranslate()
        self.receipts.retranslate()
        data = self.data
        closed = bool(data and data.totals.closed)
        own = data is not None and data.cashier_id == self.me
        self.close_button.setEnabled(own and not closed)
        self.export_button.setEnabled(data is not None)
        self.state.setText(self.tr("Closed — read only") if closed else self.tr("Open"))
        self.state.setStyleSheet("color: #2e7d32;" if closed else "color: #b26a00;")
        self.state.setVisible(data is not None)
        if data is None:
            self.entries.setText("")
            return
        totals = data.totals
        parts = []
        for code in ("payment", "void", "refund"):
            count, amount = totals.by_entry.get(code, (0, ZERO))
            parts.append(self.tr("{entry}: {n} × <b>{amount}</b>").format(
                entry=labels.entry_name(code), n=count, amount=money_text(amount)))
        parts.append(self.tr("Receipts issued {issued}, voided {voided}").format(
            issued=totals.receipts_issued, voided=totals.receipts_voided))
        self.entries.setText("<br>".join(parts))
