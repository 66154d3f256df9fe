-- Counts rows as invoices: the fact's grain is the line, so a three-line invoice counts three times.
SELECT s.region, COUNT(*), COUNT(*), SUM(f.amount_cents), ROUND(SUM(f.amount_cents) * 1.0 / COUNT(*), 2)
FROM fact_sales_line f JOIN dim_store s ON s.store_id = f.store_id
GROUP BY s.region;
