-- The sensitive actions of the audit trail, one row each, for the audit report (敏感操作):
--   discount_decision    a manager (or director, administrator) approved or rejected a
--                        deal's price below the seller's limit
--   change_decision      a change request (退房, 换房, 更名, price, payment method, 面积补差)
--                        approved or rejected
--   price_plan_decision  a price plan or adjustment (调价) approved or rejected
--   receipt_void         a receipt voided (作废), with its amount and reason
--   refund               money paid back after a cancellation (退款单)
--   export               a list or report exported (who, what, which filters, how many rows)
-- subject names what it was about (unit, plan, receipt or voucher number, report), kind the
-- kind of change or plan.
-- Only these facts are taken from the log, never the old and new values of customer records.
-- Owned by the table owner (not security_invoker): managers and executives read this, not
-- the log itself. A manager named for some projects (estatedesk.my_projects) reads the
-- actions about those projects and those about none (e.g. an export of all projects).
CREATE OR REPLACE VIEW estatedesk.report_sensitive_actions AS
SELECT * FROM (
SELECT a.id AS audit_id, a.at, a.at::date AS on_date, a.login, s.id AS staff_id,
       coalesce(s.full_name, a.login) AS staff_name, x.action, a.table_name, a.row_key,
       CASE x.action
           WHEN 'discount_decision' THEN (SELECT d.project_id FROM estatedesk.deals d
                                          WHERE d.id = a.row_key::bigint)
           WHEN 'change_decision' THEN (SELECT d.project_id FROM estatedesk.deal_changes c
                                        JOIN estatedesk.deals d ON d.id = c.deal_id
                                        WHERE c.id = a.row_key::bigint)
           WHEN 'price_plan_decision' THEN (SELECT p.project_id FROM estatedesk.price_plans p
                                            WHERE p.id = a.row_key::bigint)
           WHEN 'receipt_void' THEN (SELECT b.project_id FROM estatedesk.receipts r
                                     JOIN estatedesk.receipt_books b ON b.id = r.book_id
                                     WHERE r.id = a.row_key::bigint)
           WHEN 'refund' THEN (a.new_values ->> 'project_id')::bigint
           WHEN 'export' THEN (a.detail #>> '{filters,project_id}')::bigint
       END AS project_id,
       CASE x.action
           WHEN 'discount_decision' THEN a.new_values ->> 'approval'
           WHEN 'change_decision' THEN a.new_values ->> 'status'
           WHEN 'price_plan_decision' THEN a.new_values ->> 'status'
           WHEN 'receipt_void' THEN 'voided'
           WHEN 'refund' THEN 'paid'
           WHEN 'export' THEN 'exported'
       END AS outcome,
       CASE x.action
           WHEN 'discount_decision' THEN (SELECT u.code FROM estatedesk.deals d
                                          JOIN estatedesk.units u ON u.id = d.unit_id
                                          WHERE d.id = a.row_key::bigint)
           WHEN 'change_decision' THEN (SELECT u.code FROM estatedesk.deal_changes c
                                        JOIN estatedesk.deals d ON d.id = c.deal_id
                                        JOIN estatedesk.units u ON u.id = d.unit_id
                                        WHERE c.id = a.row_key::bigint)
           WHEN 'price_plan_decision' THEN (SELECT p.name FROM estatedesk.price_plans p
                                            WHERE p.id = a.row_key::bigint)
           WHEN 'receipt_void' THEN (SELECT r.receipt_no FROM estatedesk.receipts r
                                     WHERE r.id = a.row_key::bigint)
           WHEN 'refund' THEN a.new_values ->> 'document_no'
           WHEN 'export' THEN coalesce(a.detail ->> 'report', a.table_name)
       END AS subject,
       CASE x.action
           WHEN 'change_decision' THEN (SELECT c.kind FROM estatedesk.deal_changes c
                                        WHERE c.id = a.row_key::bigint)
           WHEN 'price_plan_decision' THEN (SELECT p.kind FROM estatedesk.price_plans p
                                            WHERE p.id = a.row_key::bigint)
       END AS kind,
       CASE x.action
           WHEN 'discount_decision' THEN a.new_values ->> 'approval_note'
           WHEN 'change_decision' THEN a.new_values ->> 'decision_note'
           WHEN 'price_plan_decision' THEN a.new_values ->> 'decision_note'
           WHEN 'receipt_void' THEN a.new_values ->> 'void_reason'
           WHEN 'refund' THEN a.new_values ->> 'note'
       END AS note,
       CASE x.action
           WHEN 'receipt_void' THEN (SELECT r.amount FROM estatedesk.receipts r
                                     WHERE r.id = a.row_key::bigint)
           WHEN 'refund' THEN -(a.new_values ->> 'amount')::numeric
       END AS amount,
       CASE WHEN x.action = 'export' THEN (a.detail ->> 'rows')::bigint END AS rows
FROM estatedesk.audit_log a
CROSS JOIN LATERAL (SELECT CASE
    WHEN a.action = 'EXPORT' THEN 'export'
    WHEN a.action = 'UPDATE' AND a.table_name = 'deals'
         AND a.new_values ->> 'approval' IN ('approved', 'rejected') THEN 'discount_decision'
    WHEN a.action = 'UPDATE' AND a.table_name = 'deal_changes'
         AND a.new_values ->> 'status' IN ('approved', 'rejected') THEN 'change_decision'
    WHEN a.action = 'UPDATE' AND a.table_name = 'price_plans'
         AND a.new_values ->> 'status' IN ('approved', 'rejected') THEN 'price_plan_decision'
    WHEN a.action = 'UPDATE' AND a.table_name = 'receipts'
         AND a.new_values ->> 'voided_at' IS NOT NULL THEN 'receipt_void'
    WHEN a.action = 'INSERT' AND a.table_name = 'payments'
         AND a.new_values ->> 'entry' = 'refund' THEN 'refund'
    END AS action) x
LEFT JOIN estatedesk.staff s ON s.login = a.login
WHERE x.action IS NOT NULL
) sensitive
WHERE (SELECT estatedesk.my_projects()) IS NULL OR sensitive.project_id IS NULL
   OR sensitive.project_id = ANY ((SELECT estatedesk.my_projects())::bigint[]);
