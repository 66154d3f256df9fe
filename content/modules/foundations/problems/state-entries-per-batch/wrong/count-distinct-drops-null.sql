-- Mistake: COUNT(DISTINCT key) skips NULL, but GROUP BY keeps all NULL keys in one group, which
-- holds an accumulator like any other.
SELECT b.batch_id,
       COUNT(e.event_id),
       COUNT(DISTINCT e.restaurant_id),
       COUNT(DISTINCT e.customer_id)
FROM batches AS b
LEFT JOIN stream_events AS e ON e.batch_id <= b.batch_id
GROUP BY b.batch_id
ORDER BY b.batch_id;
