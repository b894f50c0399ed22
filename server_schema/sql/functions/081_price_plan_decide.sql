-- Another manager (not the plan's author) or an administrator approves or rejects a
-- submitted plan. Approval applies the submitted prices to the units that are still unsold,
-- locking them, and records each change in price_history; units sold meanwhile are
-- skipped and counted. A rejection needs a reason.
CREATE OR REPLACE FUNCTION estatedesk.price_plan_decide(plan_id bigint, approve boolean,
                                                        note text DEFAULT NULL)
RETURNS TABLE (applied integer, skipped integer)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    p estatedesk.price_plans;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    SELECT * INTO p FROM estatedesk.price_plans WHERE id = price_plan_decide.plan_id FOR UPDATE;
    IF p.id IS NULL OR p.status <> 'submitted' THEN
        PERFORM estatedesk.raise_rule('plan_not_pending',
            'This price plan does not exist or was decided already');
    END IF;
    IF p.author = session_user AND NOT estatedesk.has_role('admin') THEN
        PERFORM estatedesk.raise_rule('plan_own',
            'A price plan is approved by a manager other than its author, or an administrator');
    END IF;
    note := nullif(btrim(note), '');
    IF NOT approve THEN
        IF note IS NULL THEN
            PERFORM estatedesk.raise_rule('plan_reject_reason', 'A rejection needs a reason');
        END IF;
        UPDATE estatedesk.price_plans
        SET status = 'rejected', decided_by = session_user, decided_at = now(), decision_note = note
        WHERE id = p.id;
        applied := 0;
        skipped := 0;
        RETURN NEXT;
        RETURN;
    END IF;
    PERFORM 1 FROM estatedesk.units u JOIN estatedesk.price_plan_lines l ON l.unit_id = u.id
    WHERE l.plan_id = p.id ORDER BY u.id FOR UPDATE OF u;
    WITH changed AS (
        UPDATE estatedesk.units u
        SET list_unit_price = l.new_unit_price, list_total = l.new_total, version = u.version + 1
        FROM estatedesk.price_plan_lines l
        WHERE l.plan_id = p.id AND l.unit_id = u.id
          AND u.status NOT IN ('reserved', 'contracted', 'filed')
        RETURNING u.id, l.new_unit_price, l.new_total),
    before AS (
        SELECT un.id, un.list_unit_price, un.list_total FROM estatedesk.units un
        WHERE un.id IN (SELECT id FROM changed))
    INSERT INTO estatedesk.price_history
        (unit_id, plan_id, old_unit_price, old_total, new_unit_price, new_total)
    SELECT c.id, p.id, b.list_unit_price, b.list_total, c.new_unit_price, c.new_total
    FROM changed c JOIN before b ON b.id = c.id;
    GET DIAGNOSTICS applied = ROW_COUNT;
    skipped := (SELECT count(*) FROM estatedesk.price_plan_lines l WHERE l.plan_id = p.id) - applied;
    UPDATE estatedesk.price_plans
    SET status = 'approved', decided_by = session_user, decided_at = now(), decision_note = note,
        applied_units = applied, skipped_units = skipped
    WHERE id = p.id;
    RETURN NEXT;
END
$$;
