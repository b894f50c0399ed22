-- Commissions (佣金): a rate per project and salesperson (置业顾问) or agency (渠道/中介) as a
-- ratio of the contract value, in force over an optional date range; which agency brought a
-- deal; the commission itself is computed, never stored (sql/functions/122_commission_earned):
-- rate × money received from the buyer, payable in parts as the buyer pays, never more than
-- rate × contract value. Rules are written only by commission_rule_set(), the deal's agency
-- only by deal_set_agency(); the audit trigger keeps their history.

CREATE TABLE estatedesk.commission_agencies (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT commission_agencies_pkey PRIMARY KEY,
    name        text NOT NULL CONSTRAINT commission_agencies_name_length
                CHECK (char_length(btrim(name)) BETWEEN 1 AND 60 AND name = btrim(name)),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user,
    CONSTRAINT commission_agencies_name_key UNIQUE (name)
);

-- One rule pays one payee: a staff member (the deal's seller) or an agency, never both.
-- Active rules of the same payee in the same project never overlap in time (an open end
-- is unbounded), so a deal's signing date picks at most one.
CREATE TABLE estatedesk.commission_rules (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT commission_rules_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT commission_rules_project_fkey REFERENCES estatedesk.projects,
    staff_id    bigint CONSTRAINT commission_rules_staff_fkey REFERENCES estatedesk.staff,
    agency_id   bigint CONSTRAINT commission_rules_agency_fkey REFERENCES estatedesk.commission_agencies,
    rate        numeric(6, 4) NOT NULL
                CONSTRAINT commission_rules_rate_range CHECK (rate > 0 AND rate <= 0.1),
    valid_from  date,
    valid_to    date,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user,
    CONSTRAINT commission_rules_one_payee CHECK (num_nonnulls(staff_id, agency_id) = 1),
    CONSTRAINT commission_rules_dates_order CHECK (valid_to >= valid_from),
    CONSTRAINT commission_rules_staff_no_overlap EXCLUDE USING gist
        (project_id WITH =, staff_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
        WHERE (active AND staff_id IS NOT NULL),
    CONSTRAINT commission_rules_agency_no_overlap EXCLUDE USING gist
        (project_id WITH =, agency_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
        WHERE (active AND agency_id IS NOT NULL)
);
CREATE INDEX commission_rules_staff_idx ON estatedesk.commission_rules (staff_id) WHERE staff_id IS NOT NULL;
CREATE INDEX commission_rules_agency_idx ON estatedesk.commission_rules (agency_id) WHERE agency_id IS NOT NULL;

-- The agency (中介/渠道) that brought a deal, if any: it earns its own commission on the deal
-- besides the seller's.
CREATE TABLE estatedesk.deal_agencies (
    deal_id     bigint NOT NULL CONSTRAINT deal_agencies_pkey PRIMARY KEY
                CONSTRAINT deal_agencies_deal_fkey REFERENCES estatedesk.deals,
    agency_id   bigint NOT NULL CONSTRAINT deal_agencies_agency_fkey REFERENCES estatedesk.commission_agencies,
    set_at      timestamptz NOT NULL DEFAULT now(),
    set_by      text NOT NULL DEFAULT session_user
);
CREATE INDEX deal_agencies_agency_idx ON estatedesk.deal_agencies (agency_id);
