-- A sales manager (or an administrator) enters a marketing campaign (市场活动) and what it
-- cost: a new one (campaign_id NULL) or a correction of an existing one. Its project, its
-- channel (来源渠道: the channel report sets the cost against that channel's visitors and
-- sales), a name, the period it ran and the cost in yuan (zero allowed: a free event still
-- counts). Returns the campaign's id.
CREATE OR REPLACE FUNCTION estatedesk.campaign_save(campaign_id bigint, project_id bigint,
    channel_id bigint, name text, starts_on date, ends_on date, cost numeric,
    note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    clean_name text := btrim(coalesce(name, ''));
    clean_note text := nullif(btrim(note), '');
    result bigint;
BEGIN
    PERFORM estatedesk.require_role('sales_manager', 'admin');
    IF NOT EXISTS (SELECT 1 FROM estatedesk.projects p WHERE p.id = campaign_save.project_id) THEN
        PERFORM estatedesk.raise_rule('project_not_found', 'The project does not exist');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM estatedesk.channels c WHERE c.id = campaign_save.channel_id) THEN
        PERFORM estatedesk.raise_rule('campaign_channel_unknown', 'Choose a channel from the list');
    END IF;
    IF char_length(clean_name) NOT BETWEEN 1 AND 60 THEN
        PERFORM estatedesk.raise_rule('campaign_name_length',
            'A campaign name has 1 to 60 characters');
    END IF;
    IF starts_on IS NULL OR ends_on IS NULL OR ends_on < starts_on THEN
        PERFORM estatedesk.raise_rule('campaign_dates',
            'A campaign needs a first and a last day, the last not before the first');
    END IF;
    IF char_length(clean_note) > 200 THEN
        PERFORM estatedesk.raise_rule('campaign_note_length',
            'The note is longer than 200 characters');
    END IF;
    PERFORM estatedesk.check_money(cost, 'cost', true);
    IF campaign_id IS NULL THEN
        INSERT INTO estatedesk.campaigns (project_id, channel_id, name, starts_on, ends_on, cost, note)
        VALUES (campaign_save.project_id, campaign_save.channel_id, clean_name,
                campaign_save.starts_on, campaign_save.ends_on, campaign_save.cost, clean_note)
        RETURNING id INTO result;
    ELSE
        UPDATE estatedesk.campaigns c
        SET project_id = campaign_save.project_id, channel_id = campaign_save.channel_id,
            name = clean_name, starts_on = campaign_save.starts_on, ends_on = campaign_save.ends_on,
            cost = campaign_save.cost, note = clean_note, updated_at = now(),
            updated_by = session_user
        WHERE c.id = campaign_save.campaign_id
        RETURNING c.id INTO result;
        IF result IS NULL THEN
            PERFORM estatedesk.raise_rule('campaign_not_found', 'The campaign does not exist');
        END IF;
    END IF;
    RETURN result;
END
$$;
