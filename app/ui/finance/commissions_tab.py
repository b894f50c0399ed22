"""佣金 tab of the finance screen: pick a month, see everyone's commission of the month (a
salesperson: only their own — the database decides), one payee's statement lines, export
the month's statements to Excel off the GUI thread (progress dialog, Cancel leaves no file);
sales managers and administrators also keep the commission rules here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.commissions import CommissionStatement, first_of_month
from app.domain.money import format_yuan
from app.domain.statuses import Role
from app.ui.commissions.export import CommissionExport
from app.ui.commissions.models import LineModel, PayeeModel
from app.ui.commissions.rules_panel import RulesPanel
from app.ui.common.errors import describe_error
from app.ui.customers.style import set_banner
from app.ui.pricing.style import TABLE_CSS

_DIR_KEY = "commissions/export_dir"
RULES_WIDTH = 440          # the managers' rules editor, right of the statements


def _table(model: Any, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setStyleSheet(TABLE_CSS)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)   # the name column
    return view


class CommissionsTab(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commissions_tab")
        self._engine, self._runner = context.login.engine, context.runner
        self.project_id: int | None = None
        self.statements: list[CommissionStatement] = []
        self.ask_path = self._ask_path            # tests replace the file dialog
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("commissions_month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        today = dt.date.today()
        self.month_edit.setDate(QDate(today.year, today.month, 1))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("commissions_export")
        self.export_button.setEnabled(False)
        self.banner = QLabel()
        self.banner.setObjectName("commissions_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.payees = PayeeModel(self)
        self.lines = LineModel(self)
        self.payee_table = _table(self.payees, "commissions_payees", 0)
        self.line_table = _table(self.lines, "commissions_lines", 1)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("commissions_detail_title")
        self.detail_title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f3a5f;")
        self.detail_totals = QLabel()
        self.detail_totals.setObjectName("commissions_detail_totals")
        self.detail_totals.setWordWrap(True)
        self.rules: RulesPanel | None = None
        if context.session.has(Role.SALES_MANAGER, Role.ADMIN):
            own = None if context.session.has(Role.ADMIN) else context.session.staff_id
            self.rules = RulesPanel(self._engine, self._runner, exclude_staff_id=own)
            self.rules.saved.connect(lambda _rule: self.reload())
        self.exporter = CommissionExport(self._runner, self)
        self._build()
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.payee_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_statement(current.row()))
        self.exporter.finished.connect(self._exported)
        self.exporter.cancelled.connect(lambda: set_banner(self.banner, "info", self.tr(
            "The export was cancelled; no file was written.")))
        self.exporter.failed.connect(
            lambda error: set_banner(self.banner, "error", describe_error(error)))

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_edit)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        detail = QWidget()
        lower = QVBoxLayout(detail)
        lower.setContentsMargins(0, 6, 0, 0)
        lower.addWidget(self.detail_title)
        lower.addWidget(self.line_table, 1)
        lower.addWidget(self.detail_totals)
        statements = QSplitter(Qt.Orientation.Vertical)   # the month's payees over one's lines
        statements.addWidget(self.payee_table)
        statements.addWidget(detail)
        statements.setSizes([240, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        if self.rules is None:
            layout.addWidget(statements, 1)
            return
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(statements)
        columns.addWidget(self.rules)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 0)
        columns.setSizes([10_000, RULES_WIDTH])
        layout.addWidget(columns, 1)

    def _key(self, what: str) -> str:
        return f"commissions-{what}-{id(self)}"

    # --- the month's statements -------------------------------------------------------------

    def set_project(self, project_id: int) -> None:
        self.project_id = project_id
        self.reload()
        if self.rules is not None:
            self.rules.load(project_id)

    def month(self) -> dt.date:
        return first_of_month(self.month_edit.date().toPython())

    def set_month(self, month: dt.date) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def reload(self) -> None:
        from app.services.commissions import statements_for_month

        if self.project_id is None:
            return
        engine, project_id, month = self._engine, self.project_id, self.month()
        self._runner.run(self._key("load"),
                         lambda: statements_for_month(engine, project_id, month),
                         self._loaded,
                         lambda error: set_banner(self.banner, "error", describe_error(error)))

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key("load")) or (
            self.rules is not None and self.rules.is_loading())

    def _loaded(self, statements: list[CommissionStatement]) -> None:
        if self.banner.property("banner") == "error":
            set_banner(self.banner, "ok", "")
        self.statements = list(statements)
        self.payees.set_rows(self.statements)
        self.export_button.setEnabled(bool(self.statements))
        if self.statements:
            self.payee_table.selectRow(0)
        else:
            self.show_statement(-1)

    def show_statement(self, row: int) -> None:
        statement = self.payees.statement_at(row)
        self.lines.set_rows(statement.lines if statement else ())
        month = f"{self.month():%Y-%m}"
        if statement is None:
            self.detail_title.setText(self.tr("No commission in {month}.").format(month=month))
            self.detail_totals.setText("")
            return
        totals = statement.totals
        self.detail_title.setText(self.tr("{payee} — {month}").format(
            payee=statement.payee.name, month=month))
        self.detail_totals.setText(self.tr(
            "Deals: {deals} · Received: {received} · Commission: {commission} · Earned to "
            "date: {earned}").format(deals=totals.deals, received=format_yuan(totals.received),
                                    commission=format_yuan(totals.commission),
                                    earned=format_yuan(totals.earned_to_date)))

    # --- Excel ------------------------------------------------------------------------------

    def export(self) -> None:
        if not self.statements or self.exporter.is_running():
            return
        first = self.statements[0]
        name = f"佣金结算_{first.project_name}_{first.month:%Y-%m}.xlsx"
        name = "".join(c for c in name if c not in '\\/:*?"<>|')
        path = self.ask_path(self.tr("Export the commission statements to Excel"), name,
                             self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self.exporter.start(self.statements, target)

    def _exported(self, path: str) -> None:
        QSettings().setValue(_DIR_KEY, str(Path(path).parent))
        set_banner(self.banner, "ok", self.tr("Saved to {path}").format(path=path))

    def _ask_path(self, title: str, name: str, filters: str) -> str:
        folder = QSettings().value(_DIR_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _selected = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name),
                                                      filters)
        return path
