-- Payments are append-only and closed days stay closed; receipts are never deleted or
-- renumbered (functions/115_daily_close.sql).
CREATE OR REPLACE TRIGGER payments_guard BEFORE INSERT OR UPDATE OR DELETE ON estatedesk.payments
    FOR EACH ROW EXECUTE FUNCTION estatedesk.payments_guard();
CREATE OR REPLACE TRIGGER receipts_guard BEFORE UPDATE OR DELETE ON estatedesk.receipts
    FOR EACH ROW EXECUTE FUNCTION estatedesk.receipts_guard();
