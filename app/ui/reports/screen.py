"""报表: every report of app.services.reports on one screen — the reports listed on the left
by family, the filters the chosen report uses on top (project, building, salesperson,
channel, period, and the grain of by-period reports; a filter the report does not use is
disabled), the report as a sortable table with its totals row below, and "Export
to Excel…" (off the GUI thread, with progress and cancel; the export goes in the audit log).

The database decides what a login may read: a report it may not read shows the refusal in
the banner. Every service call runs on the screen's OperationRunner: the projects, the
chosen project's buildings, the salespeople and channels to choose from, and the report."""

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
NAME_ROLE = Qt.ItemDataRole.UserRole + 1     # a picker entry's name, without "(inactive)"
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2   # False: a disabled login or channel
PENDING = "…"                                # an entry whose name is still loading
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


def _picker(name: str) -> QComboBox:
    """A building, salesperson or channel picker: "All …" (None; _retranslate names it),
    then the choices as they load."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumWidth(130)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.addItem("", None)
    return combo


def _button(icon: Any, name: str) -> QPushButton:
    button = QPushButton(icon, "")
    button.setObjectName(name)
    return button


def _add(combo: QComboBox, value: int, name: str, active: bool) -> None:
    combo.addItem(name, value)
    combo.setItemData(combo.count() - 1, name, NAME_ROLE)
    combo.setItemData(combo.count() - 1, active, ACTIVE_ROLE)


def _text_of(combo: QComboBox, value: int) -> str:
    """The text of `value`'s entry in a picker (its id if it has none)."""
    index = combo.findData(value)
    return combo.itemText(index) if index > 0 else str(value)


class ReportsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("reports")
        self.setStyleSheet(PRICING_CSS)
        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"report-{id(self)}"
        self._projects_key, self._buildings_key, self._choices_key, self._staff_key = (
            f"report-{name}-{id(self)}" for name in ("projects", "buildings", "choices", "staff"))
        self._buildings_of: int | None = None   # the project whose buildings are listed
        self.report: Any = None            # the Report on screen
        self.key: str | None = None        # the chosen report
        self._projects_loaded = self._choices_loaded = False
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
        self.building, self.staff, self.channel = (
            _picker("report_building"), _picker("report_staff"), _picker("report_channel"))
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
        self.refresh_button, self.campaigns_button, self.export_button = (
            _button(qta.icon(icon), name) for icon, name in (
                ("fa6s.arrows-rotate", "report_refresh"), ("fa6s.bullhorn", "report_campaigns"),
                ("fa6s.file-excel", "report_export")))
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
        self._load_projects()   # and then the first project's buildings
        self._load_choices()    # the salespeople and channels

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for widget in (self.project_label, self.project, self.building, self.staff,
                       self.channel):
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
        head.addWidget(self.campaigns_button)
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
        self.project.activated.connect(self._on_project_chosen)
        for combo in (self.building, self.staff, self.channel):
            combo.activated.connect(self.reload)
        self.period_check.toggled.connect(self._on_period_toggled)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.grain.activated.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.campaigns_button.clicked.connect(self.open_campaigns)
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
        widgets show its project, building, salesperson, channel, period and grain (one not
        in its list is added, named once known). Waits for the project list and the
        salespeople and channels if they are still loading."""
        from PySide6.QtCore import QTimer

        from app.services import reports

        if not (self._projects_loaded and self._choices_loaded):
            QTimer.singleShot(50, lambda: self.show_report(key, report_filter))
            return
        f = report_filter
        widgets = (self.project, self.building, self.staff, self.channel, self.period_check,
                   self.date_from, self.date_to, self.grain, self.tree)
        for w in widgets:
            w.blockSignals(True)
        index = self.project.findData(f.project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)
        self._load_buildings(f.building_id)
        if not self._pick(self.staff, f.staff_id):
            self._name_staff(f.staff_id)
        if not self._pick(self.channel, f.channel_id):
            self._load_choices()           # a channel added since the list was read
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
            self._on_project_chosen()

    def current_filter(self) -> ReportFilter:
        period = self.period_check.isChecked()
        return ReportFilter(
            project_id=self.project.currentData(),
            building_id=self.building.currentData(),
            staff_id=self.staff.currentData(),
            channel_id=self.channel.currentData(),
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
        """Projects, the filters' choices and the chosen report are loaded (tests wait for
        this)."""
        return (self._projects_loaded and self._choices_loaded
                and not any(self._runner.is_busy(k) for k in (
                    self._key, self._projects_key, self._buildings_key, self._choices_key,
                    self._staff_key))
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

    def open_campaigns(self) -> Any:
        """The campaign costs of the chosen project (managers enter them; the others read);
        the report on screen reloads after a change. Returns the dialog (tests use it)."""
        from app.ui.reports.campaigns import CampaignsDialog

        dialog = CampaignsDialog(self.context, self.project.currentData(), self)
        dialog.changed.connect(self.reload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def filter_text(self) -> str:
        """The filter line of the export, in the interface language."""
        f = self.report.filter if self.report is not None else self.current_filter()
        parts = []
        if f.project_id is not None:
            parts.append(self.tr("Project: {name}").format(name=self.project.currentText()))
        if f.building_id is not None:
            parts.append(self.tr("Building: {name}").format(
                name=_text_of(self.building, f.building_id)))
        if f.staff_id is not None:
            parts.append(self.tr("Salesperson: {name}").format(
                name=_text_of(self.staff, f.staff_id)))
        if f.channel_id is not None:
            parts.append(self.tr("Channel: {name}").format(
                name=_text_of(self.channel, f.channel_id)))
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
        self.building.setEnabled("building_id" in used
                                 and self.project.currentData() is not None)
        self.staff.setEnabled("staff_id" in used)
        self.channel.setEnabled("channel_id" in used)
        dated = bool(used & {"date_from", "date_to"})
        self.period_check.setEnabled(dated)
        for w in (self.date_from, self.date_to):
            w.setEnabled(dated and self.period_check.isChecked())
        self.grain.setVisible("grain" in used)

    def _on_project_chosen(self, _index: int = -1) -> None:
        """A project chosen (by the user or set_project): its buildings, and the report."""
        project_id = self.project.currentData()
        keep = self.building.currentData() if project_id == self._buildings_of else None
        self._load_buildings(keep)
        self._enable_filters()
        self.reload()

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
        self._load_buildings(None)
        if self.key is None:
            keys = self.report_keys()
            if keys:
                self.choose(keys[0])
        else:
            self.reload()

    # --- the pickers' choices --------------------------------------------------------------

    def _load_buildings(self, keep: int | None) -> None:
        """List the chosen project's buildings; `keep` (a building id) stays chosen."""
        from app.services.chart import list_buildings

        project_id = self.project.currentData()
        self._buildings_of = project_id
        self._fill(self.building, (), keep)   # "All buildings" (and `keep`) meanwhile
        self._enable_filters()
        if project_id is None:
            self._runner.cancel(self._buildings_key)
            return
        engine = self._engine
        self._runner.run(self._buildings_key, lambda: list_buildings(engine, project_id),
                         self._on_buildings, self._on_failed)

    def _on_buildings(self, buildings: list) -> None:
        self._fill(self.building, [(b.id, b.name, True) for b in buildings],
                   self.building.currentData())

    def _load_choices(self) -> None:
        from app.services import report_choices

        engine = self._engine
        self._runner.run(self._choices_key, lambda: report_choices.load(engine),
                         self._on_choices, self._on_choices_failed)

    def _on_choices(self, choices: Any) -> None:
        for combo, entries in ((self.staff, choices.salespeople),
                               (self.channel, choices.channels)):
            self._fill(combo, [(c.id, c.name, c.active) for c in entries], combo.currentData())
        self._choices_loaded = True

    def _on_choices_failed(self, error: BaseException) -> None:
        self._choices_loaded = True        # the pickers offer "All …" only
        self._on_failed(error)

    def _name_staff(self, staff_id: int | None) -> None:
        """Name a staff member chosen by a drill-down who is not among the salespeople."""
        from app.services import report_choices

        if staff_id is None:
            return
        engine = self._engine
        self._runner.run(self._staff_key, lambda: report_choices.staff_member(engine, staff_id),
                         self._on_staff_member, self._on_failed)

    def _on_staff_member(self, member: Any) -> None:
        index = self.staff.findData(member.id) if member is not None else -1
        if index > 0:
            self.staff.setItemData(index, member.name, NAME_ROLE)
            self.staff.setItemData(index, member.active, ACTIVE_ROLE)
            self._render(self.staff)

    def _fill(self, combo: QComboBox, entries: Any, keep: int | None) -> None:
        """Replace the entries after "All …" by (id, name, active) `entries` and choose
        `keep` (None: "All …"); a `keep` not among them stays, under its old name."""
        kept = combo.findData(keep) if keep is not None else -1
        old = ((combo.itemData(kept, NAME_ROLE), combo.itemData(kept, ACTIVE_ROLE))
               if kept > 0 else (PENDING, True))
        blocked = combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        for value, name, active in entries:
            _add(combo, value, name, active)
        index = 0
        if keep is not None:
            index = combo.findData(keep)
            if index < 0:
                _add(combo, keep, *old)
                index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(blocked)
        self._render(combo)

    def _pick(self, combo: QComboBox, value: int | None) -> bool:
        """Choose `value` (None: "All …"); False if it had to be added, unnamed."""
        if value is None:
            combo.setCurrentIndex(0)
            return True
        index = combo.findData(value)
        if index < 0:
            _add(combo, value, PENDING, True)
            index = combo.count() - 1
            self._render(combo)
        combo.setCurrentIndex(index)
        return combo.itemData(index, NAME_ROLE) != PENDING

    def _render(self, combo: QComboBox) -> None:
        """The entries' texts: the name, marked when disabled."""
        for i in range(1, combo.count()):
            name = combo.itemData(i, NAME_ROLE)
            active = combo.itemData(i, ACTIVE_ROLE)
            combo.setItemText(i, name if active is not False
                              else self.tr("{name} (inactive)").format(name=name))

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
        self.building.setItemText(0, self.tr("All buildings"))
        self.building.setToolTip(self.tr("Building"))
        self.staff.setItemText(0, self.tr("All salespeople"))
        self.staff.setToolTip(self.tr("Salesperson"))
        self.channel.setItemText(0, self.tr("All channels"))
        self.channel.setToolTip(self.tr("Channel"))
        for combo in (self.building, self.staff, self.channel):
            self._render(combo)
        self.period_check.setText(self.tr("Period"))
        self.to_label.setText(self.tr("to"))
        for i, (_key, title) in enumerate(GRAINS):
            self.grain.setItemText(i, self.tr(title))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.campaigns_button.setText(self.tr("Campaign costs…"))
        self.campaigns_button.setToolTip(self.tr(
            "What each campaign cost, for the channel cost and result report"))
        self.exporter.retranslate()
        if self.tree.topLevelItemCount():
            self._retitle_tree()
        self.model.retranslate()
        self.totals_model.retranslate()
