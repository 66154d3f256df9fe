-- As-of lookup: for each line, the product's price row with the greatest effective_from at or
-- before ordered_at. A correlated subquery returns NULL when there is none, so the line is kept.
SELECT l.line_id,
       p.price_cents,
       l.qty * p.price_cents AS line_total_cents
FROM order_lines AS l
LEFT JOIN price_history AS p
  ON p.product_id = l.product_id
 AND p.effective_from = (SELECT MAX(h.effective_from)
                           FROM price_history AS h
                          WHERE h.product_id = l.product_id
                            AND h.effective_from <= l.ordered_at);
