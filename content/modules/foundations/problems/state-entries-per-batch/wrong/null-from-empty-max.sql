-- Mistake: MAX() over no rows is NULL, and a count plus NULL is NULL: batches before the first
-- event (or with no events at all) report NULL instead of 0.
SELECT b.batch_id,
  (SELECT COUNT(*) FROM stream_events e WHERE e.batch_id <= b.batch_id),
  (SELECT COUNT(DISTINCT restaurant_id) + MAX(CASE WHEN restaurant_id IS NULL THEN 1 ELSE 0 END) FROM stream_events e WHERE e.batch_id <= b.batch_id),
  (SELECT COUNT(DISTINCT customer_id) + MAX(CASE WHEN customer_id IS NULL THEN 1 ELSE 0 END) FROM stream_events e WHERE e.batch_id <= b.batch_id)
FROM batches b ORDER BY b.batch_id;
