-- Joins the durable key without the is_current filter: every version of the customer matches, so
-- each order is repeated once per version and spread over old segments too.
WITH t AS (SELECT v.segment, SUM(f.amount_cents) c FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk GROUP BY 1),
     n AS (SELECT cur.segment, SUM(f.amount_cents) c FROM fact_orders f
           JOIN dim_customer v ON v.customer_sk = f.customer_sk
           JOIN dim_customer cur ON cur.customer_id = v.customer_id GROUP BY 1),
     s AS (SELECT segment FROM t UNION SELECT segment FROM n)
SELECT s.segment, COALESCE(t.c, 0), COALESCE(n.c, 0)
FROM s LEFT JOIN t ON t.segment = s.segment LEFT JOIN n ON n.segment = s.segment;
