-- Base price (底价) is confidential: the front desk, salespeople and property staff may read
-- every column but that one. Nobody but an administrator writes units directly; status
-- changes go through unit_change_status() and the deal functions.
REVOKE ALL ON estatedesk.units FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT (id, project_id, building_id, entrance_id, floor_id, room_no, code, layout,
              orientation, usage, gross_area, inner_area, shared_area, list_unit_price,
              list_total, status, status_reason, status_changed_at, status_changed_by, version,
              pencil_customer_id, pencil_staff_id, pencil_expires_at, measured_area)
    ON estatedesk.units TO estatedesk_receptionist, estatedesk_sales, estatedesk_property;
GRANT SELECT ON estatedesk.units
    TO estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_admin;
GRANT INSERT, UPDATE, DELETE ON estatedesk.units TO estatedesk_admin;
