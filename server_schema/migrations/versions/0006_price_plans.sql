-- Price plans (价格方案) and bulk adjustments (调价): a manager submits the list prices a plan
-- computes (the trial the approver reviews, frozen with the plan); another manager or an
-- administrator approves, and only then do list prices change — of unsold units only. Every
-- applied change is kept as history.

ALTER TABLE estatedesk.projects
    ADD COLUMN round_at text NOT NULL DEFAULT 'unit_price'
        CONSTRAINT projects_round_at_valid CHECK (round_at IN ('unit_price', 'total'));

CREATE TYPE estatedesk.price_plan_status AS ENUM ('submitted', 'approved', 'rejected');

CREATE TABLE estatedesk.price_plans (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT price_plans_pkey PRIMARY KEY,
    project_id      bigint NOT NULL CONSTRAINT price_plans_project_fkey REFERENCES estatedesk.projects,
    kind            text NOT NULL CONSTRAINT price_plans_kind_valid CHECK (kind IN ('plan', 'adjustment')),
    name            text NOT NULL CONSTRAINT price_plans_name_length
                    CHECK (char_length(btrim(name)) BETWEEN 1 AND 60),
    definition      jsonb NOT NULL,
    status          estatedesk.price_plan_status NOT NULL DEFAULT 'submitted',
    author          text NOT NULL DEFAULT session_user,
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text CONSTRAINT price_plans_note_length CHECK (char_length(decision_note) <= 200),
    applied_units   integer,
    skipped_units   integer,
    CONSTRAINT price_plans_decision_consistent
        CHECK ((status = 'submitted') = (decided_at IS NULL)),
    CONSTRAINT price_plans_rejection_reason
        CHECK (status <> 'rejected' OR decision_note IS NOT NULL)
);
CREATE INDEX price_plans_project_idx ON estatedesk.price_plans (project_id, submitted_at);

CREATE TABLE estatedesk.price_plan_lines (
    plan_id         bigint NOT NULL CONSTRAINT price_plan_lines_plan_fkey
                    REFERENCES estatedesk.price_plans ON DELETE CASCADE,
    unit_id         bigint NOT NULL CONSTRAINT price_plan_lines_unit_fkey REFERENCES estatedesk.units,
    old_unit_price  numeric(12, 2),
    old_total       numeric(14, 2),
    new_unit_price  numeric(12, 2) NOT NULL CONSTRAINT price_plan_lines_unit_price_positive
                    CHECK (new_unit_price > 0),
    new_total       numeric(14, 2) NOT NULL CONSTRAINT price_plan_lines_total_positive
                    CHECK (new_total > 0),
    CONSTRAINT price_plan_lines_pkey PRIMARY KEY (plan_id, unit_id)
);

CREATE TABLE estatedesk.price_history (
    id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT price_history_pkey PRIMARY KEY,
    unit_id         bigint NOT NULL CONSTRAINT price_history_unit_fkey REFERENCES estatedesk.units,
    plan_id         bigint CONSTRAINT price_history_plan_fkey REFERENCES estatedesk.price_plans,
    old_unit_price  numeric(12, 2),
    old_total       numeric(14, 2),
    new_unit_price  numeric(12, 2) NOT NULL,
    new_total       numeric(14, 2) NOT NULL,
    changed_by      text NOT NULL DEFAULT session_user,
    changed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX price_history_unit_idx ON estatedesk.price_history (unit_id, changed_at);
CREATE INDEX price_history_plan_idx ON estatedesk.price_history (plan_id);
