-- 催款: finance (or the deal's salesperson, or a manager) notes a collection contact on a
-- deal with the next action date.
CREATE OR REPLACE FUNCTION estatedesk.collection_note_add(deal_id bigint, note text,
                                                         next_action_on date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
    new_id bigint;
BEGIN
    PERFORM estatedesk.require_role('finance', 'sales', 'sales_manager');
    SELECT * INTO d FROM estatedesk.deals x WHERE x.id = collection_note_add.deal_id;
    IF d.id IS NULL THEN
        PERFORM estatedesk.raise_rule('deal_not_found', 'The deal does not exist');
    END IF;
    IF NOT estatedesk.has_role('finance') THEN
        PERFORM estatedesk.require_customer_access(d.customer_id);
    END IF;
    note := btrim(note);
    IF note IS NULL OR char_length(note) NOT BETWEEN 1 AND 500 THEN
        PERFORM estatedesk.raise_rule('note_length', 'Write the note in 1 to 500 characters');
    END IF;
    IF next_action_on < current_date THEN
        PERFORM estatedesk.raise_rule('next_contact_past', 'The next contact date is in the past');
    END IF;
    INSERT INTO estatedesk.collection_notes (deal_id, note, next_action_on, staff_id)
    VALUES (d.id, note, next_action_on, estatedesk.current_staff_id())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
