-- The audit log is append-only for everyone but an administrator, including code running
-- as the table owner inside SECURITY DEFINER functions.
CREATE OR REPLACE FUNCTION estatedesk.audit_log_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF NOT estatedesk.has_role('admin') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'The audit log cannot be changed',
            DETAIL = '{"key": "audit_append_only"}';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
