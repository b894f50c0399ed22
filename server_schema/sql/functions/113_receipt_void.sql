-- 作废: finance voids a receipt with a reason. The paper number stays used; the money is
-- reversed by a void entry on the cashier's open business day (today), so a day already
-- closed is never altered — the correction shows on today's close as an adjustment.
CREATE OR REPLACE FUNCTION estatedesk.receipt_void(receipt_id bigint, reason text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    r estatedesk.receipts;
    p estatedesk.payments;
    me bigint := estatedesk.current_staff_id();
BEGIN
    PERFORM estatedesk.require_role('finance');
    reason := nullif(btrim(reason), '');
    IF reason IS NULL OR char_length(reason) > 200 THEN
        PERFORM estatedesk.raise_rule('reason_missing', 'A reason is needed');
    END IF;
    SELECT * INTO r FROM estatedesk.receipts x WHERE x.id = receipt_void.receipt_id FOR UPDATE;
    IF r.id IS NULL THEN
        PERFORM estatedesk.raise_rule('receipt_not_found', 'The receipt does not exist');
    END IF;
    IF r.voided_at IS NOT NULL THEN
        PERFORM estatedesk.raise_rule('receipt_voided', format('Receipt %s is voided already', r.receipt_no),
                                      jsonb_build_object('receipt', r.receipt_no));
    END IF;
    PERFORM estatedesk.require_open_day(me, current_date);
    SELECT * INTO p FROM estatedesk.payments x WHERE x.id = r.payment_id;
    INSERT INTO estatedesk.payments (project_id, deal_id, line_no, entry, kind, amount, method,
                                     reference, paid_on, cashier_id, reverses_id, note)
    VALUES (p.project_id, p.deal_id, p.line_no, 'void', p.kind, -p.amount, p.method, p.reference,
            current_date, me, p.id, reason);
    UPDATE estatedesk.receipts
    SET voided_at = now(), voided_by = session_user, void_reason = reason WHERE id = r.id;
END
$$;

-- Each print of a receipt is counted; any print after the first is marked 副本 (copy).
-- Returns the number of this print.
CREATE OR REPLACE FUNCTION estatedesk.receipt_printed(receipt_id bigint)
RETURNS integer
LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    UPDATE estatedesk.receipts SET print_count = print_count + 1
    WHERE id = receipt_printed.receipt_id AND payment_id IS NOT NULL
    RETURNING print_count
$$;
