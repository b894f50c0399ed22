-- 交款: finance records money in against a deal and issues the receipt from the cashier's
-- book in the same transaction. A schedule kind (首付, 房款, 按揭放款) is paid against one of the
-- contract's schedule lines and may not exceed what is left on it; a deposit before the
-- contract may not exceed the agreed deposit; 维修基金 and other collected fees stand alone.
-- No money on a deal that is cancelled, lapsed or exchanged. Returns the receipt's id.
CREATE OR REPLACE FUNCTION estatedesk.payment_record(deal_id bigint, line_no smallint,
    kind estatedesk.payment_kind, amount numeric, method estatedesk.money_method,
    reference text, paid_on date)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    d record;
    line record;
    left_to_pay numeric;
    me bigint := estatedesk.current_staff_id();
    pay_id bigint;
    num record;
    receipt bigint;
BEGIN
    PERFORM estatedesk.require_role('finance');
    PERFORM estatedesk.check_money(amount, 'amount');
    IF kind = 'refund' THEN
        PERFORM estatedesk.raise_rule('use_refund', 'Refunds are recorded with payment_refund()');
    END IF;
    IF paid_on IS NULL OR paid_on > current_date OR paid_on < current_date - 366 THEN
        PERFORM estatedesk.raise_rule('paid_on_range', 'The payment date lies within the last year');
    END IF;
    PERFORM estatedesk.require_open_day(me, current_date);
    SELECT de.id, de.project_id, de.stage, de.deposit, p.name AS project_name, u.code AS unit_code,
           coalesce((SELECT string_agg(b.name, '、' ORDER BY b.position)
                     FROM estatedesk.deal_buyers b WHERE b.deal_id = de.id), c.name) AS payer
    INTO d
    FROM estatedesk.deals de
    JOIN estatedesk.projects p ON p.id = de.project_id
    JOIN estatedesk.units u ON u.id = de.unit_id
    JOIN estatedesk.customers c ON c.id = de.customer_id
    WHERE de.id = payment_record.deal_id
    FOR UPDATE OF de;
    IF d.id IS NULL THEN
        PERFORM estatedesk.raise_rule('deal_not_found', 'The deal does not exist');
    END IF;
    IF d.stage NOT IN ('small_deposit', 'subscribed', 'contracted') THEN
        PERFORM estatedesk.raise_rule('deal_not_live',
            format('Deal %s is %s: no money is taken on it', d.id, d.stage),
            jsonb_build_object('deal', d.id, 'stage', d.stage));
    END IF;
    IF kind IN ('maintenance_fund', 'fee') THEN
        line_no := NULL;
    ELSIF line_no IS NOT NULL THEN
        SELECT * INTO line FROM estatedesk.deal_line_paid(d.id) l WHERE l.line_no = payment_record.line_no;
        IF line.line_no IS NULL THEN
            PERFORM estatedesk.raise_rule('line_not_found', 'The deal has no such schedule line');
        END IF;
        IF (kind = 'loan') <> (line.kind LIKE '%loan') OR (kind = 'deposit') <> (line.kind = 'deposit') THEN
            PERFORM estatedesk.raise_rule('line_kind',
                'The kind of payment does not match the schedule line');
        END IF;
        left_to_pay := line.amount - line.paid;
    ELSIF kind = 'deposit' AND d.stage <> 'contracted' THEN
        left_to_pay := d.deposit - coalesce((
            SELECT sum(p.amount) FROM estatedesk.payments p
            LEFT JOIN estatedesk.payments o ON o.id = p.reverses_id
            WHERE p.deal_id = d.id AND p.entry IN ('payment', 'void')
              AND coalesce(o.kind, p.kind) = 'deposit'), 0);
    ELSE
        PERFORM estatedesk.raise_rule('line_required',
            'Choose the schedule line this payment is for');
    END IF;
    IF left_to_pay IS NOT NULL AND amount > left_to_pay THEN
        PERFORM estatedesk.raise_rule('overpayment',
            format('Only %s yuan is left to pay on this line, not %s', left_to_pay, amount),
            jsonb_build_object('left', left_to_pay, 'amount', amount));
    END IF;
    INSERT INTO estatedesk.payments (project_id, deal_id, line_no, entry, kind, amount, method,
                                     reference, paid_on, cashier_id)
    VALUES (d.project_id, d.id, line_no, 'payment', kind, amount, method,
            nullif(btrim(reference), ''), paid_on, me)
    RETURNING id INTO pay_id;
    SELECT * INTO num FROM estatedesk.receipt_next_number(d.project_id);
    INSERT INTO estatedesk.receipts (book_id, number, receipt_no, payment_id, project_name, payer,
        unit_code, kind, amount, method, reference, cashier_name, issued_on)
    VALUES (num.book_id, num.number, num.receipt_no, pay_id, d.project_name, d.payer, d.unit_code,
            kind, amount, method, nullif(btrim(reference), ''),
            (SELECT s.full_name FROM estatedesk.staff s WHERE s.id = me), current_date)
    RETURNING id INTO receipt;
    RETURN receipt;
END
$$;
