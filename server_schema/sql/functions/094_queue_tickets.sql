-- 排号/认筹: a customer pays a refundable intention fee and gets the project's next queue
-- number, which sets their turn on launch day. One active ticket per customer and project.
CREATE OR REPLACE FUNCTION estatedesk.queue_ticket_issue(project_id bigint, customer_id bigint,
                                                         intention_fee numeric)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    next_number integer;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    PERFORM estatedesk.require_customer_access(customer_id);
    PERFORM estatedesk.check_money(intention_fee, 'intention_fee', true);
    PERFORM 1 FROM estatedesk.projects p WHERE p.id = queue_ticket_issue.project_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('project_not_found', 'The project does not exist');
    END IF;
    IF EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = queue_ticket_issue.customer_id
               AND c.status = 'lost') THEN
        PERFORM estatedesk.raise_rule('customer_lost', 'The customer is marked as lost');
    END IF;
    SELECT coalesce(max(q.number), 0) + 1 INTO next_number
    FROM estatedesk.queue_tickets q WHERE q.project_id = queue_ticket_issue.project_id;
    INSERT INTO estatedesk.queue_tickets (project_id, customer_id, staff_id, number, intention_fee)
    VALUES (project_id, customer_id, estatedesk.current_staff_id(), next_number, intention_fee);
    UPDATE estatedesk.customers SET status = 'queued'
    WHERE id = queue_ticket_issue.customer_id AND status = 'visitor';
    RETURN next_number;
END
$$;

-- The intention fee goes back and the number is given up; a used ticket cannot be refunded.
CREATE OR REPLACE FUNCTION estatedesk.queue_ticket_refund(ticket_id bigint, reason text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    t record;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    SELECT q.id, q.customer_id, q.status INTO t FROM estatedesk.queue_tickets q
    WHERE q.id = queue_ticket_refund.ticket_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('ticket_not_found', 'The queue ticket does not exist');
    END IF;
    PERFORM estatedesk.require_customer_access(t.customer_id);
    IF t.status <> 'active' THEN
        PERFORM estatedesk.raise_rule('ticket_not_active',
            format('The queue ticket is %s already', t.status), jsonb_build_object('status', t.status));
    END IF;
    reason := nullif(btrim(reason), '');
    IF reason IS NULL THEN
        PERFORM estatedesk.raise_rule('reason_missing', 'A reason is needed');
    END IF;
    UPDATE estatedesk.queue_tickets
    SET status = 'refunded', closed_at = now(), close_reason = reason WHERE id = t.id;
END
$$;
