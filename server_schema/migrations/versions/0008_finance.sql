-- Finance (财务): receipt books (票据本) with gapless numbers, payments against a deal's
-- schedule (交款) each with its receipt (收据), voids (作废) as reversing entries, refunds (退款)
-- from approved cancellations with their own numbered document, the cashier's daily close
-- (日结) after which a day cannot change, and collection notes (催款). Every row is written
-- by the finance functions; payments and receipts are never deleted.

CREATE TYPE estatedesk.payment_kind AS ENUM
    ('deposit', 'down_payment', 'instalment', 'loan', 'maintenance_fund', 'fee', 'refund');
CREATE TYPE estatedesk.money_method AS ENUM ('cash', 'card', 'transfer', 'cheque');

CREATE TABLE estatedesk.receipt_books (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT receipt_books_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT receipt_books_project_fkey REFERENCES estatedesk.projects,
    series      text NOT NULL CONSTRAINT receipt_books_series_format CHECK (series ~ '^[A-Z0-9]{1,10}$'),
    first_no    integer NOT NULL CONSTRAINT receipt_books_first_positive CHECK (first_no > 0),
    last_no     integer NOT NULL,
    next_no     integer NOT NULL,
    status      text NOT NULL DEFAULT 'registered' CONSTRAINT receipt_books_status_valid
                CHECK (status IN ('registered', 'issued', 'returned', 'reconciled', 'cancelled')),
    cashier_id  bigint CONSTRAINT receipt_books_cashier_fkey REFERENCES estatedesk.staff,
    registered_by text NOT NULL DEFAULT session_user,
    registered_at timestamptz NOT NULL DEFAULT now(),
    issued_by   text,
    issued_at   timestamptz,
    closed_by   text,
    closed_at   timestamptz,
    close_note  text CONSTRAINT receipt_books_note_length CHECK (char_length(close_note) <= 200),
    CONSTRAINT receipt_books_range CHECK (first_no <= last_no AND last_no - first_no < 10000),
    CONSTRAINT receipt_books_next_in_range CHECK (next_no BETWEEN first_no AND last_no + 1),
    CONSTRAINT receipt_books_cashier_when_issued
        CHECK (status IN ('registered', 'cancelled') OR cashier_id IS NOT NULL),
    CONSTRAINT receipt_books_no_overlap EXCLUDE USING gist
        (project_id WITH =, series WITH =, int4range(first_no, last_no, '[]') WITH &&)
);
CREATE INDEX receipt_books_cashier_idx ON estatedesk.receipt_books (cashier_id, status);

-- Gapless counters for documents without a paper book (refund vouchers 退款单), one row per
-- project and kind, advanced in the same transaction as the document.
CREATE TABLE estatedesk.document_counters (
    project_id  bigint NOT NULL CONSTRAINT document_counters_project_fkey REFERENCES estatedesk.projects,
    kind        text NOT NULL CONSTRAINT document_counters_kind_valid CHECK (kind IN ('refund')),
    next_no     integer NOT NULL DEFAULT 1 CONSTRAINT document_counters_next_positive CHECK (next_no > 0),
    CONSTRAINT document_counters_pkey PRIMARY KEY (project_id, kind)
);

CREATE TABLE estatedesk.payments (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT payments_pkey PRIMARY KEY,
    project_id  bigint NOT NULL CONSTRAINT payments_project_fkey REFERENCES estatedesk.projects,
    deal_id     bigint NOT NULL CONSTRAINT payments_deal_fkey REFERENCES estatedesk.deals,
    line_no     smallint,
    entry       text NOT NULL CONSTRAINT payments_entry_valid
                CHECK (entry IN ('payment', 'refund', 'void')),
    kind        estatedesk.payment_kind NOT NULL,
    amount      numeric(14, 2) NOT NULL,
    method      estatedesk.money_method NOT NULL,
    reference   text CONSTRAINT payments_reference_length CHECK (char_length(reference) <= 60),
    paid_on     date NOT NULL,
    business_day date NOT NULL DEFAULT current_date,
    cashier_id  bigint NOT NULL CONSTRAINT payments_cashier_fkey REFERENCES estatedesk.staff,
    reverses_id bigint CONSTRAINT payments_reverses_fkey REFERENCES estatedesk.payments,
    document_no text,        -- the refund voucher's number (退款单)
    note        text CONSTRAINT payments_note_length CHECK (char_length(note) <= 200),
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    created_by  text NOT NULL DEFAULT session_user,
    CONSTRAINT payments_line_fkey FOREIGN KEY (deal_id, line_no)
        REFERENCES estatedesk.payment_schedule (deal_id, line_no),
    CONSTRAINT payments_sign CHECK ((entry = 'payment' AND amount > 0)
                                    OR (entry IN ('refund', 'void') AND amount < 0)),
    CONSTRAINT payments_refund_kind CHECK ((entry = 'refund') = (kind = 'refund')),
    CONSTRAINT payments_refund_document CHECK ((entry = 'refund') = (document_no IS NOT NULL)),
    CONSTRAINT payments_void_reverses CHECK ((entry = 'void') = (reverses_id IS NOT NULL)),
    CONSTRAINT payments_paid_not_future CHECK (paid_on <= business_day)
);
CREATE INDEX payments_deal_idx ON estatedesk.payments (deal_id, line_no);
CREATE INDEX payments_day_idx ON estatedesk.payments (cashier_id, business_day);
CREATE UNIQUE INDEX payments_one_void_each ON estatedesk.payments (reverses_id)
    WHERE reverses_id IS NOT NULL;
CREATE UNIQUE INDEX payments_refund_document_key ON estatedesk.payments (project_id, document_no)
    WHERE document_no IS NOT NULL;

-- A receipt is one paper number of one book: the printed facts are copied at issue, so a
-- reprint shows exactly what the first print showed. A number not used by a payment is
-- recorded voided when the book is reconciled; nothing is ever deleted.
CREATE TABLE estatedesk.receipts (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT receipts_pkey PRIMARY KEY,
    book_id     bigint NOT NULL CONSTRAINT receipts_book_fkey REFERENCES estatedesk.receipt_books,
    number      integer NOT NULL,
    receipt_no  text NOT NULL,
    payment_id  bigint CONSTRAINT receipts_payment_fkey REFERENCES estatedesk.payments,
    project_name text,
    payer       text,
    unit_code   text,
    kind        estatedesk.payment_kind,
    amount      numeric(14, 2),
    method      estatedesk.money_method,
    reference   text,
    cashier_name text,
    issued_on   date,
    issued_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    print_count integer NOT NULL DEFAULT 0 CONSTRAINT receipts_print_count_nonnegative CHECK (print_count >= 0),
    voided_at   timestamptz,
    voided_by   text,
    void_reason text CONSTRAINT receipts_void_reason_length CHECK (char_length(void_reason) <= 200),
    CONSTRAINT receipts_book_number_key UNIQUE (book_id, number),
    CONSTRAINT receipts_payment_key UNIQUE (payment_id),
    CONSTRAINT receipts_used_or_voided CHECK (payment_id IS NOT NULL OR voided_at IS NOT NULL),
    CONSTRAINT receipts_void_complete CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
    CONSTRAINT receipts_facts_with_payment CHECK (payment_id IS NULL OR (
        amount IS NOT NULL AND kind IS NOT NULL AND method IS NOT NULL AND issued_on IS NOT NULL))
);
CREATE INDEX receipts_issued_idx ON estatedesk.receipts (issued_on);

CREATE TABLE estatedesk.daily_closes (
    cashier_id  bigint NOT NULL CONSTRAINT daily_closes_cashier_fkey REFERENCES estatedesk.staff,
    business_day date NOT NULL,
    closed_at   timestamptz NOT NULL DEFAULT now(),
    closed_by   text NOT NULL DEFAULT session_user,
    totals      jsonb NOT NULL,
    CONSTRAINT daily_closes_pkey PRIMARY KEY (cashier_id, business_day)
);

CREATE TABLE estatedesk.collection_notes (
    id          bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT collection_notes_pkey PRIMARY KEY,
    deal_id     bigint NOT NULL CONSTRAINT collection_notes_deal_fkey REFERENCES estatedesk.deals,
    note        text NOT NULL CONSTRAINT collection_notes_note_length
                CHECK (char_length(btrim(note)) BETWEEN 1 AND 500),
    next_action_on date,
    staff_id    bigint NOT NULL CONSTRAINT collection_notes_staff_fkey REFERENCES estatedesk.staff,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX collection_notes_deal_idx ON estatedesk.collection_notes (deal_id, created_at);
