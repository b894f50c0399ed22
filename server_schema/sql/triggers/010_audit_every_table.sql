-- An audit trigger on every business table of the schema: a table added later is covered
-- by the next upgrade without anyone remembering to add it here.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'estatedesk' AND c.relkind IN ('r', 'p')
               AND c.relname NOT IN ('audit_log', 'schema_info', 'alembic_version')
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE '
                       'ON estatedesk.%I FOR EACH ROW EXECUTE FUNCTION estatedesk.audit_row_change()', t);
    END LOOP;
END
$$;
