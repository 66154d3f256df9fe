-- Combines the two views with an inner join: a segment with revenue only then (everyone left) or
-- only now (a new segment) disappears.
WITH t AS (SELECT v.segment, SUM(f.amount_cents) c FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk GROUP BY 1),
     n AS (SELECT cur.segment, SUM(f.amount_cents) c FROM fact_orders f
           JOIN dim_customer v ON v.customer_sk = f.customer_sk
           JOIN dim_customer cur ON cur.customer_id = v.customer_id AND cur.is_current = 1 GROUP BY 1)
SELECT t.segment, t.c, n.c FROM t JOIN n ON n.segment = t.segment;
