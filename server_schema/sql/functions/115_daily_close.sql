-- 日结: a cashier closes their business day: receipts and refunds by method, voids, the
-- total — which must equal the sum of the day's money entries — are stored, and from then
-- on nothing is recorded or voided on that day. Returns the totals.
CREATE OR REPLACE FUNCTION estatedesk.daily_close(business_day date)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    me bigint := estatedesk.current_staff_id();
    totals jsonb;
BEGIN
    PERFORM estatedesk.require_role('finance');
    IF business_day IS NULL OR business_day > current_date THEN
        PERFORM estatedesk.raise_rule('close_future', 'A day is closed on or after the day itself');
    END IF;
    PERFORM estatedesk.require_open_day(me, business_day);
    totals := estatedesk.day_totals(me, business_day);
    INSERT INTO estatedesk.daily_closes (cashier_id, business_day, totals)
    VALUES (me, business_day, totals);
    RETURN totals;
END
$$;

-- A cashier's day as the close adds it up: by method and entry (payment, refund, void) with
-- counts, the receipts issued and voided that day, and the total.
CREATE OR REPLACE FUNCTION estatedesk.day_totals(cashier_id bigint, business_day date)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT jsonb_build_object(
        'by_method', coalesce((SELECT jsonb_object_agg(m.method, m.total) FROM (
            SELECT p.method, sum(p.amount) AS total FROM estatedesk.payments p
            WHERE p.cashier_id = day_totals.cashier_id AND p.business_day = day_totals.business_day
            GROUP BY p.method) m), '{}'),
        'by_entry', coalesce((SELECT jsonb_object_agg(e.entry, jsonb_build_object(
                'count', e.n, 'total', e.total)) FROM (
            SELECT p.entry, count(*) AS n, sum(p.amount) AS total FROM estatedesk.payments p
            WHERE p.cashier_id = day_totals.cashier_id AND p.business_day = day_totals.business_day
            GROUP BY p.entry) e), '{}'),
        'receipts_issued', (SELECT count(*) FROM estatedesk.receipts r
            JOIN estatedesk.payments p ON p.id = r.payment_id
            WHERE p.cashier_id = day_totals.cashier_id AND p.business_day = day_totals.business_day),
        'receipts_voided', (SELECT count(*) FROM estatedesk.payments p
            WHERE p.cashier_id = day_totals.cashier_id AND p.business_day = day_totals.business_day
              AND p.entry = 'void'),
        'total', coalesce((SELECT sum(p.amount) FROM estatedesk.payments p
            WHERE p.cashier_id = day_totals.cashier_id
              AND p.business_day = day_totals.business_day), 0))
$$;

-- Payments are never changed or deleted, and nothing is added to a closed day — not even by
-- the owner or an administrator with direct table rights.
CREATE OR REPLACE FUNCTION estatedesk.payments_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM estatedesk.raise_rule('payments_append_only',
            'Payments are never changed or deleted: void the receipt instead');
    END IF;
    PERFORM estatedesk.require_open_day(NEW.cashier_id, NEW.business_day);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION estatedesk.receipts_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM estatedesk.raise_rule('receipts_never_deleted',
            'A receipt is never deleted: void it with a reason');
    END IF;
    IF NEW.number IS DISTINCT FROM OLD.number OR NEW.book_id IS DISTINCT FROM OLD.book_id
       OR NEW.receipt_no IS DISTINCT FROM OLD.receipt_no OR NEW.amount IS DISTINCT FROM OLD.amount
       OR NEW.payment_id IS DISTINCT FROM OLD.payment_id
       OR (OLD.voided_at IS NOT NULL AND NEW.voided_at IS DISTINCT FROM OLD.voided_at) THEN
        PERFORM estatedesk.raise_rule('receipts_fixed',
            'A receipt''s number and amount never change, nor is a void undone');
    END IF;
    RETURN NEW;
END
$$;
