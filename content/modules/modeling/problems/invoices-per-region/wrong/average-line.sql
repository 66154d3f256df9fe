-- Reports the average line amount (AVG over line rows) as the average invoice.
WITH invoice AS (SELECT store_id, invoice_no, COUNT(*) AS lines, SUM(amount_cents) AS amt
                 FROM fact_sales_line GROUP BY store_id, invoice_no)
SELECT s.region, COUNT(*), SUM(i.lines), SUM(i.amt),
       (SELECT ROUND(AVG(f.amount_cents), 2) FROM fact_sales_line f JOIN dim_store s2 ON s2.store_id = f.store_id WHERE s2.region = s.region)
FROM invoice i JOIN dim_store s ON s.store_id = i.store_id
GROUP BY s.region;
