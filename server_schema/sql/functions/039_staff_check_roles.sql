-- run-as: estatedesk_useradmin
-- The group names a staff member may be given; refuses an unknown one by name.
CREATE OR REPLACE FUNCTION estatedesk.staff_check_roles(roles text[]) RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    known CONSTANT text[] := ARRAY['receptionist', 'sales', 'sales_manager', 'finance',
                                   'executive', 'property', 'admin'];
    r text;
BEGIN
    IF roles IS NULL OR cardinality(roles) = 0 THEN
        PERFORM estatedesk.raise_rule('role_missing', 'At least one role is needed');
    END IF;
    FOREACH r IN ARRAY roles LOOP
        IF r IS NULL OR NOT r = ANY (known) THEN
            PERFORM estatedesk.raise_rule('unknown_role',
                format('Unknown role "%s"; the roles are %s', r, array_to_string(known, ', ')),
                jsonb_build_object('role', r, 'known', to_jsonb(known)));
        END IF;
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION estatedesk.staff_check_roles(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION estatedesk.staff_check_roles(text[]) TO estatedesk_admin, estatedesk_useradmin;
