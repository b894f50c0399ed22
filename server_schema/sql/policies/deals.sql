-- Who sees which deals: managers, administrators, finance and executives all; a salesperson
-- the deals of their own customers (so a reassigned customer's deals follow them). Written
-- only through the deal_* functions (SECURITY DEFINER, owner policy).
ALTER TABLE estatedesk.deals ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.deals FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.deals;
CREATE POLICY owner_all ON estatedesk.deals TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS readers_all ON estatedesk.deals;
CREATE POLICY readers_all ON estatedesk.deals FOR SELECT
    TO estatedesk_sales_manager, estatedesk_admin, estatedesk_finance, estatedesk_executive
    USING (true);

DROP POLICY IF EXISTS sales_own ON estatedesk.deals;
CREATE POLICY sales_own ON estatedesk.deals FOR SELECT TO estatedesk_sales
    USING (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id));
