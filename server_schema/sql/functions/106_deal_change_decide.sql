-- A manager other than the requester (or an administrator) approves or rejects (with a
-- reason) a pending change. Approval checks the change again against the deal as it is now
-- and applies it in this transaction, keeping the deal's before and after:
--   cancel    the deal ends, the unit is available again, refund/forfeit recorded
--   exchange  the deal ends as exchanged; a new subscription on the new unit at its price,
--             the deposit carried over (a contracted deal is signed again on the new unit)
--   rename    the buyers are replaced
--   price, payment_method  the new price (and schedule) replace the old; a price that needs
--             a director's approval needs a director here too
--   area_settlement  the measured area and the settlement amount are recorded on the deal
CREATE OR REPLACE FUNCTION estatedesk.deal_change_decide(change_id bigint, approve boolean,
                                                         note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    c estatedesk.deal_changes;
    d estatedesk.deals;
    r jsonb;
    preview jsonb;
    result_deal bigint;
    level text;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    SELECT * INTO c FROM estatedesk.deal_changes WHERE id = change_id FOR UPDATE;
    IF c.id IS NULL OR c.status <> 'pending' THEN
        PERFORM estatedesk.raise_rule('change_not_pending',
            'This change does not exist or was decided already');
    END IF;
    IF c.requested_by = session_user AND NOT estatedesk.has_role('admin') THEN
        PERFORM estatedesk.raise_rule('change_own',
            'A change is decided by a manager other than the one who asked for it');
    END IF;
    note := nullif(btrim(note), '');
    IF NOT approve THEN
        IF note IS NULL THEN
            PERFORM estatedesk.raise_rule('reason_missing', 'A rejection needs a reason');
        END IF;
        UPDATE estatedesk.deal_changes
        SET status = 'rejected', decided_by = session_user, decided_at = now(), decision_note = note
        WHERE id = c.id;
        RETURN c.deal_id;
    END IF;
    d := estatedesk.deal_lock(c.deal_id, 'small_deposit', 'subscribed', 'contracted');
    r := c.request;
    preview := estatedesk.deal_change_check(d, c.kind, r);
    result_deal := d.id;
    IF c.kind = 'cancel' THEN
        UPDATE estatedesk.deals
        SET stage = 'cancelled', ended_at = now(), end_reason = c.reason, version = version + 1
        WHERE id = d.id;
        PERFORM estatedesk.deal_set_unit_status(d.unit_id, 'available', 'deal cancelled');
        UPDATE estatedesk.customers cu SET status = 'visitor'
        WHERE cu.id = d.customer_id AND cu.status IN ('reserved', 'contracted')
          AND NOT EXISTS (SELECT 1 FROM estatedesk.deals o WHERE o.customer_id = d.customer_id
                          AND o.stage IN ('small_deposit', 'subscribed', 'contracted'));
    ELSIF c.kind = 'exchange' THEN
        UPDATE estatedesk.deals
        SET stage = 'exchanged', ended_at = now(), end_reason = c.reason, version = version + 1
        WHERE id = d.id;
        PERFORM estatedesk.deal_set_unit_status(d.unit_id, 'available', 'deal exchanged');
        PERFORM estatedesk.deal_take_unit((r->>'unit_id')::bigint, d.customer_id);
        INSERT INTO estatedesk.deals (project_id, unit_id, customer_id, staff_id, queue_ticket_id,
            predecessor_id, stage, deposit, subscribed_at, sign_deadline, pricing_basis, price_area,
            list_unit_price, list_total, discount_codes, extra_discount, breakdown, deal_total,
            deal_unit_price, payment_method, approval, approval_level, approval_by, approval_at)
        SELECT d.project_id, (r->>'unit_id')::bigint, d.customer_id, d.staff_id, d.queue_ticket_id,
            d.id, 'subscribed', d.deposit, now(), greatest(d.sign_deadline, current_date + p.sign_days),
            (q->>'basis')::estatedesk.pricing_basis, (q->>'area')::numeric,
            (q->>'list_unit_price')::numeric, (q->>'list_total')::numeric,
            ARRAY(SELECT jsonb_array_elements_text(coalesce(r->'discount_codes', '[]'))),
            coalesce((r->>'extra_discount')::numeric, 0), q, (q->>'deal_total')::numeric,
            (q->>'deal_unit_price')::numeric, d.payment_method, 'approved', 'sales_manager',
            session_user, now()
        FROM (SELECT preview->'quote' AS q) x, estatedesk.projects p WHERE p.id = d.project_id
        RETURNING id INTO result_deal;
        PERFORM estatedesk.deal_set_unit_status((r->>'unit_id')::bigint, 'reserved', 'exchange');
    ELSIF c.kind = 'rename' THEN
        PERFORM estatedesk.deal_write_buyers(d.id, r->'buyers');
    ELSIF c.kind IN ('price', 'payment_method') THEN
        level := preview->>'approval_level';
        IF level = 'director' AND NOT estatedesk.has_role('admin') AND NOT EXISTS (
                SELECT 1 FROM estatedesk.staff s
                WHERE s.id = estatedesk.current_staff_id() AND s.director) THEN
            PERFORM estatedesk.raise_rule('approval_level',
                'This discount needs a project director''s approval',
                jsonb_build_object('level', level));
        END IF;
        PERFORM estatedesk.deal_set_price(d.id, preview->'quote',
            ARRAY(SELECT jsonb_array_elements_text(coalesce(r->'discount_codes', '[]'))),
            (r->>'extra_discount')::numeric, (preview->'quote'->>'payment_method')::estatedesk.payment_method,
            NULL);
        UPDATE estatedesk.deals
        SET approval = CASE WHEN level IS NULL THEN 'not_needed' ELSE 'approved' END,
            approval_level = level, approval_by = CASE WHEN level IS NOT NULL THEN session_user END,
            approval_at = CASE WHEN level IS NOT NULL THEN now() END
        WHERE id = d.id;
        IF d.stage = 'contracted' THEN
            PERFORM estatedesk.deal_write_schedule(d.id, r->'schedule',
                (preview->'quote'->>'deal_total')::numeric, d.signed_on,
                (preview->'quote'->>'payment_method')::estatedesk.payment_method);
        END IF;
    ELSIF c.kind = 'area_settlement' THEN
        UPDATE estatedesk.deals
        SET measured_area = (r->>'measured_area')::numeric,
            area_settlement = (preview->'settlement'->>'net')::numeric, version = version + 1
        WHERE id = d.id;
        UPDATE estatedesk.units SET measured_area = (r->>'measured_area')::numeric WHERE id = d.unit_id;
    END IF;
    UPDATE estatedesk.deal_changes
    SET status = 'approved', decided_by = session_user, decided_at = now(), decision_note = note,
        after = estatedesk.deal_snapshot(result_deal) || jsonb_build_object('result', preview)
    WHERE id = c.id;
    RETURN result_deal;
END
$$;
