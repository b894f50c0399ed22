-- Before signing, while its price waits for approval or was rejected, the seller (or a
-- manager) chooses other discounts or payment method; the new price is checked again.
-- An approved price changes only through a change request.
CREATE OR REPLACE FUNCTION estatedesk.deal_reprice(deal_id bigint, discount_codes text[],
    extra_discount numeric, method estatedesk.payment_method)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
    b jsonb;
    level text;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    d := estatedesk.deal_lock(deal_id, 'subscribed');
    IF d.approval NOT IN ('pending', 'rejected', 'not_needed') THEN
        PERFORM estatedesk.raise_rule('price_approved',
            'The price was approved: change it with a change request');
    END IF;
    b := estatedesk.deal_breakdown(d.unit_id, discount_codes, extra_discount, method);
    IF d.deposit > (b->>'deal_total')::numeric THEN
        PERFORM estatedesk.raise_rule('deposit_too_large', 'The deposit is more than the deal total');
    END IF;
    level := estatedesk.deal_approval_level(d.project_id, d.staff_id, (b->>'list_total')::numeric,
        (b->>'deal_total')::numeric, (SELECT u.base_price FROM estatedesk.units u WHERE u.id = d.unit_id));
    PERFORM estatedesk.deal_set_price(d.id, b, discount_codes, extra_discount, method, level);
    RETURN level;
END
$$;
