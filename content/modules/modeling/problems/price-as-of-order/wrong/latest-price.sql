-- Uses the product's latest price, whenever the order was placed: history is rewritten with
-- today's price.
SELECT l.line_id, p.price_cents, l.qty * p.price_cents
FROM order_lines l
LEFT JOIN price_history p ON p.product_id = l.product_id
 AND p.effective_from = (SELECT MAX(effective_from) FROM price_history h WHERE h.product_id = l.product_id);
