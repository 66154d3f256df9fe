-- Bring the lines up to the order grain first (one row per order), so the order-level shipping
-- is never repeated; a LEFT JOIN keeps orders that have no lines yet, with goods 0.
WITH order_goods AS (
  SELECT order_id, SUM(qty * unit_price_cents) AS goods_cents
  FROM order_lines
  GROUP BY order_id
)
SELECT o.customer_id,
       COUNT(*)                         AS orders,
       COALESCE(SUM(g.goods_cents), 0)  AS goods_cents,
       SUM(o.shipping_cents)            AS shipping_cents
FROM orders AS o
LEFT JOIN order_goods AS g ON g.order_id = o.order_id
GROUP BY o.customer_id;
