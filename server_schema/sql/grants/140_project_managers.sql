-- Managers see their projects: everyone may ask which projects they read (the views and
-- policies ask for them); administrators name the managers of a project.
REVOKE ALL ON estatedesk.project_managers
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.project_managers TO estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.my_projects(), estatedesk.sees_project(bigint)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance,
       estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.project_manager_set(text, bigint, boolean)
    TO estatedesk_admin;
