-- The sales behind every sales figure (reports and dashboard): one row per live deal that is
-- a subscription (认购) or a contract (签约) — small deposits (小定) are not sales yet, and
-- cancelled, lapsed or exchanged deals are not sales any more. Area is the unit's gross
-- floor area (建筑面积); state is subscribed, contracted or filed (备案).
-- security_invoker: the caller's row-level security decides (a salesperson: own customers).
CREATE OR REPLACE VIEW estatedesk.report_sales WITH (security_invoker = true) AS
SELECT d.id AS deal_id, d.project_id, u.building_id, b.name AS building_name,
       b.sort_order AS building_order, d.unit_id, u.code AS unit_code, u.layout,
       u.gross_area AS area, d.customer_id, c.name AS customer_name, c.channel_id,
       ch.name AS channel_name, d.staff_id, s.full_name AS staff_name,
       CASE WHEN d.filed_on IS NOT NULL THEN 'filed' ELSE d.stage::text END AS state,
       d.subscribed_at, d.subscribed_at::date AS subscribed_on, d.signed_on, d.filed_on,
       d.list_total, d.deal_total, d.deal_unit_price, d.payment_method::text AS payment_method,
       d.contract_no, d.approval
FROM estatedesk.deals d
JOIN estatedesk.units u ON u.id = d.unit_id
JOIN estatedesk.buildings b ON b.id = u.building_id
JOIN estatedesk.customers c ON c.id = d.customer_id
JOIN estatedesk.staff s ON s.id = d.staff_id
LEFT JOIN estatedesk.channels ch ON ch.id = c.channel_id
WHERE d.stage IN ('subscribed', 'contracted');
