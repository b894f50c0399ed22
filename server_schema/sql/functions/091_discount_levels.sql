-- The discount ceilings of a project by level, lowest deal/list ratio each may grant on
-- its own; a project without its own rows gets 97% / 94% / 90% (app/domain/discounts.py).
CREATE OR REPLACE FUNCTION estatedesk.discount_level_ratios(project_id bigint)
RETURNS TABLE (level text, rank integer, min_ratio numeric)
LANGUAGE sql STABLE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT d.level, d.rank, coalesce(l.min_ratio, d.ratio)
    FROM (VALUES ('sales', 1, 0.97), ('sales_manager', 2, 0.94), ('director', 3, 0.90))
         AS d (level, rank, ratio)
    LEFT JOIN estatedesk.discount_levels l
        ON l.project_id = discount_level_ratios.project_id AND l.level = d.level
    ORDER BY d.rank
$$;

-- Who must approve a deal of deal_total against list_total, sold by the caller (whose own
-- limit is staff.discount_limit or their level's): NULL when nobody; the first level above
-- the caller whose ceiling allows the price; at least a sales manager (other than the
-- seller) when the price is below the base price. Refuses a discount no level may grant.
CREATE OR REPLACE FUNCTION estatedesk.deal_approval_level(project_id bigint, seller_id bigint,
    list_total numeric, deal_total numeric, base_price numeric)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    own_level text := CASE WHEN estatedesk.has_role('sales_manager') THEN 'sales_manager'
                           ELSE 'sales' END;
    own_rank integer;
    own_ratio numeric;
    below boolean := base_price IS NOT NULL AND deal_total < base_price;
    lv record;
BEGIN
    SELECT r.rank, coalesce(s.discount_limit, r.min_ratio) INTO own_rank, own_ratio
    FROM estatedesk.discount_level_ratios(project_id) r
    LEFT JOIN estatedesk.staff s ON s.id = seller_id
    WHERE r.level = own_level;
    IF deal_total >= list_total * own_ratio AND NOT below THEN
        RETURN NULL;
    END IF;
    FOR lv IN SELECT * FROM estatedesk.discount_level_ratios(project_id) r
              WHERE r.rank > own_rank OR (below AND r.rank >= 2) ORDER BY r.rank
    LOOP
        IF deal_total >= list_total * lv.min_ratio THEN
            RETURN lv.level;
        END IF;
    END LOOP;
    PERFORM estatedesk.raise_rule('discount_too_deep',
        format('A deal total of %s against a list total of %s is a deeper discount than any level may approve',
               deal_total, list_total),
        jsonb_build_object('deal_total', deal_total, 'list_total', list_total));
    RETURN NULL;
END
$$;
