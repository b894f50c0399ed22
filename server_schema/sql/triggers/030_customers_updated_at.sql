CREATE OR REPLACE TRIGGER touch_updated_at BEFORE UPDATE ON estatedesk.customers
    FOR EACH ROW EXECUTE FUNCTION estatedesk.touch_updated_at();
