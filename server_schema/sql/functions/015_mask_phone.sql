-- Masks for roles that need to know a customer but not reach them: 138****5678 and
-- 330106********0016.
CREATE OR REPLACE FUNCTION estatedesk.mask_phone(phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT CASE WHEN phone IS NULL THEN NULL
                WHEN phone LIKE '+861%' AND char_length(phone) = 14
                THEN substr(phone, 4, 3) || '****' || right(phone, 4)
                ELSE left(phone, 4) || '****' || right(phone, 3) END
$$;
