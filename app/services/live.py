"""Live unit changes for the chart: the UI opens a listener through here, so it never
reaches into app.db itself. The listener is an opaque object to the UI: `fileno()` to watch,
`drain()` when readable (raises `ListenerLost` when the connection broke), `close()`."""

from __future__ import annotations

import sqlalchemy as sa

from app.db.listener import ListenerLost, UnitChange, UnitChangeListener

__all__ = ["ListenerLost", "UnitChange", "UnitChangeListener", "open_listener"]


def open_listener(engine: sa.Engine) -> UnitChangeListener:
    """A dedicated LISTEN connection with the login's credentials (blocks while it
    connects: call it off the GUI thread)."""
    return UnitChangeListener(engine)
