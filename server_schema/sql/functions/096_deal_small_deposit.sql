-- 小定: a small deposit holds a unit for the customer for the project's small_deposit_days;
-- the unit shows as reserved. An active queue ticket of the customer may be used with it.
CREATE OR REPLACE FUNCTION estatedesk.deal_small_deposit(unit_id bigint, customer_id bigint,
    deposit numeric, queue_ticket_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    project bigint;
    new_id bigint;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    PERFORM estatedesk.check_money(deposit, 'deposit');
    project := estatedesk.deal_take_unit(unit_id, customer_id);
    PERFORM estatedesk.deal_use_ticket(queue_ticket_id, project, customer_id);
    INSERT INTO estatedesk.deals (project_id, unit_id, customer_id, staff_id, queue_ticket_id,
                                  stage, deposit, small_deposit_until)
    SELECT project, deal_small_deposit.unit_id, deal_small_deposit.customer_id,
           estatedesk.current_staff_id(), queue_ticket_id, 'small_deposit', deposit,
           now() + make_interval(days => p.small_deposit_days)
    FROM estatedesk.projects p WHERE p.id = project
    RETURNING id INTO new_id;
    PERFORM estatedesk.deal_set_unit_status(unit_id, 'reserved', 'small deposit');
    UPDATE estatedesk.customers SET status = 'reserved'
    WHERE id = deal_small_deposit.customer_id AND status IN ('visitor', 'queued');
    RETURN new_id;
END
$$;

-- Marks the customer's active queue ticket of this project as used by a deal (no-op for NULL).
CREATE OR REPLACE FUNCTION estatedesk.deal_use_ticket(ticket_id bigint, project_id bigint,
                                                      customer_id bigint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF ticket_id IS NULL THEN
        RETURN;
    END IF;
    UPDATE estatedesk.queue_tickets q
    SET status = 'used', closed_at = now(), close_reason = 'deal'
    WHERE q.id = ticket_id AND q.project_id = deal_use_ticket.project_id
      AND q.customer_id = deal_use_ticket.customer_id AND q.status = 'active';
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('ticket_not_active',
            'The queue ticket is not an active ticket of this customer for this project');
    END IF;
END
$$;
