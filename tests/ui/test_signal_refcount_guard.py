"""Guard against the PySide6 6.12 regression that dropped a reference to True/False/None
each time a signal carried them: after a few thousand emissions the interpreter crashed
(Python 3.11 has no immortal objects). The operation runner's signal carries exactly such
values, so a PySide6 upgrade must pass this first."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

EMISSIONS = 10_000


class _Emitter(QObject):
    fired = Signal(bool, object)


def test_signal_with_bool_and_none_10000_times_keeps_refcounts(qapp):
    emitter = _Emitter()
    received: list[tuple[bool, object]] = []
    emitter.fired.connect(lambda flag, value: received.append((flag, value)))
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)

    for i in range(EMISSIONS):
        emitter.fired.emit(i % 2 == 0, None)

    assert len(received) == EMISSIONS
    assert received[0] == (True, None) and received[1] == (False, None)
    received.clear()
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for old, new in zip(before, after, strict=True):
        # the bug lost one reference per emission (5,000+ here); unrelated code moves a few
        assert new >= old - EMISSIONS // 10, f"refcount fell from {old} to {new}"
