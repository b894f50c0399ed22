-- Queue tickets follow their customer; the launch-day order list is read by managers.
ALTER TABLE estatedesk.queue_tickets ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.queue_tickets FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.queue_tickets;
CREATE POLICY owner_all ON estatedesk.queue_tickets TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS follows_customer ON estatedesk.queue_tickets;
CREATE POLICY follows_customer ON estatedesk.queue_tickets FOR SELECT
    USING (EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = customer_id));
