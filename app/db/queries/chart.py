"""Rows shaped for the sales control chart: one per unit with its place (building,
entrance, floor), its figures and, where the viewer may see them, who has it. The base
price is never selected: the same query serves every role."""

from __future__ import annotations

import sqlalchemy as sa

_COLUMNS = """
    u.id, u.building_id, b.code AS building_code, b.name AS building_name,
    e.code AS entrance_code, f.number AS floor, u.room_no, u.code, u.layout, u.orientation,
    u.usage, u.gross_area, u.inner_area, u.list_unit_price, u.list_total, u.status::text,
    u.status_reason, u.status_changed_by, u.status_changed_at, u.pencil_expires_at,
    {customer} AS customer, s.full_name AS salesperson, u.version
"""
_FROM = """
    FROM estatedesk.units u
    JOIN estatedesk.buildings b ON b.id = u.building_id
    JOIN estatedesk.entrances e ON e.id = u.entrance_id
    JOIN estatedesk.floors f ON f.id = u.floor_id
    LEFT JOIN estatedesk.staff s ON s.id = u.pencil_staff_id
    {customer_join}
"""


def chart_query(*, with_customers: bool, where: str) -> sa.TextClause:
    """Customers are joined only for roles that may read the table at all (row-level
    security then decides which names come back: a salesperson sees their own)."""
    customer = "c.name" if with_customers else "NULL::text"
    join = ("LEFT JOIN estatedesk.customers c ON c.id = u.pencil_customer_id"
            if with_customers else "")
    return sa.text("SELECT " + _COLUMNS.format(customer=customer)
                   + _FROM.format(customer_join=join) + " WHERE " + where
                   + " ORDER BY b.sort_order, b.code, e.code, f.number DESC, u.room_no")


# One round trip before every chart read: let overdue pencils, small deposits and
# subscriptions lapse, and learn whether the viewer may read customers at all.
PREPARE_READ = sa.text("SELECT estatedesk.expire_pencils() + estatedesk.expire_deals(), "
                       "has_table_privilege('estatedesk.customers', 'SELECT')")

PROJECTS = sa.text("""
    SELECT p.id, p.code, p.name, p.pencil_hold_minutes,
           (SELECT count(*) FROM estatedesk.units u WHERE u.project_id = p.id) AS units
    FROM estatedesk.projects p
    WHERE estatedesk.sees_project(p.id)   -- a manager named for some projects: those
    ORDER BY p.name""")

BUILDINGS = sa.text("""
    SELECT b.id, b.code, b.name,
           (SELECT count(*) FROM estatedesk.units u WHERE u.building_id = b.id) AS units
    FROM estatedesk.buildings b WHERE b.project_id = :project ORDER BY b.sort_order, b.code""")

MY_TRANSITIONS = sa.text("""
    SELECT from_status::text, to_status::text, needs_reason
    FROM estatedesk.unit_status_transitions WHERE estatedesk.has_role(role_name)""")

MY_ACTIVE_CUSTOMERS = sa.text("""
    SELECT id, name, phone FROM estatedesk.customers
    WHERE assigned_staff_id = estatedesk.current_staff_id() AND status <> 'lost'
    ORDER BY name""")

UNIT_HISTORY = sa.text("""
    SELECT at, login, full_name, action, old_status, new_status, reason
    FROM estatedesk.unit_history(:unit)""")
