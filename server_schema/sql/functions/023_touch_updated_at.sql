-- Keeps updated_at true whoever writes the row.
CREATE OR REPLACE FUNCTION estatedesk.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
