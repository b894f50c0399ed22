"""Print, print preview, PDF and Excel for the chart screen. PDF and Excel files are written
off the GUI thread (painting onto a QPrinter is allowed there); the file is chosen first and
the user is told where it went.

The Excel writer (`app.exports.chart_excel.write_chart_xlsx`) is another module's; if it is
not installed the button says so plainly instead of failing."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.chart.printer import ChartPrinter, configure
from app.ui.common.operations import OperationRunner

EXCEL_MODULE = "app.exports.chart_excel"
_DIR_KEY = "chart/export_dir"


@dataclass(frozen=True)
class ExportJob:
    """What is exported: a snapshot taken on the GUI thread, safe to hand to a worker."""

    title: str
    units: tuple
    chart_filter: Any
    filter_text: str
    generated_at: dt.datetime


def write_excel(path: Path, job: ExportJob) -> None:
    from app.exports.chart_excel import write_chart_xlsx

    write_chart_xlsx(path, job.title, job.units, job.generated_at, job.filter_text)


class ChartExports(QObject):
    """Signals:
        finished(str): a sentence saying where the file went.
        failed(object): the export failed (the exception).
        unavailable(str): the export cannot be done in this version (says why).
        dialog_opened(object): a print or preview dialog is up.
    """

    finished = Signal(str)
    failed = Signal(object)
    unavailable = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, runner: OperationRunner, parent: QWidget,
                 snapshot: Callable[[], ExportJob]) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._snapshot = snapshot
        self.dialog: Any = None
        self.ask_path: Callable[[str, str, str], str] = self._ask_path

    # --- printing ---------------------------------------------------------------------------

    def _printer(self, job: ExportJob) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job.title)
        configure(printer)
        return printer

    def print_chart(self) -> None:
        job = self._snapshot()
        printer = self._printer(job)
        dialog = QPrintDialog(printer, self._parent)
        dialog.accepted.connect(lambda: self._render(job, printer))
        self._open(dialog)

    def preview(self) -> None:
        job = self._snapshot()
        printer = self._printer(job)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.paintRequested.connect(lambda device: self._render(job, device))
        dialog.resize(1200, 860)
        self._open(dialog)

    def _render(self, job: ExportJob, device: QPrinter) -> None:
        try:
            ChartPrinter(job.title, job.units, job.chart_filter, job.generated_at,
                         job.filter_text).render(device)
        except OSError as error:
            self.failed.emit(error)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- files ------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        job = self._snapshot()
        path = self.ask_path(self.tr("Export the chart as PDF"), _file_name(job, "pdf"),
                             self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = _with_suffix(path, ".pdf")

        def work() -> Path:
            ChartPrinter(job.title, job.units, job.chart_filter, job.generated_at,
                         job.filter_text).export_pdf(target)
            return target

        self._runner.run("chart-export-pdf", work, self._done, self.failed.emit)

    def excel_available(self) -> bool:
        return importlib.util.find_spec(EXCEL_MODULE) is not None

    def export_excel(self) -> None:
        if not self.excel_available():
            self.unavailable.emit(self.tr(
                "Excel export is not installed in this version of EstateDesk."))
            return
        job = self._snapshot()
        path = self.ask_path(self.tr("Export the chart to Excel"), _file_name(job, "xlsx"),
                             self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        target = _with_suffix(path, ".xlsx")

        def work() -> Path:
            write_excel(target, job)
            return target

        self._runner.run("chart-export-xlsx", work, self._done, self.failed.emit)

    def _done(self, path: Path) -> None:
        QSettings().setValue(_DIR_KEY, str(path.parent))
        self.finished.emit(self.tr("Saved to {path}").format(path=str(path)))

    def _ask_path(self, title: str, name: str, filters: str) -> str:
        folder = QSettings().value(_DIR_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _selected = QFileDialog.getSaveFileName(self._parent, title,
                                                      str(Path(folder) / name), filters)
        return path


def _file_name(job: ExportJob, suffix: str) -> str:
    safe = "".join(c for c in job.title if c not in '\\/:*?"<>|').strip() or "chart"
    return f"{safe}_{job.generated_at:%Y%m%d_%H%M}.{suffix}"


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)
