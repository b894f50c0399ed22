-- A price waiting for approval is approved or rejected (with a reason) by someone of the
-- level it needs who did not make the deal: a sales manager for 'sales_manager', a sales
-- manager who is a director for 'director'; an administrator may decide any. After a
-- rejection the seller may reprice (deal_reprice) or cancel.
CREATE OR REPLACE FUNCTION estatedesk.deal_decide_discount(deal_id bigint, approve boolean,
                                                           note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
    admin boolean := estatedesk.has_role('admin');
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    d := estatedesk.deal_lock(deal_id, 'subscribed');
    IF d.approval <> 'pending' THEN
        PERFORM estatedesk.raise_rule('approval_not_pending',
            'This deal has no price waiting for approval');
    END IF;
    IF NOT admin THEN
        IF d.created_by = session_user
           OR d.staff_id IS NOT DISTINCT FROM estatedesk.current_staff_id() THEN
            PERFORM estatedesk.raise_rule('approval_own',
                'A deal''s discount is approved by someone other than its seller');
        END IF;
        IF d.approval_level = 'director' AND NOT EXISTS (
                SELECT 1 FROM estatedesk.staff s
                WHERE s.id = estatedesk.current_staff_id() AND s.director) THEN
            PERFORM estatedesk.raise_rule('approval_level',
                'This discount needs a project director''s approval',
                jsonb_build_object('level', d.approval_level));
        END IF;
    END IF;
    note := nullif(btrim(note), '');
    IF NOT approve AND note IS NULL THEN
        PERFORM estatedesk.raise_rule('reason_missing', 'A rejection needs a reason');
    END IF;
    UPDATE estatedesk.deals
    SET approval = CASE WHEN approve THEN 'approved' ELSE 'rejected' END,
        approval_by = session_user, approval_at = now(), approval_note = note,
        version = version + 1
    WHERE id = d.id;
END
$$;
