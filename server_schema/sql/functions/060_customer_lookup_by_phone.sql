-- The front desk finds a returning visitor by phone to route them to their salesperson,
-- without seeing the customer's details: name and phone come back masked.
CREATE OR REPLACE FUNCTION estatedesk.customer_lookup_by_phone(phone_e164 text)
RETURNS TABLE (customer_id bigint, masked_name text, masked_phone text, grade text,
               status estatedesk.customer_status, assigned_staff_id bigint,
               assigned_staff_name text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    SELECT c.id,
           left(c.name, 1) || repeat('*', greatest(char_length(c.name) - 1, 1)),
           estatedesk.mask_phone(c.phone),
           c.grade, c.status, c.assigned_staff_id, s.full_name
    FROM estatedesk.customers c
    LEFT JOIN estatedesk.staff s ON s.id = c.assigned_staff_id
    WHERE (c.phone = phone_e164 OR c.phone2 = phone_e164) AND c.merged_into_id IS NULL
      AND (estatedesk.has_role('receptionist') OR estatedesk.has_role('sales')
           OR estatedesk.has_role('sales_manager') OR estatedesk.has_role('admin'))
    ORDER BY c.id
$$;
