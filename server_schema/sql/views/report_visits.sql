-- Visits and calls (来访/来电) with the customer's channel (来源渠道) and whether it was the
-- customer's first visit (首访: no earlier visit, calls not counted). Visits belong to no
-- project. security_invoker: a salesperson sees the visits of their own customers.
CREATE OR REPLACE VIEW estatedesk.report_visits WITH (security_invoker = true) AS
SELECT v.id AS visit_id, v.customer_id, c.name AS customer_name, v.visit_type::text AS visit_type,
       v.visited_at, v.visited_at::date AS visited_on, v.staff_id, s.full_name AS staff_name,
       c.channel_id, ch.name AS channel_name, v.party_size,
       (v.visit_type <> 'call' AND NOT EXISTS (
            SELECT 1 FROM estatedesk.visits e
            WHERE e.customer_id = v.customer_id AND e.visit_type <> 'call'
              AND (e.visited_at, e.id) < (v.visited_at, v.id))) AS first_visit
FROM estatedesk.visits v
JOIN estatedesk.customers c ON c.id = v.customer_id
LEFT JOIN estatedesk.staff s ON s.id = v.staff_id
LEFT JOIN estatedesk.channels ch ON ch.id = c.channel_id;
