-- After signing: 网签备案 filing (a number and date; the unit becomes filed), 交房 handover
-- (the customer becomes an owner, for property management) and 产权登记 title registration,
-- each in order and dated no later than today.
CREATE OR REPLACE FUNCTION estatedesk.deal_record_milestone(deal_id bigint, milestone text,
    on_date date, number text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    d := estatedesk.deal_lock(deal_id, 'contracted');
    IF on_date IS NULL OR on_date > current_date OR on_date < d.signed_on THEN
        PERFORM estatedesk.raise_rule('milestone_date_range',
            'The date lies between the signing of the contract and today');
    END IF;
    IF milestone = 'filing' THEN
        number := nullif(btrim(number), '');
        IF number IS NULL OR number !~ '^[A-Za-z0-9-]{1,30}$' THEN
            PERFORM estatedesk.raise_rule('filing_no_invalid',
                'A filing number has 1 to 30 letters, digits or dashes');
        END IF;
        UPDATE estatedesk.deals SET filing_no = number, filed_on = on_date, version = version + 1
        WHERE id = d.id;
        PERFORM estatedesk.deal_set_unit_status(d.unit_id, 'filed', 'contract filed');
    ELSIF milestone = 'handover' THEN
        UPDATE estatedesk.deals SET handover_on = on_date, version = version + 1 WHERE id = d.id;
        UPDATE estatedesk.customers SET status = 'owner' WHERE id = d.customer_id;
    ELSIF milestone = 'title' THEN
        IF d.handover_on IS NULL OR on_date < d.handover_on THEN
            PERFORM estatedesk.raise_rule('title_before_handover',
                'Title registration comes after the handover');
        END IF;
        UPDATE estatedesk.deals SET title_on = on_date, version = version + 1 WHERE id = d.id;
    ELSE
        PERFORM estatedesk.raise_rule('milestone_unknown', 'Unknown milestone');
    END IF;
END
$$;
