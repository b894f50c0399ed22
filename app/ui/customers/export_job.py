"""Exporting the filtered list to Excel off the GUI thread, with a progress dialog that
appears only if the export takes more than 0.6 s and a Cancel that stops it between pages
(the service then leaves no file behind). Progress is reported from the worker through a
signal, which Qt queues to the GUI thread.

Signals:
    progressed(int, int): rows written, rows in all.
    finished(int, str): the export is complete: rows and path.
    cancelled(): the user cancelled; no file was written.
    failed(object): the export was refused or broke (the exception).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.common.operations import OperationRunner

SHOW_AFTER_MS = 600


class CustomerExport(QObject):
    progressed = Signal(int, int)
    finished = Signal(int, str)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, engine: Any, runner: OperationRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._engine, self._runner = engine, runner
        self._stop = threading.Event()
        self.path: Path | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Export to Excel"))
        self.progress.setLabelText(self.tr("Writing customers…"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.reset()  # not shown until started
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress)

    def start(self, query: Any, path: Path) -> None:
        from app.services.customer_export import export_customers

        self.path = path
        self._stop.clear()
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        engine, stop, emit = self._engine, self._stop, self.progressed.emit
        self._runner.run("customer-export",
                         lambda: export_customers(engine, query, path, progress=emit,
                                                  cancelled=stop.is_set),
                         self._on_done, self._on_failed)

    def cancel(self) -> None:
        """Stop at the next page; the service removes what it wrote."""
        self._stop.set()

    def is_running(self) -> bool:
        return self._runner.is_busy("customer-export")

    def _on_progress(self, done: int, total: int) -> None:
        if total and not self._stop.is_set():
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_done(self, rows: int) -> None:
        self.progress.reset()
        self.progress.hide()
        self.finished.emit(rows, str(self.path))  # a cancel after the last page came too late

    def _on_failed(self, error: BaseException) -> None:
        from app.services.customer_export import ExportCancelled

        self.progress.reset()
        self.progress.hide()
        if isinstance(error, ExportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
