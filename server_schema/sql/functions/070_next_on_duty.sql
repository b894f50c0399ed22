-- Who takes the next walk-in today: the roster's next active salesperson after the one who
-- took the last walk-in by rotation (轮岗), round and round. Callers hold the day's
-- advisory lock (register_visit does), so two front desks never hand out the same turn.
-- SECURITY DEFINER: the front desk shows who is next but may not read visits itself.
CREATE OR REPLACE FUNCTION estatedesk.next_on_duty(day date) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
    WITH roster AS (
        SELECT r.position, r.staff_id FROM estatedesk.duty_roster r
        JOIN estatedesk.staff s ON s.id = r.staff_id AND s.active
        WHERE r.day = next_on_duty.day),
    last_turn AS (
        SELECT r.position FROM estatedesk.visits v
        JOIN roster r ON r.staff_id = v.staff_id
        WHERE v.by_rotation AND v.visited_at >= next_on_duty.day
          AND v.visited_at < next_on_duty.day + 1
        ORDER BY v.id DESC LIMIT 1)
    SELECT staff_id FROM roster
    ORDER BY (position <= coalesce((SELECT position FROM last_turn), 0)), position
    LIMIT 1
$$;
