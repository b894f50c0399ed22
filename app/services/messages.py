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
    "deals_one_live_per_unit": tr_noop("This unit is already in another live deal."),
    "deals_project_contract_no_key": tr_noop("This contract number is already used in the "
                                             "project."),
    "deal_changes_one_pending": tr_noop("This deal already has a change waiting for a "
                                        "decision."),
    "queue_tickets_one_active_per_customer": tr_noop("The customer already holds an active "
                                                     "queue number in this project."),
    "discount_rules_project_code_key": tr_noop("A discount with this code already exists."),
    "deal_buyers_deal_id_key": tr_noop("The same buyer is listed twice."),
    "mortgages_stage_dates": tr_noop("Each mortgage stage needs its date."),
    "mortgages_dates_order": tr_noop("The mortgage dates are out of order."),
    "mortgages_term_range": tr_noop("A mortgage term is 12 to 360 months."),
    "mortgages_bank_length": tr_noop("The bank name must be 1 to 60 characters."),
    "mortgages_loan_kind_valid": tr_noop("This deal is not paid by mortgage."),
    "receipt_books_no_overlap": tr_noop("These numbers overlap a book already registered in "
                                        "this series."),
    "daily_closes_pkey": tr_noop("This day is closed already."),
    "payments_one_void_each": tr_noop("This receipt is voided already."),
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
    "amount_missing": tr_noop("An amount is needed."),
    "amount_not_positive": tr_noop("The amount must be above zero, not {amount}."),
    "amount_precision": tr_noop("Amounts have at most two decimals (fen), not {amount}."),
    "amount_too_large": tr_noop("The amount {amount} is too large."),
    "discount_too_deep": tr_noop("A deal total of {deal_total} yuan against a list total of "
                                 "{list_total} yuan is a deeper discount than any level may "
                                 "approve."),
    "unit_unpriced": tr_noop("Unit {unit} has no list price yet."),
    "payment_method_missing": tr_noop("Choose a payment method."),
    "discount_duplicate": tr_noop("The same discount is applied twice."),
    "discount_unknown": tr_noop("Discount {codes} does not exist or is no longer offered."),
    "discount_method": tr_noop("Discount {names} is offered only with another payment method."),
    "discount_exceeds_price": tr_noop("A discount would bring the price to zero or below."),
    "project_not_found": tr_noop("The project does not exist."),
    "customer_lost": tr_noop("The customer is marked as lost."),
    "ticket_not_found": tr_noop("The queue ticket does not exist."),
    "ticket_not_active": tr_noop("The queue ticket is not an active ticket of this customer "
                                 "for this project."),
    "reason_missing": tr_noop("A reason is needed."),
    "deal_not_found": tr_noop("The deal does not exist."),
    "deal_stage": tr_noop("Deal {deal} is {stage}: this step needs a deal that is {needed}."),
    "deposit_below_small": tr_noop("The deposit of {deposit} yuan is less than the small "
                                   "deposit of {small_deposit} yuan already paid."),
    "sign_deadline_range": tr_noop("The deadline to sign lies between today and 90 days from "
                                   "now."),
    "deposit_too_large": tr_noop("The deposit is more than the deal total."),
    "approval_not_pending": tr_noop("This deal has no price waiting for approval."),
    "approval_own": tr_noop("A deal's discount is approved by someone other than its seller."),
    "approval_level": tr_noop("This discount needs a project director's approval."),
    "price_approved": tr_noop("The price was approved: change it with a change request."),
    "buyers_missing": tr_noop("A contract needs at least one buyer."),
    "buyers_too_many": tr_noop("A contract has at most ten buyers."),
    "buyer_shares": tr_noop("Give every buyer's share, together 100%, or none."),
    "buyer_name_invalid": tr_noop("Buyer {number}: the name is missing or longer than 100 "
                                  "characters."),
    "buyer_id_invalid": tr_noop("Buyer {number} ({name}): the ID number is not valid."),
    "buyer_phone_invalid": tr_noop("Buyer {number} ({name}): the phone number is not valid."),
    "schedule_loan_method": tr_noop("Line {number} of the schedule is a loan the payment method "
                                    "does not have."),
    "schedule_empty": tr_noop("The schedule has no lines."),
    "schedule_kind_invalid": tr_noop("Line {number} of the schedule has an unknown kind."),
    "due_before_signing": tr_noop("Line {number} falls due before the contract is signed."),
    "schedule_sum": tr_noop("The schedule adds up to {sum} yuan, not the deal total of "
                            "{total} yuan."),
    "approval_open": tr_noop("The price of this deal is not approved yet: it cannot be "
                             "signed."),
    "contract_no_invalid": tr_noop("A contract number has 1 to 30 letters, digits or dashes."),
    "signed_on_range": tr_noop("The signing date lies between the subscription and today."),
    "not_a_mortgage": tr_noop("This deal is not paid by mortgage."),
    "loan_too_large": tr_noop("The loan may be at most {ceiling} yuan (the deal total less "
                              "the deposit)."),
    "mortgage_stage_invalid": tr_noop("Unknown mortgage stage."),
    "date_in_future": tr_noop("A date lies in the future."),
    "mortgage_stage_back": tr_noop("Only a manager may move a mortgage back to an earlier "
                                   "stage."),
    "milestone_date_range": tr_noop("The date lies between the signing of the contract and "
                                    "today."),
    "filing_no_invalid": tr_noop("A filing number has 1 to 30 letters, digits or dashes."),
    "title_before_handover": tr_noop("Title registration comes after the handover."),
    "milestone_unknown": tr_noop("Unknown milestone."),
    "settlement_input": tr_noop("Areas and the contract unit price must be greater than zero."),
    "area_precision": tr_noop("Areas have at most two decimals."),
    "cancel_split": tr_noop("Refund and forfeited deposit must together be the {received} "
                            "yuan received."),
    "exchange_unit_invalid": tr_noop("Choose another unit of the same project."),
    "discount_limit_own": tr_noop("Nobody sets their own discount limit."),
    "discount_limit_range": tr_noop("A discount limit is a ratio above 0 and at most 1, with "
                                    "at most four decimals."),
    "director_admin_only": tr_noop("Only an administrator names a project director."),
    "not_subscribed": tr_noop("Only a subscribed deal has a subscription form."),
    "not_a_settlement": tr_noop("This change is not an area settlement."),
    "book_series_invalid": tr_noop("A series has 1 to 10 capital letters or digits."),
    "book_range_invalid": tr_noop("A book runs from a first to a last number (at most 10,000 "
                                  "numbers)."),
    "book_not_registered": tr_noop("Only a registered book that was never issued can be issued "
                                   "or cancelled."),
    "not_a_cashier": tr_noop("Receipt books go to an active finance cashier."),
    "book_issue_own": tr_noop("A book is issued to a cashier by someone else."),
    "book_not_issued": tr_noop("Only an issued book can be handed back."),
    "book_not_returned": tr_noop("Only a handed-back book can be reconciled."),
    "book_gap": tr_noop("A number of this book is unaccounted for."),
    "no_receipt_book": tr_noop("You have no receipt book with numbers left for this project: "
                               "ask for one to be issued."),
    "day_closed": tr_noop("The day {day} is closed: record it on the next day as an "
                          "adjustment."),
    "use_refund": tr_noop("Refunds are recorded as refunds, not as payments."),
    "paid_on_range": tr_noop("The payment date lies within the last year and not in the "
                             "future."),
    "deal_not_live": tr_noop("Deal {deal} is {stage}: no money is taken on it."),
    "line_not_found": tr_noop("The deal has no such schedule line."),
    "line_kind": tr_noop("The kind of payment does not match the schedule line."),
    "line_required": tr_noop("Choose the schedule line this payment is for."),
    "overpayment": tr_noop("Only {left} yuan is left to pay on this line, not {amount}."),
    "receipt_not_found": tr_noop("The receipt does not exist."),
    "receipt_voided": tr_noop("Receipt {receipt} is voided already."),
    "refund_needs_cancellation": tr_noop("Money is refunded only on a deal whose cancellation "
                                         "was approved."),
    "refund_too_large": tr_noop("At most {left} yuan of the approved refund is left to pay."),
    "close_future": tr_noop("A day is closed on or after the day itself."),
    "payments_append_only": tr_noop("Payments are never changed or deleted: void the receipt "
                                    "instead."),
    "receipts_never_deleted": tr_noop("A receipt is never deleted: void it with a reason."),
    "receipts_fixed": tr_noop("A receipt's number and amount never change, nor is a void "
                              "undone."),
    "note_length": tr_noop("Write the note in 1 to 500 characters."),
    "change_kind_unknown": tr_noop("Unknown kind of change."),
    "change_pending": tr_noop("This deal already has a change waiting for a decision."),
    "change_not_pending": tr_noop("This change does not exist or was decided already."),
    "change_own": tr_noop("A change is decided by a manager other than the one who asked "
                          "for it."),
    # commissions (佣金)
    "commission_payee": tr_noop("A commission rule is for one salesperson or for one agency."),
    "commission_rate_range": tr_noop("A commission rate is above 0% and at most 10%, with at "
                                     "most two decimals of a percent."),
    "commission_dates": tr_noop("The rule ends before it starts."),
    "commission_rule_own": tr_noop("Nobody sets their own commission rate."),
    "commission_rule_not_found": tr_noop("This commission rule does not exist for this project "
                                         "and payee."),
    "commission_rule_overlap": tr_noop("Another active rule of this payee in this project "
                                       "covers some of these dates."),
    "agency_name_length": tr_noop("An agency name has 1 to 60 characters."),
    "agency_unknown": tr_noop("There is no agency \"{agency}\": set up its commission rule "
                              "first."),
    # campaign costs for the channel report (市场活动费用)
    "campaign_channel_unknown": tr_noop("Choose a channel from the list."),
    "campaign_name_length": tr_noop("A campaign name has 1 to 60 characters."),
    "campaign_dates": tr_noop("A campaign needs a first and a last day, the last not before "
                              "the first."),
    "campaign_note_length": tr_noop("The note is longer than 200 characters."),
    "campaign_not_found": tr_noop("The campaign does not exist."),
}
