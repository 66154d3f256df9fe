-- Looks for the current segment on the fact's own row (customer_sk AND is_current = 1): orders
-- loaded against an older version find no current row and drop out of "now".
WITH t AS (SELECT v.segment, SUM(f.amount_cents) c FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk GROUP BY 1),
     n AS (SELECT v.segment, SUM(f.amount_cents) c FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk AND v.is_current = 1 GROUP BY 1),
     s AS (SELECT segment FROM t UNION SELECT segment FROM n)
SELECT s.segment, COALESCE(t.c, 0), COALESCE(n.c, 0)
FROM s LEFT JOIN t ON t.segment = s.segment LEFT JOIN n ON n.segment = s.segment;
