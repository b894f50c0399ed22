"""The sale steps as entry points for the screens (the Deals screen, the chart, the queue
tab): each opens its dialog window-modal with `open()` — the event loop and live updates
keep running — and returns it. The dialogs save off the GUI thread and announce the change
with `deals_changed`.

    open_subscribe(parent, context, unit_id=None, customer_id=None, deal_id=None,
                   project_id=None)          → SubscribeDialog
    open_small_deposit(parent, context, unit_id=None, customer_id=None,
                       project_id=None)      → SmallDepositDialog
    open_contract(parent, context, deal_id)  → ContractDialog
    open_queue_ticket(parent, context, project_id, customer_id=None) → QueueTicketDialog
    print_subscription(parent, context, deal_id, unit_code=None) → SubscriptionPrint

`context` is the screen's ScreenContext (login + runner). Without a unit the dialog lets the
user choose one of `project_id`'s units (default: the first project); with `deal_id` a
small deposit is converted, or a subscription whose price waits for approval or was
rejected gets a new price (deals.reprice). Each dialog's `saved` signal carries the deal id
(the queue number for 排号)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.ui.common.errors import error_box

PRINT_DIR_KEY = "deals/print_dir"


def _open(dialog: QDialog) -> Any:
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def open_subscribe(parent: QWidget | None, context: Any, unit_id: int | None = None,
                   customer_id: int | None = None, deal_id: int | None = None,
                   project_id: int | None = None) -> Any:
    """认购 of a unit (or of the customer's small deposit `deal_id`, converted)."""
    from app.ui.deals.subscribe_dialog import SubscribeDialog

    return _open(SubscribeDialog(context, parent, unit_id=unit_id, customer_id=customer_id,
                                 deal_id=deal_id, project_id=project_id))


def open_small_deposit(parent: QWidget | None, context: Any, unit_id: int | None = None,
                       customer_id: int | None = None, project_id: int | None = None) -> Any:
    """小定 on a unit."""
    from app.ui.deals.small_deposit_dialog import SmallDepositDialog

    return _open(SmallDepositDialog(context, parent, unit_id=unit_id, customer_id=customer_id,
                                    project_id=project_id))


def open_contract(parent: QWidget | None, context: Any, deal_id: int) -> Any:
    """签约 of a subscription."""
    from app.ui.deals.contract_dialog import ContractDialog

    return _open(ContractDialog(context, deal_id, parent))


def open_queue_ticket(parent: QWidget | None, context: Any, project_id: int | None,
                      customer_id: int | None = None) -> Any:
    """排号: a queue number with its intention fee (project None: the first project)."""
    from app.ui.deals.queue_dialog import QueueTicketDialog

    return _open(QueueTicketDialog(context, project_id, parent, customer_id))


# --- printing the subscription form -----------------------------------------------------------

def default_path(unit_code: str) -> str:
    folder = QSettings().value(PRINT_DIR_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    safe = re.sub(r'[\\/:*?"<>|]', "_", unit_code)
    return str(Path(str(folder)) / f"认购书-{safe}.pdf")


def choose_path(parent: QWidget | None, suggested: str) -> str:
    """Where to write the PDF (the user's choice; "" when cancelled). Tests replace this."""
    title = QCoreApplication.translate("SaleActions", "Save the subscription form")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def open_file(path: str) -> bool:
    """Show the written PDF in the system's viewer. Tests replace this."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class SubscriptionPrint(QObject):
    """Writes one deal's 认购书 off the GUI thread, then opens it.

    Signals:
        finished(str): the PDF was written to this path (and opened).
        failed(object): the error (already shown to the user).
    """

    finished = Signal(str)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, context: Any, deal_id: int) -> None:
        super().__init__(parent)
        self._widget = parent
        self._context = context
        self.deal_id = deal_id
        self.path = ""
        self.error_box: Any = None

    def start(self, unit_code: str | None = None) -> None:
        if unit_code:
            self._ask(unit_code)
            return
        from app.services import deals

        engine, deal_id = self._context.login.engine, self.deal_id

        def code() -> str:
            detail = deals.deal_detail(engine, deal_id)
            return detail.deal.unit_code if detail else str(deal_id)

        self._context.runner.run(f"print-code-{id(self)}", code, self._ask, self._failed)

    def _ask(self, unit_code: str) -> None:
        path = choose_path(self._widget, default_path(unit_code))
        if not path:
            return
        from app.services.deal_documents import write_subscription

        engine, deal_id = self._context.login.engine, self.deal_id
        self.path = path
        self._context.runner.run(f"print-{id(self)}",
                                 lambda: write_subscription(engine, deal_id, path),
                                 self._written, self._failed)

    def _written(self, _result: Any) -> None:
        QSettings().setValue(PRINT_DIR_KEY, str(Path(self.path).parent))
        open_file(self.path)
        self.finished.emit(self.path)

    def _failed(self, error: BaseException) -> None:
        self.error_box = error_box(self._widget, error)
        self.error_box.open()
        self.failed.emit(error)


def print_subscription(parent: QWidget | None, context: Any, deal_id: int,
                       unit_code: str | None = None) -> SubscriptionPrint:
    """Ask where to save the deal's subscription form (default 认购书-<unit>.pdf in the
    documents folder), write it off the GUI thread, then open it."""
    job = SubscriptionPrint(parent, context, deal_id)
    job.start(unit_code)
    return job
