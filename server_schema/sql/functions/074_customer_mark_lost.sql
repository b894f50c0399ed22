-- A customer is lost (流失) only with a reason from the list (and an optional note).
CREATE OR REPLACE FUNCTION estatedesk.customer_mark_lost(customer_id bigint, reason_id bigint,
                                                         note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    reason_name text;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager', 'admin');
    PERFORM estatedesk.require_customer_access(customer_id);
    SELECT r.name INTO reason_name FROM estatedesk.lost_reasons r
    WHERE r.id = reason_id AND r.active;
    IF reason_name IS NULL THEN
        PERFORM estatedesk.raise_rule('lost_reason_required', 'Choose a reason from the list');
    END IF;
    UPDATE estatedesk.customers c
    SET status = 'lost', lost_reason_id = reason_id,
        lost_reason = left(reason_name || coalesce('：' || nullif(btrim(note), ''), ''), 200),
        next_contact_on = NULL
    WHERE c.id = customer_mark_lost.customer_id;
END
$$;
