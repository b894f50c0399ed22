"""Running service calls off the GUI thread (Anki's operations, Orange's one-task-per-widget).

A screen calls `runner.run(key, fn, on_success, on_failure)`: `fn` runs on a pool thread, and
its result or exception comes back to the callbacks on the GUI thread. A new request under
the same key supersedes the previous one — its result is dropped, so a slow answer to an
old question never overwrites a newer one. `fn` must not touch widgets.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Pending:
    key: str
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None] | None


class OperationRunner(QObject):
    """Runs callables on a thread pool and hands their outcome back to the GUI thread.

    Signals:
        busy_changed(bool): some operation started (True) or the last one finished (False).
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, bool, object)  # ticket, succeeded, result or exception

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._finished.connect(self._on_finished)

    def run(self, key: str, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None) -> int:
        """Start `fn` in the background; returns a ticket. Supersedes earlier runs of `key`.

        Without `on_failure`, a failure is logged and dropped: pass one to show it.
        """
        ticket = next(self._tickets)
        was_busy = self.is_busy()
        self._pending[ticket] = _Pending(key, on_success, on_failure)
        self._latest[key] = ticket
        self._pool.start(lambda: self._work(ticket, fn))
        if not was_busy:
            self.busy_changed.emit(True)
        return ticket

    def cancel(self, key: str) -> None:
        """Forget the running request under `key`: its result will be dropped."""
        self._latest.pop(key, None)

    def is_busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._pending)
        ticket = self._latest.get(key)
        return ticket is not None and ticket in self._pending

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (tests, shutdown); results still arrive as events."""
        return self._pool.waitForDone(msecs)

    def _work(self, ticket: int, fn: Callable[[], Any]) -> None:
        try:
            result, ok = fn(), True
        except BaseException as error:  # noqa: BLE001 — delivered to the GUI thread
            result, ok = error, False
        # The runner (and the screen that made it) may have been deleted while we worked —
        # a window closed, a user logged out. Then nobody waits for the result; PySide says
        # so with RuntimeError, or TypeError when the C++ signal is already gone (seen in CI).
        try:
            if shiboken6.isValid(self):
                self._finished.emit(ticket, ok, result)
                return
        except (RuntimeError, TypeError):
            pass
        _log.debug("operation %s finished after its runner was deleted", ticket)

    @Slot(int, bool, object)
    def _on_finished(self, ticket: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(ticket, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or self._latest.get(pending.key) != ticket:
            _log.debug("dropped superseded result of %s #%s", pending and pending.key, ticket)
            return
        del self._latest[pending.key]
        if ok:
            pending.on_success(payload)
        elif pending.on_failure is not None:
            pending.on_failure(payload)  # type: ignore[arg-type]
        else:
            _log.error("operation %s failed", pending.key,
                       exc_info=(type(payload), payload, payload.__traceback__))  # type: ignore[union-attr]
