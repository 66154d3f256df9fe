-- The numbers are right, but there is no ORDER BY: rows come back in whatever order SQLite scans
-- the table (here order_id order), which is not date order once orders are entered late.
SELECT DISTINCT o.order_date,
       (SELECT SUM(d.amount_cents) FROM orders d WHERE d.order_date = o.order_date) AS day_total_cents,
       (SELECT SUM(r.amount_cents) FROM orders r WHERE r.order_date <= o.order_date) AS running_total_cents
FROM orders o;
