"""A realistic demo project so a fresh install has something to show: buildings of 18–33
floors, common layouts, prices from a base price and floor/orientation coefficients, a mix of
statuses, staff (one per role) and customers. Deterministic: the same seed gives the same data."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.inventory import InventoryWriter, UnitRow
from app.db.models import Customer, Followup, Project, Visit
from app.domain.customer_rules import PURPOSES
from app.domain.identity import resident_id_check_char
from app.domain.passwords import scram_verifier
from app.domain.pinyin import name_initials
from app.domain.statuses import UnitStatus
from app.services import demo_deals, demo_finance, transactions
from app.services.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from app.services.errors import ErrorKind, UserError


@dataclass(frozen=True)
class Layout:
    name: str
    gross: Decimal
    inner: Decimal
    orientation: str
    coefficient: Decimal


LAYOUTS = (
    Layout("三室两厅两卫", Decimal("128.56"), Decimal("104.32"), "南北", Decimal("1.00")),
    Layout("四室两厅两卫", Decimal("143.20"), Decimal("116.85"), "南北", Decimal("1.02")),
    Layout("两室两厅一卫", Decimal("89.35"), Decimal("72.10"), "南", Decimal("0.98")),
    Layout("三室两厅一卫", Decimal("112.48"), Decimal("91.06"), "东南", Decimal("0.99")),
)
# Default demo: three buildings of different heights, two entrances each, two units a floor.
DEMO_BUILDINGS = (("1", 18, Decimal("26800")), ("2", 26, Decimal("27600")),
                  ("3", 33, Decimal("28800")))
_STATUS_WEIGHTS = ((UnitStatus.AVAILABLE, 46), (UnitStatus.HELD, 5), (UnitStatus.RESERVED, 8),
                   (UnitStatus.CONTRACTED, 32), (UnitStatus.FILED, 9))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾单"
GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
         "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "晨曦", "子涵", "浩然")


@dataclass(frozen=True)
class DemoReport:
    project_id: int
    project_name: str
    units: int
    buildings: int
    customers: int


def ensure_demo(engine: sa.Engine) -> bool:
    """Create the demo project if the database has no project yet; True if it did."""
    def has_project(session: Session) -> bool:
        return session.scalar(sa.select(sa.func.count()).select_from(Project)) > 0

    if transactions.run(engine, has_project):
        return False
    seed(engine)
    return True


def seed(engine: sa.Engine, units: int | None = None) -> DemoReport:
    """The default demo project, or with `units` a large project of that many units."""
    if units is not None and not 1 <= units <= 200_000:
        raise UserError(ErrorKind.VALIDATION, "The number of units must be 1 to 200,000.")
    return transactions.run(engine, lambda s: _seed(s, units))


def _seed(session: Session, units: int | None) -> DemoReport:
    rng = random.Random(2026 if units is None else units)
    if units is None:
        name, code, rows = "锦绣华府", "JXHF", list(_default_rows(rng))
    else:
        name, code, rows = f"演示项目{units}套", f"DEMO{units}", list(_large_rows(rng, units))
    if session.scalar(sa.select(Project.id).where(Project.code == code)) is not None:
        raise UserError(ErrorKind.DUPLICATE, "The demo project \"{name}\" already exists.",
                        {"name": name})
    project = Project(code=code, name=name, city="杭州", district="滨江区",
                      address="江南大道1888号", developer="锦绣置业有限公司")
    session.add(project)
    session.flush()
    sold_codes = {r.code: r.status for r in rows if r.status in _SOLD}
    rows = [replace(r, status=UnitStatus.AVAILABLE.value) if r.status in _SOLD else r
            for r in rows]
    writer = InventoryWriter(session, project.id)
    for start in range(0, len(rows), 2000):
        writer.add_units(rows[start:start + 2000])
    staff_ids = _ensure_staff(session)
    demo_deals.add_rules(session, project.id)
    walk_ins = _customers(session, rng, staff_ids) if units is None else []
    _sell(session, rng, project.id, sold_codes, staff_ids)
    if walk_ins:
        demo_deals.add_pending_work(session, project.id, walk_ins)
    demo_finance.take_payments(session, rng, project.id)
    demo_deals.add_campaigns(session, project.id)
    customers = session.scalar(sa.select(sa.func.count()).select_from(Customer))
    return DemoReport(project.id, name, len(rows), len({r.building for r in rows}), customers)


_SOLD = {UnitStatus.RESERVED.value, UnitStatus.CONTRACTED.value, UnitStatus.FILED.value}


def _sell(session: Session, rng: random.Random, project_id: int, sold_codes: dict[str, str],
          staff_ids: dict[str, int]) -> int:
    """A buyer and a real deal (through the deal functions) for every unit the demo shows
    as sold."""
    sellers = [a.login for a in DEMO_ACCOUNTS if a.role.value == "sales"]
    ids = dict(session.execute(sa.text("SELECT code, id FROM estatedesk.units "
                                       "WHERE project_id = :p"), {"p": project_id}).all())
    channels = session.execute(sa.text("SELECT id FROM estatedesk.channels")).scalars().all()
    sold, buyers = [], {}
    used = set(session.execute(sa.text("SELECT id_number FROM estatedesk.customers "
                                       "WHERE id_number IS NOT NULL")).scalars())
    for n, (code, status) in enumerate(sorted(sold_codes.items())):
        seller = sellers[n % len(sellers)]
        customer = _new_customer(rng, staff_ids[seller], channels, "visitor", used=used)
        session.add(customer)
        session.flush()
        buyers[customer.id] = {"name": customer.name, "id_type": "resident_id",
                               "id_number": customer.id_number, "phone": customer.phone}
        sold.append(demo_deals.SoldUnit(ids[code], status, customer.id, seller))
    return demo_deals.make_deals(session, rng, sold, buyers)


def _price(base: Decimal, layout: Layout, floor: int, top: int) -> tuple[Decimal, Decimal, Decimal]:
    """List unit price, list total and base price (底价) from the building's base price and
    the floor and layout coefficients, each rounded to the yuan (base price to 100)."""
    floor_coef = Decimal("1") + Decimal("0.004") * (floor - 1)
    if floor <= 2:
        floor_coef -= Decimal("0.03")
    if floor == top:
        floor_coef -= Decimal("0.02")
    unit_price = (base * floor_coef * layout.coefficient).quantize(Decimal("1"), ROUND_HALF_UP)
    total = (unit_price * layout.gross).quantize(Decimal("1"), ROUND_HALF_UP)
    base_price = (total * Decimal("0.95") / 100).quantize(Decimal("1"), ROUND_HALF_UP) * 100
    return unit_price, total, base_price


def _status(rng: random.Random, floor: int, top: int) -> str:
    if floor > top - 3 and top >= 30:
        return UnitStatus.NOT_RELEASED.value
    statuses, weights = zip(*_STATUS_WEIGHTS, strict=True)
    return rng.choices(statuses, weights)[0].value


def _rows_for(rng: random.Random, building: str, floors: int, entrances: int, per_floor: int,
              base: Decimal):
    for floor in range(1, floors + 1):
        for e in range(1, entrances + 1):
            for i in range(1, per_floor + 1):
                layout = LAYOUTS[(i - 1 + (int(building) % 2) * 2) % len(LAYOUTS)]
                unit_price, total, base_price = _price(base, layout, floor, floors)
                yield UnitRow(building, str(e), floor, f"{floor}{i:02d}", layout.gross,
                              layout.inner, layout.name, layout.orientation, "residential",
                              unit_price, total, base_price, _status(rng, floor, floors))


def _default_rows(rng: random.Random):
    for building, floors, base in DEMO_BUILDINGS:
        yield from _rows_for(rng, building, floors, 2, 2, base)


def _large_rows(rng: random.Random, units: int):
    made, building = 0, 0
    while made < units:
        building += 1
        base = Decimal(24000 + (building % 7) * 800)
        for row in _rows_for(rng, str(building), 33, 2, 4, base):
            if made == units:
                return
            made += 1
            yield row


def _ensure_staff(session: Session) -> dict[str, int]:
    verifier = scram_verifier(DEMO_PASSWORD)
    for account in DEMO_ACCOUNTS:
        exists = session.execute(sa.text("SELECT 1 FROM estatedesk.staff WHERE login = :l"),
                                 {"l": account.login}).first()
        if not exists:
            session.execute(sa.text("SELECT estatedesk.staff_create(:l, :n, :p, :r)"),
                            {"l": account.login, "n": account.full_name, "p": verifier,
                             "r": [account.role.value]})
    return dict(session.execute(sa.text("SELECT login, id FROM estatedesk.staff")).all())


def demo_resident_id(rng: random.Random) -> str:
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 40))
    first17 = f"330106{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return first17 + resident_id_check_char(first17)


def _new_customer(rng: random.Random, seller: int, channels: list[int], status: str,
                  next_contact: date | None = None, used: set[str] | None = None) -> Customer:
    id_number = demo_resident_id(rng)
    while used is not None and id_number in used:
        id_number = demo_resident_id(rng)
    if used is not None:
        used.add(id_number)
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return Customer(
        name=name, name_initials=name_initials(name),
        gender="M" if int(id_number[16]) % 2 else "F",
        birthday=date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14])),
        id_type="resident_id", id_number=id_number,
        phone=f"+86{rng.choice(['138', '139', '186', '159', '177'])}{rng.randrange(10**7, 10**8)}",
        grade=rng.choice("ABCD"), status=status,
        occupation=rng.choice(["教师", "医生", "工程师", "公务员", "个体经营", "企业管理"]),
        district=rng.choice(["滨江区", "西湖区", "上城区", "萧山区"]),
        channel_id=rng.choice(channels), purpose=rng.choice(PURPOSES),
        assigned_staff_id=seller, next_contact_on=next_contact)


def _customers(session: Session, rng: random.Random,
               staff_ids: dict[str, int]) -> list[tuple[int, str]]:
    """Thirty walk-in customers with a first visit each, some follow-ups due today or
    overdue (so the home screen has work to show), and today's duty rotation for the front
    desk. Returns (customer id, seller login) of each."""
    logins = [a.login for a in DEMO_ACCOUNTS if a.role.value == "sales"]
    sellers = [staff_ids[login] for login in logins]
    channels = session.execute(sa.text("SELECT id FROM estatedesk.channels")).scalars().all()
    today = date.today()
    made = []
    for i in range(30):
        customer = _new_customer(
            rng, sellers[i % len(sellers)], channels, "visitor",
            today - timedelta(days=rng.randrange(-5, 4)) if i % 3 == 0 else None)
        session.add(customer)
        session.flush()
        made.append((customer.id, logins[i % len(logins)]))
        session.add(Visit(customer_id=customer.id, visit_type="visit", party_size=2,
                          channel_id=customer.channel_id, staff_id=customer.assigned_staff_id))
        if customer.next_contact_on:
            session.add(Followup(customer_id=customer.id, staff_id=customer.assigned_staff_id,
                                 method="call", content="电话回访，介绍在售房源与优惠",
                                 result="约定再次来访", next_contact_on=customer.next_contact_on))
    session.execute(sa.text("SELECT estatedesk.duty_roster_set(current_date, :ids)"),
                    {"ids": sellers})
    return made
