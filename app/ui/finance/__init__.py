"""财务: the cashier window — money in against a deal with a receipt, voids, reprints and
refunds; the day's receipts; receipt books; the daily close; receivables and collections."""
