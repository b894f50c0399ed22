-- A salesperson records a contact with one of their customers (a manager, with anyone's);
-- the customer's last contact and next contact date follow.
CREATE OR REPLACE FUNCTION estatedesk.record_followup(
    customer_id bigint, method estatedesk.contact_method, content text,
    result text DEFAULT NULL, next_contact_on date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    new_id bigint;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager', 'admin');
    PERFORM estatedesk.require_customer_access(customer_id);
    IF next_contact_on < current_date THEN
        PERFORM estatedesk.raise_rule('next_contact_past', 'The next contact date is in the past');
    END IF;
    INSERT INTO estatedesk.followups (customer_id, staff_id, method, content, result, next_contact_on)
    VALUES (record_followup.customer_id, estatedesk.current_staff_id(), record_followup.method,
            btrim(record_followup.content), nullif(btrim(record_followup.result), ''),
            record_followup.next_contact_on)
    RETURNING id INTO new_id;
    UPDATE estatedesk.customers c
    SET last_contact_at = now(), next_contact_on = record_followup.next_contact_on
    WHERE c.id = record_followup.customer_id;
    RETURN new_id;
END
$$;
