-- Does the person logged in belong to an EstateDesk group role? Uses session_user, not
-- current_user: inside a SECURITY DEFINER function current_user is the owner.
CREATE OR REPLACE FUNCTION estatedesk.has_role(role_name text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatedesk_' || role_name)
                THEN pg_has_role(session_user, 'estatedesk_' || role_name, 'MEMBER')
                ELSE false END
$$;
