-- Alternative: one row per customer from orders, with the goods of that customer's lines in a
-- correlated scalar subquery; the lines never meet the shipping column at all.
SELECT c.customer_id,
       (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.customer_id) AS orders,
       (SELECT COALESCE(SUM(l.qty * l.unit_price_cents), 0)
          FROM order_lines l JOIN orders o ON o.order_id = l.order_id
         WHERE o.customer_id = c.customer_id) AS goods_cents,
       (SELECT SUM(o.shipping_cents) FROM orders o WHERE o.customer_id = c.customer_id) AS shipping_cents
FROM (SELECT DISTINCT customer_id FROM orders) AS c;
