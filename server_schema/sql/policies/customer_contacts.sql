-- Contact persons follow their customer: whoever may see (or change) the customer may see
-- (or change) its contacts. The subquery runs under the customers policies.
ALTER TABLE estatedesk.customer_contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.customer_contacts FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.customer_contacts;
CREATE POLICY owner_all ON estatedesk.customer_contacts TO estatedesk_owner
    USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS follows_customer ON estatedesk.customer_contacts;
CREATE POLICY follows_customer ON estatedesk.customer_contacts
    USING (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id));
