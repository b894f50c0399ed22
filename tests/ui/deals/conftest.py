"""Deal screen fixtures: a project of 2 floors × 5 units (100 m², ¥2,000,000 list, ¥1,900,000
base) with the discount rules and a customer each for sales1 and sales2, in a cloned
database; deals made through the services; the deals screen and the detail panel for a
login, shown and loaded."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from app.domain.payment_plans import LoanAmounts, generate_schedule
from app.services import deals
from app.services.deals import Terms
from app.ui.common.operations import OperationRunner
from app.ui.shell.screens import ScreenContext
from tests.helpers.deals import BUYER, RULES, TODAY
from tests.helpers.factories import seed_committed

DEPOSIT = Decimal("50000.00")


@dataclass
class DealWorld:
    project: Any
    units: list
    customers: list       # [sales1's customer, sales2's customer]
    superuser: sa.Engine
    engines: Any          # engines("sales1") → an engine logged in as that test login

    def subscribe(self, unit: int = 0, customer: int = 0, codes=("launch99",), method="full",
                  who: str = "sales1", extra: Decimal = Decimal(0)) -> int:
        return deals.subscribe(self.engines(who), self.units[unit].id,
                               self.customers[customer].id,
                               Terms(DEPOSIT, tuple(codes), method, extra))

    def contract(self, unit: int = 0, customer: int = 0, codes=("launch99",), method="full",
                 who: str = "sales1", loans: LoanAmounts | None = None) -> int:
        deal = self.subscribe(unit, customer, codes, method, who)
        engine = self.engines(who)
        total = deals.deal_detail(engine, deal).deal.deal_total
        deals.sign_contract(engine, deal, f"HT-{unit}", TODAY, [BUYER],
                            generate_schedule(method, total, TODAY, DEPOSIT,
                                              loan_amounts=loans))
        return deal

    def detail(self, deal_id: int, who: str = "manager") -> Any:
        return deals.deal_detail(self.engines(who), deal_id)


@pytest.fixture
def world(clone, engines):
    superuser = clone.superuser_engine()
    project, units, customers = seed_committed(superuser, floors=2, per_floor=5)
    with superuser.begin() as conn:
        for code, name, kind, value, order, method in RULES:
            conn.execute(sa.text(
                """INSERT INTO estatedesk.discount_rules
                   (project_id, code, name, kind, value, sort_order, payment_method)
                   VALUES (:p, :c, :n, :k, :v, :o, CAST(:m AS estatedesk.payment_method))"""),
                {"p": project.id, "c": code, "n": name, "k": kind, "v": value, "o": order,
                 "m": method})
    yield DealWorld(project, units, customers, superuser, engines)
    superuser.dispose()


@pytest.fixture
def context_for(qtbot, login_as):
    """make(key) → a ScreenContext for that login with its own runner. At the end every
    answer still under way is delivered while the widgets that asked are still alive."""
    runners: list[OperationRunner] = []

    def make(key: str) -> ScreenContext:
        runner = OperationRunner()
        runners.append(runner)
        return ScreenContext(login_as(key), runner)

    yield make
    for runner in runners:
        runner.wait_for_done(10_000)
        qtbot.waitUntil(lambda r=runner: not r.is_busy(), timeout=10_000)


def idle(qtbot, runner: OperationRunner, timeout: int = 10_000) -> None:
    """Wait until every background operation of `runner` has delivered."""
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=timeout)


@pytest.fixture
def open_deals(qtbot, context_for):
    """open_deals(key) → the DealsScreen for that login, shown, its list loaded."""
    from app.ui.deals.screen import DealsScreen

    def _open(key: str) -> DealsScreen:
        context = context_for(key)
        screen = DealsScreen(context)
        screen.runner = context.runner
        qtbot.addWidget(screen)
        screen.resize(1400, 900)
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.waitUntil(screen.is_ready, timeout=10_000)
        idle(qtbot, context.runner)
        return screen

    return _open


@pytest.fixture
def open_panel(qtbot, context_for):
    """open_panel(key, deal_id) → a DealDetailPanel showing that deal, loaded."""
    from app.ui.deals.detail_panel import DealDetailPanel

    def _open(key: str, deal_id: int) -> DealDetailPanel:
        context = context_for(key)
        panel = DealDetailPanel(context)
        panel.runner = context.runner
        qtbot.addWidget(panel)
        panel.resize(640, 900)
        panel.show()
        panel.show_deal(deal_id)
        idle(qtbot, context.runner)
        return panel

    return _open


def wait_saved(qtbot, dialog, timeout: int = 10_000) -> None:
    """Wait until a SaleDialog's call has come back (saved or refused)."""
    qtbot.waitUntil(lambda: not dialog.working, timeout=timeout)
    idle(qtbot, dialog.runner, timeout)
