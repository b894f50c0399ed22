-- run-as: estatedesk_useradmin
-- Create a staff login (a PostgreSQL login role) in one or more EstateDesk groups, and its
-- staff row. Runs as estatedesk_useradmin, which has CREATEROLE and ADMIN OPTION on the
-- groups, so an administrator needs neither. The password should arrive as a SCRAM
-- verifier computed by the client, so the clear text never reaches the server's logs.
CREATE OR REPLACE FUNCTION estatedesk.staff_create(
    login text, full_name text, password text, roles text[], phone text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    r text;
    new_id bigint;
BEGIN
    PERFORM estatedesk.require_role('admin');
    IF login IS NULL OR login !~ '^[a-z][a-z0-9_]{2,30}$' THEN
        PERFORM estatedesk.raise_rule('login_format',
            format('Login "%s" must be 3-31 lower-case letters, digits or _ and start with a letter', login),
            jsonb_build_object('login', login));
    END IF;
    IF login LIKE 'estatedesk%' OR login IN ('postgres', 'public') THEN
        PERFORM estatedesk.raise_rule('login_reserved', format('Login "%s" is reserved', login),
            jsonb_build_object('login', login));
    END IF;
    PERFORM estatedesk.staff_check_roles(roles);
    IF coalesce(password, '') = '' THEN
        PERFORM estatedesk.raise_rule('password_required', 'A password is needed');
    END IF;
    IF EXISTS (SELECT 1 FROM estatedesk.staff s WHERE s.login = staff_create.login) THEN
        PERFORM estatedesk.raise_rule('login_exists',
            format('A login "%s" already exists on this server', login),
            jsonb_build_object('login', login));
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        -- Logins are server-wide: a second database (a training copy) may take on a login
        -- that is already EstateDesk staff elsewhere, keeping its password; any other
        -- existing role is refused.
        IF NOT EXISTS (SELECT 1 FROM pg_roles r
                       WHERE r.rolname = login AND NOT r.rolsuper AND NOT r.rolcreaterole
                         AND NOT r.rolbypassrls
                         AND EXISTS (SELECT 1 FROM pg_auth_members m
                                     JOIN pg_roles g ON g.oid = m.roleid
                                     WHERE m.member = r.oid AND g.rolname LIKE 'estatedesk\_%')) THEN
            PERFORM estatedesk.raise_rule('login_exists',
                format('A login "%s" already exists on this server', login),
                jsonb_build_object('login', login));
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
        EXECUTE format('ALTER ROLE %I SET search_path = estatedesk, public', login);
    END IF;
    INSERT INTO estatedesk.staff (login, full_name, phone)
    VALUES (login, btrim(full_name), phone) RETURNING id INTO new_id;
    FOREACH r IN ARRAY roles LOOP
        EXECUTE format('GRANT %I TO %I', 'estatedesk_' || r, login);
    END LOOP;
    RETURN new_id;
END
$$;

REVOKE ALL ON FUNCTION estatedesk.staff_create(text, text, text, text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION estatedesk.staff_create(text, text, text, text[], text) TO estatedesk_admin;
