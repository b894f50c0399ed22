-- The client compares the schema version with its own before it shows anything.
REVOKE ALL ON estatedesk.schema_info, estatedesk.alembic_version FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.schema_info, estatedesk.alembic_version TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
