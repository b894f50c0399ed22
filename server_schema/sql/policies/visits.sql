-- Follows the customer: whoever may see the customer sees its visits. Written only through
-- SECURITY DEFINER functions (register_visit, record_followup, customers_reassign, merge).
ALTER TABLE estatedesk.visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.visits FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.visits;
CREATE POLICY owner_all ON estatedesk.visits TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS follows_customer ON estatedesk.visits;
CREATE POLICY follows_customer ON estatedesk.visits FOR SELECT
    USING (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id));
