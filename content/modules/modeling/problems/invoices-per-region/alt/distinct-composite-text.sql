-- Alternative: one pass over the lines, counting distinct invoices by a text key with a separator
-- that cannot occur in integers ('7|1' vs '71|'), so no two pairs share a key.
SELECT s.region,
       COUNT(DISTINCT f.store_id || '|' || f.invoice_no) AS invoices,
       COUNT(*) AS lines,
       SUM(f.amount_cents) AS revenue_cents,
       ROUND(CAST(SUM(f.amount_cents) AS REAL) / COUNT(DISTINCT f.store_id || '|' || f.invoice_no), 2) AS avg_invoice_cents
FROM fact_sales_line f
JOIN dim_store s ON s.store_id = f.store_id
GROUP BY s.region;
