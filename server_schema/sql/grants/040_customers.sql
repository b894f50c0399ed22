-- Table rights per role; which rows each sees is the row-level security in policies/.
REVOKE ALL ON estatedesk.customers, estatedesk.customer_contacts FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT, INSERT, UPDATE ON estatedesk.customers, estatedesk.customer_contacts
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT DELETE ON estatedesk.customers TO estatedesk_admin;
-- contact persons are replaced as a list by whoever may edit the customer (RLS decides)
GRANT DELETE ON estatedesk.customer_contacts
    TO estatedesk_sales, estatedesk_sales_manager, estatedesk_admin;
GRANT SELECT ON estatedesk.customers, estatedesk.customer_contacts
    TO estatedesk_finance, estatedesk_property;
-- Executives read every customer but not how to reach them: everything except the phone,
-- ID number, e-mail and address columns (customers_masked shows those masked).
GRANT SELECT (id, kind, name, name_initials, gender, birthday, id_type, district, occupation,
              employer, income_band, household, education, industry, company_size,
              legal_representative, grade, status, lost_reason, lost_reason_id,
              assigned_staff_id, created_by, created_at, updated_at, channel_id, purpose,
              wanted_layout, wanted_area_min, wanted_area_max, budget, first_visit_at,
              last_contact_at, next_contact_on, merged_into_id)
    ON estatedesk.customers TO estatedesk_executive;
GRANT SELECT (id, customer_id, name, title) ON estatedesk.customer_contacts
    TO estatedesk_executive;
