""""What changed" for customers, heard by every open screen: the intake registers a visitor,
a detail dialog saves, a manager reassigns — the list, the home screen's follow-ups and the
rotation panel refresh themselves (Anki's operation-changes idea, without a database
round trip for this desk's own changes)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CustomerEvents(QObject):
    """Signals:
        customers_changed(): customers were created, edited, reassigned, merged or lost.
        roster_changed(): today's duty rotation changed (or a turn was taken).
    """

    customers_changed = Signal()
    roster_changed = Signal()


_events: CustomerEvents | None = None


def customer_events() -> CustomerEvents:
    """The one instance for the application (created on first use, on the GUI thread)."""
    global _events
    if _events is None:
        _events = CustomerEvents()
    return _events
