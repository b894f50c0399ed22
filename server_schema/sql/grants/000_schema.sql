-- Every group may use the schema; nobody but the owner may create objects in it.
REVOKE ALL ON SCHEMA estatedesk FROM PUBLIC;
GRANT USAGE ON SCHEMA estatedesk TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin, estatedesk_useradmin;
-- Functions are not executable by PUBLIC unless a file below says so.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'estatedesk'::regnamespace AND p.proowner = current_user::regrole
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION estatedesk.has_role(text), estatedesk.current_staff_id(),
    estatedesk.raise_rule(text, text, jsonb), estatedesk.require_role(text[]),
    estatedesk.log_event(text, text, text, jsonb), estatedesk.my_session(),
    estatedesk.resident_id_is_valid(text), estatedesk.uscc_is_valid(text),
    estatedesk.id_number_is_valid(text, text)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin, estatedesk_useradmin;
GRANT EXECUTE ON FUNCTION estatedesk.unit_change_status(bigint[], estatedesk.unit_status, text)
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.unit_pencil(bigint, bigint) TO estatedesk_sales;
GRANT EXECUTE ON FUNCTION estatedesk.expire_pencils(bigint[]), estatedesk.unit_history(bigint)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance,
       estatedesk_executive, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.customer_lookup_by_phone(text)
    TO estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
-- The staff_* functions grant their own EXECUTE (their owner is estatedesk_useradmin).
