"""Hearing unit changes from every other desk as they happen: a dedicated LISTEN connection
whose socket a QSocketNotifier watches (no polling timer), bursts coalesced over ~50 ms into
one reload. When the connection breaks it says so, retries with growing pauses
(1 s, 2 s, 5 s, 10 s, 30 s) and, once back, asks for a full reload — notifications sent while
away are lost."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.ui.common.operations import OperationRunner

_log = logging.getLogger(__name__)
BACKOFF_S = (1, 2, 5, 10, 30)
COALESCE_MS = 50


def _open(engine: Any) -> Any:
    from app.services.live import open_listener

    return open_listener(engine)


def _close_quietly(listener: Any) -> None:
    try:
        listener.close()
    except Exception:  # noqa: BLE001 — broken already, or closed
        _log.debug("closing a listener failed", exc_info=True)


class LiveUnitFeed(QObject):
    """Signals:
        changes_arrived(list): UnitChange values heard since the last emission (coalesced).
        reconnected(): the listener is back after a loss: reload everything shown.
        state_changed(str): "connecting", "live" or "lost".
    """

    changes_arrived = Signal(list)
    reconnected = Signal()
    state_changed = Signal(str)

    def __init__(self, engine: Any, runner: OperationRunner, parent: QObject | None = None,
                 opener: Any = _open) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = runner
        self._opener = opener
        self._key = f"live-connect-{id(self)}"
        self.listener: Any | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending: list = []
        self._running = False
        self._was_lost = False
        self.attempts = 0
        self.state = "stopped"
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._flush)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._connect)

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._connect()

    def stop(self) -> None:
        self._running = False
        self.retry_timer.stop()
        self._coalesce.stop()
        self._runner.cancel(self._key)
        self._teardown()
        self._set_state("stopped")

    def is_live(self) -> bool:
        return self.state == "live"

    # --- connecting -------------------------------------------------------------------------

    def _connect(self) -> None:
        if not self._running:
            return
        self._set_state("connecting" if not self._was_lost else "lost")
        engine, opener = self._engine, self._opener
        self._runner.run(self._key, lambda: opener(engine), self._on_connected,
                         self._on_connect_failed)

    def _on_connected(self, listener: Any) -> None:
        if not self._running:
            listener.close()
            return
        self.listener = listener
        # closed with the screen too (log out deletes the window without stopping us)
        self.destroyed.connect(lambda *_args, conn=listener: _close_quietly(conn))
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        self.attempts = 0
        self._set_state("live")
        if self._was_lost:
            self._was_lost = False
            self.reconnected.emit()
        QTimer.singleShot(0, self._on_readable)  # anything that came with the LISTEN reply

    def _on_connect_failed(self, error: BaseException) -> None:
        _log.info("live updates: connecting failed: %s", error)
        self._was_lost = True
        self._set_state("lost")
        self._schedule_retry()

    def _schedule_retry(self) -> None:
        if not self._running:
            return
        delay = BACKOFF_S[min(self.attempts, len(BACKOFF_S) - 1)]
        self.attempts += 1
        self.retry_timer.start(delay * 1000)

    # --- hearing ----------------------------------------------------------------------------

    def _on_readable(self, *_args: Any) -> None:
        from app.services.live import ListenerLost

        if self.listener is None:
            return
        try:
            changes = self.listener.drain()
        except ListenerLost as error:
            self._lost(error)
            return
        except Exception as error:  # noqa: BLE001 — any socket trouble: treat as lost
            self._lost(error)
            return
        if changes:
            self._pending.extend(changes)
            if not self._coalesce.isActive():
                self._coalesce.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            self.changes_arrived.emit(pending)

    def _lost(self, error: BaseException) -> None:
        _log.info("live updates: listener lost: %s", error)
        self._teardown()
        self._was_lost = True
        self._set_state("lost")
        self._schedule_retry()

    def _teardown(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.activated.disconnect(self._on_readable)
            self._notifier.deleteLater()
            self._notifier = None
        if self.listener is not None:
            _close_quietly(self.listener)
            self.listener = None

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
