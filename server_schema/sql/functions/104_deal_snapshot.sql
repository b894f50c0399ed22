-- What a change request keeps as before and after: the deal's stage, unit, price, payment
-- method, buyers (ID numbers and phones masked: everyone who reads changes reads these; the
-- audit log keeps the full values), schedule and settlement.
CREATE OR REPLACE FUNCTION estatedesk.deal_snapshot(deal_id bigint)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT jsonb_build_object(
        'deal_id', d.id, 'stage', d.stage, 'unit_id', d.unit_id, 'unit', u.code,
        'deposit', d.deposit, 'list_total', d.list_total, 'deal_total', d.deal_total,
        'deal_unit_price', d.deal_unit_price, 'payment_method', d.payment_method,
        'discount_codes', to_jsonb(d.discount_codes), 'extra_discount', d.extra_discount,
        'measured_area', d.measured_area, 'area_settlement', d.area_settlement,
        'buyers', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', b.name,
                        'id_type', b.id_type, 'id_number', estatedesk.mask_id_number(b.id_number),
                        'phone', estatedesk.mask_phone(b.phone),
                        'share', b.share) ORDER BY b.position), '[]')
                   FROM estatedesk.deal_buyers b WHERE b.deal_id = d.id),
        'schedule', (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', s.kind,
                        'due_date', s.due_date, 'amount', s.amount) ORDER BY s.line_no), '[]')
                     FROM estatedesk.payment_schedule s WHERE s.deal_id = d.id))
    FROM estatedesk.deals d JOIN estatedesk.units u ON u.id = d.unit_id
    WHERE d.id = deal_snapshot.deal_id
$$;
