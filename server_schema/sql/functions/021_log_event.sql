-- Record an action that changes no row but must be traceable (an export of personal data,
-- a printout, a login). Anyone may log their own events; nobody may write the log directly.
CREATE OR REPLACE FUNCTION estatedesk.log_event(action text, table_name text DEFAULT NULL,
                                                row_key text DEFAULT NULL, detail jsonb DEFAULT NULL)
RETURNS bigint
LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    INSERT INTO estatedesk.audit_log (action, table_name, row_key, detail)
    VALUES (upper(action), table_name, row_key, detail)
    RETURNING id
$$;
