-- A campaign entered by mistake is removed by a sales manager or an administrator; the
-- audit log keeps what it was.
CREATE OR REPLACE FUNCTION estatedesk.campaign_delete(campaign_id bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    DELETE FROM estatedesk.campaigns c WHERE c.id = campaign_delete.campaign_id;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('campaign_not_found', 'The campaign does not exist');
    END IF;
END
$$;
