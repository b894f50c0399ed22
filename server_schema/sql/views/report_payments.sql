-- Every money entry (payment, void, refund) with the deal's building, salesperson and the
-- customer's channel, for the collection reports (回款). A void carries the number of the
-- receipt it voids. security_invoker: a salesperson sees the entries of their own deals.
CREATE OR REPLACE VIEW estatedesk.report_payments WITH (security_invoker = true) AS
SELECT p.id AS payment_id, p.project_id, p.deal_id, u.building_id, d.staff_id, c.channel_id,
       p.entry, p.kind::text AS kind, p.amount, p.method::text AS method, p.paid_on,
       p.business_day, p.reverses_id, coalesce(r.receipt_no, p.document_no) AS document_no,
       u.code AS unit_code, c.name AS customer_name, s.full_name AS staff_name,
       k.full_name AS cashier_name
FROM estatedesk.payments p
JOIN estatedesk.deals d ON d.id = p.deal_id
JOIN estatedesk.units u ON u.id = d.unit_id
JOIN estatedesk.customers c ON c.id = d.customer_id
JOIN estatedesk.staff s ON s.id = d.staff_id
JOIN estatedesk.staff k ON k.id = p.cashier_id
LEFT JOIN estatedesk.receipts r ON r.payment_id = coalesce(p.reverses_id, p.id);
