-- Fold the new payment records into customer_balance and advance committed_offsets.
-- This starter folds in every fetched record, old or new, and never commits.
INSERT INTO customer_balance (customer_id, balance_cents, payments)
SELECT customer_id, SUM(amount_cents), COUNT(*)
FROM fetched
WHERE true
GROUP BY customer_id
ON CONFLICT (customer_id) DO UPDATE SET
  balance_cents = customer_balance.balance_cents + excluded.balance_cents,
  payments      = customer_balance.payments + excluded.payments;
