-- Commission earned in one month of one project, a row per payee and deal (佣金结算):
--  * deals that were signed (签约) by the end of the month, whatever became of them since;
--  * the seller earns by their rule, the deal's agency (deal_agencies) by its own — the rule
--    of the project and payee active on the signing date; its rate is the deal's for good;
--  * the money is what the buyer paid toward the price (定金, 首付, 房款, 按揭放款): payments
--    less voids, by finance's business day; refunds and collected fees never count. Money
--    taken before the signing month — also on a deal this one replaced by an exchange before
--    it was signed — counts in the signing month;
--  * each month earns round(rate × money of the month, 2); what is earned to date never
--    exceeds the cap, round(rate × contract value, 2). A void in a later month takes back
--    what its payment earned.
-- Finance, managers, executives and administrators see every row; a salesperson only the
-- rows that pay them (SECURITY DEFINER: the filter below is the only way in).
CREATE OR REPLACE FUNCTION estatedesk.commission_earned(project_id bigint, month date)
RETURNS TABLE (payee_kind text, staff_id bigint, agency_id bigint, payee_name text,
               deal_id bigint, unit_code text, buyer text, contract_no text, signed_on date,
               stage text, rule_id bigint, rate numeric, contract_value numeric, cap numeric,
               received numeric, commission numeric, received_to_date numeric,
               earned_to_date numeric)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
WITH RECURSIVE bounds AS (
    SELECT date_trunc('month', $2)::date AS first_day,
           (date_trunc('month', $2) + interval '1 month')::date AS next_day
),
who AS (
    SELECT estatedesk.has_role('finance') OR estatedesk.has_role('sales_manager')
           OR estatedesk.has_role('executive') OR estatedesk.has_role('admin') AS reads_all,
           estatedesk.current_staff_id() AS me
),
signed AS (
    SELECT d.id, d.project_id, d.staff_id, d.signed_on, d.deal_total, d.unit_id, d.customer_id,
           d.contract_no, d.stage
    FROM estatedesk.deals d CROSS JOIN bounds b
    WHERE d.project_id = $1 AND d.signed_on < b.next_day
),
chain (deal_id, money_deal_id) AS (      -- a signed deal and the unsigned deals it replaced
    SELECT s.id, s.id FROM signed s
    UNION ALL
    SELECT c.deal_id, p.id
    FROM chain c
    JOIN estatedesk.deals cur ON cur.id = c.money_deal_id
    JOIN estatedesk.deals p ON p.id = cur.predecessor_id
    WHERE p.signed_on IS NULL
),
money AS (
    SELECT c.deal_id,
           greatest(date_trunc('month', p.business_day), date_trunc('month', s.signed_on))::date
               AS month,
           sum(p.amount) AS received
    FROM chain c
    JOIN signed s ON s.id = c.deal_id
    JOIN estatedesk.payments p ON p.deal_id = c.money_deal_id
    CROSS JOIN bounds b
    WHERE p.entry IN ('payment', 'void')
      AND p.kind IN ('deposit', 'down_payment', 'instalment', 'loan')
      AND p.business_day < b.next_day
    GROUP BY 1, 2
),
payees AS (
    SELECT s.id AS deal_id, 'staff'::text AS payee_kind, s.staff_id, NULL::bigint AS agency_id,
           r.id AS rule_id, r.rate
    FROM signed s
    JOIN estatedesk.commission_rules r
      ON r.project_id = s.project_id AND r.staff_id = s.staff_id AND r.active
     AND s.signed_on <@ daterange(r.valid_from, r.valid_to, '[]')
    UNION ALL
    SELECT s.id, 'agency', NULL, a.agency_id, r.id, r.rate
    FROM signed s
    JOIN estatedesk.deal_agencies a ON a.deal_id = s.id
    JOIN estatedesk.commission_rules r
      ON r.project_id = s.project_id AND r.agency_id = a.agency_id AND r.active
     AND s.signed_on <@ daterange(r.valid_from, r.valid_to, '[]')
),
running AS (
    SELECT y.payee_kind, y.staff_id, y.agency_id, y.deal_id, y.rule_id, y.rate, m.month,
           m.received, round(y.rate * s.deal_total, 2) AS cap,
           sum(m.received) OVER w AS received_to_date,
           least(round(y.rate * s.deal_total, 2), sum(round(y.rate * m.received, 2)) OVER w)
               AS earned_to_date
    FROM payees y
    JOIN signed s ON s.id = y.deal_id
    JOIN money m ON m.deal_id = y.deal_id
    WINDOW w AS (PARTITION BY y.payee_kind, y.deal_id ORDER BY m.month)
),
lines AS (
    SELECT r.*, r.earned_to_date - coalesce(lag(r.earned_to_date) OVER (
               PARTITION BY r.payee_kind, r.deal_id ORDER BY r.month), 0) AS commission
    FROM running r
)
SELECT l.payee_kind, l.staff_id, l.agency_id, coalesce(st.full_name, ag.name), l.deal_id,
       u.code, coalesce((SELECT string_agg(b.name, '、' ORDER BY b.position)
                         FROM estatedesk.deal_buyers b WHERE b.deal_id = s.id), c.name),
       s.contract_no, s.signed_on, s.stage::text, l.rule_id, l.rate, s.deal_total, l.cap,
       l.received, l.commission, l.received_to_date, l.earned_to_date
FROM lines l
JOIN bounds b ON l.month = b.first_day
JOIN signed s ON s.id = l.deal_id
JOIN estatedesk.units u ON u.id = s.unit_id
JOIN estatedesk.customers c ON c.id = s.customer_id
LEFT JOIN estatedesk.staff st ON st.id = l.staff_id
LEFT JOIN estatedesk.commission_agencies ag ON ag.id = l.agency_id
CROSS JOIN who w
WHERE w.reads_all OR l.staff_id = w.me
ORDER BY l.payee_kind DESC, coalesce(st.full_name, ag.name), l.staff_id, l.agency_id, u.code
$$;
