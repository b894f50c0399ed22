-- Receipts: finance, managers, executives and administrators read all (the voided unused
-- numbers too); a salesperson the receipts of the payments they see.
ALTER TABLE estatedesk.receipts ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.receipts FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.receipts;
CREATE POLICY owner_all ON estatedesk.receipts TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS readers_all ON estatedesk.receipts;
CREATE POLICY readers_all ON estatedesk.receipts FOR SELECT
    TO estatedesk_finance, estatedesk_sales_manager, estatedesk_executive, estatedesk_admin
    USING (true);

DROP POLICY IF EXISTS follows_payment ON estatedesk.receipts;
CREATE POLICY follows_payment ON estatedesk.receipts FOR SELECT TO estatedesk_sales
    USING (EXISTS (SELECT 1 FROM estatedesk.payments p WHERE p.id = payment_id));
