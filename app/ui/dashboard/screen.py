"""决策看板: the project's figures for today, this week, this month or this year at a glance —
KPI cards (visitors, subscriptions, contracts by count, area and value, money received),
sell-through per building, the funnel with its conversion rates, the sales trend, the top
salespeople and the channel mix (app.services.dashboard).

Every card, bar and slice drills down: `drill_down(drill)` emits `drill_requested(report
key, ReportFilter)` and opens that report on the reports screen when the main window has one.
The dashboard loads on the screen's OperationRunner, every 60 s and when deals or money
change (app.ui.deals.events, app.ui.finance.events)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_wan, format_yuan
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.dashboard import charts
from app.ui.dashboard.cards import CARD_CSS, KpiCard
from app.ui.pricing.style import PRICING_CSS

if TYPE_CHECKING:
    from app.services.dashboard import Dashboard, PeriodFigures
    from app.ui.shell.screens import ScreenContext

PERIODS = ("today", "week", "month", "year")
CARDS = ("visitors", "subscriptions", "contracts", "contract_area", "contract_value",
         "collections")
REFRESH_MS = 60_000
CHANGE_DELAY_MS = 500
PROJECT_KEY = "dashboard/project"


def percent(rate: Decimal | None) -> str:
    """A ratio (0..1) as "35.0%"; "—" when there is none."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def area_text(area: Decimal) -> str:
    return f"{area:,.2f} m²"


class DashboardScreen(QWidget):
    """Signals:
        drill_requested(str, object): a figure was clicked — its report key and filter.
    """

    drill_requested = Signal(str, object)

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("dashboard")
        self.setStyleSheet(PRICING_CSS + CARD_CSS)
        self.context = context
        self._engine, self.runner = context.login.engine, context.runner
        self._key = f"dashboard-{id(self)}"
        self._projects_key = f"dashboard-projects-{id(self)}"
        self.dashboard: Dashboard | None = None
        self.period = "month"
        self._projects_loaded = False
        self.title, self.updated = QLabel(), QLabel()
        self.title.setObjectName("screen_title")
        self.updated.setProperty("muted", True)
        self.project_label, self.project = QLabel(), QComboBox()
        self.project.setObjectName("dashboard_project")
        self.project.setMinimumWidth(180)
        self.period_buttons = QButtonGroup(self)
        self.period_buttons.setExclusive(True)
        self.period_row = QHBoxLayout()
        self.period_row.setSpacing(0)
        for i, name in enumerate(PERIODS):
            button = QPushButton()
            button.setObjectName(f"period_{name}")
            button.setCheckable(True)
            button.setChecked(name == self.period)
            self.period_buttons.addButton(button, i)
            self.period_row.addWidget(button)
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.cards = {key: KpiCard(key) for key in CARDS}
        self.sell_view = charts.make_view("chart_sell_through")
        self.funnel_view = charts.make_view("chart_funnel")
        self.trend_view = charts.make_view("chart_trend")
        self.staff_view = charts.make_view("chart_staff")
        self.channel_view = charts.make_view("chart_channels")
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(CHANGE_DELAY_MS)
        self._build()
        self._connect()
        self._retranslate()
        self._load_projects()
        self.timer.start()

    # --- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.updated, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.project_label)
        head.addWidget(self.project)
        head.addSpacing(12)
        head.addLayout(self.period_row)
        head.addSpacing(8)
        head.addWidget(self.refresh_button)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards.values():
            cards.addWidget(card, 1)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.sell_view, 0, 0)
        grid.addWidget(self.funnel_view, 0, 1)
        grid.addWidget(self.channel_view, 0, 2)
        grid.addWidget(self.trend_view, 1, 0, 1, 2)
        grid.addWidget(self.staff_view, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        body = QWidget()
        column_layout = QVBoxLayout(body)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(12)
        column_layout.addLayout(cards)
        column_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)

    def _connect(self) -> None:
        from app.ui.deals.events import deal_events
        from app.ui.finance.events import finance_events

        self.project.activated.connect(self._on_project)
        self.period_buttons.idClicked.connect(self._on_period_clicked)
        self.refresh_button.clicked.connect(self.reload)
        for card in self.cards.values():
            card.clicked.connect(self.drill_down)
        self.timer.timeout.connect(self.reload)
        self._changed.timeout.connect(self.reload)
        deal_events().changed.connect(self._on_data_changed)
        finance_events().changed.connect(self._on_data_changed)

    # --- public -----------------------------------------------------------------------------

    def project_id(self) -> int | None:
        return self.project.currentData()

    def set_project(self, project_id: int) -> None:
        index = self.project.findData(project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)
            self._on_project()

    def set_period(self, name: str) -> None:
        """Show today, week, month or year: the cards and the funnel at once (from the last
        load), the top salespeople and channels after the reload for that period."""
        if name not in PERIODS:
            raise ValueError(name)
        self.period = name
        self.period_buttons.button(PERIODS.index(name)).setChecked(True)
        if self.dashboard is not None:
            self._show_period(self.dashboard.period(name))
        self.reload()

    def reload(self) -> None:
        from app.services import dashboard

        project_id = self.project_id()
        if not self._projects_loaded or project_id is None:
            return
        engine, focus = self._engine, self.period
        self.runner.run(self._key, lambda: dashboard.load(engine, project_id, focus=focus),
                        self._on_loaded, self._on_failed)

    def is_ready(self) -> bool:
        """Projects and the dashboard are loaded (tests wait for this)."""
        return (self._projects_loaded and not self.runner.is_busy(self._key)
                and not self.runner.is_busy(self._projects_key))

    def card_texts(self) -> dict[str, str]:
        return {key: card.value.text() for key, card in self.cards.items()}

    def drill_down(self, drill: Any) -> None:
        """Open the report behind a figure: say so, and show it on the reports screen."""
        if drill is None:
            return
        self.drill_requested.emit(drill.report_key, drill.filter)
        window = self.window()
        keys = window.nav_keys() if hasattr(window, "nav_keys") else []
        if "reports" in keys and hasattr(window, "show_screen"):
            page = window.show_screen("reports")
            if hasattr(page, "show_report"):
                page.show_report(drill.report_key, drill.filter)

    def shutdown(self) -> None:
        """Stop refreshing (the window closes or the user logs out)."""
        self.timer.stop()
        self._changed.stop()
        self.runner.cancel(self._key)
        self.runner.cancel(self._projects_key)

    # --- reactions --------------------------------------------------------------------------

    def _load_projects(self) -> None:
        from app.services.chart import list_projects

        engine = self._engine
        self.runner.run(self._projects_key, lambda: list_projects(engine), self._on_projects,
                        self._on_failed)

    def _on_projects(self, projects: list) -> None:
        self.project.clear()
        for p in projects:
            self.project.addItem(p.name, p.id)
        saved = QSettings().value(PROJECT_KEY)
        index = self.project.findData(int(saved)) if str(saved or "").isdigit() else -1
        self.project.setCurrentIndex(max(index, 0) if projects else -1)
        if not projects:
            self.project.addItem(self.tr("(no project)"), None)
        self._projects_loaded = True
        self.reload()

    def _on_project(self, *_args: Any) -> None:
        project_id = self.project_id()
        if project_id is not None:
            QSettings().setValue(PROJECT_KEY, project_id)
        self.dashboard = None
        self.reload()

    def _on_period_clicked(self, index: int) -> None:
        self.set_period(PERIODS[index])

    def _on_data_changed(self, _ids: object) -> None:
        self._changed.start()

    def _on_failed(self, error: BaseException) -> None:
        set_banner(self.banner, "error", message_of(error))
        self.banner.show()

    def _on_loaded(self, board: Dashboard) -> None:
        if board.project_id != self.project_id():
            return
        self.banner.hide()
        self.dashboard = board
        self.updated.setText(self.tr("As of {day}").format(day=board.today.isoformat()))
        self._show_period(board.period(self.period))
        self._show_sell_through(board)
        self._show_trend(board)
        self._show_staff(board)
        self._show_channels(board)

    # --- drawing ----------------------------------------------------------------------------

    def _show_period(self, p: PeriodFigures) -> None:
        c = self.cards
        c["visitors"].set_figure(f"{p.visitors:,}", self._span(p), p.visitors_rows)
        subs, cons = p.subscriptions, p.contracts
        c["subscriptions"].set_figure(f"{subs.count:,}", format_wan(subs.value), subs.rows,
                                      format_yuan(subs.value))
        c["contracts"].set_figure(f"{cons.count:,}", format_wan(cons.value), cons.rows,
                                  format_yuan(cons.value))
        c["contract_area"].set_figure(area_text(cons.area), self.tr("{n} contracts").format(
            n=cons.count), cons.rows)
        c["contract_value"].set_figure(format_wan(cons.value), format_yuan(cons.value),
                                       cons.rows, format_yuan(cons.value))
        c["collections"].set_figure(format_wan(p.collections), format_yuan(p.collections),
                                    p.collections_rows, format_yuan(p.collections))
        self._show_funnel(p)

    def _span(self, p: PeriodFigures) -> str:
        if p.date_from == p.date_to:
            return p.date_to.isoformat()
        return f"{p.date_from.isoformat()} ~ {p.date_to.isoformat()}"

    def _stage_name(self, stage: str) -> str:
        return {"visit": self.tr("Visitors"), "queue": self.tr("Queue numbers"),
                "subscription": self.tr("Subscriptions"),
                "contract": self.tr("Contracts")}.get(stage, stage)

    def _show_funnel(self, p: PeriodFigures) -> None:
        steps = list(reversed(p.funnel))       # the first stage on top
        names = []
        for step in steps:
            name = self._stage_name(step.stage)
            if step.rate is not None:
                name += f" {percent(step.rate)}"
            names.append(name)
        title = self.tr("Funnel (of the visitors; contracts of the subscriptions)")
        charts.bar_chart(self.funnel_view, title,
                         names, [(self.tr("Count"), [s.count for s in steps])],
                         [s.rows for s in steps], self.drill_down, horizontal=True)

    def _show_sell_through(self, board: Dashboard) -> None:
        rows = board.sell_through
        charts.bar_chart(
            self.sell_view, self.tr("Sell-through by building (%)"), [r.building for r in rows],
            [(self.tr("Sold"), [float((r.rate_count or 0) * 100) for r in rows])],
            [r.rows for r in rows], self.drill_down, label_format="@value%",
            value_max=100.0)

    def _show_trend(self, board: Dashboard) -> None:
        points = board.trend
        charts.bar_chart(
            self.trend_view, self.tr("Sales trend (10,000 yuan)"),
            [p.period.strftime("%Y-%m") if board.trend_grain == "month"
             else p.period.strftime("%m-%d") for p in points],
            [(self.tr("Subscriptions"), [float(p.subscription_value / 10000) for p in points]),
             (self.tr("Contracts"), [float(p.contract_value / 10000) for p in points]),
             (self.tr("Received"), [float(p.received / 10000) for p in points])],
            [p.rows for p in points], self.drill_down, label_format="@value")
        for series in self.trend_view.chart().series():
            series.setLabelsVisible(False)

    def _show_staff(self, board: Dashboard) -> None:
        staff = list(reversed(board.top_staff))   # the best on top
        charts.bar_chart(
            self.staff_view, self.tr("Top salespeople (contract value, 10,000 yuan)"),
            [s.name for s in staff],
            [(self.tr("Contract value"), [float(s.value / 10000) for s in staff])],
            [s.rows for s in staff], self.drill_down, horizontal=True,
            label_format="@value")

    def _show_channels(self, board: Dashboard) -> None:
        slices = [(f"{c.name or self.tr('No channel')} {percent(c.visitor_share)}",
                   float(c.visitors), c.rows) for c in board.channel_mix]
        charts.pie_chart(self.channel_view, self.tr("Channel mix (visitors)"), slices,
                         self.drill_down)

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.project_label.setText(self.tr("Project"))
        names = {"today": self.tr("Today"), "week": self.tr("This week"),
                 "month": self.tr("This month"), "year": self.tr("This year")}
        for i, name in enumerate(PERIODS):
            self.period_buttons.button(i).setText(names[name])
        self.refresh_button.setToolTip(self.tr("Refresh"))
        titles = {"visitors": self.tr("Visitors"), "subscriptions": self.tr("Subscriptions"),
                  "contracts": self.tr("Contracts"), "contract_area": self.tr("Contract area"),
                  "contract_value": self.tr("Contract value"),
                  "collections": self.tr("Received")}
        for key, card in self.cards.items():
            card.title.setText(titles[key])
        if self.dashboard is not None:
            self._on_loaded(self.dashboard)
