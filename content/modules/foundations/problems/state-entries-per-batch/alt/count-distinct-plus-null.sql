-- Alternative: COUNT(DISTINCT key) plus one when a NULL key has been seen (COALESCE, because
-- MAX over no rows is NULL).
SELECT b.batch_id,
  (SELECT COUNT(*) FROM stream_events e WHERE e.batch_id <= b.batch_id),
  (SELECT COUNT(DISTINCT restaurant_id) + COALESCE(MAX(restaurant_id IS NULL), 0) FROM stream_events e WHERE e.batch_id <= b.batch_id),
  (SELECT COUNT(DISTINCT customer_id) + COALESCE(MAX(customer_id IS NULL), 0) FROM stream_events e WHERE e.batch_id <= b.batch_id)
FROM batches b ORDER BY b.batch_id;
