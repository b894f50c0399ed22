-- The inventory is read by everyone who works with units; only an administrator edits it
-- (import, corrections). Prices and statuses change through functions.
REVOKE ALL ON estatedesk.projects, estatedesk.phases, estatedesk.buildings,
    estatedesk.entrances, estatedesk.floors, estatedesk.unit_status_transitions
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.projects, estatedesk.phases, estatedesk.buildings,
    estatedesk.entrances, estatedesk.floors, estatedesk.unit_status_transitions TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT INSERT, UPDATE, DELETE ON estatedesk.projects, estatedesk.phases, estatedesk.buildings,
    estatedesk.entrances, estatedesk.floors TO estatedesk_admin;
