-- Trigger function behind the audit trail of every business table. Records who
-- (session_user: the login, even inside SECURITY DEFINER functions), when, which row,
-- and for an UPDATE only the columns that changed (old and new values).
CREATE OR REPLACE FUNCTION estatedesk.audit_row_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changed_old jsonb := '{}';
    changed_new jsonb := '{}';
    k text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        new_row := to_jsonb(NEW);
        INSERT INTO estatedesk.audit_log (action, table_name, row_key, new_values)
        VALUES ('INSERT', TG_TABLE_NAME, new_row ->> 'id', new_row);
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN
        old_row := to_jsonb(OLD);
        INSERT INTO estatedesk.audit_log (action, table_name, row_key, old_values)
        VALUES ('DELETE', TG_TABLE_NAME, old_row ->> 'id', old_row);
        RETURN NULL;
    END IF;
    old_row := to_jsonb(OLD);
    new_row := to_jsonb(NEW);
    FOR k IN SELECT jsonb_object_keys(new_row) LOOP
        IF old_row -> k IS DISTINCT FROM new_row -> k THEN
            changed_old := changed_old || jsonb_build_object(k, old_row -> k);
            changed_new := changed_new || jsonb_build_object(k, new_row -> k);
        END IF;
    END LOOP;
    IF changed_new <> '{}' THEN
        INSERT INTO estatedesk.audit_log (action, table_name, row_key, old_values, new_values)
        VALUES ('UPDATE', TG_TABLE_NAME, new_row ->> 'id', changed_old, changed_new);
    END IF;
    RETURN NULL;
END
$$;
