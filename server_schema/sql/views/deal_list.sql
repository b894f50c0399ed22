-- Deals as the deal screens list them, under the caller's own rights (security_invoker:
-- the deals and customers policies decide which rows).
CREATE OR REPLACE VIEW estatedesk.deal_list WITH (security_invoker = true) AS
SELECT d.id, d.project_id, d.stage::text AS stage, d.unit_id, u.code AS unit_code, b.name AS building_name,
       d.customer_id, c.name AS customer_name, d.staff_id, s.full_name AS staff_name,
       d.deposit, d.list_total, d.deal_total, d.deal_unit_price, d.payment_method::text AS payment_method,
       d.approval, d.approval_level, d.sign_deadline, d.small_deposit_until, d.contract_no,
       d.signed_on, d.filed_on, d.handover_on, d.flagged_at, d.created_at, d.subscribed_at,
       d.ended_at, d.end_reason,
       (SELECT ch.kind FROM estatedesk.deal_changes ch
        WHERE ch.deal_id = d.id AND ch.status = 'pending') AS pending_change
FROM estatedesk.deals d
JOIN estatedesk.units u ON u.id = d.unit_id
JOIN estatedesk.buildings b ON b.id = u.building_id
JOIN estatedesk.customers c ON c.id = d.customer_id
JOIN estatedesk.staff s ON s.id = d.staff_id;
