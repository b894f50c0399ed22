"""价格方案 / 调价 screen: a sales manager or an administrator defines a price plan or a bulk
adjustment for a project, tries it on the units (试算) and submits it; another manager or an
administrator approves or rejects it in 审批. Executives see only the list of plans.

It wires parts that each do one thing: the project chooser (here), a TrialTab per editor
(PlanEditor, AdjustmentEditor), the PlansTab and, for those who edit, the DiscountsTab (优惠
设置). Every service call runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.statuses import Role
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.pricing import labels
from app.ui.pricing.plans_tab import PlansTab
from app.ui.pricing.style import PRICING_CSS

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext

PROJECT_KEY = "pricing/project"


def load_for(engine: Any, project_id: int, with_units: bool) -> Any:
    """The project's pricing facts (pool thread); without units for a read-only viewer."""
    from app.services.price_plans import project_settings
    from app.ui.pricing.project_data import ProjectPricing, load_project_pricing

    if with_units:
        return load_project_pricing(engine, project_id)
    return ProjectPricing(project_id, project_settings(engine, project_id))


class PricingScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("pricing")
        self.setStyleSheet(PRICING_CSS)
        self._engine = context.login.engine
        self._runner = context.runner
        self.can_edit = context.session.has(Role.SALES_MANAGER, Role.ADMIN)
        self.project: Any = None
        self.projects: list = []
        self.title, self.subtitle = QLabel(), QLabel()
        self.title.setObjectName("screen_title")
        self.subtitle.setObjectName("screen_subtitle")
        self.project_label = QLabel()
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("project")
        self.project_combo.setMinimumWidth(200)
        self.settings_chip = QLabel()
        self.settings_chip.setObjectName("settings_chip")
        self.settings_chip.hide()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pricing_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.plan_tab = self.adjustment_tab = None
        if self.can_edit:
            from app.ui.pricing.adjustment_editor import AdjustmentEditor
            from app.ui.pricing.plan_editor import PlanEditor
            from app.ui.pricing.trial_tab import TrialTab

            self.plan_tab = TrialTab(PlanEditor(), self._engine, self._runner)
            self.adjustment_tab = TrialTab(AdjustmentEditor(), self._engine, self._runner)
            self.tabs.addTab(self.plan_tab, qta.icon("fa6s.layer-group", color="#44505e"), "")
            self.tabs.addTab(self.adjustment_tab, qta.icon("fa6s.percent", color="#44505e"),
                             "")
        self.plans_tab = PlansTab(self._engine, self._runner, can_decide=self.can_edit)
        self.tabs.addTab(self.plans_tab, qta.icon("fa6s.clipboard-check", color="#44505e"), "")
        self.discounts_tab = None
        if self.can_edit:
            from app.ui.pricing.discounts_tab import DiscountsTab

            self.discounts_tab = DiscountsTab(self._engine, self._runner, context.session)
            self.tabs.addTab(self.discounts_tab, qta.icon("fa6s.ticket", color="#44505e"), "")
        self._build()
        self._connect()
        self._retranslate()
        self.start()

    def _build(self) -> None:
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addLayout(heading)
        head.addStretch(1)
        middle = Qt.AlignmentFlag.AlignVCenter
        head.addWidget(self.settings_chip, 0, middle)
        head.addSpacing(8)
        head.addWidget(self.project_label, 0, middle)
        head.addWidget(self.project_combo, 0, middle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.project_combo.activated.connect(
            lambda index: self.choose_project(self.project_combo.itemData(index)))
        for tab in self.trial_tabs():
            tab.submitted.connect(self._on_submitted)
            self.plans_tab.approved.connect(tab.mark_stale)

    # --- public -----------------------------------------------------------------------------

    def trial_tabs(self) -> list:
        return [tab for tab in (self.plan_tab, self.adjustment_tab) if tab is not None]

    def start(self) -> None:
        from app.services.chart import list_projects

        engine = self._engine
        self._runner.run(f"pricing-projects-{id(self)}", lambda: list_projects(engine),
                         self._on_projects, self._show_error)

    def project_id(self) -> int | None:
        return self.project_combo.currentData()

    def is_ready(self) -> bool:
        """The chosen project's facts and plans are loaded (tests wait for this)."""
        return (self.project is not None and self.project.project_id == self.project_id()
                and not self.plans_tab.is_loading()
                and not (self.discounts_tab is not None and self.discounts_tab.is_loading()))

    def choose_project(self, project_id: int | None) -> None:
        if project_id is None:
            return
        index = self.project_combo.findData(project_id)
        if index >= 0 and self.project_combo.currentIndex() != index:
            self.project_combo.setCurrentIndex(index)
        QSettings().setValue(PROJECT_KEY, project_id)
        self.project = None
        self.plans_tab.load(project_id)
        if self.discounts_tab is not None:
            self.discounts_tab.load(project_id)
        engine, with_units = self._engine, self.can_edit
        self._runner.run(f"pricing-project-{id(self)}",
                         lambda: load_for(engine, project_id, with_units),
                         self._on_project, self._show_error)

    # --- reactions --------------------------------------------------------------------------

    def _on_projects(self, projects: list) -> None:
        self.projects = projects
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        if not projects:
            set_banner(self.banner, "info", self.tr(
                "There is no project yet. An administrator imports the units first."))
            return
        saved = QSettings().value(PROJECT_KEY)
        ids = [p.id for p in projects]
        wanted = int(saved) if saved not in (None, "") and int(saved) in ids else ids[0]
        self.choose_project(wanted)

    def _on_project(self, project: Any) -> None:
        self.project = project
        set_banner(self.banner, "ok", "")
        self.settings_chip.setText(labels.settings_text(project.settings))
        self.settings_chip.show()
        for tab in self.trial_tabs():
            tab.set_project(project)

    def _on_submitted(self, plan_id: int) -> None:
        self.plans_tab.reload(select=plan_id)

    def _show_error(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Price plans"))
        self.subtitle.setText(
            self.tr("Define list prices, try them on the units, submit them for approval.")
            if self.can_edit else
            self.tr("Price plans and adjustments submitted for this project, and what was "
                    "decided."))
        self.project_label.setText(self.tr("Project"))
        if self.project is not None:
            self.settings_chip.setText(labels.settings_text(self.project.settings))
        titles = ([self.tr("Price plan"), self.tr("Adjustment")] if self.can_edit else [])
        titles.append(self.tr("Approval"))
        if self.discounts_tab is not None:
            titles.append(self.tr("Discounts"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
