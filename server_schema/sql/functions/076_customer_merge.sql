-- A manager merges a duplicate into the record to keep: visits, follow-ups, contacts,
-- assignments and pencilled units move over; the kept record takes the duplicate's values
-- where its own are empty; the duplicate stays (for the audit trail), marked merged.
CREATE OR REPLACE FUNCTION estatedesk.customer_merge(keep_id bigint, drop_id bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    keep estatedesk.customers;
    dup estatedesk.customers;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    IF keep_id = drop_id THEN
        PERFORM estatedesk.raise_rule('merge_same', 'A customer cannot be merged with itself');
    END IF;
    SELECT * INTO keep FROM estatedesk.customers WHERE id = keep_id AND merged_into_id IS NULL
        FOR UPDATE;
    SELECT * INTO dup FROM estatedesk.customers WHERE id = drop_id AND merged_into_id IS NULL
        FOR UPDATE;
    IF keep.id IS NULL OR dup.id IS NULL THEN
        PERFORM estatedesk.raise_rule('customer_not_found',
            'One of the customers does not exist or was merged already');
    END IF;
    IF keep.kind <> dup.kind THEN
        PERFORM estatedesk.raise_rule('merge_kinds_differ',
            'An individual and an enterprise customer cannot be merged');
    END IF;
    IF keep.id_number IS NOT NULL AND dup.id_number IS NOT NULL
       AND (keep.id_type, keep.id_number) IS DISTINCT FROM (dup.id_type, dup.id_number) THEN
        PERFORM estatedesk.raise_rule('merge_ids_differ',
            'The two customers have different ID numbers: they are different people');
    END IF;
    UPDATE estatedesk.visits SET customer_id = keep_id WHERE customer_id = drop_id;
    UPDATE estatedesk.followups SET customer_id = keep_id WHERE customer_id = drop_id;
    UPDATE estatedesk.customer_contacts SET customer_id = keep_id WHERE customer_id = drop_id;
    UPDATE estatedesk.customer_assignments SET customer_id = keep_id WHERE customer_id = drop_id;
    UPDATE estatedesk.units SET pencil_customer_id = keep_id WHERE pencil_customer_id = drop_id;
    -- the duplicate gives up its unique ID number first, then the kept record takes it
    UPDATE estatedesk.customers
    SET merged_into_id = keep_id, id_type = NULL, id_number = NULL,
        phone = coalesce(phone, keep.phone)
    WHERE id = drop_id;
    UPDATE estatedesk.customers SET
        id_type = coalesce(keep.id_type, dup.id_type),
        id_number = coalesce(keep.id_number, dup.id_number),
        phone = coalesce(keep.phone, dup.phone),
        phone2 = coalesce(keep.phone2, CASE WHEN dup.phone IS DISTINCT FROM keep.phone
                                            THEN dup.phone END, dup.phone2),
        gender = coalesce(keep.gender, dup.gender),
        birthday = coalesce(keep.birthday, dup.birthday),
        email = coalesce(keep.email, dup.email),
        address = coalesce(keep.address, dup.address),
        district = coalesce(keep.district, dup.district),
        occupation = coalesce(keep.occupation, dup.occupation),
        employer = coalesce(keep.employer, dup.employer),
        channel_id = coalesce(keep.channel_id, dup.channel_id),
        grade = coalesce(keep.grade, dup.grade),
        first_visit_at = least(keep.first_visit_at, dup.first_visit_at),
        last_contact_at = greatest(keep.last_contact_at, dup.last_contact_at)
    WHERE id = keep_id;
    PERFORM estatedesk.log_event('MERGE', 'customers', keep_id::text,
                                 jsonb_build_object('merged', drop_id));
END
$$;
