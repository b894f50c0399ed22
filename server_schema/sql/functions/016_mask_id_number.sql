-- Masks for roles that need to know a customer but not reach them.
CREATE OR REPLACE FUNCTION estatedesk.mask_id_number(id_number text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT CASE WHEN id_number IS NULL THEN NULL
                WHEN char_length(id_number) >= 10
                THEN left(id_number, 6) || repeat('*', char_length(id_number) - 10)
                     || right(id_number, 4)
                ELSE left(id_number, 1) || repeat('*', char_length(id_number) - 1) END
$$;
