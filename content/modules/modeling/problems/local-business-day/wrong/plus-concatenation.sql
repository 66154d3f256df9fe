-- Builds the modifier as '+' || offset: for a negative offset that is '+-300 minutes', which
-- SQLite's date() rejects, so every sale of a store west of UTC gets a NULL date.
SELECT s.store_id, date(s.sold_at_utc, '+' || st.utc_offset_minutes || ' minutes') AS local_date,
       COUNT(*), SUM(s.amount_cents)
FROM sales s JOIN stores st ON st.store_id = s.store_id
GROUP BY 1, 2;
