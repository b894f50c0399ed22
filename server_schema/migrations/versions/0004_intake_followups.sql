-- Walk-in intake and follow-up: where visitors come from (channels), their visits and
-- calls, salespeople's follow-ups, the day's duty rotation (轮岗), reasons customers are lost,
-- and what the database needs to search a million customers (pg_trgm indexes, stored pinyin
-- initials).

CREATE TYPE estatedesk.visit_type AS ENUM ('visit', 'call', 'revisit');
CREATE TYPE estatedesk.contact_method AS ENUM ('visit', 'call', 'wechat', 'sms', 'other');

CREATE TABLE estatedesk.channels (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT channels_pkey PRIMARY KEY,
    name        text NOT NULL CONSTRAINT channels_name_key UNIQUE
                CONSTRAINT channels_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 30),
    active      boolean NOT NULL DEFAULT true,
    sort_order  integer NOT NULL DEFAULT 0
);
INSERT INTO estatedesk.channels (name, sort_order) VALUES
    ('自然来访', 1), ('老带新', 2), ('户外广告', 3), ('网络媒体', 4), ('电话营销', 5),
    ('中介渠道', 6), ('展会活动', 7), ('其他', 99);

CREATE TABLE estatedesk.lost_reasons (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT lost_reasons_pkey PRIMARY KEY,
    name        text NOT NULL CONSTRAINT lost_reasons_name_key UNIQUE
                CONSTRAINT lost_reasons_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 30),
    active      boolean NOT NULL DEFAULT true,
    sort_order  integer NOT NULL DEFAULT 0
);
INSERT INTO estatedesk.lost_reasons (name, sort_order) VALUES
    ('预算不足', 1), ('已购竞品', 2), ('区位不满意', 3), ('户型不满意', 4), ('价格不满意', 5),
    ('暂缓购房', 6), ('联系不上', 7), ('其他', 99);

ALTER TABLE estatedesk.customers
    ADD COLUMN name_initials text NOT NULL DEFAULT ''
        CONSTRAINT customers_name_initials_format CHECK (name_initials ~ '^[a-z0-9]{0,100}$'),
    ADD COLUMN channel_id bigint CONSTRAINT customers_channel_fkey REFERENCES estatedesk.channels,
    ADD COLUMN purpose text CONSTRAINT customers_purpose_valid
        CHECK (purpose IN ('self_use', 'investment', 'upgrade')),
    ADD COLUMN wanted_layout text CONSTRAINT customers_wanted_layout_length
        CHECK (char_length(wanted_layout) <= 30),
    ADD COLUMN wanted_area_min numeric(10, 2) CONSTRAINT customers_wanted_area_min_positive
        CHECK (wanted_area_min > 0),
    ADD COLUMN wanted_area_max numeric(10, 2) CONSTRAINT customers_wanted_area_max_positive
        CHECK (wanted_area_max > 0),
    ADD COLUMN budget numeric(14, 2) CONSTRAINT customers_budget_nonnegative CHECK (budget >= 0),
    ADD COLUMN first_visit_at timestamptz,
    ADD COLUMN last_contact_at timestamptz,
    ADD COLUMN next_contact_on date,
    ADD COLUMN lost_reason_id bigint CONSTRAINT customers_lost_reason_fkey
        REFERENCES estatedesk.lost_reasons,
    ADD COLUMN merged_into_id bigint CONSTRAINT customers_merged_into_fkey
        REFERENCES estatedesk.customers,
    ADD CONSTRAINT customers_wanted_area_order CHECK (wanted_area_min <= wanted_area_max),
    ADD CONSTRAINT customers_not_merged_into_self CHECK (merged_into_id <> id);

CREATE INDEX customers_name_trgm_idx ON estatedesk.customers
    USING gin (name public.gin_trgm_ops);
CREATE INDEX customers_phone_trgm_idx ON estatedesk.customers
    USING gin (phone public.gin_trgm_ops);
CREATE INDEX customers_initials_idx ON estatedesk.customers (name_initials text_pattern_ops);
CREATE INDEX customers_next_contact_idx ON estatedesk.customers (assigned_staff_id, next_contact_on);
CREATE INDEX customers_created_idx ON estatedesk.customers (created_at);

CREATE TABLE estatedesk.visits (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT visits_pkey PRIMARY KEY,
    customer_id bigint NOT NULL CONSTRAINT visits_customer_fkey
                REFERENCES estatedesk.customers ON DELETE CASCADE,
    visit_type  estatedesk.visit_type NOT NULL,
    visited_at  timestamptz NOT NULL DEFAULT now(),
    party_size  smallint CONSTRAINT visits_party_size_range CHECK (party_size BETWEEN 1 AND 50),
    channel_id  bigint CONSTRAINT visits_channel_fkey REFERENCES estatedesk.channels,
    staff_id    bigint CONSTRAINT visits_staff_fkey REFERENCES estatedesk.staff,
    by_rotation boolean NOT NULL DEFAULT false,
    registered_by text NOT NULL DEFAULT session_user,
    note        text CONSTRAINT visits_note_length CHECK (char_length(note) <= 200)
);
CREATE INDEX visits_customer_idx ON estatedesk.visits (customer_id, visited_at);
CREATE INDEX visits_day_idx ON estatedesk.visits (visited_at);

CREATE TABLE estatedesk.followups (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT followups_pkey PRIMARY KEY,
    customer_id bigint NOT NULL CONSTRAINT followups_customer_fkey
                REFERENCES estatedesk.customers ON DELETE CASCADE,
    staff_id    bigint NOT NULL CONSTRAINT followups_staff_fkey REFERENCES estatedesk.staff,
    method      estatedesk.contact_method NOT NULL,
    content     text NOT NULL CONSTRAINT followups_content_length
                CHECK (char_length(btrim(content)) BETWEEN 1 AND 1000),
    result      text CONSTRAINT followups_result_length CHECK (char_length(result) <= 200),
    next_contact_on date,
    contacted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX followups_customer_idx ON estatedesk.followups (customer_id, contacted_at);

-- The order in which salespeople take walk-ins on a day; the manager sets it.
CREATE TABLE estatedesk.duty_roster (
    day         date NOT NULL,
    position    smallint NOT NULL CONSTRAINT duty_roster_position_range CHECK (position BETWEEN 1 AND 100),
    staff_id    bigint NOT NULL CONSTRAINT duty_roster_staff_fkey REFERENCES estatedesk.staff,
    CONSTRAINT duty_roster_pkey PRIMARY KEY (day, position),
    CONSTRAINT duty_roster_day_staff_key UNIQUE (day, staff_id)
);

-- Who had the customer, from when: the history stays with the customer when a manager
-- reassigns them.
CREATE TABLE estatedesk.customer_assignments (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT customer_assignments_pkey PRIMARY KEY,
    customer_id bigint NOT NULL CONSTRAINT customer_assignments_customer_fkey
                REFERENCES estatedesk.customers ON DELETE CASCADE,
    from_staff_id bigint CONSTRAINT customer_assignments_from_fkey REFERENCES estatedesk.staff,
    to_staff_id bigint NOT NULL CONSTRAINT customer_assignments_to_fkey REFERENCES estatedesk.staff,
    reason      text NOT NULL CONSTRAINT customer_assignments_reason_length
                CHECK (char_length(reason) BETWEEN 1 AND 100),
    at          timestamptz NOT NULL DEFAULT now(),
    by_login    text NOT NULL DEFAULT session_user
);
CREATE INDEX customer_assignments_customer_idx ON estatedesk.customer_assignments (customer_id, at);
