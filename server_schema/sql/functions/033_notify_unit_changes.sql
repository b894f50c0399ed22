-- Statement-level trigger function: tells every listening client which units changed, on
-- channel estatedesk_units, as {"p": project, "b": [buildings], "u": [units]}. Payloads stay
-- far below PostgreSQL's 8000-byte limit: beyond 400 units a building list alone is sent
-- ("u": null), and the client reloads those buildings.
CREATE OR REPLACE FUNCTION estatedesk.notify_unit_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    r record;
BEGIN
    FOR r IN EXECUTE format(
        'SELECT project_id, array_agg(DISTINCT building_id) AS buildings, '
        'CASE WHEN count(*) <= 400 THEN array_agg(DISTINCT id) END AS units '
        'FROM %I GROUP BY project_id',
        CASE TG_OP WHEN 'DELETE' THEN 'old_rows' ELSE 'new_rows' END)
    LOOP
        PERFORM pg_notify('estatedesk_units',
            json_build_object('p', r.project_id, 'b', r.buildings, 'u', r.units)::text);
    END LOOP;
    RETURN NULL;
END
$$;
