-- 退款: after a cancellation (退房) was approved, finance pays back the refund it agreed, in
-- one or more parts, each a negative entry with its own gapless refund voucher number
-- (退款单 TK-000001…). Never more than the approved refund. Returns the voucher number.
CREATE OR REPLACE FUNCTION estatedesk.payment_refund(deal_id bigint, amount numeric,
    method estatedesk.money_method, reference text, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    d estatedesk.deals;
    approved numeric;
    refunded numeric;
    number integer;
    me bigint := estatedesk.current_staff_id();
    doc text;
BEGIN
    PERFORM estatedesk.require_role('finance');
    PERFORM estatedesk.check_money(amount, 'amount');
    PERFORM estatedesk.require_open_day(me, current_date);
    SELECT * INTO d FROM estatedesk.deals x WHERE x.id = payment_refund.deal_id FOR UPDATE;
    IF d.id IS NULL OR d.stage <> 'cancelled' THEN
        PERFORM estatedesk.raise_rule('refund_needs_cancellation',
            'Money is refunded only on a deal whose cancellation was approved');
    END IF;
    SELECT (c.request->>'refund')::numeric INTO approved FROM estatedesk.deal_changes c
    WHERE c.deal_id = d.id AND c.kind = 'cancel' AND c.status = 'approved'
    ORDER BY c.decided_at DESC LIMIT 1;
    refunded := -coalesce((SELECT sum(p.amount) FROM estatedesk.payments p
                           WHERE p.deal_id = d.id AND p.entry = 'refund'), 0);
    IF amount > coalesce(approved, 0) - refunded THEN
        PERFORM estatedesk.raise_rule('refund_too_large',
            format('At most %s yuan of the approved refund is left to pay', coalesce(approved, 0) - refunded),
            jsonb_build_object('left', coalesce(approved, 0) - refunded));
    END IF;
    INSERT INTO estatedesk.document_counters AS c (project_id, kind, next_no)
    VALUES (d.project_id, 'refund', 2)
    ON CONFLICT ON CONSTRAINT document_counters_pkey DO UPDATE SET next_no = c.next_no + 1
    RETURNING c.next_no - 1 INTO number;
    doc := 'TK-' || lpad(number::text, 6, '0');
    INSERT INTO estatedesk.payments (project_id, deal_id, entry, kind, amount, method, reference,
                                     paid_on, cashier_id, document_no, note)
    VALUES (d.project_id, d.id, 'refund', 'refund', -amount, method, nullif(btrim(reference), ''),
            current_date, me, doc, nullif(btrim(note), ''));
    RETURN doc;
END
$$;
