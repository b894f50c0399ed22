-- Measured with a million customers (tests/bench/bench_customers.py): a search on phone
-- OR phone2 fell back to a sequential scan because phone2 had no index, and the front desk's
-- lookup by phone2 did too.
CREATE INDEX customers_phone2_idx ON estatedesk.customers (phone2) WHERE phone2 IS NOT NULL;
CREATE INDEX customers_phone2_trgm_idx ON estatedesk.customers
    USING gin (phone2 public.gin_trgm_ops) WHERE phone2 IS NOT NULL;

-- Chinese names are two or three characters, so people search by one or two of them; pg_trgm
-- extracts nothing from a two-character pattern and scans its whole index (measured: 85 ms
-- of 128 ms for '%秀英%' among a million names). Single characters and character pairs of
-- each name, in a GIN index, find those directly.
CREATE FUNCTION estatedesk.name_grams(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT substr(lower(name), i, 1) AS g FROM generate_series(1, char_length(name)) i
        UNION ALL
        SELECT substr(lower(name), i, 2) FROM generate_series(1, char_length(name) - 1) i) s
$$;
CREATE INDEX customers_name_grams_idx ON estatedesk.customers
    USING gin (estatedesk.name_grams(name));
