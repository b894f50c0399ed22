-- run-as: estatedesk_useradmin
-- An administrator resets a staff member's password (a SCRAM verifier, see staff_create).
CREATE OR REPLACE FUNCTION estatedesk.staff_set_password(login text, password text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.require_role('admin');
    IF NOT EXISTS (SELECT 1 FROM estatedesk.staff s WHERE s.login = staff_set_password.login) THEN
        PERFORM estatedesk.raise_rule('staff_not_found', format('No staff login "%s"', login),
            jsonb_build_object('login', login));
    END IF;
    IF coalesce(password, '') = '' THEN
        PERFORM estatedesk.raise_rule('password_required', 'A password is needed');
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
    PERFORM estatedesk.log_event('STAFF_PASSWORD', 'staff', login);
END
$$;

REVOKE ALL ON FUNCTION estatedesk.staff_set_password(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION estatedesk.staff_set_password(text, text) TO estatedesk_admin;
