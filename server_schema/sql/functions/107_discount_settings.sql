-- A salesperson's own discount limit (lowest deal/list ratio they may grant alone; NULL:
-- their level's) is set by a sales manager or an administrator — never by themselves; only
-- an administrator makes someone a project director (项目总监), who approves the deepest level.
CREATE OR REPLACE FUNCTION estatedesk.staff_set_discount(staff_id bigint, discount_limit numeric,
                                                         director boolean DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    target estatedesk.staff;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    SELECT * INTO target FROM estatedesk.staff s WHERE s.id = staff_set_discount.staff_id FOR UPDATE;
    IF target.id IS NULL THEN
        PERFORM estatedesk.raise_rule('staff_not_found', 'The staff member does not exist');
    END IF;
    IF target.login = session_user AND NOT estatedesk.has_role('admin') THEN
        PERFORM estatedesk.raise_rule('discount_limit_own', 'Nobody sets their own discount limit');
    END IF;
    IF discount_limit IS NOT NULL AND (discount_limit <= 0 OR discount_limit > 1
                                       OR discount_limit <> round(discount_limit, 4)) THEN
        PERFORM estatedesk.raise_rule('discount_limit_range',
            'A discount limit is a ratio above 0 and at most 1, with at most four decimals');
    END IF;
    IF director IS NOT NULL AND director IS DISTINCT FROM target.director
       AND NOT estatedesk.has_role('admin') THEN
        PERFORM estatedesk.raise_rule('director_admin_only',
            'Only an administrator names a project director');
    END IF;
    UPDATE estatedesk.staff s
    SET discount_limit = staff_set_discount.discount_limit,
        director = coalesce(staff_set_discount.director, s.director)
    WHERE s.id = target.id;
END
$$;
