-- Table rights per role; which rows each sees is the row-level security in policies/.
REVOKE ALL ON estatedesk.customers, estatedesk.customer_contacts FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT, INSERT, UPDATE ON estatedesk.customers, estatedesk.customer_contacts
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT DELETE ON estatedesk.customers, estatedesk.customer_contacts TO estatedesk_admin;
GRANT INSERT ON estatedesk.customers TO estatedesk_receptionist;
GRANT SELECT ON estatedesk.customers, estatedesk.customer_contacts
    TO estatedesk_finance, estatedesk_executive, estatedesk_property;
