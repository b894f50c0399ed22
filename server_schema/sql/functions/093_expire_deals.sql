-- Small deposits past their hold and subscriptions past their signing deadline: released
-- (the deal lapses, the unit is available again) or flagged for the manager, as the project
-- sets. Called by the deal functions before they look at a unit and by every open chart
-- and deal list, so nothing depends on someone remembering. Deals another transaction is
-- working on are left for the next call. Returns how many deals it released or flagged.
CREATE OR REPLACE FUNCTION estatedesk.expire_deals(only_units bigint[] DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d record;
    done integer := 0;
BEGIN
    FOR d IN SELECT de.id, de.unit_id, de.stage, p.expiry_action
             FROM estatedesk.deals de JOIN estatedesk.projects p ON p.id = de.project_id
             WHERE de.flagged_at IS NULL
               AND ((de.stage = 'small_deposit' AND de.small_deposit_until <= now())
                    OR (de.stage = 'subscribed' AND de.sign_deadline < current_date))
               AND (only_units IS NULL OR de.unit_id = ANY (only_units))
             ORDER BY de.unit_id
             FOR UPDATE OF de SKIP LOCKED
    LOOP
        IF d.expiry_action = 'flag' THEN
            UPDATE estatedesk.deals SET flagged_at = now(), version = version + 1 WHERE id = d.id;
        ELSE
            UPDATE estatedesk.deals
            SET stage = 'lapsed', ended_at = now(), version = version + 1,
                end_reason = CASE d.stage WHEN 'small_deposit' THEN 'small deposit expired'
                                          ELSE 'not signed by the deadline' END
            WHERE id = d.id;
            UPDATE estatedesk.units
            SET status = 'available', status_reason = 'deal lapsed', status_changed_at = now(),
                status_changed_by = session_user, version = version + 1
            WHERE id = d.unit_id AND status = 'reserved';
        END IF;
        done := done + 1;
    END LOOP;
    RETURN done;
END
$$;
