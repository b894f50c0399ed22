"""The live price of a sale (报价) as the database computes it: list total → each chosen
discount in the project's order (amount off, total after) → the deal total and its price
per m², and a banner saying whether the price needs approval and from whom.

Every change in the form asks again, debounced, off the GUI thread; the runner keeps only
the newest request's answer, so a slow old quote never overwrites a newer one."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui.common.errors import error_text
from app.ui.deals import labels
from app.ui.deals.sale_form import money_text

DEBOUNCE_MS = 250
WARN_STYLE = ("QLabel { background: #fff4e0; color: #7a4b00; border: 1px solid #f3cf8b;"
              " border-radius: 6px; padding: 8px 12px; font-weight: 600; }")
OK_STYLE = ("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
            " border-radius: 6px; padding: 8px 12px; }")
ERROR_STYLE = ("QLabel { background: #fdecea; color: #8e1c14; border: 1px solid #f5b7b1;"
               " border-radius: 6px; padding: 8px 12px; }")
_ids = itertools.count(1)


class QuotePanel(QFrame):
    """Signals:
        quote_changed(object): a new Quote arrived, or None (no unit, or refused).
    """

    quote_changed = Signal(object)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_panel")
        self.setProperty("quote", True)
        self._engine = context.login.engine
        self._runner = context.runner
        self._key = f"quote-{next(_ids)}"
        self._wanted: tuple | None = None
        self.quote: Any = None
        self.error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        self.title = QLabel(self.tr("Price"))
        self.title.setProperty("section", True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(5)
        self.grid.setColumnStretch(0, 1)
        self.placeholder = QLabel(self.tr("Choose a unit to see its price."))
        self.placeholder.setProperty("muted", True)
        self.placeholder.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("deal_total")
        self.total.setProperty("total", True)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.per_m2 = QLabel()
        self.per_m2.setObjectName("deal_unit_price")
        self.per_m2.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.per_m2.setProperty("muted", True)
        self.approval = QLabel()
        self.approval.setObjectName("approval_banner")
        self.approval.setWordWrap(True)
        self.approval.hide()
        self.busy = QLabel(self.tr("Calculating…"))
        self.busy.setProperty("muted", True)
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addLayout(self.grid)
        layout.addWidget(self.total)
        layout.addWidget(self.per_m2)
        layout.addWidget(self.approval)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self._rows: list[tuple[str, str, str]] = []

    # --- asking -----------------------------------------------------------------------------

    def request(self, unit_id: int | None, codes: Sequence[str], method: str,
                extra: Decimal = Decimal(0)) -> None:
        """Quote these terms soon (the last call within DEBOUNCE_MS wins)."""
        wanted = None if unit_id is None else (unit_id, tuple(codes), method, extra)
        if wanted == self._wanted and (self.quote is not None or self.error):
            return
        self._wanted = wanted
        if wanted is None:
            self._timer.stop()
            self._runner.cancel(self._key)
            self._show(None)
            return
        self.busy.show()
        self._timer.start()

    def is_busy(self) -> bool:
        """A quote is asked for or on its way."""
        return self._timer.isActive() or self._runner.is_busy(self._key)

    def _ask(self) -> None:
        if self._wanted is None:
            return
        from app.services import deals

        engine, (unit_id, codes, method, extra) = self._engine, self._wanted
        self._runner.run(self._key, lambda: deals.quote(engine, unit_id, codes, method, extra),
                         self._show, self._refused)

    def _refused(self, error: BaseException) -> None:
        self.error = error_text(error)
        self._show(None)

    # --- showing ----------------------------------------------------------------------------

    def rows(self) -> list[tuple[str, str, str]]:
        """The breakdown as shown: (what, amount off, total after) per line."""
        return list(self._rows)

    def approval_text(self) -> str:
        return self.approval.text() if self.approval.isVisibleTo(self) else ""

    def _show(self, quote: Any) -> None:
        self.busy.hide()
        self.quote = quote
        if quote is not None:
            self.error = ""
        self._clear_grid()
        self._rows = []
        if quote is None:
            self.placeholder.setVisible(not self.error)
            self.total.clear()
            self.per_m2.clear()
            self._banner(ERROR_STYLE, self.error)
            self.quote_changed.emit(None)
            return
        self.placeholder.hide()
        area = f"{quote.area:,.2f}㎡"
        self._add(self.tr("List total ({area})").format(area=area), "",
                  money_text(quote.list_total), header=True)
        for step in quote.steps:
            name = self.tr("Extra discount") if step.code == "extra" else step.name
            self._add(name, "−" + money_text(step.amount), money_text(step.after))
        off = quote.list_total - quote.deal_total
        ratio = (quote.deal_total * 100 / quote.list_total).quantize(Decimal("0.01"))
        if quote.steps:
            self._add(self.tr("Total discount ({percent}%)").format(percent=100 - ratio),
                      "−" + money_text(off), "", header=True)
        self.total.setText(self.tr("Deal total {amount}").format(
            amount=money_text(quote.deal_total)))
        self.per_m2.setText(self.tr("{price} per m² of {area} · {ratio}% of the list price")
                            .format(price=money_text(quote.deal_unit_price), area=area,
                                    ratio=ratio))
        if quote.approval_level:
            self._banner(WARN_STYLE, self.tr(
                "Needs approval by: {level}. The unit is reserved at once; the contract can "
                "be signed once the price is approved.").format(
                    level=labels.level_name(quote.approval_level)))
        else:
            self._banner(OK_STYLE, self.tr("Within your discount limit: no approval needed."))
        self.quote_changed.emit(quote)

    def _banner(self, style: str, text: str) -> None:
        self.approval.setStyleSheet(style)
        self.approval.setText(text)
        self.approval.setVisible(bool(text))

    def _add(self, what: str, amount: str, after: str, header: bool = False) -> None:
        row = len(self._rows)
        for column, text in enumerate((what, amount, after)):
            label = QLabel(text)
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setProperty("amount", True)
            if header and column == 0:
                label.setProperty("muted", True)
            if column == 1 and amount:
                label.setStyleSheet("color: #2e7d32;")
            self.grid.addWidget(label, row, column)
        self._rows.append((what, amount, after))

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
