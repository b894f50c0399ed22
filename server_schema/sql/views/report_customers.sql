-- Customers as the profile report groups them (no contact details): age band from the
-- birthday (age today), district, occupation, grade (intent), purpose, channel and
-- salesperson. Merged-away duplicates are left out. security_invoker: a salesperson sees
-- their own customers.
CREATE OR REPLACE VIEW estatedesk.report_customers WITH (security_invoker = true) AS
SELECT c.id AS customer_id, c.kind::text AS kind, c.status::text AS status,
       CASE WHEN c.birthday IS NULL THEN 'unknown'
            WHEN age(current_date, c.birthday) < interval '25 years' THEN 'under_25'
            WHEN age(current_date, c.birthday) < interval '35 years' THEN '25_34'
            WHEN age(current_date, c.birthday) < interval '45 years' THEN '35_44'
            WHEN age(current_date, c.birthday) < interval '55 years' THEN '45_54'
            ELSE '55_plus' END AS age_band,
       c.district, c.occupation, c.grade, c.purpose, c.channel_id, c.assigned_staff_id,
       c.created_at, c.created_at::date AS registered_on
FROM estatedesk.customers c
WHERE c.merged_into_id IS NULL;
