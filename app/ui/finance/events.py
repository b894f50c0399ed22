""""Money changed", heard by every open finance view: a payment, a void, a refund, a book
or a daily close — the cashier's ledger, the day's receipts, the books, the close and the
receivables refresh themselves. Payments also tell the deal views (`deals_changed`).

    from app.ui.finance.events import finance_changed, finance_events
    finance_changed([deal_id])        # after a save (deal ids, or None for "anything")
    finance_events().changed.connect(self._on_changed)   # a bound method of a widget
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class FinanceEvents(QObject):
    """Signals:
        changed(object): money or books changed; the deal ids concerned, or None.
    """

    changed = Signal(object)


_events: FinanceEvents | None = None


def finance_events() -> FinanceEvents:
    """The one instance for the application (created on first use, on the GUI thread)."""
    global _events
    if _events is None:
        _events = FinanceEvents()
    return _events


def finance_changed(deal_ids: Iterable[int] | None = None) -> None:
    ids = None if deal_ids is None else list(deal_ids)
    finance_events().changed.emit(ids)
    if ids:
        from app.ui.deals.events import deals_changed

        deals_changed(ids)
