-- The price of a unit for a deal: list total → each chosen discount in the project's order
-- (sort_order, then code), each step rounded as the project sets → an optional extra
-- amount off → deal total, and the deal unit price per m² of the pricing area. The same
-- arithmetic as app/domain/discounts.apply_discounts. Frozen with the deal as `breakdown`.
CREATE OR REPLACE FUNCTION estatedesk.deal_breakdown(unit_id bigint, discount_codes text[],
    extra_discount numeric, method estatedesk.payment_method)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    u record;
    r record;
    codes text[] := coalesce(discount_codes, '{}');
    area numeric;
    price numeric;
    after numeric;
    steps jsonb := '[]';
    bad text;
BEGIN
    SELECT un.code, un.list_unit_price, un.list_total, un.gross_area, un.inner_area,
           p.id AS project_id, p.pricing_basis, p.rounding_unit, p.rounding_mode
    INTO u
    FROM estatedesk.units un JOIN estatedesk.projects p ON p.id = un.project_id
    WHERE un.id = deal_breakdown.unit_id;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('unit_not_found', 'A chosen unit no longer exists');
    END IF;
    IF u.list_total IS NULL OR u.list_total <= 0 THEN
        PERFORM estatedesk.raise_rule('unit_unpriced',
            format('Unit %s has no list price yet', u.code), jsonb_build_object('unit', u.code));
    END IF;
    IF method IS NULL THEN
        PERFORM estatedesk.raise_rule('payment_method_missing', 'Choose a payment method');
    END IF;
    IF cardinality(codes) <> (SELECT count(DISTINCT c) FROM unnest(codes) c) THEN
        PERFORM estatedesk.raise_rule('discount_duplicate', 'The same discount is applied twice');
    END IF;
    SELECT string_agg(c, ', ') INTO bad FROM unnest(codes) c
    WHERE NOT EXISTS (SELECT 1 FROM estatedesk.discount_rules dr
                      WHERE dr.project_id = u.project_id AND dr.code = c AND dr.active);
    IF bad IS NOT NULL THEN
        PERFORM estatedesk.raise_rule('discount_unknown',
            format('Discount %s does not exist or is no longer offered', bad),
            jsonb_build_object('codes', bad));
    END IF;
    SELECT string_agg(dr.name, ', ') INTO bad FROM estatedesk.discount_rules dr
    WHERE dr.project_id = u.project_id AND dr.code = ANY (codes)
      AND dr.payment_method IS NOT NULL AND dr.payment_method <> method;
    IF bad IS NOT NULL THEN
        PERFORM estatedesk.raise_rule('discount_method',
            format('Discount %s is offered only with another payment method', bad),
            jsonb_build_object('names', bad, 'method', method));
    END IF;
    PERFORM estatedesk.check_money(coalesce(extra_discount, 0), 'extra_discount', true);
    area := CASE WHEN u.pricing_basis = 'inner_area' THEN coalesce(u.inner_area, u.gross_area)
                 ELSE u.gross_area END;
    price := u.list_total;
    FOR r IN SELECT dr.code, dr.name, dr.kind, dr.value FROM estatedesk.discount_rules dr
             WHERE dr.project_id = u.project_id AND dr.code = ANY (codes)
             ORDER BY dr.sort_order, dr.code
    LOOP
        after := estatedesk.round_money(CASE r.kind
            WHEN 'percent' THEN price * r.value
            WHEN 'fixed' THEN price - r.value
            ELSE price - r.value * area END, u.rounding_unit, u.rounding_mode);
        IF after <= 0 THEN
            PERFORM estatedesk.raise_rule('discount_exceeds_price',
                format('Discount %s would bring the price to zero or below', r.name),
                jsonb_build_object('name', r.name));
        END IF;
        steps := steps || jsonb_build_object('code', r.code, 'name', r.name, 'kind', r.kind,
            'value', r.value, 'before', price, 'after', after, 'amount', price - after);
        price := after;
    END LOOP;
    IF coalesce(extra_discount, 0) > 0 THEN
        after := price - extra_discount;
        IF after <= 0 THEN
            PERFORM estatedesk.raise_rule('discount_exceeds_price',
                'The extra discount would bring the price to zero or below',
                jsonb_build_object('name', 'extra'));
        END IF;
        steps := steps || jsonb_build_object('code', 'extra', 'name', 'extra', 'kind', 'fixed',
            'value', extra_discount, 'before', price, 'after', after, 'amount', extra_discount);
        price := after;
    END IF;
    RETURN jsonb_build_object('unit', u.code, 'basis', u.pricing_basis, 'area', area,
        'list_unit_price', u.list_unit_price, 'list_total', u.list_total, 'steps', steps,
        'payment_method', method, 'deal_total', price,
        'deal_unit_price', round(price / area, 2));
END
$$;

-- A price quote (报价单) for a salesperson: the breakdown and whether the price needs
-- approval, and from which level — never the base price or why.
CREATE OR REPLACE FUNCTION estatedesk.deal_quote(unit_id bigint, discount_codes text[],
    extra_discount numeric, method estatedesk.payment_method)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    b jsonb;
    u record;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager', 'admin');
    b := estatedesk.deal_breakdown(unit_id, discount_codes, extra_discount, method);
    SELECT un.project_id, un.base_price INTO u FROM estatedesk.units un WHERE un.id = deal_quote.unit_id;
    RETURN b || jsonb_build_object('approval_level', estatedesk.deal_approval_level(
        u.project_id, estatedesk.current_staff_id(), (b->>'list_total')::numeric,
        (b->>'deal_total')::numeric, u.base_price));
END
$$;
