-- A unit's status history from the audit log, for everyone who works with the chart (the
-- audit log itself is readable only by administrators and executives).
CREATE OR REPLACE FUNCTION estatedesk.unit_history(unit_id bigint)
RETURNS TABLE (at timestamptz, login text, full_name text, action text,
               old_status text, new_status text, reason text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    SELECT a.at, a.login, s.full_name, a.action,
           a.old_values ->> 'status', a.new_values ->> 'status',
           a.new_values ->> 'status_reason'
    FROM estatedesk.audit_log a
    LEFT JOIN estatedesk.staff s ON s.login = a.login
    WHERE a.table_name = 'units' AND a.row_key = unit_id::text
      AND (a.action <> 'UPDATE' OR a.new_values ? 'status')
    ORDER BY a.at, a.id
$$;
