-- Deals (交易): queue numbers (排号/认筹), small deposits (小定), subscriptions (认购) with
-- stacked discounts and approval, contracts (签约) with buyers and a payment schedule,
-- mortgages (按揭), filing (网签备案) and handover (交房), and change requests (退房, 换房,
-- 更名, 变更, 面积补差) that a manager approves. Every row is written by the deal_* functions;
-- the partial unique index deals_one_live_per_unit is the last word on double booking.

ALTER TABLE estatedesk.projects
    ADD COLUMN small_deposit_days integer NOT NULL DEFAULT 3
        CONSTRAINT projects_small_deposit_days_range CHECK (small_deposit_days BETWEEN 1 AND 30),
    ADD COLUMN sign_days integer NOT NULL DEFAULT 7
        CONSTRAINT projects_sign_days_range CHECK (sign_days BETWEEN 1 AND 90),
    ADD COLUMN expiry_action text NOT NULL DEFAULT 'release'
        CONSTRAINT projects_expiry_action_valid CHECK (expiry_action IN ('release', 'flag'));

-- A salesperson's own discount limit (lowest deal/list ratio) overrides their level's;
-- a director (项目总监) approves what a sales manager may not.
ALTER TABLE estatedesk.staff
    ADD COLUMN discount_limit numeric(5, 4)
        CONSTRAINT staff_discount_limit_range CHECK (discount_limit > 0 AND discount_limit <= 1),
    ADD COLUMN director boolean NOT NULL DEFAULT false;

ALTER TABLE estatedesk.units
    ADD COLUMN measured_area numeric(10, 2)
        CONSTRAINT units_measured_area_positive CHECK (measured_area > 0);

CREATE TABLE estatedesk.discount_levels (
    project_id  bigint NOT NULL CONSTRAINT discount_levels_project_fkey
                REFERENCES estatedesk.projects ON DELETE CASCADE,
    level       text NOT NULL CONSTRAINT discount_levels_level_valid
                CHECK (level IN ('sales', 'sales_manager', 'director')),
    min_ratio   numeric(5, 4) NOT NULL
                CONSTRAINT discount_levels_ratio_range CHECK (min_ratio > 0 AND min_ratio <= 1),
    CONSTRAINT discount_levels_pkey PRIMARY KEY (project_id, level)
);

CREATE TYPE estatedesk.payment_method AS ENUM
    ('full', 'instalments', 'commercial_loan', 'provident_loan', 'combined_loan');

CREATE TABLE estatedesk.discount_rules (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT discount_rules_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT discount_rules_project_fkey
                REFERENCES estatedesk.projects ON DELETE CASCADE,
    code        text NOT NULL CONSTRAINT discount_rules_code_format CHECK (code ~ '^[a-z][a-z0-9_]{1,29}$'),
    name        text NOT NULL CONSTRAINT discount_rules_name_length
                CHECK (char_length(btrim(name)) BETWEEN 1 AND 40),
    kind        text NOT NULL CONSTRAINT discount_rules_kind_valid
                CHECK (kind IN ('percent', 'fixed', 'per_m2')),
    value       numeric(12, 4) NOT NULL CONSTRAINT discount_rules_value_positive CHECK (value > 0),
    sort_order  integer NOT NULL DEFAULT 0,
    payment_method estatedesk.payment_method,   -- only for deals paid this way (一次性付款 97折)
    active      boolean NOT NULL DEFAULT true,
    CONSTRAINT discount_rules_percent_range CHECK (kind <> 'percent' OR value <= 1),
    CONSTRAINT discount_rules_project_code_key UNIQUE (project_id, code)
);

CREATE TABLE estatedesk.queue_tickets (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT queue_tickets_pkey PRIMARY KEY,
    project_id      bigint NOT NULL CONSTRAINT queue_tickets_project_fkey REFERENCES estatedesk.projects,
    customer_id     bigint NOT NULL CONSTRAINT queue_tickets_customer_fkey REFERENCES estatedesk.customers,
    staff_id        bigint NOT NULL CONSTRAINT queue_tickets_staff_fkey REFERENCES estatedesk.staff,
    number          integer NOT NULL CONSTRAINT queue_tickets_number_positive CHECK (number > 0),
    intention_fee   numeric(14, 2) NOT NULL
                    CONSTRAINT queue_tickets_fee_nonnegative CHECK (intention_fee >= 0),
    status          text NOT NULL DEFAULT 'active'
                    CONSTRAINT queue_tickets_status_valid CHECK (status IN ('active', 'used', 'refunded')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user,
    closed_at       timestamptz,
    close_reason    text CONSTRAINT queue_tickets_reason_length CHECK (char_length(close_reason) <= 200),
    CONSTRAINT queue_tickets_project_number_key UNIQUE (project_id, number),
    CONSTRAINT queue_tickets_closed_consistent CHECK ((status = 'active') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX queue_tickets_one_active_per_customer
    ON estatedesk.queue_tickets (project_id, customer_id) WHERE status = 'active';

CREATE TYPE estatedesk.deal_stage AS ENUM
    ('small_deposit', 'subscribed', 'contracted', 'cancelled', 'lapsed', 'exchanged');

CREATE TABLE estatedesk.deals (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT deals_pkey PRIMARY KEY,
    project_id      bigint NOT NULL CONSTRAINT deals_project_fkey REFERENCES estatedesk.projects,
    unit_id         bigint NOT NULL CONSTRAINT deals_unit_fkey REFERENCES estatedesk.units,
    customer_id     bigint NOT NULL CONSTRAINT deals_customer_fkey REFERENCES estatedesk.customers,
    staff_id        bigint NOT NULL CONSTRAINT deals_staff_fkey REFERENCES estatedesk.staff,
    queue_ticket_id bigint CONSTRAINT deals_queue_ticket_fkey REFERENCES estatedesk.queue_tickets,
    predecessor_id  bigint CONSTRAINT deals_predecessor_fkey REFERENCES estatedesk.deals,
    stage           estatedesk.deal_stage NOT NULL,
    deposit         numeric(14, 2) NOT NULL CONSTRAINT deals_deposit_positive CHECK (deposit > 0),
    small_deposit_until timestamptz,
    -- the price, frozen at subscription
    pricing_basis   estatedesk.pricing_basis,
    price_area      numeric(10, 2) CONSTRAINT deals_price_area_positive CHECK (price_area > 0),
    list_unit_price numeric(12, 2),
    list_total      numeric(14, 2) CONSTRAINT deals_list_total_positive CHECK (list_total > 0),
    discount_codes  text[],
    extra_discount  numeric(14, 2) NOT NULL DEFAULT 0
                    CONSTRAINT deals_extra_discount_nonnegative CHECK (extra_discount >= 0),
    breakdown       jsonb,
    deal_total      numeric(14, 2) CONSTRAINT deals_total_positive CHECK (deal_total > 0),
    deal_unit_price numeric(12, 2),
    payment_method  estatedesk.payment_method,
    sign_deadline   date,
    subscribed_at   timestamptz,
    approval        text NOT NULL DEFAULT 'not_needed'
                    CONSTRAINT deals_approval_valid
                    CHECK (approval IN ('not_needed', 'pending', 'approved', 'rejected')),
    approval_level  text,
    approval_by     text,
    approval_at     timestamptz,
    approval_note   text CONSTRAINT deals_approval_note_length CHECK (char_length(approval_note) <= 200),
    -- the contract and after
    contract_no     text CONSTRAINT deals_contract_no_format CHECK (contract_no ~ '^[A-Za-z0-9-]{1,30}$'),
    signed_on       date,
    filing_no       text CONSTRAINT deals_filing_no_format CHECK (filing_no ~ '^[A-Za-z0-9-]{1,30}$'),
    filed_on        date,
    handover_on     date,
    title_on        date,
    measured_area   numeric(10, 2),
    area_settlement numeric(14, 2),   -- + the buyer pays, − the developer refunds
    ended_at        timestamptz,
    end_reason      text CONSTRAINT deals_end_reason_length CHECK (char_length(end_reason) <= 200),
    flagged_at      timestamptz,      -- past its deadline, left for the manager (expiry_action = flag)
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user,
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT deals_small_deposit_deadline
        CHECK (stage <> 'small_deposit' OR small_deposit_until IS NOT NULL),
    CONSTRAINT deals_subscription_priced CHECK (subscribed_at IS NULL OR (
        deal_total IS NOT NULL AND list_total IS NOT NULL AND payment_method IS NOT NULL
        AND sign_deadline IS NOT NULL AND breakdown IS NOT NULL AND deal_unit_price IS NOT NULL)),
    CONSTRAINT deals_subscribed_stage CHECK (stage IN ('small_deposit', 'cancelled', 'lapsed')
                                             OR subscribed_at IS NOT NULL),
    CONSTRAINT deals_contract_complete CHECK ((contract_no IS NULL) = (signed_on IS NULL)),
    CONSTRAINT deals_contracted_has_contract CHECK (stage <> 'contracted' OR contract_no IS NOT NULL),
    CONSTRAINT deals_filing_complete CHECK ((filing_no IS NULL) = (filed_on IS NULL)),
    CONSTRAINT deals_filed_after_contract CHECK (filed_on IS NULL OR signed_on IS NOT NULL),
    CONSTRAINT deals_handover_after_contract CHECK (handover_on IS NULL OR signed_on IS NOT NULL),
    CONSTRAINT deals_ended_consistent
        CHECK ((stage IN ('cancelled', 'lapsed', 'exchanged')) = (ended_at IS NOT NULL)),
    CONSTRAINT deals_deposit_within_total CHECK (deal_total IS NULL OR deposit <= deal_total),
    CONSTRAINT deals_project_contract_no_key UNIQUE (project_id, contract_no)
);
-- No unit is ever in two live deals.
CREATE UNIQUE INDEX deals_one_live_per_unit ON estatedesk.deals (unit_id)
    WHERE stage IN ('small_deposit', 'subscribed', 'contracted');
CREATE INDEX deals_customer_idx ON estatedesk.deals (customer_id);
CREATE INDEX deals_project_stage_idx ON estatedesk.deals (project_id, stage);
CREATE INDEX deals_small_deposit_expiry_idx ON estatedesk.deals (small_deposit_until)
    WHERE stage = 'small_deposit';
CREATE INDEX deals_sign_deadline_idx ON estatedesk.deals (sign_deadline) WHERE stage = 'subscribed';

CREATE TABLE estatedesk.deal_buyers (
    deal_id     bigint NOT NULL CONSTRAINT deal_buyers_deal_fkey REFERENCES estatedesk.deals ON DELETE CASCADE,
    position    smallint NOT NULL CONSTRAINT deal_buyers_position_range CHECK (position BETWEEN 1 AND 10),
    name        text NOT NULL CONSTRAINT deal_buyers_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 100),
    id_type     text NOT NULL CONSTRAINT deal_buyers_id_type_valid
                CHECK (id_type IN ('resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'uscc')),
    id_number   text NOT NULL,
    phone       text CONSTRAINT deal_buyers_phone_format CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    share       numeric(5, 2) CONSTRAINT deal_buyers_share_range CHECK (share > 0 AND share <= 100),
    CONSTRAINT deal_buyers_pkey PRIMARY KEY (deal_id, position),
    CONSTRAINT deal_buyers_id_valid CHECK (estatedesk.id_number_is_valid(id_type, id_number)),
    CONSTRAINT deal_buyers_deal_id_key UNIQUE (deal_id, id_type, id_number)
);

CREATE TABLE estatedesk.payment_schedule (
    deal_id     bigint NOT NULL CONSTRAINT payment_schedule_deal_fkey REFERENCES estatedesk.deals ON DELETE CASCADE,
    line_no     smallint NOT NULL CONSTRAINT payment_schedule_line_range CHECK (line_no BETWEEN 1 AND 120),
    kind        text NOT NULL CONSTRAINT payment_schedule_kind_valid
                CHECK (kind IN ('deposit', 'down_payment', 'instalment', 'commercial_loan', 'provident_loan')),
    due_date    date NOT NULL,
    amount      numeric(14, 2) NOT NULL CONSTRAINT payment_schedule_amount_positive CHECK (amount > 0),
    CONSTRAINT payment_schedule_pkey PRIMARY KEY (deal_id, line_no)
);

CREATE TABLE estatedesk.mortgages (
    deal_id     bigint NOT NULL CONSTRAINT mortgages_pkey PRIMARY KEY
                CONSTRAINT mortgages_deal_fkey REFERENCES estatedesk.deals ON DELETE CASCADE,
    bank        text NOT NULL CONSTRAINT mortgages_bank_length CHECK (char_length(btrim(bank)) BETWEEN 1 AND 60),
    loan_kind   estatedesk.payment_method NOT NULL CONSTRAINT mortgages_loan_kind_valid
                CHECK (loan_kind IN ('commercial_loan', 'provident_loan', 'combined_loan')),
    amount      numeric(14, 2) NOT NULL CONSTRAINT mortgages_amount_positive CHECK (amount > 0),
    term_months smallint NOT NULL CONSTRAINT mortgages_term_range CHECK (term_months BETWEEN 12 AND 360),
    stage       text NOT NULL DEFAULT 'collecting' CONSTRAINT mortgages_stage_valid
                CHECK (stage IN ('collecting', 'submitted', 'approved', 'disbursed')),
    submitted_on date,
    approved_on  date,
    disbursed_on date,
    note        text CONSTRAINT mortgages_note_length CHECK (char_length(note) <= 200),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mortgages_stage_dates CHECK (
        (stage = 'collecting' OR submitted_on IS NOT NULL)
        AND (stage NOT IN ('approved', 'disbursed') OR approved_on IS NOT NULL)
        AND (stage <> 'disbursed' OR disbursed_on IS NOT NULL)),
    CONSTRAINT mortgages_dates_order CHECK (approved_on >= submitted_on AND disbursed_on >= approved_on)
);

CREATE TABLE estatedesk.deal_changes (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT deal_changes_pkey PRIMARY KEY,
    deal_id     bigint NOT NULL CONSTRAINT deal_changes_deal_fkey REFERENCES estatedesk.deals,
    kind        text NOT NULL CONSTRAINT deal_changes_kind_valid
                CHECK (kind IN ('cancel', 'exchange', 'rename', 'price', 'payment_method', 'area_settlement')),
    status      text NOT NULL DEFAULT 'pending'
                CONSTRAINT deal_changes_status_valid CHECK (status IN ('pending', 'approved', 'rejected')),
    request     jsonb NOT NULL,
    reason      text NOT NULL CONSTRAINT deal_changes_reason_length
                CHECK (char_length(btrim(reason)) BETWEEN 1 AND 200),
    before      jsonb,
    after       jsonb,
    requested_by text NOT NULL DEFAULT session_user,
    requested_at timestamptz NOT NULL DEFAULT now(),
    decided_by  text,
    decided_at  timestamptz,
    decision_note text CONSTRAINT deal_changes_note_length CHECK (char_length(decision_note) <= 200),
    CONSTRAINT deal_changes_decision_consistent CHECK ((status = 'pending') = (decided_at IS NULL)),
    CONSTRAINT deal_changes_rejection_reason CHECK (status <> 'rejected' OR decision_note IS NOT NULL),
    CONSTRAINT deal_changes_applied_kept CHECK (status <> 'approved' OR after IS NOT NULL)
);
CREATE UNIQUE INDEX deal_changes_one_pending ON estatedesk.deal_changes (deal_id) WHERE status = 'pending';
CREATE INDEX deal_changes_status_idx ON estatedesk.deal_changes (status, requested_at);
