-- An inner join drops the lines that had no price in effect, instead of returning them with NULLs.
SELECT l.line_id, p.price_cents, l.qty * p.price_cents
FROM order_lines l
JOIN price_history p ON p.product_id = l.product_id
 AND p.effective_from = (SELECT MAX(effective_from) FROM price_history h
                          WHERE h.product_id = l.product_id AND h.effective_from <= l.ordered_at);
