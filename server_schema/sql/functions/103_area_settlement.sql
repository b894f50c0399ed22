-- 面积补差 for one unit, the same rule and rounding (to the fen, half-up) as
-- app/domain/settlement.settle: within ±3% inclusive the difference is settled at the
-- contract unit price; beyond it the buyer pays only up to +3% (the developer bears the rest)
-- or is refunded down to −3% once and the part beyond −3% twice.
CREATE OR REPLACE FUNCTION estatedesk.area_settlement(contract_area numeric, measured_area numeric,
                                                      unit_price numeric)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    difference numeric := measured_area - contract_area;
    lim numeric := contract_area * 0.03;
    within boolean;
    settled numeric;
    pays numeric := 0;
    single numeric := 0;
    double numeric := 0;
    bears numeric := 0;
BEGIN
    IF contract_area IS NULL OR measured_area IS NULL OR unit_price IS NULL
       OR contract_area <= 0 OR measured_area <= 0 OR unit_price <= 0 THEN
        PERFORM estatedesk.raise_rule('settlement_input',
            'Areas and the contract unit price must be greater than zero');
    END IF;
    IF measured_area <> round(measured_area, 2) THEN
        PERFORM estatedesk.raise_rule('area_precision', 'Areas have at most two decimals');
    END IF;
    within := abs(difference) <= lim;
    IF difference > 0 THEN
        settled := least(difference, lim);
        pays := round(settled * unit_price, 2);
        IF NOT within THEN
            bears := round((difference - settled) * unit_price, 2);
        END IF;
    ELSIF difference < 0 THEN
        settled := least(-difference, lim);
        single := round(settled * unit_price, 2);
        IF NOT within THEN
            double := round((-difference - settled) * unit_price * 2, 2);
        END IF;
    END IF;
    RETURN jsonb_build_object('contract_area', contract_area, 'measured_area', measured_area,
        'unit_price', unit_price, 'difference', difference,
        'ratio', round(difference / contract_area, 6), 'within', within,
        'buyer_pays', pays, 'developer_refunds', single + double, 'double_part', double,
        'developer_bears', bears, 'net', pays - single - double);
END
$$;
