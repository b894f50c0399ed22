-- Follows the customer: whoever may see the customer sees its customer_assignments. Written only through
-- SECURITY DEFINER functions (register_visit, record_followup, customers_reassign, merge).
ALTER TABLE estatedesk.customer_assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.customer_assignments FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.customer_assignments;
CREATE POLICY owner_all ON estatedesk.customer_assignments TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS follows_customer ON estatedesk.customer_assignments;
CREATE POLICY follows_customer ON estatedesk.customer_assignments FOR SELECT
    USING (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id));
