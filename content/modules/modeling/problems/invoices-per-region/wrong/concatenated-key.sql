-- Builds the invoice key as invoice_no || store_id without a separator: invoice 11 of store 2 and
-- invoice 1 of store 12 both read '112' and are counted once.
SELECT s.region, COUNT(DISTINCT f.invoice_no || f.store_id), COUNT(*), SUM(f.amount_cents),
       ROUND(SUM(f.amount_cents) * 1.0 / COUNT(DISTINCT f.invoice_no || f.store_id), 2)
FROM fact_sales_line f JOIN dim_store s ON s.store_id = f.store_id
GROUP BY s.region;
