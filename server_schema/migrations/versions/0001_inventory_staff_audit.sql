-- Foundation: the inventory (project → phase → building → entrance → floor → unit),
-- staff, the allowed unit-status transitions and the audit log.
-- Runs as estatedesk_owner, so every object here is owned by a role nobody logs in as.

CREATE TYPE estatedesk.unit_status AS ENUM
    ('not_released', 'available', 'held', 'pencilled', 'reserved', 'contracted', 'filed');
CREATE TYPE estatedesk.pricing_basis AS ENUM ('gross_area', 'inner_area', 'whole_unit');

CREATE TABLE estatedesk.projects (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT projects_pkey PRIMARY KEY,
    code            text NOT NULL CONSTRAINT projects_code_key UNIQUE
                    CONSTRAINT projects_code_format CHECK (code ~ '^[A-Za-z0-9_-]{1,20}$'),
    name            text NOT NULL CONSTRAINT projects_name_key UNIQUE
                    CONSTRAINT projects_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 100),
    city            text CONSTRAINT projects_city_length CHECK (char_length(city) <= 50),
    district        text CONSTRAINT projects_district_length CHECK (char_length(district) <= 50),
    address         text CONSTRAINT projects_address_length CHECK (char_length(address) <= 200),
    developer       text CONSTRAINT projects_developer_length CHECK (char_length(developer) <= 100),
    pricing_basis   estatedesk.pricing_basis NOT NULL DEFAULT 'gross_area',
    rounding_unit   numeric(3, 2) NOT NULL DEFAULT 1
                    CONSTRAINT projects_rounding_unit_valid CHECK (rounding_unit IN (1, 0.1, 0.01)),
    rounding_mode   text NOT NULL DEFAULT 'half_up'
                    CONSTRAINT projects_rounding_mode_valid CHECK (rounding_mode IN ('half_up', 'down', 'up')),
    pencil_hold_minutes integer NOT NULL DEFAULT 120
                    CONSTRAINT projects_pencil_hold_range CHECK (pencil_hold_minutes BETWEEN 10 AND 10080),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE estatedesk.phases (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT phases_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT phases_project_fkey REFERENCES estatedesk.projects ON DELETE CASCADE,
    name        text NOT NULL CONSTRAINT phases_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 50),
    sort_order  integer NOT NULL DEFAULT 0,
    CONSTRAINT phases_project_name_key UNIQUE (project_id, name),
    CONSTRAINT phases_id_project_key UNIQUE (id, project_id)
);

CREATE TABLE estatedesk.buildings (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT buildings_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT buildings_project_fkey REFERENCES estatedesk.projects ON DELETE CASCADE,
    phase_id    bigint,
    code        text NOT NULL CONSTRAINT buildings_code_format CHECK (code ~ '^[A-Za-z0-9]{1,10}$'),
    name        text NOT NULL CONSTRAINT buildings_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 50),
    sort_order  integer NOT NULL DEFAULT 0,
    CONSTRAINT buildings_project_code_key UNIQUE (project_id, code),
    CONSTRAINT buildings_id_project_key UNIQUE (id, project_id),
    CONSTRAINT buildings_phase_fkey FOREIGN KEY (phase_id, project_id)
        REFERENCES estatedesk.phases (id, project_id)
);

CREATE TABLE estatedesk.entrances (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT entrances_pkey PRIMARY KEY,
    building_id bigint NOT NULL CONSTRAINT entrances_building_fkey REFERENCES estatedesk.buildings ON DELETE CASCADE,
    code        text NOT NULL CONSTRAINT entrances_code_format CHECK (code ~ '^[A-Za-z0-9]{1,10}$'),
    name        text NOT NULL CONSTRAINT entrances_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 50),
    CONSTRAINT entrances_building_code_key UNIQUE (building_id, code),
    CONSTRAINT entrances_id_building_key UNIQUE (id, building_id)
);

CREATE TABLE estatedesk.floors (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT floors_pkey PRIMARY KEY,
    building_id bigint NOT NULL CONSTRAINT floors_building_fkey REFERENCES estatedesk.buildings ON DELETE CASCADE,
    number      smallint NOT NULL CONSTRAINT floors_number_range CHECK (number <> 0 AND number BETWEEN -10 AND 200),
    label       text NOT NULL CONSTRAINT floors_label_length CHECK (char_length(btrim(label)) BETWEEN 1 AND 20),
    CONSTRAINT floors_building_number_key UNIQUE (building_id, number),
    CONSTRAINT floors_id_building_key UNIQUE (id, building_id)
);

CREATE TABLE estatedesk.units (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT units_pkey PRIMARY KEY,
    project_id      bigint NOT NULL,
    building_id     bigint NOT NULL,
    entrance_id     bigint NOT NULL,
    floor_id        bigint NOT NULL,
    room_no         text NOT NULL CONSTRAINT units_room_no_format CHECK (room_no ~ '^[A-Za-z0-9]{1,10}$'),
    code            text NOT NULL CONSTRAINT units_code_length CHECK (char_length(code) BETWEEN 1 AND 40),
    layout          text CONSTRAINT units_layout_length CHECK (char_length(layout) <= 30),
    orientation     text CONSTRAINT units_orientation_length CHECK (char_length(orientation) <= 20),
    usage           text NOT NULL DEFAULT 'residential'
                    CONSTRAINT units_usage_valid CHECK (usage IN ('residential', 'shop', 'parking', 'office')),
    gross_area      numeric(10, 2) NOT NULL CONSTRAINT units_gross_area_positive CHECK (gross_area > 0),
    inner_area      numeric(10, 2) CONSTRAINT units_inner_area_positive CHECK (inner_area > 0),
    shared_area     numeric(10, 2) GENERATED ALWAYS AS (gross_area - inner_area) STORED,
    list_unit_price numeric(12, 2) CONSTRAINT units_list_unit_price_nonnegative CHECK (list_unit_price >= 0),
    list_total      numeric(14, 2) CONSTRAINT units_list_total_nonnegative CHECK (list_total >= 0),
    base_price      numeric(14, 2) CONSTRAINT units_base_price_nonnegative CHECK (base_price >= 0),
    status          estatedesk.unit_status NOT NULL DEFAULT 'not_released',
    status_reason   text CONSTRAINT units_status_reason_length CHECK (char_length(status_reason) <= 200),
    status_changed_at timestamptz NOT NULL DEFAULT now(),
    status_changed_by text,
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT units_inner_not_above_gross CHECK (inner_area <= gross_area),
    CONSTRAINT units_on_sale_needs_price CHECK (status = 'not_released' OR list_total IS NOT NULL),
    CONSTRAINT units_project_code_key UNIQUE (project_id, code),
    CONSTRAINT units_entrance_floor_room_key UNIQUE (entrance_id, floor_id, room_no),
    CONSTRAINT units_building_fkey FOREIGN KEY (building_id, project_id)
        REFERENCES estatedesk.buildings (id, project_id) ON DELETE CASCADE,
    CONSTRAINT units_entrance_fkey FOREIGN KEY (entrance_id, building_id)
        REFERENCES estatedesk.entrances (id, building_id) ON DELETE CASCADE,
    CONSTRAINT units_floor_fkey FOREIGN KEY (floor_id, building_id)
        REFERENCES estatedesk.floors (id, building_id) ON DELETE CASCADE
);
CREATE INDEX units_building_status_idx ON estatedesk.units (building_id, status);
CREATE INDEX units_floor_idx ON estatedesk.units (floor_id);
CREATE INDEX units_entrance_idx ON estatedesk.units (entrance_id);

-- Which role may move a unit from one status to another. The client reads this to show
-- only the actions a user may take; unit_change_status() enforces it.
CREATE TABLE estatedesk.unit_status_transitions (
    from_status estatedesk.unit_status NOT NULL,
    to_status   estatedesk.unit_status NOT NULL,
    role_name   text NOT NULL,
    needs_reason boolean NOT NULL DEFAULT false,
    CONSTRAINT unit_status_transitions_pkey PRIMARY KEY (from_status, to_status, role_name)
);
INSERT INTO estatedesk.unit_status_transitions (from_status, to_status, role_name, needs_reason) VALUES
    ('not_released', 'available', 'sales_manager', false),   -- 推盘: put on sale
    ('available', 'not_released', 'sales_manager', true),    -- withdraw from sale
    ('available', 'held', 'sales_manager', true),            -- 销控
    ('held', 'available', 'sales_manager', false),           -- release the hold
    ('not_released', 'held', 'sales_manager', true),
    ('pencilled', 'held', 'sales_manager', true),
    ('pencilled', 'available', 'sales_manager', true);

CREATE TABLE estatedesk.staff (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT staff_pkey PRIMARY KEY,
    login       text NOT NULL CONSTRAINT staff_login_key UNIQUE
                CONSTRAINT staff_login_format CHECK (login ~ '^[a-z][a-z0-9_]{2,30}$'),
    full_name   text NOT NULL CONSTRAINT staff_full_name_length CHECK (char_length(btrim(full_name)) BETWEEN 1 AND 50),
    phone       text CONSTRAINT staff_phone_format CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz,
    CONSTRAINT staff_disabled_consistent CHECK (active = (disabled_at IS NULL))
);

CREATE TABLE estatedesk.audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT audit_log_pkey PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    login       text NOT NULL DEFAULT session_user,
    action      text NOT NULL CONSTRAINT audit_log_action_length CHECK (char_length(action) BETWEEN 1 AND 40),
    table_name  text,
    row_key     text,
    old_values  jsonb,
    new_values  jsonb,
    detail      jsonb,
    txid        bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX audit_log_table_key_idx ON estatedesk.audit_log (table_name, row_key);
CREATE INDEX audit_log_at_idx ON estatedesk.audit_log (at);
CREATE INDEX audit_log_login_idx ON estatedesk.audit_log (login, at);

-- Facts about the installed schema that are not a migration: e.g. the checksum of the
-- functions, policies and grants applied after the migrations.
CREATE TABLE estatedesk.schema_info (
    key   text CONSTRAINT schema_info_pkey PRIMARY KEY,
    value text NOT NULL
);
