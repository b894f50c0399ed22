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
