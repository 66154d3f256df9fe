-- Sales and revenue per store and LOCAL business day (local time = UTC + utc_offset_minutes).
-- Columns: store_id, local_date, sales, revenue_cents
SELECT s.store_id, date(s.sold_at_utc) AS local_date, COUNT(*) AS sales, SUM(s.amount_cents) AS revenue_cents
FROM sales AS s
GROUP BY s.store_id, date(s.sold_at_utc);
