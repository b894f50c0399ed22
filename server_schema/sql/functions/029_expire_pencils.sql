-- Pencilled units whose time ran out become available again. Called by the unit functions
-- before they look at a unit, and by every open chart now and then, so expiry needs no
-- scheduler on the server. Returns how many units it released.
CREATE OR REPLACE FUNCTION estatedesk.expire_pencils(only_units bigint[] DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    released integer;
BEGIN
    UPDATE estatedesk.units
    SET status = 'available', status_reason = 'pencil expired', status_changed_at = now(),
        status_changed_by = session_user, version = version + 1,
        pencil_customer_id = NULL, pencil_staff_id = NULL, pencil_expires_at = NULL
    WHERE status = 'pencilled' AND pencil_expires_at <= now()
      AND (only_units IS NULL OR id = ANY (only_units));
    GET DIAGNOSTICS released = ROW_COUNT;
    RETURN released;
END
$$;
