-- A sales manager records which agency (中介/渠道) brought a deal, or that none did (agency
-- NULL or blank). The agency must be registered (a commission rule names it first). The
-- agency then earns its own commission on the deal's money, as its rule says.
CREATE OR REPLACE FUNCTION estatedesk.deal_set_agency(deal_id bigint, agency text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    agency_name text := nullif(btrim(agency), '');
    agency_key bigint;
BEGIN
    PERFORM estatedesk.require_role('sales_manager');
    PERFORM 1 FROM estatedesk.deals d WHERE d.id = deal_set_agency.deal_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('deal_not_found', 'The deal does not exist');
    END IF;
    IF agency_name IS NULL THEN
        DELETE FROM estatedesk.deal_agencies a WHERE a.deal_id = deal_set_agency.deal_id;
        RETURN;
    END IF;
    SELECT a.id INTO agency_key FROM estatedesk.commission_agencies a
    WHERE a.name = agency_name AND a.active;
    IF agency_key IS NULL THEN
        PERFORM estatedesk.raise_rule('agency_unknown',
            format('There is no agency %s: set up its commission rule first', agency_name),
            jsonb_build_object('agency', agency_name));
    END IF;
    INSERT INTO estatedesk.deal_agencies AS a (deal_id, agency_id)
    VALUES (deal_set_agency.deal_id, agency_key)
    ON CONFLICT ON CONSTRAINT deal_agencies_pkey DO UPDATE
    SET agency_id = EXCLUDED.agency_id, set_at = now(), set_by = session_user
    WHERE a.agency_id <> EXCLUDED.agency_id;
END
$$;
