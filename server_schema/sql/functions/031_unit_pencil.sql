-- A salesperson pencils in (预留) an available unit for one of their own customers, for the
-- project's pencil_hold_minutes. Exactly one of two salespeople racing for the same unit
-- wins: the loser waits for the lock, then sees who has it. Returns when it expires.
CREATE OR REPLACE FUNCTION estatedesk.unit_pencil(unit_id bigint, customer_id bigint)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    u record;
    me bigint := estatedesk.current_staff_id();
    holder text;
    expires timestamptz;
BEGIN
    PERFORM estatedesk.require_role('sales');
    PERFORM estatedesk.expire_pencils(ARRAY[unit_id]);
    SELECT un.id, un.code, un.status, un.status_changed_by, un.pencil_staff_id,
           un.pencil_expires_at, p.pencil_hold_minutes
    INTO u
    FROM estatedesk.units un JOIN estatedesk.projects p ON p.id = un.project_id
    WHERE un.id = unit_pencil.unit_id
    FOR UPDATE OF un;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('unit_not_found', 'A chosen unit no longer exists');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM estatedesk.customers c
                   WHERE c.id = unit_pencil.customer_id AND c.assigned_staff_id = me
                     AND c.status <> 'lost' AND c.merged_into_id IS NULL) THEN
        PERFORM estatedesk.raise_rule('not_your_customer',
            'You can pencil in a unit only for one of your own active customers');
    END IF;
    IF u.status <> 'available' THEN
        SELECT coalesce(s.full_name, u.status_changed_by) INTO holder
        FROM (SELECT 1) one LEFT JOIN estatedesk.staff s
            ON s.id = u.pencil_staff_id OR (u.pencil_staff_id IS NULL AND s.login = u.status_changed_by);
        PERFORM estatedesk.raise_rule('unit_taken',
            format('Unit %s is no longer available: it is %s (by %s)', u.code, u.status, holder),
            jsonb_build_object('unit', u.code, 'status', u.status, 'by', holder,
                               'until', u.pencil_expires_at));
    END IF;
    expires := now() + make_interval(mins => u.pencil_hold_minutes);
    UPDATE estatedesk.units
    SET status = 'pencilled', status_reason = NULL, status_changed_at = now(),
        status_changed_by = session_user, version = version + 1,
        pencil_customer_id = unit_pencil.customer_id, pencil_staff_id = me,
        pencil_expires_at = expires
    WHERE id = u.id;
    RETURN expires;
END
$$;
