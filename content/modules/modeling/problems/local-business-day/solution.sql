-- Shift each UTC instant by the store's offset, then take the date. printf('%+d minutes', ...)
-- always writes a sign ('+330 minutes', '-300 minutes'), which is what date() needs.
SELECT s.store_id,
       date(s.sold_at_utc, printf('%+d minutes', st.utc_offset_minutes)) AS local_date,
       COUNT(*)            AS sales,
       SUM(s.amount_cents) AS revenue_cents
FROM sales AS s
JOIN stores AS st ON st.store_id = s.store_id
GROUP BY s.store_id, local_date;
