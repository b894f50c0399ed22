-- The projects the person logged in may read, or NULL for all of them: a sales manager an
-- administrator has named for one or more projects (project_managers) reads those only,
-- unless they are also an executive, finance or an administrator. Everyone else: NULL
-- (their own rules apply: a salesperson reads their own customers' deals anyway). The
-- restrictive policies call it once per query as `(SELECT estatedesk.my_projects())`.
CREATE OR REPLACE FUNCTION estatedesk.my_projects() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT CASE
        WHEN NOT estatedesk.has_role('sales_manager') OR estatedesk.has_role('executive')
             OR estatedesk.has_role('finance') OR estatedesk.has_role('admin') THEN NULL
        ELSE (SELECT array_agg(pm.project_id ORDER BY pm.project_id)
              FROM estatedesk.project_managers pm
              JOIN estatedesk.staff s ON s.id = pm.staff_id
              WHERE s.login = session_user)
    END
$$;

-- May the person logged in read project `p`? (True for everyone my_projects() leaves free.)
CREATE OR REPLACE FUNCTION estatedesk.sees_project(p bigint) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, estatedesk AS $$
    SELECT coalesce(p = ANY(estatedesk.my_projects()), estatedesk.my_projects() IS NULL)
$$;
