-- The staff row of the person logged in (NULL for a superuser or an unknown login).
-- SECURITY DEFINER so row-level security policies can call it whatever the caller may read.
CREATE OR REPLACE FUNCTION estatedesk.current_staff_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT id FROM estatedesk.staff WHERE login = session_user AND active
$$;
