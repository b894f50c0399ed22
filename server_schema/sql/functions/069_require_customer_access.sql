-- Inside SECURITY DEFINER functions row-level security sees everything, so they check
-- here what the policies would: a salesperson may act on their own customers only.
CREATE OR REPLACE FUNCTION estatedesk.require_customer_access(customer_id bigint) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM estatedesk.customers c
        WHERE c.id = require_customer_access.customer_id AND c.merged_into_id IS NULL
          AND (estatedesk.has_role('sales_manager') OR estatedesk.has_role('admin')
               OR c.assigned_staff_id = estatedesk.current_staff_id())) THEN
        PERFORM estatedesk.raise_rule('customer_not_yours',
            'This customer does not exist or is not one of yours');
    END IF;
END
$$;
