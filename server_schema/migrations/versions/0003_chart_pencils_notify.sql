-- The live sales control chart: a salesperson pencils in (预留) an available unit for one of
-- their customers until a deadline set per project; clients hear every unit change.

ALTER TABLE estatedesk.units
    ADD COLUMN pencil_customer_id bigint CONSTRAINT units_pencil_customer_fkey
        REFERENCES estatedesk.customers ON DELETE SET NULL,
    ADD COLUMN pencil_staff_id bigint CONSTRAINT units_pencil_staff_fkey
        REFERENCES estatedesk.staff,
    ADD COLUMN pencil_expires_at timestamptz,
    ADD CONSTRAINT units_pencil_consistent CHECK (
        (status = 'pencilled') = (pencil_staff_id IS NOT NULL AND pencil_expires_at IS NOT NULL));
CREATE INDEX units_pencil_expiry_idx ON estatedesk.units (pencil_expires_at)
    WHERE status = 'pencilled';

INSERT INTO estatedesk.unit_status_transitions (from_status, to_status, role_name, needs_reason) VALUES
    ('available', 'pencilled', 'sales', false),   -- through unit_pencil(): needs a customer
    ('pencilled', 'available', 'sales', false);   -- release early (own pencils only)
