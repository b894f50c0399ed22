-- Which agency brought a deal: finance, managers, executives and administrators read all; a
-- salesperson the rows of the deals they see (the subquery runs under the deals policies).
-- Written only through deal_set_agency().
ALTER TABLE estatedesk.deal_agencies ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.deal_agencies FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.deal_agencies;
CREATE POLICY owner_all ON estatedesk.deal_agencies TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS readers_all ON estatedesk.deal_agencies;
CREATE POLICY readers_all ON estatedesk.deal_agencies FOR SELECT
    TO estatedesk_finance, estatedesk_sales_manager, estatedesk_executive, estatedesk_admin
    USING (true);

DROP POLICY IF EXISTS follows_deal ON estatedesk.deal_agencies;
CREATE POLICY follows_deal ON estatedesk.deal_agencies FOR SELECT TO estatedesk_sales
    USING (EXISTS (SELECT 1 FROM estatedesk.deals d WHERE d.id = deal_id));
