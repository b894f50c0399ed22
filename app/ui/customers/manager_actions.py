"""The manager's tools on the customer list: reassign the selected customers, merge two
records of one person, export the filtered list to Excel. Each opens its dialog, runs the
service off the GUI thread and reports in the list's banner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from app.ui.customers.events import customer_events
from app.ui.customers.field_errors import message_of


class ManagerActions(QObject):
    def __init__(self, screen: Any) -> None:
        super().__init__(screen)
        self.screen = screen
        self._engine = screen.context.login.engine
        self._runner = screen.context.runner
        self.dialog: Any = None
        self.export_job: Any = None

    # --- reassign ---------------------------------------------------------------------------

    def reassign(self) -> None:
        from app.ui.customers.reassign_dialog import ReassignDialog

        rows = self.screen.selected_rows()
        if not rows:
            return
        self.dialog = ReassignDialog(len(rows), self.screen.salespeople, self.screen)
        ids = [r.id for r in rows]
        self.dialog.submitted.connect(lambda: self._submit_reassign(ids))
        self.dialog.open()

    def _submit_reassign(self, ids: list[int]) -> None:
        from app.services.customers import reassign

        dialog, engine = self.dialog, self._engine
        staff_id, reason = dialog.values()
        name = dialog.staff_name()

        def done(moved: int) -> None:
            dialog.succeeded()
            self.screen.show_banner("ok", self.tr("{n} customer(s) reassigned to {name}.")
                                    .format(n=moved, name=name))
            customer_events().customers_changed.emit()

        self._runner.run("customer-reassign",
                         lambda: reassign(engine, ids, staff_id, reason), done, dialog.failed)

    # --- merge ------------------------------------------------------------------------------

    def merge(self) -> None:
        from app.ui.customers.merge_dialog import MergeDialog

        rows = self.screen.selected_rows()
        if len(rows) != 2:
            self.screen.show_banner("info", self.tr(
                "Select exactly two records of the same person to merge them."))
            return
        self.dialog = MergeDialog(rows[0], rows[1], self.screen)
        self.dialog.submitted.connect(self._submit_merge)
        self.dialog.open()

    def _submit_merge(self) -> None:
        from app.services.customers import merge

        dialog, engine = self.dialog, self._engine
        keep, drop = dialog.keep_and_drop()
        name = next(r.name for r in dialog.records if r.id == keep)

        def done(_none: None) -> None:
            dialog.succeeded()
            self.screen.view.clearSelection()
            self.screen.show_banner("ok", self.tr("Merged into {name}.").format(name=name))
            customer_events().customers_changed.emit()

        self._runner.run("customer-merge", lambda: merge(engine, keep, drop), done,
                         dialog.failed)

    # --- export -----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where to save, then export the list as filtered now."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self.tr("customers.xlsx"))
        path, _filter = QFileDialog.getSaveFileName(
            self.screen, self.tr("Export customers"), suggested, self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> Any:
        from app.ui.customers.export_job import CustomerExport

        if self.export_job is not None:
            if self.export_job.is_running():  # one export at a time
                return self.export_job
            self.export_job.progress.deleteLater()
            self.export_job.deleteLater()
        self.export_job = CustomerExport(self._engine, self._runner, self.screen)
        job = self.export_job
        job.finished.connect(lambda rows, where: self.screen.show_banner(
            "ok", self.tr("Exported {n} customers to {path}").format(
                n=QLocale().toString(rows), path=where)))
        job.cancelled.connect(lambda: self.screen.show_banner(
            "info", self.tr("Export cancelled; no file was written.")))
        job.failed.connect(lambda error: self.screen.show_banner("error", message_of(error)))
        job.start(self.screen.model.query, path)
        return job
