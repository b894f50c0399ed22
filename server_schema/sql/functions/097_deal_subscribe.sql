-- 认购: the customer subscribes to a unit — deposit (定金), the price from the chosen
-- discounts (frozen with the deal), the payment method and the deadline to sign (default the
-- project's sign_days). Converts the customer's small deposit on the unit if there is one.
-- A price beyond the seller's limit or below the base price waits for approval
-- (approval = 'pending', approval_level says whose); the contract cannot be signed until then.
CREATE OR REPLACE FUNCTION estatedesk.deal_subscribe(unit_id bigint, customer_id bigint,
    deposit numeric, discount_codes text[], extra_discount numeric,
    method estatedesk.payment_method, sign_deadline date DEFAULT NULL,
    queue_ticket_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, estatedesk AS $$
DECLARE
    project bigint;
    small estatedesk.deals;
    b jsonb;
    level text;
    p record;
    deal bigint;
BEGIN
    PERFORM estatedesk.require_role('sales', 'sales_manager');
    PERFORM estatedesk.check_money(deposit, 'deposit');
    PERFORM estatedesk.expire_deals(ARRAY[unit_id]);
    SELECT * INTO small FROM estatedesk.deals d
    WHERE d.unit_id = deal_subscribe.unit_id AND d.stage = 'small_deposit'
      AND d.customer_id = deal_subscribe.customer_id
    FOR UPDATE;
    IF small.id IS NULL THEN
        project := estatedesk.deal_take_unit(unit_id, customer_id);
    ELSE
        PERFORM estatedesk.require_customer_access(customer_id);
        project := small.project_id;
        IF deposit < small.deposit THEN
            PERFORM estatedesk.raise_rule('deposit_below_small',
                format('The deposit of %s is less than the small deposit of %s already paid',
                       deposit, small.deposit),
                jsonb_build_object('deposit', deposit, 'small_deposit', small.deposit));
        END IF;
    END IF;
    SELECT pr.sign_days, un.base_price INTO p
    FROM estatedesk.projects pr JOIN estatedesk.units un ON un.project_id = pr.id
    WHERE un.id = deal_subscribe.unit_id;
    sign_deadline := coalesce(sign_deadline, current_date + p.sign_days);
    IF sign_deadline < current_date OR sign_deadline > current_date + 90 THEN
        PERFORM estatedesk.raise_rule('sign_deadline_range',
            'The deadline to sign lies between today and 90 days from now');
    END IF;
    b := estatedesk.deal_breakdown(unit_id, discount_codes, extra_discount, method);
    IF deposit > (b->>'deal_total')::numeric THEN
        PERFORM estatedesk.raise_rule('deposit_too_large', 'The deposit is more than the deal total');
    END IF;
    level := estatedesk.deal_approval_level(project, coalesce(small.staff_id, estatedesk.current_staff_id()),
        (b->>'list_total')::numeric, (b->>'deal_total')::numeric, p.base_price);
    IF small.id IS NULL THEN
        PERFORM estatedesk.deal_use_ticket(queue_ticket_id, project, customer_id);
        INSERT INTO estatedesk.deals (project_id, unit_id, customer_id, staff_id, queue_ticket_id,
            stage, deposit, subscribed_at, sign_deadline, pricing_basis, price_area,
            list_unit_price, list_total, discount_codes, extra_discount, breakdown, deal_total,
            deal_unit_price, payment_method, approval, approval_level)
        VALUES (project, unit_id, customer_id, estatedesk.current_staff_id(), queue_ticket_id,
            'subscribed', deposit, now(), sign_deadline, (b->>'basis')::estatedesk.pricing_basis,
            (b->>'area')::numeric, (b->>'list_unit_price')::numeric, (b->>'list_total')::numeric,
            coalesce(discount_codes, '{}'), coalesce(extra_discount, 0), b,
            (b->>'deal_total')::numeric, (b->>'deal_unit_price')::numeric, method,
            CASE WHEN level IS NULL THEN 'not_needed' ELSE 'pending' END, level)
        RETURNING id INTO deal;
    ELSE
        IF queue_ticket_id IS NOT NULL AND small.queue_ticket_id IS NULL THEN
            PERFORM estatedesk.deal_use_ticket(queue_ticket_id, project, customer_id);
            UPDATE estatedesk.deals SET queue_ticket_id = deal_subscribe.queue_ticket_id
            WHERE id = small.id;
        END IF;
        deal := small.id;
        PERFORM estatedesk.deal_set_price(deal, b, discount_codes, extra_discount, method, level,
                                          sign_deadline, deposit);
    END IF;
    PERFORM estatedesk.deal_set_unit_status(unit_id, 'reserved', 'subscribed');
    UPDATE estatedesk.customers SET status = 'reserved'
    WHERE id = deal_subscribe.customer_id AND status IN ('visitor', 'queued');
    RETURN deal;
END
$$;

-- Freezes a computed price on a deal, with the approval it needs; with a signing deadline
-- it also makes a small deposit a subscription (one statement, so the row is never half-priced).
CREATE OR REPLACE FUNCTION estatedesk.deal_set_price(deal_id bigint, b jsonb, discount_codes text[],
    extra_discount numeric, method estatedesk.payment_method, level text,
    subscribe_by date DEFAULT NULL, new_deposit numeric DEFAULT NULL)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, estatedesk AS $$
    UPDATE estatedesk.deals d
    SET pricing_basis = (b->>'basis')::estatedesk.pricing_basis,
        price_area = (b->>'area')::numeric, list_unit_price = (b->>'list_unit_price')::numeric,
        list_total = (b->>'list_total')::numeric, discount_codes = coalesce(discount_codes, '{}'),
        extra_discount = coalesce(deal_set_price.extra_discount, 0), breakdown = b,
        deal_total = (b->>'deal_total')::numeric, deal_unit_price = (b->>'deal_unit_price')::numeric,
        payment_method = method,
        approval = CASE WHEN level IS NULL THEN 'not_needed' ELSE 'pending' END,
        approval_level = level, approval_by = NULL, approval_at = NULL, approval_note = NULL,
        stage = CASE WHEN subscribe_by IS NULL THEN d.stage ELSE 'subscribed' END,
        subscribed_at = CASE WHEN subscribe_by IS NULL THEN d.subscribed_at ELSE now() END,
        sign_deadline = coalesce(subscribe_by, d.sign_deadline),
        small_deposit_until = CASE WHEN subscribe_by IS NULL THEN d.small_deposit_until END,
        deposit = coalesce(new_deposit, d.deposit),
        version = d.version + 1
    WHERE d.id = deal_id
$$;
