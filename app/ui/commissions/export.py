"""Writing the month's commission statements to Excel off the GUI thread, with a progress
dialog (shown if the export takes more than 0.6 s) whose Cancel stops it between sheets; the
writer then leaves no file behind. Progress comes from the worker through a signal, which Qt
queues to the GUI thread.

Signals:
    finished(str): the file is written (its path).
    cancelled(): the user cancelled; no file was written.
    failed(object): the export broke (the exception).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 600
KEY = "commissions-export"


class CommissionExport(QObject):
    progressed = Signal(int, int)
    finished = Signal(str)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, runner: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._stop = threading.Event()
        self.path: Path | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("commissions_export_progress")
        self.progress.setWindowTitle(self.tr("Export to Excel"))
        self.progress.setLabelText(self.tr("Writing the commission statements…"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.reset()  # not shown until started
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress)

    def start(self, statements: Sequence[Any], path: Path) -> None:
        from app.exports.commission_excel import write_commission_statements

        self.path = path
        self._stop.clear()
        self.progress.setRange(0, max(1, len(statements) + 1))
        self.progress.setValue(0)
        stop, emit, snapshot = self._stop, self.progressed.emit, tuple(statements)
        self._runner.run(KEY, lambda: write_commission_statements(
            snapshot, path, progress=emit, cancelled=stop.is_set),
            self._on_done, self._on_failed)

    def cancel(self) -> None:
        """Stop before the next sheet; nothing is written."""
        self._stop.set()

    def is_running(self) -> bool:
        return self._runner.is_busy(KEY)

    def _on_progress(self, done: int, total: int) -> None:
        if total and not self._stop.is_set():
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _close(self) -> None:
        self.progress.reset()
        self.progress.hide()

    def _on_done(self, path: Path) -> None:
        self._close()
        self.finished.emit(str(path))

    def _on_failed(self, error: BaseException) -> None:
        from app.exports.commission_excel import ExportCancelled

        self._close()
        if isinstance(error, ExportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
