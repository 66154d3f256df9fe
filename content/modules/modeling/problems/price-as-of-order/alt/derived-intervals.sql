-- Alternative: turn the history into half-open intervals with LEAD, then a range join — the
-- shape of a type 2 dimension with valid_from / valid_to.
WITH intervals AS (
  SELECT product_id, price_cents, effective_from AS valid_from,
         LEAD(effective_from) OVER (PARTITION BY product_id ORDER BY effective_from) AS valid_to
  FROM price_history
)
SELECT l.line_id, i.price_cents, l.qty * i.price_cents AS line_total_cents
FROM order_lines l
LEFT JOIN intervals i
  ON i.product_id = l.product_id
 AND i.valid_from <= l.ordered_at
 AND (i.valid_to IS NULL OR l.ordered_at < i.valid_to);
