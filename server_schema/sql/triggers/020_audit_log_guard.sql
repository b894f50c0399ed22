CREATE OR REPLACE TRIGGER append_only BEFORE UPDATE OR DELETE ON estatedesk.audit_log
    FOR EACH ROW EXECUTE FUNCTION estatedesk.audit_log_guard();
CREATE OR REPLACE TRIGGER append_only_truncate BEFORE TRUNCATE ON estatedesk.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION estatedesk.audit_log_guard();
