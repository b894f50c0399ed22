-- Every schedule line of every live deal with what is paid on it, what is left and how many
-- days it is overdue: the base of receivables (应收), ageing and the collection list (催款).
-- security_invoker: the caller's row-level security decides which deals appear.
CREATE OR REPLACE VIEW estatedesk.receivable_lines WITH (security_invoker = true) AS
SELECT d.project_id, d.id AS deal_id, l.unit_code, l.customer_name, l.staff_name, d.contract_no,
       d.payment_method::text AS payment_method, p.line_no, p.kind, p.due_date, p.amount,
       p.paid, p.amount - p.paid AS outstanding,
       CASE WHEN p.due_date < current_date AND p.amount > p.paid
            THEN current_date - p.due_date ELSE 0 END AS days_overdue
FROM estatedesk.deals d
JOIN estatedesk.deal_list l ON l.id = d.id
CROSS JOIN LATERAL estatedesk.deal_line_paid(d.id) p
WHERE d.stage = 'contracted';
