"""Writing the report on screen to Excel off the GUI thread, with a progress dialog (shown if
the export takes more than 0.6 s) whose Cancel stops it; the writer then leaves no file.
Once the file is written, the export is put in the audit log (reports.record_export) by the
same background call, so a cancelled or failed export is never recorded.

Signals:
    finished(str, int): the file is written and recorded (its path, the rows).
    cancelled(): the user cancelled; no file was written.
    failed(object): the export broke (the exception).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 600


def export_and_record(engine: Any, report: Any, path: Path, filter_text: str,
                      progress: Any = None, cancelled: Any = None) -> Path:
    """The background half: write the file, then record the export."""
    from app.exports.report_excel import write_report
    from app.services import reports

    written = write_report(report, path, progress, cancelled,
                           translate=QCoreApplication.translate, filter_text=filter_text,
                           chart=reports.spec(report.key).chart)
    reports.record_export(engine, report.key, report.filter, len(report.rows))
    return written


class ReportExport(QObject):
    progressed = Signal(int, int)
    finished = Signal(str, int)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, engine: Any, runner: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._engine, self._runner = engine, runner
        self._key = f"report-export-{id(self)}"
        self._stop = threading.Event()
        self._rows = 0
        self.path: Path | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("report_export_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.reset()
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress)
        self.retranslate()

    def retranslate(self) -> None:
        self.progress.setWindowTitle(self.tr("Export to Excel"))
        self.progress.setLabelText(self.tr("Writing the report…"))
        self.progress.setCancelButtonText(self.tr("Cancel"))

    def start(self, report: Any, path: Path, filter_text: str) -> None:
        self.path = Path(path)
        self._rows = len(report.rows)
        self._stop.clear()
        self.progress.setRange(0, max(1, self._rows))
        self.progress.setValue(0)
        stop, emit, engine = self._stop, self.progressed.emit, self._engine
        self._runner.run(self._key, lambda: export_and_record(
            engine, report, Path(path), filter_text, emit, stop.is_set),
            self._on_done, self._on_failed)

    def cancel(self) -> None:
        self._stop.set()

    def is_running(self) -> bool:
        return self._runner.is_busy(self._key)

    def _on_progress(self, done: int, total: int) -> None:
        if total and not self._stop.is_set():
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _close(self) -> None:
        self.progress.reset()
        self.progress.hide()

    def _on_done(self, path: Path) -> None:
        self._close()
        self.finished.emit(str(path), self._rows)

    def _on_failed(self, error: BaseException) -> None:
        from app.exports.report_excel import ExportCancelled

        self._close()
        if isinstance(error, ExportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
