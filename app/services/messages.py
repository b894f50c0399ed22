"""English texts for known refusals, keyed by constraint name or by the key our database
functions put in their DETAIL. The UI translates them (context "Messages"); `tr_noop` marks
them so pyside6-lupdate collects them without this module importing Qt."""

from __future__ import annotations

from app.domain.errors import tr_noop

QT_TRANSLATE_NOOP = tr_noop  # the name lupdate looks for in ("Messages", text) form

CONSTRAINT_MESSAGES: dict[str, str] = {
    "projects_code_key": tr_noop("A project with this code already exists."),
    "projects_name_key": tr_noop("A project with this name already exists."),
    "buildings_project_code_key": tr_noop("This building number already exists in the project."),
    "entrances_building_code_key": tr_noop("This entrance already exists in the building."),
    "floors_building_number_key": tr_noop("This floor already exists in the building."),
    "units_project_code_key": tr_noop("A unit with this room number already exists."),
    "units_entrance_floor_room_key": tr_noop("A unit with this room number already exists."),
    "units_gross_area_positive": tr_noop("The gross floor area must be greater than zero."),
    "units_inner_area_positive": tr_noop("The inner area must be greater than zero."),
    "units_inner_not_above_gross": tr_noop("The inner area cannot be larger than the gross area."),
    "units_list_unit_price_nonnegative": tr_noop("The list unit price cannot be negative."),
    "units_list_total_nonnegative": tr_noop("The list total cannot be negative."),
    "units_base_price_nonnegative": tr_noop("The base price cannot be negative."),
    "units_on_sale_needs_price": tr_noop("A unit needs a list price before it goes on sale."),
    "units_pencil_consistent": tr_noop("A pencilled unit needs its salesperson and deadline."),
    "channels_name_key": tr_noop("This entry is already in the list."),
    "lost_reasons_name_key": tr_noop("This entry is already in the list."),
    "staff_login_key": tr_noop("A staff member with this login already exists."),
    "staff_login_format": tr_noop("A login is 3-31 lower-case letters, digits or _, "
                                  "starting with a letter."),
    "customers_id_number_key": tr_noop("A customer with this ID number already exists."),
    "customers_id_number_valid": tr_noop("The ID number is not valid for its ID type."),
    "customers_phone_format": tr_noop("The phone number is not valid."),
    "customers_name_length": tr_noop("The name must be 1 to 100 characters."),
    "customers_lost_needs_reason": tr_noop("A lost customer needs a reason."),
    "customers_contactable": tr_noop("A customer needs a phone number or an ID number."),
    "customers_wanted_area_order": tr_noop("The smallest wanted area is above the largest."),
    "visits_party_size_range": tr_noop("The party size is 1 to 50 people."),
    "followups_content_length": tr_noop("Describe the contact in 1 to 1000 characters."),
    "duty_roster_day_staff_key": tr_noop("A salesperson appears twice in the rotation."),
}

RULE_MESSAGES: dict[str, str] = {
    "role_required": tr_noop("Your role is not allowed to do this (it needs: {roles})."),
    "unit_status_transition": tr_noop("Unit {unit} is {status} (last changed by {by}) "
                                      "and cannot become {to}."),
    "reason_required": tr_noop("Please give a reason to make unit {unit} {to}."),
    "reason_too_long": tr_noop("The reason is longer than 200 characters."),
    "no_units": tr_noop("No unit was chosen."),
    "unit_not_found": tr_noop("A chosen unit no longer exists."),
    "login_format": tr_noop("Login \"{login}\" must be 3-31 lower-case letters, digits or _, "
                            "starting with a letter."),
    "login_reserved": tr_noop("Login \"{login}\" is reserved."),
    "login_exists": tr_noop("A login \"{login}\" already exists on this server."),
    "unknown_role": tr_noop("Unknown role \"{role}\"."),
    "role_missing": tr_noop("At least one role is needed."),
    "password_required": tr_noop("A password is needed."),
    "staff_not_found": tr_noop("There is no staff login \"{login}\"."),
    "cannot_disable_self": tr_noop("You cannot disable your own login."),
    "cannot_demote_self": tr_noop("You cannot take the admin role from yourself."),
    "audit_append_only": tr_noop("The audit log cannot be changed."),
    "use_pencil": tr_noop("To pencil in a unit, choose the customer it is for."),
    "pencil_not_yours": tr_noop("Unit {unit} is pencilled in by {by}; only they or a manager "
                                "may release it."),
    "not_your_customer": tr_noop("You can pencil in a unit only for one of your own active "
                                 "customers."),
    "assign_needs_manager": tr_noop("Only a sales manager may choose the salesperson; "
                                    "otherwise the duty rotation decides."),
    "not_a_salesperson": tr_noop("The chosen staff member is not an active salesperson."),
    "no_one_on_duty": tr_noop("Nobody is on today's duty rotation: a sales manager sets it "
                              "first."),
    "customer_not_yours": tr_noop("This customer does not exist or is not one of yours."),
    "next_contact_past": tr_noop("The next contact date is in the past."),
    "lost_reason_required": tr_noop("Choose a reason from the list."),
    "merge_same": tr_noop("A customer cannot be merged with itself."),
    "customer_not_found": tr_noop("One of the customers does not exist or was merged "
                                  "already."),
    "merge_kinds_differ": tr_noop("An individual and an enterprise customer cannot be merged."),
    "merge_ids_differ": tr_noop("The two customers have different ID numbers: they are "
                                "different people."),
    "plan_no_units": tr_noop("The plan changes no unit."),
    "plan_units_not_in_project": tr_noop("Units not in this project: {units}."),
    "plan_units_sold": tr_noop("Sold units keep the price agreed with their buyer: {units}."),
    "plan_not_pending": tr_noop("This price plan does not exist or was decided already."),
    "plan_own": tr_noop("A price plan is approved by a manager other than its author, or by "
                        "an administrator."),
    "plan_reject_reason": tr_noop("A rejection needs a reason."),
    "unit_taken": tr_noop("Unit {unit} is no longer available: it is {status} (by {by})."),
}
