-- Who sees which customers. FORCE makes the policies bind the table owner too, so the
-- SECURITY DEFINER functions get exactly the rows their owner policy grants.
ALTER TABLE estatedesk.customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.customers FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.customers;
CREATE POLICY owner_all ON estatedesk.customers TO estatedesk_owner USING (true) WITH CHECK (true);

-- Managers and administrators: every customer.
DROP POLICY IF EXISTS managers_all ON estatedesk.customers;
CREATE POLICY managers_all ON estatedesk.customers
    TO estatedesk_sales_manager, estatedesk_admin USING (true) WITH CHECK (true);

-- Executives and finance read every customer (reports, payments); the grants stop writes.
DROP POLICY IF EXISTS readers_all ON estatedesk.customers;
CREATE POLICY readers_all ON estatedesk.customers FOR SELECT
    TO estatedesk_executive, estatedesk_finance USING (true);

-- A salesperson: only the customers assigned to them, and may not hand one to someone else.
DROP POLICY IF EXISTS sales_own ON estatedesk.customers;
CREATE POLICY sales_own ON estatedesk.customers TO estatedesk_sales
    USING (assigned_staff_id = (SELECT estatedesk.current_staff_id()))
    WITH CHECK (assigned_staff_id = (SELECT estatedesk.current_staff_id()));

-- The front desk registers visitors through register_visit() and finds returning ones
-- through customer_lookup_by_phone() (masked); it reads no customer rows itself.
DROP POLICY IF EXISTS reception_register ON estatedesk.customers;

-- Property staff: owners only (after handover).
DROP POLICY IF EXISTS property_owners ON estatedesk.customers;
CREATE POLICY property_owners ON estatedesk.customers FOR SELECT TO estatedesk_property
    USING (status = 'owner');
