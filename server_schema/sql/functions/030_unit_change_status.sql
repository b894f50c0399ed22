-- The only way a unit's status changes outside the deal functions. Checks the transition
-- against unit_status_transitions for the caller's roles, locks the units (all or none
-- change), records who and why; the audit trigger records the before and after.
CREATE OR REPLACE FUNCTION estatedesk.unit_change_status(
    unit_ids bigint[], new_status estatedesk.unit_status, reason text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    u record;
    needs_reason boolean;
    changed integer := 0;
    wanted integer;
BEGIN
    reason := nullif(btrim(reason), '');
    IF char_length(reason) > 200 THEN
        PERFORM estatedesk.raise_rule('reason_too_long', 'The reason is longer than 200 characters');
    END IF;
    IF new_status = 'pencilled' THEN
        PERFORM estatedesk.raise_rule('use_pencil',
            'A unit is pencilled in for a customer: use unit_pencil()');
    END IF;
    PERFORM estatedesk.expire_pencils(unit_ids);
    wanted := (SELECT count(DISTINCT x) FROM unnest(unit_ids) x);
    IF wanted = 0 THEN
        PERFORM estatedesk.raise_rule('no_units', 'No unit was chosen');
    END IF;
    FOR u IN SELECT id, code, status, status_changed_by, pencil_staff_id FROM estatedesk.units
             WHERE id = ANY (unit_ids) ORDER BY id FOR UPDATE
    LOOP
        SELECT bool_or(t.needs_reason) INTO needs_reason
        FROM estatedesk.unit_status_transitions t
        WHERE t.from_status = u.status AND t.to_status = new_status AND estatedesk.has_role(t.role_name);
        IF needs_reason IS NULL THEN
            IF EXISTS (SELECT 1 FROM estatedesk.unit_status_transitions t
                       WHERE t.from_status = u.status AND t.to_status = new_status) THEN
                PERFORM estatedesk.require_role(VARIADIC ARRAY(
                    SELECT t.role_name FROM estatedesk.unit_status_transitions t
                    WHERE t.from_status = u.status AND t.to_status = new_status));
            END IF;
            PERFORM estatedesk.raise_rule('unit_status_transition',
                format('Unit %s is %s (last changed by %s) and cannot become %s',
                       u.code, u.status, coalesce(u.status_changed_by, '-'), new_status),
                jsonb_build_object('unit', u.code, 'status', u.status, 'to', new_status,
                                   'by', u.status_changed_by));
        END IF;
        IF u.status = 'pencilled' AND NOT estatedesk.has_role('sales_manager')
           AND u.pencil_staff_id IS DISTINCT FROM estatedesk.current_staff_id() THEN
            PERFORM estatedesk.raise_rule('pencil_not_yours',
                format('Unit %s is pencilled in by %s; only they or a manager may release it',
                       u.code, u.status_changed_by),
                jsonb_build_object('unit', u.code, 'by', u.status_changed_by));
        END IF;
        IF needs_reason AND reason IS NULL THEN
            PERFORM estatedesk.raise_rule('reason_required',
                format('A reason is needed to make unit %s %s', u.code, new_status),
                jsonb_build_object('unit', u.code, 'to', new_status));
        END IF;
        UPDATE estatedesk.units
        SET status = new_status, status_reason = reason, status_changed_at = now(),
            status_changed_by = session_user, version = version + 1,
            pencil_customer_id = NULL, pencil_staff_id = NULL, pencil_expires_at = NULL
        WHERE id = u.id;
        changed := changed + 1;
    END LOOP;
    IF changed <> wanted THEN
        PERFORM estatedesk.raise_rule('unit_not_found', 'A chosen unit no longer exists');
    END IF;
    RETURN changed;
END
$$;
