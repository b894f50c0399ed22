-- Written only by the audit trigger and log_event() (both SECURITY DEFINER); read by
-- administrators (executives read audit_events, without customers' personal values);
-- trimmed by administrators alone.
REVOKE ALL ON estatedesk.audit_log FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.audit_log TO estatedesk_admin;
REVOKE ALL ON estatedesk.audit_events FROM PUBLIC, estatedesk_executive;
GRANT SELECT ON estatedesk.audit_events TO estatedesk_admin, estatedesk_executive;
GRANT DELETE ON estatedesk.audit_log TO estatedesk_admin;
