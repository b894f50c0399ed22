-- Commissions: rules and agencies are read by finance, managers, executives and
-- administrators (a salesperson: their own rules, under row-level security, and the agency
-- names); rules are set only by managers and administrators, a deal's agency only by a
-- sales manager, each through its function. The statement comes from commission_earned(),
-- which shows a salesperson only what pays them.
REVOKE ALL ON estatedesk.commission_agencies, estatedesk.commission_rules,
    estatedesk.deal_agencies
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.commission_agencies, estatedesk.commission_rules,
    estatedesk.deal_agencies
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive,
       estatedesk_admin;
GRANT EXECUTE ON FUNCTION
    estatedesk.commission_rule_set(bigint, bigint, bigint, text, numeric, date, date, boolean)
    TO estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.deal_set_agency(bigint, text) TO estatedesk_sales_manager;
GRANT EXECUTE ON FUNCTION estatedesk.commission_earned(bigint, date)
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive,
       estatedesk_admin;
