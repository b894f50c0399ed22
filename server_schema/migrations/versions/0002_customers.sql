-- Customers, individual and enterprise (domain.md "Who uses it"), with the contact persons
-- of enterprises. Assigned to a salesperson; row-level security keeps other salespeople out.

CREATE TYPE estatedesk.customer_kind AS ENUM ('individual', 'enterprise');
CREATE TYPE estatedesk.customer_status AS ENUM
    ('visitor', 'queued', 'reserved', 'contracted', 'owner', 'lost');


-- Identity-number rules live with the table: a CHECK constraint uses them, so they are
-- part of the table's contract (the client checks the same rules first, for the message).
CREATE FUNCTION estatedesk.resident_id_is_valid(v text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog AS $$
DECLARE
    weights CONSTANT int[] := ARRAY[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    total int := 0;
    birth date;
BEGIN
    IF v !~ '^[0-9]{17}[0-9X]$' THEN
        RETURN false;
    END IF;
    IF substr(v, 1, 2)::int NOT IN (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91) THEN
        RETURN false;
    END IF;
    BEGIN
        birth := make_date(substr(v, 7, 4)::int, substr(v, 11, 2)::int, substr(v, 13, 2)::int);
    EXCEPTION WHEN others THEN
        RETURN false;
    END;
    IF birth < DATE '1900-01-01' THEN
        RETURN false;
    END IF;
    FOR i IN 1..17 LOOP
        total := total + substr(v, i, 1)::int * weights[i];
    END LOOP;
    RETURN substr('10X98765432', total % 11 + 1, 1) = substr(v, 18, 1);
END
$$;

CREATE FUNCTION estatedesk.uscc_is_valid(v text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog AS $$
DECLARE
    alphabet CONSTANT text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
    weights CONSTANT int[] := ARRAY[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    total int := 0;
BEGIN
    IF v !~ '^[0-9A-HJ-NPQRTUWXY]{18}$' THEN
        RETURN false;
    END IF;
    FOR i IN 1..17 LOOP
        total := total + (strpos(alphabet, substr(v, i, 1)) - 1) * weights[i];
    END LOOP;
    RETURN substr(alphabet, (31 - total % 31) % 31 + 1, 1) = substr(v, 18, 1);
END
$$;

CREATE FUNCTION estatedesk.id_number_is_valid(id_type text, v text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT CASE id_type
        WHEN 'resident_id' THEN estatedesk.resident_id_is_valid(v)
        WHEN 'uscc' THEN estatedesk.uscc_is_valid(v)
        WHEN 'passport' THEN v ~ '^[A-Z0-9]{5,20}$'
        WHEN 'hk_macau_permit' THEN v ~ '^[HM][0-9]{8}([0-9]{2})?$'
            OR (v ~ '^8[12]' AND estatedesk.resident_id_is_valid(v))
        WHEN 'taiwan_permit' THEN v ~ '^[0-9]{8}([0-9]{2})?$'
            OR (v ~ '^83' AND estatedesk.resident_id_is_valid(v))
        ELSE v IS NULL
    END
$$;

CREATE TABLE estatedesk.customers (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT customers_pkey PRIMARY KEY,
    kind            estatedesk.customer_kind NOT NULL DEFAULT 'individual',
    name            text NOT NULL CONSTRAINT customers_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 100),
    gender          text CONSTRAINT customers_gender_valid CHECK (gender IN ('M', 'F')),
    birthday        date CONSTRAINT customers_birthday_range CHECK (birthday >= DATE '1900-01-01'),
    id_type         text CONSTRAINT customers_id_type_valid
                    CHECK (id_type IN ('resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'uscc')),
    id_number       text,
    phone           text CONSTRAINT customers_phone_format CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    phone2          text CONSTRAINT customers_phone2_format CHECK (phone2 ~ '^\+[1-9][0-9]{6,14}$'),
    email           text CONSTRAINT customers_email_format CHECK (email ~ '^[^@\s]{1,64}@[^@\s]{1,190}$'),
    address         text CONSTRAINT customers_address_length CHECK (char_length(address) <= 200),
    district        text CONSTRAINT customers_district_length CHECK (char_length(district) <= 50),
    occupation      text CONSTRAINT customers_occupation_length CHECK (char_length(occupation) <= 50),
    employer        text CONSTRAINT customers_employer_length CHECK (char_length(employer) <= 100),
    income_band     text CONSTRAINT customers_income_band_length CHECK (char_length(income_band) <= 30),
    household       text CONSTRAINT customers_household_length CHECK (char_length(household) <= 50),
    education       text CONSTRAINT customers_education_length CHECK (char_length(education) <= 30),
    industry        text CONSTRAINT customers_industry_length CHECK (char_length(industry) <= 50),
    company_size    text CONSTRAINT customers_company_size_length CHECK (char_length(company_size) <= 30),
    legal_representative text CONSTRAINT customers_legal_rep_length CHECK (char_length(legal_representative) <= 50),
    grade           text CONSTRAINT customers_grade_valid CHECK (grade IN ('A', 'B', 'C', 'D')),
    status          estatedesk.customer_status NOT NULL DEFAULT 'visitor',
    lost_reason     text CONSTRAINT customers_lost_reason_length CHECK (char_length(lost_reason) <= 200),
    assigned_staff_id bigint CONSTRAINT customers_assigned_staff_fkey REFERENCES estatedesk.staff,
    created_by      text NOT NULL DEFAULT session_user,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customers_id_number_valid CHECK (id_number IS NULL OR estatedesk.id_number_is_valid(id_type, id_number)),
    CONSTRAINT customers_id_pair CHECK ((id_type IS NULL) = (id_number IS NULL)),
    CONSTRAINT customers_enterprise_id CHECK (kind = 'individual' OR id_type IS NULL OR id_type = 'uscc'),
    CONSTRAINT customers_individual_id CHECK (kind = 'enterprise' OR id_type IS DISTINCT FROM 'uscc'),
    CONSTRAINT customers_lost_needs_reason CHECK (status <> 'lost' OR lost_reason IS NOT NULL),
    CONSTRAINT customers_contactable CHECK (phone IS NOT NULL OR id_number IS NOT NULL OR kind = 'enterprise')
);
CREATE UNIQUE INDEX customers_id_number_key ON estatedesk.customers (id_type, id_number)
    WHERE id_number IS NOT NULL;
CREATE INDEX customers_phone_idx ON estatedesk.customers (phone);
CREATE INDEX customers_assigned_staff_idx ON estatedesk.customers (assigned_staff_id);

CREATE TABLE estatedesk.customer_contacts (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT customer_contacts_pkey PRIMARY KEY,
    customer_id bigint NOT NULL CONSTRAINT customer_contacts_customer_fkey
                REFERENCES estatedesk.customers ON DELETE CASCADE,
    name        text NOT NULL CONSTRAINT customer_contacts_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 50),
    title       text CONSTRAINT customer_contacts_title_length CHECK (char_length(title) <= 50),
    phone       text CONSTRAINT customer_contacts_phone_format CHECK (phone ~ '^\+[1-9][0-9]{6,14}$')
);
CREATE INDEX customer_contacts_customer_idx ON estatedesk.customer_contacts (customer_id);
