-- Money is read by finance, managers, executives and administrators (salespeople: their own
-- deals' payments and receipts, under row-level security) and written only through the
-- finance functions, which only finance may call: the database, not the client, keeps
-- salespeople from taking or voiding money.
REVOKE ALL ON estatedesk.receipt_books, estatedesk.document_counters, estatedesk.payments,
    estatedesk.receipts, estatedesk.daily_closes, estatedesk.collection_notes
    FROM PUBLIC, estatedesk_receptionist, estatedesk_sales, estatedesk_sales_manager, estatedesk_finance, estatedesk_executive, estatedesk_property, estatedesk_admin;
GRANT SELECT ON estatedesk.receipt_books, estatedesk.payments, estatedesk.receipts,
    estatedesk.daily_closes, estatedesk.collection_notes
    TO estatedesk_finance, estatedesk_sales_manager, estatedesk_executive, estatedesk_admin;
GRANT SELECT ON estatedesk.payments, estatedesk.receipts, estatedesk.collection_notes
    TO estatedesk_sales;
GRANT EXECUTE ON FUNCTION
    estatedesk.payment_record(bigint, smallint, estatedesk.payment_kind, numeric,
                              estatedesk.money_method, text, date),
    estatedesk.payment_refund(bigint, numeric, estatedesk.money_method, text, text),
    estatedesk.receipt_void(bigint, text), estatedesk.receipt_printed(bigint),
    estatedesk.daily_close(date)
    TO estatedesk_finance;
GRANT EXECUTE ON FUNCTION
    estatedesk.receipt_book_register(bigint, text, integer, integer),
    estatedesk.receipt_book_issue(bigint, bigint), estatedesk.receipt_book_return(bigint),
    estatedesk.receipt_book_reconcile(bigint, text), estatedesk.receipt_book_cancel(bigint, text)
    TO estatedesk_finance, estatedesk_admin;
GRANT EXECUTE ON FUNCTION estatedesk.collection_note_add(bigint, text, date)
    TO estatedesk_finance, estatedesk_sales, estatedesk_sales_manager;
GRANT EXECUTE ON FUNCTION estatedesk.deal_line_paid(bigint), estatedesk.day_totals(bigint, date)
    TO estatedesk_finance, estatedesk_sales, estatedesk_sales_manager, estatedesk_executive,
       estatedesk_admin;
REVOKE ALL ON estatedesk.receivable_lines FROM PUBLIC;
GRANT SELECT ON estatedesk.receivable_lines
    TO estatedesk_finance, estatedesk_sales, estatedesk_sales_manager, estatedesk_executive,
       estatedesk_admin;
