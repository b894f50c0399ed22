-- A sales manager (or an administrator) sets a commission rule: a new one (rule_id NULL) for
-- a salesperson or for an agency (named; a new name registers the agency), or a change of an
-- existing rule's rate, dates or active flag (its project and payee stay; the rule of someone
-- who left can still be ended). The rate is a ratio above 0 and at most 0.1 (10%) with four
-- decimals; active rules of one payee in one project never overlap in time. Nobody but an
-- administrator sets their own rate. Returns the rule's id.
CREATE OR REPLACE FUNCTION estatedesk.commission_rule_set(rule_id bigint, project_id bigint,
    staff_id bigint, agency text, rate numeric, valid_from date, valid_to date,
    active boolean DEFAULT true)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    agency_name text := nullif(btrim(agency), '');
    agency_key bigint;
    old estatedesk.commission_rules;
    target estatedesk.staff;
    result bigint;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    IF NOT EXISTS (SELECT 1 FROM estatedesk.projects p WHERE p.id = commission_rule_set.project_id) THEN
        PERFORM estatedesk.raise_rule('project_not_found', 'The project does not exist');
    END IF;
    IF (staff_id IS NULL) = (agency_name IS NULL) THEN
        PERFORM estatedesk.raise_rule('commission_payee',
            'A commission rule is for one salesperson or for one agency');
    END IF;
    IF rate IS NULL OR rate <= 0 OR rate > 0.1 OR rate <> round(rate, 4) THEN
        PERFORM estatedesk.raise_rule('commission_rate_range',
            format('A commission rate is above 0 and at most 10%% (0.1), with at most four '
                   'decimals, not %s', rate), jsonb_build_object('rate', rate));
    END IF;
    IF valid_to < valid_from THEN
        PERFORM estatedesk.raise_rule('commission_dates',
            'The rule ends before it starts');
    END IF;
    IF staff_id IS NOT NULL THEN
        SELECT * INTO target FROM estatedesk.staff s WHERE s.id = commission_rule_set.staff_id;
        IF target.id IS NULL OR (rule_id IS NULL AND (NOT target.active
           OR NOT (pg_has_role(target.login, 'estatedesk_sales', 'MEMBER')
                   OR pg_has_role(target.login, 'estatedesk_sales_manager', 'MEMBER')))) THEN
            PERFORM estatedesk.raise_rule('not_a_salesperson',
                'The chosen staff member is not an active salesperson');
        END IF;
        IF target.login = session_user AND NOT estatedesk.has_role('admin') THEN
            PERFORM estatedesk.raise_rule('commission_rule_own',
                'Nobody sets their own commission rate');
        END IF;
    ELSE
        IF char_length(agency_name) > 60 THEN
            PERFORM estatedesk.raise_rule('agency_name_length',
                'An agency name has 1 to 60 characters');
        END IF;
        SELECT a.id INTO agency_key FROM estatedesk.commission_agencies a WHERE a.name = agency_name;
        IF agency_key IS NULL AND rule_id IS NULL THEN
            INSERT INTO estatedesk.commission_agencies (name) VALUES (agency_name)
            ON CONFLICT ON CONSTRAINT commission_agencies_name_key DO UPDATE SET name = EXCLUDED.name
            RETURNING id INTO agency_key;
        END IF;
    END IF;
    IF rule_id IS NOT NULL THEN
        SELECT * INTO old FROM estatedesk.commission_rules r WHERE r.id = commission_rule_set.rule_id
        FOR UPDATE;
        IF old.id IS NULL OR old.project_id <> commission_rule_set.project_id
           OR old.staff_id IS DISTINCT FROM commission_rule_set.staff_id
           OR old.agency_id IS DISTINCT FROM agency_key THEN
            PERFORM estatedesk.raise_rule('commission_rule_not_found',
                'This commission rule does not exist for this project and payee');
        END IF;
    END IF;
    BEGIN
        IF rule_id IS NULL THEN
            INSERT INTO estatedesk.commission_rules (project_id, staff_id, agency_id, rate,
                                                     valid_from, valid_to, active)
            VALUES (commission_rule_set.project_id, commission_rule_set.staff_id, agency_key,
                    commission_rule_set.rate, commission_rule_set.valid_from,
                    commission_rule_set.valid_to, coalesce(commission_rule_set.active, true))
            RETURNING id INTO result;
        ELSE
            UPDATE estatedesk.commission_rules r
            SET rate = commission_rule_set.rate, valid_from = commission_rule_set.valid_from,
                valid_to = commission_rule_set.valid_to,
                active = coalesce(commission_rule_set.active, r.active),
                updated_at = now(), updated_by = session_user
            WHERE r.id = old.id
            RETURNING r.id INTO result;
        END IF;
    EXCEPTION WHEN exclusion_violation THEN
        PERFORM estatedesk.raise_rule('commission_rule_overlap',
            'Another active rule of this payee in this project covers part of these dates');
    END;
    RETURN result;
END
$$;
