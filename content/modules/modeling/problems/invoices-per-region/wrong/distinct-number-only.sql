-- COUNT(DISTINCT invoice_no) ignores the store: two stores of a region that both issued invoice 1
-- are counted as one invoice.
SELECT s.region, COUNT(DISTINCT f.invoice_no), COUNT(*), SUM(f.amount_cents),
       ROUND(SUM(f.amount_cents) * 1.0 / COUNT(DISTINCT f.invoice_no), 2)
FROM fact_sales_line f JOIN dim_store s ON s.store_id = f.store_id
GROUP BY s.region;
