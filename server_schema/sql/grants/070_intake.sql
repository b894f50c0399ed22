-- Lists the admin maintains (channels, lost reasons) and the duty roster are readable by
-- all; visits, follow-ups and assignments are read under row-level security and written
-- only through the intake and follow-up functions.
REVOKE ALL ON estatedesk.channels, estatedesk.lost_reasons, estatedesk.duty_roster,
    estatedesk.visits, estatedesk.followups, estatedesk.customer_assignments
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.channels, estatedesk.lost_reasons, estatedesk.duty_roster TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT INSERT, UPDATE ON estatedesk.channels, estatedesk.lost_reasons TO estatedesk_admin;
GRANT SELECT ON estatedesk.visits, estatedesk.followups, estatedesk.customer_assignments
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive,
       estatedesk_property, estatedesk_admin;
GRANT DELETE ON estatedesk.visits, estatedesk.followups TO estatedesk_admin;
REVOKE ALL ON estatedesk.customers_masked FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.customers_masked TO estatedesk_executive;
-- name_grams() computes an index entry on every insert or rename: whoever writes customers runs it.
GRANT EXECUTE ON FUNCTION estatedesk.mask_phone(text), estatedesk.mask_id_number(text),
    estatedesk.name_grams(text) TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.register_visit(text, text, estatedesk.visit_type, text,
    text, bigint, text, text, numeric, numeric, numeric, integer, bigint, text)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.next_on_duty(date)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.customer_find_duplicates(text, text, text, bigint)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.record_followup(bigint, estatedesk.contact_method, text,
    text, date), estatedesk.customer_mark_lost(bigint, bigint, text)
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.duty_roster_set(date, bigint[]),
    estatedesk.customers_reassign(bigint[], bigint, text), estatedesk.customer_merge(bigint, bigint)
    TO estatedesk_sales_manager, estatedesk_admin;
