-- Finance, managers, executives and administrators read every rule; a salesperson the rules
-- that pay them. Written only through commission_rule_set() (SECURITY DEFINER, owner policy).
ALTER TABLE estatedesk.commission_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.commission_rules FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.commission_rules;
CREATE POLICY owner_all ON estatedesk.commission_rules TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS readers_all ON estatedesk.commission_rules;
CREATE POLICY readers_all ON estatedesk.commission_rules FOR SELECT
    TO estatedesk_finance, estatedesk_sales_manager, estatedesk_executive, estatedesk_admin
    USING (true);

DROP POLICY IF EXISTS sales_own ON estatedesk.commission_rules;
CREATE POLICY sales_own ON estatedesk.commission_rules FOR SELECT TO estatedesk_sales
    USING (staff_id = estatedesk.current_staff_id());
