-- An administrator names (on = true) or un-names a sales manager for a project. Naming a
-- login that is not a sales manager, or an unknown login or project, is refused.
CREATE OR REPLACE FUNCTION estatedesk.project_manager_set(login text, project_id bigint,
    "on" boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    who bigint;
BEGIN
    PERFORM estatedesk.require_role('admin');
    SELECT s.id INTO who FROM estatedesk.staff s WHERE s.login = project_manager_set.login;
    IF who IS NULL THEN
        PERFORM estatedesk.raise_rule('staff_not_found', 'There is no login ' || coalesce(login, ''));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM estatedesk.projects p WHERE p.id = project_manager_set.project_id) THEN
        PERFORM estatedesk.raise_rule('project_not_found', 'The project does not exist');
    END IF;
    IF "on" THEN
        IF NOT pg_has_role(project_manager_set.login, 'estatedesk_sales_manager', 'MEMBER') THEN
            PERFORM estatedesk.raise_rule('not_a_manager',
                project_manager_set.login || ' is not a sales manager');
        END IF;
        INSERT INTO estatedesk.project_managers (project_id, staff_id)
        VALUES (project_manager_set.project_id, who) ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM estatedesk.project_managers pm
        WHERE pm.project_id = project_manager_set.project_id AND pm.staff_id = who;
    END IF;
END
$$;
