-- Deals and everything hanging off them are read under row-level security by those who sell,
-- take money or report, and written only through the deal_* functions. Discount rules and
-- levels are project settings a manager keeps. The front desk and property staff see none.
REVOKE ALL ON estatedesk.deals, estatedesk.deal_buyers, estatedesk.payment_schedule,
    estatedesk.mortgages, estatedesk.deal_changes, estatedesk.queue_tickets,
    estatedesk.discount_rules, estatedesk.discount_levels, estatedesk.deal_list
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.deals, estatedesk.payment_schedule,
    estatedesk.mortgages, estatedesk.deal_changes, estatedesk.queue_tickets,
    estatedesk.discount_rules, estatedesk.discount_levels, estatedesk.deal_list
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_admin;
-- Executives read who bought, not how to reach them or their ID numbers.
GRANT SELECT ON estatedesk.deal_buyers
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_admin;
GRANT SELECT (deal_id, position, name, id_type, share) ON estatedesk.deal_buyers
    TO estatedesk_executive;
GRANT INSERT, UPDATE ON estatedesk.discount_rules, estatedesk.discount_levels
    TO estatedesk_sales_manager, estatedesk_admin;
GRANT DELETE ON estatedesk.discount_levels TO estatedesk_sales_manager, estatedesk_admin;
GRANT UPDATE (small_deposit_days, sign_days, expiry_action) ON estatedesk.projects
    TO estatedesk_sales_manager;

GRANT EXECUTE ON FUNCTION estatedesk.expire_deals(bigint[])
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance,
       estatedesk_executive, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.round_money(numeric, numeric, text),
    estatedesk.area_settlement(numeric, numeric, numeric)
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_admin;
GRANT EXECUTE ON FUNCTION
    estatedesk.deal_quote(bigint, text[], numeric, estatedesk.payment_method)
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION
    estatedesk.queue_ticket_issue(bigint, bigint, numeric),
    estatedesk.queue_ticket_refund(bigint, text),
    estatedesk.deal_small_deposit(bigint, bigint, numeric, bigint),
    estatedesk.deal_subscribe(bigint, bigint, numeric, text[], numeric, estatedesk.payment_method, date, bigint),
    estatedesk.deal_reprice(bigint, text[], numeric, estatedesk.payment_method),
    estatedesk.deal_sign_contract(bigint, text, date, jsonb, jsonb),
    estatedesk.deal_mortgage_set(bigint, text, numeric, integer, text, date, date, date, text),
    estatedesk.deal_record_milestone(bigint, text, date, text),
    estatedesk.deal_change_request(bigint, text, jsonb, text)
    TO estatedesk_sales, estatedesk_sales_manager;
GRANT EXECUTE ON FUNCTION estatedesk.deal_decide_discount(bigint, boolean, text),
    estatedesk.deal_change_decide(bigint, boolean, text)
    TO estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.staff_set_discount(bigint, numeric, boolean)
    TO estatedesk_sales_manager, estatedesk_admin;
