"""A dedicated connection that LISTENs for unit changes. It exposes its socket so the UI can
watch it with a QSocketNotifier (no polling timer), and turns notifications into plain
values. Notifications sent while disconnected are lost: after a reconnect, reload in full."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa

CHANNEL = "estatedesk_units"


@dataclass(frozen=True)
class UnitChange:
    """Which units changed. `unit_ids` None: too many to list, reload the buildings."""

    project_id: int
    building_ids: frozenset[int]
    unit_ids: frozenset[int] | None


class ListenerLost(Exception):
    """The listening connection broke; make a new listener and reload."""


class UnitChangeListener:
    def __init__(self, engine: sa.Engine) -> None:
        # Same credentials and options as the session's engine, but out of its pool: this
        # connection only ever listens.
        raw = engine.raw_connection()
        self._conn = raw.driver_connection
        raw.detach()
        self._conn.autocommit = True
        with self._conn.cursor() as cur:
            cur.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self._conn.fileno()

    def drain(self) -> list[UnitChange]:
        """Read what has arrived (call when the socket is readable); never blocks."""
        import psycopg2

        try:
            self._conn.poll()
        except (psycopg2.OperationalError, psycopg2.InterfaceError) as exc:
            raise ListenerLost(str(exc)) from exc
        if self._conn.closed:
            raise ListenerLost("connection closed")
        changes = [parse(n.payload) for n in self._conn.notifies if n.channel == CHANNEL]
        self._conn.notifies.clear()
        return [c for c in changes if c is not None]

    def close(self) -> None:
        if not self._conn.closed:
            self._conn.close()


def parse(payload: str) -> UnitChange | None:
    try:
        data = json.loads(payload)
        units = data.get("u")
        return UnitChange(int(data["p"]), frozenset(int(b) for b in data["b"]),
                          None if units is None else frozenset(int(u) for u in units))
    except (ValueError, KeyError, TypeError):
        return None
