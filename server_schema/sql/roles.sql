-- Run by a superuser before the migrations, every upgrade, and before a restore. Idempotent.
-- Roles are cluster-wide: a second database (a training copy) on the same server shares
-- them, so each is created only if missing.
DO $$
DECLARE
    r text;
BEGIN
    -- Owns every table and function. Nobody logs in as it: the owner bypasses RLS.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatedesk_owner') THEN
        CREATE ROLE estatedesk_owner NOLOGIN;
    END IF;
    -- Owns the staff-account functions; CREATEROLE lets them create and disable logins.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatedesk_useradmin') THEN
        CREATE ROLE estatedesk_useradmin NOLOGIN CREATEROLE;
    END IF;
    FOREACH r IN ARRAY ARRAY['receptionist', 'sales', 'sales_manager', 'finance',
                             'executive', 'property', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'estatedesk_' || r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', 'estatedesk_' || r);
        END IF;
        -- PostgreSQL 16+ needs ADMIN OPTION to grant a role; on 15 CREATEROLE is enough.
        IF NOT EXISTS (
            SELECT 1 FROM pg_auth_members m
            WHERE m.roleid = ('estatedesk_' || r)::regrole
              AND m.member = 'estatedesk_useradmin'::regrole AND m.admin_option) THEN
            EXECUTE format('GRANT %I TO estatedesk_useradmin WITH ADMIN OPTION', 'estatedesk_' || r);
        END IF;
    END LOOP;
END
$$;
