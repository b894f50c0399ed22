-- Every unit with where it stands for sell-through (去化) and inventory: state is 'sold' for
-- a unit in a live subscription or contract (its value the agreed deal total), or one the
-- unit sheet imported as reserved/contracted/filed without a deal in EstateDesk (sold
-- before; its value the list total, its sale undated); 'small_deposit' for a unit held by a
-- small deposit (小定: nothing agreed yet, still stock); otherwise the unit's own status
-- (not_released, available, held, pencilled). A manager named for some projects
-- (estatedesk.my_projects) reads those projects' units only.
CREATE OR REPLACE VIEW estatedesk.report_units WITH (security_invoker = true) AS
SELECT u.id AS unit_id, u.project_id, u.building_id, b.name AS building_name,
       b.sort_order AS building_order, u.code AS unit_code, u.layout, u.gross_area AS area,
       u.list_total, u.status::text AS unit_status, d.id AS deal_id, d.staff_id,
       CASE WHEN d.stage IN ('subscribed', 'contracted') THEN 'sold'
            WHEN d.stage = 'small_deposit' THEN 'small_deposit'
            WHEN u.status IN ('reserved', 'contracted', 'filed') THEN 'sold'
            ELSE u.status::text END AS state,
       CASE WHEN d.stage IN ('subscribed', 'contracted') THEN d.subscribed_at::date END AS sold_on,
       CASE WHEN d.stage IN ('subscribed', 'contracted') THEN d.deal_total
            WHEN d.id IS NULL AND u.status IN ('reserved', 'contracted', 'filed') THEN u.list_total
       END AS sold_value
FROM estatedesk.units u
JOIN estatedesk.buildings b ON b.id = u.building_id
LEFT JOIN estatedesk.deals d ON d.unit_id = u.id
    AND d.stage IN ('small_deposit', 'subscribed', 'contracted')
WHERE (SELECT estatedesk.my_projects()) IS NULL
   OR u.project_id = ANY ((SELECT estatedesk.my_projects())::bigint[]);
