""""What changed" for deals, heard by every open deal view: a dialog saves a subscription, a
manager approves a discount or a change — the list, the detail panel and the approvals tab
refresh themselves.

    from app.ui.deals.events import deals_changed, deal_events
    deals_changed([deal_id])          # after a save (ids, or None for "anything")
    deal_events().changed.connect(self._on_deals_changed)

Connect a bound method of a QObject (a widget's method), not a lambda: Qt then drops the
connection when the widget is deleted, so a closed screen never hears it again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class DealEvents(QObject):
    """Signals:
        changed(object): deals were created or changed; a list of deal ids, or None when
            the caller does not know which (every view then reloads).
    """

    changed = Signal(object)


_events: DealEvents | None = None


def deal_events() -> DealEvents:
    """The one instance for the application (created on first use, on the GUI thread)."""
    global _events
    if _events is None:
        _events = DealEvents()
    return _events


def deals_changed(ids: Iterable[int] | int | None = None) -> None:
    """Tell every open deal view that deals changed (`ids`, or None for unknown)."""
    if isinstance(ids, int):
        ids = [ids]
    deal_events().changed.emit(None if ids is None else list(ids))
