"""One deal's money at the cashier's desk: who and what, the deal total, paid and
outstanding (and, for a cancelled deal, the approved refund still to pay back), the
schedule lines with what each has been paid, and every money entry with its receipt or
refund voucher number — a voided receipt struck through."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.ui.deals import labels as deal_labels
from app.ui.deals.list_model import STAGE_COLOURS
from app.ui.deals.sale_form import money_text
from app.ui.finance import columns
from app.ui.finance.table import RecordModel, make_view

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LedgerData:
    ledger: Any                       # app.db.queries.finance.DealLedger
    approved_refund: Decimal | None   # a cancelled deal's approved refund

    @property
    def refunded(self) -> Decimal:
        return -sum((e.amount for e in self.ledger.entries if e.entry == "refund"), ZERO)

    @property
    def refund_left(self) -> Decimal:
        if self.approved_refund is None:
            return ZERO
        return max(self.approved_refund - self.refunded, ZERO)

    @property
    def outstanding(self) -> Decimal:
        return sum((line.outstanding for line in self.ledger.lines), ZERO)


def load_ledger(engine: Any, deal_id: int) -> LedgerData:
    """The ledger, and for a cancelled deal the refund its approved cancellation agreed."""
    from app.services import deal_changes, finance

    ledger = finance.ledger(engine, deal_id)
    approved = None
    if ledger.stage == "cancelled":
        cancels = [c for c in deal_changes.changes_of(engine, deal_id)
                   if c.kind == "cancel" and c.status == "approved"]
        if cancels:
            latest = max(cancels, key=lambda c: c.decided_at or c.requested_at)
            approved = Decimal(str(latest.request.get("refund") or "0"))
    return LedgerData(ledger, approved)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    return label


class LedgerView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: LedgerData | None = None
        self.title = QLabel()
        self.title.setObjectName("ledger_title")
        self.title.setProperty("section", True)
        self.stage = QLabel()
        self.stage.setObjectName("ledger_stage")
        self.stage.setProperty("chip", True)
        self.summary = QLabel()
        self.summary.setObjectName("ledger_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel()
        self.empty.setObjectName("ledger_empty")
        self.empty.setProperty("muted", True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lines = RecordModel(columns.LINES, self)
        self.entries = RecordModel(columns.ENTRIES, self,
                                   struck=lambda e: e.voided,
                                   muted=lambda e: e.entry == "void")
        self.lines_view = make_view(self.lines, "schedule_table", stretch=False)
        self.entries_view = make_view(self.entries, "entries_table")
        self.lines_title, self.entries_title = _section(""), _section("")
        self.no_lines = QLabel()
        self.no_lines.setObjectName("no_lines")
        self.no_lines.setProperty("muted", True)
        self.no_lines.setWordWrap(True)
        self.actions = QHBoxLayout()        # the cashier tab puts its buttons here
        self.actions.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title)
        head.addWidget(self.stage)
        head.addStretch(1)
        head.addLayout(self.actions)
        top, bottom = QWidget(), QWidget()
        for box, caption, view in ((top, self.lines_title, self.lines_view),
                                   (bottom, self.entries_title, self.entries_view)):
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(6)
            column.addWidget(caption)
            if view is self.lines_view:
                column.addWidget(self.no_lines)
            column.addWidget(view, 1)
            column.addStretch(0)        # takes the room while the view is hidden
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([200, 300])
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addLayout(head)
        body.addWidget(self.summary)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)
        self.show_data(None)

    def show_data(self, data: LedgerData | None) -> None:
        self.data = data
        self.body.setVisible(data is not None)
        self.empty.setVisible(data is None)
        self.lines.set_rows(data.ledger.lines if data else [])
        self.lines_view.setVisible(bool(data and data.ledger.lines))
        self.no_lines.setVisible(bool(data and not data.ledger.lines))
        self.entries.set_rows(data.ledger.entries if data else [])
        self.retranslate()

    def selected_entry(self) -> Any | None:
        rows = self.entries_view.selectionModel().selectedRows()
        return self.entries.row_at(rows[0].row()) if rows else None

    def retranslate(self) -> None:
        self.lines.retranslate()
        self.entries.retranslate()
        self.lines_title.setText(self.tr("Payment schedule"))
        self.entries_title.setText(self.tr("Money received and paid back"))
        self.empty.setText(self.tr("Find a deal by customer, phone, unit or contract number."))
        self.no_lines.setText(self.tr("No payment schedule before the contract is signed: the "
                                      "deposit is taken without a schedule line."))
        data = self.data
        if data is None:
            return
        ledger = data.ledger
        self.title.setText(self.tr("{unit} · {customer}").format(
            unit=ledger.unit_code, customer=ledger.customer_name))
        self.stage.setText(deal_labels.stage_name(ledger.stage))
        colour = STAGE_COLOURS.get(ledger.stage)
        self.stage.setStyleSheet(f"color: {colour.name()};" if colour else "")
        parts = [self.tr("Deal total <b>{v}</b>").format(v=money_text(ledger.deal_total)),
                 self.tr("Paid <b>{v}</b>").format(v=money_text(ledger.paid))]
        if ledger.lines:
            parts.append(self.tr("Outstanding <b>{v}</b>").format(v=money_text(data.outstanding)))
        else:
            parts.append(self.tr("Deposit agreed <b>{v}</b>").format(
                v=money_text(ledger.deposit)))
        if data.approved_refund is not None:
            parts.append(self.tr("Approved refund {v}, left to pay back <b>{left}</b>").format(
                v=money_text(data.approved_refund), left=money_text(data.refund_left)))
        self.summary.setText("　·　".join(parts))
