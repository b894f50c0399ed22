-- The manager sets a day's rotation: the salespeople in the order they take walk-ins.
CREATE OR REPLACE FUNCTION estatedesk.duty_roster_set(day date, staff_ids bigint[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    bad text;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    SELECT string_agg(coalesce(s.full_name, x::text), ', ') INTO bad
    FROM unnest(staff_ids) x LEFT JOIN estatedesk.staff s ON s.id = x
    WHERE s.id IS NULL OR NOT s.active OR NOT pg_has_role(s.login, 'estatedesk_sales', 'MEMBER');
    IF bad IS NOT NULL THEN
        PERFORM estatedesk.raise_rule('not_a_salesperson',
            format('Not active salespeople: %s', bad), jsonb_build_object('who', bad));
    END IF;
    DELETE FROM estatedesk.duty_roster r WHERE r.day = duty_roster_set.day;
    INSERT INTO estatedesk.duty_roster (day, position, staff_id)
    SELECT duty_roster_set.day, o, x FROM unnest(staff_ids) WITH ORDINALITY AS t(x, o);
    RETURN cardinality(staff_ids);
END
$$;
