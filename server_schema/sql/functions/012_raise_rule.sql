-- Refuse an action with a message for people and a machine key for the client's
-- translation: SQLSTATE P0001, MESSAGE in English, DETAIL a JSON object {"key": ..., ...}.
CREATE OR REPLACE FUNCTION estatedesk.raise_rule(key text, message text, params jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = message,
        DETAIL = (jsonb_build_object('key', key) || params)::text;
END
$$;
