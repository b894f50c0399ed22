-- Plans, their lines and the price history are read by those who price and report; they
-- are written only through price_plan_submit() and price_plan_decide().
REVOKE ALL ON estatedesk.price_plans, estatedesk.price_plan_lines, estatedesk.price_history
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.price_plans, estatedesk.price_plan_lines, estatedesk.price_history
    TO estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.price_plan_submit(bigint, text, text, jsonb, jsonb),
    estatedesk.price_plan_decide(bigint, boolean, text)
    TO estatedesk_sales_manager, estatedesk_admin;
