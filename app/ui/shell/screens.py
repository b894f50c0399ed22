"""The screens of the main window, as data: which roles see each one and how it is built.

The list only decides what the navigation offers; the database still checks every action.
Screens not built yet are `PlaceholderScreen`s that say so — later issues replace their
factory with the real screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.statuses import Role
from app.ui.common.operations import OperationRunner

SCREENS_CONTEXT = "Screens"


@dataclass(frozen=True)
class ScreenContext:
    """What a screen gets when it is built: the logged-in session and the runner."""

    login: Any  # app.services.auth.LoginResult (engine + SessionInfo)
    runner: OperationRunner

    @property
    def session(self) -> Any:
        return self.login.session


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str                       # English source, translated in context "Screens"
    icon: str                        # qtawesome name
    roles: frozenset[Role] | None    # None: every role
    factory: Callable[[ScreenContext, ScreenSpec], QWidget]
    summary: str = ""                # what the screen is for (English source, "Screens")

    def display_title(self) -> str:
        return QCoreApplication.translate(SCREENS_CONTEXT, self.title)

    def display_summary(self) -> str:
        return QCoreApplication.translate(SCREENS_CONTEXT, self.summary) if self.summary else ""

    def allowed(self, session: Any) -> bool:
        return self.roles is None or session.has(*self.roles)


def _screen(module: str, class_name: str):  # noqa: ANN202 — returns a factory
    """A factory that imports the screen's module only when the screen is first opened, so
    the main window (and the login before it) stays quick to load."""
    def factory(context: ScreenContext, spec: ScreenSpec) -> QWidget:
        import importlib

        return getattr(importlib.import_module(module), class_name)(context)

    return factory


def _placeholder(context: ScreenContext, spec: ScreenSpec) -> QWidget:
    from app.ui.shell.placeholder_screen import PlaceholderScreen

    return PlaceholderScreen(spec)


_home = _screen("app.ui.shell.home_screen", "HomeScreen")
_sales_chart = _screen("app.ui.chart.screen", "ChartScreen")
_intake = _screen("app.ui.intake.intake_screen", "IntakeScreen")
_customers = _screen("app.ui.customers.list_screen", "CustomerListScreen")
_pricing = _screen("app.ui.pricing.screen", "PricingScreen")


R = Role
SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("home", QT_TRANSLATE_NOOP("Screens", "Home"), "fa6s.house", None, _home),
    ScreenSpec("dashboard", QT_TRANSLATE_NOOP("Screens", "Dashboard"), "fa6s.gauge-high",
               frozenset({R.SALES_MANAGER, R.EXECUTIVE, R.ADMIN}),
               _screen("app.ui.dashboard.screen", "DashboardScreen"),
               QT_TRANSLATE_NOOP("Screens", "Today, this week, month and year at a glance: "
                                 "sales, collections, sell-through, funnel and trend.")),
    ScreenSpec("sales_chart", QT_TRANSLATE_NOOP("Screens", "Sales chart"), "fa6s.table-cells",
               frozenset({R.RECEPTIONIST, R.SALES, R.SALES_MANAGER, R.FINANCE, R.EXECUTIVE,
                          R.ADMIN}), _sales_chart,
               QT_TRANSLATE_NOOP("Screens", "Every unit of a building on one grid, coloured by "
                                 "status: pencil in, hold and release units.")),
    ScreenSpec("intake", QT_TRANSLATE_NOOP("Screens", "Walk-in intake"), "fa6s.clipboard-user",
               frozenset({R.RECEPTIONIST, R.SALES, R.SALES_MANAGER, R.ADMIN}), _intake,
               QT_TRANSLATE_NOOP("Screens", "Register visitors and callers by phone number; "
                                 "today's duty rotation.")),
    ScreenSpec("customers", QT_TRANSLATE_NOOP("Screens", "Customers"), "fa6s.users",
               frozenset({R.SALES, R.SALES_MANAGER, R.EXECUTIVE, R.ADMIN}), _customers,
               QT_TRANSLATE_NOOP("Screens", "Visits and calls, customer records, follow-ups "
                                 "and grades.")),
    ScreenSpec("deals", QT_TRANSLATE_NOOP("Screens", "Deals"), "fa6s.file-contract",
               frozenset({R.SALES, R.SALES_MANAGER, R.FINANCE, R.EXECUTIVE, R.ADMIN}),
               _screen("app.ui.deals.screen", "DealsScreen"),
               QT_TRANSLATE_NOOP("Screens", "Subscriptions, contracts, payment plans, "
                                 "cancellations and exchanges.")),
    ScreenSpec("pricing", QT_TRANSLATE_NOOP("Screens", "Pricing"), "fa6s.tags",
               frozenset({R.SALES_MANAGER, R.EXECUTIVE, R.ADMIN}), _pricing,
               QT_TRANSLATE_NOOP("Screens", "Price plans and bulk adjustments: try them on "
                                 "the units, submit, approve.")),
    ScreenSpec("finance", QT_TRANSLATE_NOOP("Screens", "Finance"), "fa6s.coins",
               frozenset({R.FINANCE, R.EXECUTIVE, R.ADMIN}),
               _screen("app.ui.finance.screen", "FinanceScreen"),
               QT_TRANSLATE_NOOP("Screens", "Receipts, receipt books, receivables and the "
                                 "daily reconciliation.")),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("Screens", "Reports"), "fa6s.chart-line",
               frozenset({R.SALES_MANAGER, R.FINANCE, R.EXECUTIVE, R.ADMIN}),
               _screen("app.ui.reports.screen", "ReportsScreen"),
               QT_TRANSLATE_NOOP("Screens", "Sell-through, sales and collections, visitor "
                                 "conversion; export to Excel.")),
    ScreenSpec("service", QT_TRANSLATE_NOOP("Screens", "Service"), "fa6s.headset",
               frozenset({R.PROPERTY, R.SALES_MANAGER, R.EXECUTIVE, R.ADMIN}), _placeholder,
               QT_TRANSLATE_NOOP("Screens", "Owners' requests, complaints and repairs, "
                                 "property fees.")),
    ScreenSpec("admin", QT_TRANSLATE_NOOP("Screens", "Administration"), "fa6s.gear",
               frozenset({R.ADMIN}), _placeholder,
               QT_TRANSLATE_NOOP("Screens", "Staff accounts and roles, projects and units "
                                 "import, backups.")),
)


def screens_for(session: Any, screens: tuple[ScreenSpec, ...] = SCREENS) -> list[ScreenSpec]:
    """The screens `session`'s roles may open, in navigation order."""
    return [spec for spec in screens if spec.allowed(session)]
