"""实测面积 import from the Deals screen: the user picks the survey sheet (房号, 实测面积), the
import runs off the GUI thread, and either every contracted unit gets its area-settlement
request (for a manager to approve) or nothing is filed and the rows at fault are listed.

Signals:
    finished(str): the message shown to the user (also in tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from app.ui.common.errors import error_text, show_error
from app.ui.deals.events import deals_changed

MAX_LISTED = 15


class SurveyImport(QObject):
    finished = Signal(str)

    def __init__(self, context: Any, project_id: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._engine, self._runner = context.login.engine, context.runner
        self._project_id = project_id
        self._parent = parent

    def button(self) -> QPushButton:
        import qtawesome as qta

        button = QPushButton(qta.icon("fa6s.ruler-combined"), "")
        button.setObjectName("survey_button")
        menu = QMenu(button)
        self._import_action = menu.addAction("", self.choose)
        self._template_action = menu.addAction("", self.save_template)
        button.setMenu(menu)
        self._button = button
        self.retranslate()
        return button

    def retranslate(self) -> None:
        self._button.setText(self.tr("Measured areas"))
        self._import_action.setText(self.tr("Import the survey sheet…"))
        self._template_action.setText(self.tr("Save an empty survey sheet…"))

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Survey sheet"),
                                              self._folder(), self.tr("Excel (*.xlsx)"))
        if path:
            self.run(Path(path))

    def save_template(self) -> None:
        from app.services.survey_import import write_template

        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save an empty survey sheet"),
            str(Path(self._folder()) / "实测面积.xlsx"), self.tr("Excel (*.xlsx)"))
        if path:
            write_template(Path(path))

    def run(self, path: Path) -> None:
        from app.services.survey_import import import_survey

        project_id = self._project_id()
        self._runner.run(f"survey-{id(self)}",
                         lambda: import_survey(self._engine, project_id, path),
                         self._on_done, self._on_failed)

    def _on_done(self, report: Any) -> None:
        if report.ok:
            text = self.tr("{n} area settlement request(s) filed for approval.").format(
                n=report.requests)
            deals_changed()
        else:
            lines = [str(error) for error in report.errors[:MAX_LISTED]]
            if len(report.errors) > MAX_LISTED:
                lines.append(self.tr("… and {n} more").format(
                    n=len(report.errors) - MAX_LISTED))
            text = self.tr("Nothing was filed. Correct these rows and import again:") + \
                "\n" + "\n".join(lines)
        self.finished.emit(text)
        box = QMessageBox(QMessageBox.Icon.Information if report.ok else
                          QMessageBox.Icon.Warning, self.tr("Measured areas"), text,
                          parent=self._parent)
        box.setObjectName("survey_result")
        box.open()

    def _on_failed(self, error: BaseException) -> None:
        self.finished.emit(error_text(error))
        show_error(self._parent, error)
