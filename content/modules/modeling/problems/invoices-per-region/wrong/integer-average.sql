-- Divides integers: 1000 / 3 is 333 in SQLite, not 333.33.
WITH invoice AS (SELECT store_id, invoice_no, COUNT(*) AS lines, SUM(amount_cents) AS amt
                 FROM fact_sales_line GROUP BY store_id, invoice_no)
SELECT s.region, COUNT(*), SUM(i.lines), SUM(i.amt), ROUND(SUM(i.amt) / COUNT(*), 2)
FROM invoice i JOIN dim_store s ON s.store_id = i.store_id
GROUP BY s.region;
