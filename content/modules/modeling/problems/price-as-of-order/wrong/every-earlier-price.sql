-- Joins every price that started before the order (no "latest" pick): a line is repeated once per
-- earlier price change.
SELECT l.line_id, p.price_cents, l.qty * p.price_cents
FROM order_lines l
LEFT JOIN price_history p ON p.product_id = l.product_id AND p.effective_from <= l.ordered_at;
