-- The front desk's one call for a walk-in or a caller. A known phone number logs a new
-- visit for the existing customer (who stays with their salesperson); a new one creates the
-- customer and hands them to the next salesperson on today's rotation — or, when a manager
-- registers, to the salesperson they choose; a salesperson registering keeps the customer.
CREATE OR REPLACE FUNCTION estatedesk.register_visit(
    phone text, name text, visit_type estatedesk.visit_type, name_initials text DEFAULT '',
    gender text DEFAULT NULL, channel_id bigint DEFAULT NULL, purpose text DEFAULT NULL,
    wanted_layout text DEFAULT NULL, wanted_area_min numeric DEFAULT NULL,
    wanted_area_max numeric DEFAULT NULL, budget numeric DEFAULT NULL,
    party_size integer DEFAULT NULL, assign_to bigint DEFAULT NULL, note text DEFAULT NULL)
RETURNS TABLE (customer_id bigint, is_new boolean, staff_id bigint, staff_name text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    found_id bigint;
    owner_id bigint;
    by_rotation boolean := false;
    is_manager boolean := estatedesk.has_role('sales_manager') OR estatedesk.has_role('admin');
BEGIN
    PERFORM estatedesk.require_role('receptionist', 'sales', 'sales_manager', 'admin');
    SELECT c.id, c.assigned_staff_id INTO found_id, owner_id
    FROM estatedesk.customers c
    WHERE (c.phone = register_visit.phone OR c.phone2 = register_visit.phone)
      AND c.merged_into_id IS NULL
    ORDER BY c.id LIMIT 1;
    IF found_id IS NULL THEN
        IF assign_to IS NOT NULL AND NOT is_manager THEN
            PERFORM estatedesk.raise_rule('assign_needs_manager',
                'Only a sales manager may choose the salesperson; the rotation decides otherwise');
        END IF;
        IF assign_to IS NOT NULL THEN
            owner_id := assign_to;
            IF NOT EXISTS (SELECT 1 FROM estatedesk.staff s WHERE s.id = assign_to AND s.active
                           AND pg_has_role(s.login, 'estatedesk_sales', 'MEMBER')) THEN
                PERFORM estatedesk.raise_rule('not_a_salesperson',
                    'The chosen staff member is not an active salesperson');
            END IF;
        ELSIF estatedesk.has_role('sales') AND NOT estatedesk.has_role('receptionist') THEN
            owner_id := estatedesk.current_staff_id();
        ELSE
            PERFORM pg_advisory_xact_lock(hashtext('estatedesk.duty:' || current_date));
            owner_id := estatedesk.next_on_duty(current_date);
            by_rotation := true;
            IF owner_id IS NULL THEN
                PERFORM estatedesk.raise_rule('no_one_on_duty',
                    'Nobody is on today''s duty rotation: a sales manager sets it first');
            END IF;
        END IF;
        INSERT INTO estatedesk.customers AS c
            (name, name_initials, gender, phone, channel_id, purpose, wanted_layout,
             wanted_area_min, wanted_area_max, budget, assigned_staff_id, first_visit_at,
             last_contact_at)
        VALUES (btrim(register_visit.name), coalesce(register_visit.name_initials, ''),
                register_visit.gender, register_visit.phone, register_visit.channel_id,
                register_visit.purpose, register_visit.wanted_layout,
                register_visit.wanted_area_min, register_visit.wanted_area_max,
                register_visit.budget, owner_id, now(), now())
        RETURNING c.id INTO found_id;
        INSERT INTO estatedesk.customer_assignments (customer_id, to_staff_id, reason)
        VALUES (found_id, owner_id, CASE WHEN by_rotation THEN 'rotation' ELSE 'registered' END);
        is_new := true;
    ELSE
        UPDATE estatedesk.customers c SET last_contact_at = now() WHERE c.id = found_id;
        is_new := false;
    END IF;
    INSERT INTO estatedesk.visits AS v
        (customer_id, visit_type, party_size, channel_id, staff_id, by_rotation, note)
    VALUES (found_id, register_visit.visit_type, register_visit.party_size,
            register_visit.channel_id, owner_id, by_rotation, nullif(btrim(register_visit.note), ''));
    customer_id := found_id;
    staff_id := owner_id;
    SELECT s.full_name INTO staff_name FROM estatedesk.staff s WHERE s.id = owner_id;
    RETURN NEXT;
END
$$;
