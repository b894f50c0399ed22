-- Before a customer is created or changed: is this phone or ID number already someone's
-- customer? Answers across salespeople (who would otherwise not see each other's
-- customers), with the name masked, so ownership disputes surface at once.
CREATE OR REPLACE FUNCTION estatedesk.customer_find_duplicates(
    phone text, id_type text DEFAULT NULL, id_number text DEFAULT NULL,
    except_id bigint DEFAULT NULL)
RETURNS TABLE (customer_id bigint, masked_name text, matched_on text, assigned_staff_name text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    SELECT c.id, left(c.name, 1) || repeat('*', greatest(char_length(c.name) - 1, 1)),
           CASE WHEN c.id_number = customer_find_duplicates.id_number THEN 'id_number'
                ELSE 'phone' END,
           s.full_name
    FROM estatedesk.customers c
    LEFT JOIN estatedesk.staff s ON s.id = c.assigned_staff_id
    WHERE c.merged_into_id IS NULL
      AND c.id IS DISTINCT FROM except_id
      AND ((customer_find_duplicates.phone IS NOT NULL
            AND (c.phone = customer_find_duplicates.phone OR c.phone2 = customer_find_duplicates.phone))
           OR (customer_find_duplicates.id_number IS NOT NULL
               AND c.id_type = customer_find_duplicates.id_type
               AND c.id_number = customer_find_duplicates.id_number))
      AND (estatedesk.has_role('receptionist') OR estatedesk.has_role('sales')
           OR estatedesk.has_role('sales_manager') OR estatedesk.has_role('admin'))
    ORDER BY c.id
$$;
