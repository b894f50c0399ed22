-- Transition tables allow one event per trigger: three triggers, one function.
CREATE OR REPLACE TRIGGER notify_insert AFTER INSERT ON estatedesk.units
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION estatedesk.notify_unit_changes();
CREATE OR REPLACE TRIGGER notify_update AFTER UPDATE ON estatedesk.units
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION estatedesk.notify_unit_changes();
CREATE OR REPLACE TRIGGER notify_delete AFTER DELETE ON estatedesk.units
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION estatedesk.notify_unit_changes();
