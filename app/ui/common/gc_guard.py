"""Python's garbage collector runs on whichever thread happens to allocate. If that is a
pool thread and the garbage holds Qt objects, PySide finalises them off the GUI thread and
the process can crash (seen here as a segfault in a login worker). So automatic collection
is switched off and the GUI thread collects on a timer — the approach pyqtgraph takes."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadGarbageCollector(QObject):
    """Create once, on the GUI thread, after the QApplication."""

    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed Python's thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
