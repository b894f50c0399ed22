"""Printing receipts, a day's receipts and reminder letters (催款函) from the finance screen.

The printer is chosen first (the print dialog), then the PDF is written off the GUI thread
by `app.services.receipt_printing` — which counts the print, so a reprint comes out as
副本 — and its pages are rendered onto the chosen printer with QPdfDocument. A day's batch
reports its progress and can be cancelled.

`app.services.receipt_printing` is another module's: without it `available()` is False
and the screen hides its print buttons."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRect, QSize, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINTING_MODULE = "app.services.receipt_printing"
RENDER_DPI = 300           # enough for text on paper; a page image stays a few MB


def available() -> bool:
    """Is the receipt printing service installed?"""
    try:
        return importlib.util.find_spec(PRINTING_MODULE) is not None
    except (ImportError, ValueError):
        return False


def new_printer(size_mm: tuple[float, float] | None = None) -> QPrinter:
    """A printer set to the page `size_mm` (width, height; landscape when wider)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if size_mm is not None:
        width, height = size_mm
        size = QPageSize(QSizeF(min(width, height), max(width, height)),
                         QPageSize.Unit.Millimeter)
        orientation = (QPageLayout.Orientation.Landscape if width > height
                       else QPageLayout.Orientation.Portrait)
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog; True when the user chose to print. Tests replace this."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def render_pdf(path: str | Path, printer: QPrinter) -> int:
    """Every page of the PDF at `path` onto `printer`, fitted to its page; the page count."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {path}")
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("the printer could not be opened")
    try:
        dpi = min(printer.resolution(), RENDER_DPI)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            painter.drawImage(QRect(0, 0, round(image.width() * scale),
                                    round(image.height() * scale)), image)
    finally:
        painter.end()
        document.close()
    return pages


class PrintJobs(QObject):
    """Signals:
        printed(str): a sentence saying what was printed.
        failed(object): the error.
        progress(int, int): a day's batch: receipts drawn, of how many.
    """

    printed = Signal(str)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, context: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._engine, self._runner = context.login.engine, context.runner
        self._folder = Path(tempfile.mkdtemp(prefix="estatedesk-print-"))
        folder = self._folder
        self.destroyed.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        self._cancel = threading.Event()
        self.printer: QPrinter | None = None

    def is_busy(self) -> bool:
        return any(self._runner.is_busy(f"{name}-{id(self)}")
                   for name in ("receipt", "day", "letter"))

    # --- one receipt ------------------------------------------------------------------------

    def print_receipt(self, receipt_id: int, receipt_no: str) -> bool:
        """Print (or reprint, as 副本) one receipt; False when the user cancelled."""
        from app.exports.receipt_pdf import ReceiptLayout

        layout = ReceiptLayout()
        printer = self._choose(layout)
        if printer is None:
            return False
        target = self._folder / f"{receipt_no}.pdf"
        engine = self._engine

        def work() -> bool:
            from app.services.receipt_printing import print_receipt

            return print_receipt(engine, receipt_id, target, layout)

        def done(copy: bool) -> None:
            self._render(target, printer)
            self.printed.emit(self.tr("Receipt {no} printed as a copy (副本).").format(
                no=receipt_no) if copy else self.tr("Receipt {no} printed.").format(
                no=receipt_no))

        self._runner.run(f"receipt-{id(self)}", work, done, self.failed.emit)
        return True

    # --- a day's receipts -------------------------------------------------------------------

    def print_day(self, project_id: int, day: dt.date) -> bool:
        """Print every receipt of `day` in the project, with progress; False if cancelled."""
        from app.exports.receipt_pdf import ReceiptLayout

        layout = ReceiptLayout()
        printer = self._choose(layout)
        if printer is None:
            return False
        self._cancel.clear()
        target = self._folder / f"receipts-{day.isoformat()}.pdf"
        engine, cancel = self._engine, self._cancel

        def report(done: int, total: int) -> None:
            try:
                if shiboken6.isValid(self):
                    self.progress.emit(done, total)
            except (RuntimeError, TypeError):
                pass

        def work() -> int:
            from app.services.receipt_printing import print_day

            return print_day(engine, project_id, day, target, layout, progress=report,
                             cancelled=cancel.is_set)

        def done(pages: int) -> None:
            if cancel.is_set() or not pages:
                self.printed.emit(self.tr("Printing cancelled: nothing was printed.")
                                  if cancel.is_set() else
                                  self.tr("There are no receipts to print on {day}.").format(
                                      day=day.isoformat()))
                return
            self._render(target, printer)
            self.printed.emit(self.tr("The receipts of {day} printed ({n} pages).").format(
                n=pages, day=day.isoformat()))

        self._runner.run(f"day-{id(self)}", work, done, self.failed.emit)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    # --- reminder letters -------------------------------------------------------------------

    def reminder_letter(self, deal_id: int, unit_code: str) -> bool:
        printer = self._choose(None)
        if printer is None:
            return False
        target = self._folder / f"reminder-{deal_id}.pdf"
        engine = self._engine

        def work() -> Any:
            from app.services.receipt_printing import write_reminder_letter

            return write_reminder_letter(engine, deal_id, target)

        def done(letter: Any) -> None:
            if letter is None:
                self.printed.emit(self.tr("Nothing of {unit} is overdue: no letter printed.")
                                  .format(unit=unit_code))
                return
            self._render(target, printer)
            self.printed.emit(self.tr("Reminder letter for {unit} printed.").format(
                unit=unit_code))

        self._runner.run(f"letter-{id(self)}", work, done, self.failed.emit)
        return True

    # --- internals --------------------------------------------------------------------------

    def _choose(self, layout: Any) -> QPrinter | None:
        printer = new_printer(None if layout is None else (
            (210.0, 297.0) if layout.two_per_page else tuple(layout.size_mm)))
        if not ask_printer(self._widget, printer):
            return None
        self.printer = printer
        return printer

    def _render(self, path: Path, printer: QPrinter) -> None:
        try:
            render_pdf(path, printer)
        except OSError as error:
            self.failed.emit(error)
        finally:
            path.unlink(missing_ok=True)
