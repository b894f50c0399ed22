-- 票据本: finance registers a book (series, first–last number) for a project, issues it to a
-- cashier (someone other than the issuer, unless an administrator issues it), the cashier
-- hands it back, and it is reconciled: every number used by a payment or voided — numbers
-- never used are recorded voided then. A book never used may be cancelled.
CREATE OR REPLACE FUNCTION estatedesk.receipt_book_register(project_id bigint, series text,
                                                           first_no integer, last_no integer)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    new_id bigint;
BEGIN
    PERFORM estatedesk.require_role('finance', 'admin');
    series := upper(btrim(series));
    IF series IS NULL OR series !~ '^[A-Z0-9]{1,10}$' THEN
        PERFORM estatedesk.raise_rule('book_series_invalid',
            'A series has 1 to 10 capital letters or digits');
    END IF;
    IF first_no IS NULL OR last_no IS NULL OR first_no < 1 OR last_no < first_no
       OR last_no - first_no >= 10000 THEN
        PERFORM estatedesk.raise_rule('book_range_invalid',
            'A book runs from a first to a last number (at most 10,000 numbers)');
    END IF;
    INSERT INTO estatedesk.receipt_books (project_id, series, first_no, last_no, next_no)
    VALUES (project_id, series, first_no, last_no, first_no)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

CREATE OR REPLACE FUNCTION estatedesk.receipt_book_issue(book_id bigint, cashier_id bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    b estatedesk.receipt_books;
    cashier text;
BEGIN
    PERFORM estatedesk.require_role('finance', 'admin');
    SELECT * INTO b FROM estatedesk.receipt_books r WHERE r.id = receipt_book_issue.book_id FOR UPDATE;
    IF b.id IS NULL OR b.status <> 'registered' THEN
        PERFORM estatedesk.raise_rule('book_not_registered',
            'Only a registered book that was never issued can be issued');
    END IF;
    SELECT s.login INTO cashier FROM estatedesk.staff s
    WHERE s.id = receipt_book_issue.cashier_id AND s.active
      AND pg_has_role(s.login, 'estatedesk_finance', 'MEMBER');
    IF cashier IS NULL THEN
        PERFORM estatedesk.raise_rule('not_a_cashier', 'Receipt books go to an active finance cashier');
    END IF;
    IF cashier = session_user AND NOT estatedesk.has_role('admin') THEN
        PERFORM estatedesk.raise_rule('book_issue_own', 'A book is issued to a cashier by someone else');
    END IF;
    UPDATE estatedesk.receipt_books
    SET status = 'issued', cashier_id = receipt_book_issue.cashier_id, issued_by = session_user,
        issued_at = now()
    WHERE id = b.id;
END
$$;

-- The cashier (or finance) hands an issued book back; its unused numbers stay unused until
-- it is reconciled.
CREATE OR REPLACE FUNCTION estatedesk.receipt_book_return(book_id bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.require_role('finance', 'admin');
    UPDATE estatedesk.receipt_books
    SET status = 'returned', closed_by = session_user, closed_at = now()
    WHERE id = book_id AND status = 'issued';
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('book_not_issued', 'Only an issued book can be handed back');
    END IF;
END
$$;

-- 核销: every number of a returned book is accounted for — the unused ones are recorded
-- voided ("not used") — and the book is closed. Returns how many numbers were voided unused.
CREATE OR REPLACE FUNCTION estatedesk.receipt_book_reconcile(book_id bigint, note text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    b estatedesk.receipt_books;
    unused integer;
BEGIN
    PERFORM estatedesk.require_role('finance', 'admin');
    SELECT * INTO b FROM estatedesk.receipt_books r WHERE r.id = receipt_book_reconcile.book_id FOR UPDATE;
    IF b.id IS NULL OR b.status <> 'returned' THEN
        PERFORM estatedesk.raise_rule('book_not_returned', 'Only a handed-back book can be reconciled');
    END IF;
    INSERT INTO estatedesk.receipts (book_id, number, receipt_no, voided_at, voided_by, void_reason)
    SELECT b.id, n, b.series || '-' || lpad(n::text, 7, '0'), now(), session_user, 'not used'
    FROM generate_series(b.next_no, b.last_no) n;
    GET DIAGNOSTICS unused = ROW_COUNT;
    IF (SELECT count(*) FROM estatedesk.receipts r WHERE r.book_id = b.id)
       <> b.last_no - b.first_no + 1 THEN
        PERFORM estatedesk.raise_rule('book_gap', 'A number of this book is unaccounted for');
    END IF;
    UPDATE estatedesk.receipt_books
    SET status = 'reconciled', next_no = last_no + 1, closed_by = session_user, closed_at = now(),
        close_note = nullif(btrim(note), '')
    WHERE id = b.id;
    RETURN unused;
END
$$;

CREATE OR REPLACE FUNCTION estatedesk.receipt_book_cancel(book_id bigint, note text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.require_role('finance', 'admin');
    IF nullif(btrim(note), '') IS NULL THEN
        PERFORM estatedesk.raise_rule('reason_missing', 'A reason is needed');
    END IF;
    UPDATE estatedesk.receipt_books
    SET status = 'cancelled', closed_by = session_user, closed_at = now(), close_note = btrim(note)
    WHERE id = book_id AND status = 'registered';
    IF NOT FOUND THEN
        PERFORM estatedesk.raise_rule('book_not_registered',
            'Only a registered book that was never issued can be cancelled');
    END IF;
END
$$;

-- The next number of the caller's book for the project: the oldest issued book with numbers
-- left, locked, its counter advanced in this transaction — so a rolled-back payment gives its
-- number back and two cashiers never share one. Returns (book id, number, receipt_no).
CREATE OR REPLACE FUNCTION estatedesk.receipt_next_number(project_id bigint,
    OUT book_id bigint, OUT number integer, OUT receipt_no text)
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    UPDATE estatedesk.receipt_books r SET next_no = r.next_no + 1
    WHERE r.id = (SELECT x.id FROM estatedesk.receipt_books x
                  WHERE x.project_id = receipt_next_number.project_id AND x.status = 'issued'
                    AND x.cashier_id = estatedesk.current_staff_id() AND x.next_no <= x.last_no
                  ORDER BY x.id LIMIT 1 FOR UPDATE)
      AND r.next_no <= r.last_no
    RETURNING r.id, r.next_no - 1, r.series || '-' || lpad((r.next_no - 1)::text, 7, '0')
    INTO book_id, number, receipt_no;
    IF book_id IS NULL THEN
        PERFORM estatedesk.raise_rule('no_receipt_book',
            'You have no receipt book with numbers left for this project: ask for one to be issued');
    END IF;
END
$$;
