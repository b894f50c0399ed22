-- Refuse unless the caller holds one of the given group roles (SQLSTATE 42501).
CREATE OR REPLACE FUNCTION estatedesk.require_role(VARIADIC roles text[]) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM unnest(roles) r WHERE estatedesk.has_role(r)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s may not do this: it needs the role %s', session_user,
                             array_to_string(roles, ' or ')),
            DETAIL = jsonb_build_object('key', 'role_required', 'roles', to_jsonb(roles))::text;
    END IF;
END
$$;
