-- Converts the offset to whole hours with integer division: +330 becomes +5 hours, so sales in the
-- half hour after local midnight stay on the previous day.
SELECT s.store_id, date(s.sold_at_utc, printf('%+d hours', st.utc_offset_minutes / 60)) AS local_date,
       COUNT(*), SUM(s.amount_cents)
FROM sales s JOIN stores st ON st.store_id = s.store_id
GROUP BY 1, 2;
