-- Names are public inside the office; phones and account state are for managers and admin.
-- Accounts are created and disabled through the staff_* functions only.
REVOKE ALL ON estatedesk.staff FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin, estatedesk_useradmin;
GRANT SELECT (id, login, full_name, active) ON estatedesk.staff TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.staff TO estatedesk_sales_manager, estatedesk_executive, estatedesk_admin;
GRANT UPDATE (full_name, phone) ON estatedesk.staff TO estatedesk_admin;
GRANT SELECT, INSERT, UPDATE ON estatedesk.staff TO estatedesk_useradmin;
