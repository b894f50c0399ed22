"""The demo project is realistic and consistent: heights, layouts, exact prices, valid
customers; a large project has exactly the units asked for."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa

from app.domain.identity import normalize_resident_id
from app.services import demo
from app.services.demo_accounts import DEMO_ACCOUNTS
from app.services.errors import UserError


def test_default_demo(clone):
    engine = clone.superuser_engine()
    assert demo.ensure_demo(engine) is True
    assert demo.ensure_demo(engine) is False  # only once
    with engine.connect() as conn:
        floors = dict(conn.execute(sa.text(
            "SELECT b.code, max(f.number) FROM estatedesk.floors f "
            "JOIN estatedesk.buildings b ON b.id = f.building_id GROUP BY b.code")).all())
        entrances = conn.execute(sa.text(
            "SELECT count(DISTINCT (building_id, code)) FROM estatedesk.entrances")).scalar_one()
        units = conn.execute(sa.text(
            "SELECT gross_area, list_unit_price, list_total, base_price, status::text "
            "FROM estatedesk.units")).all()
        ids = conn.execute(sa.text("SELECT id_number FROM estatedesk.customers")).scalars().all()
        logins = set(conn.execute(sa.text("SELECT login FROM estatedesk.staff")).scalars())
    engine.dispose()
    assert floors == {"1": 18, "2": 26, "3": 33}
    assert entrances == 6
    assert len(units) == 308
    for u in units:
        assert u.list_total == (u.list_unit_price * u.gross_area).quantize(Decimal("1"), ROUND_HALF_UP)
        assert u.base_price < u.list_total
    statuses = {u.status for u in units}
    assert {"available", "held", "reserved", "contracted", "filed", "not_released"} <= statuses
    assert len(ids) == len(set(ids)) > 30 and all(normalize_resident_id(i) == i for i in ids)
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        initials_ok = conn.execute(sa.text(
            "SELECT bool_and(name_initials <> '') FROM estatedesk.customers")).scalar_one()
        visits = conn.execute(sa.text("SELECT count(*) FROM estatedesk.visits")).scalar_one()
        due = conn.execute(sa.text("SELECT count(*) FROM estatedesk.customers "
                                   "WHERE next_contact_on <= current_date")).scalar_one()
        roster = conn.execute(sa.text("SELECT count(*) FROM estatedesk.duty_roster "
                                      "WHERE day = current_date")).scalar_one()
    engine.dispose()
    assert initials_ok and visits == 30 and due > 0 and roster == 2
    assert {a.login for a in DEMO_ACCOUNTS} <= logins
    _campaigns_are_in_the_channel_report(clone)


def _campaigns_are_in_the_channel_report(clone) -> None:
    """The demo's campaign costs, entered by the demo manager, reach 渠道费用与效果."""
    from app.services import reports
    from app.services.demo_deals import CAMPAIGNS, MANAGER
    from app.services.reports import ReportFilter

    engine = clone.superuser_engine()
    with engine.connect() as conn:
        project = conn.execute(sa.text("SELECT id FROM estatedesk.projects")).scalar_one()
        by = set(conn.execute(sa.text("SELECT created_by FROM estatedesk.campaigns")).scalars())
    roi = reports.run(engine, "channel_roi", ReportFilter(project_id=project))
    engine.dispose()
    assert by == {MANAGER}
    assert roi.total("cost") == sum(Decimal(c[4]) for c in CAMPAIGNS)
    assert roi.total("cost_per_visitor") is not None


def test_large_project_has_exactly_the_units_asked_for(clone):
    engine = clone.superuser_engine()
    report = demo.seed(engine, 1000)
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT count(*) FROM estatedesk.units")).scalar_one()
    try:
        assert report.units == count == 1000
        assert report.buildings == 4  # 264 units a building
        try:
            demo.seed(engine, 1000)
            raise AssertionError("a second project of the same size should be refused")
        except UserError as error:
            assert "already exists" in error.english()
    finally:
        engine.dispose()


def test_every_sold_demo_unit_has_its_live_deal(clone):
    """The demo's reserved, contracted and filed units were sold through the deal functions:
    one live deal each at the matching stage, contracts with buyers and a schedule summing to
    the deal total, and work waiting for the manager."""
    engine = clone.superuser_engine()
    demo.ensure_demo(engine)
    with engine.connect() as conn:
        mismatched = conn.execute(sa.text(
            """SELECT count(*) FROM estatedesk.units u
               LEFT JOIN estatedesk.deals d ON d.unit_id = u.id
                    AND d.stage IN ('small_deposit', 'subscribed', 'contracted')
               WHERE (u.status IN ('reserved', 'contracted', 'filed')) <> (d.id IS NOT NULL)
                  OR (u.status = 'reserved' AND d.stage <> 'subscribed')
                  OR (u.status IN ('contracted', 'filed') AND d.stage <> 'contracted')""")).scalar()
        unbalanced = conn.execute(sa.text(
            """SELECT count(*) FROM estatedesk.deals d
               WHERE d.stage = 'contracted' AND (
                   d.deal_total <> (SELECT sum(amount) FROM estatedesk.payment_schedule s
                                    WHERE s.deal_id = d.id)
                   OR NOT EXISTS (SELECT 1 FROM estatedesk.deal_buyers b WHERE b.deal_id = d.id))""")).scalar()
        pending = conn.execute(sa.text(
            "SELECT count(*) FROM estatedesk.deals WHERE approval = 'pending'")).scalar()
        changes = conn.execute(sa.text(
            "SELECT count(*) FROM estatedesk.deal_changes WHERE status = 'pending'")).scalar()
        tickets = conn.execute(sa.text("SELECT count(*) FROM estatedesk.queue_tickets")).scalar()
        lapsed = conn.execute(sa.text("SELECT estatedesk.expire_deals()")).scalar()
    engine.dispose()
    assert mismatched == 0 and unbalanced == 0
    assert pending >= 2 and changes == 1 and tickets == 4 and lapsed == 0


def test_demo_money_went_through_the_cashier_and_past_days_are_closed(clone):
    engine = clone.superuser_engine()
    demo.ensure_demo(engine)
    with engine.connect() as conn:
        receipts, payments, numbers = conn.execute(sa.text(
            """SELECT (SELECT count(*) FROM estatedesk.receipts WHERE payment_id IS NOT NULL),
                      (SELECT count(*) FROM estatedesk.payments),
                      (SELECT array_agg(number ORDER BY number) FROM estatedesk.receipts)""")).one()
        overpaid = conn.execute(sa.text(
            """SELECT count(*) FROM estatedesk.deals d,
                      LATERAL estatedesk.deal_line_paid(d.id) l WHERE l.paid > l.amount""")).scalar()
        unbalanced = conn.execute(sa.text(
            """SELECT count(*) FROM estatedesk.daily_closes c
               WHERE (c.totals->>'total')::numeric <> (
                   SELECT sum(p.amount) FROM estatedesk.payments p
                   WHERE p.cashier_id = c.cashier_id AND p.business_day = c.business_day)""")).scalar()
        open_past = conn.execute(sa.text(
            """SELECT count(DISTINCT business_day) FROM estatedesk.payments p
               WHERE business_day < current_date AND NOT EXISTS (
                   SELECT 1 FROM estatedesk.daily_closes c
                   WHERE c.cashier_id = p.cashier_id AND c.business_day = p.business_day)""")).scalar()
        overdue = conn.execute(sa.text(
            "SELECT count(DISTINCT deal_id) FROM estatedesk.receivable_lines "
            "WHERE days_overdue > 0")).scalar()
    engine.dispose()
    assert receipts == payments > 150 and numbers == list(range(1, receipts + 1))
    assert overpaid == 0 and unbalanced == 0 and open_past == 0 and overdue > 0
