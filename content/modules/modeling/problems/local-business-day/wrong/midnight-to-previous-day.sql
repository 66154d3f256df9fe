-- Treats local midnight as the end of the previous day (shifts one second back before taking the
-- date): a sale at exactly 00:00:00 local time is put on the wrong day.
SELECT s.store_id,
       date(s.sold_at_utc, printf('%+d minutes', st.utc_offset_minutes), '-1 seconds') AS local_date,
       COUNT(*), SUM(s.amount_cents)
FROM sales s JOIN stores st ON st.store_id = s.store_id
GROUP BY 1, 2;
