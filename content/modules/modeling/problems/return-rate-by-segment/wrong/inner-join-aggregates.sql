-- Aggregates each fact separately (right) but inner-joins the two results: a segment with orders
-- and no returns, or returns and no orders, disappears.
WITH o AS (SELECT c.segment, COUNT(*) AS orders, SUM(f.amount_cents) AS order_cents
           FROM fact_orders f JOIN dim_customer c USING (customer_key) GROUP BY c.segment),
     r AS (SELECT c.segment, COUNT(*) AS returns, SUM(f.refund_cents) AS refund_cents
           FROM fact_returns f JOIN dim_customer c USING (customer_key) GROUP BY c.segment)
SELECT o.segment, o.orders, o.order_cents, r.returns, r.refund_cents,
       ROUND(r.returns * 1.0 / o.orders, 4) AS return_rate
FROM o JOIN r ON r.segment = o.segment;
