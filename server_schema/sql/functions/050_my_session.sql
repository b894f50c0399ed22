-- Who is logged in: the client calls this right after connecting to show the user's name
-- and roles and to decide which screens to offer (the database still checks every action).
CREATE OR REPLACE FUNCTION estatedesk.my_session()
RETURNS TABLE (staff_id bigint, login text, full_name text, roles text[], is_superuser boolean,
               owns_tables boolean)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    SELECT s.id, session_user::text, s.full_name,
           ARRAY(SELECT substr(g.rolname, 12) FROM pg_roles g
                 WHERE g.rolname IN ('estatedesk_receptionist', 'estatedesk_sales',
                                     'estatedesk_sales_manager', 'estatedesk_finance',
                                     'estatedesk_executive', 'estatedesk_property', 'estatedesk_admin')
                   AND pg_has_role(session_user, g.oid, 'MEMBER')
                 ORDER BY g.rolname),
           (SELECT rolsuper FROM pg_roles WHERE rolname = session_user),
           pg_has_role(session_user, 'estatedesk_owner', 'MEMBER')
    FROM (SELECT 1) one
    LEFT JOIN estatedesk.staff s ON s.login = session_user
$$;
