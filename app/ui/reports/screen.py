"""报表: every report of app.services.reports on one screen — the reports listed on the left
by family, the filters the chosen report uses on top (project, period, and the grain of
by-period reports), the report as a sortable table with its totals row below, and "Export
to Excel…" (off the GUI thread, with progress and cancel; the export goes in the audit log).

The database decides what a login may read: a report it may not read shows the refusal in
the banner. Every service call runs on the screen's OperationRunner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.queries.reports import ReportFilter
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.finance.table import make_view
from app.ui.pricing.style import PRICING_CSS
from app.ui.reports.export import ReportExport
from app.ui.reports.table import ReportModel, tr

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext

KEY_ROLE = Qt.ItemDataRole.UserRole
FOLDER_KEY = "reports/export_folder"
# (family title, report keys); a report not listed here goes under "Other reports"
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ReportsScreen", "Sales"),
     ("sales_ledger", "subscription_ledger", "contract_ledger", "sales_by_period",
      "sales_by_building", "sales_by_layout", "sales_by_staff")),
    (QT_TRANSLATE_NOOP("ReportsScreen", "Sell-through and inventory"),
     ("sell_through_by_building", "sell_through_by_layout", "inventory", "price_history")),
    (QT_TRANSLATE_NOOP("ReportsScreen", "Money"),
     ("receivables", "collections", "collection_detail")),
    (QT_TRANSLATE_NOOP("ReportsScreen", "Visitors and customers"),
     ("visitors_by_staff", "visitors_by_channel", "visit_list", "queue_numbers",
      "channel_roi", "profile_age", "profile_district", "profile_occupation",
      "profile_grade", "profile_purpose")),
    (QT_TRANSLATE_NOOP("ReportsScreen", "Staff and audit"),
     ("staff_performance", "sensitive_actions")),
)
OTHER = QT_TRANSLATE_NOOP("ReportsScreen", "Other reports")
GRAINS = (("day", QT_TRANSLATE_NOOP("ReportsScreen", "By day")),
          ("week", QT_TRANSLATE_NOOP("ReportsScreen", "By week")),
          ("month", QT_TRANSLATE_NOOP("ReportsScreen", "By month")))


def families() -> list[tuple[str, list[str]]]:
    """The report families with the keys of the registry's reports in each."""
    from app.services.reports import REPORTS

    listed: set[str] = set()
    out = []
    for title, keys in FAMILIES:
        present = [k for k in keys if k in REPORTS]
        listed.update(present)
        if present:
            out.append((title, present))
    rest = [k for k in REPORTS if k not in listed]
    if rest:
        out.append((OTHER, rest))
    return out


def ask_path(parent: QWidget, title: str, suggested: str) -> str:
    """The file to export to (tests replace this)."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx)")
    return path


class ReportsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("reports")
        self.setStyleSheet(PRICING_CSS)
        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"report-{id(self)}"
        self._projects_key = f"report-projects-{id(self)}"
        self.report: Any = None            # the Report on screen
        self.key: str | None = None        # the chosen report
        self._projects_loaded = False
        self.title, self.count_label = QLabel(), QLabel()
        self.title.setObjectName("screen_title")
        self.count_label.setProperty("muted", True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("report_list")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(220)
        self.project_label, self.period_check = QLabel(), QCheckBox()
        self.project = QComboBox()
        self.project.setObjectName("report_project")
        self.project.setMinimumWidth(180)
        self.period_check.setObjectName("report_period")
        self.period_check.setChecked(True)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, day in ((self.date_from, QDate(today.year(), today.month(), 1)),
                          (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
        self.date_from.setObjectName("report_from")
        self.date_to.setObjectName("report_to")
        self.to_label = QLabel()
        self.grain = QComboBox()
        self.grain.setObjectName("report_grain")
        for key, _title in GRAINS:
            self.grain.addItem("", key)
        self.grain.setCurrentIndex(2)
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.export_button = QPushButton(qta.icon("fa6s.file-excel"), "")
        self.export_button.setObjectName("report_export")
        self.export_button.setEnabled(False)
        self.model = ReportModel(())
        self.view = make_view(self.model, "report_table", sortable=True, stretch=False)
        self.proxy = self.view.model()
        self.totals_model = ReportModel((), bold=lambda _row: True)
        self.totals_view = make_view(self.totals_model, "report_totals", stretch=False)
        self.totals_view.horizontalHeader().hide()
        self.totals_view.setFixedHeight(34)
        self.totals_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exporter = ReportExport(self._engine, self._runner, self)
        self._build()
        self._connect()
        self._retranslate()
        self._fill_tree()
        self._load_projects()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for widget in (self.project_label, self.project):
            filters.addWidget(widget)
        filters.addSpacing(8)
        for widget in (self.period_check, self.date_from, self.to_label, self.date_to):
            filters.addWidget(widget)
        filters.addSpacing(8)
        filters.addWidget(self.grain)
        filters.addStretch(1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.totals_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("report_split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.tree.currentItemChanged.connect(self._on_report_chosen)
        self.project.activated.connect(self.reload)
        self.period_check.toggled.connect(self._on_period_toggled)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.grain.activated.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        header, totals = self.view.horizontalHeader(), self.totals_view.horizontalHeader()
        header.sectionResized.connect(lambda i, _old, new: totals.resizeSection(i, new))
        self.view.horizontalScrollBar().valueChanged.connect(
            self.totals_view.horizontalScrollBar().setValue)
        self.exporter.finished.connect(self._on_exported)
        self.exporter.cancelled.connect(
            lambda: set_banner(self.banner, "info", self.tr("The export was cancelled.")))
        self.exporter.failed.connect(
            lambda error: set_banner(self.banner, "error", message_of(error)))

    def _fill_tree(self) -> None:
        self.tree.clear()
        for title, keys in families():
            family = QTreeWidgetItem([""])
            family.setData(0, Qt.ItemDataRole.UserRole + 1, title)
            family.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(family)
            for key in keys:
                item = QTreeWidgetItem([""])
                item.setData(0, KEY_ROLE, key)
                family.addChild(item)
        self.tree.expandAll()
        self._retitle_tree()

    def _retitle_tree(self) -> None:
        from app.services.reports import REPORTS

        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            family.setText(0, self.tr(family.data(0, Qt.ItemDataRole.UserRole + 1)))
            font = family.font(0)
            font.setBold(True)
            family.setFont(0, font)
            for j in range(family.childCount()):
                item = family.child(j)
                item.setText(0, tr(REPORTS[item.data(0, KEY_ROLE)].title))

    # --- public -----------------------------------------------------------------------------

    def report_keys(self) -> list[str]:
        """The reports the list offers, in order (tests read it)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            out += [family.child(j).data(0, KEY_ROLE) for j in range(family.childCount())]
        return out

    def choose(self, key: str) -> bool:
        """Choose the report `key` in the list (runs it)."""
        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            for j in range(family.childCount()):
                if family.child(j).data(0, KEY_ROLE) == key:
                    self.tree.setCurrentItem(family.child(j))
                    return True
        return False

    def set_period(self, first: dt.date | None, last: dt.date | None) -> None:
        """Set the period (None, None: no period) — tests and callers."""
        for w in (self.period_check, self.date_from, self.date_to):
            w.blockSignals(True)
        self.period_check.setChecked(first is not None or last is not None)
        if first is not None:
            self.date_from.setDate(QDate(first.year, first.month, first.day))
        if last is not None:
            self.date_to.setDate(QDate(last.year, last.month, last.day))
        for w in (self.period_check, self.date_from, self.date_to):
            w.blockSignals(False)
        self._enable_filters()
        self.reload()

    def show_report(self, key: str, report_filter: ReportFilter) -> None:
        """Show report `key` run with `report_filter` (the dashboard's drill-down): the
        widgets show its project, period and grain; narrower fields (staff, building,
        channel) apply to this run. Waits for the project list if it is still loading."""
        from PySide6.QtCore import QTimer

        from app.services import reports

        if not self._projects_loaded:
            QTimer.singleShot(50, lambda: self.show_report(key, report_filter))
            return
        f = report_filter
        widgets = (self.project, self.period_check, self.date_from, self.date_to,
                   self.grain, self.tree)
        for w in widgets:
            w.blockSignals(True)
        index = self.project.findData(f.project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)
        self.period_check.setChecked(f.date_from is not None or f.date_to is not None)
        for edit, day in ((self.date_from, f.date_from), (self.date_to, f.date_to)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.grain.setCurrentIndex(max(self.grain.findData(f.grain or "month"), 0))
        self.choose(key)
        for w in widgets:
            w.blockSignals(False)
        self.key = key
        self._enable_filters()
        engine = self._engine
        self._runner.run(self._key, lambda: reports.run(engine, key, f), self._on_report,
                         self._on_failed)

    def set_project(self, project_id: int | None) -> None:
        index = self.project.findData(project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)
            self.reload()

    def current_filter(self) -> ReportFilter:
        period = self.period_check.isChecked()
        return ReportFilter(
            project_id=self.project.currentData(),
            date_from=self.date_from.date().toPython() if period else None,
            date_to=self.date_to.date().toPython() if period else None,
            grain=self.grain.currentData() or "month")

    def reload(self) -> None:
        from app.services import reports

        if self.key is None or not self._projects_loaded:
            return
        engine, key, f = self._engine, self.key, self.current_filter()
        self._runner.run(self._key, lambda: reports.run(engine, key, f), self._on_report,
                         self._on_failed)

    def is_ready(self) -> bool:
        """Projects and the chosen report are loaded (tests wait for this)."""
        return (self._projects_loaded and not self._runner.is_busy(self._key)
                and not self._runner.is_busy(self._projects_key)
                and not self.exporter.is_running())

    def totals_texts(self) -> list[str]:
        texts = self.totals_model.texts()
        return texts[0] if texts else []

    def export(self) -> None:
        """Ask for a file and write the report on screen to it."""
        from app.services.reports import REPORTS

        if self.report is None or self.exporter.is_running():
            return
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, str(Path.home())))
        name = f"{tr(REPORTS[self.report.key].title)}-{dt.date.today():%Y%m%d}.xlsx"
        for bad in '\\/:*?"<>|':
            name = name.replace(bad, "-")
        path = ask_path(self.window(), self.tr("Export to Excel"), str(Path(folder) / name))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.exporter.start(self.report, Path(path), self.filter_text())

    def filter_text(self) -> str:
        """The filter line of the export, in the interface language."""
        f = self.report.filter if self.report is not None else self.current_filter()
        parts = []
        if f.project_id is not None:
            parts.append(self.tr("Project: {name}").format(name=self.project.currentText()))
        if f.date_from or f.date_to:
            parts.append(self.tr("Period: {first} to {last}").format(
                first=f.date_from or "", last=f.date_to or ""))
        if self.key and "grain" in self._filters_of(self.key):
            parts.append(self.grain.currentText())
        return "　　".join(parts)

    # --- reactions --------------------------------------------------------------------------

    def _filters_of(self, key: str) -> frozenset[str]:
        from app.services.reports import REPORTS

        return REPORTS[key].filters

    def _enable_filters(self) -> None:
        used = self._filters_of(self.key) if self.key else frozenset()
        self.project.setEnabled("project_id" in used)
        dated = bool(used & {"date_from", "date_to"})
        self.period_check.setEnabled(dated)
        for w in (self.date_from, self.date_to):
            w.setEnabled(dated and self.period_check.isChecked())
        self.grain.setVisible("grain" in used)

    def _on_period_toggled(self, _on: bool) -> None:
        self._enable_filters()
        self.reload()

    def _on_report_chosen(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key is None:
            return
        self.key = key
        self._enable_filters()
        self.reload()

    def _load_projects(self) -> None:
        from app.services.chart import list_projects

        engine = self._engine
        self._runner.run(self._projects_key, lambda: list_projects(engine), self._on_projects,
                         self._on_failed)

    def _on_projects(self, projects: list) -> None:
        self.project.clear()
        for p in projects:
            self.project.addItem(p.name, p.id)
        if not projects:
            self.project.addItem(self.tr("(no project)"), None)
        self._projects_loaded = True
        if self.key is None:
            keys = self.report_keys()
            if keys:
                self.choose(keys[0])
        else:
            self.reload()

    def _on_report(self, report: Any) -> None:
        set_banner(self.banner, "info", "")
        self.banner.hide()
        self.report = report
        self.model.set_report(report, report.rows)
        totals = list(report.totals)
        if totals and totals[0] is None:
            totals[0] = self.tr("Total")
        self.totals_model.set_report(report, [tuple(totals)])
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
            self.totals_view.setColumnWidth(i, column.width)
        self.count_label.setText(self.tr("{n} rows").format(n=f"{len(report.rows):,}"))
        self.export_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))
        self.banner.show()

    def _on_exported(self, path: str, rows: int) -> None:
        set_banner(self.banner, "ok", self.tr("{n} rows exported to {file}.").format(
            n=f"{rows:,}", file=Path(path).name))
        self.banner.show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.project_label.setText(self.tr("Project"))
        self.period_check.setText(self.tr("Period"))
        self.to_label.setText(self.tr("to"))
        for i, (_key, title) in enumerate(GRAINS):
            self.grain.setItemText(i, self.tr(title))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.exporter.retranslate()
        if self.tree.topLevelItemCount():
            self._retitle_tree()
        self.model.retranslate()
        self.totals_model.retranslate()
