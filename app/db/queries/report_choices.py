"""The choices the reports screen's filters offer: the salespeople and a staff member by id
(the channels come from app.services.lists). Every login that opens the reports screen may
run these: every EstateDesk group may read the staff table's id, login, full_name and
active columns (and no other: finance may not read phones) and the PostgreSQL catalogs
pg_roles and pg_auth_members that say who is in which group; the staff table has no
row-level security (server_schema/sql/grants/030_staff.sql, 070_intake.sql)."""

from __future__ import annotations

import sqlalchemy as sa

# Who sells: staff whose login is a member of the sales or sales-manager group (granted
# directly, as staff_create and staff_set_roles do); the active ones first.
SALESPEOPLE = sa.text("""
    SELECT s.id, s.full_name AS name, s.active
    FROM estatedesk.staff s
    WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                  JOIN pg_catalog.pg_auth_members m ON m.member = r.oid
                  JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                  WHERE r.rolname = s.login
                    AND g.rolname IN ('estatedesk_sales', 'estatedesk_sales_manager'))
    ORDER BY s.active DESC, s.full_name, s.id
""")

# One staff member by id, whatever their groups (a filter may name a manager or an actor of
# the audit report).
STAFF_BY_ID = sa.text("""
    SELECT s.id, s.full_name AS name, s.active FROM estatedesk.staff s WHERE s.id = :id
""")
