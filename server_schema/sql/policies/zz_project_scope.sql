-- Managers see their projects: restrictive policies (ANDed with every other policy) that
-- narrow a sales manager whom an administrator has named for some projects to those
-- projects' rows — deals (and with them buyers, schedules, mortgages and changes, whose
-- policies follow the deal), queue numbers, payments, receipts, collection notes, agency
-- links and campaigns. estatedesk.my_projects() is NULL for everyone else, so for them the
-- condition is true at once (evaluated once per query: the scalar subquery is an initplan).
-- Inside the SECURITY DEFINER functions the owner runs, not the manager: these policies do
-- not apply there. Named zz_ so it runs after the tables' own policy files.

DROP POLICY IF EXISTS managers_projects ON estatedesk.deals;
CREATE POLICY managers_projects ON estatedesk.deals AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR project_id = ANY ((SELECT estatedesk.my_projects())::bigint[]));

DROP POLICY IF EXISTS managers_projects ON estatedesk.queue_tickets;
CREATE POLICY managers_projects ON estatedesk.queue_tickets AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR project_id = ANY ((SELECT estatedesk.my_projects())::bigint[]));

DROP POLICY IF EXISTS managers_projects ON estatedesk.payments;
CREATE POLICY managers_projects ON estatedesk.payments AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR EXISTS (SELECT 1 FROM estatedesk.deals d WHERE d.id = deal_id));

DROP POLICY IF EXISTS managers_projects ON estatedesk.receipts;
CREATE POLICY managers_projects ON estatedesk.receipts AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR EXISTS (SELECT 1 FROM estatedesk.payments p WHERE p.id = payment_id));

DROP POLICY IF EXISTS managers_projects ON estatedesk.collection_notes;
CREATE POLICY managers_projects ON estatedesk.collection_notes AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR EXISTS (SELECT 1 FROM estatedesk.deals d WHERE d.id = deal_id));

DROP POLICY IF EXISTS managers_projects ON estatedesk.deal_agencies;
CREATE POLICY managers_projects ON estatedesk.deal_agencies AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR EXISTS (SELECT 1 FROM estatedesk.deals d WHERE d.id = deal_id));

-- campaigns: read by managers, finance, executives and administrators (grants), written
-- only through campaign_save/campaign_delete (the owner)
ALTER TABLE estatedesk.campaigns ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.campaigns FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_all ON estatedesk.campaigns;
CREATE POLICY owner_all ON estatedesk.campaigns TO estatedesk_owner USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS readers_all ON estatedesk.campaigns;
CREATE POLICY readers_all ON estatedesk.campaigns FOR SELECT USING (true);
DROP POLICY IF EXISTS managers_projects ON estatedesk.campaigns;
CREATE POLICY managers_projects ON estatedesk.campaigns AS RESTRICTIVE FOR SELECT
    TO estatedesk_sales_manager
    USING ((SELECT estatedesk.my_projects()) IS NULL
           OR project_id = ANY ((SELECT estatedesk.my_projects())::bigint[]));

-- project_managers: the administrators read and (through project_manager_set) write it; a
-- manager reads their own rows
ALTER TABLE estatedesk.project_managers ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.project_managers FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_all ON estatedesk.project_managers;
CREATE POLICY owner_all ON estatedesk.project_managers TO estatedesk_owner
    USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS readers ON estatedesk.project_managers;
CREATE POLICY readers ON estatedesk.project_managers FOR SELECT
    USING (estatedesk.has_role('admin') OR staff_id = estatedesk.current_staff_id());
