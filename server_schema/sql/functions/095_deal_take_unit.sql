-- Locks a unit for a new deal and checks the caller may take it for this customer: an
-- available unit; one pencilled in for this customer (by the caller, or any if a manager);
-- a held one only for a manager. Otherwise says who has it. Returns the project id.
CREATE OR REPLACE FUNCTION estatedesk.deal_take_unit(unit_id bigint, customer_id bigint)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    u record;
    manager boolean := estatedesk.has_role('sales_manager');
    holder text;
BEGIN
    PERFORM estatedesk.require_customer_access(customer_id);
    IF EXISTS (SELECT 1 FROM estatedesk.customers c WHERE c.id = deal_take_unit.customer_id
               AND c.status = 'lost') THEN
        PERFORM estatedesk.raise_rule('customer_lost', 'The customer is marked as lost');
    END IF;
    PERFORM estatedesk.expire_pencils(ARRAY[unit_id]);
    PERFORM estatedesk.expire_deals(ARRAY[unit_id]);
    SELECT un.id, un.code, un.project_id, un.status, un.status_changed_by, un.pencil_staff_id,
           un.pencil_customer_id
    INTO u FROM estatedesk.units un WHERE un.id = deal_take_unit.unit_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('unit_not_found', 'A chosen unit no longer exists');
    END IF;
    IF u.status = 'available'
       OR (u.status = 'pencilled' AND u.pencil_customer_id = deal_take_unit.customer_id
           AND (manager OR u.pencil_staff_id = estatedesk.current_staff_id()))
       OR (u.status = 'held' AND manager) THEN
        RETURN u.project_id;
    END IF;
    SELECT coalesce(s.full_name, u.status_changed_by) INTO holder
    FROM (SELECT 1) one LEFT JOIN estatedesk.staff s
        ON s.id = u.pencil_staff_id OR (u.pencil_staff_id IS NULL AND s.login = u.status_changed_by);
    PERFORM estatedesk.raise_rule('unit_taken',
        format('Unit %s is no longer available: it is %s (by %s)', u.code, u.status, holder),
        jsonb_build_object('unit', u.code, 'status', u.status, 'by', holder));
    RETURN NULL;
END
$$;

-- Marks a unit as reserved by a deal (or back to available when a deal ends).
CREATE OR REPLACE FUNCTION estatedesk.deal_set_unit_status(unit_id bigint,
    new_status estatedesk.unit_status, reason text)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, estatedesk AS $$
    UPDATE estatedesk.units
    SET status = new_status, status_reason = reason, status_changed_at = now(),
        status_changed_by = session_user, version = version + 1,
        pencil_customer_id = NULL, pencil_staff_id = NULL, pencil_expires_at = NULL
    WHERE id = unit_id
$$;

-- Locks a deal and checks the caller may act on it: its customer must be theirs (or they
-- are a manager), and its stage one of `stages`.
CREATE OR REPLACE FUNCTION estatedesk.deal_lock(deal_id bigint, VARIADIC stages estatedesk.deal_stage[])
RETURNS estatedesk.deals
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk
SET lock_timeout = '5s' AS $$
DECLARE
    d estatedesk.deals;
BEGIN
    SELECT * INTO d FROM estatedesk.deals WHERE id = deal_lock.deal_id;
    IF d.id IS NULL THEN
        PERFORM estatedesk.raise_rule('deal_not_found', 'The deal does not exist');
    END IF;
    PERFORM estatedesk.expire_deals(ARRAY[d.unit_id]);
    SELECT * INTO d FROM estatedesk.deals WHERE id = deal_lock.deal_id FOR UPDATE;
    PERFORM estatedesk.require_customer_access(d.customer_id);
    IF NOT d.stage = ANY (stages) THEN
        PERFORM estatedesk.raise_rule('deal_stage',
            format('Deal %s is %s: this needs a deal that is %s', d.id, d.stage,
                   array_to_string(stages, ' or ')),
            jsonb_build_object('deal', d.id, 'stage', d.stage, 'needed', to_jsonb(stages)));
    END IF;
    RETURN d;
END
$$;
