-- run-as: estatedesk_useradmin
-- Disable (or re-enable) a staff login. A disabled login cannot connect: PostgreSQL says
-- "not permitted to log in", which the client shows as "account disabled".
CREATE OR REPLACE FUNCTION estatedesk.staff_set_active(login text, active boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.require_role('admin');
    IF NOT EXISTS (SELECT 1 FROM estatedesk.staff s WHERE s.login = staff_set_active.login) THEN
        PERFORM estatedesk.raise_rule('staff_not_found', format('No staff login "%s"', login),
            jsonb_build_object('login', login));
    END IF;
    IF login = session_user AND NOT active THEN
        PERFORM estatedesk.raise_rule('cannot_disable_self', 'You cannot disable your own login');
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE estatedesk.staff s
    SET active = staff_set_active.active,
        disabled_at = CASE WHEN staff_set_active.active THEN NULL ELSE now() END
    WHERE s.login = staff_set_active.login;
END
$$;

REVOKE ALL ON FUNCTION estatedesk.staff_set_active(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION estatedesk.staff_set_active(text, boolean) TO estatedesk_admin;
