-- Queue numbers (排号/认筹) as the funnel counts them: issued on a day, by a salesperson,
-- to a customer of a channel. security_invoker: a salesperson sees their own customers'.
CREATE OR REPLACE VIEW estatedesk.report_queue WITH (security_invoker = true) AS
SELECT q.id AS ticket_id, q.project_id, q.number, q.customer_id, c.name AS customer_name,
       c.channel_id, q.staff_id, s.full_name AS staff_name, q.intention_fee, q.status,
       q.created_at, q.created_at::date AS issued_on
FROM estatedesk.queue_tickets q
JOIN estatedesk.customers c ON c.id = q.customer_id
JOIN estatedesk.staff s ON s.id = q.staff_id;
