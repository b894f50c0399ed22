-- 按揭: the loan of a contracted deal paid by mortgage — bank, kind matching the payment
-- method, amount (at most the deal total), term and stage 资料收集 → 已递交 → 已审批 → 已放款
-- with its dates. The seller moves it forward; a manager may also correct it backwards.
CREATE OR REPLACE FUNCTION estatedesk.deal_mortgage_set(deal_id bigint, bank text,
    amount numeric, term_months integer, stage text, submitted_on date DEFAULT NULL,
    approved_on date DEFAULT NULL, disbursed_on date DEFAULT NULL, note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    d estatedesk.deals;
    old_stage text;
    stages text[] := ARRAY['collecting', 'submitted', 'approved', 'disbursed'];
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    d := estatedesk.deal_lock(deal_id, 'contracted');
    IF d.payment_method NOT IN ('commercial_loan', 'provident_loan', 'combined_loan') THEN
        PERFORM estatedesk.raise_rule('not_a_mortgage', 'This deal is not paid by mortgage');
    END IF;
    PERFORM estatedesk.check_money(amount, 'loan_amount');
    IF amount > d.deal_total - d.deposit THEN
        PERFORM estatedesk.raise_rule('loan_too_large',
            format('The loan may be at most %s yuan (the deal total less the deposit)',
                   d.deal_total - d.deposit),
            jsonb_build_object('ceiling', d.deal_total - d.deposit));
    END IF;
    IF stage IS NULL OR NOT stage = ANY (stages) THEN
        PERFORM estatedesk.raise_rule('mortgage_stage_invalid', 'Unknown mortgage stage');
    END IF;
    IF greatest(submitted_on, approved_on, disbursed_on) > current_date THEN
        PERFORM estatedesk.raise_rule('date_in_future', 'A date lies in the future');
    END IF;
    SELECT m.stage INTO old_stage FROM estatedesk.mortgages m WHERE m.deal_id = d.id FOR UPDATE;
    IF array_position(stages, stage) < coalesce(array_position(stages, old_stage), 1)
       AND NOT estatedesk.has_role('sales_manager') THEN
        PERFORM estatedesk.raise_rule('mortgage_stage_back',
            'Only a manager may move a mortgage back to an earlier stage');
    END IF;
    INSERT INTO estatedesk.mortgages AS m (deal_id, bank, loan_kind, amount, term_months, stage,
                                           submitted_on, approved_on, disbursed_on, note)
    VALUES (d.id, btrim(bank), d.payment_method, amount, term_months, stage, submitted_on,
            approved_on, disbursed_on, nullif(btrim(note), ''))
    ON CONFLICT ON CONSTRAINT mortgages_pkey DO UPDATE
    SET bank = excluded.bank, loan_kind = excluded.loan_kind, amount = excluded.amount,
        term_months = excluded.term_months, stage = excluded.stage,
        submitted_on = excluded.submitted_on, approved_on = excluded.approved_on,
        disbursed_on = excluded.disbursed_on, note = excluded.note, updated_at = now();
END
$$;
