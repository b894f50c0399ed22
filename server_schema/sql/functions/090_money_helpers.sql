-- Money as the project rounds it (rounding_unit 1, 0.1 or 0.01 yuan; half_up, down or up),
-- the same rule as app/domain/money.py, so a price computed here and one previewed in the
-- client agree to the fen.
CREATE OR REPLACE FUNCTION estatedesk.round_money(amount numeric, unit numeric, mode text)
RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT round(CASE mode
        WHEN 'down' THEN trunc(amount / unit) * unit
        WHEN 'up' THEN sign(amount) * ceil(abs(amount) / unit) * unit
        ELSE round(amount / unit) * unit END, 2)
$$;

-- Refuses an amount that is missing, not above zero (or below zero when zero is allowed),
-- has more than two decimals or is too large for a NUMERIC(14,2) column — before the column
-- would round it silently.
CREATE OR REPLACE FUNCTION estatedesk.check_money(amount numeric, field text,
                                                  allow_zero boolean DEFAULT false)
RETURNS numeric
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF amount IS NULL THEN
        PERFORM estatedesk.raise_rule('amount_missing', format('%s: an amount is needed', field),
                                      jsonb_build_object('field', field));
    END IF;
    IF amount < 0 OR (amount = 0 AND NOT allow_zero) THEN
        PERFORM estatedesk.raise_rule('amount_not_positive',
            format('%s: the amount must be above zero, not %s', field, amount),
            jsonb_build_object('field', field, 'amount', amount));
    END IF;
    IF amount <> round(amount, 2) THEN
        PERFORM estatedesk.raise_rule('amount_precision',
            format('%s: amounts have at most two decimals (fen), not %s', field, amount),
            jsonb_build_object('field', field, 'amount', amount));
    END IF;
    IF amount >= 1e12 THEN
        PERFORM estatedesk.raise_rule('amount_too_large',
            format('%s: %s is too large', field, amount),
            jsonb_build_object('field', field, 'amount', amount));
    END IF;
    RETURN amount;
END
$$;

-- The money a deal holds from the buyer: what finance recorded (payments less voids, fees
-- collected for others left out); for a deal on which finance recorded nothing yet, the
-- deposit agreed at subscription, which is taken then. Refunds on cancellation split this.
CREATE OR REPLACE FUNCTION estatedesk.deal_money_received(deal_id bigint)
RETURNS numeric
LANGUAGE sql STABLE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT coalesce(nullif((SELECT sum(p.amount) FROM estatedesk.payments p
                            LEFT JOIN estatedesk.payments o ON o.id = p.reverses_id
                            WHERE p.deal_id = d.id AND p.entry IN ('payment', 'void')
                              AND coalesce(o.kind, p.kind) NOT IN ('maintenance_fund', 'fee')),
                           0), d.deposit)
    FROM estatedesk.deals d WHERE d.id = deal_money_received.deal_id
$$;
