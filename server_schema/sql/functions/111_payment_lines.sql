-- What each schedule line of a deal has been paid: the payments recorded against the line,
-- and for the deposit line also the deposit paid before the contract existed (no line then);
-- voids count against what they reverse. Used by the payment checks and the receivables.
CREATE OR REPLACE FUNCTION estatedesk.deal_line_paid(deal_id bigint)
RETURNS TABLE (line_no smallint, kind text, due_date date, amount numeric, paid numeric)
LANGUAGE sql STABLE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT s.line_no, s.kind, s.due_date, s.amount,
           coalesce((SELECT sum(p.amount) FROM estatedesk.payments p
                     LEFT JOIN estatedesk.payments o ON o.id = p.reverses_id
                     WHERE p.deal_id = s.deal_id AND p.entry IN ('payment', 'void')
                       AND (coalesce(p.line_no, o.line_no) = s.line_no
                            OR (s.kind = 'deposit' AND coalesce(p.line_no, o.line_no) IS NULL
                                AND coalesce(o.kind, p.kind) = 'deposit'))), 0)
    FROM estatedesk.payment_schedule s
    WHERE s.deal_id = deal_line_paid.deal_id
$$;

-- Refuses money on a cashier's closed day (日结 done): corrections go into the next day.
CREATE OR REPLACE FUNCTION estatedesk.require_open_day(cashier_id bigint, day date)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM estatedesk.daily_closes c
               WHERE c.cashier_id = require_open_day.cashier_id AND c.business_day = day) THEN
        PERFORM estatedesk.raise_rule('day_closed',
            format('The day %s is closed: record it on the next day as an adjustment', day),
            jsonb_build_object('day', day));
    END IF;
END
$$;
