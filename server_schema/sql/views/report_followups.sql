-- Follow-ups (跟进) with the date they were due: the next-contact date set by the
-- customer's previous follow-up (NULL when none was set). A follow-up is on time when it
-- was recorded on or before that date, late when after it, unscheduled without one.
-- security_invoker: a salesperson sees the follow-ups of their own customers.
CREATE OR REPLACE VIEW estatedesk.report_followups WITH (security_invoker = true) AS
SELECT f.id AS followup_id, f.customer_id, f.staff_id, s.full_name AS staff_name,
       f.method::text AS method, f.contacted_at, f.contacted_at::date AS contacted_on,
       f.next_contact_on,
       (SELECT p.next_contact_on FROM estatedesk.followups p
        WHERE p.customer_id = f.customer_id
          AND (p.contacted_at, p.id) < (f.contacted_at, f.id)
        ORDER BY p.contacted_at DESC, p.id DESC LIMIT 1) AS due_on
FROM estatedesk.followups f
JOIN estatedesk.staff s ON s.id = f.staff_id;
