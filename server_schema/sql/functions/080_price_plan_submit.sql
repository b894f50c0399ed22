-- A manager submits a price plan or adjustment with the prices its trial computed (lines:
-- [{"unit": id, "unit_price": "28500.00", "total": "3663960.00"}, …]). The current prices
-- are kept beside them, so the approver sees exactly what changes. Sold units (认购, 签约,
-- 备案) keep the price agreed with their buyer and are refused here.
CREATE OR REPLACE FUNCTION estatedesk.price_plan_submit(
    project_id bigint, kind text, name text, definition jsonb, lines jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    plan bigint;
    bad text;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    IF jsonb_typeof(lines) IS DISTINCT FROM 'array' OR jsonb_array_length(lines) = 0 THEN
        PERFORM estatedesk.raise_rule('plan_no_units', 'The plan changes no unit');
    END IF;
    SELECT string_agg(coalesce(u.code, i.unit::text), ', ') INTO bad
    FROM jsonb_to_recordset(lines) AS i(unit bigint, unit_price numeric, total numeric)
    LEFT JOIN estatedesk.units u ON u.id = i.unit
    WHERE u.id IS NULL OR u.project_id <> price_plan_submit.project_id;
    IF bad IS NOT NULL THEN
        PERFORM estatedesk.raise_rule('plan_units_not_in_project',
            format('Units not in this project: %s', bad), jsonb_build_object('units', bad));
    END IF;
    SELECT string_agg(u.code, ', ') INTO bad
    FROM jsonb_to_recordset(lines) AS i(unit bigint, unit_price numeric, total numeric)
    JOIN estatedesk.units u ON u.id = i.unit
    WHERE u.status IN ('reserved', 'contracted', 'filed');
    IF bad IS NOT NULL THEN
        PERFORM estatedesk.raise_rule('plan_units_sold',
            format('Sold units keep their agreed price: %s', bad), jsonb_build_object('units', bad));
    END IF;
    INSERT INTO estatedesk.price_plans (project_id, kind, name, definition)
    VALUES (price_plan_submit.project_id, kind, btrim(name), definition)
    RETURNING id INTO plan;
    INSERT INTO estatedesk.price_plan_lines
        (plan_id, unit_id, old_unit_price, old_total, new_unit_price, new_total)
    SELECT plan, i.unit, u.list_unit_price, u.list_total, i.unit_price, i.total
    FROM jsonb_to_recordset(lines) AS i(unit bigint, unit_price numeric, total numeric)
    JOIN estatedesk.units u ON u.id = i.unit;
    RETURN plan;
END
$$;
