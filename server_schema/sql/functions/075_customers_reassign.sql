-- A manager hands customers (one or many) to another salesperson. Visits, follow-ups and
-- the assignment history stay with the customer.
CREATE OR REPLACE FUNCTION estatedesk.customers_reassign(customer_ids bigint[], to_staff bigint,
                                                         reason text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    moved integer;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    IF NOT EXISTS (SELECT 1 FROM estatedesk.staff s WHERE s.id = to_staff AND s.active
                   AND pg_has_role(s.login, 'estatedesk_sales', 'MEMBER')) THEN
        PERFORM estatedesk.raise_rule('not_a_salesperson',
            'The chosen staff member is not an active salesperson');
    END IF;
    INSERT INTO estatedesk.customer_assignments (customer_id, from_staff_id, to_staff_id, reason)
    SELECT c.id, c.assigned_staff_id, to_staff, coalesce(nullif(btrim(reason), ''), 'reassigned')
    FROM estatedesk.customers c
    WHERE c.id = ANY (customer_ids) AND c.assigned_staff_id IS DISTINCT FROM to_staff
      AND c.merged_into_id IS NULL;
    UPDATE estatedesk.customers c SET assigned_staff_id = to_staff
    WHERE c.id = ANY (customer_ids) AND c.assigned_staff_id IS DISTINCT FROM to_staff
      AND c.merged_into_id IS NULL;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END
$$;
