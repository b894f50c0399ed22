-- Decision support (决策支持): the marketing campaigns (市场活动) a sales manager enters with
-- their cost, so the channel report can set each channel's visitors, subscriptions and
-- contract value against what was spent on it. Written only through campaign_save() and
-- campaign_delete() (sql/functions/130_, 131_); the audit trigger keeps every change.
-- Everything else the reports read is in the report_* views (sql/views/).

CREATE TABLE estatedesk.campaigns (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT campaigns_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT campaigns_project_fkey REFERENCES estatedesk.projects,
    channel_id  bigint NOT NULL CONSTRAINT campaigns_channel_fkey REFERENCES estatedesk.channels,
    name        text NOT NULL CONSTRAINT campaigns_name_length
                CHECK (char_length(btrim(name)) BETWEEN 1 AND 60 AND name = btrim(name)),
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    cost        numeric(14, 2) NOT NULL CONSTRAINT campaigns_cost_nonnegative CHECK (cost >= 0),
    note        text CONSTRAINT campaigns_note_length CHECK (char_length(note) <= 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT session_user,
    CONSTRAINT campaigns_dates_order CHECK (ends_on >= starts_on)
);
-- The channel report sums the costs of the campaigns that start within its period.
CREATE INDEX campaigns_project_start_idx ON estatedesk.campaigns (project_id, starts_on);
CREATE INDEX campaigns_channel_idx ON estatedesk.campaigns (channel_id);

-- The reports and the dashboard take deals, money and follow-ups by project and date range
-- (a day, a week, a month: the dashboard asks for all of them on every load).
CREATE INDEX deals_project_subscribed_idx ON estatedesk.deals (project_id, subscribed_at)
    WHERE stage IN ('subscribed', 'contracted');
CREATE INDEX deals_project_signed_idx ON estatedesk.deals (project_id, signed_on)
    WHERE stage = 'contracted';
CREATE INDEX payments_project_paid_idx ON estatedesk.payments (project_id, paid_on);
CREATE INDEX followups_contacted_idx ON estatedesk.followups (contacted_at);
