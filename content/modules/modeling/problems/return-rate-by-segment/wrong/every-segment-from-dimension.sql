-- Drives the result from every segment in dim_customer: a segment whose customers never ordered
-- nor returned anything appears with zeros, though the statement leaves it out.
SELECT d.segment,
       (SELECT COUNT(*) FROM fact_orders f JOIN dim_customer c USING (customer_key) WHERE c.segment = d.segment) AS orders,
       (SELECT TOTAL(f.amount_cents) FROM fact_orders f JOIN dim_customer c USING (customer_key) WHERE c.segment = d.segment) AS order_cents,
       (SELECT COUNT(*) FROM fact_returns f JOIN dim_customer c USING (customer_key) WHERE c.segment = d.segment) AS returns,
       (SELECT TOTAL(f.refund_cents) FROM fact_returns f JOIN dim_customer c USING (customer_key) WHERE c.segment = d.segment) AS refund_cents,
       ROUND((SELECT COUNT(*) FROM fact_returns f JOIN dim_customer c USING (customer_key) WHERE c.segment = d.segment) * 1.0
             / NULLIF((SELECT COUNT(*) FROM fact_orders f JOIN dim_customer c USING (customer_key) WHERE c.segment = d.segment), 0), 4) AS return_rate
FROM (SELECT DISTINCT segment FROM dim_customer) d;
