"""What the sale dialogs need before they can be filled in, read in one go off the GUI thread:
the unit (and its project), the salesperson's customers, the project's discount rules and
active queue tickets, and — when a small deposit (小定) is being converted — that deal.

Plain functions over the services: no widgets, so they run on the runner's pool thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.chart import ChartUnit
from app.domain.statuses import UnitStatus
from app.services import chart, deals
from app.services.chart import CustomerChoice, ProjectRef


@dataclass(frozen=True)
class Seller:
    """Who is selling, for deciding which units they may take (the database decides too)."""

    login: str
    manager: bool

    @classmethod
    def of(cls, session: Any) -> Seller:
        from app.domain.statuses import Role

        return cls(session.login, session.has(Role.SALES_MANAGER))


@dataclass(frozen=True)
class ProjectData:
    project_id: int
    rules: tuple = ()          # DiscountRuleRow, in the project's order
    tickets: tuple = ()        # QueueRow, active ones
    units: tuple = ()          # ChartUnit the seller may take (when no unit was given)


@dataclass(frozen=True)
class SaleSetup:
    projects: tuple[ProjectRef, ...]
    project: ProjectData | None
    unit: ChartUnit | None
    customers: tuple[CustomerChoice, ...]
    customer_id: int | None = None
    deal: Any = None           # DealRow: a small deposit to convert, or a price to redo
    breakdown: dict = field(default_factory=dict)   # that deal's price, as frozen

    @property
    def repricing(self) -> bool:
        """A subscription whose price waits for approval or was rejected: a new price."""
        return self.deal is not None and self.deal.stage == "subscribed"


def may_take(unit: ChartUnit, seller: Seller) -> bool:
    """A unit the seller could reserve: available; pencilled in by them (any pencil for a
    manager); held, for a manager — as deal_take_unit checks."""
    if unit.status is UnitStatus.AVAILABLE:
        return True
    if unit.status is UnitStatus.PENCILLED:
        return seller.manager or unit.status_changed_by == seller.login
    return unit.status is UnitStatus.HELD and seller.manager


def unit_project(engine: Any, unit: ChartUnit, projects: tuple[ProjectRef, ...]) -> int | None:
    """The project a unit belongs to, found through its building."""
    for project in projects:
        if any(b.id == unit.building_id for b in chart.list_buildings(engine, project.id)):
            return project.id
    return None


def load_project(engine: Any, project_id: int, seller: Seller | None,
                 with_units: bool = False) -> ProjectData:
    rules = tuple(deals.discount_rules(engine, project_id))
    tickets = tuple(deals.queue_list(engine, project_id))
    units: tuple = ()
    if with_units and seller is not None:
        units = tuple(u for u in chart.load_chart(engine, project_id) if may_take(u, seller))
    return ProjectData(project_id, rules, tickets, units)


def _customer_choice(engine: Any, customer_id: int, name: str | None = None) -> CustomerChoice:
    from app.domain.phones import mask_phone
    from app.services import customers

    form = customers.load_form(engine, customer_id)
    return CustomerChoice(customer_id, name or form.name,
                          mask_phone(form.phone) if form.phone else "")


def load_setup(engine: Any, seller: Seller, unit_id: int | None = None,
               customer_id: int | None = None, deal_id: int | None = None,
               project_id: int | None = None) -> SaleSetup:
    deal, breakdown = None, {}
    if deal_id is not None:
        detail = deals.deal_detail(engine, deal_id)
        if detail is not None:
            deal, breakdown = detail.deal, detail.breakdown or {}
            unit_id, customer_id, project_id = deal.unit_id, deal.customer_id, deal.project_id
    projects = tuple(chart.list_projects(engine))
    unit = None
    if unit_id is not None:
        found = chart.load_units(engine, [unit_id])
        unit = found[0] if found else None
    if project_id is None and unit is not None:
        project_id = unit_project(engine, unit, projects)
    if project_id is None and projects:
        project_id = projects[0].id
    project = (load_project(engine, project_id, seller, with_units=unit is None)
               if project_id is not None else None)
    customers = list(chart.my_customers(engine))
    if customer_id is not None and all(c.id != customer_id for c in customers):
        # a manager acting on a salesperson's customer: add that one customer
        customers.insert(0, _customer_choice(engine, customer_id,
                                             deal.customer_name if deal else None))
    if customer_id is None and unit is not None and unit.status is UnitStatus.PENCILLED:
        same = [c for c in customers if c.name == unit.customer]
        if len(same) == 1:
            customer_id = same[0].id
    return SaleSetup(projects, project, unit, tuple(customers), customer_id, deal, breakdown)


def load_unit_deals(engine: Any, unit: ChartUnit) -> tuple[int | None, list]:
    """Every deal a unit has had, newest first (row-level security decides which a user
    sees): (project id, DealRow list)."""
    from app.db.queries.deals import DealQuery
    from app.ui.deals.labels import ENDED_STAGES, LIVE_STAGES

    project_id = unit_project(engine, unit, tuple(chart.list_projects(engine)))
    if project_id is None:
        return None, []
    query = DealQuery(project_id, stages=LIVE_STAGES + ENDED_STAGES, unit_id=unit.id)
    return project_id, deals.deal_list(engine, query)
