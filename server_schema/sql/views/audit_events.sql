-- The audit trail for executives: who did what, when, to which record — without the old and
-- new values of customer records, which hold phone and ID numbers that executives see only
-- masked. Administrators read audit_log itself.
CREATE OR REPLACE VIEW estatedesk.audit_events AS
SELECT a.id, a.at, a.login, a.action, a.table_name, a.row_key,
       CASE WHEN a.table_name IN ('customers', 'customer_contacts') THEN NULL
            ELSE a.old_values END AS old_values,
       CASE WHEN a.table_name IN ('customers', 'customer_contacts') THEN NULL
            ELSE a.new_values END AS new_values,
       a.detail
FROM estatedesk.audit_log a;
