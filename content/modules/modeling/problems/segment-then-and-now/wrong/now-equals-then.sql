-- Uses the fact's version row for both columns: "now" is just "then" again, so customers who moved
-- segment are never restated.
SELECT v.segment, SUM(f.amount_cents), SUM(f.amount_cents)
FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk
GROUP BY v.segment;
