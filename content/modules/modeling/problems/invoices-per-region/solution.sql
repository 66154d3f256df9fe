-- Lines -> invoices -> regions. The invoice key is (store_id, invoice_no), so the lines are first
-- grouped by both; counting those rows per region counts invoices, however stores number them.
WITH invoice AS (
  SELECT f.store_id, f.invoice_no, COUNT(*) AS lines, SUM(f.amount_cents) AS amount_cents
  FROM fact_sales_line AS f
  GROUP BY f.store_id, f.invoice_no
)
SELECT s.region,
       COUNT(*)            AS invoices,
       SUM(i.lines)        AS lines,
       SUM(i.amount_cents) AS revenue_cents,
       ROUND(SUM(i.amount_cents) * 1.0 / COUNT(*), 2) AS avg_invoice_cents
FROM invoice AS i
JOIN dim_store AS s ON s.store_id = i.store_id
GROUP BY s.region;
