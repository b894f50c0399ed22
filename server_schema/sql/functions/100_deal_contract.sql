-- Checks a list of buyers (共有人): at least one and at most ten, each with a name and a
-- valid ID number, no one twice; shares (产权份额, %) either all given and summing to 100 or none.
CREATE OR REPLACE FUNCTION estatedesk.deal_check_buyers(buyers jsonb)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    b jsonb;
    n integer := 0;
    shares numeric;
    given integer;
BEGIN
    IF buyers IS NULL OR jsonb_typeof(buyers) <> 'array' OR jsonb_array_length(buyers) = 0 THEN
        PERFORM estatedesk.raise_rule('buyers_missing', 'A contract needs at least one buyer');
    END IF;
    IF jsonb_array_length(buyers) > 10 THEN
        PERFORM estatedesk.raise_rule('buyers_too_many', 'A contract has at most ten buyers');
    END IF;
    SELECT sum((x->>'share')::numeric), count(x->>'share') INTO shares, given
    FROM jsonb_array_elements(buyers) x;
    IF given > 0 AND (given <> jsonb_array_length(buyers) OR shares <> 100) THEN
        PERFORM estatedesk.raise_rule('buyer_shares',
            'Give every buyer''s share, together 100%, or none', jsonb_build_object('sum', shares));
    END IF;
    FOR b IN SELECT * FROM jsonb_array_elements(buyers) LOOP
        n := n + 1;
        IF char_length(btrim(coalesce(b->>'name', ''))) NOT BETWEEN 1 AND 100 THEN
            PERFORM estatedesk.raise_rule('buyer_name_invalid',
                format('Buyer %s: the name is missing or longer than 100 characters', n),
                jsonb_build_object('number', n));
        END IF;
        IF NOT coalesce(estatedesk.id_number_is_valid(b->>'id_type', b->>'id_number'), false) THEN
            PERFORM estatedesk.raise_rule('buyer_id_invalid',
                format('Buyer %s (%s): the ID number is not valid', n, b->>'name'),
                jsonb_build_object('number', n, 'name', b->>'name'));
        END IF;
        IF nullif(b->>'phone', '') !~ '^\+[1-9][0-9]{6,14}$' THEN
            PERFORM estatedesk.raise_rule('buyer_phone_invalid',
                format('Buyer %s (%s): the phone number is not valid', n, b->>'name'),
                jsonb_build_object('number', n, 'name', b->>'name'));
        END IF;
    END LOOP;
END
$$;

-- Replaces a deal's buyers with a checked list.
CREATE OR REPLACE FUNCTION estatedesk.deal_write_buyers(deal_id bigint, buyers jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.deal_check_buyers(buyers);
    DELETE FROM estatedesk.deal_buyers db WHERE db.deal_id = deal_write_buyers.deal_id;
    INSERT INTO estatedesk.deal_buyers (deal_id, position, name, id_type, id_number, phone, share)
    SELECT deal_write_buyers.deal_id, x.n, btrim(x.b->>'name'), x.b->>'id_type', x.b->>'id_number',
           nullif(x.b->>'phone', ''), (x.b->>'share')::numeric
    FROM jsonb_array_elements(buyers) WITH ORDINALITY AS x (b, n);
END
$$;

-- Checks a contract's payment schedule: every amount positive with at most
-- two decimals, no due date before signing except the deposit, the lines summing exactly
-- to the deal total (app/domain/payment_plans.check_schedule says the same).
CREATE OR REPLACE FUNCTION estatedesk.deal_check_schedule(schedule jsonb, total numeric,
    signed_on date, method estatedesk.payment_method)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    line jsonb;
    n integer := 0;
    due date;
    amount numeric;
    paid numeric := 0;
BEGIN
    IF schedule IS NULL OR jsonb_typeof(schedule) <> 'array' OR jsonb_array_length(schedule) = 0 THEN
        PERFORM estatedesk.raise_rule('schedule_empty', 'The schedule has no lines');
    END IF;
    FOR line IN SELECT * FROM jsonb_array_elements(schedule) LOOP
        n := n + 1;
        amount := estatedesk.check_money((line->>'amount')::numeric, format('line %s', n));
        due := (line->>'due_date')::date;
        IF due IS NULL OR (due < signed_on AND line->>'kind' <> 'deposit') THEN
            PERFORM estatedesk.raise_rule('due_before_signing',
                format('Line %s falls due before the contract is signed', n),
                jsonb_build_object('number', n));
        END IF;
        IF coalesce(line->>'kind', '') NOT IN ('deposit', 'down_payment', 'instalment',
                                                'commercial_loan', 'provident_loan') THEN
            PERFORM estatedesk.raise_rule('schedule_kind_invalid',
                format('Line %s has an unknown kind', n), jsonb_build_object('number', n));
        END IF;
        IF (line->>'kind' = 'commercial_loan' AND method NOT IN ('commercial_loan', 'combined_loan'))
           OR (line->>'kind' = 'provident_loan' AND method NOT IN ('provident_loan', 'combined_loan')) THEN
            PERFORM estatedesk.raise_rule('schedule_loan_method',
                format('Line %s is a loan the payment method does not have', n),
                jsonb_build_object('number', n));
        END IF;
        paid := paid + amount;
    END LOOP;
    IF paid <> total THEN
        PERFORM estatedesk.raise_rule('schedule_sum',
            format('The schedule adds up to %s yuan, not the deal total of %s yuan', paid, total),
            jsonb_build_object('sum', paid, 'total', total));
    END IF;
END
$$;

-- Replaces a deal's payment schedule with a checked one.
CREATE OR REPLACE FUNCTION estatedesk.deal_write_schedule(deal_id bigint, schedule jsonb,
    total numeric, signed_on date, method estatedesk.payment_method)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, estatedesk AS $$
BEGIN
    PERFORM estatedesk.deal_check_schedule(schedule, total, signed_on, method);
    DELETE FROM estatedesk.payment_schedule ps WHERE ps.deal_id = deal_write_schedule.deal_id;
    INSERT INTO estatedesk.payment_schedule (deal_id, line_no, kind, due_date, amount)
    SELECT deal_write_schedule.deal_id, x.n, x.l->>'kind', (x.l->>'due_date')::date,
           (x.l->>'amount')::numeric
    FROM jsonb_array_elements(schedule) WITH ORDINALITY AS x (l, n);
END
$$;

-- 签约: a subscription whose price is settled (no approval pending or rejected) becomes a
-- contract — its number (unique in the project), signing date, buyers and payment schedule.
CREATE OR REPLACE FUNCTION estatedesk.deal_sign_contract(deal_id bigint, contract_no text,
    signed_on date, buyers jsonb, schedule jsonb)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    d := estatedesk.deal_lock(deal_id, 'subscribed');
    IF d.approval IN ('pending', 'rejected') THEN
        PERFORM estatedesk.raise_rule('approval_open',
            format('The price of deal %s is %s: it cannot be signed yet', d.id,
                   CASE d.approval WHEN 'pending' THEN 'waiting for approval' ELSE 'rejected' END),
            jsonb_build_object('approval', d.approval));
    END IF;
    contract_no := nullif(btrim(contract_no), '');
    IF contract_no IS NULL OR contract_no !~ '^[A-Za-z0-9-]{1,30}$' THEN
        PERFORM estatedesk.raise_rule('contract_no_invalid',
            'A contract number has 1 to 30 letters, digits or dashes');
    END IF;
    IF signed_on IS NULL OR signed_on > current_date OR signed_on < d.subscribed_at::date THEN
        PERFORM estatedesk.raise_rule('signed_on_range',
            'The signing date lies between the subscription and today');
    END IF;
    PERFORM estatedesk.deal_write_buyers(d.id, buyers);
    PERFORM estatedesk.deal_write_schedule(d.id, schedule, d.deal_total, signed_on, d.payment_method);
    UPDATE estatedesk.deals
    SET stage = 'contracted', contract_no = deal_sign_contract.contract_no,
        signed_on = deal_sign_contract.signed_on, flagged_at = NULL, version = version + 1
    WHERE id = d.id;
    PERFORM estatedesk.deal_set_unit_status(d.unit_id, 'contracted', 'contract signed');
    UPDATE estatedesk.customers SET status = 'contracted'
    WHERE id = d.customer_id AND status IN ('visitor', 'queued', 'reserved');
END
$$;
