"""Staff accounts with their group roles and whether PostgreSQL lets them log in."""

from __future__ import annotations

import sqlalchemy as sa

STAFF_ACCOUNTS = sa.text("""
    SELECT s.id, s.login, s.full_name, s.active, coalesce(r.rolcanlogin, false) AS can_login,
           ARRAY(SELECT substr(g.rolname, 12) FROM pg_auth_members m
                 JOIN pg_roles g ON g.oid = m.roleid
                 WHERE m.member = r.oid AND g.rolname LIKE 'estatedesk\\_%'
                 ORDER BY g.rolname) AS roles
    FROM estatedesk.staff s
    LEFT JOIN pg_roles r ON r.rolname = s.login
    ORDER BY s.login
""")

# The projects each sales manager is named for (managers see their projects).
PROJECT_MANAGERS = sa.text("""
    SELECT s.login, s.full_name, p.id AS project_id, p.code, p.name
    FROM estatedesk.project_managers pm
    JOIN estatedesk.staff s ON s.id = pm.staff_id
    JOIN estatedesk.projects p ON p.id = pm.project_id
    ORDER BY s.login, p.name
""")
PROJECT_BY_CODE_OR_NAME = sa.text("""
    SELECT id FROM estatedesk.projects WHERE code = :p OR name = :p
""")
SET_PROJECT_MANAGER = sa.text("SELECT estatedesk.project_manager_set(:l, :p, :on)")
