-- Customers for roles that read every customer but need not reach them (executives):
-- phone and ID number masked, e-mail and address left out. Owned by the table owner, so it
-- reads the masked columns the executive may not read from the table itself.
CREATE OR REPLACE VIEW estatedesk.customers_masked AS
SELECT c.id, c.kind, c.name, c.name_initials, c.gender, c.birthday, c.id_type,
       estatedesk.mask_id_number(c.id_number) AS id_number,
       estatedesk.mask_phone(c.phone) AS phone, estatedesk.mask_phone(c.phone2) AS phone2,
       c.district, c.occupation, c.employer, c.income_band, c.household, c.education,
       c.industry, c.company_size, c.grade, c.status, c.lost_reason, c.assigned_staff_id,
       c.channel_id, c.purpose, c.wanted_layout, c.wanted_area_min, c.wanted_area_max,
       c.budget, c.first_visit_at, c.last_contact_at, c.next_contact_on, c.created_at
FROM estatedesk.customers c
WHERE c.merged_into_id IS NULL;
