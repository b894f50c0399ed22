-- run-as: estatedesk_useradmin
-- Replace a staff member's EstateDesk group roles.
CREATE OR REPLACE FUNCTION estatedesk.staff_set_roles(login text, roles text[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    g text;
BEGIN
    PERFORM estatedesk.require_role('admin');
    PERFORM estatedesk.staff_check_roles(roles);
    IF NOT EXISTS (SELECT 1 FROM estatedesk.staff s WHERE s.login = staff_set_roles.login) THEN
        PERFORM estatedesk.raise_rule('staff_not_found', format('No staff login "%s"', login),
            jsonb_build_object('login', login));
    END IF;
    IF login = session_user AND NOT 'admin' = ANY (roles) THEN
        PERFORM estatedesk.raise_rule('cannot_demote_self', 'You cannot take the admin role from yourself');
    END IF;
    FOR g IN SELECT r.rolname FROM pg_auth_members m
             JOIN pg_roles r ON r.oid = m.roleid
             JOIN pg_roles u ON u.oid = m.member
             WHERE u.rolname = staff_set_roles.login AND r.rolname LIKE 'estatedesk\_%'
    LOOP
        EXECUTE format('REVOKE %I FROM %I', g, login);
    END LOOP;
    FOREACH g IN ARRAY roles LOOP
        EXECUTE format('GRANT %I TO %I', 'estatedesk_' || g, login);
    END LOOP;
    PERFORM estatedesk.log_event('STAFF_ROLES', 'staff', login, jsonb_build_object('roles', to_jsonb(roles)));
END
$$;

REVOKE ALL ON FUNCTION estatedesk.staff_set_roles(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION estatedesk.staff_set_roles(text, text[]) TO estatedesk_admin;
