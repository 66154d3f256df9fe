-- Subtracts the offset instead of adding it (converting local to UTC, the other direction): a
-- store east of UTC is shifted west.
SELECT s.store_id, date(s.sold_at_utc, printf('%+d minutes', -st.utc_offset_minutes)) AS local_date,
       COUNT(*), SUM(s.amount_cents)
FROM sales s JOIN stores st ON st.store_id = s.store_id
GROUP BY 1, 2;
