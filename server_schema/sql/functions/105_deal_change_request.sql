-- Checks a change of a deal and returns what the approver will see next to the request:
--   cancel          {refund, forfeit}: together the money the deal holds
--   exchange        {unit_id, discount_codes, extra_discount}: the new unit's price (quote)
--   rename          {buyers}: the new list of buyers (contracted deals)
--   price, payment_method {discount_codes, extra_discount, payment_method, schedule}: the new
--                   price; a contracted deal needs a new schedule summing to it
--   area_settlement {measured_area}: the settlement (contracted deals)
CREATE OR REPLACE FUNCTION estatedesk.deal_change_check(d estatedesk.deals, kind text, request jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    held numeric;
    b jsonb;
    target record;
BEGIN
    IF kind = 'cancel' THEN
        held := estatedesk.deal_money_received(d.id);
        IF estatedesk.check_money((request->>'refund')::numeric, 'refund', true)
           + estatedesk.check_money((request->>'forfeit')::numeric, 'forfeit', true) <> held THEN
            PERFORM estatedesk.raise_rule('cancel_split',
                format('Refund and forfeited deposit must together be the %s yuan received', held),
                jsonb_build_object('received', held));
        END IF;
        RETURN jsonb_build_object('received', held);
    END IF;
    IF d.stage = 'small_deposit' THEN
        PERFORM estatedesk.raise_rule('deal_stage',
            'A small deposit can only be cancelled or made a subscription',
            jsonb_build_object('deal', d.id, 'stage', d.stage, 'needed', '["subscribed", "contracted"]'::jsonb));
    END IF;
    IF kind = 'exchange' THEN
        SELECT u.id, u.code, u.status, u.project_id INTO target FROM estatedesk.units u
        WHERE u.id = (request->>'unit_id')::bigint;
        IF target.id IS NULL OR target.project_id <> d.project_id OR target.id = d.unit_id THEN
            PERFORM estatedesk.raise_rule('exchange_unit_invalid',
                'Choose another unit of the same project');
        END IF;
        IF target.status NOT IN ('available', 'held') THEN
            PERFORM estatedesk.raise_rule('unit_taken',
                format('Unit %s is no longer available: it is %s', target.code, target.status),
                jsonb_build_object('unit', target.code, 'status', target.status, 'by', ''));
        END IF;
        b := estatedesk.deal_breakdown(target.id,
            ARRAY(SELECT jsonb_array_elements_text(coalesce(request->'discount_codes', '[]'))),
            (request->>'extra_discount')::numeric, d.payment_method);
        RETURN jsonb_build_object('quote', b);
    END IF;
    IF kind IN ('rename', 'area_settlement') AND d.stage <> 'contracted' THEN
        PERFORM estatedesk.raise_rule('deal_stage', 'This change needs a signed contract',
            jsonb_build_object('deal', d.id, 'stage', d.stage, 'needed', '["contracted"]'::jsonb));
    END IF;
    IF kind = 'rename' THEN
        PERFORM estatedesk.deal_check_buyers(request->'buyers');
        RETURN '{}';
    END IF;
    IF kind = 'area_settlement' THEN
        RETURN jsonb_build_object('settlement', estatedesk.area_settlement(d.price_area,
            (request->>'measured_area')::numeric, d.deal_unit_price));
    END IF;
    IF kind IN ('price', 'payment_method') THEN
        b := estatedesk.deal_breakdown(d.unit_id,
            ARRAY(SELECT jsonb_array_elements_text(coalesce(request->'discount_codes', '[]'))),
            (request->>'extra_discount')::numeric,
            coalesce((request->>'payment_method')::estatedesk.payment_method, d.payment_method));
        IF d.deposit > (b->>'deal_total')::numeric THEN
            PERFORM estatedesk.raise_rule('deposit_too_large', 'The deposit is more than the deal total');
        END IF;
        IF d.stage = 'contracted' THEN
            PERFORM estatedesk.deal_check_schedule(request->'schedule', (b->>'deal_total')::numeric,
                d.signed_on, (b->>'payment_method')::estatedesk.payment_method);
        END IF;
        RETURN jsonb_build_object('quote', b, 'approval_level', estatedesk.deal_approval_level(
            d.project_id, d.staff_id, (b->>'list_total')::numeric, (b->>'deal_total')::numeric,
            (SELECT u.base_price FROM estatedesk.units u WHERE u.id = d.unit_id)));
    END IF;
    PERFORM estatedesk.raise_rule('change_kind_unknown', 'Unknown kind of change');
    RETURN NULL;
END
$$;

-- The seller (or a manager) asks for a change to a live deal, with a reason; it waits for a
-- manager's decision (one pending change per deal). Returns the request's id.
CREATE OR REPLACE FUNCTION estatedesk.deal_change_request(deal_id bigint, kind text,
                                                          request jsonb, reason text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
    preview jsonb;
    new_id bigint;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    d := estatedesk.deal_lock(deal_id, 'small_deposit', 'subscribed', 'contracted');
    reason := nullif(btrim(reason), '');
    IF reason IS NULL OR char_length(reason) > 200 THEN
        PERFORM estatedesk.raise_rule('reason_missing', 'A reason of at most 200 characters is needed');
    END IF;
    IF EXISTS (SELECT 1 FROM estatedesk.deal_changes c
               WHERE c.deal_id = d.id AND c.status = 'pending') THEN
        PERFORM estatedesk.raise_rule('change_pending',
            'This deal already has a change waiting for a decision');
    END IF;
    preview := estatedesk.deal_change_check(d, kind, coalesce(request, '{}'));
    INSERT INTO estatedesk.deal_changes (deal_id, kind, request, reason, before)
    VALUES (d.id, kind, coalesce(request, '{}') || preview, reason, estatedesk.deal_snapshot(d.id))
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
