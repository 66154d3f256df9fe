-- Two views of the same orders. "Then": the version row the fact points at. "Now": from that row to
-- the durable customer_id, then to the customer's single current row. Each view is aggregated on
-- its own, and the union of their segments decides the rows.
WITH then_rev AS (
  SELECT v.segment, SUM(f.amount_cents) AS cents
  FROM fact_orders f
  JOIN dim_customer v ON v.customer_sk = f.customer_sk
  GROUP BY v.segment
),
now_rev AS (
  SELECT cur.segment, SUM(f.amount_cents) AS cents
  FROM fact_orders f
  JOIN dim_customer v   ON v.customer_sk = f.customer_sk
  JOIN dim_customer cur ON cur.customer_id = v.customer_id AND cur.is_current = 1
  GROUP BY cur.segment
),
segments AS (SELECT segment FROM then_rev UNION SELECT segment FROM now_rev)
SELECT s.segment,
       COALESCE(t.cents, 0) AS revenue_then_cents,
       COALESCE(n.cents, 0) AS revenue_now_cents
FROM segments s
LEFT JOIN then_rev t ON t.segment = s.segment
LEFT JOIN now_rev  n ON n.segment = s.segment;
