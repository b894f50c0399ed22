-- Follows its deal: whoever sees the deal sees these rows (the subquery runs under the
-- deals policies). Written only through the deal_* functions.
ALTER TABLE estatedesk.mortgages ENABLE ROW LEVEL SECURITY;
ALTER TABLE estatedesk.mortgages FORCE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS owner_all ON estatedesk.mortgages;
CREATE POLICY owner_all ON estatedesk.mortgages TO estatedesk_owner USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS follows_deal ON estatedesk.mortgages;
CREATE POLICY follows_deal ON estatedesk.mortgages FOR SELECT
    USING (EXISTS (SELECT 1 FROM estatedesk.deals d WHERE d.id = deal_id));
