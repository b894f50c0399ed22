-- Follows the customer: whoever may see the customer sees its followups. Written only through
-- SECURITY DEFINER functions (register_visit, record_followup, customers_reassign, merge).
ALTER TABLE estatedesk.followups ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.followups FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.followups;
CREATE POLICY owner_all ON estatedesk.followups TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS follows_customer ON estatedesk.followups;
CREATE POLICY follows_customer ON estatedesk.followups FOR SELECT
    USING (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id));
