-- Finance, managers, executives and administrators read all; a salesperson the rows of the
-- deals they see (the subquery runs under the deals policies). Written only through the
-- finance functions.
ALTER TABLE estatedesk.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.payments FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.payments;
CREATE POLICY owner_all ON estatedesk.payments TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS readers_all ON estatedesk.payments;
CREATE POLICY readers_all ON estatedesk.payments FOR SELECT
    TO estatedesk_finance, estatedesk_sales_manager, estatedesk_executive, estatedesk_admin
    USING (true);

DROP POLICY IF EXISTS follows_deal ON estatedesk.payments;
CREATE POLICY follows_deal ON estatedesk.payments FOR SELECT TO estatedesk_sales
    USING (EXISTS (SELECT 1 FROM estatedesk.deals d WHERE d.id = deal_id));
