-- Every list-price change of a unit (from approved price plans and adjustments) with the
-- plan, who applied it and the unit's building and layout. Read by those who price and
-- report (price_history's own readers); a manager named for some projects, theirs only.
CREATE OR REPLACE VIEW estatedesk.report_price_history WITH (security_invoker = true) AS
SELECT h.id AS change_id, u.project_id, u.building_id, b.name AS building_name,
       b.sort_order AS building_order, h.unit_id, u.code AS unit_code, u.layout,
       u.gross_area AS area, h.old_unit_price, h.new_unit_price, h.old_total, h.new_total,
       h.changed_at, h.changed_at::date AS changed_on, h.changed_by,
       coalesce(s.full_name, h.changed_by) AS changed_by_name, pp.name AS plan_name,
       pp.kind AS plan_kind
FROM estatedesk.price_history h
JOIN estatedesk.units u ON u.id = h.unit_id
JOIN estatedesk.buildings b ON b.id = u.building_id
LEFT JOIN estatedesk.price_plans pp ON pp.id = h.plan_id
LEFT JOIN estatedesk.staff s ON s.login = h.changed_by
WHERE (SELECT estatedesk.my_projects()) IS NULL
   OR u.project_id = ANY ((SELECT estatedesk.my_projects())::bigint[]);
