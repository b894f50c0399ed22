-- Decision support: the report views are read by those who sell, manage, take money or
-- decide — each under their own row-level security (a salesperson: their own figures) —
-- and by nobody at the front desk or in property service. Sell-through, inventory and
-- price history describe the whole project: managers, finance, executives and
-- administrators. Campaign costs are entered by sales managers and administrators only
-- (campaign_save/campaign_delete); executives read them and change nothing.
REVOKE ALL ON estatedesk.campaigns, estatedesk.report_sales, estatedesk.report_units,
    estatedesk.report_payments, estatedesk.report_visits, estatedesk.report_followups,
    estatedesk.report_queue, estatedesk.report_customers, estatedesk.report_price_history,
    estatedesk.report_sensitive_actions
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.report_sales, estatedesk.report_payments, estatedesk.report_visits,
    estatedesk.report_followups, estatedesk.report_queue, estatedesk.report_customers
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive,
       estatedesk_admin;
GRANT SELECT ON estatedesk.report_units, estatedesk.report_price_history, estatedesk.campaigns
    TO estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_admin;
GRANT SELECT ON estatedesk.report_sensitive_actions
    TO estatedesk_sales_manager, estatedesk_executive, estatedesk_admin;
GRANT EXECUTE ON FUNCTION
    estatedesk.campaign_save(bigint, bigint, bigint, text, date, date, numeric, text),
    estatedesk.campaign_delete(bigint)
    TO estatedesk_sales_manager, estatedesk_admin;
